// Package v1 uses aws-sdk-go v1 clients.
package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// The session serves a service without a verified endpoint: each client is
// reported; those that can be switched on get a fix.
func mixed() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2")}))
	_ = s3.New(sess)                                       // want `s3 client does not enable dual-stack endpoints: it uses an IPv4-only endpoint \(s3.us-west-2.amazonaws.com\) unless AWS_USE_DUALSTACK_ENDPOINT=true; set UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled in its aws.Config$`
	_ = dynamodb.New(sess)                                 // want `dynamodb client does not enable dual-stack endpoints.*and no dual-stack endpoint is documented for dynamodb in us-west-2.*\(no fix\)`
	_ = sqs.New(sess, &aws.Config{MaxRetries: aws.Int(2)}) // want `sqs client does not enable dual-stack endpoints`
}

func disabled() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	_ = s3.New(sess, &aws.Config{UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled}) // want `dual-stack endpoints are explicitly disabled for this s3 client`
}

// The deprecated S3-only switch counts for S3, and for nothing else.
func legacy() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStack: aws.Bool(true)}))
	_ = s3.New(sess)
	_ = dynamodb.New(sess) // want `dynamodb client does not enable dual-stack endpoints`
}
