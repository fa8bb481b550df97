package sdkstubs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// stubPrefix is the part of testdata/src holding the SDK stubs.
const stubPrefix = "github.com/aws"

// headerRE matches the mandatory first line of every stub file.
var headerRE = regexp.MustCompile(`^// Stub mirroring the real API of (\S+) at (v\S+)\.$`)

// TestStubsMirrorRealAPI checks every stub package under
// testdata/src/github.com/aws against the real package of the same path.
func TestStubsMirrorRealAPI(t *testing.T) {
	env := loadEnv(t)
	if len(env.stubPaths) == 0 {
		t.Fatalf("no stub packages found under %s", filepath.Join(env.srcDir, stubPrefix))
	}
	for _, p := range env.stubPaths {
		t.Run(p, func(t *testing.T) {
			sp := env.stubs.files[p]
			for _, f := range sp {
				checkStubFile(t, env, p, f)
			}
			stub, err := env.stubs.Import(p)
			if err != nil {
				t.Fatalf("stub does not type-check: %v", err)
			}
			real, err := env.real.Import(p)
			if err != nil {
				t.Fatalf("loading real package: %v", err)
			}
			ms := compareAPI(stub, real)
			for _, m := range ms {
				t.Errorf("%s: %s", p, m)
			}
			t.Logf("%d exported objects checked", countExported(stub))
		})
	}
}

