package linklocal

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// The -imds-client check: imds.New and imds.NewFromConfig clients that set
// no endpoint mode use 169.254.169.254. It reports only what it can see
// whole: a config from config.LoadDefaultConfig in the same function, an
// aws.Config literal or an imds.Options literal, and option func literals.

const (
	imdsIPv4  = "IMDS client for 169.254.169.254, which is IPv4-only"
	imdsNeeds = " (" + needsIMDS + ")"
)

func checkIMDSClients(pass *analysis.Pass, in *inspector.Inspector) {
	if !slices.ContainsFunc(pass.Pkg.Imports(), func(p *types.Package) bool { return sdk.Path(p) == sdk.V2IMDS }) {
		return
	}
	for fc := range in.Root().Children() {
		if dualstack.Skip(pass, fc.Node().(*ast.File)) {
			continue
		}
		for c := range fc.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			fn := sdk.Callee(pass.TypesInfo, call)
			switch {
			case sdk.IsFunc(fn, sdk.V2IMDS, "NewFromConfig"):
				checkNewFromConfig(pass, c, call)
			case sdk.IsFunc(fn, sdk.V2IMDS, "New"):
				checkNew(pass, c, call)
			}
		}
	}
}

// optFuncsUnset reports whether a client call's option funcs are all
// literals that set neither Options.EndpointMode nor Options.Endpoint.
func optFuncsUnset(info *types.Info, call *ast.CallExpr) bool {
	if call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return false
	}
	for _, a := range call.Args[1:] {
		lit, ok := ast.Unparen(a).(*ast.FuncLit)
		if !ok || !funcUnset(info, lit, sdk.V2IMDS, "Options", "EndpointMode", "Endpoint") {
			return false
		}
	}
	return true
}

func checkNew(pass *analysis.Pass, c inspector.Cursor, call *ast.CallExpr) {
	if !optFuncsUnset(pass.TypesInfo, call) {
		return
	}
	lit, ok := valueOf(pass.TypesInfo, c, call.Args[0]).(*ast.CompositeLit)
	if !ok || !sdk.IsNamed(pass.TypesInfo.TypeOf(lit), sdk.V2IMDS, "Options", false) || hasKey(lit, "EndpointMode", "Endpoint") {
		return
	}
	pass.Report(diag(call, "imds.New builds an "+imdsIPv4+": its imds.Options set no EndpointMode, and imds.New does not read AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE; on IPv6-only networks set EndpointMode: imds.EndpointModeStateIPv6"+imdsNeeds))
}

func checkNewFromConfig(pass *analysis.Pass, c inspector.Cursor, call *ast.CallExpr) {
	info := pass.TypesInfo
	if !optFuncsUnset(info, call) {
		return
	}
	switch cfg := valueOf(info, c, call.Args[0]).(type) {
	case *ast.CompositeLit:
		if !sdk.IsNamed(info.TypeOf(cfg), sdk.V2AWS, "Config", false) || hasKey(cfg, "ConfigSources") {
			return
		}
		pass.Report(diag(call, "imds.NewFromConfig builds an "+imdsIPv4+": its aws.Config literal has no ConfigSources, so AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE is never read, and its options set no endpoint mode; on IPv6-only networks set o.EndpointMode = imds.EndpointModeStateIPv6 in an option func"+imdsNeeds))
	case *ast.CallExpr:
		if !sdk.IsFunc(sdk.Callee(info, cfg), sdk.V2Config, "LoadDefaultConfig") || !loadUnset(info, cfg) {
			return
		}
		line := pass.Fset.Position(cfg.Pos()).Line
		pass.Report(diag(call, fmt.Sprintf("imds.NewFromConfig builds an "+imdsIPv4+": neither its options nor config.LoadDefaultConfig (line %d) set an endpoint mode; on IPv6-only networks set AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6 where it runs, or add config.WithEC2IMDSEndpointMode(imds.EndpointModeStateIPv6)"+imdsNeeds, line)))
	}
}

// loadUnset reports whether a config.LoadDefaultConfig call visibly sets
// neither the IMDS endpoint mode nor the IMDS endpoint: every option is a
// config.With* call other than WithEC2IMDSEndpointMode and
// WithEC2IMDSEndpoint, or a func literal that sets neither field.
func loadUnset(info *types.Info, call *ast.CallExpr) bool {
	if call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return false
	}
	for _, a := range call.Args[1:] {
		switch a := ast.Unparen(a).(type) {
		case *ast.CallExpr:
			fn := sdk.Callee(info, a)
			if fn == nil || sdk.Path(fn.Pkg()) != sdk.V2Config || fn.Name() == "WithEC2IMDSEndpointMode" || fn.Name() == "WithEC2IMDSEndpoint" {
				return false
			}
		case *ast.FuncLit:
			if !funcUnset(info, a, sdk.V2Config, "LoadOptions", "EC2IMDSEndpointMode", "EC2IMDSEndpoint") {
				return false
			}
		default:
			return false // an option the analysis cannot see
		}
	}
	return true
}

