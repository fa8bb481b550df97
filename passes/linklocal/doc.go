// Package linklocal defines an Analyzer that reports link-local IPv4
// addresses of AWS services that also have an IPv6 address.
//
// # Analyzer linklocal
//
// linklocal: report link-local IPv4 addresses of AWS services that have an IPv6 form
//
// The check reports link-local IPv4 addresses of AWS services that Nitro
// instances also serve at an IPv6 address:
//
//	IPv4             IPv6           service
//	169.254.169.254  fd00:ec2::254  EC2 instance metadata service (IMDS)
//	169.254.169.253  fd00:ec2::253  Amazon DNS server (Route 53 Resolver)
//	169.254.169.123  fd00:ec2::123  Amazon Time Sync Service
//	169.254.170.23   fd00:ec2::23   EKS Pod Identity Agent
//
// in string literals — a URL host (`http://169.254.169.254/latest/meta-data`),
// a `host:port`, a bare address, or one word of a longer string (split on
// whitespace and punctuation; each word must be the whole host, so
// `169.254.169.2540` or `169.254.169.254.nip.io` do not match) — and in
// `net.IPv4(169, 254, 169, 254)`, `netip.AddrFrom4([4]byte{...})` and
// `net.IP{...}` with constant bytes. A constant is reported once, at its
// literal.
//
// These addresses need an IPv4 stack on the host. From an IPv6-only subnet,
// pod or container the IPv6 form is the one to use (Nitro instances only;
// IMDS also needs its IPv6 endpoint enabled, `HttpProtocolIpv6`). For IMDS
// the SDK's client switches with
// `config.WithEC2IMDSEndpointMode(imds.EndpointModeStateIPv6)` or
// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6`; for EKS Pod Identity the
// SDK's default credential chain reads `AWS_CONTAINER_CREDENTIALS_FULL_URI`,
// which EKS sets in the pod. (EKS does not support the IPv6 IMDS endpoint:
// pods there should get credentials from Pod Identity or IRSA.)
//
// Wrong:
//
//	resp, err := http.Get("http://169.254.169.254/latest/meta-data/instance-id")
//
// Right: the SDK's IMDS client, with
// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6` set where the code runs on
// IPv6 (or `config.WithEC2IMDSEndpointMode(imds.EndpointModeStateIPv6)` when
// it only ever does):
//
//	cfg, err := config.LoadDefaultConfig(ctx)
//	client := imds.NewFromConfig(cfg)
//	out, err := client.GetMetadata(ctx, &imds.GetMetadataInput{Path: "instance-id"})
//
// # Not reported
//
// `169.254.170.2` (ECS task metadata and credentials: no IPv6 form is
// documented), other link-local addresses, addresses in comments, servers
// that bind the address — it reaches `net.Listen`, `net.ListenPacket`,
// `net.ListenTCP`/`ListenUDP`/`ListenIP`, `net.ListenConfig`'s methods,
// `http.ListenAndServe(TLS)` or an `http.Server`'s `Addr`, directly or
// through the package's constants, variables and function parameters (a
// local IMDS emulator such as aws-vault's) —, addresses that are compared
// (`r.Host != metadataIP`, `case`), that appear in messages (`fmt.Errorf`,
// `errors.New`, `fmt.Print*`, `log.*`, `panic`, logger methods such as
// `Infof`), networks with a prefix length (`169.254.169.254/24`: a route or
// an interface alias), and test and generated files.
//
// # Fix
//
// None: the IPv6 form works only on Nitro instances, which the code cannot
// see. For IMDS it also needs the IPv6 endpoint enabled
// (`HttpProtocolIpv6`); swapping the address would break the code
// everywhere else.
//
// # Flags
//
// `-linklocal.imds-client`: also report `imds.New` and `imds.NewFromConfig`
// calls (SDK v2) whose client sets no endpoint mode — no `EndpointMode` (or
// `Endpoint`) in its `imds.Options` literal or option func literals, and no
// `config.WithEC2IMDSEndpointMode` (or `WithEC2IMDSEndpoint`) on a
// `config.LoadDefaultConfig` in the same function; an `aws.Config` literal
// without `ConfigSources` never reads the environment. Silent whenever part
// of the client's configuration is not visible (parameters, option
// variables, `opts...`, a config changed after loading). Default off.
//
// # In AWS shared config files
//
// With `dualstacklint awsconfig`: `ec2_metadata_service_endpoint` at
// `169.254.169.254` (with or without scheme and port). Remove it and set
// `ec2_metadata_service_endpoint_mode = IPv6` where the program runs on a
// Nitro instance with the IPv6 IMDS endpoint enabled (`HttpProtocolIpv6`).
// No fix.
package linklocal

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
