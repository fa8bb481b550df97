package plan

// The deprecated S3-only dual-stack switches (legacydualstack).

import (
	"go/ast"
	"go/types"
	"path"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/fixes"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// legacy decides the legacydualstack findings of the package's files.
func (d *decider) legacy() {
	users := v1Users(d.res)
	for _, file := range d.pass.Files {
		if dualstack.Skip(d.pass, file) {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				d.legacyAssign(file, n)
			case *ast.CompositeLit:
				d.legacyLiteral(file, n, users)
			case *ast.CallExpr:
				d.legacyChain(file, n)
			}
			return true
		})
	}
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
func (d *decider) legacyAssign(file *ast.File, as *ast.AssignStmt) {
	pass := d.pass
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
		d.reportDiag(Legacy, file, legacyDiag(as, v1, path.Base(pkg), "no fix: set it to "+value))
		return
	}
	diag := legacyDiag(as, v1, path.Base(pkg), "")
	var stmt string
	if v1 {
		eq, edits := fixes.Qualifier(pass, file, as.Pos(), sdk.V1Endpoints, "endpoints")
		stmt = recv + ".UseDualStackEndpoint = " + fixes.Qualify(eq, "DualStackEndpointStateEnabled")
		diag.SuggestedFixes = legacyFix(pass, file, edits, as, stmt)
	} else {
		aq, edits := fixes.Qualifier(pass, file, as.Pos(), sdk.V2AWS, "aws")
		stmt = recv + ".EndpointOptions.UseDualStackEndpoint = " + fixes.Qualify(aq, "DualStackEndpointStateEnabled")
		diag.SuggestedFixes = legacyFix(pass, file, edits, as, stmt)
	}
	d.reportDiag(Legacy, file, diag)
}

// literal handles s3.Options{UseDualstack: true} and aws.Config{UseDualStack: aws.Bool(true)}.
func (d *decider) legacyLiteral(file *ast.File, lit *ast.CompositeLit, users users) {
	pass, res := d.pass, d.res
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
				d.reportDiag(Legacy, file, legacyDisagree(legacy, true, gs))
			}
			return
		}
		if state != sdk.Enabled {
			return
		}
		clients := users[lit]
		diag := legacyDiag(legacy, true, "s3", noEffect(clients))
		// The global switch turns dual-stack on for every client of the
		// config: each needs a verified endpoint.
		for _, cl := range clients {
			e := cl.Effective()
			if c := dualstack.ClientCoverage(res, cl, &e); !c.OK() {
				diag.Message += "; " + c.Why()
				d.reportDiag(Legacy, file, diag)
				return
			}
		}
		eq, edits := fixes.Qualifier(pass, file, legacy.Pos(), sdk.V1Endpoints, "endpoints")
		diag.SuggestedFixes = legacyFix(pass, file, edits, legacy, "UseDualStackEndpoint: "+fixes.Qualify(eq, "DualStackEndpointStateEnabled"))
		d.reportDiag(Legacy, file, diag)
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
							d.reportDiag(Legacy, file, legacyDisagree(legacy, false, gs))
						}
						return
					}
				}
			}
		}
		if state == sdk.Enabled {
			d.reportDiag(Legacy, file, legacyDiag(legacy, false, svc, "")) // no fix: EndpointOptions is set elsewhere in the literal
		}
		return
	}
	if state != sdk.Enabled {
		return
	}
	diag := legacyDiag(legacy, false, svc, "")
	q, ok := fixes.CallQualifier(pass.TypesInfo, optionsTypeExpr(lit))
	if ok {
		aq, edits := fixes.Qualifier(pass, file, legacy.Pos(), sdk.V2AWS, "aws")
		diag.SuggestedFixes = legacyFix(pass, file, edits, legacy, "EndpointOptions: "+fixes.Qualify(q, "EndpointResolverOptions")+"{UseDualStackEndpoint: "+fixes.Qualify(aq, "DualStackEndpointStateEnabled")+"}")
	}
	d.reportDiag(Legacy, file, diag)
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
func (d *decider) legacyChain(file *ast.File, call *ast.CallExpr) {
	pass := d.pass
	fn := sdk.Callee(pass.TypesInfo, call)
	if fn == nil || fn.Name() != "WithUseDualStack" || len(call.Args) != 1 {
		return
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil || !sdk.IsNamed(recv.Type(), sdk.V1AWS, "Config", true) || sdk.BoolState(pass.TypesInfo, call.Args[0]) != sdk.Enabled {
		return
	}
	diag := legacyDiag(call, true, "s3", "")
	diag.Message += "; " + msgNoV1Global
	d.reportDiag(Legacy, file, diag)
}

func legacyFix(pass *analysis.Pass, file *ast.File, imports []analysis.TextEdit, n ast.Node, text string) []analysis.SuggestedFix {
	edits, ok := fixes.Formatted(pass, file, append(imports, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}))
	if !ok {
		return nil
	}
	return []analysis.SuggestedFix{{Message: fixLegacy, TextEdits: edits}}
}
