// Stub mirroring the real API of github.com/aws/aws-sdk-go/aws/client at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package client

import "github.com/aws/aws-sdk-go/aws"

// A Config provides configuration to a service client instance.
type Config struct {
	Config             *aws.Config
	PartitionID        string
	Endpoint           string
	SigningRegion      string
	SigningName        string
	ResolvedRegion     string
	SigningNameDerived bool
}

// ConfigProvider provides a generic way for a service client to receive
// the ClientConfig without circular dependencies.
type ConfigProvider interface {
	ClientConfig(serviceName string, cfgs ...*aws.Config) Config
}

// A Client implements the base client request and response handling
// used by all service clients.
type Client struct {
	Config aws.Config
}
