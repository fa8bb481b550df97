// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/sns at v1.48.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package sns

import (
	"context"
)

// Publish calls the Publish API operation.
func (c *Client) Publish(ctx context.Context, params *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return &PublishOutput{}, nil
}

type PublishInput struct {
	TopicArn *string
	Message  *string
	Subject  *string
}

type PublishOutput struct {
	MessageId *string
}
