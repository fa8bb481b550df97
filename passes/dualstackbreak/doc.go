// Package dualstackbreak defines an Analyzer that reports dual-stack
// endpoints enabled where they fail at run time.
//
// # Analyzer dualstackbreak
//
// dualstackbreak: report dual-stack endpoints enabled where they cannot work
//
// Enabling dual-stack is not always possible. The check reports, with what
// happens at run time:
//   - dual-stack together with a custom endpoint (BaseEndpoint,
//     config.WithBaseEndpoint): every request fails with "Invalid
//     Configuration: Dualstack and custom endpoint are not supported" (S3:
//     "Cannot set dual-stack in combination with a custom endpoint.");
//     with a legacy endpoint resolver the switch is silently ignored;
//   - dual-stack in a constant region where the service has no verified
//     dual-stack endpoint: the SDK builds a hostname the endpoint data does
//     not list, and DNS resolution fails (hashicorp/go-discover#293: EC2 in
//     me-central-1);
//   - dual-stack in an isolated partition (aws-iso*) or a pseudo region
//     (aws-global, us-east-1-fips, fips-us-east-1, s3-external-1, local);
//   - S3 UseAccelerate with FIPS ("Accelerate cannot be used with FIPS") or
//     in China ("S3 Accelerate cannot be used in this region");
//   - DynamoDB's BaseEndpoint set to its own dual-stack hostname ("Endpoint
//     override is not supported for dual-stack endpoints").
//
// Regions the code does not set as constants are not checked here: the
// -regions flag only decides where fixes are safe.
//
// Wrong:
//
//	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"),
//		config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
//	client := ec2.NewFromConfig(cfg)
//
// Right: enable dual-stack only for services and regions that have it, or
// leave it to AWS_USE_DUALSTACK_ENDPOINT per deployment.
package dualstackbreak
