// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/dynamodb at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package dynamodb

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// DynamoDB is the client for the service.
type DynamoDB struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "dynamodb"  // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the DynamoDB client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *DynamoDB {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &DynamoDB{Client: &client.Client{Config: *c.Config}}
}

// GetItem API operation.
func (c *DynamoDB) GetItem(input *GetItemInput) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}

type GetItemInput struct {
	TableName *string
}

type GetItemOutput struct{}
