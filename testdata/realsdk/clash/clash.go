// Package clash has its own aws: the fix imports the SDK's under another name.
package clash

import (
	"context"

	cfgpkg "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type settings struct{ Region string }

func F(ctx context.Context, aws settings) {
	cfg, _ := cfgpkg.LoadDefaultConfig(ctx, cfgpkg.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
	_ = aws
}
