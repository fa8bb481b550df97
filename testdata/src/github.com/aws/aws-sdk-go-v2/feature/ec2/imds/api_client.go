// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/feature/ec2/imds at v1.20.9.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package imds

import (
	"context"
	"io"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	internalconfig "github.com/aws/aws-sdk-go-v2/feature/ec2/imds/internal/config"
	"github.com/aws/smithy-go/logging"
)

// ServiceID provides the unique name of this API client
const ServiceID = "ec2imds"

// Client provides the API client for interacting with the Amazon EC2 Instance
// Metadata Service API.
type Client struct {
	options Options
}

// ClientEnableState provides an enumeration if the client is enabled,
// disabled, or default behavior.
type ClientEnableState = internalconfig.ClientEnableState

// Enumeration values for ClientEnableState
const (
	ClientDefaultEnableState ClientEnableState = internalconfig.ClientDefaultEnableState
	ClientDisabled           ClientEnableState = internalconfig.ClientDisabled
	ClientEnabled            ClientEnableState = internalconfig.ClientEnabled
)

// EndpointModeState is an enum configuration variable describing the client endpoint mode.
type EndpointModeState = internalconfig.EndpointModeState

// Enumeration values for EndpointModeState
const (
	EndpointModeStateUnset EndpointModeState = internalconfig.EndpointModeStateUnset
	EndpointModeStateIPv4  EndpointModeState = internalconfig.EndpointModeStateIPv4
	EndpointModeStateIPv6  EndpointModeState = internalconfig.EndpointModeStateIPv6
)

// New returns an initialized Client based on the functional options.
func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

// NewFromConfig returns an initialized Client based the AWS SDK config, and
// functional options.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{HTTPClient: cfg.HTTPClient, Logger: cfg.Logger}, optFns...)
}

// Options provides the fields for configuring the API client's behavior.
type Options struct {
	Endpoint              string
	EndpointMode          EndpointModeState
	HTTPClient            HTTPClient
	ClientEnableState     ClientEnableState
	Logger                logging.Logger
	DisableDefaultTimeout bool
}

// HTTPClient provides the interface for a client making HTTP requests with the
// API.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Copy creates a copy of the API options.
func (o Options) Copy() Options {
	return o
}

// GetMetadata uses the path provided to request information from the Amazon
// EC2 Instance Metadata Service.
func (c *Client) GetMetadata(ctx context.Context, params *GetMetadataInput, optFns ...func(*Options)) (*GetMetadataOutput, error) {
	return &GetMetadataOutput{}, nil
}

// GetMetadataInput provides the input parameters for the GetMetadata
// operation.
type GetMetadataInput struct {
	Path string
}

// GetMetadataOutput provides the output parameters for the GetMetadata
// operation.
type GetMetadataOutput struct {
	Content io.ReadCloser
}

// GetRegion retrieves an instance's region from its instance metadata.
func (c *Client) GetRegion(ctx context.Context, params *GetRegionInput, optFns ...func(*Options)) (*GetRegionOutput, error) {
	return &GetRegionOutput{}, nil
}

// GetRegionInput provides the input parameters for GetRegion operation.
type GetRegionInput struct{}

// GetRegionOutput provides the output parameters for GetRegion operation.
type GetRegionOutput struct {
	Region string
}
