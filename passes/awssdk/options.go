package awssdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// target says which struct an option func or literal sets: field names mean
// different things in each.
type target int8

const (
	loadOptions   target = iota // v2 config.LoadOptions
	v2Config                    // v2 aws.Config
	clientOptions               // v2 <service>.Options
	v1Config                    // v1 aws.Config
)

// applyField records that path (e.g. "EndpointOptions.UseDualStackEndpoint")
// of a target is set to value (nil: unknown) at node.
func (a *analyzer) applyField(s *Settings, t target, path string, value ast.Expr, node ast.Node, cond bool) {
	if lit, ok := ast.Unparen(value).(*ast.CompositeLit); ok && path == "EndpointOptions" {
		// A new struct: what it does not set is unset again.
		s.DualStack.set(sdk.Unset, node, cond)
		s.FIPS.set(sdk.Unset, node, cond)
		a.applyLit(s, t, path, lit, cond)
		return
	}
	state := func(f func(*types.Info, ast.Expr) sdk.State) sdk.State {
		if value == nil {
			return sdk.Unknown
		}
		return f(a.info, value)
	}
	isNil := value != nil && a.info.Types[value].IsNil()
	switch t {
	case loadOptions, v2Config, clientOptions:
		switch path {
		case "UseDualStackEndpoint", "EndpointOptions.UseDualStackEndpoint":
			if t != v2Config {
				s.DualStack.set(state(sdk.EndpointState), node, cond)
			}
		case "UseFIPSEndpoint", "EndpointOptions.UseFIPSEndpoint":
			if t != v2Config {
				s.FIPS.set(state(sdk.EndpointState), node, cond)
			}
		case "EndpointOptions":
			s.DualStack.set(sdk.Unknown, node, cond)
			s.FIPS.set(sdk.Unknown, node, cond)
		case "UseDualstack":
			if t == clientOptions {
				s.LegacyDualStack.set(state(sdk.BoolState), node, cond)
			}
		case "UseAccelerate":
			if t == clientOptions {
				s.Accelerate.set(state(sdk.BoolState), node, cond)
			}
		case "Region":
			r, ok := "", false
			if value != nil {
				r, ok = sdk.StringConst(a.info, value)
			}
			s.region(r, ok, node, cond)
		case "BaseEndpoint":
			if !isNil {
				s.custom(node, BaseEndpoint)
				if value != nil {
					s.BaseEndpoints = append(s.BaseEndpoints, value)
				}
			}
		case "EndpointResolver", "EndpointResolverWithOptions":
			if !isNil && !a.fallsBack(value, 0) {
				s.custom(node, Resolver)
			}
		case "EndpointResolverV2":
			if !isNil && !a.isDefaultResolverV2(value) {
				s.custom(node, ResolverV2)
			}
		}
	case v1Config:
		switch path {
		case "UseDualStackEndpoint":
			s.DualStack.set(state(sdk.EndpointState), node, cond)
		case "UseFIPSEndpoint":
			s.FIPS.set(state(sdk.EndpointState), node, cond)
		case "UseDualStack":
			s.LegacyDualStack.set(state(sdk.BoolState), node, cond)
		case "S3UseAccelerate":
			s.Accelerate.set(state(sdk.BoolState), node, cond)
		case "Region":
			r, ok := "", false
			if value != nil {
				r, ok = sdk.StringConst(a.info, value)
			}
			s.region(r, ok, node, cond)
		case "Endpoint":
			if !isNil {
				if r, ok := sdk.StringConst(a.info, value); !ok || r != "" {
					s.custom(node, BaseEndpoint)
					s.BaseEndpoints = append(s.BaseEndpoints, value)
				}
			}
		case "EndpointResolver":
			if !isNil {
				s.custom(node, Resolver)
			}
		}
	}
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
		a.applyField(s, t, path, kv.Value, kv, cond)
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

const maxDepth = 4 // helpers returning option funcs, func vars, ...

// summarizeOption records what an option func expression sets. Anything it
// cannot see makes s opaque.
func (a *analyzer) summarizeOption(e ast.Expr, t target, s *Settings, depth int) {
	e = ast.Unparen(e)
	if depth > maxDepth {
		s.opaque(e)
		return
	}
	switch e := e.(type) {
	case *ast.FuncLit:
		a.summarizeBody(e.Type, e.Body, t, s)
		return
	case *ast.Ident:
		switch obj := a.info.Uses[e].(type) {
		case *types.Func:
			if fd := a.decls[obj]; fd != nil {
				a.summarizeBody(fd.Type, fd.Body, t, s)
				return
			}
		case *types.Var:
			// A func variable assigned exactly once, by its declaration.
			if as := a.assigns[obj]; len(as) == 1 && as[0].rhs != nil && !as[0].tuple {
				a.summarizeOption(as[0].rhs, t, s, depth+1)
				return
			}
		case *types.Nil:
			return
		}
	case *ast.CallExpr:
		fn := sdk.Callee(a.info, e)
		if fn == nil {
			break
		}
		path := sdk.Path(fn.Pkg())
		if t == loadOptions && path == sdk.V2Config {
			a.configOption(fn.Name(), e, s)
			return
		}
		if t == clientOptions && sdk.V2Service(path) != "" && strings.HasPrefix(fn.Name(), "With") {
			switch fn.Name() {
			case "WithEndpointResolver":
				s.custom(e, Resolver)
			case "WithEndpointResolverV2":
				s.custom(e, ResolverV2)
			}
			return
		}
		// A helper in this package that returns option funcs.
		if fd := a.decls[fn]; fd != nil {
			a.summarizeReturns(fd, t, s, depth)
			return
		}
	}
	s.opaque(e)
}

// summarizeReturns records what every option func a helper returns sets.
func (a *analyzer) summarizeReturns(fd *ast.FuncDecl, t target, s *Settings, depth int) {
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // returns inside belong to the literal
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				s.opaque(n)
				return false
			}
			found = true
			a.summarizeOption(n.Results[0], t, s, depth+1)
		}
		return true
	})
	if !found {
		s.opaque(fd)
	}
}

