// Package linklocal defines an Analyzer that reports link-local IPv4
// addresses of AWS services that also have an IPv6 address.
//
// # Analyzer linklocal
//
// linklocal: report link-local IPv4 addresses of AWS services that have an IPv6 form
//
// Instances reach some AWS services at link-local IPv4 addresses. On an
// IPv6-only network (an IPv6-only subnet, an IPv6 EKS pod) code needs their
// IPv6 form, which Nitro instances provide:
//
//	169.254.169.254  fd00:ec2::254  EC2 instance metadata service (IMDS)
//	169.254.169.253  fd00:ec2::253  Amazon DNS server (Route 53 Resolver)
//	169.254.169.123  fd00:ec2::123  Amazon Time Sync Service
//	169.254.170.23   fd00:ec2::23   EKS Pod Identity Agent
//
// The check reports these addresses in string literals (a URL host, a
// host:port, a bare address, or one word of a longer string) and in
// net.IPv4, netip.AddrFrom4 and net.IP{...} with constant bytes. A constant
// is reported once, at its literal. 169.254.170.2 (ECS task metadata and
// credentials) is not reported: it has no documented IPv6 form. Neither are
// servers that bind an address (net.Listen, net.ListenPacket,
// http.ListenAndServe, http.Server's Addr, ...), such as a local IMDS
// emulator.
//
// There is no fix: the IPv6 IMDS endpoint works only on a Nitro instance
// with it enabled (HttpProtocolIpv6), which the code cannot see.
//
// With -imds-client, the check also reports imds.New and imds.NewFromConfig
// calls whose client sets no endpoint mode, where it can see everything the
// client is built from.
//
// Wrong:
//
//	resp, err := http.Get("http://169.254.169.254/latest/meta-data/instance-id")
//
// Right: the SDK's IMDS client, with AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6
// where the code runs on IPv6 (or config.WithEC2IMDSEndpointMode(imds.EndpointModeStateIPv6)
// when it only ever does):
//
//	cfg, err := config.LoadDefaultConfig(ctx)
//	client := imds.NewFromConfig(cfg)
//	out, err := client.GetMetadata(ctx, &imds.GetMetadataInput{Path: "instance-id"})
package linklocal
