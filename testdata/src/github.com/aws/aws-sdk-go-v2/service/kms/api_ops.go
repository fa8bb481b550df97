// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/kms at v1.62.6.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package kms

import (
	"context"
)

// Encrypt calls the Encrypt API operation.
func (c *Client) Encrypt(ctx context.Context, params *EncryptInput, optFns ...func(*Options)) (*EncryptOutput, error) {
	return &EncryptOutput{}, nil
}

type EncryptInput struct {
	KeyId     *string
	Plaintext []byte
}

type EncryptOutput struct {
	CiphertextBlob []byte
	KeyId          *string
}
