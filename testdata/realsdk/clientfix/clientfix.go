// Package clientfix holds dualstackclient cases: clients reported one by
// one, most with a fix that sets o.EndpointOptions.UseDualStackEndpoint.
package clientfix

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// An aws.Config literal never reads AWS_USE_DUALSTACK_ENDPOINT: a new option func.
func Literal() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"})
}

func LiteralVar() *sqs.Client {
	cfg := aws.Config{Region: "eu-west-1"}
	return sqs.NewFromConfig(cfg)
}

// svc.New with an Options literal never reads it either.
func Options() *s3.Client {
	return s3.New(s3.Options{Region: "us-west-2"})
}

func OptionsVar() *s3.Client {
	opts := s3.Options{}
	opts.Region = "eu-west-1"
	return s3.New(opts)
}

// Disabled in the Options literal: flipped.
func OptionsDisabled() *s3.Client {
	return s3.New(s3.Options{Region: "us-west-2", EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateDisabled}})
}

// The fix adds a line to the client's own multi-line option func literal.
func ExistingOption() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.UsePathStyle = true
	})
}

// A one-line option func literal stays as it is: the fix adds a new one.
func OneLineOption() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { o.UsePathStyle = true })
}

// Explicitly disabled at the client: reported at the assignment, flipped.
func DisabledAtClient(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateDisabled
	})
}

// No constant region: -regions decides.
func FlagRegions() *ec2.Client {
	return ec2.NewFromConfig(aws.Config{})
}

// An option slice the analysis can see: the fix adds to it.
func OptionSlice() *s3.Client {
	opts := []func(*s3.Options){func(o *s3.Options) { o.UsePathStyle = true }}
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opts...)
}

// A config whose clients cannot all be switched on: each client is
// reported; only those with verified endpoints get a fix.
func Mixed(ctx context.Context) (*s3.Client, *dynamodb.Client) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	return s3.NewFromConfig(cfg), dynamodb.NewFromConfig(cfg)
}

// EC2 lacks a verified dual-stack endpoint in me-central-1 (go-discover#293): no fix.
func EC2Region() *ec2.Client {
	return ec2.NewFromConfig(aws.Config{Region: "me-central-1"})
}

// DynamoDB from a literal: no fix either.
func DynamoDB() *dynamodb.Client {
	return dynamodb.NewFromConfig(aws.Config{Region: "us-west-2"})
}

// A helper whose parameter only ever gets one config is followed: its client
// is reported where it is built, with that config's region.
func Helper(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	return newQueue(cfg)
}

func newQueue(cfg aws.Config) *sqs.Client {
	return sqs.NewFromConfig(cfg)
}
