package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/ec2"
	"github.com/aws/aws-sdk-go/service/iam"
	"github.com/aws/aws-sdk-go/service/s3"
)

// v1 ignores dual-stack when Endpoint is set.
func Endpoint() *s3.S3 {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	return s3.New(sess, &aws.Config{Endpoint: aws.String("http://minio:9000")})
}

// v1's frozen endpoint data builds iam.<region>.api.aws for IAM.
func Global() *iam.IAM {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	return iam.New(sess)
}

// EC2 has no verified dual-stack endpoint in me-central-1.
func Region() *ec2.EC2 {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("me-central-1"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	return ec2.New(sess)
}
