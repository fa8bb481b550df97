// Package dualstackclient defines an Analyzer that reports AWS SDK clients
// built without dual-stack endpoints.
//
// # Analyzer dualstackclient
//
// dualstackclient: report AWS SDK service clients that do not use dual-stack endpoints where their config is not reported
//
// The check reports `svc.NewFromConfig` and `svc.New` calls of any
// `github.com/aws/aws-sdk-go-v2/service/<svc>` package, and
// `svc.New(sess, cfgs...)` of any `github.com/aws/aws-sdk-go/service/<svc>`
// (v1) package, whose client ends up without dual-stack, where
// `dualstackconfig` does not report the config:
//   - clients built from an `aws.Config{...}` literal or with
//     `svc.New(svc.Options{...})`: neither ever reads
//     `AWS_USE_DUALSTACK_ENDPOINT` or the shared config, so only code can
//     switch them on;
//   - clients of a config that cannot be switched on as a whole (one of its
//     services has no verified dual-stack endpoint, or has a custom
//     endpoint);
//   - clients that set `EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateDisabled`.
//
// Wrong:
//
//	client := s3.NewFromConfig(aws.Config{Region: "us-west-2", Credentials: creds})
//
// Right:
//
//	client := s3.NewFromConfig(aws.Config{Region: "us-west-2", Credentials: creds}, func(o *s3.Options) {
//		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
//	})
//
// # Not reported
//
// Clients whose config or options come from where the analysis cannot see
// (parameters, struct fields, other packages, option funcs it cannot
// follow), and clients with a custom endpoint (`BaseEndpoint`, an endpoint
// resolver): dual-stack breaks them, and the ipv4endpoint check handles AWS
// hostnames in them. S3's deprecated `UseDualstack = true` counts as
// dual-stack here. Services whose usual endpoint already is dual-stack
// (Cognito's, for instance) are not reported.
//
// # Fix
//
// Sets `o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled`.
// The line goes last in the client's last multi-line option func literal
// (unless it can return early), or into a new option func (added to the
// call, or to the visible option slice it spreads), or the fix turns an
// explicit `Disabled` into `Enabled`. It is offered only when the service
// has a verified dual-stack endpoint in every region the client may run in
// (its constant region, or the -regions flag); otherwise the message names
// the regions that lack one. When the client's region is a constant without
// a verified dual-stack endpoint, the message says so instead of advising
// dual-stack: that none is documented there (unknown, not absent: check it
// with `dualstacklint endpoints -resolve SERVICE REGION`), or, where the
// endpoint data says there is none, that IPv6-only networks need a VPC
// endpoint or NAT64 to reach it. For aws-sdk-go v1
// clients of IAM, Route 53 and CloudFront there is no fix: v1's endpoint
// data builds wrong dual-stack names for them; set `Endpoint` to the
// `*.global.api.aws` host, or move to SDK v2.
package dualstackclient

import (
	_ "embed"

	"github.com/dualstacklint/dualstacklint/internal/checkdoc"
)

// doc.go is the one source of the check's documentation: Analyzer.Doc,
// 'dualstacklint help', SARIF rule help, docs/checks.md and the README's
// checks table (go generate ./analyzer rewrites the last two).
//
//go:embed doc.go
var docGo string

var doc = checkdoc.MustExtract(docGo, Name)
