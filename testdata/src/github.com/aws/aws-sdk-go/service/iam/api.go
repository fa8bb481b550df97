// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/iam at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package iam

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// IAM is the client for the service.
type IAM struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "iam"       // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the IAM client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *IAM {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &IAM{Client: &client.Client{Config: *c.Config}}
}

// GetUser API operation.
func (c *IAM) GetUser(input *GetUserInput) (*GetUserOutput, error) {
	return &GetUserOutput{}, nil
}

type GetUserInput struct {
	UserName *string
}

type GetUserOutput struct{}
