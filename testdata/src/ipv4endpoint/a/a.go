package a

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	smithyendpoints "github.com/aws/smithy-go/endpoints"

	v1aws "github.com/aws/aws-sdk-go/aws"
	v1endpoints "github.com/aws/aws-sdk-go/aws/endpoints"
)

// An SQS queue URL in an HTTP request.
func queue() {
	_, _ = http.NewRequest("GET", "https://sqs.us-east-1.amazonaws.com/123456789012/jobs", nil) // want `sqs.us-east-1.amazonaws.com is an IPv4-only AWS endpoint \(sqs, us-east-1\) used as http.NewRequest: IPv6-only networks cannot reach it; use its dual-stack form sqs.us-east-1.api.aws`
}

// A named constant used twice is reported once, at its literal.
const stsURL = "https://sts.amazonaws.com" // want `sts.amazonaws.com is an IPv4-only AWS endpoint \(sts\) used as http.Get: .*use its dual-stack form sts.us-east-1.api.aws \(the global endpoint sts.amazonaws.com has no IPv6`

func sts() {
	_, _ = http.Get(stsURL)
	_, _ = http.Get(stsURL)
}

// BaseEndpoint on a client, a config and in a config option.
func base(ctx context.Context) {
	_ = s3.NewFromConfig(aws.Config{}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("https://s3-us-west-2.amazonaws.com") // want `s3-us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(s3, us-west-2\) used as s3.Options.BaseEndpoint: .*use its dual-stack form s3.dualstack.us-west-2.amazonaws.com`
	})
	_ = sqs.NewFromConfig(aws.Config{BaseEndpoint: aws.String("https://sqs.eu-west-1.amazonaws.com")})         // want `sqs.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(sqs, eu-west-1\) used as aws.Config.BaseEndpoint`
	_, _ = config.LoadDefaultConfig(ctx, config.WithBaseEndpoint("https://bucket.s3.us-west-2.amazonaws.com")) // want `bucket.s3.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(s3, us-west-2\) used as config.WithBaseEndpoint`
}

// A region placeholder in a format or a concatenation: the constant part is
// rewritten when every target region (-regions: us-west-2,eu-west-1 here)
// has the same dual-stack form.
func patterns(region string) {
	_, _ = http.Get(fmt.Sprintf("https://sqs.%s.amazonaws.com/123456789012/jobs", region)) // want `sqs.%s.amazonaws.com is an IPv4-only AWS endpoint \(sqs, any region\) used as http.Get: .*use its dual-stack form sqs.%s.api.aws`
	_, _ = http.Get("https://sns." + region + ".amazonaws.com/")                           // want `sns.%s.amazonaws.com is an IPv4-only AWS endpoint \(sns, any region\)`
}

// Resolvers: aws.Endpoint{URL} and smithy's Endpoint{URI} from url.Parse.
func resolvers() {
	_ = aws.EndpointResolverWithOptionsFunc(func(service, region string, options ...interface{}) (aws.Endpoint, error) {
		return aws.Endpoint{URL: "https://kms.us-west-2.amazonaws.com"}, nil // want `kms.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(kms, us-west-2\) used as aws.Endpoint.URL`
	})
	u, _ := url.Parse("https://lambda.eu-west-1.amazonaws.com") // want `lambda.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(lambda, eu-west-1\) used as smithy endpoints.Endpoint.URI`
	_ = smithyendpoints.Endpoint{URI: *u}
}

// SDK v1.
func v1() {
	_ = &v1aws.Config{Endpoint: v1aws.String("https://s3.eu-west-1.amazonaws.com")} // want `s3.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(s3, eu-west-1\) used as aws.Config.Endpoint`
	_ = v1aws.NewConfig().WithEndpoint("sqs.us-west-2.amazonaws.com")               // want `sqs.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(sqs, us-west-2\) used as aws.Config.WithEndpoint`
	_ = v1endpoints.ResolvedEndpoint{URL: "https://ec2.us-west-2.amazonaws.com"}    // want `ec2.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(ec2, us-west-2\) used as endpoints.ResolvedEndpoint.URL`
}

// No fix: no verified dual-stack form, no dual-stack form at all, or DynamoDB.
func noFix() {
	_, _ = http.Get("https://ec2.me-central-1.amazonaws.com/")                   // want `ec2.me-central-1.amazonaws.com .*; no fix: its dual-stack form ec2.me-central-1.api.aws is not verified`
	_, _ = http.Get("http://site.s3-website-us-east-1.amazonaws.com/index.html") // want `site.s3-website-us-east-1.amazonaws.com .*; no fix: it has no dual-stack form: S3 website endpoints have no dual-stack form`
	_, _ = http.Get("https://sqs.us-iso-east-1.c2s.ic.gov/")                     // want `no fix: it has no dual-stack form: the aws-iso partition has no dual-stack endpoints for sqs`
	_ = dynamodb.NewFromConfig(aws.Config{}, func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String("https://dynamodb.us-east-1.amazonaws.com") // want `DynamoDB rejects its dual-stack hostname as an endpoint override: remove BaseEndpoint and set UseDualStackEndpoint`
	})
}

// Not reported: dual-stack already, VPC endpoints, other hosts, values
// from the environment, strings that are not endpoints.
func fine(host string) {
	_, _ = http.Get("https://sqs.us-east-1.api.aws/123456789012/jobs")
	_, _ = http.Get("https://s3.dualstack.us-west-2.amazonaws.com/bucket")
	_, _ = http.Get("https://vpce-0123456789abcdef0-abcdefgh.sqs.us-east-1.vpce.amazonaws.com/")
	_, _ = http.Get("https://example.com/s3.us-west-2.amazonaws.com")
	_, _ = http.Get("http://localhost:4566/")
	_, _ = http.Get(os.Getenv("SQS_ENDPOINT"))
	_, _ = http.Get("https://" + host + "/")
	fmt.Println("see https://sqs.us-east-1.amazonaws.com for details")
	_ = s3.NewFromConfig(aws.Config{}, func(o *s3.Options) { o.BaseEndpoint = aws.String("https://mydb.abc123.us-east-1.rds.amazonaws.com") })
}

// The global STS host in a resolver that signs for another region: its
// regional replacement would need SigningRegion us-east-1.
func stsResolver() {
	_ = aws.EndpointResolverWithOptionsFunc(func(service, region string, options ...interface{}) (aws.Endpoint, error) {
		return aws.Endpoint{URL: "https://sts.amazonaws.com", SigningRegion: region}, nil // want `sts.amazonaws.com is an IPv4-only AWS endpoint \(sts\) used as aws.Endpoint.URL: .*no fix: that regional endpoint needs a SigningRegion of its own region, and this endpoint's SigningRegion is region`
	})
	_ = aws.Endpoint{URL: "https://sts.amazonaws.com", SigningRegion: "us-east-1"} // want `use its dual-stack form sts.us-east-1.api.aws`
}
