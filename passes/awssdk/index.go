package awssdk

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// A storeSite is the syntax of a field store: the assignment or literal
// field, and the value it stores.
type storeSite struct {
	node  ast.Node // *ast.AssignStmt or *ast.KeyValueExpr
	value ast.Expr // nil for op-assignments
}

// An sdkCall is a call of an SDK function or method, with where it is.
type sdkCall struct {
	call *ast.CallExpr
	fn   *types.Func
	file *ast.File
	decl *ast.FuncDecl // the function it is in; nil at package level
	// outer is the SDK call this one is an argument of, as in
	// session.Must(session.NewSession()); nil when none.
	outer *ast.CallExpr
}

// index records, once per package and in one walk of its syntax, the calls
// of SDK functions (where configs and clients are made) and the syntax the
// SSA form points back to by position: calls by their '(', field stores by
// the position go/ssa gives them (the selector of an assignment, the colon
// of a literal field), composite literals by their '{'. No inspector: the
// walk is made once, and an inspector's event list would be garbage at once.
func (a *analyzer) index() {
	for _, file := range a.pass.Files {
		for _, d := range file.Decls {
			decl, _ := d.(*ast.FuncDecl)
			ast.Inspect(d, func(n ast.Node) bool {
				a.indexNode(file, decl, n)
				return true
			})
		}
	}
}

func (a *analyzer) indexNode(file *ast.File, decl *ast.FuncDecl, n ast.Node) {
	switch n := n.(type) {
	case *ast.CallExpr:
		a.astCalls[n.Lparen] = n
		if fn := sdk.Callee(a.info, n); fn != nil && sdk.IsSDK(fn.Pkg()) {
			a.calls = append(a.calls, sdkCall{n, fn, file, decl, a.argOf[n]})
			for _, arg := range n.Args {
				if arg, ok := ast.Unparen(arg).(*ast.CallExpr); ok {
					a.argOf[arg] = n // indexed next: the walk is in preorder
				}
			}
		}
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
