package awssdk

import (
	"go/ast"
	"go/token"
)

// A storeSite is the syntax of a field store: the assignment or literal
// field, and the value it stores.
type storeSite struct {
	node  ast.Node // *ast.AssignStmt or *ast.KeyValueExpr
	value ast.Expr // nil for op-assignments
}

// index records, once per package, the syntax the SSA form points back to by
// position: calls by their '(', field stores by the position go/ssa gives
// them (the selector of an assignment, the colon of a literal field),
// composite literals by their '{'.
func (a *analyzer) index() {
	root := a.insp.Root()
	for c := range root.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			a.astCalls[n.Lparen] = n
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !ok {
					continue
				}
				site := storeSite{node: n}
				if len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN {
					site.value = n.Rhs[i]
				}
				a.stores[sel.Sel.Pos()] = site
			}
		case *ast.CompositeLit:
			a.lits[n.Lbrace] = n
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					a.stores[kv.Colon] = storeSite{node: kv, value: kv.Value}
				}
			}
		}
	}
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
