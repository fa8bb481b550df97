package awssdk

import (
	"go/ast"
	"go/types"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// findV1Sessions finds the AWS SDK for Go v1 session constructors
// (session.NewSession, session.New, session.NewSessionWithOptions, through
// session.Must or not) and what their configs set.
func (a *analyzer) findV1Sessions() {
	for c := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := sdk.Callee(a.info, call)
		if fn == nil || sdk.Path(fn.Pkg()) != sdk.V1Session || fn.Type().(*types.Signature).Recv() != nil {
			continue
		}
		cfg := &Config{Call: call, File: a.fileOf(call.Pos()), Func: enclosingFunc(c), V1: true}
		switch fn.Name() {
		case "NewSession", "New":
			a.v1Configs(&cfg.Settings, call.Args, call.Ellipsis.IsValid(), &cfg.V1Lits, &cfg.V1Chain)
		case "NewSessionWithOptions":
			a.v1SessionOptions(cfg, call)
		default:
			continue
		}
		a.configs[call] = cfg
		a.res.Configs = append(a.res.Configs, cfg)
		// session.Must(session.NewSession(...)): follow the Must call.
		at := c
		if outer, ok := c.Parent().Node().(*ast.CallExpr); ok && sdk.IsFunc(sdk.Callee(a.info, outer), sdk.V1Session, "Must") {
			at = c.Parent()
			a.configs[outer] = cfg
		}
		a.followConfig(cfg, at)
	}
}

// v1Configs records what a list of *aws.Config arguments sets.
func (a *analyzer) v1Configs(s *Settings, args []ast.Expr, spread bool, lits *[]*ast.CompositeLit, chain *bool) {
	if spread {
		s.opaque(args[len(args)-1])
		return
	}
	for _, arg := range args {
		a.v1Config(s, arg, lits, chain, 0)
	}
}

// v1Config records what one *aws.Config expression sets: &aws.Config{...},
// aws.NewConfig().WithX(...)... chains, or a local variable holding one.
func (a *analyzer) v1Config(s *Settings, e ast.Expr, lits *[]*ast.CompositeLit, chain *bool, depth int) {
	e = ast.Unparen(e)
	if depth > maxDepth {
		s.opaque(e)
		return
	}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if lit, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && sdk.IsNamed(a.info.TypeOf(lit), sdk.V1AWS, "Config", false) {
			a.applyLit(s, v1Config, "", lit, false)
			*lits = append(*lits, lit)
			return
		}
	case *ast.CallExpr:
		fn := sdk.Callee(a.info, x)
		if sdk.IsFunc(fn, sdk.V1AWS, "NewConfig") {
			*chain = true
			return
		}
		if fn != nil && fn.Type().(*types.Signature).Recv() != nil && sdk.IsNamed(fn.Type().(*types.Signature).Recv().Type(), sdk.V1AWS, "Config", true) {
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			a.v1Config(s, sel.X, lits, chain, depth+1) // the receiver first
			*chain = true
			var arg ast.Expr
			if len(x.Args) == 1 {
				arg = x.Args[0]
			}
			switch fn.Name() {
			case "WithRegion":
				a.applyField(s, v1Config, "Region", arg, x, false)
			case "WithEndpoint":
				a.applyField(s, v1Config, "Endpoint", arg, x, false)
			case "WithUseDualStack":
				a.applyField(s, v1Config, "UseDualStack", arg, x, false)
			case "WithS3UseAccelerate":
				a.applyField(s, v1Config, "S3UseAccelerate", arg, x, false)
			case "WithEndpointResolver":
				a.applyField(s, v1Config, "EndpointResolver", arg, x, false)
			case "WithUseFIPSEndpoint":
				if st := sdk.BoolState(a.info, arg); st == sdk.Enabled {
					s.FIPS.set(sdk.Enabled, x, false)
				} else {
					s.FIPS.set(st, x, false)
				}
			case "MergeIn", "Copy":
				s.opaque(x)
			}
			return
		}
	case *ast.Ident:
		v := a.varOf(x)
		if v == nil || !a.isLocal(v) {
			break
		}
		if as := a.assigns[v]; len(as) == 1 && as[0].rhs != nil && !as[0].tuple {
			a.v1Config(s, as[0].rhs, lits, chain, depth+1)
			a.v1Mutations(s, v)
			return
		}
	}
	if a.info.Types[e].IsNil() {
		return
	}
	s.opaque(e)
}

