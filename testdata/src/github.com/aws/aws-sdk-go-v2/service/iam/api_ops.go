// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/iam at v1.65.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package iam

import (
	"context"
)

// GetUser calls the GetUser API operation.
func (c *Client) GetUser(ctx context.Context, params *GetUserInput, optFns ...func(*Options)) (*GetUserOutput, error) {
	return &GetUserOutput{}, nil
}

type GetUserInput struct {
	UserName *string
}

type GetUserOutput struct{}