// configOption records what a config.With* option sets.
func (a *analyzer) configOption(name string, call *ast.CallExpr, s *Settings) {
	var arg ast.Expr
	if len(call.Args) == 1 {
		arg = call.Args[0]
	}
	switch name {
	case "WithUseDualStackEndpoint":
		a.applyField(s, loadOptions, "UseDualStackEndpoint", arg, call, false)
	case "WithUseFIPSEndpoint":
		a.applyField(s, loadOptions, "UseFIPSEndpoint", arg, call, false)
	case "WithRegion":
		a.applyField(s, loadOptions, "Region", arg, call, false)
	case "WithBaseEndpoint":
		s.custom(call, BaseEndpoint)
		if arg != nil {
			s.BaseEndpoints = append(s.BaseEndpoints, arg)
		}
	case "WithEndpointResolver", "WithEndpointResolverWithOptions":
		if !a.fallsBack(arg, 0) {
			s.custom(call, Resolver)
		}
	}
}

// summarizeBody records the assignments an option func's body makes through
// its first parameter. Assignments inside control flow or nested functions
// are conditional; any other use of the parameter (passing it on, replacing
// it) makes the summary opaque.
func (a *analyzer) summarizeBody(ft *ast.FuncType, body *ast.BlockStmt, t target, s *Settings) {
	if ft.Params == nil || len(ft.Params.List) == 0 || len(ft.Params.List[0].Names) == 0 || body == nil {
		if ft.Params != nil && len(ft.Params.List) > 0 && len(ft.Params.List[0].Names) == 0 {
			return // unnamed parameter: the func cannot set anything
		}
		s.opaque(ft)
		return
	}
	param, _ := a.info.Defs[ft.Params.List[0].Names[0]].(*types.Var)
	if param == nil {
		s.opaque(ft)
		return
	}
	top := map[ast.Stmt]bool{}
	for _, st := range body.List {
		top[st] = true
	}
	// After a return that is not the body's last statement, assignments may
	// not run: they are conditional.
	earlyReturn := token.NoPos
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(body.List) == 0 || ast.Stmt(n) != body.List[len(body.List)-1] {
				if !earlyReturn.IsValid() || n.Pos() < earlyReturn {
					earlyReturn = n.Pos()
				}
			}
		}
		return true
	})
	lhsRoots := map[*ast.Ident]bool{}
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.AssignStmt:
			cond := !top[n] || inFuncLit(stack) || (earlyReturn.IsValid() && n.Pos() > earlyReturn)
			for i, lhs := range n.Lhs {
				path, root := selectorPath(lhs)
				if root == nil || a.info.Uses[root] != param {
					continue
				}
				lhsRoots[root] = true
				var value ast.Expr
				if len(n.Lhs) == len(n.Rhs) && n.Tok == token.ASSIGN {
					value = n.Rhs[i]
				}
				if path == "" { // *o = ..., o = ...
					if lit, ok := ast.Unparen(value).(*ast.CompositeLit); ok && !cond {
						a.applyLit(s, t, "", lit, cond)
					} else {
						s.opaque(n)
					}
					continue
				}
				a.applyField(s, t, path, value, n, cond)
			}
		case *ast.Ident:
			if a.info.Uses[n] != param || lhsRoots[n] {
				return true
			}
			// Reads through a selector (o.Region == "") are harmless;
			// anything else hands the options to code we do not follow.
			if len(stack) >= 2 {
				if sel, ok := stack[len(stack)-2].(*ast.SelectorExpr); ok && sel.X == n {
					return true
				}
			}
			s.opaque(n)
		}
		return true
	})
}

