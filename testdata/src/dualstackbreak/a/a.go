package a

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
func customConfig(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled),
		config.WithBaseEndpoint("http://localhost:4566")) // want `a custom endpoint together with dual-stack \(enabled at line 19\) fails every request: "Invalid Configuration: Dualstack and custom endpoint are not supported"`
	_ = sqs.NewFromConfig(cfg)
}

// On the client: S3's own error text.
func customClient(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	_ = s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("http://minio:9000") // want `"Cannot set dual-stack in combination with a custom endpoint."`
	})
}

// A legacy resolver ignores the switch.
func legacyResolver(ctx context.Context, r aws.EndpointResolverWithOptions) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled),
		config.WithEndpointResolverWithOptions(r)) // want `the legacy endpoint resolver ignores dual-stack`
	_ = sqs.NewFromConfig(cfg)
}

// go-discover#293: EC2 has no dual-stack endpoint in me-central-1.
func unverifiedRegion(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"), on)
	_ = ec2.NewFromConfig(cfg) // want `dual-stack is enabled \(line 15\) for the ec2 client in me-central-1, but no dual-stack endpoint is documented for ec2 in [a-z0-9-]+ .*: the SDK will use ec2.me-central-1.api.aws`
	_ = s3.NewFromConfig(cfg)
}

func isolated() {
	_ = sqs.New(sqs.Options{Region: "us-iso-east-1", EndpointOptions: sqs.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}}) // want `in us-iso-east-1, which has no dual-stack endpoint: the aws-iso partition has no dual-stack endpoints for sqs \(the SDK data lists none there\); requests fail`
}

func pseudo(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("aws-global"), on)
	_ = sts.NewFromConfig(cfg) // want `"aws-global" is a pseudo region`
}

// The SDK rejects an S3 accelerate endpoint with FIPS, and in China.
func accelerate() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.UseAccelerate = true // want `S3 UseAccelerate with FIPS endpoints fails: "Accelerate cannot be used with FIPS"`
		o.EndpointOptions.UseFIPSEndpoint = aws.FIPSEndpointStateEnabled
	})
	_ = s3.New(s3.Options{Region: "cn-north-1", UseAccelerate: true}) // want `S3 Transfer Acceleration is not available in cn-north-1`
}

// DynamoDB refuses its own dual-stack hostname as BaseEndpoint.
func dynamoBase() {
	_ = dynamodb.NewFromConfig(aws.Config{Region: "us-east-1"}, func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String("https://dynamodb.us-east-1.api.aws") // want `BaseEndpoint is DynamoDB's dual-stack endpoint dynamodb.us-east-1.api.aws, which the SDK rejects`
	})
}

// Fine: verified regions, unknown regions, dual-stack off.
func fine(ctx context.Context, region string) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), on)
	_ = ec2.NewFromConfig(cfg)
	_ = s3.NewFromConfig(cfg)
	cfg2, _ := config.LoadDefaultConfig(ctx, config.WithRegion(region), on)
	_ = ec2.NewFromConfig(cfg2)
	cfg3, _ := config.LoadDefaultConfig(ctx, config.WithRegion("me-central-1"))
	_ = ec2.NewFromConfig(cfg3)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { o.BaseEndpoint = aws.String("http://localhost:4566") })
}
