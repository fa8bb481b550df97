package awssdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"
)

// program is the package in SSA form, with the indexes the value flow needs:
// the SSA value of every expression of the package's syntax, the function
// of every declaration and literal, and the static call sites of every
// function of the package. It is built only for packages that use the SDK
// (not through buildssa in Requires, which would build it for every package
// under go vet).
type program struct {
	pkg     *ssa.Package
	funcs   map[ast.Node]*ssa.Function // *ast.FuncDecl, *ast.FuncLit
	refs    map[ast.Expr]ssa.Value     // the value of an expression
	calls   map[token.Pos]*ssa.Call    // calls by the position of their '('
	callers map[*ssa.Function][]ssa.CallInstruction
	// escaped functions are used as values (stored, passed, bound into a
	// closure), so their parameters may get anything.
	escaped map[*ssa.Function]bool
	// globals are the stores to each package-level variable; a variable
	// whose address is used otherwise is in globalsUsed.
	globals     map[*ssa.Global][]*ssa.Store
	globalsUsed map[*ssa.Global]bool
}

// shared is the SSA program every package of a run is built in. go/ssa
// caches, per program, whether each type it converts to an interface has
// type parameters, walking the type's whole graph: for SDK types (a
// session's config reaches net/http and crypto/tls) that walk is most of
// the cost of building a package, and a program per package would repeat
// it for every package. A run's packages share one FileSet and one set of
// types (go vet: one package a process), so a new FileSet starts a new
// program.
//
// go/ssa's CreatePackage writes the program's tables, which building reads,
// and the imports a package needs are re-created when it uses more of them:
// a package is created, built and indexed under the lock, and released
// (its bodies dropped, itself evicted) under it. What the lock serialises
// is cheap next to the rest of a run (measured: no difference in wall time
// against building concurrently).
var shared struct {
	sync.Mutex
	prog *ssa.Program
	// declared are the package-level objects the program's package of each
	// import declares (createImports); nil for a package being analysed,
	// created whole from its syntax.
	declared map[*types.Package]map[types.Object]bool
}

// buildProgram builds the package's SSA form, or returns nil when it
// cannot: go/ssa assumes well-typed code, and a package with type errors
// (RunDespiteErrors) is better left silent than misread.
func buildProgram(fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info) (p *program) {
	shared.Lock()
	defer shared.Unlock()
	defer func() {
		if recover() != nil {
			p = nil
			shared.prog = nil // possibly inconsistent: start afresh
		}
	}()
	if shared.prog == nil || shared.prog.Fset != fset {
		// GlobalDebug records each expression's value (DebugRef): the
		// checks start from syntax (a call, a literal) and ask what values
		// reach it.
		shared.prog = ssa.NewProgram(fset, ssa.GlobalDebug)
		shared.declared = map[*types.Package]map[types.Object]bool{}
	}
	prog := shared.prog
	createImports(prog, pkg, info)
	sp := prog.CreatePackage(pkg, withoutTestBodies(fset, files), withoutTestInits(fset, info), false)
	shared.declared[pkg] = nil
	sp.Build()
	p = &program{
		pkg:         sp,
		funcs:       map[ast.Node]*ssa.Function{},
		callers:     map[*ssa.Function][]ssa.CallInstruction{},
		escaped:     map[*ssa.Function]bool{},
		globals:     map[*ssa.Global][]*ssa.Store{},
		globalsUsed: map[*ssa.Global]bool{},
	}
	var all []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || p.funcs[fn.Syntax()] == fn {
			return
		}
		if syn := fn.Syntax(); syn != nil {
			p.funcs[syn] = fn
		}
		all = append(all, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := info.Defs[fd.Name].(*types.Func); ok {
					add(prog.FuncValue(obj))
				}
			}
		}
	}
	// Package-level variable initializers live in init.
	if init, ok := sp.Members["init"].(*ssa.Function); ok {
		all = append(all, init)
		for _, anon := range init.AnonFuncs {
			add(anon)
		}
	}
	// Sized maps: they hold an entry per expression, and growing them
	// would leave as much again as garbage.
	refs, calls := 0, 0
	for _, fn := range all {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr.(type) {
				case *ssa.DebugRef:
					refs++
				case *ssa.Call:
					calls++
				}
			}
		}
	}
	p.refs = make(map[ast.Expr]ssa.Value, refs)
	p.calls = make(map[token.Pos]*ssa.Call, calls)
	for _, fn := range all {
		p.index(fn)
	}
	return p
}

// withoutTestBodies returns the files with the functions of _test.go files
// declared without bodies, as external functions. Findings in tests are not
// reported, and what tests do with the package's helpers (call them with
// fakes, store them) must not change what the package's own code is found
// to do: the package is then seen the same way whether it is analysed with
// its tests (go vet) or without. It also spares building the tests, often
// half of an SDK-dense package. The syntax is not modified: test files are
// replaced by shallow copies.
func withoutTestBodies(fset *token.FileSet, files []*ast.File) []*ast.File {
	var out []*ast.File
	for i, f := range files {
		if !inTestFile(fset, f.Pos()) {
			continue
		}
		if out == nil {
			out = slices.Clone(files)
		}
		cp := *f
		cp.Decls = slices.Clone(f.Decls)
		for j, d := range cp.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				ext := *fd
				ext.Body = nil
				cp.Decls[j] = &ext
			}
		}
		out[i] = &cp
	}
	if out == nil {
		return files
	}
	return out
}

