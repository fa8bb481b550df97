package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/ec2"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// Hard-coded IPv4-only endpoints (ipv4endpoint): aws.Config.Endpoint, the
// WithEndpoint setter and a resolver's ResolvedEndpoint.URL. A client with
// a custom endpoint is not reported by the dual-stack checks.
func Endpoints() (*s3.S3, *sqs.SQS, *ec2.EC2) {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("eu-west-1")}))
	a := s3.New(sess, &aws.Config{Endpoint: aws.String("https://s3.eu-west-1.amazonaws.com")})
	b := sqs.New(sess, aws.NewConfig().WithEndpoint("sqs.eu-west-1.amazonaws.com"))
	resolver := endpoints.ResolverFunc(func(service, region string, opts ...func(*endpoints.Options)) (endpoints.ResolvedEndpoint, error) {
		return endpoints.ResolvedEndpoint{URL: "https://ec2.us-west-2.amazonaws.com"}, nil
	})
	c := ec2.New(sess, &aws.Config{EndpointResolver: resolver})
	return a, b, c
}
