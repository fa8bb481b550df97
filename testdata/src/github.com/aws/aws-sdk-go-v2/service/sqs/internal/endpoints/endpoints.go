// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/sqs/internal/endpoints at v1.53.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package endpoints

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go/logging"
)

// Options is the endpoint resolver configuration options
type Options struct {
	Logger               logging.Logger
	LogDeprecated        bool
	ResolvedRegion       string
	DisableHTTPS         bool
	UseDualStackEndpoint aws.DualStackEndpointState
	UseFIPSEndpoint      aws.FIPSEndpointState
}

func (o Options) GetResolvedRegion() string {
	return o.ResolvedRegion
}

func (o Options) GetDisableHTTPS() bool {
	return o.DisableHTTPS
}

func (o Options) GetUseDualStackEndpoint() aws.DualStackEndpointState {
	return o.UseDualStackEndpoint
}

func (o Options) GetUseFIPSEndpoint() aws.FIPSEndpointState {
	return o.UseFIPSEndpoint
}

// Resolver is the service's legacy (v1-style) endpoint resolver.
type Resolver struct{}

// ResolveEndpoint resolves the service endpoint for the given region and options
func (r *Resolver) ResolveEndpoint(region string, options Options) (endpoint aws.Endpoint, err error) {
	return endpoint, nil
}

// New returns a new Resolver
func New() *Resolver {
	return &Resolver{}
}
