// Package singleimport has single-line imports only: the fix adds another.
package singleimport

import "context"
import "github.com/aws/aws-sdk-go-v2/config"
import "github.com/aws/aws-sdk-go-v2/service/sqs"

func F(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	return sqs.NewFromConfig(cfg)
}
