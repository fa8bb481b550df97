package a

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	smithyendpoints "github.com/aws/smithy-go/endpoints"

	v1aws "github.com/aws/aws-sdk-go/aws"
	v1endpoints "github.com/aws/aws-sdk-go/aws/endpoints"

	"ipv4endpoint/endpoints"
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
	_, _ = http.Get("https://ec2.me-central-1.amazonaws.com/")                   // want `ec2.me-central-1.amazonaws.com .*; no fix: no dual-stack endpoint is documented for this host: its dual-stack name would be ec2.me-central-1.api.aws \(check it with: dualstacklint endpoints -host ec2.me-central-1.amazonaws.com -resolve\)`
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

// A constant of another package beside literals of this one: reported at
// the literal holding the host's start, fixed when the change is there (the
// message names the constant only when the fix would change it).
func mixed(region string) {
	_, _ = http.Get("https://sqs." + endpoints.Region + ".amazonaws.com/") // want `^sqs.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(sqs, eu-west-1\) used as http.Get: .*use its dual-stack form sqs.eu-west-1.api.aws$`
	_, _ = http.Get("https://sqs." + region + endpoints.Suffix)            // want `sqs.%s.amazonaws.com \(constant Suffix of package ipv4endpoint/endpoints\) .*use its dual-stack form sqs.%s.api.aws; no fix: the literal is in another package; change the constant where it is declared \(endpoints.go:11\)`
}

// url.URL literals, with their Host field set in the literal or later.
func urls(host, region string) {
	u := url.URL{Scheme: "https", Host: "sqs.us-east-1.amazonaws.com", Path: "/123456789012/jobs"} // want `sqs.us-east-1.amazonaws.com is an IPv4-only AWS endpoint \(sqs, us-east-1\) used as http.Get: .*use its dual-stack form sqs.us-east-1.api.aws`
	_, _ = http.Get(u.String())
	_, _ = http.Get((&url.URL{Scheme: "https", Host: "sns.us-west-2.amazonaws.com"}).String()) // want `sns.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(sns, us-west-2\) used as http.Get`
	p := &url.URL{Scheme: "https"}
	p.Host = "sns.eu-west-1.amazonaws.com" // want `sns.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(sns, eu-west-1\) used as http.NewRequest`
	_, _ = http.NewRequest("GET", p.String(), nil)
	_ = smithyendpoints.Endpoint{URI: url.URL{Scheme: "https", Host: "lambda.us-west-2.amazonaws.com"}} // want `lambda.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(lambda, us-west-2\) used as smithy endpoints.Endpoint.URI`
	_, _ = http.Get((&url.URL{Host: "sqs.eu-west-1.amazonaws.com", Path: "/"}).String())                // want `sqs.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint`

	_, _ = http.Get((&url.URL{Scheme: "https", Host: fmt.Sprintf("sqs.%s.amazonaws.com", region)}).String()) // want `sqs.%s.amazonaws.com is an IPv4-only AWS endpoint \(sqs, any region\) used as http.Get: .*use its dual-stack form sqs.%s.api.aws`

	// Not reported: already dual-stack, a host the code does not know, a
	// host set twice, a parsed URL whose host is changed afterwards.
	_, _ = http.Get((&url.URL{Scheme: "https", Host: "sqs.us-east-1.api.aws"}).String())
	_, _ = http.Get((&url.URL{Scheme: "https", Host: host}).String())
	q := url.URL{Scheme: "https", Host: "localhost:4566"}
	q.Host = host
	_, _ = http.Get(q.String())
	r, _ := url.Parse("https://sqs.us-west-2.amazonaws.com")
	r.Host = host
	_, _ = http.Get(r.String())
}

