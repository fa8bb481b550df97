// Package escape holds configs that leave the function where they are
// loaded: reported at config.LoadDefaultConfig, without a fix.
package escape

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func Returned(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx)
}

func ReturnedVar(ctx context.Context) aws.Config {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
	return cfg
}

// A helper that gets configs from several places: the config escapes.
func PassedOn(ctx context.Context, other aws.Config) {
	cfg, _ := config.LoadDefaultConfig(ctx)
	_ = newClient(cfg)
	_ = newClient(other)
}

// A parameter with several origins: not reported here.
func newClient(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg)
}

type Server struct{ cfg aws.Config }

func (s *Server) Init(ctx context.Context) (err error) {
	s.cfg, err = config.LoadDefaultConfig(ctx)
	return err
}

// Explicitly disabled, and returned.
func DisabledReturned(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateDisabled))
}
