// Package dualstackclient defines an Analyzer that reports AWS SDK clients
// built without dual-stack endpoints.
//
// # Analyzer dualstackclient
//
// dualstackclient: report AWS SDK service clients that do not use dual-stack endpoints
//
// It reports svc.NewFromConfig and svc.New calls of any
// github.com/aws/aws-sdk-go-v2/service/<svc> package whose client ends up
// without dual-stack, where dualstackconfig does not report the config they
// come from: clients from an aws.Config literal or an svc.Options literal
// (neither ever reads AWS_USE_DUALSTACK_ENDPOINT or the shared config),
// clients whose config also serves clients that cannot be switched on, and
// clients that explicitly set DualStackEndpointStateDisabled.
//
// Not reported: clients whose config or options come from where the
// analysis cannot see (parameters, struct fields, other packages, unknown
// option funcs), and clients with a custom endpoint (BaseEndpoint, an
// endpoint resolver): dual-stack would break them, and the ipv4endpoint
// check handles AWS hostnames in them.
//
// The fix sets o.EndpointOptions.UseDualStackEndpoint =
// aws.DualStackEndpointStateEnabled, as a line in the client's last option
// func literal or as a new option func. It is offered only when the service
// has a verified dual-stack endpoint in every region the client may run in
// (its constant region, or the -regions flag).
//
// Wrong:
//
//	client := s3.NewFromConfig(aws.Config{Region: "us-west-2"})
//
// Right:
//
//	client := s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
//		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
//	})
package dualstackclient
