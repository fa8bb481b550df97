// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/sqs at v1.53.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package sqs

import (
	"context"
)

// SendMessage calls the SendMessage API operation.
func (c *Client) SendMessage(ctx context.Context, params *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}

type SendMessageInput struct {
	QueueUrl     *string
	MessageBody  *string
	DelaySeconds int32
}

type SendMessageOutput struct {
	MessageId *string
}

// ReceiveMessage calls the ReceiveMessage API operation.
func (c *Client) ReceiveMessage(ctx context.Context, params *ReceiveMessageInput, optFns ...func(*Options)) (*ReceiveMessageOutput, error) {
	return &ReceiveMessageOutput{}, nil
}

type ReceiveMessageInput struct {
	QueueUrl            *string
	MaxNumberOfMessages int32
	WaitTimeSeconds     int32
}

type ReceiveMessageOutput struct{}
