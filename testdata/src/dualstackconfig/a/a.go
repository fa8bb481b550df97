package a

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Two clients, one config, all visible: reported once, at the config.
func basic(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `config.LoadDefaultConfig does not enable dual-stack endpoints: the s3 and sqs clients built from it use IPv4-only endpoints unless AWS_USE_DUALSTACK_ENDPOINT=true`
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg)
	_ = sqs.NewFromConfig(cfg)
	return nil
}

// No constant region: the -regions flag (us-west-2,eu-west-1 in this test) decides.
func flagRegions(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `the s3 client built from it uses IPv4-only endpoints`
	_ = s3.NewFromConfig(cfg)
}

// Multi-line call with a trailing comma.
func multiline(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig( // want `does not enable dual-stack`
		ctx,
		config.WithRegion("eu-west-1"),
	)
	_ = sqs.NewFromConfig(cfg)
}

// A visible option slice: the fix adds to it.
func optionSlice(ctx context.Context) {
	opts := []func(*config.LoadOptions) error{config.WithRegion("us-west-2")}
	cfg, _ := config.LoadDefaultConfig(ctx, opts...) // want `does not enable dual-stack`
	_ = s3.NewFromConfig(cfg)
}

func optionSliceOptedIn(ctx context.Context) {
	opts := []func(*config.LoadOptions) error{config.WithRegion("us-west-2")}
	opts = append(opts, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	_ = s3.NewFromConfig(cfg)
}

// An unknown spread: the decision is the caller's.
func unknownSpread(ctx context.Context, opts ...func(*config.LoadOptions) error) {
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	_ = s3.NewFromConfig(cfg)
}

func optedIn(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled))
	_ = s3.NewFromConfig(cfg)
}

func optedInByLiteral(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		return nil
	})
	_ = s3.NewFromConfig(cfg)
}

func withDualStack(o *config.LoadOptions) error {
	o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
	return nil
}

func dualStackOption() func(*config.LoadOptions) error {
	return withDualStack
}

var dualStackVar = config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)

func optedInByName(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, withDualStack)
	_ = s3.NewFromConfig(cfg)
	cfg2, _ := config.LoadDefaultConfig(ctx, dualStackOption())
	_ = s3.NewFromConfig(cfg2)
	cfg3, _ := config.LoadDefaultConfig(ctx, dualStackVar)
	_ = s3.NewFromConfig(cfg3)
}

// Conditional: decided at run time.
func conditional(ctx context.Context, ipv6 bool) {
	cfg, _ := config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		if ipv6 {
			o.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
		}
		return nil
	})
	_ = s3.NewFromConfig(cfg)
}

// The config leaves the function: reported here, without a fix.
func returned(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig does not enable dual-stack endpoints, and the config is returned, so the clients built from it are not visible here`
}

func returnedVar(ctx context.Context) aws.Config {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `and the config is returned`
	_ = s3.NewFromConfig(cfg)
	return cfg
}

// A helper that gets configs from several places: the config escapes.
func passedOn(ctx context.Context, other aws.Config) {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `and the config is passed to newClient`
	_ = newClient(cfg)
	_ = newClient(other)
}

// A parameter with several origins: not reported here.
func newClient(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg)
}

// A helper whose parameter only ever gets one config is followed: its
// client is that config's, in another function, so dualstackclient
// reports it there (see dualstackclient/a).
func helper(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = newQueue(cfg)
}

func newQueue(cfg aws.Config) *sqs.Client {
	return sqs.NewFromConfig(cfg)
}

type server struct{ cfg aws.Config }

func (s *server) init(ctx context.Context) (err error) {
	s.cfg, err = config.LoadDefaultConfig(ctx) // want `and the config is stored in s.cfg`
	return err
}

// Explicitly disabled: reported at the option, fixed by flipping it.
func disabled(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"), config.WithUseDualStackEndpoint(aws.DualStackEndpointStateDisabled)) // want `dual-stack endpoints are explicitly disabled: the s3 client built from it cannot reach AWS from IPv6-only networks`
	_ = s3.NewFromConfig(cfg)
}

// Copies are followed.
func copied(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `the s3 client built from it`
	c2 := cfg.Copy()
	_ = s3.NewFromConfig(c2)
}

// A custom endpoint: dual-stack would break it; nothing to report.
func custom(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithBaseEndpoint("http://localhost:4566"))
	_ = s3.NewFromConfig(cfg)
}

// A service without a verified endpoint in the region: the config is not
// fixed as a whole; dualstackclient reports the clients one by one.
func mixed(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
	_ = dynamodb.NewFromConfig(cfg)
}

// Used, but by no service client.
func noClients(ctx context.Context) string {
	cfg, _ := config.LoadDefaultConfig(ctx)
	_ = imds.NewFromConfig(cfg)
	return cfg.Region
}

// A comment after the last argument stays on its line.
func trailingComment(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, // want `does not enable dual-stack`
		config.WithRegion("us-west-2"), // the region
	)
	_ = sqs.NewFromConfig(cfg)
}

// A client already on dual-stack through S3's deprecated switch is not
// named among those the config leaves without it.
func legacyS3(ctx context.Context) {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `the sqs client built from it uses IPv4-only endpoints`
	_ = s3.NewFromConfig(cfg, func(o *s3.Options) { o.UseDualstack = true })
	_ = sqs.NewFromConfig(cfg)
}

// One variable, two configs: each is reported where it is made.
func alternatives(ctx context.Context, eu bool) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2")) // want `the s3 client built from it uses IPv4-only endpoints`
	if eu {
		cfg, err = config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `the s3 client built from it uses IPv4-only endpoints`
	}
	if err == nil {
		_ = s3.NewFromConfig(cfg)
	}
}

// Options from a helper of the package are followed.
func helperOptions(region string) []func(*config.LoadOptions) error {
	var o []func(*config.LoadOptions) error
	if region != "" {
		o = append(o, config.WithRegion(region))
	}
	return o
}

func withHelperOptions(ctx context.Context, region string) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, helperOptions(region)...) // want `and the config is returned`
}

func withHelperOptionsOn(ctx context.Context) aws.Config {
	cfg, _ := config.LoadDefaultConfig(ctx, dualStackOptions()...)
	return cfg
}

func dualStackOptions() []func(*config.LoadOptions) error {
	return []func(*config.LoadOptions) error{config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)}
}

// Its address taken: the config leaves what the analysis follows.
func address(ctx context.Context) *aws.Config {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `and the config has its address taken`
	return &cfg
}
