// Stub mirroring the real API of github.com/aws/aws-sdk-go/aws/ec2metadata at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package ec2metadata

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// A EC2Metadata is an EC2 Metadata service Client.
type EC2Metadata struct {
	*client.Client
}

// New creates a new instance of the EC2Metadata client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *EC2Metadata {
	return &EC2Metadata{Client: &client.Client{}}
}

// GetMetadata uses the path provided to request information from the EC2
// instance metadata service.
func (c *EC2Metadata) GetMetadata(p string) (string, error) {
	return "", nil
}

// GetMetadataWithContext uses the path provided to request information from
// the EC2 instance metadata service.
func (c *EC2Metadata) GetMetadataWithContext(ctx aws.Context, p string) (string, error) {
	return "", nil
}

// Region returns the region the instance is running in.
func (c *EC2Metadata) Region() (string, error) {
	return "", nil
}

// Available returns if the application has access to the EC2 Metadata service.
func (c *EC2Metadata) Available() bool {
	return false
}
