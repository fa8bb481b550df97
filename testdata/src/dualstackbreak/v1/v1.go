// Package v1 enables dual-stack where aws-sdk-go v1 cannot honour it.
package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/ec2"
	"github.com/aws/aws-sdk-go/service/iam"
	"github.com/aws/aws-sdk-go/service/s3"
)

func endpoint() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	_ = s3.New(sess, &aws.Config{Endpoint: aws.String("http://minio:9000")}) // want `aws-sdk-go v1 ignores dual-stack \(enabled at line 14\) when Endpoint is set`
}

// v1's frozen endpoint data builds iam.<region>.api.aws for IAM.
func global() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("us-west-2"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	_ = iam.New(sess) // want `dual-stack is enabled \(line 20\) for an aws-sdk-go v1 iam client: v1's frozen endpoint data builds a regional iam.<region>.api.aws name that does not exist \(iam's dual-stack endpoint is iam.global.api.aws\)`
}

func region() {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("me-central-1"), UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled}))
	_ = ec2.New(sess) // want `for the ec2 client in me-central-1, but no dual-stack endpoint is documented for ec2 in me-central-1`
}
