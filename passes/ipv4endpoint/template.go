package ipv4endpoint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// A part is a piece of a string value built by the code: a constant piece
// with the literal it comes from, or a hole (a value the analysis does not
// know, such as a region variable).
type part struct {
	lit  *ast.BasicLit // nil for a hole
	text string        // the piece's value
	// For pieces of a fmt.Sprintf format: where text starts in the
	// literal's value (the literal holds several pieces and the verbs).
	start  int
	format bool
}

// A template is a string value as a sequence of parts.
type template []part

const hole = "\x00"

// render returns the template's value with every hole as "\x00".
func (t template) render() string {
	var b strings.Builder
	for _, p := range t {
		if p.lit == nil {
			b.WriteString(hole)
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// tracer follows string values to the literals they are built from,
// within the package.
type tracer struct {
	pass   *analysis.Pass
	consts map[*types.Const]ast.Expr // constant → its value expression
	vars   map[*types.Var][]ast.Expr // variable → every value assigned (nil: unknown)
}

func newTracer(pass *analysis.Pass) *tracer {
	t := &tracer{pass: pass, consts: map[*types.Const]ast.Expr{}, vars: map[*types.Var][]ast.Expr{}}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					var value ast.Expr
					if len(n.Values) == len(n.Names) {
						value = n.Values[i]
					}
					switch obj := pass.TypesInfo.Defs[name].(type) {
					case *types.Const:
						if value != nil {
							t.consts[obj] = value
						}
					case *types.Var:
						t.vars[obj] = append(t.vars[obj], value)
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					id, ok := ast.Unparen(lhs).(*ast.Ident)
					if !ok {
						continue
					}
					v, _ := pass.TypesInfo.ObjectOf(id).(*types.Var)
					if v == nil {
						continue
					}
					var value ast.Expr
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						value = n.Rhs[i]
					}
					t.vars[v] = append(t.vars[v], value)
				}
			}
			return true
		})
	}
	return t
}

const maxDepth = 8

// trace returns the template of a string-valued expression. Anything it
// cannot follow is a hole.
func (t *tracer) trace(e ast.Expr, depth int) template {
	holeT := template{{}}
	if depth > maxDepth || e == nil {
		return holeT
	}
	info := t.pass.TypesInfo
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			if s, err := strconv.Unquote(e.Value); err == nil {
				return template{{lit: e, text: s}}
			}
		}
	case *ast.Ident:
		switch obj := info.Uses[e].(type) {
		case *types.Const:
			if v := t.consts[obj]; v != nil {
				return t.trace(v, depth+1)
			}
		case *types.Var:
			// A variable assigned exactly once (its declaration).
			if vs := t.vars[obj]; len(vs) == 1 && vs[0] != nil {
				return t.trace(vs[0], depth+1)
			}
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isString(info.TypeOf(e)) {
			return append(t.trace(e.X, depth+1), t.trace(e.Y, depth+1)...)
		}
	case *ast.CallExpr:
		fn := sdk.Callee(info, e)
		switch {
		case fn == nil:
		case len(e.Args) == 1 && (sdk.IsFunc(fn, sdk.V2AWS, "String") || sdk.IsFunc(fn, sdk.V1AWS, "String")):
			return t.trace(e.Args[0], depth+1)
		case sdk.IsFunc(fn, "fmt", "Sprintf") && len(e.Args) >= 1 && !e.Ellipsis.IsValid():
			return t.sprintf(e, depth)
		case fn.Name() == "String" && len(e.Args) == 0 && isURLMethod(fn):
			// u.String() of u, _ := url.Parse(x)
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return t.traceURL(sel.X, depth+1)
			}
		}
	case *ast.StarExpr:
		return t.traceURL(e.X, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return t.traceURL(e.X, depth+1)
		}
	}
	return holeT
}

// traceURL follows a *url.URL (or url.URL) variable to the url.Parse call
// that made it.
func (t *tracer) traceURL(e ast.Expr, depth int) template {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return template{{}}
	}
	v, _ := t.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil {
		return template{{}}
	}
	// u, err := url.Parse(x): recorded as an unknown tuple assignment, so
	// look the declaration up directly.
	for _, f := range t.pass.Files {
		if f.FileStart > v.Pos() || v.Pos() > f.FileEnd {
			continue
		}
		var found template
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || found != nil || len(as.Rhs) != 1 || len(as.Lhs) != 2 {
				return found == nil
			}
			lhs, ok := as.Lhs[0].(*ast.Ident)
			if !ok || t.pass.TypesInfo.ObjectOf(lhs) != v {
				return true
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if ok && len(call.Args) == 1 && (sdk.IsFunc(sdk.Callee(t.pass.TypesInfo, call), "net/url", "Parse") || sdk.IsFunc(sdk.Callee(t.pass.TypesInfo, call), "net/url", "ParseRequestURI")) {
				found = t.trace(call.Args[0], depth+1)
			}
			return false
		})
		if found != nil && len(t.vars[v]) == 1 {
			return found
		}
	}
	return template{{}}
}

func isURLMethod(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Recv() != nil && sdk.IsNamed(sig.Recv().Type(), "net/url", "URL", true)
}

// sprintf turns fmt.Sprintf(format, args...) into a template: the format's
// literal pieces and a hole per verb. Formats with explicit argument indexes
// or %% are not followed.
func (t *tracer) sprintf(call *ast.CallExpr, depth int) template {
	f := t.trace(call.Args[0], depth+1)
	if len(f) != 1 || f[0].lit == nil || f[0].format {
		return template{{}}
	}
	lit, s := f[0].lit, f[0].text
	var out template
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.", s[j]) >= 0 {
			j++
		}
		if j >= len(s) || s[j] == '%' || s[j] == '[' {
			return template{{}}
		}
		out = append(out, part{lit: lit, text: s[start:i], start: start, format: true}, part{})
		start = j + 1
		i = j
	}
	return append(out, part{lit: lit, text: s[start:], start: start, format: true})
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// constString reports an expression's constant string value, if any.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
