package awssdk

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// A src is where a value comes from on one path: a terminal value the
// analysis recognises (a call's result, a constant, a composite literal or
// zero value, a function) and the stores to its fields on the way to the
// use. Opaque sources (v == nil) come from what the package cannot see.
type src struct {
	v     ssa.Value // *ssa.Call, *ssa.Const, *ssa.Alloc, *ssa.Function, *ssa.MakeClosure, *ssa.Slice; nil: opaque
	index int       // the result index of a tuple-valued call
	muts  []mut
	at    token.Pos // opaque: where the value leaves what the analysis follows
	// capped: opaque because the value has more alternatives than
	// maxSrcs, not because something cannot be seen.
	capped bool
}

// A mut is a store to a field of a value (cfg.Region = r, an option literal's
// field), or a call that may change it.
type mut struct {
	store *ssa.Store
	path  string    // "EndpointOptions.UseDualStackEndpoint"
	cond  bool      // not on every path to the use
	any   token.Pos // a call the analysis cannot see into may change any field
}

// maxSrcs bounds the alternatives of one value: past it the value is opaque.
const maxSrcs = 16

// env binds the parameters of a function being followed into from a call
// site to that call's arguments.
type env struct {
	call   ssa.CallInstruction
	parent *env
}

// flow follows SSA values back to their sources within the package.
type flow struct {
	p     *program
	depth int
	seen  map[ssa.Value]bool
}

func (p *program) sources(v ssa.Value) []src {
	if p == nil || v == nil {
		return []src{{at: token.NoPos}}
	}
	f := &flow{p: p, seen: map[ssa.Value]bool{}}
	out := f.sources(v, nil)
	if len(out) > maxSrcs {
		return []src{{at: v.Pos(), capped: true}}
	}
	return out
}

func opaqueSrc(pos token.Pos) []src { return []src{{at: pos}} }

func (f *flow) sources(v ssa.Value, e *env) []src {
	if f.depth > 12 {
		return opaqueSrc(v.Pos())
	}
	if f.seen[v] {
		return nil // a loop: its other edges give the values
	}
	f.seen[v] = true
	defer delete(f.seen, v)
	f.depth++
	defer func() { f.depth-- }()

	switch v := v.(type) {
	case *ssa.Phi:
		var out []src
		for _, edge := range v.Edges {
			out = append(out, f.sources(edge, e)...)
			if len(out) > maxSrcs {
				return []src{{at: v.Pos(), capped: true}}
			}
		}
		return out
	case *ssa.ChangeType:
		return f.sources(v.X, e)
	case *ssa.MakeInterface:
		return f.sources(v.X, e)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return f.result(call, v.Index, e)
		}
	case *ssa.Call:
		return f.result(v, 0, e)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return f.load(v, e)
		}
	case *ssa.Parameter:
		return f.param(v, e)
	case *ssa.FreeVar:
		return f.freeVar(v, e)
	case *ssa.Const, *ssa.Function, *ssa.MakeClosure, *ssa.Alloc, *ssa.Slice:
		return []src{{v: v}}
	}
	return opaqueSrc(v.Pos())
}

// result follows the index'th result of a call: into each return of a
// function of the package, through Copy methods, or ends at the call.
func (f *flow) result(call *ssa.Call, index int, e *env) []src {
	common := call.Common()
	callee := common.StaticCallee()
	if callee != nil && callee.Pkg == f.p.pkg && len(callee.Blocks) > 0 {
		inner := &env{call: call, parent: e}
		var out []src
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
				out = append(out, f.sources(ret.Results[index], inner)...)
			}
		}
		return out
	}
	// aws.Config.Copy() (v2) and (*aws.Config).Copy() (v1) copy their
	// receiver: follow it.
	if callee != nil && callee.Name() == "Copy" && copiesOnly(common) && callee.Signature.Recv() != nil {
		if path, name := namedPath(callee.Signature.Recv().Type()); name == "Config" && strings.HasSuffix(path, "/aws") {
			return f.sources(common.Args[0], e)
		}
	}
	return []src{{v: call, index: index}}
}

// copiesOnly reports whether a Copy call copies its receiver alone (v1's
// Copy takes configs to merge in: only without them).
func copiesOnly(c *ssa.CallCommon) bool {
	switch len(c.Args) {
	case 1:
		return true
	case 2:
		k, ok := c.Args[1].(*ssa.Const)
		return ok && k.IsNil()
	}
	return false
}

