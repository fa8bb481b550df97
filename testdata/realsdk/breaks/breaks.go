// Package breaks holds dualstackbreak cases: dual-stack enabled where it
// fails at run time.
package breaks

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

var on = config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)

// Dual-stack and a custom endpoint on the config: every request fails.
func CustomConfig(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled),
		config.WithBaseEndpoint("http://localhost:4566"))
	return sqs.NewFromConfig(cfg)
}

// On the client: S3's own error text.
func CustomClient(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("http://minio:9000")
	})
}

// A legacy resolver ignores the switch.
func LegacyResolver(ctx context.Context, r aws.EndpointResolverWithOptions) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled),
		config.WithEndpointResolverWithOptions(r))
	return sqs.NewFromConfig(cfg)
}

// go-discover#293: EC2 has no dual-stack endpoint in me-central-1.
func UnverifiedRegion(ctx context.Context) (*ec2.Client, *s3.Client) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"), on)
	e := ec2.NewFromConfig(cfg)
	return e, s3.NewFromConfig(cfg)
}

// An isolated partition has no dual-stack endpoints.
func Isolated() *sqs.Client {
	return sqs.New(sqs.Options{Region: "us-iso-east-1", EndpointOptions: sqs.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}})
}

// Neither has a pseudo region.
func Pseudo(ctx context.Context) *sts.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("aws-global"), on)
	return sts.NewFromConfig(cfg)
}

// The SDK rejects an S3 accelerate endpoint with FIPS, and in China.
func Accelerate() (*s3.Client, *s3.Client) {
	fips := s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.UseAccelerate = true
		o.EndpointOptions.UseFIPSEndpoint = aws.FIPSEndpointStateEnabled
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	})
	china := s3.New(s3.Options{Region: "cn-north-1", UseAccelerate: true, EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}})
	return fips, china
}

// DynamoDB refuses its own dual-stack hostname as BaseEndpoint.
func DynamoBase() *dynamodb.Client {
	return dynamodb.NewFromConfig(aws.Config{Region: "us-east-1"}, func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String("https://dynamodb.us-east-1.api.aws")
	})
}

// Fine: verified regions, regions not known here, dual-stack off, custom
// endpoints without dual-stack.
func Fine(ctx context.Context, region string) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), on)
	_ = ec2.NewFromConfig(cfg)
	_ = s3.NewFromConfig(cfg)
	cfg2, _ := config.LoadDefaultConfig(ctx, config.WithRegion(region), on)
	_ = ec2.NewFromConfig(cfg2)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { o.BaseEndpoint = aws.String("http://localhost:4566") })
}

// Not a break, but no dual-stack either: EC2 in me-central-1 is reported by
// dualstackclient, without a fix.
func EC2NoDualStack(ctx context.Context) *ec2.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"))
	return ec2.NewFromConfig(cfg)
}
