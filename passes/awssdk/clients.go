package awssdk

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// isClientConstructor reports whether fn is a v2 service package's
// NewFromConfig(aws.Config, ...func(*Options)) or New(Options, ...func(*Options)).
func isClientConstructor(fn *types.Func) bool {
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

// findClients finds v2 service client constructions and, on each path,
// what configures them.
func (a *analyzer) findClients() {
	for _, c := range a.calls {
		call, fn := c.call, c.fn
		kind, ok := clientKind(fn)
		if !ok || len(call.Args) == 0 {
			continue
		}
		cl := &Client{
			Call:    call,
			File:    c.file,
			Func:    c.decl,
			Service: sdk.V2Service(sdk.Path(fn.Pkg())),
			Pkg:     fn.Pkg(),
			Pos:     call.Pos(),
		}
		sc := a.prog.call(call)
		var origins []Path
		var own []Settings
		if sc == nil {
			origins = []Path{{Origin: FromOpaque}}
			own = []Settings{{}}
		} else {
			if kind == "NewFromConfig" {
				origins = a.configOrigins(sc.Call.Args[0], v2Config)
			} else {
				origins = a.optionsOrigins(sc.Call.Args[0])
			}
			own = a.optionPaths(sc.Call.Args[1], clientOptions)
			if call.Ellipsis.IsValid() {
				cl.OptionsSlice = a.sliceLit(sc.Call.Args[1])
				for _, o := range own {
					cl.Spread = cl.Spread || o.Opaque
				}
			}
		}
		if !call.Ellipsis.IsValid() {
			for _, o := range call.Args[1:] {
				if lit, ok := ast.Unparen(o).(*ast.FuncLit); ok {
					cl.OptionLits = append(cl.OptionLits, lit)
				}
			}
		}
		a.setPaths(cl, origins, own)
		a.res.Clients = append(a.res.Clients, cl)
	}
}

// setPaths records a client's paths (every origin with every way its
// options can be built) and the merged view of them.
func (a *analyzer) setPaths(cl *Client, origins []Path, own []Settings) {
	for _, o := range origins {
		for _, s := range own {
			p := o
			p.Own = s
			cl.Paths = append(cl.Paths, p)
		}
	}
	if len(cl.Paths) > maxSrcs {
		cl.Paths = []Path{{Origin: FromOpaque, Own: Settings{Opaque: true, OpaqueNode: cl.Call}}}
	}
	// The merged view: one origin kind, or opaque.
	cl.Origin = cl.Paths[0].Origin
	cl.Config = cl.Paths[0].Config
	var bases, owns []Settings
	for _, p := range cl.Paths {
		if p.Origin != cl.Origin {
			cl.Origin = FromOpaque
		}
		if p.Config != nil && p.Config != cl.Config && !slices.Contains(cl.Alternatives, p.Config) {
			cl.Alternatives = append(cl.Alternatives, p.Config)
		}
		bases = append(bases, p.Base)
		owns = append(owns, p.Own)
	}
	if cl.Origin == FromOpaque {
		cl.Config, cl.Alternatives = nil, nil
	}
	cl.Base, cl.Own = mergePaths(bases), mergePaths(owns)
	if cl.Origin == FromConfig {
		for _, cfg := range append([]*Config{cl.Config}, cl.Alternatives...) {
			cfg.Clients = append(cfg.Clients, cl)
		}
	}
}

// configOrigins follows a client's config argument (v2 aws.Config or a v1
// session) to its origins: configs of the package, with the fields set on
// the way; literals; or opaque.
func (a *analyzer) configOrigins(v ssa.Value, t target) []Path {
	var out []Path
	for _, s := range a.prog.sources(v) {
		p := Path{Origin: FromOpaque}
		switch x := s.v.(type) {
		case *ssa.Call:
			cfg := a.configs[a.astCalls[x.Call.Pos()]]
			if cfg == nil || cfg.V1 != (t == v1Config) {
				break
			}
			for _, alt := range cfg.Alts {
				p := Path{Origin: FromConfig, Config: cfg, Base: alt}
				a.applyMuts(&p.Base, t, s.muts)
				out = append(out, p)
			}
			continue
		case *ssa.Alloc, *ssa.Const: // a literal, or the zero value
			if t == v2Config && sdk.IsNamed(deref(x.Type()), sdk.V2AWS, "Config", false) {
				p.Origin = FromLiteral
				a.applyMuts(&p.Base, t, s.muts)
			}
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		out = []Path{{Origin: FromOpaque}}
	}
	return out
}

// optionsOrigins follows svc.New's Options argument: a literal (or zero
// value) with the fields set on the way, or opaque.
func (a *analyzer) optionsOrigins(v ssa.Value) []Path {
	var out []Path
	for _, s := range a.prog.sources(v) {
		p := Path{Origin: FromOpaque}
		if s.v != nil && isLiteral(s.v) {
			if _, name := namedPath(s.v.Type()); name == "Options" {
				p.Origin = FromOptions
				a.applyMuts(&p.Base, clientOptions, s.muts)
			}
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		out = []Path{{Origin: FromOpaque}}
	}
	return out
}

// isLiteral reports whether a source is a composite literal or a zero value.
func isLiteral(v ssa.Value) bool {
	switch v.(type) {
	case *ssa.Alloc, *ssa.Const:
		return true
	}
	return false
}
