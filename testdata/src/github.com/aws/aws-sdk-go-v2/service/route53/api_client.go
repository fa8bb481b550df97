// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/route53 at v1.70.10.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package route53

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go/logging"
)

// ServiceID provides the unique name of this API client
const ServiceID = "Route 53"

// Client provides the API client to make operations call for the service.
type Client struct {
	options Options
}

// New returns an initialized Client based on the functional options. Provide
// additional functional options to further configure the behavior of the client,
// such as changing the client's endpoint or adding custom middleware behavior.
func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

// NewFromConfig returns a new client from the provided config.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	opts := Options{
		Region:       cfg.Region,
		BaseEndpoint: cfg.BaseEndpoint,
		Credentials:  cfg.Credentials,
		HTTPClient:   cfg.HTTPClient,
		Logger:       cfg.Logger,
	}
	return New(opts, optFns...)
}

// Options returns a copy of the client configuration.
func (c *Client) Options() Options {
	return c.options.Copy()
}

// HTTPClient is the interface of the HTTP client used by the service client.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Options are the service client's options.
type Options struct {
	BaseEndpoint *string
	Credentials  aws.CredentialsProvider

	// The endpoint options to be used when attempting to resolve an endpoint.
	EndpointOptions EndpointResolverOptions

	// The service endpoint resolver.
	//
	// Deprecated: EndpointResolver and WithEndpointResolver. Providing a value for
	// this field will likely prevent you from using any endpoint-related service
	// features released after the introduction of EndpointResolverV2 and BaseEndpoint.
	EndpointResolver EndpointResolver

	// Resolves the endpoint used for a particular service operation. This should be
	// used over the deprecated EndpointResolver.
	EndpointResolverV2 EndpointResolverV2

	Logger           logging.Logger
	Region           string
	RetryMaxAttempts int
	HTTPClient       HTTPClient
}

// Copy creates a clone where the APIOptions list is deep copied.
func (o Options) Copy() Options {
	return o
}

// WithEndpointResolver returns a functional option for setting the Client's
// EndpointResolver option.
//
// Deprecated: EndpointResolver and WithEndpointResolver are deprecated in the
// real SDK in favor of EndpointResolverV2 and WithEndpointResolverV2.
func WithEndpointResolver(v EndpointResolver) func(*Options) {
	return func(o *Options) {
		o.EndpointResolver = v
	}
}

// WithEndpointResolverV2 returns a functional option for setting the Client's
// EndpointResolverV2 option.
func WithEndpointResolverV2(v EndpointResolverV2) func(*Options) {
	return func(o *Options) {
		o.EndpointResolverV2 = v
	}
}
