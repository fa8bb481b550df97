// Package cfgfix holds dualstackconfig cases: configs whose clients are all
// visible, reported once at config.LoadDefaultConfig with a fix.
package cfgfix

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Two clients, one config, all visible: reported once, at the config.
func Basic(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	_ = sqs.NewFromConfig(cfg)
	return nil
}

// No constant region: the -regions flag decides.
func FlagRegions(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	_ = s3.NewFromConfig(cfg)
}

// A multi-line call with a trailing comma: the fix adds a line.
func Multiline(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(
		ctx,
		config.WithRegion("eu-west-1"),
	)
	_ = sqs.NewFromConfig(cfg)
}

// A visible option slice: the fix adds to it.
func OptionSlice(ctx context.Context) {
	opts := []func(*config.LoadOptions) error{config.WithRegion("us-west-2")}
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	_ = s3.NewFromConfig(cfg)
}

// Explicitly disabled: reported at the option, fixed by flipping it.
func Disabled(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateDisabled))
	_ = s3.NewFromConfig(cfg)
}

const off = aws.DualStackEndpointStateDisabled

// Disabled through a constant of another name: the fix spells Enabled out.
func DisabledConst(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"), config.WithUseDualStackEndpoint(off))
	_ = sqs.NewFromConfig(cfg)
}

// Copies are followed.
func Copied(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	c2 := cfg.Copy()
	_ = s3.NewFromConfig(c2)
}

// Already opted in: nothing to report.
func OptionSliceOptedIn(ctx context.Context) {
	opts := []func(*config.LoadOptions) error{config.WithRegion("us-west-2")}
	opts = append(opts, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	_ = s3.NewFromConfig(cfg)
}

// Conditional: decided at run time.
func Conditional(ctx context.Context, ipv6 bool) {
	cfg, _ := config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		if ipv6 {
			o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		}
		return nil
	})
	_ = s3.NewFromConfig(cfg)
}

// Used, but by no service client.
func NoClients(ctx context.Context) string {
	cfg, _ := config.LoadDefaultConfig(ctx)
	_ = imds.NewFromConfig(cfg)
	return cfg.Region
}
