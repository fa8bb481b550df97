package ipv4endpoint

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// replacer returns the old, new pairs of a strings.Replacer value:
// strings.NewReplacer(pairs...) or a variable assigned one once.
func (t *tracer) replacer(e ast.Expr, depth int) []ast.Expr {
	if depth > maxDepth {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if sdk.IsFunc(sdk.Callee(t.pass.TypesInfo, e), "strings", "NewReplacer") && !e.Ellipsis.IsValid() && len(e.Args)%2 == 0 && len(e.Args) > 0 {
			return e.Args
		}
	case *ast.Ident:
		if v, _ := t.pass.TypesInfo.Uses[e].(*types.Var); v != nil && len(t.vars[v]) == 1 {
			return t.replacer(t.vars[v][0], depth+1)
		}
	}
	return nil
}

// replace applies old, new pairs to s as strings.Replacer and
// strings.Replace do: left to right, at each position the first pair whose
// old string matches, replacements not rescanned, at most limit matches
// (all when limit < 0). The old strings must be constants; each new string
// is traced, and a new value the analysis does not know becomes a hole
// spelled as its placeholder ({Region}), like a fmt.Sprintf verb.
func (t *tracer) replace(s template, pairs []ast.Expr, limit, depth int) template {
	var olds []string
	var news []template
	for i := 0; i+1 < len(pairs); i += 2 {
		old, ok := constString(t.pass.TypesInfo, pairs[i])
		if !ok || old == "" || strings.Contains(old, hole) {
			return holeT
		}
		nt := t.trace(pairs[i+1], depth+1)
		if len(nt) == 1 && nt[0].isHole() {
			nt = template{{name: old}}
		}
		olds = append(olds, old)
		news = append(news, nt)
	}
	// match returns the pair matching at the start of s, or -1.
	match := func(s string) int {
		for k, old := range olds {
			if strings.HasPrefix(s, old) {
				return k
			}
		}
		return -1
	}
	// A placeholder split over two parts ("{Reg" + "ion}") would be
	// missed: then the value is not followed at all.
	whole := 0
	for r, i := s.render(), 0; i < len(r) && (limit < 0 || whole < limit); i++ {
		if k := match(r[i:]); k >= 0 {
			whole++
			i += len(olds[k]) - 1
		}
	}
	var out template
	n := 0
	for _, p := range s {
		if p.isHole() {
			out = append(out, p)
			continue
		}
		prev := 0
		for i := 0; i < len(p.text) && (limit < 0 || n < limit); i++ {
			k := match(p.text[i:])
			if k < 0 {
				continue
			}
			n++
			if i > prev {
				out = append(out, p.slice(prev, i))
			}
			out = append(out, news[k]...)
			prev = i + len(olds[k])
			i = prev - 1
		}
		if prev < len(p.text) {
			out = append(out, p.slice(prev, len(p.text)))
		}
	}
	if n != whole {
		return holeT
	}
	return out
}
