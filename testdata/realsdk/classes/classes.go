// Package classes has one client site of each readiness class of
// dualstacklint report (cmd/dualstacklint/e2e_env_test.go checks them).
package classes

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// ready: dual-stack is enabled in the code.
func Ready(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	return s3.NewFromConfig(cfg)
}

// env: the config reads AWS_USE_DUALSTACK_ENDPOINT.
func Env(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	return sqs.NewFromConfig(cfg)
}

// fix: an aws.Config literal never reads it; -fix sets the client's switch.
func Fix() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "eu-west-1"})
}

// code: the config leaves the function; its clients are not visible here.
func Code(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx)
}

// blocked: EC2 has no verified dual-stack endpoint in me-central-1.
func Blocked() *ec2.Client {
	return ec2.NewFromConfig(aws.Config{Region: "me-central-1"})
}

// breaks: a custom endpoint together with dual-stack.
func Breaks(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		o.BaseEndpoint = aws.String("http://localhost:4566")
	})
}

// unknown: a config from the caller.
func Unknown(cfg aws.Config) *sqs.Client {
	return sqs.NewFromConfig(cfg)
}
