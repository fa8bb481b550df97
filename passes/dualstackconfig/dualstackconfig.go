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
	Name:     Name,
	Doc:      doc,
	URL:      dualstack.DocURL(Name),
	Requires: []*analysis.Analyzer{awssdk.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[awssdk.Analyzer].(*awssdk.Result)
	for _, cfg := range res.Configs {
		if dualstack.Skip(pass, cfg.File) || !dualstack.ReportedAtConfig(res, cfg) {
			continue
		}
		report(pass, res, cfg)
	}
	return nil, nil
}

func report(pass *analysis.Pass, res *awssdk.Result, cfg *awssdk.Config) {
	// The clients the decision leaves without dual-stack (not those that
	// switch it on themselves, e.g. with S3's deprecated UseDualstack).
	var without []*awssdk.Client
	for _, cl := range cfg.Clients {
		if cl = cl.Under(cfg); cl.DualStack().State != sdk.Enabled && !dualstack.AlreadyDualStack(res, cl) {
			without = append(without, cl)
		}
	}
	services := dualstack.Services(without)
	built := "the clients built from it"
	if len(services) > 0 {
		built = "the " + dualstack.Serial(services) + " client"
		if len(without) > 1 {
			built += "s"
		}
		built += " built from it"
	}
	call, setting, howto, fix := "config.LoadDefaultConfig", "config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)", "add config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)", dualstack.EnableConfig
	env := "AWS_USE_DUALSTACK_ENDPOINT=true"
	suffix := ""
	noun := "config"
	if cfg.V1 {
		noun = "session"
		call = "session." + sdk.Callee(pass.TypesInfo, cfg.Call).Name()
		setting = "UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled"
		howto = "set UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled in its aws.Config"
		fix = func(pass *analysis.Pass, cfg *awssdk.Config) (analysis.SuggestedFix, bool) {
			return dualstack.EnableV1(pass, cfg.File, cfg.Call, &cfg.Settings, cfg.V1Lits, cfg.V1Chain, cfg.V1Options, "Enable dual-stack endpoints for this session")
		}
		if cfg.SharedConfig == sdk.Enabled {
			env += " or the profile sets use_dualstack_endpoint"
		} else {
			env += " (a profile's use_dualstack_endpoint counts only with shared config enabled)"
		}
		suffix = " (aws-sdk-go v1 is past end of support since 2025-07-31; in v2 the switch is config.WithUseDualStackEndpoint)"
	}
	d := analysis.Diagnostic{Pos: cfg.Call.Pos(), End: cfg.Call.End(), Category: Name, URL: dualstack.DocURL(Name)}
	offer := func() {
		if cfg.V1 && cfg.V1Chain && len(cfg.V1Lits) == 0 && cfg.DualStack.State != sdk.Disabled {
			d.Message += "; no fix: aws.NewConfig().With...() has no setter for UseDualStackEndpoint, use an aws.Config literal"
			return
		}
		if f, ok := fix(pass, cfg); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{f}
		}
	}
	switch {
	case dualstack.ConfigState(cfg) == sdk.Disabled:
		d.Pos, d.End = cfg.DualStack.Node.Pos(), cfg.DualStack.Node.End()
		d.Message = fmt.Sprintf("dual-stack endpoints are explicitly disabled: %s cannot reach AWS from IPv6-only networks, whatever AWS_USE_DUALSTACK_ENDPOINT says", built)
		if cfg.Escape != nil {
			d.Message = fmt.Sprintf("dual-stack endpoints are explicitly disabled for a %s that %s: its clients cannot reach AWS from IPv6-only networks, whatever AWS_USE_DUALSTACK_ENDPOINT says", noun, leaves(cfg))
		} else if !dualstack.ConfigDecides(res, cfg) {
			d.Message += "; no fix: " + blocker(res, cfg)
		} else {
			offer()
		}
	case cfg.Escape != nil:
		d.Message = fmt.Sprintf("%s does not enable dual-stack endpoints, and the %s %s, so the clients built from it are not visible here: "+
			"add %s if every service and region it serves has a dual-stack endpoint and none sets a custom endpoint, or enable it on each client", call, noun, leaves(cfg), setting)
	default:
		verb := "use"
		if len(without) == 1 {
			verb = "uses"
		}
		d.Message = fmt.Sprintf("%s does not enable dual-stack endpoints: %s %s IPv4-only endpoints unless %s; %s", call, built, verb, env, howto)
		offer()
	}
	d.Message += suffix
	pass.Report(d)
}

// leaves says how a config escapes: "is returned", "is passed to f".
func leaves(cfg *awssdk.Config) string { return cfg.EscapeWhy }

// blocker says why a config-level fix is not offered.
func blocker(res *awssdk.Result, cfg *awssdk.Config) string {
	for _, cl := range cfg.Clients {
		e := cl.Effective()
		switch {
		case cl.File != cfg.File || cl.Func != cfg.Func:
			return "a client built from it is in another function"
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
