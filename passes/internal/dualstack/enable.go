package dualstack

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/fixes"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const (
	enabled  = "DualStackEndpointStateEnabled"
	disabled = "DualStackEndpointStateDisabled"
)

// EnableConfig returns the fix that switches a v2 config's dual-stack on:
// Disabled becomes Enabled, or config.WithUseDualStackEndpoint(Enabled) is
// added to the call (or to its visible option slice).
func EnableConfig(pass *analysis.Pass, cfg *awssdk.Config) (analysis.SuggestedFix, bool) {
	const msg = "Enable dual-stack endpoints for this config"
	if cfg.DualStack.State == sdk.Disabled {
		edits, ok := flipDisabled(pass, cfg.File, cfg.DualStack.Node)
		return analysis.SuggestedFix{Message: msg, TextEdits: edits}, ok
	}
	if cfg.Opaque && cfg.Options == nil {
		return analysis.SuggestedFix{}, false
	}
	cq, ok := fixes.CallQualifier(pass.TypesInfo, cfg.Call.Fun)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	aq, edits := fixes.Qualifier(pass, cfg.File, cfg.Call.Pos(), sdk.V2AWS, "aws")
	opt := fixes.Qualify(cq, "WithUseDualStackEndpoint") + "(" + fixes.Qualify(aq, enabled) + ")"
	var edit analysis.TextEdit
	if cfg.Call.Ellipsis.IsValid() {
		if cfg.Options == nil {
			return analysis.SuggestedFix{}, false
		}
		edit, ok = fixes.AppendItem(pass, cfg.Options.Elts, cfg.Options.Lbrace, cfg.Options.Rbrace, opt)
	} else {
		edit, ok = fixes.AppendItem(pass, cfg.Call.Args, cfg.Call.Lparen, cfg.Call.Rparen, opt)
	}
	return analysis.SuggestedFix{Message: msg, TextEdits: append(edits, edit)}, ok
}

// EnableClient returns the fix that switches a v2 client's dual-stack on: its
// own Disabled becomes Enabled, or an option sets
// EndpointOptions.UseDualStackEndpoint (a line in its last option func
// literal, or a new option func).
func EnableClient(pass *analysis.Pass, cl *awssdk.Client) (analysis.SuggestedFix, bool) {
	const msg = "Enable dual-stack endpoints for this client"
	if cl.Own.DualStack.State == sdk.Disabled {
		edits, ok := flipDisabled(pass, cl.File, cl.Own.DualStack.Node)
		return analysis.SuggestedFix{Message: msg, TextEdits: edits}, ok
	}
	if cl.Base.DualStack.State == sdk.Disabled && cl.Origin == awssdk.FromOptions {
		edits, ok := flipDisabled(pass, cl.File, cl.Base.DualStack.Node)
		return analysis.SuggestedFix{Message: msg, TextEdits: edits}, ok
	}
	return setClient(pass, cl, enabled, msg)
}

// DisableClient returns the fix that opts a v2 client out of dual-stack
// explicitly (a deployment's AWS_USE_DUALSTACK_ENDPOINT=true would break
// it): an option sets EndpointOptions.UseDualStackEndpoint to Disabled.
func DisableClient(pass *analysis.Pass, cl *awssdk.Client) (analysis.SuggestedFix, bool) {
	return setClient(pass, cl, disabled, "Opt this client out of dual-stack endpoints")
}

// setClient adds the option that sets a v2 client's
// EndpointOptions.UseDualStackEndpoint to the aws constant state: a line in
// its last option func literal, or a new option func.
func setClient(pass *analysis.Pass, cl *awssdk.Client, state, msg string) (analysis.SuggestedFix, bool) {
	if n := len(cl.OptionLits); n > 0 && !cl.Call.Ellipsis.IsValid() {
		// A line at the end of the last option literal, with the aws
		// package named as it is visible there.
		lit := cl.OptionLits[n-1]
		if names := lit.Type.Params.List[0].Names; len(names) == 1 && names[0].Name != "_" {
			aq, edits := fixes.Qualifier(pass, cl.File, lit.Body.Rbrace, sdk.V2AWS, "aws")
			if edit, ok := fixes.AppendStmt(pass, lit, names[0].Name+".EndpointOptions.UseDualStackEndpoint = "+fixes.Qualify(aq, state)); ok {
				return analysis.SuggestedFix{Message: msg, TextEdits: append(edits, edit)}, true
			}
		}
	}
	aq, edits := fixes.Qualifier(pass, cl.File, cl.Call.Pos(), sdk.V2AWS, "aws")
	value := fixes.Qualify(aq, state)
	sq, ok := fixes.CallQualifier(pass.TypesInfo, cl.Call.Fun)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	opt := "func(o *" + fixes.Qualify(sq, "Options") + ") { o.EndpointOptions.UseDualStackEndpoint = " + value + " }"
	var edit analysis.TextEdit
	switch {
	case cl.Call.Ellipsis.IsValid() && cl.OptionsSlice != nil:
		edit, ok = fixes.AppendItem(pass, cl.OptionsSlice.Elts, cl.OptionsSlice.Lbrace, cl.OptionsSlice.Rbrace, opt)
	case cl.Call.Ellipsis.IsValid():
		return analysis.SuggestedFix{}, false
	default:
		edit, ok = fixes.AppendItem(pass, cl.Call.Args, cl.Call.Lparen, cl.Call.Rparen, opt)
	}
	return analysis.SuggestedFix{Message: msg, TextEdits: append(edits, edit)}, ok
}