func inFuncLit(stack []ast.Node) bool {
	for _, n := range stack[:len(stack)-1] {
		if _, ok := n.(*ast.FuncLit); ok {
			return true
		}
	}
	return false
}

// selectorPath returns "A.B" and the root identifier for o.A.B; for a bare
// identifier or *o it returns "" and the identifier.
func selectorPath(e ast.Expr) (string, *ast.Ident) {
	var parts []string
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			parts = append(parts, x.Sel.Name)
			e = x.X
			continue
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.Ident:
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
			return strings.Join(parts, "."), x
		}
		return "", nil
	}
}

// fallsBack reports whether a legacy (v2 aws.EndpointResolver...) endpoint
// resolver returns &aws.EndpointNotFoundError{} on some path: the SDK then
// resolves the endpoint itself, honouring dual-stack, so the resolver is not
// a custom endpoint for the services it passes on.
func (a *analyzer) fallsBack(e ast.Expr, depth int) bool {
	if e == nil || depth > maxDepth {
		return false
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		// aws.EndpointResolverWithOptionsFunc(f): a conversion.
		if len(x.Args) == 1 && a.info.Types[x.Fun].IsType() {
			return a.fallsBack(x.Args[0], depth+1)
		}
		// A helper of the package that returns the resolver.
		if fd := a.decls[sdk.Callee(a.info, x)]; fd != nil {
			return a.returnsNotFound(fd.Body)
		}
	case *ast.FuncLit:
		return a.returnsNotFound(x.Body)
	case *ast.Ident:
		switch obj := a.info.Uses[x].(type) {
		case *types.Func:
			if fd := a.decls[obj]; fd != nil {
				return a.returnsNotFound(fd.Body)
			}
		case *types.Var:
			if as := a.assigns[obj]; len(as) == 1 && as[0].rhs != nil && !as[0].tuple {
				return a.fallsBack(as[0].rhs, depth+1)
			}
		}
	}
	return false
}

func (a *analyzer) returnsNotFound(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if lit, ok := n.(*ast.CompositeLit); ok && sdk.IsNamed(a.info.TypeOf(lit), sdk.V2AWS, "EndpointNotFoundError", false) {
			found = true
		}
		return true
	})
	return found
}
