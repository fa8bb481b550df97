// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/ecr at v1.67.6.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package ecr

import (
	"context"
)

// DescribeRepositories calls the DescribeRepositories API operation.
func (c *Client) DescribeRepositories(ctx context.Context, params *DescribeRepositoriesInput, optFns ...func(*Options)) (*DescribeRepositoriesOutput, error) {
	return &DescribeRepositoriesOutput{}, nil
}

type DescribeRepositoriesInput struct {
	RegistryId      *string
	RepositoryNames []string
	MaxResults      *int32
}

type DescribeRepositoriesOutput struct {
	NextToken *string
}
