package ipv4endpoint

import (
	"cmp"
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
	lit  *ast.BasicLit // the literal holding text; nil for a hole or known text
	text string        // the piece's value
	// Where text starts in the literal's value: a literal split at a
	// fmt.Sprintf verb or a replaced placeholder holds several pieces.
	start  int
	format bool // a piece of a fmt.Sprintf format
	// known marks text without a literal in this package: a constant of
	// another package (ext, used at use), or text a function adds (the
	// "://" of url.URL's String).
	known bool
	ext   *types.Const
	use   ast.Expr
	// name is how a hole is spelled in messages: the placeholder it
	// replaced ("{Region}"), or "" for "%s".
	name string
}

func (p part) isHole() bool { return p.lit == nil && !p.known }

// slice returns the piece of p holding text[i:j].
func (p part) slice(i, j int) part {
	p.text = p.text[i:j]
	p.start += i
	return p
}

// A template is a string value as a sequence of parts.
type template []part

const hole = "\x00"

var holeT = template{{}}

// render returns the template's value with every hole as "\x00".
func (t template) render() string {
	var b strings.Builder
	for _, p := range t {
		if p.isHole() {
			b.WriteString(hole)
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// at returns the part holding byte i of the rendered template.
func (t template) at(i int) (part, bool) {
	pos := 0
	for _, p := range t {
		n := len(p.text)
		if p.isHole() {
			n = len(hole)
		}
		if pos <= i && i < pos+n {
			return p, true
		}
		pos += n
	}
	return part{}, false
}

// external returns the first constant of another package that text in
// bytes [from, to) of the rendered template comes from, or nil.
func (t template) external(from, to int) *types.Const {
	pos := 0
	for _, p := range t {
		n := len(p.text)
		if p.isHole() {
			n = len(hole)
		}
		if p.ext != nil && pos < to && from < pos+n {
			return p.ext
		}
		pos += n
	}
	return nil
}

// holeNames returns how the code spells each hole in bytes [from, to) of
// the rendered template, in order.
func (t template) holeNames(from, to int) []string {
	var names []string
	pos := 0
	for _, p := range t {
		if p.isHole() {
			if from <= pos && pos < to {
				names = append(names, cmp.Or(p.name, "%s"))
			}
			pos += len(hole)
			continue
		}
		pos += len(p.text)
	}
	return names
}

// replaceHoles replaces the holes of s in order with names (the last name
// for any beyond).
func replaceHoles(s string, names []string) string {
	var b strings.Builder
	k := 0
	for {
		i := strings.Index(s, hole)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		name := "%s"
		if len(names) > 0 {
			name = names[min(k, len(names)-1)]
		}
		b.WriteString(s[:i])
		b.WriteString(name)
		s = s[i+len(hole):]
		k++
	}
}

// tracer follows string values to the literals they are built from,
// within the package.
type tracer struct {
	pass   *analysis.Pass
	consts map[*types.Const]ast.Expr // constant → its value expression
	vars   map[*types.Var][]ast.Expr // variable → every value assigned (nil: unknown)
	// fields: variable → field → every value stored with v.field = x
	// (url.URL's Host, Scheme, ...).
	fields map[*types.Var]map[string][]ast.Expr
}

func newTracer(pass *analysis.Pass) *tracer {
	t := &tracer{pass: pass, consts: map[*types.Const]ast.Expr{}, vars: map[*types.Var][]ast.Expr{}, fields: map[*types.Var]map[string][]ast.Expr{}}
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
					var value ast.Expr
					if len(n.Lhs) == len(n.Rhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
						value = n.Rhs[i]
					}
					switch lhs := ast.Unparen(lhs).(type) {
					case *ast.Ident:
						if v, _ := pass.TypesInfo.ObjectOf(lhs).(*types.Var); v != nil {
							t.vars[v] = append(t.vars[v], value)
						}
					case *ast.SelectorExpr:
						// u.Host = "...": a field of a variable.
						id, ok := ast.Unparen(lhs.X).(*ast.Ident)
						if !ok {
							break
						}
						if v, _ := pass.TypesInfo.Uses[id].(*types.Var); v != nil {
							if t.fields[v] == nil {
								t.fields[v] = map[string][]ast.Expr{}
							}
							t.fields[v][lhs.Sel.Name] = append(t.fields[v][lhs.Sel.Name], value)
						}
					}
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
			return t.external(obj, e)
		case *types.Var:
			// A variable assigned exactly once (its declaration).
			if vs := t.vars[obj]; len(vs) == 1 && vs[0] != nil {
				return t.trace(vs[0], depth+1)
			}
		}
	case *ast.SelectorExpr:
		if obj, ok := info.Uses[e.Sel].(*types.Const); ok {
			return t.external(obj, e) // pkg.Const
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isString(info.TypeOf(e)) {
			return append(t.trace(e.X, depth+1), t.trace(e.Y, depth+1)...)
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 && isString(info.TypeOf(e)) {
			return t.trace(e.Args[0], depth+1) // string(endpoints.Host)
		}
		fn := sdk.Callee(info, e)
		switch {
		case fn == nil || e.Ellipsis.IsValid():
		case len(e.Args) == 1 && (sdk.IsFunc(fn, sdk.V2AWS, "String") || sdk.IsFunc(fn, sdk.V1AWS, "String")):
			return t.trace(e.Args[0], depth+1)
		case sdk.IsFunc(fn, "fmt", "Sprintf") && len(e.Args) >= 1:
			return t.sprintf(e, depth)
		case sdk.IsFunc(fn, "strings", "ReplaceAll") && len(e.Args) == 3:
			return t.replace(t.trace(e.Args[0], depth+1), e.Args[1:], -1, depth)
		case sdk.IsFunc(fn, "strings", "Replace") && len(e.Args) == 4:
			n, ok := constInt(info, e.Args[3])
			if !ok {
				return holeT
			}
			return t.replace(t.trace(e.Args[0], depth+1), e.Args[1:3], n, depth)
		case fn.Name() == "Replace" && len(e.Args) == 1 && isMethodOf(fn, "strings", "Replacer"):
			// strings.NewReplacer(old, new, ...).Replace(s)
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if pairs := t.replacer(sel.X, depth+1); pairs != nil {
					return t.replace(t.trace(e.Args[0], depth+1), pairs, -1, depth)
				}
			}
		case fn.Name() == "String" && len(e.Args) == 0 && isMethodOf(fn, "net/url", "URL"):
			// u.String() of u, _ := url.Parse(x) or a url.URL literal
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return t.traceURL(sel.X, depth+1)
			}
		}
	case *ast.StarExpr, *ast.UnaryExpr, *ast.CompositeLit:
		// A url.URL value (smithy's Endpoint{URI: *u}).
		return t.traceURL(e, depth+1)
	}
	return holeT
}

// external is the template of a constant of another package: its value is
// in the export data, its literal is not in this package.
func (t *tracer) external(c *types.Const, use ast.Expr) template {
	if c.Pkg() == t.pass.Pkg || c.Val().Kind() != constant.String {
		return holeT
	}
	return template{{known: true, text: constant.StringVal(c.Val()), ext: c, use: use}}
}

func isMethodOf(fn *types.Func, pkgPath, typ string) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Recv() != nil && sdk.IsNamed(sig.Recv().Type(), pkgPath, typ, true)
}

// sprintf turns fmt.Sprintf(format, args...) into a template: the format's
// literal pieces and a hole per verb. Formats with explicit argument indexes
// or %% are not followed.
func (t *tracer) sprintf(call *ast.CallExpr, depth int) template {
	f := t.trace(call.Args[0], depth+1)
	if len(f) != 1 || f[0].isHole() || f[0].format {
		return holeT
	}
	p, s := f[0], f[0].text
	p.format = true
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
			return holeT
		}
		out = append(out, p.slice(start, i), part{})
		start = j + 1
		i = j
	}
	return append(out, p.slice(start, len(s)))
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// constInt reports an expression's constant int value, if any.
func constInt(info *types.Info, e ast.Expr) (int, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	n, ok := constant.Int64Val(constant.ToInt(tv.Value))
	return int(n), ok
}

// constString reports an expression's constant string value, if any.
func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
