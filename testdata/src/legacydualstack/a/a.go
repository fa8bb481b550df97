package a

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

// SDK v2: the option func and the Options literal.
func v2() {
	_ = s3.NewFromConfig(v2aws.Config{}, func(o *s3.Options) {
		o.UseDualstack = true // want `s3.Options.UseDualstack is deprecated and S3-only: set EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled`
	})
	_ = s3.New(s3.Options{Region: "us-west-2", UseDualstack: true}) // want `s3.Options.UseDualstack is deprecated`
	_ = s3control.New(s3control.Options{
		Region:       "us-west-2",
		UseDualstack: true, // want `s3control.Options.UseDualstack is deprecated`
	})
}

// Both switches, disagreeing: the global one wins.
func v2Both() {
	_ = s3.New(s3.Options{
		UseDualstack:    true, // want `both the deprecated UseDualstack and UseDualStackEndpoint are set and disagree: UseDualStackEndpoint \(disabled\) wins at run time, so dual-stack is off; remove UseDualstack`
		EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: v2aws.DualStackEndpointStateDisabled},
	})
}

// Off, or already global: nothing to say.
func v2Fine() {
	_ = s3.New(s3.Options{UseDualstack: false})
	_ = s3.New(s3.Options{EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: v2aws.DualStackEndpointStateEnabled}})
}

// SDK v1.
func v1() {
	sess := session.Must(session.NewSession(&aws.Config{
		Region:       aws.String("us-west-2"),
		UseDualStack: aws.Bool(true), // want `aws.Config.UseDualStack is deprecated and honoured only by S3 and S3 Control: set UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled`
	}))
	_ = v1s3.New(sess)
}

// On a config other services share, the old switch did nothing for them.
func v1Shared() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStack: aws.Bool(true)})) // want `it has no effect on the sqs client built from this config \(the global switch turns it on too\)`
	_ = v1s3.New(sess)
	_ = sqs.New(sess)
}

// ... and if one of them has no verified dual-stack endpoint, no fix.
func v1SharedUnverified() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStack: aws.Bool(true)})) // want `it has no effect on the dynamodb client.*; no fix: no dual-stack endpoint is documented for dynamodb in us-west-2`
	_ = v1s3.New(sess)
	_ = dynamodb.New(sess)
}

func v1Assign(c *aws.Config) {
	c.UseDualStack = aws.Bool(true) // want `aws.Config.UseDualStack is deprecated`
}

func v1Chain() *aws.Config {
	return aws.NewConfig().WithUseDualStack(true) // want `aws.Config.UseDualStack is deprecated.*no fix: aws.Config has no WithUseDualStackEndpoint setter`
}

func v1Both() {
	_ = &aws.Config{
		UseDualStack:         aws.Bool(true), // want `UseDualStackEndpoint \(disabled\) wins at run time, so dual-stack is off; remove UseDualStack`
		UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled,
	}
}
