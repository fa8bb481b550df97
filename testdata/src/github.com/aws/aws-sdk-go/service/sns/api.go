// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/sns at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package sns

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// SNS is the client for the service.
type SNS struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "sns"       // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the SNS client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *SNS {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &SNS{Client: &client.Client{Config: *c.Config}}
}

// Publish API operation.
func (c *SNS) Publish(input *PublishInput) (*PublishOutput, error) {
	return &PublishOutput{}, nil
}

type PublishInput struct {
	Message  *string
	TopicArn *string
}

type PublishOutput struct {
	MessageId *string
}
