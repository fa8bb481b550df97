package awssdk

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// findV1Sessions finds the AWS SDK for Go v1 session constructors
// (session.NewSession, session.New, session.NewSessionWithOptions, through
// session.Must or not), what their configs set, and where they go.
func (a *analyzer) findV1Sessions() {
	for _, c := range a.calls {
		call, fn := c.call, c.fn
		if sdk.Path(fn.Pkg()) != sdk.V1Session || fn.Type().(*types.Signature).Recv() != nil {
			continue
		}
		cfg := &Config{Call: call, File: c.file, Func: c.decl, V1: true}
		sc := a.prog.call(call)
		switch fn.Name() {
		case "NewSession", "New":
			if sc == nil {
				cfg.opaque(call)
				break
			}
			cfg.Alts = a.v1ConfigList(sc.Call.Args[0], sc, &cfg.V1Lits, &cfg.V1Chain)
		case "NewSessionWithOptions":
			a.v1SessionOptions(cfg, call, sc)
		default:
			continue
		}
		if len(cfg.Alts) == 0 {
			cfg.Alts = []Settings{cfg.Settings}
		}
		cfg.Settings = mergePaths(cfg.Alts)
		a.configs[call] = cfg
		a.res.Configs = append(a.res.Configs, cfg)
		if sc == nil {
			continue
		}
		// session.Must(session.NewSession(...)): follow the Must call.
		var from ssa.Value = sc
		if outer := c.outer; outer != nil && sdk.IsFunc(sdk.Callee(a.info, outer), sdk.V1Session, "Must") {
			a.configs[outer] = cfg
			if oc := a.prog.call(outer); oc != nil {
				from = oc
			}
		}
		if _, tuple := from.Type().(*types.Tuple); tuple {
			for _, r := range *sc.Referrers() {
				if ex, ok := r.(*ssa.Extract); ok && ex.Index == 0 {
					a.follow(cfg, ex, map[ssa.Value]bool{})
				}
			}
			continue
		}
		a.follow(cfg, from, map[ssa.Value]bool{})
	}
}

// v1ConfigList returns what a variadic list of *aws.Config sets, per path.
func (a *analyzer) v1ConfigList(slice ssa.Value, at ssa.Instruction, lits *[]*ast.CompositeLit, chain *bool) []Settings {
	return a.foldElems(slice, func(v ssa.Value) []Settings { return a.v1Config(v, at, lits, chain, 0) })
}

// v1Config returns what one *aws.Config value sets, per path: &aws.Config{...}
// literals and aws.NewConfig().WithX(...) chains with the fields set on them
// before at, copies of them, nil.
func (a *analyzer) v1Config(v ssa.Value, at ssa.Instruction, lits *[]*ast.CompositeLit, chain *bool, depth int) []Settings {
	if depth > 8 {
		return []Settings{{Opaque: true, OpaqueNode: a.nodeAt(v.Pos())}}
	}
	var out []Settings
	for _, s := range a.prog.sources(v) {
		var set Settings
		switch x := s.v.(type) {
		case *ssa.Const: // nil
		case *ssa.Alloc:
			if !sdk.IsNamed(deref(x.Type()), sdk.V1AWS, "Config", false) {
				set.opaque(a.nodeAt(x.Pos()))
				break
			}
			if lit := a.lits[x.Pos()]; lit != nil {
				*lits = append(*lits, lit)
			}
			a.applyMuts(&set, v1Config, a.ptrMuts(x, at))
		case *ssa.Call:
			callee := x.Call.StaticCallee()
			switch {
			case callee != nil && callee.Name() == "NewConfig" && callee.Pkg != nil && sdk.Path(callee.Pkg.Pkg) == sdk.V1AWS:
				*chain = true
				a.applyMuts(&set, v1Config, a.ptrMuts(x, at))
			case callee != nil && callee.Signature.Recv() != nil && sdk.IsNamed(callee.Signature.Recv().Type(), sdk.V1AWS, "Config", true):
				*chain = true
				syn := a.astCalls[x.Call.Pos()]
				field, ok := optionFuncs[v1Config][callee.Name()]
				if syn == nil || !ok && !strings.HasPrefix(callee.Name(), "With") {
					set.opaque(a.nodeAt(x.Pos())) // MergeIn, ...
					break
				}
				for _, recv := range a.v1Config(x.Call.Args[0], at, lits, chain, depth+1) {
					var arg ast.Expr
					var sv ssa.Value
					if len(syn.Args) == 1 && len(x.Call.Args) == 2 {
						arg, sv = syn.Args[0], x.Call.Args[1]
					}
					if ok { // other With... setters set nothing the model tracks
						a.applyField(&recv, v1Config, field, arg, sv, syn, false)
					}
					a.applyMuts(&recv, v1Config, a.ptrMuts(x, at))
					out = append(out, recv)
				}
				continue
			default:
				set.opaque(a.nodeAt(x.Pos()))
			}
		default:
			set.opaque(a.nodeAt(v.Pos()))
		}
		out = append(out, set)
	}
	return out
}

