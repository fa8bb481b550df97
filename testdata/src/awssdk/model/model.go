// Package model holds snippets for the awssdk model's unit tests: each
// function builds one client; the test checks its paths and settings.
package model

import (
	"context"
	"os"
	"slices"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func literal() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"})
}

func zero() {
	_ = s3.NewFromConfig(aws.Config{})
}

func assignedLater(ctx context.Context) {
	var cfg aws.Config
	cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	_ = s3.NewFromConfig(cfg)
}

func twoConfigs(ctx context.Context, eu bool) {
	var cfg aws.Config
	if eu {
		cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	} else {
		cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	}
	_ = s3.NewFromConfig(cfg)
}

func configOrLiteral(ctx context.Context, test bool) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	if test {
		cfg = aws.Config{Region: "us-east-1"}
	}
	_ = s3.NewFromConfig(cfg)
}

func fieldSet(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	cfg.Region = "ap-south-1"
	_ = s3.NewFromConfig(cfg)
}

func fieldSetConditionally(ctx context.Context, eu bool) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	if eu {
		cfg.Region = "eu-west-1"
	}
	_ = s3.NewFromConfig(cfg)
}

func helperSetsRegion(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	setRegion(&cfg)
	_ = s3.NewFromConfig(cfg)
}

func setRegion(cfg *aws.Config) { cfg.Region = "sa-east-1" }

func regionCandidates(ctx context.Context, eu bool) {
	r := "us-west-2"
	if eu {
		r = "eu-west-1"
	}
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(r))
	_ = s3.NewFromConfig(cfg)
}

func regionFromEnv(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("REGION")))
	_ = s3.NewFromConfig(cfg)
}

func optionsPerReturn(cfg aws.Config, local bool) {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opts(local)...)
}

func opts(local bool) []func(*s3.Options) {
	if local {
		return []func(*s3.Options){func(o *s3.Options) { o.BaseEndpoint = aws.String("http://localhost:4566") }}
	}
	return []func(*s3.Options){func(o *s3.Options) { o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled }}
}

func conditionalOption(cfg aws.Config, ipv6 bool) {
	o := []func(*s3.Options){}
	if ipv6 {
		o = append(o, func(o *s3.Options) { o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled })
	}
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, o...)
}

func setenvFirst(ctx context.Context) {
	os.Setenv("AWS_USE_DUALSTACK_ENDPOINT", "true")
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
}

func parameter(cfg aws.Config) {
	_ = s3.NewFromConfig(cfg)
}

// Generic code: type parameters reach the value flow without breaking it.
type holder[T any] struct{ v T }

func (h *holder[T]) set(v T) { h.v = v }

func generic[T any](ctx context.Context, x T) {
	h := &holder[T]{}
	h.set(x)
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
}

func withOptions[O any](opts ...func(*O)) []func(*O) { return opts }

func genericOptions(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg, withOptions(func(o *s3.Options) { o.UsePathStyle = true })...)
}

// Generic functions of other packages (slices) in the same package.
func genericImport(ctx context.Context, regions []string) {
	r := "us-west-2"
	if slices.Contains(regions, "eu-west-1") {
		r = "eu-west-1"
	}
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(r))
	_ = s3.NewFromConfig(cfg)
}

// Options appended under many conditions: more ways to build the slice
// than alternatives are kept, so they are merged (what may or may not be
// set is unknown), not given up on.
func manyConditions(ctx context.Context, a, b, c, d, e, f bool) {
	var opts []func(*config.LoadOptions) error
	if a {
		opts = append(opts, config.WithRegion("us-west-2"))
	}
	if b {
		opts = append(opts, config.WithRetryMaxAttempts(3))
	}
	if c {
		opts = append(opts, config.WithSharedConfigProfile("p"))
	}
	if d {
		opts = append(opts, config.WithAppID("x"))
	}
	if e {
		opts = append(opts, config.WithDefaultRegion("eu-west-1"))
	}
	if f {
		opts = append(opts, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	}
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	_ = s3.NewFromConfig(cfg)
}
