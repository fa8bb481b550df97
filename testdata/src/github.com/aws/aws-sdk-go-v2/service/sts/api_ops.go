// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/sts at v1.52.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package sts

import (
	"context"
)

// GetCallerIdentity calls the GetCallerIdentity API operation.
func (c *Client) GetCallerIdentity(ctx context.Context, params *GetCallerIdentityInput, optFns ...func(*Options)) (*GetCallerIdentityOutput, error) {
	return &GetCallerIdentityOutput{}, nil
}

type GetCallerIdentityInput struct{}

type GetCallerIdentityOutput struct {
	Account *string
	Arn     *string
	UserId  *string
}