// flipDisabled rewrites the DualStackEndpointStateDisabled a setting node
// (a config.WithUseDualStackEndpoint call, an assignment, a literal field)
// holds into Enabled, keeping its qualifier.
func flipDisabled(pass *analysis.Pass, file *ast.File, n ast.Node) ([]analysis.TextEdit, bool) {
	return flip(pass, file, n, sdk.V2AWS, "aws")
}

func flip(pass *analysis.Pass, file *ast.File, n ast.Node, pkgPath, pkgName string) ([]analysis.TextEdit, bool) {
	var value ast.Expr
	switch n := n.(type) {
	case *ast.CallExpr:
		if len(n.Args) == 1 {
			value = n.Args[0]
		}
	case *ast.AssignStmt:
		if len(n.Rhs) == 1 {
			value = n.Rhs[0]
		}
	case *ast.KeyValueExpr:
		value = n.Value
	}
	if value == nil || sdk.EndpointState(pass.TypesInfo, value) != sdk.Disabled {
		return nil, false
	}
	switch v := ast.Unparen(value).(type) {
	case *ast.SelectorExpr:
		if v.Sel.Name == disabled {
			return []analysis.TextEdit{{Pos: v.Sel.Pos(), End: v.Sel.End(), NewText: []byte(enabled)}}, true
		}
	case *ast.Ident:
		if v.Name == disabled { // dot import
			return []analysis.TextEdit{{Pos: v.Pos(), End: v.End(), NewText: []byte(enabled)}}, true
		}
	}
	// Some other constant expression: spell Enabled out.
	aq, edits := fixes.Qualifier(pass, file, value.Pos(), pkgPath, pkgName)
	return append(edits, analysis.TextEdit{Pos: value.Pos(), End: value.End(), NewText: []byte(fixes.Qualify(aq, enabled))}), true
}

// EnableV1 returns the fix that sets UseDualStackEndpoint:
// endpoints.DualStackEndpointStateEnabled in a v1 session's or client's
// aws.Config: Disabled becomes Enabled, or the field is added to its last
// aws.Config literal, to the session.Options literal, or as a new
// &aws.Config{...} argument. aws.NewConfig().With...() chains have no setter
// for it: no fix.
func EnableV1(pass *analysis.Pass, file *ast.File, call *ast.CallExpr, s *awssdk.Settings, lits []*ast.CompositeLit, chain bool, opts *ast.CompositeLit, msg string) (analysis.SuggestedFix, bool) {
	if s.DualStack.State == sdk.Disabled {
		edits, ok := flip(pass, file, s.DualStack.Node, sdk.V1Endpoints, "endpoints")
		return analysis.SuggestedFix{Message: msg, TextEdits: edits}, ok
	}
	return setV1(pass, file, call, s, lits, chain, opts, enabled, msg)
}

// DisableV1 returns the fix that opts a v1 client out of dual-stack
// explicitly: UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled
// in its aws.Config.
func DisableV1(pass *analysis.Pass, cl *awssdk.Client) (analysis.SuggestedFix, bool) {
	return setV1(pass, cl.File, cl.Call, &cl.Own, cl.V1Lits, cl.V1Chain, nil, disabled, "Opt this client out of dual-stack endpoints")
}

// setV1 sets UseDualStackEndpoint to the endpoints constant state in a v1
// session's or client's aws.Config.
func setV1(pass *analysis.Pass, file *ast.File, call *ast.CallExpr, s *awssdk.Settings, lits []*ast.CompositeLit, chain bool, opts *ast.CompositeLit, state, msg string) (analysis.SuggestedFix, bool) {
	// The deprecated UseDualStack: true in one of the literals becomes the
	// global field: the same edit legacydualstack's fix makes, so the two
	// fixes agree instead of conflicting.
	var legacy *ast.KeyValueExpr
	if kv, ok := s.LegacyDualStack.Node.(*ast.KeyValueExpr); ok && s.LegacyDualStack.State == sdk.Enabled && state == enabled {
		for _, lit := range lits {
			if slices.Contains(lit.Elts, ast.Expr(kv)) {
				legacy = kv
			}
		}
	}
	at := call.Pos()
	if legacy != nil {
		at = legacy.Pos()
	}
	eq, edits := fixes.Qualifier(pass, file, at, sdk.V1Endpoints, "endpoints")
	field := "UseDualStackEndpoint: " + fixes.Qualify(eq, state)
	var edit analysis.TextEdit
	ok := false
	switch {
	case legacy != nil:
		edit, ok = analysis.TextEdit{Pos: legacy.Pos(), End: legacy.End(), NewText: []byte(field)}, true
	case len(lits) > 0:
		lit := lits[len(lits)-1]
		edit, ok = fixes.AppendItem(pass, lit.Elts, lit.Lbrace, lit.Rbrace, field)
	case chain:
		return analysis.SuggestedFix{}, false
	default:
		aq, more := fixes.Qualifier(pass, file, call.Pos(), sdk.V1AWS, "aws")
		edits = append(edits, more...)
		if opts != nil {
			edit, ok = fixes.AppendItem(pass, opts.Elts, opts.Lbrace, opts.Rbrace, "Config: "+fixes.Qualify(aq, "Config")+"{"+field+"}")
		} else if len(call.Args) <= 1 && !call.Ellipsis.IsValid() {
			edit, ok = fixes.AppendItem(pass, call.Args, call.Lparen, call.Rparen, "&"+fixes.Qualify(aq, "Config")+"{"+field+"}")
		}
	}
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	all, ok := fixes.Formatted(pass, file, fixes.MergeInserts(append(edits, edit)))
	return analysis.SuggestedFix{Message: msg, TextEdits: all}, ok
}
