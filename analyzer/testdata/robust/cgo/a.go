package cgo

// #include <stdlib.h>
import "C"

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func f(ctx context.Context) *s3.Client {
	C.free(nil)
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	return s3.NewFromConfig(cfg)
}