// param follows a parameter to the arguments of the call being followed, or
// of every static call of its function in the package.
func (f *flow) param(p *ssa.Parameter, e *env) []src {
	fn := p.Parent()
	i := slices.Index(fn.Params, p)
	for ; e != nil; e = e.parent {
		if e.call.Common().StaticCallee() == fn {
			return f.sources(e.call.Common().Args[i], e.parent)
		}
	}
	// A function used as a value, or exported (other packages may call
	// it), may get anything.
	if f.p.escaped[fn] || len(f.p.callers[fn]) == 0 || fn.Object() != nil && fn.Object().Exported() {
		return opaqueSrc(p.Pos())
	}
	var out []src
	for _, call := range f.p.callers[fn] {
		if i >= len(call.Common().Args) {
			return opaqueSrc(p.Pos())
		}
		out = append(out, f.sources(call.Common().Args[i], nil)...)
	}
	return out
}

// freeVar follows a closure's free variable to what each closure binds.
func (f *flow) freeVar(fv *ssa.FreeVar, e *env) []src {
	fn := fv.Parent()
	i := slices.Index(fn.FreeVars, fv)
	var out []src
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				out = append(out, f.sources(mc.Bindings[i], e)...)
			}
		}
	}
	if len(out) == 0 {
		return opaqueSrc(fv.Pos())
	}
	return out
}

// load follows a load (*x): a local variable's stores that reach it, with
// the field stores on the way; a captured variable's stores.
func (f *flow) load(u *ssa.UnOp, e *env) []src {
	switch addr := u.X.(type) {
	case *ssa.Alloc:
		return f.reaching(addr, u, e)
	case *ssa.Global:
		// A package-level variable set once, by its declaration.
		if st := f.p.globals[addr]; len(st) == 1 && !f.p.globalsUsed[addr] && st[0].Parent().Synthetic == "package initializer" && addr.Pkg == f.p.pkg {
			return f.sources(st[0].Val, nil)
		}
	case *ssa.FreeVar:
		var out []src
		for _, s := range f.sources(addr, e) {
			if alloc, ok := s.v.(*ssa.Alloc); ok {
				out = append(out, f.anyStores(alloc, e)...)
			} else {
				out = append(out, src{at: u.Pos()})
			}
		}
		return out
	}
	return opaqueSrc(u.Pos())
}

// reaching returns the stores of a whole value to alloc that reach the
// instruction at (or alloc itself: its zero value or composite literal),
// each with the field stores found between them and at.
func (f *flow) reaching(alloc *ssa.Alloc, at ssa.Instruction, e *env) []src {
	var defs []ssa.Instruction
	var muts []mut
	visited := map[*ssa.BasicBlock]bool{}
	var walk func(b *ssa.BasicBlock, from int)
	walk = func(b *ssa.BasicBlock, from int) {
		for i := from; i >= 0; i-- {
			instr := b.Instrs[i]
			if instr == ssa.Instruction(alloc) {
				defs = append(defs, alloc)
				return
			}
			if st, ok := instr.(*ssa.Store); ok && st.Addr == ssa.Value(alloc) {
				defs = append(defs, st)
				return
			}
			if m, ok := f.mutation(alloc, instr); ok {
				for i := range m {
					m[i].cond = m[i].cond || !dominates(instr, at)
				}
				muts = append(muts, m...)
			}
		}
		for _, pred := range b.Preds {
			if !visited[pred] {
				visited[pred] = true
				walk(pred, len(pred.Instrs)-1)
			}
		}
	}
	b := at.Block()
	walk(b, slices.Index(b.Instrs, at)-1)
	slices.SortStableFunc(muts, func(a, b mut) int { return cmp.Compare(a.pos(), b.pos()) })
	var out []src
	for _, d := range defs {
		var ss []src
		if st, ok := d.(*ssa.Store); ok {
			ss = f.sources(st.Val, e)
		} else {
			ss = []src{{v: alloc}}
		}
		for _, s := range ss {
			s.muts = append(slices.Clip(s.muts), muts...)
			out = append(out, s)
		}
	}
	return out
}

// anyStores returns every whole-value store to a captured variable, with
// every field store as conditional: a closure may run at any time.
func (f *flow) anyStores(alloc *ssa.Alloc, e *env) []src {
	var out []src
	var muts []mut
	var closures []*ssa.MakeClosure
	var stores []*ssa.Store
	for _, r := range *alloc.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == ssa.Value(alloc) {
				stores = append(stores, r)
				out = append(out, f.sources(r.Val, e)...)
			}
		case *ssa.MakeClosure:
			closures = append(closures, r)
		}
	}
	// The zero value counts unless a store happens before every closure
	// that captures the variable is made.
	zero := len(closures) == 0
	for _, mc := range closures {
		if !slices.ContainsFunc(stores, func(st *ssa.Store) bool { return dominates(st, mc) }) {
			zero = true
		}
	}
	if zero {
		out = append(out, src{v: alloc})
	}
	for _, fn := range append([]*ssa.Function{alloc.Parent()}, alloc.Parent().AnonFuncs...) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if m, ok := f.mutation(alloc, instr); ok {
					for i := range m {
						m[i].cond = true
					}
					muts = append(muts, m...)
				}
			}
		}
	}
	for i := range out {
		out[i].muts = append(slices.Clip(out[i].muts), muts...)
	}
	return out
}

