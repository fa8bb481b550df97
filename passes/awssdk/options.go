package awssdk

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// applyField records that path (e.g. "EndpointOptions.UseDualStackEndpoint")
// of a target is set to value (nil: unknown) at node; sv is the value in SSA
// form when known, for values that are not constants (regions chosen
// between constants).
func (a *analyzer) applyField(s *Settings, t target, path string, value ast.Expr, sv ssa.Value, node ast.Node, cond bool) {
	sw := fieldSwitches[t][path]
	if sw == swEndpointOptions {
		if lit, ok := ast.Unparen(value).(*ast.CompositeLit); ok {
			// A new struct: what it does not set is unset again.
			s.DualStack.set(sdk.Unset, node, cond)
			s.FIPS.set(sdk.Unset, node, cond)
			a.applyLit(s, t, path, lit, cond)
			return
		}
		s.DualStack.set(sdk.Unknown, node, cond)
		s.FIPS.set(sdk.Unknown, node, cond)
		return
	}
	state := func(f func(*types.Info, ast.Expr) sdk.State) sdk.State {
		if value == nil {
			return sdk.Unknown
		}
		return f(a.info, value)
	}
	isNil := value != nil && a.info.Types[value].IsNil()
	switch sw {
	case swDualStack:
		s.DualStack.set(state(sdk.EndpointState), node, cond)
	case swFIPS:
		st := state(sdk.EndpointState)
		if st == sdk.Unknown {
			st = state(sdk.BoolState) // v1 WithUseFIPSEndpoint(bool)
		}
		s.FIPS.set(st, node, cond)
	case swLegacyDualStack:
		s.LegacyDualStack.set(state(sdk.BoolState), node, cond)
	case swAccelerate:
		s.Accelerate.set(state(sdk.BoolState), node, cond)
	case swRegion:
		s.region(a.regions(value, sv), node, cond)
	case swBaseEndpoint:
		if isNil {
			return
		}
		if value != nil {
			s.BaseEndpoints = append(s.BaseEndpoints, value)
		}
		if t == v1Config {
			// Endpoint: "" is v1's default, and one from a flag or the
			// environment usually is; v1 ignores dual-stack when it is
			// set, so only a constant one is a custom endpoint.
			if r, ok := sdk.StringConst(a.info, value); !ok || r == "" {
				return
			}
		}
		s.custom(node, BaseEndpoint)
	case swResolver:
		if !isNil && !a.fallsBack(value) {
			s.custom(node, Resolver)
		}
	case swResolverV2:
		if !isNil && !a.isDefaultResolverV2(value) {
			s.custom(node, ResolverV2)
		}
	}
}

// regions returns the constant regions a region value may have: one for a
// constant, several for a variable set to one of several constants, none
// when any candidate is not a constant.
func (a *analyzer) regions(value ast.Expr, sv ssa.Value) []string {
	if value == nil {
		return nil
	}
	if r, ok := sdk.StringConst(a.info, value); ok {
		return []string{r}
	}
	if sv == nil {
		sv = a.prog.value(value)
	}
	if sv == nil {
		return nil
	}
	var out []string
	for _, s := range a.prog.sources(sv) {
		c, ok := s.v.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.String {
			return nil
		}
		out = append(out, constant.StringVal(c.Value))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// applyLit records the fields of a composite literal of the target type (or
// of its EndpointOptions when prefix is "EndpointOptions").
func (a *analyzer) applyLit(s *Settings, t target, prefix string, lit *ast.CompositeLit, cond bool) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			s.opaque(lit) // positional fields: rare, not worth following
			return
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		path := key.Name
		if prefix != "" {
			path = prefix + "." + key.Name
		}
		a.applyField(s, t, path, kv.Value, nil, kv, cond)
	}
}

// applyMuts records the field stores on a value's path (a literal's fields,
// cfg.Region = r, a helper given &cfg).
func (a *analyzer) applyMuts(s *Settings, t target, muts []mut) {
	for _, m := range muts {
		if m.store == nil {
			s.opaque(a.nodeAt(m.any))
			continue
		}
		site, ok := a.stores[m.store.Pos()]
		if !ok {
			// A store with no syntax of its own (a literal's zeroed
			// fields): only what resets a tracked switch matters.
			if fieldSwitches[t][m.path] != 0 {
				s.opaque(a.nodeAt(m.store.Pos()))
			}
			continue
		}
		a.applyField(s, t, m.path, site.value, m.store.Val, site.node, m.cond)
	}
}

