// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/s3control at v1.71.1.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package s3control

import (
	"context"
)

// GetPublicAccessBlock calls the GetPublicAccessBlock API operation.
func (c *Client) GetPublicAccessBlock(ctx context.Context, params *GetPublicAccessBlockInput, optFns ...func(*Options)) (*GetPublicAccessBlockOutput, error) {
	return &GetPublicAccessBlockOutput{}, nil
}

type GetPublicAccessBlockInput struct {
	AccountId *string
}

type GetPublicAccessBlockOutput struct{}
