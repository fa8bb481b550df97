// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/ec2 at v1.344.3.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package ec2

import (
	"context"
)

// DescribeInstances calls the DescribeInstances API operation.
func (c *Client) DescribeInstances(ctx context.Context, params *DescribeInstancesInput, optFns ...func(*Options)) (*DescribeInstancesOutput, error) {
	return &DescribeInstancesOutput{}, nil
}

type DescribeInstancesInput struct {
	DryRun      *bool
	InstanceIds []string
	MaxResults  *int32
	NextToken   *string
}

type DescribeInstancesOutput struct {
	NextToken *string
}
