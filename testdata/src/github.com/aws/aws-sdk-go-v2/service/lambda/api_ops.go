// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/lambda at v1.114.4.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package lambda

import (
	"context"
)

// Invoke calls the Invoke API operation.
func (c *Client) Invoke(ctx context.Context, params *InvokeInput, optFns ...func(*Options)) (*InvokeOutput, error) {
	return &InvokeOutput{}, nil
}

type InvokeInput struct {
	FunctionName *string
	Payload      []byte
	Qualifier    *string
}

type InvokeOutput struct {
	FunctionError *string
	Payload       []byte
	StatusCode    int32
}
