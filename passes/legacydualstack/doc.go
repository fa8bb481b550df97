// Package legacydualstack defines an Analyzer that reports the deprecated,
// S3-only dual-stack settings and moves code to the global ones.
//
// # Analyzer legacydualstack
//
// legacydualstack: report deprecated S3-only dual-stack settings
//
// The check reports the deprecated, S3-only dual-stack switches: SDK v2
// `s3.Options.UseDualstack` and `s3control.Options.UseDualstack` (option
// funcs and `Options` literals), SDK v1 `aws.Config.UseDualStack` (literals,
// assignments) and `(*aws.Config).WithUseDualStack(true)`.
//
// They are honoured only while the global switch is unset, and only by S3
// and S3 Control: on a v1 config other services share, they do nothing for
// those services. The global switch (`EndpointOptions.UseDualStackEndpoint`
// in v2, `aws.Config.UseDualStackEndpoint` in v1) replaces them, as the
// shared config's global `use_dualstack_endpoint` replaced
// `s3 = use_dualstack_endpoint`. When both are set and disagree, the message
// says which one wins at run time: the global one, unless it is unset.
//
// Wrong:
//
//	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UseDualstack = true })
//	sess := session.Must(session.NewSession(&aws.Config{UseDualStack: aws.Bool(true)}))
//
// Right:
//
//	client := s3.NewFromConfig(cfg, func(o *s3.Options) {
//		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
//	})
//	sess := session.Must(session.NewSession(&aws.Config{UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
//
// # Fix
//
// Moves to the global switch. It replaces the old field with the global one
// (v2: `EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled`,
// or an `EndpointOptions: s3.EndpointResolverOptions{...}` field in a
// literal; v1: `UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled`).
// On a v1 config shared with other services the global switch turns
// dual-stack on for them too, so the fix is offered only when each of them
// has a verified dual-stack endpoint in its target regions.
// `WithUseDualStack` chains get no fix: v1 has no `WithUseDualStackEndpoint`
// setter.
//
// # In AWS shared config files
//
// With `dualstacklint awsconfig`: the nested, S3-only form
//
//	[default]
//	s3 =
//	    use_dualstack_endpoint = true
//
// (and `s3control =`), unless the profile's own `use_dualstack_endpoint` is
// already true; and `use_dualstack_endpoint` in a service's block of a
// `[services …]` section, where the SDK reads only `endpoint_url`. The Go
// SDKs (v2 `config`, v1 `session`) read only the profile-level key, so Go
// programs stay IPv4-only. Set `use_dualstack_endpoint = true` at the
// profile level — it switches every service of the profile, so check each
// one's coverage with `dualstacklint endpoints -regions SERVICE` — or enable
// dual-stack on the S3 client in code. No fix, for that reason.
package legacydualstack

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
