package dualstackbreak

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const Name = "dualstackbreak"

var Analyzer = &analysis.Analyzer{
	Name:     Name,
	Doc:      doc,
	URL:      dualstack.DocURL(Name),
	Requires: []*analysis.Analyzer{awssdk.Analyzer},
	Run:      run,
}

const (
	errCustom     = "Invalid Configuration: Dualstack and custom endpoint are not supported"
	errCustomS3   = "Cannot set dual-stack in combination with a custom endpoint."
	errDynamoDB   = "Endpoint override is not supported for dual-stack endpoints"
	errAccelFIPS  = "Accelerate cannot be used with FIPS"
	errAccelChina = "S3 Accelerate cannot be used in this region"
)

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[awssdk.Analyzer].(*awssdk.Result)
	for _, cfg := range res.Configs {
		if dualstack.Skip(pass, cfg.File) || cfg.Opaque {
			continue
		}
		if cfg.DualStack.State == sdk.Enabled && cfg.CustomEndpoint != nil {
			reportCustom(pass, cfg.CustomEndpoint, cfg.CustomKind, "", cfg.V1, cfg.DualStack.Node)
		}
	}
	for _, cl := range res.Clients {
		if dualstack.Skip(pass, cl.File) {
			continue
		}
		checkClient(pass, cl)
	}
	return nil, nil
}

func checkClient(pass *analysis.Pass, cl *awssdk.Client) {
	e := cl.Effective()
	fips := e.FIPS.State == sdk.Enabled
	if cl.Service == "dynamodb" {
		for _, v := range e.BaseEndpoints {
			if s, ok := sdk.StringConst(pass.TypesInfo, v); ok {
				if h, err := endpoints.ParseHost(s); err == nil && h.Service == "dynamodb" && h.IsDualStack {
					pass.Report(diag(v, fmt.Sprintf("BaseEndpoint is DynamoDB's dual-stack endpoint %s, which the SDK rejects (%q): remove BaseEndpoint and set UseDualStackEndpoint = aws.DualStackEndpointStateEnabled", h.Host, errDynamoDB)))
				}
			}
		}
	}
	if cl.Service == "s3" && e.Accelerate.State == sdk.Enabled {
		field := "UseAccelerate"
		if cl.V1 {
			field = "S3UseAccelerate"
		}
		if fips && !cl.V1 {
			pass.Report(diag(e.Accelerate.Node, fmt.Sprintf("S3 %s with FIPS endpoints fails: %q", field, errAccelFIPS)))
		}
		if p, ok := endpoints.PartitionOf(e.Region); ok && p.ID == "aws-cn" {
			if cl.V1 {
				// v1 does not check: it builds an accelerate host under
				// amazonaws.com.cn, which does not exist.
				pass.Report(diag(e.Accelerate.Node, fmt.Sprintf("S3 Transfer Acceleration is not available in %s: with %s, aws-sdk-go v1 sends requests to a *.s3-accelerate host in amazonaws.com.cn, which does not resolve", e.Region, field)))
			} else {
				pass.Report(diag(e.Accelerate.Node, fmt.Sprintf("S3 Transfer Acceleration is not available in %s: requests fail with %q", e.Region, errAccelChina)))
			}
		}
	}
	ds := cl.DualStack()
	if ds.State != sdk.Enabled {
		return
	}
	if e.CustomEndpoint != nil {
		// Both set on the config: reported there once.
		if cl.Config != nil && e.CustomEndpoint == cl.Config.CustomEndpoint && ds.Node == cl.Config.DualStack.Node {
			return
		}
		reportCustom(pass, e.CustomEndpoint, e.CustomKind, cl.Service, cl.V1, ds.Node)
		return
	}
	if host := dualstack.V1Global[cl.Service]; cl.V1 && host != "" {
		pass.Report(diag(cl.Call, fmt.Sprintf("dual-stack is enabled (line %d) for an aws-sdk-go v1 %s client: v1's frozen endpoint data builds a regional %s.<region>.api.aws name that does not exist (%s's dual-stack endpoint is %s); use SDK v2, or set Endpoint to https://%s",
			pass.Fset.Position(ds.Node.Pos()).Line, cl.Service, cl.Service, cl.Service, host, host)))
		return
	}
	if e.Region == "" {
		return // the -regions flag decides fixes, not breakage
	}
	ep, err := endpoints.DualStack(cl.Service, e.Region, fips)
	if err != nil {
		return // a region or service the data does not know: not a claim to make
	}
	where := pass.Fset.Position(ds.Node.Pos())
	switch ep.Confidence {
	case endpoints.None:
		pass.Report(diag(cl.Call, fmt.Sprintf("dual-stack is enabled (line %d) for the %s client in %s, which has no dual-stack endpoint: %s; requests fail", where.Line, cl.Service, e.Region, ep.Reason)))
	case endpoints.Derived:
		pass.Report(diag(cl.Call, fmt.Sprintf("dual-stack is enabled (line %d) for the %s client in %s, where %s has no verified dual-stack endpoint: the SDK will use %s, which the endpoint data does not list, and DNS resolution is likely to fail",
			where.Line, cl.Service, e.Region, cl.Service, ep.DualStack)))
	}
}

func reportCustom(pass *analysis.Pass, custom ast.Node, kind awssdk.CustomKind, service string, v1 bool, ds ast.Node) {
	line := pass.Fset.Position(ds.Pos()).Line
	switch {
	case v1 && kind == awssdk.BaseEndpoint:
		pass.Report(diag(custom, fmt.Sprintf("aws-sdk-go v1 ignores dual-stack (enabled at line %d) when Endpoint is set: requests go to that endpoint", line)))
	case kind == awssdk.BaseEndpoint:
		msg := errCustom
		if service == "s3" || service == "s3control" {
			msg = errCustomS3
		}
		pass.Report(diag(custom, fmt.Sprintf("a custom endpoint together with dual-stack (enabled at line %d) fails every request: %q; drop one of them", line, msg)))
	case kind == awssdk.Resolver:
		pass.Report(diag(custom, fmt.Sprintf("the legacy endpoint resolver ignores dual-stack (enabled at line %d): requests go to whatever URL it returns", line)))
	}
}

func diag(n ast.Node, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: Name, URL: dualstack.DocURL(Name), Message: msg}
}
