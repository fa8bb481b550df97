// Package ipv4endpoint defines an Analyzer that reports hard-coded IPv4-only
// AWS endpoint hostnames and URLs.
//
// # Analyzer ipv4endpoint
//
// ipv4endpoint: report hard-coded IPv4-only AWS endpoint hostnames and URLs
//
// The check reports hard-coded IPv4-only AWS endpoint hostnames and URLs
// (`https://sqs.us-east-1.amazonaws.com/123456789012/jobs`,
// `s3-us-west-2.amazonaws.com`, `https://sts.amazonaws.com`, the constant
// parts of `fmt.Sprintf("https://sqs.%s.amazonaws.com", region)` and
// `"https://sqs." + region + ".amazonaws.com"`) that reach an endpoint:
//   - SDK v2: `BaseEndpoint` (`aws.Config`, service `Options`,
//     `config.LoadOptions`), `config.WithBaseEndpoint`,
//     `aws.Endpoint{URL: ...}`, smithy's `endpoints.Endpoint{URI: ...}` from
//     `url.Parse`, `<svc>.EndpointResolverFromURL`;
//   - SDK v1: `aws.Config.Endpoint`, `(*aws.Config).WithEndpoint`,
//     `endpoints.ResolvedEndpoint{URL: ...}`;
//   - `net/http`: `http.Get`/`Head`/`Post`/`PostForm`,
//     `http.NewRequest(WithContext)` and the same `*http.Client` methods
//     (`url.Parse` results are followed).
//
// Named constants and package-level variables are followed within the
// package; a constant is reported once, at its literal. An exported
// constant of another package (its value is in the export data) is reported
// at each use, naming the constant and where it is declared, and fixed
// there. `url.URL` literals (`(&url.URL{Scheme: "https", Host: ...}).String()`,
// a variable holding one, `u.Host = ...`) are followed to their Host literal,
// and `{Region}` templates expanded with `strings.ReplaceAll`,
// `strings.Replace` or `strings.NewReplacer(...).Replace` are read like
// `fmt.Sprintf` formats: a placeholder replaced by a value the check does not
// know is a hole (`https://sqs.{Region}.amazonaws.com` →
// `https://sqs.{Region}.api.aws`). Every form the
// embedded resolver parses is recognised: regional and FIPS hosts, the S3
// family (virtual host, path style, dash-region, global, accelerate, access
// points, S3 Control), China, GovCloud, EUSC, global services and SQS queue
// URLs.
//
// These hostnames resolve to IPv4 addresses only: setting them pins the
// client to IPv4 whatever its dual-stack switch says, and code that
// hard-codes them cannot reach AWS from IPv6-only networks.
//
// Wrong:
//
//	const queue = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
//	resp, err := http.Get(queue)
//
// Right:
//
//	const queue = "https://sqs.us-east-1.api.aws/123456789012/jobs"
//
// # Not reported
//
// Hosts that already are dual-stack (`*.api.aws`, `s3.dualstack.*`,
// Cognito's, …), VPC endpoint hosts (`vpce-…`: their IP family is the VPC
// endpoint's own `IpAddressType` setting, a different decision than the
// SDK's), non-AWS hosts, `localhost`/LocalStack, values from the
// environment, flags or files, and strings that do not reach an endpoint (a
// URL in a log line or a doc string) unless -ipv4endpoint.all is set.
//
// # Fix
//
// Replaces the host with its verified dual-stack form. The form comes from
// the embedded resolver, keeping scheme, port, path, query, bucket and
// FIPS; for formats and concatenations the fix rewrites the constant part
// (`"https://sqs.%s.amazonaws.com"` → `"https://sqs.%s.api.aws"`) when the
// result is unambiguous. It is offered only when the dual-stack host is
// verified for the host's own region, or, when the region is a placeholder,
// for every -regions region. No fix for DynamoDB's `BaseEndpoint` (the SDK
// rejects its dual-stack hostname as an endpoint override: remove
// `BaseEndpoint` and enable `UseDualStackEndpoint`), for global S3 bucket
// hosts (the bucket's region is unknown), or for forms without a dual-stack
// equivalent (S3 website endpoints, the isolated partitions): the message
// says why.
//
// # Flags
//
// `-ipv4endpoint.all`: also report such hosts in any string constant of
// non-test code (default off: a URL in a log line or doc string is not an
// endpoint).
//
// # In AWS shared config files
//
// With `dualstacklint awsconfig`: a profile's `endpoint_url`, and a
// service's `endpoint_url` in a `[services …]` section, at an IPv4-only AWS
// host. The fix rewrites the host to its dual-stack form when the resolver
// has a verified one, and keeps every other byte (scheme, port, path,
// quotes, comments). In a services section a comment after the URL is part
// of the value for the SDK; the message says so.
package ipv4endpoint

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
