// Package v1 uses aws-sdk-go v1 sessions.
package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sqs"
)

func basic() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2")})) // want `session.NewSession does not enable dual-stack endpoints: the s3 and sqs clients built from it use IPv4-only endpoints unless AWS_USE_DUALSTACK_ENDPOINT=true \(a profile's use_dualstack_endpoint counts only with shared config enabled\); set UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled in its aws.Config \(aws-sdk-go v1 is past end of support since 2025-07-31; in v2 the switch is config.WithUseDualStackEndpoint\)`
	_ = s3.New(sess)
	_ = sqs.New(sess)
}

func multiline() {
	sess, err := session.NewSession(&aws.Config{ // want `session.NewSession does not enable dual-stack endpoints`
		Region:     aws.String("eu-west-1"),
		MaxRetries: aws.Int(3),
	})
	if err != nil {
		return
	}
	_ = sqs.New(sess)
}

func noConfig() {
	sess := session.Must(session.NewSession()) // want `session.NewSession does not enable dual-stack endpoints: the s3 client`
	_ = s3.New(sess, &aws.Config{Region: aws.String("us-west-2")})
}

func withOptions() {
	sess := session.Must(session.NewSessionWithOptions(session.Options{ // want `session.NewSessionWithOptions does not enable dual-stack endpoints: the sqs client built from it uses IPv4-only endpoints unless AWS_USE_DUALSTACK_ENDPOINT=true or the profile sets use_dualstack_endpoint`
		SharedConfigState: session.SharedConfigEnable,
		Config:            aws.Config{Region: aws.String("us-west-2")},
	}))
	_ = sqs.New(sess)
}

// A chain has no setter for UseDualStackEndpoint: reported without a fix.
func chain() {
	sess := session.Must(session.NewSession(aws.NewConfig().WithRegion("us-west-2"))) // want `no fix: aws.NewConfig\(\).With...\(\) has no setter for UseDualStackEndpoint`
	_ = s3.New(sess)
}

func optedIn() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	_ = s3.New(sess)
}

func disabled() {
	sess := session.Must(session.NewSession(&aws.Config{
		Region:               aws.String("us-west-2"),
		UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled, // want `dual-stack endpoints are explicitly disabled: the s3 client built from it`
	}))
	_ = s3.New(sess)
}

// Escapes: reported here, without a fix.
func newSession() (*session.Session, error) {
	return session.NewSession() // want `session.NewSession does not enable dual-stack endpoints, and the session is returned`
}

// DynamoDB lacks a verified dual-stack endpoint: clients one by one.
func mixed() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2")}))
	_ = s3.New(sess)
	_ = dynamodb.New(sess)
}

// Configs the analysis cannot see.
func opaque(cfg *aws.Config, sess *session.Session) {
	s := session.Must(session.NewSession(cfg))
	_ = s3.New(s)
	_ = s3.New(sess)
}

// session.Options{Config: *cfg} through a pointer variable is followed.
func optionsPointer() {
	cfg := &aws.Config{Region: aws.String("us-west-2")}
	sess := session.Must(session.NewSessionWithOptions(session.Options{Config: *cfg, SharedConfigState: session.SharedConfigEnable})) // want `session.NewSessionWithOptions does not enable dual-stack endpoints: the sqs client`
	_ = sqs.New(sess)
}
