// Stub mirroring the real API of github.com/aws/aws-sdk-go/service/sqs at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package sqs

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// SQS is the client for the service.
type SQS struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "sqs"       // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
)

// New creates a new instance of the SQS client with a session.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *SQS {
	c := p.ClientConfig(EndpointsID, cfgs...)
	return &SQS{Client: &client.Client{Config: *c.Config}}
}

// SendMessage API operation.
func (c *SQS) SendMessage(input *SendMessageInput) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}

type SendMessageInput struct {
	MessageBody *string
	QueueUrl    *string
}

type SendMessageOutput struct {
	MessageId *string
}

// ReceiveMessage API operation.
func (c *SQS) ReceiveMessage(input *ReceiveMessageInput) (*ReceiveMessageOutput, error) {
	return &ReceiveMessageOutput{}, nil
}

type ReceiveMessageInput struct {
	MaxNumberOfMessages *int64
	QueueUrl            *string
	WaitTimeSeconds     *int64
}

type ReceiveMessageOutput struct{}
