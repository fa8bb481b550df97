// Package flow holds ordinary Go the value flow must see through.
package flow

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// A config assigned with = to a variable declared earlier.
func assigned(ctx context.Context) error {
	var cfg aws.Config
	var err error
	cfg, err = config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the s3 client built from it uses IPv4-only endpoints`
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	return nil
}

// One config per branch: each is reported, with its fix.
func branches(ctx context.Context, eu bool) {
	var cfg aws.Config
	if eu {
		cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the sqs client`
	} else {
		cfg, _ = config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the sqs client`
	}
	_ = sqs.NewFromConfig(cfg)
}

// &cfg handed to a helper that only sets fields is not an escape: the
// client below is still this config's, and the fix is still offered.
func instrumented(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the s3 client built from it uses`
	instrument(&cfg)
	_ = s3.NewFromConfig(cfg)
}

func instrument(cfg *aws.Config) {
	cfg.RetryMaxAttempts = 5
}

// Configs used only by IMDS clients: IMDS has its own endpoint mode
// (linklocal's business), nothing to say about dual-stack.
func imdsOnly(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	_ = imds.NewFromConfig(cfg)
}

// The variable set before the config is loaded opts it in.
func setenv(ctx context.Context) {
	os.Setenv("AWS_USE_DUALSTACK_ENDPOINT", "true")
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
}

// A region chosen between constants: every candidate has a verified
// dual-stack endpoint for s3, so the fix is offered.
func regions(ctx context.Context, eu bool) {
	r := "us-west-2"
	if eu {
		r = "eu-west-1"
	}
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(r)) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the s3 client`
	_ = s3.NewFromConfig(cfg)
}

// A config in a variable captured by a closure that builds the client.
func closure(ctx context.Context) func() *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the s3 client`
	return func() *s3.Client {
		return s3.NewFromConfig(cfg)
	}
}

type holder struct{ cfg *aws.Config }

// The config's address stored in a struct that is returned: it escapes.
func addressStored(ctx context.Context) *holder {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig does not enable dual-stack endpoints, and the config has its address stored`
	h := holder{cfg: &cfg}
	return &h
}
