package dualstackclient

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const Name = "dualstackclient"

var Analyzer = &analysis.Analyzer{
	Name:     Name,
	Doc:      doc,
	URL:      dualstack.DocURL(Name),
	Requires: []*analysis.Analyzer{awssdk.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[awssdk.Analyzer].(*awssdk.Result)
	for _, cl := range res.Clients {
		if dualstack.Skip(pass, cl.File) || !dualstack.NeedsDualStack(res, cl) {
			continue
		}
		ds := cl.DualStack()
		explicit := ds.State == sdk.Disabled && (cl.Own.DualStack.Node != nil || cl.Origin == awssdk.FromOptions)
		if !explicit && reportedAtAConfig(res, cl) {
			continue // reported once, at the config (or at each of its configs)
		}
		if ds.State == sdk.Disabled && !explicit {
			continue // disabled by the config: dualstackconfig's report
		}
		report(pass, res, cl, ds, explicit)
	}
	return nil, nil
}

func report(pass *analysis.Pass, res *awssdk.Result, cl *awssdk.Client, ds awssdk.Setting, explicit bool) {
	ctor := "NewFromConfig"
	if cl.Origin == awssdk.FromOptions {
		ctor = "New"
	}
	d := analysis.Diagnostic{Pos: cl.Call.Pos(), End: cl.Call.End(), Category: Name, URL: dualstack.DocURL(Name)}
	e := cl.Effective()
	host := ""
	if e.Region != "" {
		if ep, err := endpoints.DualStack(cl.Service, e.Region, e.FIPS.State == sdk.Enabled); err == nil && ep.IPv4 != "" {
			host = " (" + ep.IPv4 + ")"
		}
	}
	setting := "o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
	switch {
	case cl.V1:
		setting = "UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled in its aws.Config"
	case cl.Origin == awssdk.FromOptions:
		setting = "EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled"
	}
	unless := " unless AWS_USE_DUALSTACK_ENDPOINT=true"
	switch {
	case explicit:
		d.Pos, d.End = ds.Node.Pos(), ds.Node.End()
		d.Message = fmt.Sprintf("dual-stack endpoints are explicitly disabled for this %s client: it cannot reach AWS from IPv6-only networks%s", cl.Service, ipv4Note(host))
	case cl.Origin == awssdk.FromLiteral:
		d.Message = fmt.Sprintf("%s.%s uses an aws.Config literal, which never reads AWS_USE_DUALSTACK_ENDPOINT or the shared config: the client uses an IPv4-only endpoint%s", cl.Service, ctor, host)
		unless = ""
	case cl.Origin == awssdk.FromOptions:
		d.Message = fmt.Sprintf("%s.New with an Options literal never reads AWS_USE_DUALSTACK_ENDPOINT or the shared config: the client uses an IPv4-only endpoint%s", cl.Service, host)
		unless = ""
	default:
		d.Message = fmt.Sprintf("%s client does not enable dual-stack endpoints: it uses an IPv4-only endpoint%s", cl.Service, host)
	}
	c := dualstack.ClientCoverage(res, cl)
	switch {
	case c.V1Global != "":
		d.Message += "; " + c.Why()
	case !c.OK() && (c.Constant || c.Nowhere):
		// Switching dual-stack on would not help: say so instead of
		// advising it.
		where := c.Missing[0]
		if !c.Constant {
			where = "any " + dualstack.List(c.Partitions, 3) + " region"
		}
		if !explicit {
			d.Message += fmt.Sprintf(", and %s has no verified dual-stack endpoint in %s: IPv6-only networks need a VPC endpoint or NAT64 to reach it (no fix)", cl.Service, where)
		} else {
			d.Message += "; " + c.Why()
		}
	case !c.OK():
		if !explicit {
			d.Message += unless + "; set " + setting
		}
		d.Message += "; " + c.Why()
	case cl.V1 && cl.V1Chain && len(cl.V1Lits) == 0 && !explicit:
		d.Message += unless + "; set " + setting + "; no fix: aws.NewConfig().With...() has no setter for UseDualStackEndpoint, use an aws.Config literal"
	default:
		if !explicit {
			d.Message += unless + "; set " + setting
		}
		var fix analysis.SuggestedFix
		ok := false
		if cl.V1 {
			fix, ok = dualstack.EnableV1(pass, cl.File, cl.Call, &cl.Own, cl.V1Lits, cl.V1Chain, nil, "Enable dual-stack endpoints for this client")
		} else {
			fix, ok = dualstack.EnableClient(pass, cl)
		}
		if ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
}

func reportedAtAConfig(res *awssdk.Result, cl *awssdk.Client) bool {
	if cl.Config == nil {
		return false
	}
	for _, cfg := range append([]*awssdk.Config{cl.Config}, cl.Alternatives...) {
		if dualstack.ReportedAtConfig(res, cfg) {
			return true
		}
	}
	return false
}

// ipv4Note turns " (host)" into "; it uses host".
func ipv4Note(host string) string {
	if len(host) < 3 {
		return ""
	}
	return "; it uses " + host[2:len(host)-1]
}
