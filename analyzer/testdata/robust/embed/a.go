// Package embed embeds SDK types in its own structs and calls constructors
// in unusual ways; nothing here may crash the analysis.
package embed

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type clients struct {
	*s3.Client
	aws.Config
	queue *sqs.Client
	opts  s3.Options
}

type Options struct{ s3.Options }

func (c *clients) init(ctx context.Context) error {
	var err error
	c.Config, err = config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	c.Client = s3.NewFromConfig(c.Config)
	c.queue = sqs.NewFromConfig(c.Config, func(o *sqs.Options) { o.Region = c.Region })
	c.opts.Region = "us-west-2"
	_ = s3.New(c.opts)
	o := Options{}
	o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	_ = s3.New(o.Options)
	ctor := s3.NewFromConfig
	_ = ctor(c.Config)
	go func() { _ = sqs.NewFromConfig(aws.Config{Region: "us-west-2"}) }()
	defer s3.NewFromConfig(c.Config)
	return nil
}

func generic[T any](cfg aws.Config, f func(aws.Config, ...func(*s3.Options)) T) T { return f(cfg) }

func useGeneric() { _ = generic(aws.Config{}, s3.NewFromConfig) }

// A user type with SDK-like names is not the SDK.
type fake struct{}

func (fake) NewFromConfig(aws.Config) int                   { return 0 }
func LoadDefaultConfig(context.Context) (aws.Config, error) { return aws.Config{}, nil }

func shadow(ctx context.Context) {
	config := fake{}
	_ = config.NewFromConfig(aws.Config{})
	cfg, _ := LoadDefaultConfig(ctx)
	_ = cfg
}
