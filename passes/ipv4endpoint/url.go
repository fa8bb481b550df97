package ipv4endpoint

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// traceURL follows a url.URL value (or a pointer to one) to the url.Parse
// call or the composite literal that made it.
func (t *tracer) traceURL(e ast.Expr, depth int) template {
	if depth > maxDepth {
		return holeT
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		if sdk.IsNamed(t.pass.TypesInfo.TypeOf(e), "net/url", "URL", false) {
			return t.urlLit(e, nil, depth)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return t.traceURL(e.X, depth+1)
		}
	case *ast.StarExpr:
		return t.traceURL(e.X, depth+1)
	case *ast.Ident:
		return t.urlVar(e, depth)
	}
	return holeT
}

// urlVar follows a variable holding a url.URL or *url.URL, assigned once:
// from url.Parse, or a literal whose fields may be set later (u.Host = ...).
func (t *tracer) urlVar(id *ast.Ident, depth int) template {
	v, _ := t.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || len(t.vars[v]) != 1 {
		return holeT
	}
	stores := t.fields[v]
	if value := t.vars[v][0]; value != nil {
		value = ast.Unparen(value)
		if u, ok := value.(*ast.UnaryExpr); ok && u.Op == token.AND {
			value = ast.Unparen(u.X)
		}
		if lit, ok := value.(*ast.CompositeLit); ok && sdk.IsNamed(t.pass.TypesInfo.TypeOf(lit), "net/url", "URL", false) {
			return t.urlLit(lit, stores, depth)
		}
		return holeT
	}
	for _, f := range []string{"Scheme", "Opaque", "User", "Host"} {
		if stores[f] != nil {
			return holeT // the parsed host or scheme is changed afterwards
		}
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
		if found != nil {
			return found
		}
	}
	return holeT
}

// urlLit renders a url.URL literal, with the fields stored later, the way
// (*url.URL).String does, up to the host: scheme://host, then a hole for
// anything after it. A field set more than once is a hole.
func (t *tracer) urlLit(lit *ast.CompositeLit, stores map[string][]ast.Expr, depth int) template {
	fields := map[string][]ast.Expr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return holeT
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			fields[key.Name] = append(fields[key.Name], kv.Value)
		}
	}
	for f, vs := range stores {
		fields[f] = append(fields[f], vs...)
	}
	field := func(name string) template {
		if vs := fields[name]; len(vs) == 1 {
			return t.trace(vs[0], depth+1)
		}
		return holeT
	}
	if fields["Host"] == nil || fields["Opaque"] != nil {
		return holeT
	}
	var out template
	if fields["Scheme"] != nil {
		out = append(out, field("Scheme")...)
		out = append(out, part{known: true, text: "://"})
	} else {
		out = append(out, part{known: true, text: "//"})
	}
	if fields["User"] != nil {
		out = append(out, part{}, part{known: true, text: "@"})
	}
	out = append(out, field("Host")...)
	for _, f := range []string{"Path", "RawPath", "RawQuery", "Fragment", "ForceQuery"} {
		if fields[f] != nil {
			return append(out, part{known: true, text: "/"}, part{})
		}
	}
	return out
}