// ptrMuts returns the field stores through a pointer that happen before at
// (conditional unless on every path to it).
func (a *analyzer) ptrMuts(p ssa.Value, at ssa.Instruction) []mut {
	f := &flow{p: a.prog, seen: map[ssa.Value]bool{}}
	var out []mut
	var walk func(v ssa.Value)
	walk = func(v ssa.Value) {
		refs := v.Referrers()
		if refs == nil {
			return
		}
		for _, r := range *refs {
			if r == at || at != nil && r.Block() != nil && at.Block() != nil && r.Parent() == at.Parent() && dominates(at, r) {
				continue // the use itself, or later
			}
			if fa, ok := r.(*ssa.FieldAddr); ok && fa.X == v {
				walk(fa)
				continue
			}
			if call, ok := r.(*ssa.Call); ok && isV1ConfigMethod(call) && call.Call.Args[0] == v && used(call) {
				continue // a With...() chain: the value flow follows it
			}
			if m, ok := f.mutation(p, r); ok {
				for i := range m {
					m[i].cond = at == nil || r.Parent() != at.Parent() || !dominates(r, at)
				}
				out = append(out, m...)
			}
		}
	}
	walk(p)
	return out
}

// v1SessionOptions records NewSessionWithOptions(session.Options{Config:
// aws.Config{...}, SharedConfigState: ...}).
func (a *analyzer) v1SessionOptions(cfg *Config, call *ast.CallExpr, sc *ssa.Call) {
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
				if pv := a.prog.value(v.X); pv != nil && sc != nil {
					cfg.Alts = a.v1Config(pv, sc, &cfg.V1Lits, &cfg.V1Chain, 0)
					continue
				}
				cfg.opaque(kv.Value)
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
	for i := range cfg.Alts {
		cfg.Alts[i].merge(&cfg.Settings)
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
	for _, c := range a.calls {
		call, fn := c.call, c.fn
		if !v1ClientKind(fn) || len(call.Args) == 0 {
			continue
		}
		cl := &Client{
			Call:    call,
			File:    c.file,
			V1:      true,
			Func:    c.decl,
			Service: sdk.V1Service(sdk.Path(fn.Pkg())),
			Pkg:     fn.Pkg(),
			Pos:     call.Pos(),
		}
		origins := []Path{{Origin: FromOpaque}}
		own := []Settings{{}}
		if sc := a.prog.call(call); sc != nil {
			origins = a.configOrigins(sc.Call.Args[0], v1Config)
			own = a.v1ConfigList(sc.Call.Args[1], sc, &cl.V1Lits, &cl.V1Chain)
		}
		if call.Ellipsis.IsValid() {
			cl.Spread = true
		}
		a.setPaths(cl, origins, own)
		a.res.Clients = append(a.res.Clients, cl)
	}
}

// isV1ConfigMethod reports whether call calls a method of v1's *aws.Config.
func isV1ConfigMethod(call *ssa.Call) bool {
	callee := call.Call.StaticCallee()
	return callee != nil && callee.Signature.Recv() != nil && sdk.IsNamed(callee.Signature.Recv().Type(), sdk.V1AWS, "Config", true)
}

// used reports whether a value is used (other than by debug references).
func used(v ssa.Value) bool {
	for _, r := range *v.Referrers() {
		if _, ok := r.(*ssa.DebugRef); !ok {
			return true
		}
	}
	return false
}
