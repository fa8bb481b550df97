package linklocal

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// A bind is a function whose argument is an address a server listens on.
type bind struct {
	pkg, recv, name string // recv: the method's receiver type, or ""
	arg             int
}

var binds = []bind{
	{"net", "", "Listen", 1},
	{"net", "", "ListenPacket", 1},
	{"net", "", "ListenTCP", 1},
	{"net", "", "ListenUDP", 1},
	{"net", "", "ListenIP", 1},
	{"net", "ListenConfig", "Listen", 2},
	{"net", "ListenConfig", "ListenPacket", 2},
	{"net/http", "", "ListenAndServe", 0},
	{"net/http", "", "ListenAndServeTLS", 0},
}

// bindArg returns the address argument of a call to a bind, or nil.
func bindArg(info *types.Info, call *ast.CallExpr) ast.Expr {
	fn := sdk.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	for _, b := range binds {
		if fn.Name() != b.name || fn.Pkg().Path() != b.pkg || len(call.Args) <= b.arg {
			continue
		}
		recv := fn.Type().(*types.Signature).Recv()
		if (b.recv == "") == (recv == nil) && (recv == nil || sdk.IsNamed(recv.Type(), b.pkg, b.recv, true)) {
			return call.Args[b.arg]
		}
	}
	return nil
}

// messageFuncs print or wrap messages: an address in their arguments is
// prose, not an endpoint.
var messageFuncs = map[string]map[string]bool{
	"fmt":    {"Errorf": true, "Print": true, "Printf": true, "Println": true, "Fprint": true, "Fprintf": true, "Fprintln": true},
	"errors": {"New": true},
	"log":    {"Print": true, "Printf": true, "Println": true, "Fatal": true, "Fatalf": true, "Fatalln": true, "Panic": true, "Panicf": true, "Panicln": true},
}

// loggerMethods are the usual method names of loggers (log/slog, logrus,
// zap's sugared logger, testing.T, ...).
var loggerMethods = map[string]bool{
	"Print": true, "Printf": true, "Println": true, "Debug": true, "Debugf": true, "Info": true, "Infof": true,
	"Warn": true, "Warnf": true, "Warning": true, "Warningf": true, "Error": true, "Errorf": true,
	"Fatal": true, "Fatalf": true, "Panic": true, "Panicf": true, "Log": true, "Logf": true,
}

// isMessage reports whether a call prints or wraps a message.
func isMessage(info *types.Info, call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return true
		}
	}
	fn := sdk.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Type().(*types.Signature).Recv() != nil {
		return loggerMethods[fn.Name()]
	}
	return messageFuncs[fn.Pkg().Path()][fn.Name()]
}

// isServerAddr reports whether a selector is the Addr field of an http.Server.
func isServerAddr(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.FieldVal && sel.Sel.Name == "Addr" && sdk.IsNamed(s.Recv(), "net/http", "Server", true)
}

// bound returns the findings a server binds (a local IMDS emulator, say):
// those in the address of a bind or an http.Server's Addr, directly or
// through the package's constants, variables and function parameters.
// It runs only on packages with findings.
func bound(pass *analysis.Pass, in *inspector.Inspector, found []finding) map[ast.Node]bool {
	info := pass.TypesInfo
	isFinding := make(map[ast.Node]bool, len(found))
	for _, f := range found {
		isFinding[f.node] = true
	}

	// One walk over every file (tests and generated ones too: they may
	// start the server): the addresses servers bind, what each variable
	// and constant is set to, and the arguments each parameter receives.
	var work []ast.Expr
	values := map[types.Object][]ast.Expr{}
	type param struct {
		fn  *types.Func
		idx int
	}
	params := map[types.Object]param{}
	calls := map[*types.Func][]*ast.CallExpr{}
	kinds := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.FuncDecl)(nil), (*ast.BinaryExpr)(nil), (*ast.CaseClause)(nil)}
	for c := range in.Root().Preorder(kinds...) {
		switch n := c.Node().(type) {
		case *ast.BinaryExpr:
			// r.Host != metadataIP: a comparison, not a connection.
			if n.Op == token.EQL || n.Op == token.NEQ {
				work = append(work, n.X, n.Y)
			}
		case *ast.CaseClause:
			work = append(work, n.List...)
		case *ast.CallExpr:
			if a := bindArg(info, n); a != nil {
				work = append(work, a)
			}
			if isMessage(info, n) {
				// An error or log message that mentions the address.
				work = append(work, n.Args...)
			}
			if fn := sdk.Callee(info, n); fn != nil && fn.Pkg() == pass.Pkg {
				calls[fn] = append(calls[fn], n)
			}
		case *ast.CompositeLit:
			if sdk.IsNamed(info.TypeOf(n), "net/http", "Server", false) {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Addr" {
							work = append(work, kv.Value)
						}
					}
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, l := range n.Lhs {
				switch l := ast.Unparen(l).(type) {
				case *ast.Ident:
					if obj := info.ObjectOf(l); obj != nil {
						values[obj] = append(values[obj], n.Rhs[i])
					}
				case *ast.SelectorExpr:
					if isServerAddr(info, l) {
						work = append(work, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				continue
			}
			for i, name := range n.Names {
				if obj := info.Defs[name]; obj != nil {
					values[obj] = append(values[obj], n.Values[i])
				}
			}
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			if fn == nil {
				continue
			}
			sig := fn.Type().(*types.Signature)
			idx := 0
			for _, field := range n.Type.Params.List {
				for _, name := range field.Names {
					if obj := info.Defs[name]; obj != nil && !(sig.Variadic() && idx == sig.Params().Len()-1) {
						params[obj] = param{fn, idx}
					}
					idx++
				}
				if len(field.Names) == 0 {
					idx++
				}
			}
		}
	}

	out := map[ast.Node]bool{}
	seen := map[types.Object]bool{}
	for len(work) > 0 {
		e := work[len(work)-1]
		work = work[:len(work)-1]
		ast.Inspect(e, func(n ast.Node) bool {
			if isFinding[n] {
				out[n] = true
			}
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := info.Uses[id]
			switch obj.(type) {
			case *types.Var, *types.Const:
			default:
				return true
			}
			if seen[obj] {
				return true
			}
			seen[obj] = true
			work = append(work, values[obj]...)
			if p, ok := params[obj]; ok {
				for _, call := range calls[p.fn] {
					if !call.Ellipsis.IsValid() && p.idx < len(call.Args) {
						work = append(work, call.Args[p.idx])
					}
				}
			}
			return true
		})
	}
	return out
}
