// Package fixedges holds cases where a fix has to look at what is around
// the line it adds: statements after it, names that shadow aws, comments.
package fixedges

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// The literal replaces o.EndpointOptions as a whole: the line the fix adds
// must come after it.
func ReplacedEndpointOptions() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.EndpointOptions = s3.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateEnabled}
	})
}

// Dual-stack set, then wiped: not opted in.
func OptedInThenWiped() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		o.EndpointOptions = s3.EndpointResolverOptions{}
	})
}

// The parameter shadows the aws package in the literal: the fix imports it
// under another name.
func ParamNamedAWS() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(aws *s3.Options) {
		aws.UsePathStyle = true
	})
}

// So does a local variable.
func LocalNamedAWS() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "eu-west-1"}, func(o *s3.Options) {
		aws := true
		o.UsePathStyle = aws
	})
}

// A literal ending in return: the fix adds a new option func.
func TrailingReturn() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.UsePathStyle = true
		return
	})
}

// The line comment stays with the argument it belongs to.
func TrailingComment(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx,
		config.WithRegion("us-west-2"), // the region
	)
	return sqs.NewFromConfig(cfg)
}

// A comment after the last argument of a one-line call.
func CommentAfterCall(ctx context.Context) *sqs.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // load it
	return sqs.NewFromConfig(cfg)
}

// An early return could skip a line added at the end: the fix adds a new
// option func, and a setting after the return counts as conditional.
func EarlyReturn(pathStyle bool) *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		if !pathStyle {
			return
		}
		o.UsePathStyle = true
	})
}

// Set after an early return: decided at run time, so not reported.
func SetAfterReturn(enable bool) *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		if !enable {
			return
		}
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	})
}
