package awssdk

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// findConfigs finds the config.LoadDefaultConfig calls, what their options
// set, and where the configs they return go.
func (a *analyzer) findConfigs() {
	type found struct {
		cfg *Config
		at  inspector.Cursor
	}
	var all []found
	for c := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		if !sdk.IsFunc(sdk.Callee(a.info, call), sdk.V2Config, "LoadDefaultConfig") {
			continue
		}
		cfg := &Config{Call: call, File: a.fileOf(call.Pos()), Func: enclosingFunc(c)}
		a.configs[call] = cfg
		a.res.Configs = append(a.res.Configs, cfg)
		if len(call.Args) > 1 {
			opts := call.Args[1:]
			if call.Ellipsis.IsValid() {
				elems, lit, ok := a.spread(opts[len(opts)-1])
				opts = append(opts[:len(opts)-1:len(opts)-1], elems...)
				cfg.Options = lit
				if !ok {
					cfg.Spread = true
					cfg.opaque(call)
				}
			}
			for _, o := range opts {
				a.summarizeOption(o, loadOptions, &cfg.Settings, 0)
			}
		}
		all = append(all, found{cfg, c})
	}
	// Follow them once all are known: a helper's parameter may come from
	// any of them.
	for _, f := range all {
		a.followConfig(f.cfg, f.at)
	}
}

// enclosingFunc returns the function declaration around a node, or nil at
// package level.
func enclosingFunc(c inspector.Cursor) *ast.FuncDecl {
	for e := range c.Enclosing((*ast.FuncDecl)(nil)) {
		return e.Node().(*ast.FuncDecl)
	}
	return nil
}

// spread resolves the slice of a trailing spread argument (opts...) to its
// elements: a local variable set once by a slice literal and otherwise only
// appended to, or what a helper of the package returns. ok is false when
// the elements cannot all be seen.
func (a *analyzer) spread(e ast.Expr) (elems []ast.Expr, lit *ast.CompositeLit, ok bool) {
	return a.spreadIn(e, false)
}

// spreadIn is spread; returned tells that e is a helper's result, whose
// variable may appear in return statements.
func (a *analyzer) spreadIn(e ast.Expr, returned bool) (elems []ast.Expr, lit *ast.CompositeLit, ok bool) {
	if l, isLit := ast.Unparen(e).(*ast.CompositeLit); isLit {
		return l.Elts, l, true
	}
	if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall {
		fn := sdk.Callee(a.info, call)
		fd := a.decls[fn]
		if fd == nil || a.tracing[fn] {
			return nil, nil, false
		}
		a.tracing[fn] = true
		defer delete(a.tracing, fn)
		found := false
		ok := true
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) != 1 || !ok {
					ok = false
					return false
				}
				more, _, good := a.spreadIn(n.Results[0], true)
				ok = ok && good
				elems = append(elems, more...)
				found = true
			}
			return true
		})
		return elems, nil, ok && found // the helper's literal is not for a fix here
	}
	v := a.varOf(e)
	if v == nil || !a.isLocal(v) || len(a.assigns[v]) == 0 { // no assignment: a parameter
		return nil, nil, false
	}
	for _, as := range a.assigns[v] {
		switch rhs := ast.Unparen(as.rhs).(type) {
		case *ast.CompositeLit:
			if lit != nil || as.tuple {
				return nil, nil, false
			}
			lit = rhs
			elems = append(elems, rhs.Elts...)
		case *ast.CallExpr:
			// v = append(v, x, y...)
			if b, isBuiltin := a.info.Uses[calleeIdent(rhs)].(*types.Builtin); !isBuiltin || b.Name() != "append" || len(rhs.Args) == 0 || a.varOf(rhs.Args[0]) != v {
				return nil, nil, false
			}
			if rhs.Ellipsis.IsValid() {
				more, _, ok := a.spreadIn(rhs.Args[len(rhs.Args)-1], false)
				if !ok {
					return nil, nil, false
				}
				elems = append(elems, rhs.Args[1:len(rhs.Args)-1]...)
				elems = append(elems, more...)
			} else {
				elems = append(elems, rhs.Args[1:]...)
			}
		default:
			if !as.zero {
				return nil, nil, false
			}
		}
	}
	// Its other uses: spreads and the appends above only.
	for _, u := range a.uses[v] {
		parent := u.Parent().Node()
		switch p := parent.(type) {
		case *ast.CallExpr:
			if b, isBuiltin := a.info.Uses[calleeIdent(p)].(*types.Builtin); isBuiltin && b.Name() == "append" && len(p.Args) > 0 && p.Args[0] == u.Node() {
				continue
			}
			if p.Ellipsis.IsValid() && len(p.Args) > 0 && p.Args[len(p.Args)-1] == u.Node() {
				continue
			}
		case *ast.AssignStmt:
			if len(p.Lhs) == 1 && p.Lhs[0] == u.Node() {
				continue // the LHS of v = append(v, ...)
			}
		case *ast.ReturnStmt:
			if returned {
				continue
			}
		}
		return nil, nil, false
	}
	return elems, lit, true
}