func (m mut) pos() token.Pos {
	if m.store != nil {
		return m.store.Pos()
	}
	return m.any
}

// mutation reports whether instr changes a field of the value at root: a
// store through a field address, or a call given the value's address (a
// helper of the package is summarised; anything else may change any field).
func (f *flow) mutation(root ssa.Value, instr ssa.Instruction) ([]mut, bool) {
	switch instr := instr.(type) {
	case *ssa.Store:
		if path, ok := fieldPath(instr.Addr, root); ok && path != "" {
			return []mut{{store: instr, path: path}}, true
		}
	case ssa.CallInstruction:
		common := instr.Common()
		for i, arg := range common.Args {
			path, ok := fieldPath(arg, root)
			if !ok {
				continue
			}
			if callee := common.StaticCallee(); callee != nil && callee.Pkg == f.p.pkg && len(callee.Blocks) > 0 && !common.IsInvoke() {
				return f.helperMuts(callee.Params[i], path), true
			}
			if path != "" && !trackedField(path) {
				continue // e.g. &cfg.APIOptions handed to middleware
			}
			return []mut{{any: instr.Pos()}}, true
		}
	}
	return nil, false
}

// helperMuts summarises what a helper of the package does to the fields of
// the value its pointer parameter p points to (prefix is the field path of
// that value in the caller's).
func (f *flow) helperMuts(p *ssa.Parameter, prefix string) []mut {
	if f.depth > 12 || f.seen[p] {
		return []mut{{any: p.Pos()}}
	}
	f.seen[p] = true
	defer delete(f.seen, p)
	f.depth++
	defer func() { f.depth-- }()
	fn := p.Parent()
	var out []mut
	rets := returns(fn)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if _, ok := instr.(*ssa.DebugRef); ok {
				continue
			}
			if m, ok := f.mutation(p, instr); ok {
				for i := range m {
					m[i].path = join(prefix, m[i].path)
					m[i].cond = m[i].cond || !dominatesAll(instr.Block(), rets)
				}
				out = append(out, m...)
				continue
			}
			// Any other use of the pointer than reading through it hands
			// the value to code the analysis does not follow.
			for _, op := range instr.Operands(nil) {
				if *op == ssa.Value(p) {
					switch instr.(type) {
					case *ssa.FieldAddr, *ssa.UnOp:
					default:
						out = append(out, mut{any: instr.Pos()})
					}
				}
			}
		}
	}
	return out
}

func join(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	}
	return prefix + "." + path
}

// fieldPath returns the field path of addr below root: "" for root itself,
// "EndpointOptions.UseDualStackEndpoint" for &root.EndpointOptions.UseDualStackEndpoint.
func fieldPath(addr, root ssa.Value) (string, bool) {
	var parts []string
	for {
		if addr == root {
			slices.Reverse(parts)
			return strings.Join(parts, "."), true
		}
		fa, ok := addr.(*ssa.FieldAddr)
		if !ok {
			return "", false
		}
		st, ok := deref(fa.X.Type()).Underlying().(*types.Struct)
		if !ok || fa.Field >= st.NumFields() {
			return "", false // a type parameter's core type: not followed
		}
		parts = append(parts, st.Field(fa.Field).Name())
		addr = fa.X
	}
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// trackedField reports whether a field path (or a field below it) is one of
// the settings the model tracks.
func trackedField(path string) bool {
	for _, f := range trackedFields {
		if path == f || strings.HasPrefix(f, path+".") || strings.HasPrefix(path, f+".") {
			return true
		}
	}
	return false
}

// returns lists the blocks of fn that return.
func returns(fn *ssa.Function) []*ssa.BasicBlock {
	var out []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if len(b.Instrs) > 0 {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				out = append(out, b)
			}
		}
	}
	return out
}

func dominatesAll(b *ssa.BasicBlock, bs []*ssa.BasicBlock) bool {
	for _, c := range bs {
		if !b.Dominates(c) {
			return false
		}
	}
	return len(bs) > 0
}

// dominates reports whether instruction a runs before b on every path to b.
func dominates(a, b ssa.Instruction) bool {
	if a.Block() == b.Block() {
		return slices.Index(a.Block().Instrs, a) < slices.Index(b.Block().Instrs, b)
	}
	return a.Block().Dominates(b.Block())
}

func namedPath(t types.Type) (string, string) {
	t = deref(t)
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return sdk.Path(n.Obj().Pkg()), n.Obj().Name()
	}
	return "", ""
}
