// Package v1 holds cases on aws-sdk-go v1: sessions (dualstackconfig),
// clients (dualstackclient) and where v1 cannot honour dual-stack
// (dualstackbreak).
package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sns"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// A session with an aws.Config literal: the fix adds the field.
func Basic() (*s3.S3, *sqs.SQS) {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2")}))
	return s3.New(sess), sqs.New(sess)
}

// A multi-line literal: the fix adds a line and realigns the keys.
func Multiline() (*sqs.SQS, error) {
	sess, err := session.NewSession(&aws.Config{
		Region:     aws.String("eu-west-1"),
		MaxRetries: aws.Int(3),
	})
	if err != nil {
		return nil, err
	}
	return sqs.New(sess), nil
}

// No config at all: the fix adds one.
func NoConfig() *s3.S3 {
	sess := session.Must(session.NewSession())
	return s3.New(sess, &aws.Config{Region: aws.String("us-west-2")})
}

// session.Options with shared config enabled: a profile's
// use_dualstack_endpoint counts.
func WithOptions() *sns.SNS {
	sess := session.Must(session.NewSessionWithOptions(session.Options{
		SharedConfigState: session.SharedConfigEnable,
		Config:            aws.Config{Region: aws.String("us-west-2")},
	}))
	return sns.New(sess)
}

// A chain has no setter for UseDualStackEndpoint: no fix.
func Chain() *s3.S3 {
	sess := session.Must(session.NewSession(aws.NewConfig().WithRegion("us-west-2")))
	return s3.New(sess)
}

// Explicitly disabled: flipped.
func Disabled() *s3.S3 {
	sess := session.Must(session.NewSession(&aws.Config{
		Region:               aws.String("us-west-2"),
		UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled,
	}))
	return s3.New(sess)
}

// The session leaves the function: no fix.
func NewSession() (*session.Session, error) {
	return session.NewSession(&aws.Config{Region: aws.String("us-west-2")})
}

// Opted in: nothing to say.
func OptedIn() (*s3.S3, *sqs.SQS) {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	return s3.New(sess), sqs.New(sess, &aws.Config{MaxRetries: aws.Int(2)})
}

func OptedInOptions() *sqs.SQS {
	sess := session.Must(session.NewSessionWithOptions(session.Options{
		Config: aws.Config{Region: aws.String("eu-west-1"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled},
	}))
	return sqs.New(sess)
}

// Configs the analysis cannot see: not reported.
func Opaque(cfg *aws.Config, sess *session.Session) (*s3.S3, *s3.S3) {
	s := session.Must(session.NewSession(cfg))
	return s3.New(s), s3.New(sess)
}
