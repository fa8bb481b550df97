package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// The session serves DynamoDB, which has no verified dual-stack endpoint in
// us-west-2: each client is reported; S3 and SQS get a fix of their own.
func Mixed() (*s3.S3, *dynamodb.DynamoDB, *sqs.SQS) {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2")}))
	a := s3.New(sess)
	b := dynamodb.New(sess)
	c := sqs.New(sess, &aws.Config{MaxRetries: aws.Int(2)})
	return a, b, c
}

// Disabled on the client: flipped.
func ClientDisabled() *s3.S3 {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	return s3.New(sess, &aws.Config{UseDualStackEndpoint: endpoints.DualStackEndpointStateDisabled})
}
