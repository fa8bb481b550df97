package awssdk

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// findConfigs finds the config.LoadDefaultConfig calls, what their options
// set on each path, and where the configs they return go.
func (a *analyzer) findConfigs() {
	for _, c := range a.calls {
		call := c.call
		if !sdk.IsFunc(c.fn, sdk.V2Config, "LoadDefaultConfig") {
			continue
		}
		cfg := &Config{Call: call, File: c.file, Func: c.decl}
		a.configs[call] = cfg
		a.res.Configs = append(a.res.Configs, cfg)
		sc := a.prog.call(call)
		if sc == nil {
			cfg.Alts = []Settings{{Opaque: true, OpaqueNode: call}}
			cfg.Settings = cfg.Alts[0]
			continue
		}
		if len(call.Args) > 1 {
			cfg.Alts = a.optionPaths(sc.Call.Args[1], loadOptions)
			if call.Ellipsis.IsValid() {
				cfg.Options = a.sliceLit(sc.Call.Args[1])
				for _, alt := range cfg.Alts {
					cfg.Spread = cfg.Spread || alt.Opaque
				}
			}
		} else {
			cfg.Alts = []Settings{{}}
		}
		a.envDualStack(cfg, sc)
		cfg.Settings = mergePaths(cfg.Alts)
		for _, r := range *sc.Referrers() {
			if ex, ok := r.(*ssa.Extract); ok && ex.Index == 0 {
				a.follow(cfg, ex, map[ssa.Value]bool{})
			}
		}
	}
}

// envDualStack records os.Setenv("AWS_USE_DUALSTACK_ENDPOINT", "true"|"false")
// made on every path before the config is loaded, in the same function: the
// config reads it unless its options set the switch.
func (a *analyzer) envDualStack(cfg *Config, load *ssa.Call) {
	for _, b := range load.Parent().Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || !dominates(call, load) {
				continue
			}
			callee := call.Call.StaticCallee()
			if callee == nil || callee.Pkg == nil || sdk.Path(callee.Pkg.Pkg) != "os" || callee.Name() != "Setenv" {
				continue
			}
			k, ok1 := call.Call.Args[0].(*ssa.Const)
			v, ok2 := call.Call.Args[1].(*ssa.Const)
			if !ok1 || !ok2 || k.Value == nil || v.Value == nil || k.Value.Kind() != constant.String || constant.StringVal(k.Value) != "AWS_USE_DUALSTACK_ENDPOINT" {
				continue
			}
			st := sdk.Unknown
			switch constant.StringVal(v.Value) {
			case "true":
				st = sdk.Enabled
			case "false":
				st = sdk.Disabled
			}
			node := a.astCalls[call.Call.Pos()]
			for i := range cfg.Alts {
				if cfg.Alts[i].DualStack.Node == nil {
					cfg.Alts[i].DualStack = Setting{State: st, Node: node}
				}
			}
			cfg.EnvNode = node
		}
	}
}

// sliceLit returns the one slice literal an option slice is built from, when
// there is one: a fix adds to it.
func (a *analyzer) sliceLit(v ssa.Value) *ast.CompositeLit {
	var lit *ast.CompositeLit
	for _, s := range a.prog.sources(v) {
		var sl *ssa.Slice
		switch x := s.v.(type) {
		case *ssa.Slice:
			sl = x
		case *ssa.Call:
			// append(lit, ...): the literal is the first argument's.
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
				if l := a.sliceLit(x.Call.Args[0]); l != nil && (lit == nil || lit == l) {
					lit = l
					continue
				}
			}
			return nil
		case *ssa.Const:
			continue
		default:
			return nil
		}
		alloc, ok := sl.X.(*ssa.Alloc)
		if !ok {
			return nil
		}
		l := a.lits[alloc.Pos()]
		if l == nil || lit != nil && lit != l {
			return nil
		}
		lit = l
	}
	return lit
}

// follow finds where a config value goes: clients (they link themselves),
// copies, local variables, helpers of the package; anything else is where
// it escapes what the analysis sees.
func (a *analyzer) follow(cfg *Config, v ssa.Value, seen map[ssa.Value]bool) {
	if seen[v] || cfg.Escape != nil {
		return
	}
	seen[v] = true
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.DebugRef, *ssa.Field, *ssa.FieldAddr:
			// Reading a field (sess.Config.Credentials): not an escape.
		case *ssa.Phi:
			a.follow(cfg, r, seen)
		case *ssa.ChangeType:
			a.follow(cfg, r, seen)
		case *ssa.Store:
			if r.Val != v {
				continue
			}
			a.followStore(cfg, r, seen)
		case ssa.CallInstruction:
			a.followCall(cfg, r, v, seen)
		case *ssa.Return:
			cfg.escape(a.nodeAt(r.Pos()), "is returned")
		case *ssa.MakeInterface:
			a.follow(cfg, r, seen)
		case *ssa.Send:
			cfg.escape(a.nodeAt(r.Pos()), "is sent on a channel")
		default:
			cfg.escape(a.nodeAt(r.Pos()), "is used in a way dualstacklint does not follow")
		}
	}
}

