// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/ec2 at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package ec2

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// EC2 is the client for the service.
type EC2 struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "ec2"       // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the EC2 client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *EC2 {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &EC2{Client: &client.Client{Config: *c.Config}}
}

// DescribeInstances API operation.
func (c *EC2) DescribeInstances(input *DescribeInstancesInput) (*DescribeInstancesOutput, error) {
	return &DescribeInstancesOutput{}, nil
}

type DescribeInstancesInput struct {
	DryRun      *bool
	InstanceIds []*string
}

type DescribeInstancesOutput struct{}
