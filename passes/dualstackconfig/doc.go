// Package dualstackconfig defines an Analyzer that reports AWS SDK configs
// that do not opt into dual-stack endpoints.
//
// # Analyzer dualstackconfig
//
// dualstackconfig: report config.LoadDefaultConfig calls whose clients do not use dual-stack endpoints
//
// AWS endpoints are IPv4-only unless a client opts into dual-stack. A config
// loaded without config.WithUseDualStackEndpoint makes every client built
// from it IPv4-only, unless AWS_USE_DUALSTACK_ENDPOINT or the shared config
// profile switches it on at run time.
//
// The check reports the decision where it is made, once:
//   - at config.LoadDefaultConfig, when every client built from the config is
//     visible in the same function and file and can be switched on safely,
//     with a fix adding config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled);
//   - at config.LoadDefaultConfig, without a fix, when the config leaves the
//     function (returned, stored, passed on), so its clients are not visible;
//   - at an explicit DualStackEndpointStateDisabled.
//
// Otherwise the clients are reported one by one by dualstackclient. A fix is
// offered only when every service built from the config has a verified
// dual-stack endpoint in every region the code may run in: its constant
// region, or the -regions flag (default: every aws partition region).
//
// Wrong:
//
//	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
//	client := s3.NewFromConfig(cfg)
//
// Right:
//
//	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"),
//		config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
//	client := s3.NewFromConfig(cfg)
package dualstackconfig
