package ipv4endpoint

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/rawsource"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const Name = "ipv4endpoint"

var Analyzer = &analysis.Analyzer{
	Name:     Name,
	Doc:      doc,
	URL:      dualstack.DocURL(Name),
	Run:      run,
	Requires: []*analysis.Analyzer{rawsource.Analyzer},
}

var all bool

func init() {
	Analyzer.Flags.BoolVar(&all, "all", false, "also report IPv4-only AWS hosts in any string constant of non-test code, not just those that reach an endpoint")
}

func run(pass *analysis.Pass) (any, error) {
	sinks := mayHaveSinks(pass.Pkg)
	if !all && !sinks {
		return nil, nil
	}
	// Every IPv4-only AWS hostname ends in one of a few suffixes,
	// literally: a package without them has nothing to report, unless it
	// uses another package's constant that has one.
	if !pass.ResultOf[rawsource.Analyzer].(rawsource.Mentions).Has(rawsource.AWSHost) &&
		!(sinks && rawsource.UsedConstants(pass.TypesInfo, pass.Pkg, rawsource.AWSHost)) {
		return nil, nil
	}
	c := &checker{pass: pass, tr: newTracer(pass), seen: map[token.Pos]bool{}, regions: awssdk.Regions.List()}
	insp := inspector.New(pass.Files)
	insp.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			c.call(n)
		case *ast.CompositeLit:
			c.lit(n)
		case *ast.AssignStmt:
			c.assign(n)
		}
	})
	if all {
		insp.Preorder([]ast.Node{(*ast.BasicLit)(nil)}, func(n ast.Node) {
			lit := n.(*ast.BasicLit)
			if lit.Kind == token.STRING {
				c.check(lit, "a string constant", "")
			}
		})
	}
	return nil, nil
}

// mayHaveSinks reports whether a package imports anything with an endpoint
// sink: the AWS SDKs or net/http. Others are skipped at once.
func mayHaveSinks(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		p := sdk.Path(imp)
		if p == "net/http" || strings.HasPrefix(p, sdk.V1Module+"/") || strings.HasPrefix(p, sdk.V2Module+"/") {
			return true
		}
	}
	return false
}

type checker struct {
	pass    *analysis.Pass
	tr      *tracer
	seen    map[token.Pos]bool // literals reported
	regions []string
	// signing is the SigningRegion set beside a resolver's URL, while that
	// URL is checked: a global host's regional replacement must sign for
	// its own region.
	signing *ast.KeyValueExpr
}

// call handles sinks that are function arguments.
func (c *checker) call(call *ast.CallExpr) {
	fn := sdk.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	path := sdk.Path(fn.Pkg())
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	sig := fn.Type().(*types.Signature)
	recv := sig.Recv()
	switch {
	case recv == nil && path == sdk.V2Config && fn.Name() == "WithBaseEndpoint":
		c.sink(arg(0), "config.WithBaseEndpoint", "")
	case recv == nil && sdk.V2Service(path) != "" && fn.Name() == "EndpointResolverFromURL":
		c.sink(arg(0), sdk.V2Service(path)+".EndpointResolverFromURL", sdk.V2Service(path))
	case recv != nil && sdk.IsNamed(recv.Type(), sdk.V1AWS, "Config", true) && fn.Name() == "WithEndpoint":
		c.sink(arg(0), "aws.Config.WithEndpoint", "")
	case recv == nil && path == "net/http":
		switch fn.Name() {
		case "Get", "Head", "Post", "PostForm":
			c.sink(arg(0), "http."+fn.Name(), "")
		case "NewRequest":
			c.sink(arg(1), "http.NewRequest", "")
		case "NewRequestWithContext":
			c.sink(arg(2), "http.NewRequestWithContext", "")
		}
	case recv != nil && sdk.IsNamed(recv.Type(), "net/http", "Client", true):
		switch fn.Name() {
		case "Get", "Head", "Post", "PostForm":
			c.sink(arg(0), "http.Client."+fn.Name(), "")
		}
	}
}

// sinkField says whether field name of a struct type is an endpoint sink,
// and for which service (BaseEndpoint of a service's Options).
func sinkField(t types.Type, name string) (what, service string, ok bool) {
	pkg, typ := sdk.NamedPath(t)
	switch {
	case name == "BaseEndpoint" && pkg == sdk.V2AWS && typ == "Config":
		return "aws.Config.BaseEndpoint", "", true
	case name == "BaseEndpoint" && pkg == sdk.V2Config && typ == "LoadOptions":
		return "config.LoadOptions.BaseEndpoint", "", true
	case name == "BaseEndpoint" && sdk.V2Service(pkg) != "" && typ == "Options":
		return sdk.V2Service(pkg) + ".Options.BaseEndpoint", sdk.V2Service(pkg), true
	case name == "URL" && pkg == sdk.V2AWS && typ == "Endpoint":
		return "aws.Endpoint.URL", "", true
	case name == "URI" && pkg == "github.com/aws/smithy-go/endpoints" && typ == "Endpoint":
		return "smithy endpoints.Endpoint.URI", "", true
	case name == "Endpoint" && pkg == sdk.V1AWS && typ == "Config":
		return "aws.Config.Endpoint", "", true
	case name == "URL" && pkg == sdk.V1Endpoints && typ == "ResolvedEndpoint":
		return "endpoints.ResolvedEndpoint.URL", "", true
	}
	return "", "", false
}

