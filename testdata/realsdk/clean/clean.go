// Package clean holds only code the linter must not report: dual-stack
// opted in, or decided where the analysis cannot see.
package clean

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Opted in on the config, in every way a load option can be written.
func Global(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	_ = sqs.NewFromConfig(cfg)
	_ = ec2.NewFromConfig(cfg)
	return nil
}

func GlobalLiteral(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		return nil
	})
	return s3.NewFromConfig(cfg)
}

func withDualStackConfig(o *config.LoadOptions) error {
	o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	return nil
}

func dualStackConfigOption() func(*config.LoadOptions) error {
	return withDualStackConfig
}

var dualStackConfigVar = config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)

func GlobalByName(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, withDualStackConfig)
	_ = s3.NewFromConfig(cfg)
	cfg2, _ := config.LoadDefaultConfig(ctx, dualStackConfigOption())
	_ = s3.NewFromConfig(cfg2)
	cfg3, _ := config.LoadDefaultConfig(ctx, dualStackConfigVar)
	_ = s3.NewFromConfig(cfg3)
}

func GlobalSlice(ctx context.Context) *s3.Client {
	opts := []func(*config.LoadOptions) error{config.WithRegion("us-west-2")}
	opts = append(opts, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	return s3.NewFromConfig(cfg)
}

// Opted in per client, in every way an option func can be written.
func PerClient() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	})
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, withDualStack)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, dualStack())
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, dualStackVar)
	_ = s3.New(s3.Options{Region: "us-west-2", EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}})
	_ = sqs.NewFromConfig(aws.Config{Region: "eu-west-1"}, func(o *sqs.Options) { o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled })
}

func withDualStack(o *s3.Options) {
	o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
}

func dualStack() func(*s3.Options) {
	return func(o *s3.Options) {
		o.EndpointOptions = s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}
	}
}

var dualStackVar = withDualStack

// An unknown spread: the decision is the caller's.
func UnknownSpread(ctx context.Context, opts ...func(*config.LoadOptions) error) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	return s3.NewFromConfig(cfg)
}

// Conditional: decided at run time.
func Conditional(ctx context.Context, ipv6 bool) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		if ipv6 {
			o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		}
		return nil
	})
	return s3.NewFromConfig(cfg)
}

// Configs and options the analysis cannot see: not reported.
func Parameters(cfg aws.Config, opt func(*s3.Options), opts []func(*s3.Options), o s3.Options) {
	_ = s3.NewFromConfig(cfg)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opt)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opts...)
	_ = s3.New(o)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { configure(o) })
}

// configure is set elsewhere, at run time.
var configure func(*s3.Options)

type app struct {
	cfg aws.Config
}

func (a *app) client() *dynamodb.Client {
	return dynamodb.NewFromConfig(a.cfg)
}

// Custom endpoints: dual-stack would break them.
func Custom(ctx context.Context, endpoint string) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithBaseEndpoint("http://localhost:4566"))
	_ = s3.NewFromConfig(cfg)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("http://localhost:4566")
	})
	_ = sqs.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *sqs.Options) {
		if endpoint != "" {
			o.BaseEndpoint = &endpoint
		}
	})
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2", BaseEndpoint: aws.String("http://minio:9000")})
	_ = s3.New(s3.Options{Region: "us-west-2", BaseEndpoint: aws.String("http://minio:9000")})
}

// Used, but by no service client.
func NoClients(ctx context.Context) string {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return cfg.Region
}
