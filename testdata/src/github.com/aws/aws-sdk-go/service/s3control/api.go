// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/s3control at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package s3control

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// S3Control is the client for the service.
type S3Control struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "S3 Control" // Name of service.
	EndpointsID = "s3-control" // ID to lookup a service endpoint with.
)

// New creates a new instance of the S3Control client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *S3Control {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &S3Control{Client: &client.Client{Config: *c.Config}}
}

// GetPublicAccessBlock API operation.
func (c *S3Control) GetPublicAccessBlock(input *GetPublicAccessBlockInput) (*GetPublicAccessBlockOutput, error) {
	return &GetPublicAccessBlockOutput{}, nil
}

type GetPublicAccessBlockInput struct {
	AccountId *string
}

type GetPublicAccessBlockOutput struct{}