// lit handles sinks set in composite literals: Options{BaseEndpoint: ...}.
func (c *checker) lit(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	c.signing = nil
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "SigningRegion" {
				c.signing = kv
			}
		}
	}
	defer func() { c.signing = nil }()
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			if what, svc, ok := sinkField(t, key.Name); ok {
				c.sink(kv.Value, what, svc)
			}
		}
	}
}

// assign handles sinks set by assignment: o.BaseEndpoint = aws.String(...).
func (c *checker) assign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		s := c.pass.TypesInfo.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			continue
		}
		if what, svc, ok := sinkField(s.Recv(), sel.Sel.Name); ok {
			c.sink(as.Rhs[i], what, svc)
		}
	}
}

// sink checks a value that reaches an endpoint sink.
func (c *checker) sink(value ast.Expr, what, service string) {
	if value == nil {
		return
	}
	t := c.tr.trace(value, 0)
	c.report(t, what, service)
}

// check looks at one literal on its own (-all).
func (c *checker) check(lit *ast.BasicLit, what, service string) {
	if !strings.Contains(lit.Value, "amazonaws") {
		return
	}
	t := template{{}}
	if tt := c.tr.trace(lit, 0); len(tt) == 1 {
		t = tt
		if strings.Contains(tt[0].text, "%") {
			t = c.tr.sprintf(&ast.CallExpr{Args: []ast.Expr{lit}}, 0)
		}
	}
	c.report(t, what, service)
}

func (c *checker) report(t template, what, service string) {
	rendered := t.render()
	if !strings.Contains(rendered, "amazonaws") && !strings.Contains(rendered, "c2s.ic.gov") && !strings.Contains(rendered, "sgov.gov") && !strings.Contains(rendered, "adc-e.uk") && !strings.Contains(rendered, "hci.ic.gov") {
		return // every IPv4-only AWS suffix
	}
	f, ok := find(rendered, c.regions)
	if !ok {
		return
	}
	// Report at the literal holding the start of the host, or at the use
	// of another package's constant holding it.
	p, ok := t.at(f.start)
	var at ast.Node
	switch {
	case !ok:
		return
	case p.lit != nil:
		at = p.lit
	case p.ext != nil:
		at = p.use
	default:
		return
	}
	if c.seen[at.Pos()] {
		return
	}
	c.seen[at.Pos()] = true
	if file := c.fileOf(at.Pos()); dualstack.Skip(c.pass, file) {
		return
	}
	// Name the constant of another package when it holds the host's start
	// or the part a fix would change (not when it only gives the region).
	fix, fixable := edits(t, f)
	ext := p.ext
	if ext == nil && !fixable {
		ext = t.external(f.start, f.end)
	}
	names := t.holeNames(f.start, f.end)
	shown := replaceHoles(strings.TrimSuffix(rendered[f.start:f.end], "."), names)
	if ext != nil {
		shown += fmt.Sprintf(" (constant %s of package %s)", ext.Name(), ext.Pkg().Path())
	}
	h := f.host
	desc := h.Service
	if f.regionVar {
		desc += ", any region"
	} else if h.Region != "" && h.Region != "global" {
		desc += ", " + h.Region
	}
	msg := fmt.Sprintf("%s is an IPv4-only AWS endpoint (%s) used as %s: IPv6-only networks cannot reach it", shown, desc, what)
	d := analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Category: Name, URL: dualstack.DocURL(Name)}
	newShown := replaceHoles(f.newHost, names)
	switch {
	case service == "dynamodb" || (h.Service == "dynamodb" && strings.HasSuffix(what, "BaseEndpoint")):
		msg += "; DynamoDB rejects its dual-stack hostname as an endpoint override: remove BaseEndpoint and set UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
	case f.noFix == "" && (h.Form == "global" || h.Form == "s3-global") && c.signing != nil && !c.signsFor(f.newHost):
		msg += fmt.Sprintf("; its dual-stack form would be %s; no fix: that regional endpoint needs a SigningRegion of its own region, and this endpoint's SigningRegion is %s", newShown, types.ExprString(c.signing.Value))
	case f.noFix != "":
		if f.newHost != "" && !strings.HasPrefix(f.noFix, undocumented) && !strings.HasPrefix(f.noFix, "its dual-stack form") {
			msg += fmt.Sprintf("; its dual-stack form would be %s", newShown)
		}
		msg += "; no fix: " + f.noFix
	default:
		msg += "; use its dual-stack form " + newShown
		if h.Form == "global" || h.Form == "s3-global" {
			msg += " (" + h.Reason + ")"
		}
		if fixable {
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use the dual-stack endpoint " + newShown, TextEdits: fix}}
		} else if ext != nil {
			// The literal is in the other package: it is fixed there,
			// where this check reports it when that package uses it as
			// an endpoint too.
			msg += "; no fix: the literal is in another package; change the constant where it is declared"
			if pos := c.pass.Fset.Position(ext.Pos()); pos.IsValid() {
				msg += fmt.Sprintf(" (%s:%d)", filepath.Base(pos.Filename), pos.Line)
			}
		}
	}
	d.Message = msg
	c.pass.Report(d)
}

// signsFor reports whether the SigningRegion beside a URL is the region of
// the replacement host.
func (c *checker) signsFor(host string) bool {
	r, ok := constString(c.pass.TypesInfo, c.signing.Value)
	return ok && r != "" && strings.Contains(host, "."+r+".")
}

func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
