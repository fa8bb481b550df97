package legacydualstack

import (
	"fmt"
	"go/ast"
	"go/types"
	"path"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/fixes"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const Name = "legacydualstack"

var Analyzer = &analysis.Analyzer{
	Name:     Name,
	Doc:      doc,
	URL:      dualstack.DocURL(Name),
	Requires: []*analysis.Analyzer{awssdk.Analyzer},
	Run:      run,
}

const (
	v2Global = "EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
	v1Global = "UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled"
)

func run(pass *analysis.Pass) (any, error) {
	if !sdk.ImportsSDK(pass.Pkg) {
		return nil, nil
	}
	res := pass.ResultOf[awssdk.Analyzer].(*awssdk.Result)
	users := v1Users(res)
	insp := res.Inspector
	for c := range insp.Root().Preorder((*ast.File)(nil)) {
		file := c.Node().(*ast.File)
		if dualstack.Skip(pass, file) {
			continue
		}
		for n := range c.Preorder((*ast.AssignStmt)(nil), (*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
			switch n := n.Node().(type) {
			case *ast.AssignStmt:
				assign(pass, file, n, users)
			case *ast.CompositeLit:
				literal(pass, res, file, n, users)
			case *ast.CallExpr:
				chain(pass, n, users)
			}
		}
	}
	return nil, nil
}

// users are the clients a v1 aws.Config literal configures, when the
// analysis can tell (nil: it cannot).
type users map[*ast.CompositeLit][]*awssdk.Client

func v1Users(res *awssdk.Result) users {
	m := users{}
	for _, cfg := range res.Configs {
		if cfg.V1 && cfg.Escape == nil {
			for _, lit := range cfg.V1Lits {
				m[lit] = cfg.Clients
			}
		}
	}
	for _, cl := range res.Clients {
		for _, lit := range cl.V1Lits {
			m[lit] = append(m[lit], cl)
		}
	}
	return m
}

// legacyField reports whether the field name of struct type t is a
// deprecated S3-only dual-stack switch, and in which SDK.
func legacyField(t types.Type, name string) (v1, ok bool) {
	pkg, typ := sdk.NamedPath(t)
	switch {
	case name == "UseDualstack" && typ == "Options" && (pkg == sdk.V2Module+"/service/s3" || pkg == sdk.V2Module+"/service/s3control"):
		return false, true
	case name == "UseDualStack" && typ == "Config" && pkg == sdk.V1AWS:
		return true, true
	}
	return false, false
}

// assign handles o.UseDualstack = true (v2) and c.UseDualStack = aws.Bool(true) (v1).
func assign(pass *analysis.Pass, file *ast.File, as *ast.AssignStmt, users users) {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok {
		return
	}
	s := pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return
	}
	v1, ok := legacyField(s.Recv(), sel.Sel.Name)
	if !ok {
		return
	}
	recv := types.ExprString(sel.X)
	pkg, _ := sdk.NamedPath(s.Recv())
	switch sdk.BoolState(pass.TypesInfo, as.Rhs[0]) {
	case sdk.Disabled:
		return // false does nothing
	case sdk.Unknown:
		// A value known only at run time: still the deprecated switch;
		// the global one takes a state, not a bool, so no fix.
		value := "DualStackEndpointStateEnabled when " + types.ExprString(as.Rhs[0]) + " is true"
		pass.Report(diagFor(as, v1, path.Base(pkg), "no fix: set it to "+value))
		return
	}
	d := diagFor(as, v1, path.Base(pkg), "")
	var stmt string
	if v1 {
		eq, edits := fixes.Qualifier(pass, file, as.Pos(), sdk.V1Endpoints, "endpoints")
		stmt = recv + ".UseDualStackEndpoint = " + fixes.Qualify(eq, "DualStackEndpointStateEnabled")
		d.SuggestedFixes = fix(pass, file, edits, as, stmt)
	} else {
		aq, edits := fixes.Qualifier(pass, file, as.Pos(), sdk.V2AWS, "aws")
		stmt = recv + ".EndpointOptions.UseDualStackEndpoint = " + fixes.Qualify(aq, "DualStackEndpointStateEnabled")
		d.SuggestedFixes = fix(pass, file, edits, as, stmt)
	}
	pass.Report(d)
}

// literal handles s3.Options{UseDualstack: true} and aws.Config{UseDualStack: aws.Bool(true)}.
func literal(pass *analysis.Pass, res *awssdk.Result, file *ast.File, lit *ast.CompositeLit, users users) {
	t := pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	var legacy *ast.KeyValueExpr
	var v1 bool
	global := map[string]*ast.KeyValueExpr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if isV1, ok := legacyField(t, key.Name); ok {
			legacy, v1 = kv, isV1
		} else {
			global[key.Name] = kv
		}
	}
	if legacy == nil {
		return
	}
	state := sdk.BoolState(pass.TypesInfo, legacy.Value)
	if v1 {
		// The global switch in the same literal.
		if g := global["UseDualStackEndpoint"]; g != nil {
			if gs := sdk.EndpointState(pass.TypesInfo, g.Value); gs != sdk.Unset && gs != sdk.Unknown && gs != state && state != sdk.Unknown {
				pass.Report(disagree(legacy, true, gs))
			}
			return
		}
		if state != sdk.Enabled {
			return
		}
		clients := users[lit]
		d := diag(legacy, true, noEffect(clients))
		// The global switch turns dual-stack on for every client of the
		// config: each needs a verified endpoint.
		for _, cl := range clients {
			e := cl.Effective()
			if c := dualstack.ClientCoverage(res, cl, &e); !c.OK() {
				d.Message += "; " + c.Why()
				pass.Report(d)
				return
			}
		}
		eq, edits := fixes.Qualifier(pass, file, legacy.Pos(), sdk.V1Endpoints, "endpoints")
		d.SuggestedFixes = fix(pass, file, edits, legacy, "UseDualStackEndpoint: "+fixes.Qualify(eq, "DualStackEndpointStateEnabled"))
		pass.Report(d)
		return
	}
	// v2 Options literal.
	pkg, _ := sdk.NamedPath(t)
	svc := path.Base(pkg)
	if g := global["EndpointOptions"]; g != nil {
		if el, ok := ast.Unparen(g.Value).(*ast.CompositeLit); ok {
			for _, e := range el.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "UseDualStackEndpoint" {
						if gs := sdk.EndpointState(pass.TypesInfo, kv.Value); gs != sdk.Unset && gs != sdk.Unknown && gs != state && state != sdk.Unknown {
							pass.Report(disagree(legacy, false, gs))
						}
						return
					}
				}
			}
		}
		if state == sdk.Enabled {
			pass.Report(diagFor(legacy, false, svc, "")) // no fix: EndpointOptions is set elsewhere in the literal
		}
		return
	}
	if state != sdk.Enabled {
		return
	}
	d := diagFor(legacy, false, svc, "")
	q, ok := fixes.CallQualifier(pass.TypesInfo, optionsTypeExpr(lit))
	if ok {
		aq, edits := fixes.Qualifier(pass, file, legacy.Pos(), sdk.V2AWS, "aws")
		d.SuggestedFixes = fix(pass, file, edits, legacy, "EndpointOptions: "+fixes.Qualify(q, "EndpointResolverOptions")+"{UseDualStackEndpoint: "+fixes.Qualify(aq, "DualStackEndpointStateEnabled")+"}")
	}
	pass.Report(d)
}