// TestCheckerDetectsMismatches feeds deliberately wrong in-memory stubs to
// compareAPI and asserts that each mistake is reported, and that a correct
// stub yields no report.
func TestCheckerDetectsMismatches(t *testing.T) {
	env := loadEnv(t)
	const (
		awsPath = "github.com/aws/aws-sdk-go-v2/aws"
		s3Path  = "github.com/aws/aws-sdk-go-v2/service/s3"
	)
	tests := []struct {
		name string
		path string
		src  string
		want string // substring of a reported mismatch; "" means none expected
	}{
		{
			name: "correct subset",
			path: awsPath,
			src: `package aws
type DualStackEndpointState uint
const DualStackEndpointStateEnabled DualStackEndpointState = 1
type Config struct{ Region string; BaseEndpoint *string }
func String(v string) *string { return &v }`,
		},
		{
			name: "wrong field type",
			path: awsPath,
			src:  "package aws\ntype Config struct{ Region int }",
			want: "field Region: stub type int, real type string",
		},
		{
			name: "missing field",
			path: awsPath,
			src:  "package aws\ntype Config struct{ UseDualStack bool }",
			want: "field UseDualStack not in real struct",
		},
		{
			name: "missing object",
			path: awsPath,
			src:  "package aws\nfunc NotInTheSDK() {}",
			want: "NotInTheSDK: not declared in real package",
		},
		{
			name: "wrong kind",
			path: awsPath,
			src:  "package aws\nvar String = 1",
			want: "String: stub is var, real is func",
		},
		{
			name: "wrong constant value",
			path: awsPath,
			src: `package aws
type DualStackEndpointState uint
const DualStackEndpointStateEnabled DualStackEndpointState = 2`,
			want: "DualStackEndpointStateEnabled: stub value 2, real value 1",
		},
		{
			name: "wrong constant type",
			path: awsPath,
			src:  "package aws\nconst DualStackEndpointStateEnabled = 1",
			want: "DualStackEndpointStateEnabled: stub type untyped int, real type github.com/aws/aws-sdk-go-v2/aws.DualStackEndpointState",
		},
		{
			name: "wrong underlying type",
			path: awsPath,
			src:  "package aws\ntype DualStackEndpointState int",
			want: "DualStackEndpointState: stub underlying type int, real underlying type uint",
		},
		{
			name: "wrong func signature",
			path: awsPath,
			src:  "package aws\nfunc String(v string) string { return v }",
			want: "String: stub func(string) string, real func(string) *string",
		},
		{
			name: "value receiver instead of pointer receiver",
			path: awsPath,
			src: `package aws
type EndpointNotFoundError struct{ Err error }
func (e EndpointNotFoundError) Error() string { return "" }`,
			want: "EndpointNotFoundError.Error: stub has value receiver, real has pointer receiver",
		},
		{
			name: "method not in real method set",
			path: awsPath,
			src: `package aws
type Config struct{}
func (c *Config) Validate() error { return nil }`,
			want: "Config.Validate: not in the real method set of *github.com/aws/aws-sdk-go-v2/aws.Config",
		},
		{
			name: "wrong method signature",
			path: awsPath,
			src: `package aws
type Endpoint struct{}
type EndpointResolverFunc func(service, region string) (Endpoint, error)
func (e EndpointResolverFunc) ResolveEndpoint(service string) (Endpoint, error) { return Endpoint{}, nil }`,
			want: "EndpointResolverFunc.ResolveEndpoint: stub func(string) (github.com/aws/aws-sdk-go-v2/aws.Endpoint, error), real func(string, string) (github.com/aws/aws-sdk-go-v2/aws.Endpoint, error)",
		},
		{
			name: "interface method differs",
			path: awsPath,
			src: `package aws
type Endpoint struct{}
type EndpointResolver interface{ ResolveEndpoint(service string) (Endpoint, error) }`,
			want: "EndpointResolver: interface method ResolveEndpoint: stub func(string)",
		},
		{
			name: "interface incomplete",
			path: awsPath,
			src:  "package aws\ntype EndpointResolver interface{}",
			want: "EndpointResolver: interface lacks real method ResolveEndpoint",
		},
		{
			name: "defined type instead of alias",
			path: s3Path,
			src: `package s3
import internalendpoints "github.com/aws/aws-sdk-go-v2/service/s3/internal/endpoints"
type EndpointResolverOptions internalendpoints.Options`,
			want: "EndpointResolverOptions: stub is a defined type, real is an alias",
		},
		{
			name: "alias of the wrong type",
			path: s3Path,
			src: `package s3
import "github.com/aws/aws-sdk-go-v2/aws"
type EndpointResolverOptions = aws.Endpoint`,
			want: "EndpointResolverOptions: stub aliases github.com/aws/aws-sdk-go-v2/aws.Endpoint, real aliases github.com/aws/aws-sdk-go-v2/service/s3/internal/endpoints.Options",
		},
		{
			name: "wrong package name",
			path: "github.com/aws/smithy-go/endpoints",
			src:  "package endpoints",
			want: `package name: stub "endpoints", real "transport"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stub, err := env.stubs.checkSource(tt.path, tt.src)
			if err != nil {
				t.Fatalf("in-memory stub does not type-check: %v", err)
			}
			real, err := env.real.Import(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			ms := compareAPI(stub, real)
			if tt.want == "" {
				for _, m := range ms {
					t.Errorf("unexpected mismatch: %s", m)
				}
				return
			}
			if !slices.ContainsFunc(ms, func(m string) bool { return strings.Contains(m, tt.want) }) {
				t.Errorf("mismatch %q not reported; got %q", tt.want, ms)
			}
		})
	}
}

// TestDepsFileListsStubs checks that sdk_deps.go imports exactly the real
// packages of the non-internal stubs, which keeps their modules in go.mod.
func TestDepsFileListsStubs(t *testing.T) {
	env := loadEnv(t)
	f, err := parser.ParseFile(token.NewFileSet(), "sdk_deps.go", nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		got = append(got, p)
	}
	for _, p := range env.stubPaths {
		if !strings.Contains("/"+p+"/", "/internal/") {
			want = append(want, p)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("sdk_deps.go imports\n\t%s\nwant\n\t%s",
			strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// ---------------------------------------------------------------------------
// Loading

// env is what both tests need: the stub loader and the real packages.
type env struct {
	root      string   // repository root (holds go.mod)
	srcDir    string   // root/testdata/src, the GOPATH src of the stubs
	stubPaths []string // import paths of all stub packages, sorted
	stubs     *stubLoader
	real      types.Importer            // real packages, from export data
	listed    map[string]*listedPackage // go list output by import path
}

var (
	envOnce   sync.Once
	sharedEnv *env
	envErr    error
)

func loadEnv(t *testing.T) *env {
	t.Helper()
	envOnce.Do(func() { sharedEnv, envErr = newEnv() })
	if envErr != nil {
		t.Fatal(envErr)
	}
	return sharedEnv
}

func newEnv() (*env, error) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return nil, fmt.Errorf("repository root not found: %v", err)
	}
	e := &env{root: root, srcDir: filepath.Join(root, "testdata", "src")}

	// Find and parse the stub packages.
	e.stubs = &stubLoader{
		fset:    token.NewFileSet(),
		files:   map[string][]*stubFile{},
		checked: map[string]*types.Package{},
		errs:    map[string]error{},
	}
	err = filepath.WalkDir(filepath.Join(e.srcDir, stubPrefix), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		rel, err := filepath.Rel(e.srcDir, filepath.Dir(p))
		if err != nil {
			return err
		}
		importPath := filepath.ToSlash(rel)
		f, err := e.stubs.parseFile(p)
		if err != nil {
			return err
		}
		if _, ok := e.stubs.files[importPath]; !ok {
			e.stubPaths = append(e.stubPaths, importPath)
		}
		e.stubs.files[importPath] = append(e.stubs.files[importPath], f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(e.stubPaths)

	// The real packages have the stubs' import paths. The stubs' standard
	// library imports are listed too, for type-checking the stubs.
	args := slices.Clone(e.stubPaths)
	for _, files := range e.stubs.files {
		for _, f := range files {
			for _, imp := range f.ast.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if !e.stubs.isStub(p) && !slices.Contains(args, p) {
					args = append(args, p)
				}
			}
		}
	}
	e.listed, err = goListExport(e.root, args)
	if err != nil {
		return nil, err
	}
	for _, p := range args {
		if lp := e.listed[p]; lp == nil || lp.Error != nil {
			msg := "not found"
			if lp != nil {
				msg = lp.Error.Err
			}
			return nil, fmt.Errorf("go list %s: %s", p, msg)
		}
	}
	lookup := func(p string) (io.ReadCloser, error) {
		lp := e.listed[p]
		if lp == nil || lp.Export == "" {
			return nil, fmt.Errorf("no export data for %s", p)
		}
		return os.Open(lp.Export)
	}
	// Two importers, so that the stub and real universes stay apart.
	e.real = importer.ForCompiler(token.NewFileSet(), "gc", lookup)
	e.stubs.std = importer.ForCompiler(e.stubs.fset, "gc", func(p string) (io.ReadCloser, error) {
		if lp := e.listed[p]; lp == nil || !lp.Standard {
			return nil, fmt.Errorf("%s is neither a stub package nor in the standard library", p)
		}
		return lookup(p)
	})
	return e, nil
}

type listedPackage struct {
	ImportPath string
	Name       string
	Export     string
	Standard   bool
	Module     *struct{ Path, Version string }
	Error      *struct{ Err string }
}

// goListExport runs go list -export -deps on pkgs in module mode from root.
// This builds (or finds in the build cache) export data for the packages and
// all their dependencies, which is what go/packages does for NeedTypes
// without NeedSyntax.
func goListExport(root string, pkgs []string) (map[string]*listedPackage, error) {
	args := append([]string{"list", "-e", "-export", "-deps",
		"-json=ImportPath,Name,Export,Standard,Module,Error", "--"}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, stderr.Bytes())
	}
	res := map[string]*listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		lp := new(listedPackage)
		if err := dec.Decode(lp); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("decoding go list output: %v", err)
		}
		res[lp.ImportPath] = lp
	}
	return res, nil
}

type stubFile struct {
	name string // file path
	src  []byte
	ast  *ast.File
}

// stubLoader type-checks stub packages from source, GOPATH style: import
// paths of stub packages resolve to their directories in testdata/src;
// everything else must be in the standard library and is imported from
// export data.
type stubLoader struct {
	fset    *token.FileSet
	std     types.Importer // standard library, from export data
	files   map[string][]*stubFile
	checked map[string]*types.Package
	errs    map[string]error
}

func (l *stubLoader) parseFile(name string) (*stubFile, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	f, err := parser.ParseFile(l.fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	return &stubFile{name: name, src: src, ast: f}, nil
}

func (l *stubLoader) isStub(p string) bool {
	_, ok := l.files[p]
	return ok
}

// Import implements types.Importer.
func (l *stubLoader) Import(p string) (*types.Package, error) {
	if !l.isStub(p) {
		return l.std.Import(p)
	}
	if pkg, ok := l.checked[p]; ok {
		return pkg, l.errs[p]
	}
	// Mark p as in progress, so that an import cycle fails instead of looping.
	l.checked[p], l.errs[p] = nil, fmt.Errorf("import cycle through %s", p)
	var files []*ast.File
	for _, f := range l.files[p] {
		files = append(files, f.ast)
	}
	pkg, err := l.check(p, files)
	l.checked[p], l.errs[p] = pkg, err
	return pkg, err
}

// checkSource type-checks src as the single file of a stub package with
// import path p, without caching it; its imports resolve as usual.
func (l *stubLoader) checkSource(p, src string) (*types.Package, error) {
	f, err := parser.ParseFile(l.fset, path.Base(p)+"_inmemory.go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	return l.check(p, []*ast.File{f})
}

func (l *stubLoader) check(p string, files []*ast.File) (*types.Package, error) {
	var errs []error
	conf := types.Config{
		Importer: l,
		Error:    func(err error) { errs = append(errs, err) },
	}
	pkg, _ := conf.Check(p, l.fset, files, nil)
	if len(errs) > 0 {
		return pkg, errors.Join(errs...)
	}
	return pkg, nil
}

// checkStubFile checks the mandatory first line of a stub file and that the
// file is gofmt-clean.
func checkStubFile(t *testing.T, e *env, importPath string, f *stubFile) {
	t.Helper()
	name, _ := filepath.Rel(e.root, f.name)
	first, _, _ := strings.Cut(string(f.src), "\n")
	m := headerRE.FindStringSubmatch(first)
	if m == nil {
		t.Errorf("%s: first line must match %s; got %q", name, headerRE, first)
	} else {
		if m[1] != importPath {
			t.Errorf("%s: header names package %s, file is in %s", name, m[1], importPath)
		}
		lp := e.listed[importPath]
		switch {
		case lp == nil || lp.Module == nil:
			t.Errorf("%s: no module known for %s", name, importPath)
		case m[2] != lp.Module.Version:
			t.Errorf("%s: header says %s at %s, but go.mod selects %s %s",
				name, importPath, m[2], lp.Module.Path, lp.Module.Version)
		}
	}
	if formatted, err := format.Source(f.src); err != nil {
		t.Errorf("%s: %v", name, err)
	} else if !bytes.Equal(formatted, f.src) {
		t.Errorf("%s: not gofmt-clean", name)
	}
}

// ---------------------------------------------------------------------------
// Comparison

// compareAPI compares every exported package-level object of stub with the
// object of the same name in real and returns one message per mismatch.
func compareAPI(stub, real *types.Package) []string {
	var ms []string
	report := func(format string, args ...any) { ms = append(ms, fmt.Sprintf(format, args...)) }
	if stub.Name() != real.Name() {
		report("package name: stub %q, real %q", stub.Name(), real.Name())
	}
	for _, name := range stub.Scope().Names() {
		s := stub.Scope().Lookup(name)
		if !s.Exported() {
			continue
		}
		r := real.Scope().Lookup(name)
		if r == nil || !r.Exported() {
			report("%s: not declared in real package", name)
			continue
		}
		if kind(s) != kind(r) {
			report("%s: stub is %s, real is %s", name, kind(s), kind(r))
			continue
		}
		switch s := s.(type) {
		case *types.Const:
			r := r.(*types.Const)
			if st, rt := typeString(s.Type()), typeString(r.Type()); st != rt {
				report("%s: stub type %s, real type %s", name, st, rt)
			}
			if sv, rv := s.Val().ExactString(), r.Val().ExactString(); s.Val().Kind() != r.Val().Kind() || sv != rv {
				report("%s: stub value %s, real value %s", name, sv, rv)
			}
		case *types.Var:
			if st, rt := typeString(s.Type()), typeString(r.Type()); st != rt {
				report("%s: stub type %s, real type %s", name, st, rt)
			}
		case *types.Func:
			if st, rt := typeString(s.Type()), typeString(r.Type()); st != rt {
				report("%s: stub %s, real %s", name, st, rt)
			}
		case *types.TypeName:
			compareTypeName(s, r.(*types.TypeName), report)
		}
	}
	return ms
}

func kind(obj types.Object) string {
	switch obj := obj.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.Func:
		return "func"
	case *types.TypeName:
		return "type"
	default:
		return fmt.Sprintf("%T", obj)
	}
}

func compareTypeName(s, r *types.TypeName, report func(string, ...any)) {
	name := s.Name()
	if s.IsAlias() != r.IsAlias() {
		what := map[bool]string{true: "an alias", false: "a defined type"}
		report("%s: stub is %s, real is %s", name, what[s.IsAlias()], what[r.IsAlias()])
		return
	}
	if s.IsAlias() {
		if st, rt := typeString(aliasRHS(s.Type())), typeString(aliasRHS(r.Type())); st != rt {
			report("%s: stub aliases %s, real aliases %s", name, st, rt)
		}
		return
	}
	sn, ok1 := s.Type().(*types.Named)
	rn, ok2 := r.Type().(*types.Named)
	if !ok1 || !ok2 {
		report("%s: unexpected types %T and %T", name, s.Type(), r.Type())
		return
	}
	if st, rt := typeParamsString(sn.TypeParams()), typeParamsString(rn.TypeParams()); st != rt {
		report("%s: stub type parameters %s, real type parameters %s", name, st, rt)
	}

	switch su := sn.Underlying().(type) {
	case *types.Struct:
		ru, ok := rn.Underlying().(*types.Struct)
		if !ok {
			report("%s: stub is a struct, real underlying type is %s", name, typeString(rn.Underlying()))
			break
		}
		realFields := map[string]*types.Var{}
		for f := range ru.Fields() {
			realFields[f.Name()] = f
		}
		for i := range su.NumFields() {
			f := su.Field(i)
			if !f.Exported() && !f.Embedded() {
				continue // unexported fields are not API; stubs may use them freely
			}
			rf := realFields[f.Name()]
			switch {
			case rf == nil:
				report("%s: field %s not in real struct", name, f.Name())
			case f.Embedded() != rf.Embedded():
				report("%s: field %s: stub embedded=%t, real embedded=%t", name, f.Name(), f.Embedded(), rf.Embedded())
			case typeString(f.Type()) != typeString(rf.Type()):
				report("%s: field %s: stub type %s, real type %s", name, f.Name(), typeString(f.Type()), typeString(rf.Type()))
			}
			if tag := su.Tag(i); tag != "" && rf != nil {
				if rtag := fieldTag(ru, rf); tag != rtag {
					report("%s: field %s: stub tag %q, real tag %q", name, f.Name(), tag, rtag)
				}
			}
		}
	case *types.Interface:
		ru, ok := rn.Underlying().(*types.Interface)
		if !ok {
			report("%s: stub is an interface, real underlying type is %s", name, typeString(rn.Underlying()))
			break
		}
		stubMethods := map[string]*types.Func{}
		for m := range su.Methods() {
			stubMethods[m.Name()] = m
		}
		for m := range ru.Methods() {
			sm := stubMethods[m.Name()]
			if sm == nil {
				report("%s: interface lacks real method %s %s", name, m.Name(), typeString(m.Type()))
				continue
			}
			delete(stubMethods, m.Name())
			if st, rt := typeString(sm.Type()), typeString(m.Type()); st != rt {
				report("%s: interface method %s: stub %s, real %s", name, m.Name(), st, rt)
			}
		}
		for mname := range stubMethods {
			report("%s: interface method %s not in real interface", name, mname)
		}
		if !su.IsMethodSet() || !ru.IsMethodSet() {
			// Constraint interfaces: compare the whole type set too.
			if st, rt := typeString(su), typeString(ru); st != rt {
				report("%s: stub interface %s, real interface %s", name, st, rt)
			}
		}
	default:
		if st, rt := typeString(su), typeString(rn.Underlying()); st != rt {
			report("%s: stub underlying type %s, real underlying type %s", name, st, rt)
		}
	}

	// Methods declared on the stub type must be in the real method set with
	// the same receiver kind and signature.
	valueSet := types.NewMethodSet(rn)
	ptrSet := types.NewMethodSet(types.NewPointer(rn))
	for m := range sn.Methods() {
		if !m.Exported() {
			continue
		}
		_, ptrRecv := m.Signature().Recv().Type().(*types.Pointer)
		var sel *types.Selection
		if ptrRecv {
			if valueSet.Lookup(m.Pkg(), m.Name()) != nil {
				report("%s.%s: stub has pointer receiver, real has value receiver", name, m.Name())
				continue
			}
			sel = ptrSet.Lookup(m.Pkg(), m.Name())
			if sel == nil {
				report("%s.%s: not in the real method set of *%s", name, m.Name(), typeString(rn))
				continue
			}
		} else {
			sel = valueSet.Lookup(m.Pkg(), m.Name())
			if sel == nil {
				if ptrSet.Lookup(m.Pkg(), m.Name()) != nil {
					report("%s.%s: stub has value receiver, real has pointer receiver", name, m.Name())
				} else {
					report("%s.%s: not in the real method set of %s", name, m.Name(), typeString(rn))
				}
				continue
			}
		}
		if st, rt := typeString(m.Type()), typeString(sel.Obj().Type()); st != rt {
			report("%s.%s: stub %s, real %s", name, m.Name(), st, rt)
		}
	}
}

// fieldTag returns the tag of field f of struct s.
func fieldTag(s *types.Struct, f *types.Var) string {
	for i := range s.NumFields() {
		if s.Field(i) == f {
			return s.Tag(i)
		}
	}
	return ""
}

func aliasRHS(t types.Type) types.Type {
	if a, ok := t.(*types.Alias); ok {
		return a.Rhs()
	}
	return t
}

func countExported(pkg *types.Package) int {
	n := 0
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		n++
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() {
			named := tn.Type().(*types.Named)
			for m := range named.Methods() {
				if m.Exported() {
					n++
				}
			}
		}
	}
	return n
}

// ---------------------------------------------------------------------------
// Type strings

// typeString writes t like types.TypeString with a qualifier that prints full
// package paths, with these normalizations so that two types print the same
// exactly when they are identical, even across separately loaded universes:
// parameter and result names are left out of signatures, the empty interface
// prints as "any", and byte and rune print as uint8 and int32. Named types and
// aliases print by name (path.Name), so an alias and its target differ.
func typeString(t types.Type) string {
	var b strings.Builder
	writeType(&b, t)
	return b.String()
}

func writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case nil:
		b.WriteString("<nil>")
	case *types.Basic:
		b.WriteString(types.Typ[t.Kind()].Name())
	case *types.Alias:
		if t.Obj().Pkg() == nil { // predeclared alias (any)
			writeType(b, types.Unalias(t))
			return
		}
		writeTypeName(b, t.Obj())
		writeTypeList(b, t.TypeArgs())
	case *types.Named:
		writeTypeName(b, t.Obj())
		writeTypeList(b, t.TypeArgs())
	case *types.Pointer:
		b.WriteString("*")
		writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key())
		b.WriteString("]")
		writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeType(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, t)
	case *types.Struct:
		b.WriteString("struct{")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name())
				b.WriteString(" ")
			}
			writeType(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" ")
				b.WriteString(strconv.Quote(tag))
			}
		}
		b.WriteString("}")
	case *types.Interface:
		if t.Empty() {
			b.WriteString("any")
			return
		}
		b.WriteString("interface{")
		sep := ""
		if !t.IsMethodSet() {
			for e := range t.EmbeddedTypes() {
				b.WriteString(sep)
				writeType(b, e)
				sep = "; "
			}
		}
		for m := range t.Methods() {
			b.WriteString(sep)
			b.WriteString(m.Name())
			writeSignature(b, m.Signature())
			sep = "; "
		}
		b.WriteString("}")
	case *types.Union:
		for i := range t.Len() {
			if i > 0 {
				b.WriteString("|")
			}
			if t.Term(i).Tilde() {
				b.WriteString("~")
			}
			writeType(b, t.Term(i).Type())
		}
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	case *types.Tuple:
		b.WriteString("(")
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeType(b, t.At(i).Type())
		}
		b.WriteString(")")
	default:
		fmt.Fprintf(b, "<unexpected %T %s>", t, t)
	}
}

func writeTypeName(b *strings.Builder, obj *types.TypeName) {
	if pkg := obj.Pkg(); pkg != nil {
		b.WriteString(pkg.Path())
		b.WriteString(".")
	}
	b.WriteString(obj.Name())
}

func writeTypeList(b *strings.Builder, list *types.TypeList) {
	if list.Len() == 0 {
		return
	}
	b.WriteString("[")
	for i := range list.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		writeType(b, list.At(i))
	}
	b.WriteString("]")
}

// writeSignature writes sig without "func", receiver and names.
func writeSignature(b *strings.Builder, sig *types.Signature) {
	b.WriteString(typeParamsString(sig.TypeParams()))
	b.WriteString("(")
	params := sig.Params()
	for i := range params.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			b.WriteString("...")
			if s, ok := pt.(*types.Slice); ok {
				pt = s.Elem()
			}
		}
		writeType(b, pt)
	}
	b.WriteString(")")
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		b.WriteString(" ")
		writeType(b, res.At(0).Type())
	default:
		b.WriteString(" ")
		writeType(b, res)
	}
}

func typeParamsString(list *types.TypeParamList) string {
	if list.Len() == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("[")
	for i := range list.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		tp := list.At(i)
		b.WriteString(tp.Obj().Name())
		b.WriteString(" ")
		writeType(&b, tp.Constraint())
	}
	b.WriteString("]")
	return b.String()
}
