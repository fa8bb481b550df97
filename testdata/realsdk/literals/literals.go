// Package literals holds ipv4endpoint cases: hard-coded IPv4-only AWS hosts
// that reach an endpoint, most with a fix to their dual-stack form.
package literals

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	smithyendpoints "github.com/aws/smithy-go/endpoints"
)

// BaseEndpoint in a client option func: S3's legacy dash-region form.
func ClientOption() *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("https://s3-us-west-2.amazonaws.com")
	})
}

// BaseEndpoint in an aws.Config literal.
func ConfigLiteral() *sqs.Client {
	return sqs.NewFromConfig(aws.Config{Region: "eu-west-1", BaseEndpoint: aws.String("https://sqs.eu-west-1.amazonaws.com")})
}

// config.WithBaseEndpoint with an S3 virtual-host URL.
func LoadOption(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithBaseEndpoint("https://bucket.s3.us-west-2.amazonaws.com"))
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

// A legacy resolver's aws.Endpoint{URL}: fixed where the dual-stack form is
// verified (sqs), not where it is only derived (kms).
func Resolver() aws.EndpointResolverWithOptions {
	return aws.EndpointResolverWithOptionsFunc(func(service, region string, options ...interface{}) (aws.Endpoint, error) {
		if service == sqs.ServiceID {
			return aws.Endpoint{URL: "https://sqs.us-west-2.amazonaws.com"}, nil
		}
		return aws.Endpoint{URL: "https://kms.us-west-2.amazonaws.com"}, nil
	})
}

// smithy's Endpoint{URI} from url.Parse.
func Smithy() (smithyendpoints.Endpoint, error) {
	u, err := url.Parse("https://lambda.eu-west-1.amazonaws.com")
	if err != nil {
		return smithyendpoints.Endpoint{}, err
	}
	return smithyendpoints.Endpoint{URI: *u}, nil
}

// net/http requests.
func Requests(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://sqs.us-east-1.amazonaws.com/123456789012/jobs", nil)
	if err != nil {
		return err
	}
	_ = req
	_, err = http.NewRequest(http.MethodPost, "https://sns.eu-west-1.amazonaws.com/", nil)
	if err != nil {
		return err
	}
	resp, err := http.Get("https://ec2.us-west-2.amazonaws.com/?Action=DescribeRegions")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A named constant used twice is reported once, at its literal: the global
// STS endpoint.
const stsURL = "https://sts.amazonaws.com"

func STS() {
	_, _ = http.Get(stsURL)
	_, _ = http.Head(stsURL)
}

// A region placeholder in a format or a concatenation: the constant part is
// rewritten because every -regions region (us-west-2, eu-west-1) has the
// same verified dual-stack form.
func Patterns(region string) {
	_, _ = http.Get(fmt.Sprintf("https://sqs.%s.amazonaws.com/123456789012/jobs", region))
	_, _ = http.Get("https://sns." + region + ".amazonaws.com")
}

// No fix: ec2 has no verified dual-stack endpoint in me-central-1, S3
// website endpoints have no dual-stack form, the SDK rejects DynamoDB's
// dual-stack hostname as BaseEndpoint, and a global S3 bucket host does not
// say the bucket's region.
func NoFix() {
	_, _ = http.Get("https://ec2.me-central-1.amazonaws.com/")
	_, _ = http.Get("http://site.s3-website-us-east-1.amazonaws.com/index.html")
	_ = dynamodb.NewFromConfig(aws.Config{Region: "us-east-1"}, func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String("https://dynamodb.us-east-1.amazonaws.com")
	})
	_, _ = http.Get("https://my-bucket.s3.amazonaws.com/key")
}

// Not reported: dual-stack already, VPC endpoints, other hosts, localhost,
// values from the environment, strings that do not reach an endpoint.
func Fine(host string) {
	_, _ = http.Get("https://sqs.us-east-1.api.aws/123456789012/jobs")
	_, _ = http.Get("https://s3.dualstack.us-west-2.amazonaws.com/bucket")
	_, _ = http.Get("https://vpce-0123456789abcdef0-abcdefgh.sqs.us-east-1.vpce.amazonaws.com/")
	_, _ = http.Get("https://example.com/s3.us-west-2.amazonaws.com")
	_, _ = http.Get("http://localhost:4566/")
	_, _ = http.Get(os.Getenv("SQS_ENDPOINT"))
	_, _ = http.Get("https://" + host + "/")
	log.Printf("see https://sqs.us-east-1.amazonaws.com for details")
	fmt.Println("queue at https://sqs.eu-west-1.amazonaws.com/123456789012/jobs")
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("http://localhost:4566")
	})
}
