package a

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// An aws.Config literal never reads AWS_USE_DUALSTACK_ENDPOINT.
func literal() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}) // want `s3.NewFromConfig uses an aws.Config literal, which never reads AWS_USE_DUALSTACK_ENDPOINT or the shared config: the client uses an IPv4-only endpoint \(s3.us-west-2.amazonaws.com\)`
}

func literalVar() {
	cfg := aws.Config{Region: "eu-west-1"}
	_ = sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig uses an aws.Config literal`
}

// svc.New with an Options literal never reads it either.
func options() {
	_ = s3.New(s3.Options{Region: "us-west-2"}) // want `s3.New with an Options literal never reads AWS_USE_DUALSTACK_ENDPOINT`
}

func optionsVar() {
	opts := s3.Options{}
	opts.Region = "eu-west-1"
	_ = s3.New(opts) // want `s3.New with an Options literal`
}

func optionsOptedIn() {
	_ = s3.New(s3.Options{Region: "us-west-2", EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}})
}

func optionsDisabled() {
	_ = s3.New(s3.Options{Region: "us-west-2", EndpointOptions: s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateDisabled}}) // want `dual-stack endpoints are explicitly disabled for this s3 client`
}

// The fix adds a line to the client's own option func literal.
func existingOption() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { // want `s3.NewFromConfig uses an aws.Config literal`
		o.UsePathStyle = true
	})
}

// Opted in per client, in every way an option func can be written.
func optedIn() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	})
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, withDualStack)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, dualStack())
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, dualStackVar)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { o.UseDualstack = true }) // legacy: counts here
}

func withDualStack(o *s3.Options) {
	o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
}

func dualStack() func(*s3.Options) {
	return func(o *s3.Options) {
		o.EndpointOptions = s3.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}
	}
}

var dualStackVar = withDualStack

// Explicitly disabled at the client: reported at the assignment.
func disabled(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	_ = s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateDisabled // want `dual-stack endpoints are explicitly disabled for this s3 client`
	})
}

// Custom endpoints: dual-stack would break them; not reported.
func custom(endpoint string) {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String("http://localhost:4566")
	})
	_ = sqs.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *sqs.Options) {
		if endpoint != "" {
			o.BaseEndpoint = &endpoint
		}
	})
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2", BaseEndpoint: aws.String("http://minio:9000")})
	_ = s3.New(s3.Options{Region: "us-west-2", BaseEndpoint: aws.String("http://minio:9000")})
}

// Configs and options the analysis cannot see: not reported.
func opaque(cfg aws.Config, opt func(*s3.Options), opts []func(*s3.Options), o s3.Options) {
	_ = s3.NewFromConfig(cfg)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opt)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opts...)
	_ = s3.New(o)
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { configure(o) })
}

// configure is set elsewhere, at run time.
var configure func(*s3.Options)

// A config whose clients cannot all be switched on: each client is
// reported; only those with verified endpoints get a fix.
func mixed(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)       // want `s3 client does not enable dual-stack endpoints: it uses an IPv4-only endpoint \(s3.us-west-2.amazonaws.com\) unless AWS_USE_DUALSTACK_ENDPOINT=true`
	_ = dynamodb.NewFromConfig(cfg) // want `dynamodb client does not enable dual-stack endpoints: it uses an IPv4-only endpoint \(dynamodb.us-west-2.amazonaws.com\), and no dual-stack endpoint is documented for dynamodb in us-west-2 .* \(no fix\)$`
}

// EC2 lacks a verified dual-stack endpoint in me-central-1 (go-discover#293).
func ec2Region() {
	_ = ec2.NewFromConfig(aws.Config{Region: "me-central-1"}) // want `and no dual-stack endpoint is documented for ec2 in me-central-1 .* \(no fix\)`
}

// No constant region: -regions (us-west-2,eu-west-1 here) decides.
func flagRegions() {
	_ = ec2.NewFromConfig(aws.Config{}) // want `ec2.NewFromConfig uses an aws.Config literal`
}

// An option slice the analysis can see: the fix adds to it.
func optionSlice() {
	opts := []func(*s3.Options){func(o *s3.Options) { o.UsePathStyle = true }}
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, opts...) // want `s3.NewFromConfig uses an aws.Config literal`
}

// Replacing EndpointOptions as a whole unsets what it does not set: the
// client is not opted in, and the fix's line goes last so nothing undoes it.
func wiped() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { // want `s3.NewFromConfig uses an aws.Config literal`
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		o.EndpointOptions = s3.EndpointResolverOptions{}
	})
}

// The option func's parameter shadows the aws package: the fix imports it
// under another name.
func shadowed() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(aws *s3.Options) { // want `s3.NewFromConfig uses an aws.Config literal`
		aws.UsePathStyle = true
	})
}

// A helper whose parameter only ever gets one config: the client is that
// config's, reported here, where it is built.
func helper(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	_ = newQueue(cfg)
}

func newQueue(cfg aws.Config) *sqs.Client {
	return sqs.NewFromConfig(cfg) // want `sqs client does not enable dual-stack endpoints: it uses an IPv4-only endpoint \(sqs.eu-west-1.amazonaws.com\)`
}

// An early return could skip a line added at the end of the literal: the
// fix adds a new option func instead.
func earlyReturn(pathStyle bool) {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) { // want `s3.NewFromConfig uses an aws.Config literal`
		if !pathStyle {
			return
		}
		o.UsePathStyle = true
	})
}

// Set after an early return: decided at run time, not reported.
func setAfterReturn(enable bool) {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"}, func(o *s3.Options) {
		if !enable {
			return
		}
		o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	})
}

// A literal config returned by a helper of the package.
func newConfig(region string) aws.Config {
	return aws.Config{Region: region}
}

func fromHelper() {
	cfg := newConfig("us-west-2")
	_ = sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig uses an aws.Config literal`
}

// A legacy resolver that passes most services on to the SDK
// (EndpointNotFoundError) is not a custom endpoint.
func fallback() {
	resolver := aws.EndpointResolverWithOptionsFunc(func(service, region string, options ...interface{}) (aws.Endpoint, error) {
		if service == "STS" {
			return aws.Endpoint{URL: "https://sts.example.com"}, nil
		}
		return aws.Endpoint{}, &aws.EndpointNotFoundError{}
	})
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2", EndpointResolverWithOptions: resolver}) // want `s3.NewFromConfig uses an aws.Config literal`
}

// The same, returned by a helper.
func fallbackResolver() aws.EndpointResolverWithOptionsFunc {
	return func(service, region string, options ...interface{}) (aws.Endpoint, error) {
		return aws.Endpoint{}, &aws.EndpointNotFoundError{}
	}
}

func fallbackFromHelper() {
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2", EndpointResolverWithOptions: fallbackResolver()}) // want `s3.NewFromConfig uses an aws.Config literal`
}