// funcUnset reports whether an option func literal visibly leaves the given
// fields of its *pkg.typ parameter alone: it names none of them, and uses
// the parameter only to select fields or methods.
func funcUnset(info *types.Info, lit *ast.FuncLit, pkg, typ string, fields ...string) bool {
	var param types.Object
	if ps := lit.Type.Params.List; len(ps) == 1 && len(ps[0].Names) == 1 {
		param = info.Defs[ps[0].Names[0]]
	}
	unset := true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if s := info.Selections[n]; s != nil && s.Kind() == types.FieldVal &&
				slices.Contains(fields, n.Sel.Name) && sdk.IsNamed(s.Recv(), pkg, typ, true) {
				unset = false
			}
			if id, ok := n.X.(*ast.Ident); ok && param != nil && info.Uses[id] == param {
				return false // o.Field: the selector was checked
			}
		case *ast.Ident:
			if param != nil && info.Uses[n] == param {
				unset = false // *o = ..., f(o): the analysis cannot follow it
			}
		}
		return unset
	})
	return unset
}

// hasKey reports whether a struct literal sets any of the fields.
func hasKey(lit *ast.CompositeLit, fields ...string) bool {
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return true // positional: every field is set
		}
		if k, ok := kv.Key.(*ast.Ident); ok && slices.Contains(fields, k.Name) {
			return true
		}
	}
	return false
}

// valueOf returns the expression e stands for: e itself, or, for a local
// variable of the function around c, the one value it is ever given there,
// when nothing else can change it (no other assignment, no &v, no v.f = ...).
// It returns nil when it cannot tell.
func valueOf(info *types.Info, c inspector.Cursor, e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	id, ok := e.(*ast.Ident)
	if !ok {
		return e
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	var fd inspector.Cursor
	for fd = range c.Enclosing((*ast.FuncDecl)(nil)) {
		break
	}
	if !fd.Valid() || fd.Node() == nil || v.Pos() < fd.Node().Pos() || v.Pos() >= fd.Node().End() {
		return nil // a package variable or parameter-less context
	}
	var value ast.Expr
	n := 0
	for ic := range fd.Preorder((*ast.Ident)(nil)) {
		id := ic.Node().(*ast.Ident)
		if info.Defs[id] != v && info.Uses[id] != v {
			continue
		}
		k, idx := ic.ParentEdge()
		switch k {
		case edge.AssignStmt_Lhs:
			as := ic.Parent().Node().(*ast.AssignStmt)
			switch {
			case len(as.Lhs) == len(as.Rhs):
				value = as.Rhs[idx]
			case len(as.Rhs) == 1 && idx == 0:
				value = as.Rhs[0] // cfg, err := config.LoadDefaultConfig(...)
			default:
				return nil
			}
			if as.Tok != token.DEFINE && as.Tok != token.ASSIGN {
				return nil // cfg += ...
			}
			n++
		case edge.ValueSpec_Names:
			vs := ic.Parent().Node().(*ast.ValueSpec)
			switch {
			case len(vs.Values) == 0:
				continue // the zero value, to be assigned later
			case len(vs.Names) == len(vs.Values):
				value = vs.Values[idx]
			case len(vs.Values) == 1 && idx == 0:
				value = vs.Values[0]
			default:
				return nil
			}
			n++
		case edge.UnaryExpr_X:
			if ic.Parent().Node().(*ast.UnaryExpr).Op == token.AND {
				return nil // &cfg
			}
		case edge.SelectorExpr_X:
			sel := ic.Parent()
			switch sk, _ := sel.ParentEdge(); sk {
			case edge.AssignStmt_Lhs, edge.IncDecStmt_X, edge.UnaryExpr_X:
				return nil // cfg.ConfigSources = ..., &cfg.f
			}
			if s := info.Selections[sel.Node().(*ast.SelectorExpr)]; s != nil && s.Kind() == types.MethodVal {
				if _, ptr := s.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptr {
					return nil // a method that may change it
				}
			}
		case edge.RangeStmt_Key, edge.RangeStmt_Value:
			return nil
		}
	}
	if n != 1 {
		return nil
	}
	return ast.Unparen(value)
}