// argIndex returns the index of arg in call's arguments, or -1.
func argIndex(call *ast.CallExpr, arg ast.Expr) int {
	for i, a := range call.Args {
		if a == arg {
			return i
		}
	}
	return -1
}

func calleeIdent(call *ast.CallExpr) *ast.Ident {
	id, _ := ast.Unparen(call.Fun).(*ast.Ident)
	return id
}

// followConfig finds where the config a LoadDefaultConfig call returns goes:
// the local variables holding it (and copies of them), the field assignments
// to them, and whether it escapes.
func (a *analyzer) followConfig(cfg *Config, call inspector.Cursor) {
	parent := call.Parent()
	var first *types.Var
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) >= 1 {
			if id, ok := p.Lhs[0].(*ast.Ident); ok && id.Name == "_" {
				return // dropped
			}
			first = a.varOf(p.Lhs[0])
			if first == nil {
				cfg.escape(p.Lhs[0], "is stored in "+types.ExprString(p.Lhs[0]))
				return
			}
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 && len(p.Names) >= 1 {
			if p.Names[0].Name == "_" {
				return
			}
			first, _ = a.info.Defs[p.Names[0]].(*types.Var)
		}
	case *ast.ReturnStmt:
		cfg.escape(p, "is returned")
		return
	}
	if first == nil {
		cfg.escape(parent.Node(), "is passed on")
		return
	}
	if !a.isLocal(first) {
		cfg.escape(parent.Node(), "is stored in the package-level variable "+first.Name())
		return
	}
	seen := map[*types.Var]bool{}
	work := []*types.Var{first}
	for len(work) > 0 {
		v := work[0]
		work = work[1:]
		if seen[v] {
			continue
		}
		seen[v] = true
		for _, u := range a.uses[v] {
			if next, ok := a.configUse(cfg, u); ok && next != nil {
				work = append(work, next)
			}
		}
	}
}

