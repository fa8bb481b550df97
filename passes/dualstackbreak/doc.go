// Package dualstackbreak defines an Analyzer that reports dual-stack
// endpoints enabled where they fail at run time.
//
// # Analyzer dualstackbreak
//
// dualstackbreak: report dual-stack endpoints enabled where they cannot work
//
// Enabling dual-stack is not always possible. The check reports dual-stack
// enabled (by any of the means dualstackconfig and dualstackclient know)
// where it fails at run time, with what happens then:
//   - dual-stack with `BaseEndpoint` or `config.WithBaseEndpoint`: every
//     request fails with `Invalid Configuration: Dualstack and custom
//     endpoint are not supported` (S3: `Cannot set dual-stack in combination
//     with a custom endpoint.`);
//   - dual-stack with a legacy endpoint resolver (`EndpointResolver`,
//     `EndpointResolverWithOptions`): the switch is silently ignored, and
//     requests go to the resolver's URL;
//   - dual-stack in a constant region where the service has no verified
//     dual-stack endpoint: the SDK builds a hostname (e.g.
//     `ec2.me-central-1.api.aws`) that the endpoint data does not list, and
//     DNS resolution is likely to fail ([hashicorp/go-discover#293]);
//   - dual-stack in an isolated partition (`aws-iso*`) or a pseudo region
//     (`aws-global`, `us-east-1-fips`, `fips-us-east-1`, `s3-external-1`,
//     `local`): no dual-stack endpoint exists;
//   - S3 `UseAccelerate` with FIPS: `Accelerate cannot be used with FIPS`;
//   - S3 `UseAccelerate` in China: `S3 Accelerate cannot be used in this region`;
//   - DynamoDB's `BaseEndpoint` set to its own dual-stack hostname:
//     `Endpoint override is not supported for dual-stack endpoints`;
//   - v1: dual-stack with `aws.Config.Endpoint`: v1 silently ignores
//     dual-stack, and requests go to the endpoint;
//   - v1: dual-stack on IAM, Route 53 or CloudFront clients: v1's frozen
//     endpoint data builds `iam.<region>.api.aws`-style names that do not
//     exist (the real ones are `*.global.api.aws`).
//
// Regions that are not constants in the code are not checked: the -regions
// flag only decides where fixes are safe.
//
// Wrong:
//
//	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"),
//		config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
//	hosts := ec2.NewFromConfig(cfg)
//
// Right: enable dual-stack only for services and regions that have it
// (check with `dualstacklint endpoints ec2 me-central-1`), or leave it to
// `AWS_USE_DUALSTACK_ENDPOINT` per deployment.
//
// # With -env AWS_USE_DUALSTACK_ENDPOINT=true
//
// When the deployment switches dual-stack on for every client that reads the
// environment (`-env AWS_USE_DUALSTACK_ENDPOINT=true`, or `env:` in
// `.dualstacklint.yml`), the check also reports each such client the
// variable breaks: its service has no verified dual-stack endpoint in a
// target region, it runs in a partition without dual-stack, or it sets a
// custom `BaseEndpoint` (v2). Clients that set the switch themselves, and
// clients of `aws.Config` or `Options` literals, which never read the
// environment, are not affected.
//
// # Fix
//
// Under -env only: opts the client out of dual-stack. v2 gets
// `o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateDisabled`
// in its option func, v1 `UseDualStackEndpoint:
// endpoints.DualStackEndpointStateDisabled` in its `aws.Config`; the
// opt-out is then right, not a finding. Otherwise none: which side to drop
// is a design decision.
//
// # In AWS shared config files
//
// With `dualstacklint awsconfig`: `use_dualstack_endpoint = true` in a
// profile whose `region` has no dual-stack endpoint for any service: a
// pseudo region (`aws-global`, `fips-us-east-1`, `us-east-1-fips`, …) or a
// region of a partition without dual-stack endpoints (the isolated
// `aws-iso*` partitions). No fix.
//
// [hashicorp/go-discover#293]: https://github.com/hashicorp/go-discover/issues/293
package dualstackbreak

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
