// Package env is linted with -env AWS_USE_DUALSTACK_ENDPOINT=true: configs
// that read the environment are opted in by the deployment.
package env

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func optedInByEnv(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
}

func returned(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx)
}

// Code that disables dual-stack is reported as without -env.
func disabled(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateDisabled)) // want `dual-stack endpoints are explicitly disabled`
	_ = s3.NewFromConfig(cfg)
}