// followStore follows a config stored at an address.
func (a *analyzer) followStore(cfg *Config, st *ssa.Store, seen map[ssa.Value]bool) {
	switch addr := st.Addr.(type) {
	case *ssa.Alloc:
		a.followAddr(cfg, addr, seen)
	case *ssa.Global:
		cfg.escape(a.nodeAt(st.Pos()), "is stored in the package-level variable "+addr.Name())
	case *ssa.Parameter, *ssa.FreeVar:
		a.followAddr(cfg, addr, seen)
	default:
		what := "a field or element"
		if site, ok := a.stores[st.Pos()]; ok {
			if as, ok := site.node.(*ast.AssignStmt); ok {
				for _, lhs := range as.Lhs {
					if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && sel.Sel.Pos() == st.Pos() {
						what = types.ExprString(lhs)
					}
				}
			}
		}
		cfg.escape(a.nodeAt(st.Pos()), "is stored in "+what)
	}
}

// followAddr follows the variable a config is stored in: its loads, and
// helpers of the package given its address.
func (a *analyzer) followAddr(cfg *Config, addr ssa.Value, seen map[ssa.Value]bool) {
	if seen[addr] {
		return
	}
	seen[addr] = true
	for _, r := range *addr.Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			a.follow(cfg, r, seen)
		case *ssa.Store:
			if r.Val == addr {
				cfg.escape(a.nodeAt(r.Pos()), "has its address stored")
			}
			// Otherwise another value: the value flow handles it.
		case *ssa.DebugRef, *ssa.FieldAddr:
			// A field: the value flow handles it.
		case *ssa.MakeClosure:
			fn := r.Fn.(*ssa.Function)
			for i, b := range r.Bindings {
				if b == addr {
					a.followAddr(cfg, fn.FreeVars[i], seen)
				}
			}
		case ssa.CallInstruction:
			common := r.Common()
			callee := common.StaticCallee()
			if callee != nil && callee.Pkg == a.prog.pkg && len(callee.Blocks) > 0 && !common.IsInvoke() {
				for i, arg := range common.Args {
					if arg == addr {
						a.followAddr(cfg, callee.Params[i], seen)
					}
				}
				continue
			}
			cfg.escape(a.nodeAt(r.Pos()), "has its address passed to "+a.calleeName(r))
		default:
			cfg.escape(a.nodeAt(r.Pos()), "has its address taken")
		}
	}
}

// followCall follows a config passed to a call.
func (a *analyzer) followCall(cfg *Config, call ssa.CallInstruction, v ssa.Value, seen map[ssa.Value]bool) {
	common := call.Common()
	callee := common.StaticCallee()
	if callee != nil && a.consumes(callee) {
		return // a client (linked by findClients) or an IMDS client
	}
	if callee != nil && callee.Name() == "Copy" && len(common.Args) == 1 && common.Args[0] == v {
		if c, ok := call.(*ssa.Call); ok {
			a.follow(cfg, c, seen)
			return
		}
	}
	if callee != nil && callee.Pkg == a.prog.pkg && len(callee.Blocks) > 0 && !common.IsInvoke() {
		// A helper of the package whose parameter only ever gets this
		// config: its clients are this config's.
		for i, arg := range common.Args {
			if arg == v && a.onlyGets(callee.Params[i], cfg) {
				a.follow(cfg, callee.Params[i], seen)
			} else if arg == v {
				cfg.escape(a.nodeAt(call.Pos()), "is passed to "+a.calleeName(call))
			}
		}
		return
	}
	if b, ok := common.Value.(*ssa.Builtin); ok && b.Name() == "len" {
		return
	}
	cfg.escape(a.nodeAt(call.Pos()), "is passed to "+a.calleeName(call))
}

// onlyGets reports whether every value a parameter can get is cfg.
func (a *analyzer) onlyGets(p *ssa.Parameter, cfg *Config) bool {
	for _, s := range a.prog.sources(p) {
		call, ok := s.v.(*ssa.Call)
		if !ok || a.configs[a.astCalls[call.Call.Pos()]] != cfg {
			return false
		}
	}
	return true
}

// consumes reports whether fn builds a client from a config or session
// (service clients, IMDS clients) or merely unwraps one (session.Must).
func (a *analyzer) consumes(fn *ssa.Function) bool {
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	path := sdk.Path(obj.Pkg())
	switch {
	case isClientConstructor(obj), v1ClientKind(obj):
		return true
	case path == sdk.V2IMDS, path == sdk.V1Module+"/aws/ec2metadata":
		return true
	}
	return false
}

// calleeName names the function a call calls, as the source spells it.
func (a *analyzer) calleeName(call ssa.CallInstruction) string {
	if syn := a.astCalls[call.Common().Pos()]; syn != nil {
		return types.ExprString(syn.Fun)
	}
	if callee := call.Common().StaticCallee(); callee != nil {
		return callee.Name()
	}
	return "a function value"
}

func (c *Config) escape(n ast.Node, why string) {
	if c.Escape == nil {
		c.Escape, c.EscapeWhy = n, why
	}
}