// v1Mutations records c.Field = value assignments to a variable holding a
// *aws.Config.
func (a *analyzer) v1Mutations(s *Settings, v *types.Var) {
	for _, u := range a.uses[v] {
		sel, ok := u.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != u.Node() {
			continue
		}
		if as, ok := u.Parent().Parent().Node().(*ast.AssignStmt); ok {
			for i, lhs := range as.Lhs {
				if lhs == sel && len(as.Lhs) == len(as.Rhs) {
					a.applyField(s, v1Config, sel.Sel.Name, as.Rhs[i], as, false)
				}
			}
		}
	}
}

// v1SessionOptions records NewSessionWithOptions(session.Options{Config:
// aws.Config{...}, SharedConfigState: ...}).
func (a *analyzer) v1SessionOptions(cfg *Config, call *ast.CallExpr) {
	if len(call.Args) != 1 {
		cfg.opaque(call)
		return
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		cfg.opaque(call.Args[0])
		return
	}
	cfg.V1Options = lit
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			cfg.opaque(lit)
			return
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			continue
		}
		switch key.Name {
		case "Config":
			switch v := ast.Unparen(kv.Value).(type) {
			case *ast.CompositeLit:
				a.applyLit(&cfg.Settings, v1Config, "", v, false)
				cfg.V1Lits = append(cfg.V1Lits, v)
			case *ast.StarExpr:
				// Config: *cfg, with cfg a *aws.Config the analysis can follow.
				a.v1Config(&cfg.Settings, v.X, &cfg.V1Lits, &cfg.V1Chain, 0)
			default:
				cfg.opaque(kv.Value)
			}
		case "SharedConfigState":
			if tv := a.info.Types[kv.Value]; tv.Value != nil {
				switch tv.Value.String() {
				case "2":
					cfg.SharedConfig = sdk.Enabled
				case "1":
					cfg.SharedConfig = sdk.Disabled
				}
			}
		}
	}
}

// v1ClientKind reports whether fn is a v1 service package's
// New(p client.ConfigProvider, cfgs ...*aws.Config) *Svc.
func v1ClientKind(fn *types.Func) bool {
	if fn == nil || fn.Name() != "New" || fn.Pkg() == nil || sdk.V1Service(sdk.Path(fn.Pkg())) == "" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Params().Len() != 2 || !sig.Variadic() || sig.Results().Len() != 1 {
		return false
	}
	return sdk.IsNamed(sig.Params().At(0).Type(), sdk.V1Module+"/aws/client", "ConfigProvider", false)
}

// findV1Clients finds v1 service client constructions.
func (a *analyzer) findV1Clients() {
	for c := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := sdk.Callee(a.info, call)
		if !v1ClientKind(fn) || len(call.Args) == 0 {
			continue
		}
		cl := &Client{
			Call:    call,
			File:    a.fileOf(call.Pos()),
			V1:      true,
			Func:    enclosingFunc(c),
			Service: sdk.V1Service(sdk.Path(fn.Pkg())),
			Pkg:     fn.Pkg(),
			Pos:     call.Pos(),
		}
		a.v1SessionOrigin(cl, call.Args[0], map[*types.Var]bool{})
		a.v1Configs(&cl.Own, call.Args[1:], call.Ellipsis.IsValid(), &cl.V1Lits, &cl.V1Chain)
		if call.Ellipsis.IsValid() {
			cl.Spread = true
		}
		if cl.Origin == FromConfig {
			cl.Config.Clients = append(cl.Config.Clients, cl)
			cl.Base = cl.Config.Settings
		}
		a.res.Clients = append(a.res.Clients, cl)
	}
}

// v1SessionOrigin traces a v1 client's session argument.
func (a *analyzer) v1SessionOrigin(cl *Client, e ast.Expr, seen map[*types.Var]bool) {
	cl.Origin = FromOpaque
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if cfg := a.configs[x]; cfg != nil && cfg.V1 {
			cl.Origin, cl.Config = FromConfig, cfg
		}
	case *ast.Ident:
		v := a.varOf(x)
		if v == nil || !a.isLocal(v) || seen[v] {
			return
		}
		seen[v] = true
		var found *Config
		for _, as := range a.assigns[v] {
			var cfg *Config
			if call, ok := ast.Unparen(as.rhs).(*ast.CallExpr); ok && (as.index == 0 || !as.tuple) {
				cfg = a.configs[call]
			} else if as.rhs != nil && !as.tuple {
				sub := &Client{}
				a.v1SessionOrigin(sub, as.rhs, seen)
				cfg = sub.Config
			}
			if cfg == nil || (found != nil && found != cfg) {
				return
			}
			found = cfg
		}
		if found != nil {
			cl.Origin, cl.Config = FromConfig, found
		}
	}
}
