// Package env is linted with -env AWS_USE_DUALSTACK_ENDPOINT=true: what the
// deployment's variable breaks.
package env

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	v1sqs "github.com/aws/aws-sdk-go/service/sqs"
)

// Verified in the region: the variable opts both in; nothing to report.
func covered(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
	_ = sqs.NewFromConfig(cfg)
}

// EC2 has no verified dual-stack endpoint in me-central-1: the variable
// breaks it; the fix opts the client out.
func uncovered(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"))
	_ = ec2.NewFromConfig(cfg) // want `the deployment's AWS_USE_DUALSTACK_ENDPOINT=true \(-env\) switches this ec2 client to dual-stack, but no dual-stack endpoint is documented for ec2 in me-central-1 .*; opt it out explicitly`
}

// A custom endpoint with the variable fails every request.
func custom(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg, func(o *s3.Options) { // want `switches this s3 client to dual-stack, but it sets a custom endpoint, and every request fails with "Cannot set dual-stack in combination with a custom endpoint."`
		o.BaseEndpoint = aws.String("http://localhost:4566")
	})
}

// Opted out already: right, not a finding.
func optedOut(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"))
	_ = ec2.NewFromConfig(cfg, func(o *ec2.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateDisabled
	})
}

// An aws.Config literal never reads the variable: nothing it breaks.
func literal() {
	_ = ec2.NewFromConfig(aws.Config{Region: "me-central-1"})
}

// SDK v1 sessions read it too.
func v1() {
	sess := session.Must(session.NewSession(&v1aws.Config{Region: v1aws.String("us-iso-east-1")}))
	_ = v1sqs.New(sess) // want `switches this sqs client to dual-stack, but`
}
