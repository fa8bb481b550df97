package awssdk

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// Result is what the analyzer finds in one package.
type Result struct {
	Configs []*Config // config.LoadDefaultConfig calls (v2), session constructors (v1)
	Clients []*Client // service clients
	Regions []string  // the regions code with no constant region may run in (-regions)

	// Inspector is the package's syntax index, built only for packages
	// that import the SDK (nil otherwise): the checks that need one share it.
	Inspector *inspector.Inspector
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

	Region     string   // constant region, "" when unknown or not set
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

func (s *Settings) region(value string, known bool, n ast.Node, conditional bool) {
	if !known || conditional {
		value = ""
	}
	s.Region, s.RegionNode, s.RegionSet = value, n, true
}

// merge applies later settings on top of s.
func (s *Settings) merge(t *Settings) {
	for _, p := range [...]struct{ dst, src *Setting }{{&s.DualStack, &t.DualStack}, {&s.LegacyDualStack, &t.LegacyDualStack}, {&s.FIPS, &t.FIPS}, {&s.Accelerate, &t.Accelerate}} {
		if p.src.Node != nil {
			*p.dst = *p.src
		}
	}
	if t.RegionSet {
		s.Region, s.RegionNode, s.RegionSet = t.Region, t.RegionNode, true
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
	Settings

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
	// settings); Own what the client's own options set on top.
	Base Settings
	Own  Settings

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

// Under returns the client as built from cfg, one of its configs.
func (c *Client) Under(cfg *Config) *Client {
	if cfg == c.Config || cfg == nil {
		return c
	}
	u := *c
	u.Config, u.Base = cfg, cfg.Settings
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