// configUse classifies one use of a variable holding the config. It returns
// a variable the config is copied to, if any.
func (a *analyzer) configUse(cfg *Config, u inspector.Cursor) (*types.Var, bool) {
	id := u.Node().(*ast.Ident)
	parent := u.Parent()
	kind, _ := u.ParentEdge()
	switch p := parent.Node().(type) {
	case *ast.CallExpr:
		if kind == edge.CallExpr_Args {
			fn := sdk.Callee(a.info, p)
			if fn != nil && (a.isClientConstructor(fn) || v1ClientKind(fn)) {
				return nil, true // a client: findClients links it
			}
			if fn != nil && sdk.Path(fn.Pkg()) == sdk.V2IMDS {
				return nil, true // IMDS has no dual-stack switch; linklocal's business
			}
			// A helper of this package whose parameter only ever gets this
			// config: follow the parameter into it.
			if fn != nil && !cfg.V1 {
				if i := argIndex(p, id); i >= 0 {
					sig := fn.Type().(*types.Signature)
					if i < sig.Params().Len() {
						if pv := sig.Params().At(i); a.params[pv].fn == fn {
							sub := &Client{}
							a.configOrigin(sub, ast.NewIdent(pv.Name()), map[*types.Var]bool{}, pv)
							if sub.Origin == FromConfig && sub.Config == cfg {
								return pv, true
							}
						}
					}
				}
			}
			cfg.escape(p, "is passed to "+types.ExprString(p.Fun))
		}
		return nil, true
	case *ast.SelectorExpr:
		if p.X != id {
			return nil, true
		}
		if sel := a.info.Selections[p]; sel != nil && sel.Kind() == types.MethodVal && p.Sel.Name == "Copy" && !cfg.V1 {
			// cfg.Copy(): follow the copy like the original.
			if callC := parent.Parent(); callC.Node() != nil {
				if _, ok := callC.Node().(*ast.CallExpr); ok {
					return a.copyTarget(cfg, callC)
				}
			}
			return nil, true
		}
		// cfg.Field = value
		if as, ok := parent.Parent().Node().(*ast.AssignStmt); ok {
			for i, lhs := range as.Lhs {
				if lhs == p && len(as.Lhs) == len(as.Rhs) {
					a.applyField(&cfg.Settings, v2Config, p.Sel.Name, as.Rhs[i], as, false)
				}
			}
		}
		if ue, ok := parent.Parent().Node().(*ast.UnaryExpr); ok && ue.X == p {
			cfg.escape(ue, "has the address of its field "+p.Sel.Name+" taken")
		}
		return nil, true
	case *ast.AssignStmt:
		if kind == edge.AssignStmt_Rhs {
			return a.assignTarget(cfg, p, id)
		}
		return nil, true // reassigned: clients see a mixed origin
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == id && len(p.Names) == len(p.Values) {
				if nv, _ := a.info.Defs[p.Names[i]].(*types.Var); nv != nil {
					return nv, true
				}
			}
		}
		return nil, true
	case *ast.ReturnStmt:
		cfg.escape(p, "is returned")
	case *ast.UnaryExpr:
		cfg.escape(p, "has its address taken")
	case *ast.CompositeLit, *ast.KeyValueExpr:
		cfg.escape(p, "is stored in a composite literal")
	case *ast.SendStmt:
		cfg.escape(p, "is sent on a channel")
	case *ast.ParenExpr, *ast.StarExpr:
		cfg.escape(p, "is used in a way dualstacklint does not follow")
	}
	return nil, true
}

// assignTarget handles x := cfg / s.f = cfg.
func (a *analyzer) assignTarget(cfg *Config, as *ast.AssignStmt, id ast.Expr) (*types.Var, bool) {
	for i, rhs := range as.Rhs {
		if rhs != id || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		if v := a.varOf(as.Lhs[i]); v != nil {
			if !a.isLocal(v) {
				cfg.escape(as, "is stored in the package-level variable "+v.Name())
				return nil, true
			}
			return v, true
		}
		if id, ok := as.Lhs[i].(*ast.Ident); ok && id.Name == "_" {
			return nil, true
		}
		cfg.escape(as, "is stored in "+types.ExprString(as.Lhs[i]))
	}
	return nil, true
}

// copyTarget follows the result of cfg.Copy().
func (a *analyzer) copyTarget(cfg *Config, call inspector.Cursor) (*types.Var, bool) {
	kind, _ := call.ParentEdge()
	switch p := call.Parent().Node().(type) {
	case *ast.AssignStmt:
		if kind == edge.AssignStmt_Rhs {
			return a.assignTarget(cfg, p, call.Node().(ast.Expr))
		}
	case *ast.CallExpr:
		if fn := sdk.Callee(a.info, p); fn != nil && a.isClientConstructor(fn) {
			return nil, true
		}
		cfg.escape(p, "is copied, and the copy passed to "+types.ExprString(p.Fun))
	case *ast.ReturnStmt:
		cfg.escape(p, "is copied, and the copy returned")
	default:
		cfg.escape(call.Node(), "is copied, and the copy used in a way dualstacklint does not follow")
	}
	return nil, true
}

func (c *Config) escape(n ast.Node, why string) {
	if c.Escape == nil {
		c.Escape, c.EscapeWhy = n, why
	}
}
