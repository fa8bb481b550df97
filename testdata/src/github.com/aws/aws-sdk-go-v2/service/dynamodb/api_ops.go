// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/dynamodb at v1.74.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package dynamodb

import (
	"context"
)

// GetItem calls the GetItem API operation.
func (c *Client) GetItem(ctx context.Context, params *GetItemInput, optFns ...func(*Options)) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}

type GetItemInput struct {
	TableName      *string
	ConsistentRead *bool
}

type GetItemOutput struct{}

// PutItem calls the PutItem API operation.
func (c *Client) PutItem(ctx context.Context, params *PutItemInput, optFns ...func(*Options)) (*PutItemOutput, error) {
	return &PutItemOutput{}, nil
}

type PutItemInput struct {
	TableName           *string
	ConditionExpression *string
}

type PutItemOutput struct{}
