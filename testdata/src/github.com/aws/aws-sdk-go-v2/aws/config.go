// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/aws at v1.48.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package aws

import (
	"net/http"

	"github.com/aws/smithy-go/logging"
)

// HTTPClient provides the interface to provide custom HTTPClients.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// A Config provides service configuration for service clients.
type Config struct {
	Region                      string
	Credentials                 CredentialsProvider
	HTTPClient                  HTTPClient
	EndpointResolver            EndpointResolver
	EndpointResolverWithOptions EndpointResolverWithOptions
	RetryMaxAttempts            int
	ConfigSources               []interface{}
	Logger                      logging.Logger
	AppID                       string
	BaseEndpoint                *string
}

// NewConfig returns a new Config pointer that can be chained with builder
// methods to set multiple configuration values inline without using pointers.
func NewConfig() *Config {
	return &Config{}
}

// Copy will return a shallow copy of the Config object.
func (c Config) Copy() Config {
	return c
}
