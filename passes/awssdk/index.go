package awssdk

import (
	"go/ast"
	"go/token"
	"go/types"
)

// index records, once per package, the function declarations, every
// assignment to a variable and every use of one, so that tracing a value is
// a few map lookups.
func (a *analyzer) index() {
	for _, f := range a.pass.Files {
		a.files[f] = true
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := a.info.Defs[fd.Name].(*types.Func); ok {
					a.decls[fn] = fd
					sig := fn.Type().(*types.Signature)
					for i := range sig.Params().Len() {
						if !(sig.Variadic() && i == sig.Params().Len()-1) {
							a.params[sig.Params().At(i)] = param{fn, i}
						}
					}
				}
			}
		}
	}
	root := a.insp.Root()
	for c := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.Ident)(nil)) {
		switch n := c.Node().(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				v := a.varOf(lhs)
				if v == nil {
					continue
				}
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					a.assigns[v] = append(a.assigns[v], assign{node: n})
				case len(n.Lhs) == len(n.Rhs):
					a.assigns[v] = append(a.assigns[v], assign{rhs: n.Rhs[i], node: n})
				case len(n.Rhs) == 1:
					a.assigns[v] = append(a.assigns[v], assign{rhs: n.Rhs[0], index: i, tuple: true, node: n})
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				v, _ := a.info.Defs[name].(*types.Var)
				if v == nil {
					continue
				}
				switch {
				case len(n.Values) == 0:
					a.assigns[v] = append(a.assigns[v], assign{zero: true, node: n})
				case len(n.Values) == len(n.Names):
					a.assigns[v] = append(a.assigns[v], assign{rhs: n.Values[i], node: n})
				case len(n.Values) == 1:
					a.assigns[v] = append(a.assigns[v], assign{rhs: n.Values[0], index: i, tuple: true, node: n})
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if v := a.varOf(e); v != nil {
					a.assigns[v] = append(a.assigns[v], assign{node: n})
				}
			}
		case *ast.IncDecStmt:
			if v := a.varOf(n.X); v != nil {
				a.assigns[v] = append(a.assigns[v], assign{node: n})
			}
		case *ast.Ident:
			switch obj := a.info.Uses[n].(type) {
			case *types.Var:
				if !obj.IsField() {
					a.uses[obj] = append(a.uses[obj], c)
				}
			case *types.Func:
				if obj.Pkg() == a.pass.Pkg {
					if call, ok := c.Parent().Node().(*ast.CallExpr); ok && call.Fun == n {
						a.calls[obj] = append(a.calls[obj], call)
					} else {
						a.values[obj] = true
					}
				}
			}
		}
	}
}

// varOf returns the variable an expression names (a plain identifier), or nil.
func (a *analyzer) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	obj := a.info.Defs[id]
	if obj == nil {
		obj = a.info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// isLocal reports whether v is declared inside a function (its uses are all
// in that function), as opposed to at package level.
func (a *analyzer) isLocal(v *types.Var) bool {
	return v.Parent() != nil && v.Parent() != a.pass.Pkg.Scope() && v.Pkg() == a.pass.Pkg
}

// fileOf returns the file containing pos.
func (a *analyzer) fileOf(pos token.Pos) *ast.File {
	for _, f := range a.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