// isDefaultResolverV2 reports whether e is svc.NewDefaultEndpointResolverV2().
func (a *analyzer) isDefaultResolverV2(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := sdk.Callee(a.info, call)
	return fn != nil && fn.Name() == "NewDefaultEndpointResolverV2" && sdk.V2Service(sdk.Path(fn.Pkg())) != ""
}

// optionPaths returns, per path, the settings a variadic option argument (a
// slice value) makes: one alternative per way the slice can be built.
func (a *analyzer) optionPaths(slice ssa.Value, t target) []Settings {
	return a.foldElems(slice, func(v ssa.Value) []Settings { return a.optionAlts(v, t) })
}

// foldElems applies the settings of a slice's elements (each, per path,
// from settingsOf) in order, one result per way the slice can be built.
// Paths with the same settings are one; past maxSrcs they are merged into
// one (the switches they disagree on are Unknown).
func (a *analyzer) foldElems(slice ssa.Value, settingsOf func(ssa.Value) []Settings) []Settings {
	if slice == nil {
		return []Settings{{Opaque: true}}
	}
	var out []Settings
	for _, elems := range a.sliceElems(slice, 0) {
		paths := []Settings{{}}
		for _, e := range elems {
			var opts []Settings
			if e.v == nil {
				opts = []Settings{{Opaque: true, OpaqueNode: a.nodeAt(slice.Pos())}}
			} else {
				opts = settingsOf(e.v)
			}
			var next []Settings
			for _, p := range paths {
				var with []Settings
				if e.cond {
					with = append(with, p) // without the element
				}
				for _, opt := range opts {
					q := p
					q.BaseEndpoints = slices.Clip(q.BaseEndpoints)
					q.merge(&opt)
					with = append(with, q)
				}
				if e.cond {
					with = []Settings{mergePaths(with)}
				}
				next = append(next, with...)
			}
			paths = distinct(next)
			if len(paths) > maxSrcs {
				paths = []Settings{mergePaths(paths)}
			}
		}
		out = append(out, paths...)
	}
	out = distinct(out)
	if len(out) > maxSrcs {
		out = []Settings{mergePaths(out)}
	}
	return out
}

// An elem is an element of a slice: its value (nil: one the analysis
// cannot see), and whether it is there on every way the slice is built.
type elem struct {
	v    ssa.Value
	cond bool
}

// sliceElems returns the elements of a slice, one list per way it can be
// built (a literal, appends, a helper's returns). A slice built in more
// ways than maxSrcs (options appended under many conditions) is one list
// of every element it may hold, each conditional.
func (a *analyzer) sliceElems(v ssa.Value, depth int) [][]elem {
	if depth > 8 {
		return [][]elem{{{}}}
	}
	var out [][]elem
	for _, s := range a.prog.sources(v) {
		switch x := s.v.(type) {
		case *ssa.Const: // nil
			out = append(out, nil)
		case *ssa.Slice:
			alloc, ok := x.X.(*ssa.Alloc)
			if !ok {
				out = append(out, []elem{{}})
				continue
			}
			out = append(out, arrayElems(alloc, false))
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" && len(x.Call.Args) == 2 {
				for _, base := range a.sliceElems(x.Call.Args[0], depth+1) {
					for _, more := range a.sliceElems(x.Call.Args[1], depth+1) {
						out = append(out, append(slices.Clip(base), more...))
					}
				}
				continue
			}
			out = append(out, []elem{{}})
		default:
			if s.capped {
				return [][]elem{a.anyElems(v, map[ssa.Value]bool{})}
			}
			out = append(out, []elem{{}})
		}
		if len(out) > maxSrcs {
			return [][]elem{a.anyElems(v, map[ssa.Value]bool{})}
		}
	}
	return out
}

