package awssdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// Result is what the analyzer finds in one package.
type Result struct {
	Configs []*Config // config.LoadDefaultConfig calls (v2), session constructors (v1)
	Clients []*Client // service clients
	Regions []string  // the regions code with no constant region may run in (-regions)

	SDK bool // the package imports the SDK (nothing else is set otherwise)
}

// A Setting is a switch's value and the expression that set it.
type Setting struct {
	State sdk.State
	Node  ast.Node // where it is set; nil when not set
}

// set records a later assignment: the last one wins; a conditional one makes
// the value unknown.
func (s *Setting) set(st sdk.State, n ast.Node, conditional bool) {
	if conditional && st != s.State {
		st = sdk.Unknown
	}
	s.State, s.Node = st, n
}

// Settings are what a config or an option func sets.
type Settings struct {
	DualStack       Setting // UseDualStackEndpoint (v2), UseDualStackEndpoint (v1)
	LegacyDualStack Setting // s3.Options.UseDualstack, v1 aws.Config.UseDualStack
	FIPS            Setting
	Accelerate      Setting // s3.Options.UseAccelerate, v1 S3UseAccelerate

	Region     string   // constant region, "" when unknown, not set or one of several
	Regions    []string // the constant regions it may be (one per path); nil when unknown
	RegionNode ast.Node // where it is set
	RegionSet  bool     // set, constant or not

	// CustomEndpoint is the first BaseEndpoint, endpoint resolver or URL the
	// code sets; nil when none. Conditional ones count: dual-stack breaks
	// whenever they apply.
	CustomEndpoint ast.Node
	CustomKind     CustomKind
	BaseEndpoints  []ast.Expr // values assigned to BaseEndpoint / v1 Endpoint

	// Opaque: something the analysis cannot see may set any of these.
	Opaque     bool
	OpaqueNode ast.Node
}

func (s *Settings) opaque(n ast.Node) {
	if !s.Opaque {
		s.Opaque, s.OpaqueNode = true, n
	}
}

// CustomKind says how a custom endpoint is set, which decides what
// dual-stack does with it.
type CustomKind int8

const (
	NoCustom     CustomKind = iota
	BaseEndpoint            // v2 BaseEndpoint, v1 Endpoint: dual-stack fails with an error
	Resolver                // v2 legacy EndpointResolver(WithOptions), v1 EndpointResolver: dual-stack is ignored
	ResolverV2              // a custom EndpointResolverV2: up to the resolver
)

func (s *Settings) custom(n ast.Node, k CustomKind) {
	if s.CustomEndpoint == nil || s.CustomKind > k {
		s.CustomEndpoint, s.CustomKind = n, k
	}
}

func (s *Settings) region(values []string, n ast.Node, conditional bool) {
	if conditional {
		values = nil
	}
	s.Regions, s.Region = values, ""
	if len(values) == 1 {
		s.Region = values[0]
	}
	s.RegionNode, s.RegionSet = n, true
}

// merge applies later settings on top of s.
func (s *Settings) merge(t *Settings) {
	for _, p := range [...]struct{ dst, src *Setting }{{&s.DualStack, &t.DualStack}, {&s.LegacyDualStack, &t.LegacyDualStack}, {&s.FIPS, &t.FIPS}, {&s.Accelerate, &t.Accelerate}} {
		if p.src.Node != nil {
			*p.dst = *p.src
		}
	}
	if t.RegionSet {
		s.Region, s.Regions, s.RegionNode, s.RegionSet = t.Region, t.Regions, t.RegionNode, true
	}
	if t.CustomEndpoint != nil {
		s.custom(t.CustomEndpoint, t.CustomKind)
	}
	s.BaseEndpoints = append(s.BaseEndpoints, t.BaseEndpoints...)
	if t.Opaque {
		s.opaque(t.OpaqueNode)
	}
}

// A Config is a call that loads or builds an SDK config others build clients
// from: config.LoadDefaultConfig (v2) or a session constructor (v1).
type Config struct {
	Call *ast.CallExpr
	File *ast.File
	Func *ast.FuncDecl // the function it is in; nil at package level
	V1   bool
	// Settings merges Alts: a switch the paths disagree on is Unknown.
	Settings
	// Alts are the settings of each way the call's options can be built
	// (an option appended under a condition, a helper's returns).
	Alts []Settings
	// EnvNode is an os.Setenv("AWS_USE_DUALSTACK_ENDPOINT", ...) made before
	// the config is loaded, nil when none.
	EnvNode ast.Node

	// Options is the option slice literal a spread (opts...) comes from, when
	// visible; a fix adds to it instead of to the call.
	Options *ast.CompositeLit
	// Spread: the call ends in a spread the analysis cannot see into.
	Spread bool

	// Escape is where the config leaves what the analysis follows (returned,
	// stored, passed to a function), with a predicate saying how ("is
	// returned"); nil if it does not.
	Escape    ast.Node
	EscapeWhy string

	Clients []*Client // clients built from it, all in the same function

	// V1 only.
	V1Lits       []*ast.CompositeLit // the aws.Config literals among its configs, in order
	V1Chain      bool                // a config is an aws.NewConfig().With...() chain: no setter for UseDualStackEndpoint
	V1Options    *ast.CompositeLit   // the session.Options literal of NewSessionWithOptions
	SharedConfig sdk.State           // session.Options.SharedConfigState: Enabled, Disabled, or Unset (from env)
}

// Origin says where a client's configuration comes from.
type Origin int8

