// Package dualstackconfig defines an Analyzer that reports AWS SDK configs
// that do not opt into dual-stack endpoints.
//
// # Analyzer dualstackconfig
//
// dualstackconfig: report config.LoadDefaultConfig and session.NewSession calls whose clients do not use dual-stack endpoints
//
// The check reports `config.LoadDefaultConfig` calls (SDK v2), and
// `session.NewSession`, `session.New` and `session.NewSessionWithOptions`
// calls (SDK v1, with or without `session.Must`), whose configs build
// clients without dual-stack endpoints.
//
// AWS endpoints are IPv4-only unless a client opts in. A config loaded
// without `config.WithUseDualStackEndpoint` leaves every client built from
// it IPv4-only, unless `AWS_USE_DUALSTACK_ENDPOINT` or the shared config
// profile switches it on at run time. From an IPv6-only subnet, pod or VPC
// those clients cannot connect.
//
// The check reports where the decision is made, once:
//   - at `config.LoadDefaultConfig`, when every client built from the config
//     is visible in the same function and file, none has a custom endpoint
//     or hidden options, and each service has a verified dual-stack endpoint
//     in its regions (or sets dual-stack itself) — with a fix;
//   - at `config.LoadDefaultConfig`, without a fix, when the config leaves
//     what the analysis follows (returned, stored in a field or package
//     variable, passed to another package or to a helper that also gets
//     other configs): its clients are not visible there. A helper of the
//     same package whose parameter only ever receives this config is
//     followed: its clients are this config's, and `dualstackclient`
//     reports them where they are built;
//   - at an explicit `config.WithUseDualStackEndpoint(aws.DualStackEndpointStateDisabled)`.
//
// Otherwise `dualstackclient` reports the clients one by one. Configs whose
// options the analysis cannot see (an `opts...` from a parameter, an option
// func from another package) are not reported: the decision is made
// elsewhere.
//
// Wrong:
//
//	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
//	uploader := s3.NewFromConfig(cfg)
//	queue := sqs.NewFromConfig(cfg)
//
// Right:
//
//	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"),
//		config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
//
// # Fix
//
// Adds `config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)`
// (v1: `UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled`). It
// goes into the call (or into the visible option slice it spreads), or turns
// an explicit `DualStackEndpointStateDisabled` into `Enabled`; it imports
// `github.com/aws/aws-sdk-go-v2/aws` when needed, under another name if
// `aws` is taken. A fix is offered only when every service built from the
// config has a verified dual-stack endpoint in every region the code may
// run in: its constant region, or the -regions flag (default: every aws
// partition region).
//
// # SDK v1
//
// The same rules apply to sessions and `<svc>.New(sess, cfgs...)` clients.
// The fix adds `UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled`
// to the session's last `aws.Config` literal (or to the `session.Options`
// literal, or as a new `&aws.Config{...}` argument), importing
// `github.com/aws/aws-sdk-go/aws/endpoints`. `aws.NewConfig().With…()`
// chains have no setter for it: no fix, and the message says so. The
// session message mentions once that aws-sdk-go v1 is past end of support
// (2025-07-31) and names the v2 switch; it notes that a profile's
// `use_dualstack_endpoint` counts only when shared config is enabled
// (`SharedConfigState: session.SharedConfigEnable` or `AWS_SDK_LOAD_CONFIG`).
//
// # In AWS shared config files
//
// With `dualstacklint awsconfig`: a profile's `use_dualstack_endpoint` whose
// value is neither `true` nor `false` (compared without case; a continuation
// line or a comment glued to the value without a blank counts as part of
// it). Both Go SDKs read it as false, with no error, so dual-stack stays
// off. No fix.
package dualstackconfig

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