// {Region} templates expanded with strings.ReplaceAll, strings.Replace and
// strings.NewReplacer: the placeholder is a hole, like a fmt.Sprintf verb.
func templates(region, name, host string) {
	_, _ = http.Get(strings.ReplaceAll("https://sqs.{Region}.amazonaws.com/123456789012/jobs", "{Region}", region)) // want `sqs.{Region}.amazonaws.com is an IPv4-only AWS endpoint \(sqs, any region\) used as http.Get: .*use its dual-stack form sqs.{Region}.api.aws`
	_, _ = http.Get(strings.Replace("https://sns.{region}.amazonaws.com/", "{region}", region, -1))                 // want `sns.{region}.amazonaws.com is an IPv4-only AWS endpoint \(sns, any region\)`
	_, _ = http.Get(strings.NewReplacer("{Region}", region).Replace("https://lambda.{Region}.amazonaws.com"))       // want `lambda.{Region}.amazonaws.com is an IPv4-only AWS endpoint \(lambda, any region\)`
	rep := strings.NewReplacer("{Queue}", name, "{Region}", region)
	const tmpl = "https://sqs.{Region}.amazonaws.com/123456789012/{Queue}" // want `sqs.{Region}.amazonaws.com is an IPv4-only AWS endpoint \(sqs, any region\) used as http.Get`
	_, _ = http.Get(rep.Replace(tmpl))
	_, _ = http.Get(strings.ReplaceAll("https://s3.{Region}.amazonaws.com/bucket", "{Region}", region)) // want `s3.{Region}.amazonaws.com is an IPv4-only AWS endpoint \(s3, any region\) used as http.Get: .*use its dual-stack form s3.dualstack.{Region}.amazonaws.com`
	// A constant region: the host is known.
	_, _ = http.Get(strings.ReplaceAll("https://eks.{Region}.amazonaws.com/", "{Region}", "eu-west-1")) // want `eks.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(eks, eu-west-1\) used as http.Get: .*; no fix: no dual-stack endpoint is documented for this host: its dual-stack name would be eks.eu-west-1.api.aws`
	_, _ = http.Get(strings.ReplaceAll("https://sqs.{Region}.amazonaws.com/", "{Region}", "eu-west-1")) // want `sqs.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint \(sqs, eu-west-1\) used as http.Get: .*use its dual-stack form sqs.eu-west-1.api.aws`
	// The placeholder is not in the host: the host is known.
	_, _ = http.Get(strings.ReplaceAll("https://sqs.us-west-2.amazonaws.com/123456789012/{Queue}", "{Queue}", name)) // want `sqs.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(sqs, us-west-2\)`

	// strings.Replace with a count that covers the placeholder; pairs are
	// tried in order at each position, as strings.Replacer does.
	_, _ = http.Get(strings.Replace("https://sns.{Region}.amazonaws.com/{Region}", "{Region}", region, 1))                              // want `sns.{Region}.amazonaws.com is an IPv4-only AWS endpoint \(sns, any region\)`
	_, _ = http.Get(strings.NewReplacer("{Region}", region, "{Region}", "us-east-1").Replace("https://lambda.{Region}.amazonaws.com/")) // want `lambda.{Region}.amazonaws.com is an IPv4-only AWS endpoint \(lambda, any region\)`

	// Not reported: dual-stack templates, a placeholder that is the whole
	// host, a non-AWS host, a placeholder split over two literals, a count
	// the check does not know or that leaves the placeholder.
	_, _ = http.Get(strings.Replace("https://sqs.{Region}.amazonaws.com/", "{Region}", region, len(name)))
	_, _ = http.Get(strings.Replace("https://sqs.{Region}.amazonaws.com/{Region}", "{Region}", region, 0))
	_, _ = http.Get(strings.ReplaceAll("https://sqs.{Region}.api.aws/123456789012/jobs", "{Region}", region))
	_, _ = http.Get(strings.NewReplacer("{Host}", host).Replace("https://{Host}/sqs.us-east-1.amazonaws.com"))
	_, _ = http.Get(strings.NewReplacer("{Queue}", name).Replace("https://example.com/{Queue}"))
	_, _ = http.Get(strings.ReplaceAll("https://sqs.{Reg"+"ion}.amazonaws.com/", "{Region}", region))
	_, _ = http.Get(strings.ReplaceAll("https://sqs.us-east"+"-1.amazonaws.com/", "us-east-1", region))
}