// inTestFile reports whether pos is in a _test.go file.
func inTestFile(fset *token.FileSet, pos token.Pos) bool {
	tf := fset.File(pos)
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// withoutTestInits returns info without the initializers of package-level
// variables declared in _test.go files (go/ssa builds the package
// initializer from info.InitOrder, not from the syntax), for the reason
// withoutTestBodies gives. The maps are shared, not copied.
func withoutTestInits(fset *token.FileSet, info *types.Info) *types.Info {
	inTest := func(init *types.Initializer) bool { return inTestFile(fset, init.Rhs.Pos()) }
	if !slices.ContainsFunc(info.InitOrder, inTest) {
		return info
	}
	cp := *info
	cp.InitOrder = slices.DeleteFunc(slices.Clone(info.InitOrder), inTest)
	return &cp
}

// createImports makes sure the program has a package for each direct
// import, declaring at least the package-level functions, variables and
// constants pkg uses. go/ssa needs those to exist before building, but given
// an imported package alone it creates a member for every object and method
// of it, decoding all of its export data: an SDK service package has
// thousands (v1's types have a setter per field), and SDK-dense code imports
// several in every package. Methods are created on demand, from types. An
// import is re-created (with what it declared before, and more) only when
// pkg uses something it does not declare yet.
func createImports(prog *ssa.Program, pkg *types.Package, info *types.Info) {
	used := map[*types.Package][]types.Object{}
	for _, obj := range info.Uses {
		p := obj.Pkg()
		if p == nil || p == pkg || obj.Parent() != p.Scope() {
			continue
		}
		switch obj.(type) {
		case *types.Func, *types.Var, *types.Const:
			used[p] = append(used[p], obj)
		}
	}
	for _, imp := range pkg.Imports() {
		declared, created := shared.declared[imp]
		if created && (declared == nil || !slices.ContainsFunc(used[imp], func(obj types.Object) bool { return !declared[obj] })) {
			continue // created whole, or declares all pkg uses
		}
		if imp == types.Unsafe {
			prog.CreatePackage(imp, nil, nil, true)
			shared.declared[imp] = nil
			continue
		}
		all := maps.Clone(declared)
		if all == nil {
			all = map[types.Object]bool{}
		}
		for _, obj := range used[imp] {
			all[obj] = true
		}
		shared.declared[imp] = all
		// A file that declares the objects, without bodies: the functions
		// are external, as they are from export data.
		f := &ast.File{Name: ast.NewIdent(imp.Name())}
		defs := map[*ast.Ident]types.Object{}
		for obj := range all {
			id := ast.NewIdent(obj.Name())
			defs[id] = obj
			switch obj.(type) {
			case *types.Func:
				f.Decls = append(f.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{}})
			case *types.Var:
				f.Decls = append(f.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
			case *types.Const:
				f.Decls = append(f.Decls, &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
			}
		}
		prog.CreatePackage(imp, []*ast.File{f}, &types.Info{Defs: defs}, true)
	}
}

// release drops the package once the analysis is done: the bodies of its
// functions (with the debug references into the syntax they hold), and the
// package itself from the program, which is left with an empty package in
// its place (imported later, it is declared again with what its importer
// uses). A program that outlives its packages' syntax and type information
// must not keep them: golangci-lint drops both once a package is analysed.
func (p *program) release() {
	if p == nil {
		return
	}
	shared.Lock()
	defer shared.Unlock()
	for _, fn := range p.funcs {
		fn.Params, fn.FreeVars, fn.Locals, fn.Blocks, fn.Recover, fn.AnonFuncs = nil, nil, nil, nil, nil, nil
	}
	if init, ok := p.pkg.Members["init"].(*ssa.Function); ok {
		init.Locals, init.Blocks, init.Recover, init.AnonFuncs = nil, nil, nil, nil
	}
	pkg := p.pkg.Pkg
	if prog := shared.prog; prog == p.pkg.Prog && shared.declared[pkg] == nil {
		prog.CreatePackage(pkg, []*ast.File{{Name: ast.NewIdent(pkg.Name())}}, &types.Info{}, true)
		shared.declared[pkg] = map[types.Object]bool{}
	}
}

// index records fn's debug references, calls and function values.
func (p *program) index(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.DebugRef:
				if !instr.IsAddr {
					p.refs[instr.Expr] = instr.X
				}
				continue
			case *ssa.Call:
				if pos := instr.Call.Pos(); pos.IsValid() {
					p.calls[pos] = instr
				}
			}
			switch x := instr.(type) {
			case *ssa.Store:
				if g, ok := x.Addr.(*ssa.Global); ok {
					p.globals[g] = append(p.globals[g], x)
				}
			case *ssa.UnOp:
			default:
				for _, op := range instr.Operands(nil) {
					if g, ok := (*op).(*ssa.Global); ok {
						p.globalsUsed[g] = true
					}
				}
			}
			var static *ssa.Function
			if call, ok := instr.(ssa.CallInstruction); ok {
				if callee := call.Common().StaticCallee(); callee != nil && callee.Pkg == p.pkg {
					p.callers[callee] = append(p.callers[callee], call)
					static = callee
				}
			}
			for _, op := range instr.Operands(nil) {
				if fn, ok := (*op).(*ssa.Function); ok && fn.Pkg == p.pkg && !(fn == static && op == &instr.(ssa.CallInstruction).Common().Value) {
					p.escaped[fn] = true
				}
			}
		}
	}
}

// value returns the SSA value of an expression, or nil.
func (p *program) value(e ast.Expr) ssa.Value {
	if p == nil {
		return nil
	}
	return p.refs[ast.Unparen(e)]
}

// call returns the SSA call of a call expression, or nil.
func (p *program) call(call *ast.CallExpr) *ssa.Call {
	if p == nil {
		return nil
	}
	return p.calls[call.Lparen]
}
