// Package envbreaks has the clients a deployment's
// AWS_USE_DUALSTACK_ENDPOINT=true breaks (cmd/dualstacklint/e2e_env_test.go
// lints it with -env and applies the opt-out fixes).
package envbreaks

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	v1sqs "github.com/aws/aws-sdk-go/service/sqs"
)

// Opted in by the variable: ready.
func Covered(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	return s3.NewFromConfig(cfg)
}

// No verified dual-stack endpoint for EC2 in me-central-1.
func Uncovered(ctx context.Context) *ec2.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"))
	return ec2.NewFromConfig(cfg)
}

// A custom endpoint.
func Custom(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("http://localhost:4566")
		o.UsePathStyle = true
	})
}

// An isolated partition, with SDK v1.
func Isolated() *v1sqs.SQS {
	sess := session.Must(session.NewSession(&v1aws.Config{Region: v1aws.String("us-iso-east-1")}))
	return v1sqs.New(sess)
}
