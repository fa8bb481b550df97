package awssdk

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// isClientConstructor reports whether fn is a v2 service package's
// NewFromConfig(aws.Config, ...func(*Options)) or New(Options, ...func(*Options)).
func (a *analyzer) isClientConstructor(fn *types.Func) bool {
	_, ok := clientKind(fn)
	return ok
}

// clientKind returns "NewFromConfig" or "New" for a v2 client constructor.
func clientKind(fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	path := sdk.Path(fn.Pkg())
	if sdk.V2Service(path) == "" {
		return "", false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Params().Len() != 2 || !sig.Variadic() || sig.Results().Len() != 1 || !sdk.IsNamed(sig.Results().At(0).Type(), path, "Client", true) {
		return "", false
	}
	first := sig.Params().At(0).Type()
	switch fn.Name() {
	case "NewFromConfig":
		return fn.Name(), sdk.IsNamed(first, sdk.V2AWS, "Config", false)
	case "New":
		return fn.Name(), sdk.IsNamed(first, path, "Options", false)
	}
	return "", false
}

// findClients finds v2 service client constructions and what configures them.
func (a *analyzer) findClients() {
	for c := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn := sdk.Callee(a.info, call)
		kind, ok := clientKind(fn)
		if !ok || len(call.Args) == 0 {
			continue
		}
		cl := &Client{
			Call:    call,
			File:    a.fileOf(call.Pos()),
			Service: sdk.V2Service(sdk.Path(fn.Pkg())),
			Pkg:     fn.Pkg(),
			Pos:     call.Pos(),
		}
		cl.Func = enclosingFunc(c)
		if kind == "NewFromConfig" {
			a.configOrigin(cl, call.Args[0], map[*types.Var]bool{}, nil)
		} else {
			a.optionsOrigin(cl, call.Args[0])
		}
		opts := call.Args[1:]
		if call.Ellipsis.IsValid() && len(opts) > 0 {
			elems, lit, ok := a.spread(opts[len(opts)-1])
			opts = append(opts[:len(opts)-1:len(opts)-1], elems...)
			cl.OptionsSlice = lit
			if !ok {
				cl.Spread = true
			}
		}
		for _, o := range opts {
			if lit, ok := ast.Unparen(o).(*ast.FuncLit); ok && cl.OptionsSlice == nil {
				cl.OptionLits = append(cl.OptionLits, lit)
			}
			a.summarizeOption(o, clientOptions, &cl.Own, 0)
		}
		if cl.Origin == FromConfig {
			cl.Config.Clients = append(cl.Config.Clients, cl)
			cl.Base = cl.Config.Settings
			for _, alt := range cl.Alternatives {
				alt.Clients = append(alt.Clients, cl)
			}
		}
		a.res.Clients = append(a.res.Clients, cl)
	}
}

// configOrigin traces NewFromConfig's config argument. v, when not nil, is
// the variable e names (for synthesized identifiers).
func (a *analyzer) configOrigin(cl *Client, e ast.Expr, seen map[*types.Var]bool, v *types.Var) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		if sdk.IsNamed(a.info.TypeOf(x), sdk.V2AWS, "Config", false) {
			cl.Origin = FromLiteral
			a.applyLit(&cl.Base, v2Config, "", x, false)
			return
		}
	case *ast.CallExpr:
		// cfg.Copy()
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Copy" && len(x.Args) == 0 {
			if s := a.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && sdk.IsNamed(s.Recv(), sdk.V2AWS, "Config", true) {
				a.configOrigin(cl, sel.X, seen, nil)
				return
			}
		}
		// A helper of this package that returns an aws.Config it builds.
		if fn := sdk.Callee(a.info, x); fn != nil && a.decls[fn] != nil && !a.tracing[fn] {
			a.tracing[fn] = true
			a.helperOrigin(cl, a.decls[fn], seen)
			delete(a.tracing, fn)
			return
		}
	case *ast.Ident:
		if v == nil {
			v = a.varOf(x)
		}
		if v == nil || !a.isLocal(v) || seen[v] {
			break
		}
		seen[v] = true
		var origin Origin = -1
		var cfg *Config
		var alts []*Config
		var base Settings
		merge := func(o Origin, c *Config, b Settings) {
			switch {
			case origin == -1:
				origin, cfg, base = o, c, b
			case o == FromConfig && origin == FromConfig && c != cfg:
				// One of several configs, each visible: the client is
				// theirs, and each is reported where it is made.
				if !slices.Contains(alts, c) {
					alts = append(alts, c)
				}
			case o != origin || c != cfg || o == FromLiteral:
				origin = FromOpaque // several origins: decided at run time
			}
		}
		// A parameter of one of the package's functions: its call sites.
		if p, ok := a.params[v]; ok {
			if a.values[p.fn] || len(a.calls[p.fn]) == 0 {
				merge(FromOpaque, nil, Settings{})
			}
			for _, call := range a.calls[p.fn] {
				if p.index >= len(call.Args) || call.Ellipsis.IsValid() {
					merge(FromOpaque, nil, Settings{})
					continue
				}
				sub := &Client{}
				a.configOrigin(sub, call.Args[p.index], seen, nil)
				merge(sub.Origin, sub.Config, sub.Base)
			}
		}
		for _, as := range a.assigns[v] {
			var o Origin
			var c *Config
			var b Settings
			switch {
			case as.rhs == nil:
				o = FromOpaque
			case as.tuple:
				call, _ := ast.Unparen(as.rhs).(*ast.CallExpr)
				if c = a.configs[call]; c != nil && as.index == 0 {
					o = FromConfig
				} else {
					o = FromOpaque
				}
			default:
				sub := &Client{}
				a.configOrigin(sub, as.rhs, seen, nil)
				o, c, b = sub.Origin, sub.Config, sub.Base
			}
			merge(o, c, b)
		}
		if origin == -1 {
			origin = FromOpaque // a parameter
		}
		cl.Origin, cl.Config = origin, cfg
		if origin == FromConfig {
			cl.Alternatives = append(cl.Alternatives, alts...)
		}
		if origin == FromLiteral {
			cl.Base = base
			a.literalMutations(&cl.Base, v)
		}
		if origin == FromOpaque {
			cl.Config = nil
		}
		return
	}
	cl.Origin = FromOpaque
}