// anyElems returns every element a slice may hold, each conditional: the
// elements of every literal and append it may be built from.
func (a *analyzer) anyElems(v ssa.Value, seen map[ssa.Value]bool) []elem {
	if seen[v] {
		return nil
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Const:
		return nil
	case *ssa.Phi:
		var out []elem
		for _, e := range x.Edges {
			out = append(out, a.anyElems(e, seen)...)
		}
		return out
	case *ssa.ChangeType:
		return a.anyElems(x.X, seen)
	case *ssa.Slice:
		if alloc, ok := x.X.(*ssa.Alloc); ok {
			return arrayElems(alloc, true)
		}
	case *ssa.UnOp:
		// A variable whose address is taken: every value stored in it.
		if alloc, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
			var out []elem
			for _, r := range *alloc.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == ssa.Value(alloc) {
					out = append(out, a.anyElems(st.Val, seen)...)
				}
			}
			return out
		}
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" && len(x.Call.Args) == 2 {
			return append(a.anyElems(x.Call.Args[0], seen), a.anyElems(x.Call.Args[1], seen)...)
		}
		if callee := x.Call.StaticCallee(); callee != nil && callee.Pkg == a.prog.pkg {
			var out []elem
			for _, b := range returns(callee) {
				if ret := b.Instrs[len(b.Instrs)-1].(*ssa.Return); len(ret.Results) == 1 {
					out = append(out, a.anyElems(ret.Results[0], seen)...)
				}
			}
			return out
		}
	}
	return []elem{{cond: true}} // something the analysis cannot see
}

// distinct drops settings equal to an earlier one.
func distinct(paths []Settings) []Settings {
	out := paths[:0:0]
	for _, p := range paths {
		if !slices.ContainsFunc(out, func(q Settings) bool { return sameSettings(&p, &q) }) {
			out = append(out, p)
		}
	}
	return out
}

// sameSettings reports whether two paths' settings are the same.
func sameSettings(a, b *Settings) bool {
	return a.DualStack == b.DualStack && a.LegacyDualStack == b.LegacyDualStack && a.FIPS == b.FIPS && a.Accelerate == b.Accelerate &&
		a.Region == b.Region && slices.Equal(a.Regions, b.Regions) && a.RegionNode == b.RegionNode && a.RegionSet == b.RegionSet &&
		a.CustomEndpoint == b.CustomEndpoint && a.CustomKind == b.CustomKind && slices.Equal(a.BaseEndpoints, b.BaseEndpoints) &&
		a.Opaque == b.Opaque && a.OpaqueNode == b.OpaqueNode
}

// arrayElems returns the values stored into the elements of a local array
// (a slice literal's or a variadic call's backing array), in order.
func arrayElems(alloc *ssa.Alloc, cond bool) []elem {
	arr, ok := deref(alloc.Type()).Underlying().(*types.Array)
	if !ok {
		return []elem{{cond: cond}}
	}
	vals := make([]ssa.Value, arr.Len())
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok {
			return []elem{{cond: cond}}
		}
		i := c.Int64()
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ssa.Value(ia) && i < int64(len(vals)) {
				vals[i] = st.Val
			}
		}
	}
	var out []elem
	for _, v := range vals {
		if v != nil {
			out = append(out, elem{v: v, cond: cond})
		}
	}
	return out
}

// optionAlts returns what one option func value sets, one Settings per
// function it may be.
func (a *analyzer) optionAlts(v ssa.Value, t target) []Settings {
	var out []Settings
	for _, s := range a.prog.sources(v) {
		var set Settings
		switch x := s.v.(type) {
		case *ssa.Const: // nil option
		case *ssa.Function:
			a.summarizeFunc(x, t, &set)
		case *ssa.MakeClosure:
			a.summarizeFunc(x.Fn.(*ssa.Function), t, &set)
		case *ssa.Call:
			a.optionCall(x, t, &set)
		default:
			set.opaque(a.nodeAt(v.Pos()))
		}
		out = append(out, set)
	}
	return out
}

