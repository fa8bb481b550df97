package dualstackconfig

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const Name = "dualstackconfig"

var Analyzer = &analysis.Analyzer{
	Name: Name,
	Doc: `report config.LoadDefaultConfig calls whose clients do not use dual-stack endpoints

Reports, once, where the decision is made: at config.LoadDefaultConfig when
all its clients are visible here and can be switched on (with a fix adding
config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)), when the
config leaves the function, or at an explicit DualStackEndpointStateDisabled.`,
	URL:      dualstack.DocURL(Name),
	Requires: []*analysis.Analyzer{awssdk.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[awssdk.Analyzer].(*awssdk.Result)
	for _, cfg := range res.Configs {
		if cfg.V1 || dualstack.Skip(pass, cfg.File) || !dualstack.ReportedAtConfig(res, cfg) {
			continue
		}
		report(pass, res, cfg)
	}
	return nil, nil
}

func report(pass *analysis.Pass, res *awssdk.Result, cfg *awssdk.Config) {
	services := dualstack.Services(cfg.Clients)
	built := "the clients built from it"
	if len(services) > 0 {
		built = "the " + dualstack.Serial(services) + " client"
		if len(cfg.Clients) > 1 {
			built += "s"
		}
		built += " built from it"
	}
	d := analysis.Diagnostic{Pos: cfg.Call.Pos(), End: cfg.Call.End(), Category: Name, URL: dualstack.DocURL(Name)}
	switch {
	case dualstack.ConfigState(cfg) == sdk.Disabled:
		d.Pos, d.End = cfg.DualStack.Node.Pos(), cfg.DualStack.Node.End()
		d.Message = fmt.Sprintf("dual-stack endpoints are explicitly disabled: %s cannot reach AWS from IPv6-only networks, whatever AWS_USE_DUALSTACK_ENDPOINT says", built)
		if cfg.Escape != nil {
			d.Message = fmt.Sprintf("dual-stack endpoints are explicitly disabled for a config that %s: its clients cannot reach AWS from IPv6-only networks, whatever AWS_USE_DUALSTACK_ENDPOINT says", leaves(cfg))
		} else if !dualstack.ConfigDecides(res, cfg) {
			d.Message += "; no fix: " + blocker(res, cfg)
		} else if fix, ok := dualstack.EnableConfig(pass, cfg); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	case cfg.Escape != nil:
		d.Message = fmt.Sprintf("config.LoadDefaultConfig does not enable dual-stack endpoints, and the config %s, so the clients built from it are not visible here: "+
			"add config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled) if every service and region it serves has a dual-stack endpoint, or enable it on each client", leaves(cfg))
	default:
		d.Message = fmt.Sprintf("config.LoadDefaultConfig does not enable dual-stack endpoints: %s use IPv4-only endpoints unless AWS_USE_DUALSTACK_ENDPOINT=true; "+
			"add config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)", built)
		if len(cfg.Clients) == 1 {
			d.Message = replaceOnce(d.Message, " use IPv4-only", " uses IPv4-only")
		}
		if fix, ok := dualstack.EnableConfig(pass, cfg); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
}

// leaves says how a config escapes: "is returned", "is passed to f".
func leaves(cfg *awssdk.Config) string {
	why := cfg.EscapeWhy
	if len(why) > 3 && why[:3] == "it " {
		why = why[3:]
	}
	return why
}

// blocker says why a config-level fix is not offered.
func blocker(res *awssdk.Result, cfg *awssdk.Config) string {
	for _, cl := range cfg.Clients {
		e := cl.Effective()
		switch {
		case cl.File != cfg.File:
			return "a client built from it is in another file"
		case e.Opaque:
			return fmt.Sprintf("the %s client's options are not all visible here", cl.Service)
		case e.CustomEndpoint != nil:
			return fmt.Sprintf("the %s client sets a custom endpoint, which dual-stack would break", cl.Service)
		}
		if c := dualstack.ClientCoverage(res, cl); !c.OK() {
			return c.Why()[len("no fix: "):]
		}
	}
	return "its clients are not all visible here"
}

func replaceOnce(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}
