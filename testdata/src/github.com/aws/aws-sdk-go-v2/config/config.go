// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/config at v1.33.18.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package config

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/smithy-go/logging"
)

// LoadDefaultConfig reads the SDK's default external configurations, and
// populates an AWS Config with the values from the external configurations.
func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (cfg aws.Config, err error) {
	var options LoadOptions
	for _, optFn := range optFns {
		if err := optFn(&options); err != nil {
			return aws.Config{}, err
		}
	}
	return aws.Config{Region: options.Region}, nil
}

// HTTPClient is an HTTP client implementation.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// LoadOptionsFunc is a type alias for LoadOptions functional option.
// (Despite the comment in the real SDK, it is a defined type, not an alias.)
type LoadOptionsFunc func(*LoadOptions) error

// LoadOptions are discrete set of options that are valid for loading the
// configuration.
type LoadOptions struct {
	Region                      string
	Credentials                 aws.CredentialsProvider
	HTTPClient                  HTTPClient
	EndpointResolver            aws.EndpointResolver
	EndpointResolverWithOptions aws.EndpointResolverWithOptions
	RetryMaxAttempts            int
	Logger                      logging.Logger
	SharedConfigProfile         string
	SharedConfigFiles           []string
	DefaultRegion               string
	EC2IMDSClientEnableState    imds.ClientEnableState
	EC2IMDSEndpointMode         imds.EndpointModeState
	EC2IMDSEndpoint             string
	UseDualStackEndpoint        aws.DualStackEndpointState
	UseFIPSEndpoint             aws.FIPSEndpointState
	AppID                       string
	BaseEndpoint                string
}

// GetUseDualStackEndpoint returns whether the service's dual-stack endpoint
// should be used for requests.
func (o LoadOptions) GetUseDualStackEndpoint(ctx context.Context) (value aws.DualStackEndpointState, found bool, err error) {
	return o.UseDualStackEndpoint, o.UseDualStackEndpoint != aws.DualStackEndpointStateUnset, nil
}

// GetUseFIPSEndpoint returns whether the service's FIPS endpoint should be
// used for requests.
func (o LoadOptions) GetUseFIPSEndpoint(ctx context.Context) (value aws.FIPSEndpointState, found bool, err error) {
	return o.UseFIPSEndpoint, o.UseFIPSEndpoint != aws.FIPSEndpointStateUnset, nil
}

// GetEC2IMDSEndpointMode implements an EC2IMDSEndpointMode option resolver
// interface.
func (o LoadOptions) GetEC2IMDSEndpointMode() (imds.EndpointModeState, bool, error) {
	return o.EC2IMDSEndpointMode, o.EC2IMDSEndpointMode != imds.EndpointModeStateUnset, nil
}

// WithRegion is a helper function to construct functional options that sets
// Region on config's LoadOptions.
func WithRegion(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.Region = v
		return nil
	}
}

// WithAppID is a helper function to construct functional options that sets
// AppID on config's LoadOptions.
func WithAppID(ID string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.AppID = ID
		return nil
	}
}

// WithDefaultRegion is a helper function to construct functional options that
// sets a DefaultRegion on config's LoadOptions.
func WithDefaultRegion(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.DefaultRegion = v
		return nil
	}
}

// WithSharedConfigProfile is a helper function to construct functional options
// that sets SharedConfigProfile on config's LoadOptions.
func WithSharedConfigProfile(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.SharedConfigProfile = v
		return nil
	}
}

// WithSharedConfigFiles is a helper function to construct functional options
// that sets slice of SharedConfigFiles on config's LoadOptions.
func WithSharedConfigFiles(v []string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.SharedConfigFiles = v
		return nil
	}
}

// WithCredentialsProvider is a helper function to construct functional options
// that sets Credential provider value on config's LoadOptions.
func WithCredentialsProvider(v aws.CredentialsProvider) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.Credentials = v
		return nil
	}
}

// WithHTTPClient is a helper function to construct functional options that
// sets HTTPClient on LoadOptions.
func WithHTTPClient(v HTTPClient) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.HTTPClient = v
		return nil
	}
}

// WithRetryMaxAttempts is a helper function to construct functional options
// that sets RetryMaxAttempts on LoadOptions.
func WithRetryMaxAttempts(v int) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.RetryMaxAttempts = v
		return nil
	}
}

// WithEndpointResolver is a helper function to construct functional options
// that sets the EndpointResolver on LoadOptions.
//
// Deprecated: See WithEndpointResolverWithOptions.
func WithEndpointResolver(v aws.EndpointResolver) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.EndpointResolver = v
		return nil
	}
}

// WithEndpointResolverWithOptions is a helper function to construct functional
// options that sets the EndpointResolverWithOptions on LoadOptions.
//
// Deprecated: The global endpoint resolution interface is deprecated.
func WithEndpointResolverWithOptions(v aws.EndpointResolverWithOptions) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.EndpointResolverWithOptions = v
		return nil
	}
}

// WithLogger is a helper function to construct functional options that sets
// Logger on LoadOptions.
func WithLogger(v logging.Logger) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.Logger = v
		return nil
	}
}

// WithEC2IMDSClientEnableState is a helper function to construct functional
// options that sets the EC2IMDSClientEnableState.
func WithEC2IMDSClientEnableState(v imds.ClientEnableState) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.EC2IMDSClientEnableState = v
		return nil
	}
}

// WithEC2IMDSEndpointMode is a helper function to construct functional options
// that sets the EC2IMDSEndpointMode.
func WithEC2IMDSEndpointMode(v imds.EndpointModeState) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.EC2IMDSEndpointMode = v
		return nil
	}
}

// WithEC2IMDSEndpoint is a helper function to construct functional options
// that sets the EC2IMDSEndpoint.
func WithEC2IMDSEndpoint(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.EC2IMDSEndpoint = v
		return nil
	}
}

// WithUseDualStackEndpoint is a helper function to construct functional
// options that can be used to set UseDualStackEndpoint on LoadOptions.
func WithUseDualStackEndpoint(v aws.DualStackEndpointState) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.UseDualStackEndpoint = v
		return nil
	}
}

// WithUseFIPSEndpoint is a helper function to construct functional options
// that can be used to set UseFIPSEndpoint on LoadOptions.
func WithUseFIPSEndpoint(v aws.FIPSEndpointState) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.UseFIPSEndpoint = v
		return nil
	}
}

// WithBaseEndpoint is a helper function to construct functional options that
// sets BaseEndpoint on config's LoadOptions.
func WithBaseEndpoint(v string) LoadOptionsFunc {
	return func(o *LoadOptions) error {
		o.BaseEndpoint = v
		return nil
	}
}