// helperOrigin traces a config returned by a function of the package: every
// return statement's first result must have the same origin.
func (a *analyzer) helperOrigin(cl *Client, fd *ast.FuncDecl, seen map[*types.Var]bool) {
	cl.Origin = FromOpaque
	var origin Origin = -1
	var cfg *Config
	var base Settings
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				ok = false
				return false
			}
			sub := &Client{}
			a.configOrigin(sub, n.Results[0], seen, nil)
			switch {
			case origin == -1:
				origin, cfg, base = sub.Origin, sub.Config, sub.Base
			case sub.Origin != origin || sub.Config != cfg || sub.Origin == FromLiteral:
				ok = false
			}
		}
		return true
	})
	if ok && origin != -1 && origin != FromOpaque {
		cl.Origin, cl.Config, cl.Base = origin, cfg, base
	}
}

// literalMutations records cfg.Field = value assignments to a variable
// holding an aws.Config literal.
func (a *analyzer) literalMutations(s *Settings, v *types.Var) {
	for _, u := range a.uses[v] {
		sel, ok := u.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != u.Node() {
			continue
		}
		if as, ok := u.Parent().Parent().Node().(*ast.AssignStmt); ok {
			for i, lhs := range as.Lhs {
				if lhs == sel && len(as.Lhs) == len(as.Rhs) {
					a.applyField(s, v2Config, sel.Sel.Name, as.Rhs[i], as, false)
				}
			}
		}
	}
}

// optionsOrigin traces New's Options argument: a literal, or a local variable
// set by one literal and then only by field assignments.
func (a *analyzer) optionsOrigin(cl *Client, e ast.Expr) {
	cl.Origin = FromOpaque
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		cl.Origin = FromOptions
		a.applyLit(&cl.Base, clientOptions, "", x, false)
	case *ast.Ident:
		v := a.varOf(x)
		if v == nil || !a.isLocal(v) {
			return
		}
		as := a.assigns[v]
		if len(as) != 1 || as[0].tuple {
			return
		}
		if as[0].zero {
			cl.Origin = FromOptions
		} else if lit, ok := ast.Unparen(as[0].rhs).(*ast.CompositeLit); ok {
			cl.Origin = FromOptions
			a.applyLit(&cl.Base, clientOptions, "", lit, false)
		} else {
			return
		}
		for _, u := range a.uses[v] {
			if u.Node() == x {
				continue
			}
			// Climb to the outermost selector: opts.EndpointOptions.UseDualStackEndpoint.
			top := u
			for {
				sel, ok := top.Parent().Node().(*ast.SelectorExpr)
				if !ok || sel.X != top.Node() {
					break
				}
				top = top.Parent()
			}
			if top == u {
				cl.Base.opaque(u.Node()) // the whole value goes somewhere else
				continue
			}
			path, _ := selectorPath(top.Node().(ast.Expr))
			if as, ok := top.Parent().Node().(*ast.AssignStmt); ok {
				for i, lhs := range as.Lhs {
					if lhs == top.Node() && len(as.Lhs) == len(as.Rhs) {
						a.applyField(&cl.Base, clientOptions, path, as.Rhs[i], as, false)
					}
				}
			}
		}
	}
}
