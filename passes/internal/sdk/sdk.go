// Package sdk knows which packages, functions, types and constants of the AWS
// SDKs for Go the checks care about. Everything is recognised by type
// information (package path and object), never by local names.
package sdk

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Package paths of the AWS SDK for Go v2.
const (
	V2Module        = "github.com/aws/aws-sdk-go-v2"
	V2AWS           = V2Module + "/aws"
	V2Config        = V2Module + "/config"
	V2IMDS          = V2Module + "/feature/ec2/imds"
	v2ServicePrefix = V2Module + "/service/"
)

// Package paths of the AWS SDK for Go v1.
const (
	V1Module        = "github.com/aws/aws-sdk-go"
	V1AWS           = V1Module + "/aws"
	V1Endpoints     = V1Module + "/aws/endpoints"
	V1Session       = V1Module + "/aws/session"
	v1ServicePrefix = V1Module + "/service/"
)

// Path returns a package's import path without any vendor directory prefix,
// so vendored SDK copies are recognised too.
func Path(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	p := pkg.Path()
	if i := strings.LastIndex(p, "/vendor/"); i >= 0 {
		p = p[i+len("/vendor/"):]
	} else if strings.HasPrefix(p, "vendor/") {
		p = p[len("vendor/"):]
	}
	return p
}

// ImportsSDK reports whether pkg imports any AWS SDK for Go package, directly.
// Packages that do not are skipped at once: go vet runs the linter on every
// package of a build.
func ImportsSDK(pkg *types.Package) bool {
	return slices.ContainsFunc(pkg.Imports(), IsSDK)
}

// IsSDK reports whether pkg is a package of either AWS SDK for Go.
func IsSDK(pkg *types.Package) bool {
	p := Path(pkg)
	return strings.HasPrefix(p, V1Module+"/") || strings.HasPrefix(p, V2Module+"/")
}

// V2Service returns the service name ("s3", "dynamodb") of an AWS SDK for Go
// v2 service package path, or "" for any other path.
func V2Service(path string) string {
	name, ok := strings.CutPrefix(path, v2ServicePrefix)
	if !ok || name == "" || strings.Contains(name, "/") || name == "internal" {
		return ""
	}
	return name
}

// V1Service is V2Service for the AWS SDK for Go v1.
func V1Service(path string) string {
	name, ok := strings.CutPrefix(path, v1ServicePrefix)
	if !ok || name == "" || strings.Contains(name, "/") {
		return ""
	}
	return name
}

// Callee returns the function or method a call statically calls, or nil.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// IsFunc reports whether fn is the package-level function pkgPath.name.
func IsFunc(fn *types.Func, pkgPath, name string) bool {
	return fn != nil && fn.Name() == name && Path(fn.Pkg()) == pkgPath &&
		fn.Type().(*types.Signature).Recv() == nil
}

// IsNamed reports whether t (after unaliasing and dereferencing pointers when
// deref is set) is the named type pkgPath.name.
func IsNamed(t types.Type, pkgPath, name string, deref bool) bool {
	t = types.Unalias(t)
	if deref {
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == name && Path(n.Obj().Pkg()) == pkgPath
}

// NamedPath returns the package path and name of a named type (after
// unaliasing and dereferencing), or "", "".
func NamedPath(t types.Type) (string, string) {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil {
		return Path(n.Obj().Pkg()), n.Obj().Name()
	}
	return "", ""
}

// State is a dual-stack (or FIPS) switch's value as far as the analysis can
// tell.
type State int8

const (
	Unknown  State = iota // not a constant, or set where the analysis cannot see
	Unset                 // the SDK default: only env/profile can turn it on
	Enabled               // on
	Disabled              // explicitly off
)

func (s State) String() string {
	return [...]string{"unknown", "unset", "enabled", "disabled"}[s]
}

// EndpointState evaluates an expression of type aws.DualStackEndpointState or
// aws.FIPSEndpointState (v2) or endpoints.DualStackEndpointState /
// FIPSEndpointState (v1). All four have Unset=0, Enabled=1, Disabled=2.
func EndpointState(info *types.Info, e ast.Expr) State {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return Unknown
	}
	pkg, name := NamedPath(tv.Type)
	if !(pkg == V2AWS || pkg == V1Endpoints) || (name != "DualStackEndpointState" && name != "FIPSEndpointState") {
		return Unknown
	}
	switch v, _ := constant.Int64Val(tv.Value); v {
	case 0:
		return Unset
	case 1:
		return Enabled
	case 2:
		return Disabled
	}
	return Unknown
}

// BoolState evaluates a constant bool (true: Enabled, false: Disabled), or
// aws.Bool(constant) in either SDK.
func BoolState(info *types.Info, e ast.Expr) State {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if fn := Callee(info, call); IsFunc(fn, V1AWS, "Bool") || IsFunc(fn, V2AWS, "Bool") {
			e = call.Args[0]
		}
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return Unknown
	}
	if constant.BoolVal(tv.Value) {
		return Enabled
	}
	return Disabled
}

// StringConst returns the constant string an expression denotes, looking
// through aws.String(...) of either SDK.
func StringConst(info *types.Info, e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if fn := Callee(info, call); IsFunc(fn, V1AWS, "String") || IsFunc(fn, V2AWS, "String") {
			e = call.Args[0]
		}
	}
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
