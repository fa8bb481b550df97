// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/sts at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package sts

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// STS is the client for the service.
type STS struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "sts"       // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the STS client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *STS {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &STS{Client: &client.Client{Config: *c.Config}}
}

// GetCallerIdentity API operation.
func (c *STS) GetCallerIdentity(input *GetCallerIdentityInput) (*GetCallerIdentityOutput, error) {
	return &GetCallerIdentityOutput{}, nil
}

type GetCallerIdentityInput struct{}

type GetCallerIdentityOutput struct {
	Account *string
	Arn     *string
	UserId  *string
}