// optionCall records what a call returning an option func sets: the SDK's
// config.With* and <service>.With* options.
func (a *analyzer) optionCall(call *ssa.Call, t target, s *Settings) {
	callee := call.Call.StaticCallee()
	syn := a.astCalls[call.Call.Pos()]
	if callee == nil || callee.Pkg == nil || syn == nil {
		s.opaque(a.nodeAt(call.Pos()))
		return
	}
	path := sdk.Path(callee.Pkg.Pkg)
	var field string
	switch {
	case t == loadOptions && path == sdk.V2Config:
		field = optionFuncs[loadOptions][callee.Name()]
		if field == "" {
			return // other config.With* options set nothing tracked
		}
	case t == clientOptions && sdk.V2Service(path) != "" && strings.HasPrefix(callee.Name(), "With"):
		field = optionFuncs[clientOptions][callee.Name()]
		if field == "" {
			return
		}
	default:
		s.opaque(syn)
		return
	}
	var arg ast.Expr
	var sv ssa.Value
	if len(syn.Args) == 1 {
		arg = syn.Args[0]
		sv = call.Call.Args[0]
	}
	a.applyField(s, t, field, arg, sv, syn, false)
	if t == clientOptions {
		// The node of a client option is the call, whatever it sets.
		if s.CustomEndpoint != nil {
			s.CustomEndpoint = syn
		}
	}
}

// summarizeFunc records the field stores an option func makes through its
// first parameter. Stores that do not happen on every path to a return are
// conditional; any other use of the parameter (passing it on, replacing it)
// makes the summary opaque.
func (a *analyzer) summarizeFunc(fn *ssa.Function, t target, s *Settings) {
	if len(fn.Params) == 0 || len(fn.Blocks) == 0 {
		s.opaque(a.nodeAt(fn.Pos()))
		return
	}
	p := fn.Params[0]
	f := &flow{p: a.prog, seen: map[ssa.Value]bool{}}
	// helperMuts makes any other use of the parameter, *o = Options{...}
	// included, a change the analysis cannot see.
	muts := f.helperMuts(p, "")
	slices.SortStableFunc(muts, func(x, y mut) int { return cmp.Compare(x.pos(), y.pos()) })
	a.applyMuts(s, t, muts)
}

// fallsBack reports whether an endpoint resolver hands the SDK's own
// resolution back on some path, honouring dual-stack: a legacy v2 resolver
// returning &aws.EndpointNotFoundError{}, or a v1 resolver calling
// endpoints.DefaultResolver().EndpointFor(service, region, opts...).
func (a *analyzer) fallsBack(e ast.Expr) bool {
	if e == nil {
		return false
	}
	v := a.prog.value(e)
	if v == nil {
		return false
	}
	for _, s := range a.prog.sources(v) {
		var fn *ssa.Function
		switch x := s.v.(type) {
		case *ssa.Function:
			fn = x
		case *ssa.MakeClosure:
			fn = x.Fn.(*ssa.Function)
		case *ssa.Call:
			// A helper's result, or a conversion (aws.EndpointResolverWithOptionsFunc(f)).
			if callee := x.Call.StaticCallee(); callee != nil && callee.Pkg == a.prog.pkg {
				fn = callee
			}
		}
		if fn != nil && a.handsBack(fn, 0) {
			return true
		}
	}
	return false
}

func (a *analyzer) handsBack(fn *ssa.Function, depth int) bool {
	if depth > 3 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Alloc:
				if sdk.IsNamed(deref(x.Type()), sdk.V2AWS, "EndpointNotFoundError", false) {
					return true
				}
			case ssa.CallInstruction:
				// EndpointFor(service, region, opts...) of v1's default
				// resolver, given the caller's options: dual-stack is kept.
				c := x.Common()
				name, path := "", ""
				if c.IsInvoke() {
					name, path = c.Method.Name(), sdk.Path(c.Method.Pkg())
				} else if callee := c.StaticCallee(); callee != nil && callee.Pkg != nil {
					name, path = callee.Name(), sdk.Path(callee.Pkg.Pkg)
				}
				if n := len(c.Args); name == "EndpointFor" && path == sdk.V1Endpoints && n > 0 {
					if _, passedOn := c.Args[n-1].(*ssa.Parameter); passedOn {
						return true
					}
				}
			case *ssa.MakeClosure:
				if a.handsBack(x.Fn.(*ssa.Function), depth+1) {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if a.handsBack(anon, depth+1) {
			return true
		}
	}
	return false
}

// nodeAt returns a syntax node at pos for messages (an identifier
// standing in when no better node is known).
func (a *analyzer) nodeAt(pos token.Pos) ast.Node {
	if call := a.astCalls[pos]; call != nil {
		return call
	}
	return &ast.Ident{NamePos: pos, Name: "_"}
}