// optionsTypeExpr returns the expression naming a literal's type (s3.Options),
// for its qualifier.
func optionsTypeExpr(lit *ast.CompositeLit) ast.Expr {
	if lit.Type == nil {
		return &ast.BadExpr{}
	}
	return lit.Type
}

// chain handles v1's cfg.WithUseDualStack(true): no setter for the global
// switch exists, so no fix.
func chain(pass *analysis.Pass, call *ast.CallExpr, users users) {
	fn := sdk.Callee(pass.TypesInfo, call)
	if fn == nil || fn.Name() != "WithUseDualStack" || len(call.Args) != 1 {
		return
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil || !sdk.IsNamed(recv.Type(), sdk.V1AWS, "Config", true) || sdk.BoolState(pass.TypesInfo, call.Args[0]) != sdk.Enabled {
		return
	}
	d := diag(call, true, "")
	d.Message += "; no fix: aws.Config has no WithUseDualStackEndpoint setter, so set UseDualStackEndpoint in an aws.Config literal"
	pass.Report(d)
}

func diag(n ast.Node, v1 bool, extra string) analysis.Diagnostic {
	return diagFor(n, v1, "s3", extra)
}

func diagFor(n ast.Node, v1 bool, service, extra string) analysis.Diagnostic {
	msg := service + ".Options.UseDualstack is deprecated and S3-only: set " + v2Global + ", the global switch (as use_dualstack_endpoint replaced the shared config's s3 = use_dualstack_endpoint)"
	if v1 {
		msg = "aws.Config.UseDualStack is deprecated and honoured only by S3 and S3 Control: set " + v1Global + ", the global switch (as use_dualstack_endpoint replaced the shared config's s3 = use_dualstack_endpoint)"
	}
	if extra != "" {
		msg += "; " + extra
	}
	return analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: Name, URL: dualstack.DocURL(Name), Message: msg}
}

// noEffect says which services a v1 config's UseDualStack does nothing for.
func noEffect(clients []*awssdk.Client) string {
	var others []string
	for _, cl := range clients {
		if s := cl.Service; s != "s3" && s != "s3control" && !slices.Contains(others, s) {
			others = append(others, s)
		}
	}
	if len(others) == 0 {
		return ""
	}
	return fmt.Sprintf("it has no effect on the %s client%s built from this config (the global switch turns %s on too)", dualstack.Serial(others), plural(others), pronoun(others))
}

func pronoun(s []string) string {
	if len(s) > 1 {
		return "them"
	}
	return "it"
}

func plural(s []string) string {
	if len(s) > 1 {
		return "s"
	}
	return ""
}

func disagree(legacy *ast.KeyValueExpr, v1 bool, global sdk.State) analysis.Diagnostic {
	old := "UseDualstack"
	if v1 {
		old = "UseDualStack"
	}
	d := analysis.Diagnostic{Pos: legacy.Pos(), End: legacy.End(), Category: Name, URL: dualstack.DocURL(Name)}
	d.Message = fmt.Sprintf("both the deprecated %s and UseDualStackEndpoint are set and disagree: UseDualStackEndpoint (%s) wins at run time, so dual-stack is %s; remove %s",
		old, global, map[sdk.State]string{sdk.Enabled: "on", sdk.Disabled: "off"}[global], old)
	return d
}

func fix(pass *analysis.Pass, file *ast.File, imports []analysis.TextEdit, n ast.Node, text string) []analysis.SuggestedFix {
	edits, ok := fixes.Formatted(pass, file, append(imports, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}))
	if !ok {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "Use the global dual-stack switch", TextEdits: edits}}
}