const (
	FromOpaque  Origin = iota // a parameter, field, other package, helper call...
	FromConfig                // a Config in this package
	FromLiteral               // an aws.Config{...} literal (v2): never reads env or profile
	FromOptions               // svc.New(svc.Options{...}) (v2): never reads env or profile
)

// A Client is a call that builds a service client.
type Client struct {
	Call    *ast.CallExpr
	File    *ast.File
	Func    *ast.FuncDecl // the function it is in; nil at package level
	V1      bool
	Service string         // the SDK package name: "s3", "dynamodb"
	Pkg     *types.Package // the service package
	Origin  Origin
	Config  *Config // when Origin is FromConfig
	// Alternatives are the other configs the client may be built from (a
	// variable assigned from several config.LoadDefaultConfig calls).
	Alternatives []*Config

	// Base holds what the origin sets (a literal's fields, the Config's
	// settings); Own what the client's own options set on top: each merges
	// the paths of Paths.
	Base Settings
	Own  Settings
	// Paths are the client's settings on each path that can build it: an
	// origin (one of several configs, a literal) with one way its options
	// can be built. Decisions that need one consistent combination (a
	// custom endpoint together with dual-stack) look at each path.
	Paths []Path

	// OptionLits are option func literals passed directly, in order; a fix
	// adds its line to the last one.
	OptionLits []*ast.FuncLit
	// OptionsSlice is the visible slice literal of a trailing spread.
	OptionsSlice *ast.CompositeLit
	Spread       bool // ends in a spread the analysis cannot see into
	Pos          token.Pos

	// V1 only: the aws.Config literals among the client's own configs, and
	// whether one is a With...() chain.
	V1Lits  []*ast.CompositeLit
	V1Chain bool
}

// A Path is one way a client's settings can come about.
type Path struct {
	Origin Origin
	Config *Config
	Base   Settings
	Own    Settings
}

// Effective returns the settings on the path: its origin's, then its own
// options'.
func (p Path) Effective() Settings {
	s := p.Base
	s.BaseEndpoints = append([]ast.Expr(nil), p.Base.BaseEndpoints...)
	s.merge(&p.Own)
	return s
}

// mergePaths merges the settings of several paths into one: where they
// disagree the switch is Unknown; custom endpoints and opacity of any path
// count.
func mergePaths(paths []Settings) Settings {
	if len(paths) == 0 {
		return Settings{}
	}
	out := paths[0]
	out.BaseEndpoints = append([]ast.Expr(nil), out.BaseEndpoints...)
	for _, p := range paths[1:] {
		for _, f := range [...]struct{ dst, src *Setting }{{&out.DualStack, &p.DualStack}, {&out.LegacyDualStack, &p.LegacyDualStack}, {&out.FIPS, &p.FIPS}, {&out.Accelerate, &p.Accelerate}} {
			if f.dst.State != f.src.State {
				if f.dst.Node == nil {
					f.dst.Node = f.src.Node
				}
				f.dst.State = sdk.Unknown
			}
		}
		if p.RegionSet || out.RegionSet {
			if !slices.Equal(out.Regions, p.Regions) || len(out.Regions) == 0 {
				var rs []string
				if len(out.Regions) > 0 && len(p.Regions) > 0 {
					rs = append(append(rs, out.Regions...), p.Regions...)
					slices.Sort(rs)
					rs = slices.Compact(rs)
				}
				node := out.RegionNode
				if node == nil {
					node = p.RegionNode
				}
				out.region(rs, node, false)
			}
		}
		if p.CustomEndpoint != nil {
			out.custom(p.CustomEndpoint, p.CustomKind)
		}
		out.BaseEndpoints = append(out.BaseEndpoints, p.BaseEndpoints...)
		if p.Opaque {
			out.opaque(p.OpaqueNode)
		}
	}
	return out
}

// Under returns the client as built from cfg, one of its configs: its
// paths from cfg only.
func (c *Client) Under(cfg *Config) *Client {
	if cfg == nil || len(c.Alternatives) == 0 {
		return c
	}
	u := *c
	var bases, owns []Settings
	u.Paths = nil
	for _, p := range c.Paths {
		if p.Config == cfg {
			u.Paths = append(u.Paths, p)
			bases, owns = append(bases, p.Base), append(owns, p.Own)
		}
	}
	u.Config, u.Alternatives = cfg, nil
	u.Base, u.Own = mergePaths(bases), mergePaths(owns)
	return &u
}

// Effective returns the settings the client ends up with: its origin's, then
// its own options'.
func (c *Client) Effective() Settings {
	s := c.Base
	s.BaseEndpoints = append([]ast.Expr(nil), c.Base.BaseEndpoints...)
	s.merge(&c.Own)
	if c.Spread {
		s.opaque(c.Call)
	}
	return s
}

// DualStack is the client's effective dual-stack switch: the global one,
// overridden by the client's own; S3's deprecated UseDualstack counts while
// the global one is unset.
func (c *Client) DualStack() Setting {
	e := c.Effective()
	switch {
	case e.Opaque:
		return Setting{State: sdk.Unknown, Node: e.OpaqueNode}
	case e.DualStack.Node != nil && e.DualStack.State != sdk.Unset:
		return e.DualStack
	case e.LegacyDualStack.Node != nil && e.LegacyDualStack.State != sdk.Disabled && (c.Service == "s3" || c.Service == "s3control"):
		// The deprecated S3-only switch: honoured only by S3 and S3 Control.
		return e.LegacyDualStack
	}
	return Setting{State: sdk.Unset, Node: e.DualStack.Node}
}
