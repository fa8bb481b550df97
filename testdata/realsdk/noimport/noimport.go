// Package noimport does not import the aws package: the fix adds it.
package noimport

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func F(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
}
