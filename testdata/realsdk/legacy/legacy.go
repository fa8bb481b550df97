// Package legacy holds legacydualstack cases: the deprecated S3-only
// dual-stack switches of SDK v2 (s3.Options.UseDualstack) and v1
// (aws.Config.UseDualStack).
package legacy

import (
	v2aws "github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3control"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	v1s3 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// SDK v2: in an option func.
func OptionFunc() *s3.Client {
	return s3.NewFromConfig(v2aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.UseDualstack = true
	})
}

// In a one-line Options literal.
func OptionsLiteral() *s3.Client {
	return s3.New(s3.Options{Region: "us-west-2", UseDualstack: true})
}

// In a multi-line literal: the fix realigns the keys.
func S3Control() *s3control.Client {
	return s3control.New(s3control.Options{
		Region:       "us-west-2",
		UseDualstack: true,
	})
}

// Both switches, disagreeing: the global one wins.
func Disagree() s3.Options {
	return s3.Options{
		Region:          "us-west-2",
		UseDualstack:    true,
		EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: v2aws.DualStackEndpointStateDisabled},
	}
}

func DisagreeOn() *s3.Client {
	return s3.New(s3.Options{
		Region:          "us-west-2",
		UseDualstack:    false,
		EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: v2aws.DualStackEndpointStateEnabled},
	})
}

// Off, or already global: nothing to say.
func Fine() (s3.Options, *s3.Client) {
	return s3.Options{UseDualstack: false}, s3.New(s3.Options{Region: "us-west-2", EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: v2aws.DualStackEndpointStateEnabled}})
}

// SDK v1: the session's config serves S3 only.
func V1() *v1s3.S3 {
	sess := session.Must(session.NewSession(&aws.Config{
		Region:       aws.String("us-west-2"),
		UseDualStack: aws.Bool(true),
	}))
	return v1s3.New(sess)
}

// On a config DynamoDB shares, the old switch does nothing for DynamoDB,
// which has no verified dual-stack endpoint in us-west-2: no fix (the
// global switch would turn it on for DynamoDB too).
func V1SharedDynamoDB() (*v1s3.S3, *dynamodb.DynamoDB) {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStack: aws.Bool(true)}))
	return v1s3.New(sess), dynamodb.New(sess)
}

// An assignment.
func V1Assign(c *aws.Config) {
	c.UseDualStack = aws.Bool(true)
}

// A chain: no WithUseDualStackEndpoint setter, so no fix.
func V1Chain() *aws.Config {
	return aws.NewConfig().WithUseDualStack(true)
}

// Both, disagreeing.
func V1Both() *aws.Config {
	return &aws.Config{
		UseDualStack:         aws.Bool(true),
		UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled,
	}
}

// A session shared with SQS: dualstackconfig and legacydualstack both fix it,
// with the same edit (the deprecated field becomes the global one).
func V1SharedSQS() (*v1s3.S3, *sqs.SQS) {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStack: aws.Bool(true)}))
	return v1s3.New(sess), sqs.New(sess)
}
