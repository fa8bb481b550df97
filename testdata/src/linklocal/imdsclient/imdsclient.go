package imdsclient

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
)

// Reported with -linklocal.imds-client.

func fromDefaultConfig(ctx context.Context) *imds.Client {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	if err != nil {
		return nil
	}
	return imds.NewFromConfig(cfg) // want `^imds\.NewFromConfig builds an IMDS client for 169\.254\.169\.254, which is IPv4-only: neither its options nor config\.LoadDefaultConfig \(line 14\) set an endpoint mode; on IPv6-only networks set AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6 where it runs, or add config\.WithEC2IMDSEndpointMode\(imds\.EndpointModeStateIPv6\) \(needs a Nitro instance with the IPv6 metadata endpoint enabled, HttpProtocolIpv6\)$`
}

func withOtherOptions(ctx context.Context) *imds.Client {
	var cfg aws.Config
	cfg, _ = config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		o.Region = "us-west-2"
		return nil
	})
	return imds.NewFromConfig(cfg, func(o *imds.Options) { // want `imds\.NewFromConfig builds an IMDS client for 169\.254\.169\.254, which is IPv4-only: neither its options nor config\.LoadDefaultConfig \(line 23\)`
		o.DisableDefaultTimeout = true
	})
}

func fromConfigLiteral() *imds.Client {
	return imds.NewFromConfig(aws.Config{Region: "us-west-2"}) // want `^imds\.NewFromConfig builds an IMDS client for 169\.254\.169\.254, which is IPv4-only: its aws\.Config literal has no ConfigSources, so AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE is never read, and its options set no endpoint mode; on IPv6-only networks set o\.EndpointMode = imds\.EndpointModeStateIPv6 in an option func`
}

func fromOptions() *imds.Client {
	return imds.New(imds.Options{}) // want `^imds\.New builds an IMDS client for 169\.254\.169\.254, which is IPv4-only: its imds\.Options set no EndpointMode, and imds\.New does not read AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE; on IPv6-only networks set EndpointMode: imds\.EndpointModeStateIPv6 \(needs a Nitro instance`
}

func fromOptionsVar() *imds.Client {
	opts := imds.Options{DisableDefaultTimeout: true}
	return imds.New(opts) // want `imds\.New builds an IMDS client for 169\.254\.169\.254`
}

// Not reported: the endpoint mode (or the endpoint) is set somewhere.

func modeOnConfig(ctx context.Context) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithEC2IMDSEndpointMode(imds.EndpointModeStateIPv6))
	return imds.NewFromConfig(cfg)
}

func endpointOnConfig(ctx context.Context) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, config.WithEC2IMDSEndpoint("http://[fd00:ec2::254]"))
	return imds.NewFromConfig(cfg)
}

func modeInLoadOptions(ctx context.Context) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error {
		o.EC2IMDSEndpointMode = imds.EndpointModeStateIPv6
		return nil
	})
	return imds.NewFromConfig(cfg)
}

func modeInOptionFunc(ctx context.Context) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return imds.NewFromConfig(cfg, func(o *imds.Options) {
		o.EndpointMode = imds.EndpointModeStateIPv6
	})
}

func modeInOptions() *imds.Client {
	return imds.New(imds.Options{EndpointMode: imds.EndpointModeStateIPv6})
}

func modeSetLater() *imds.Client {
	opts := imds.Options{}
	opts.EndpointMode = imds.EndpointModeStateIPv6
	return imds.New(opts)
}

func configSources(sources []interface{}) *imds.Client {
	return imds.NewFromConfig(aws.Config{ConfigSources: sources})
}

// Not reported: what the analysis cannot see.

func fromParam(cfg aws.Config) *imds.Client {
	return imds.NewFromConfig(cfg)
}

func spreadOptions(ctx context.Context, opts ...func(*config.LoadOptions) error) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, opts...)
	return imds.NewFromConfig(cfg)
}

func optionVar(ctx context.Context, opt config.LoadOptionsFunc) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx, opt)
	return imds.NewFromConfig(cfg)
}

func clientOptionVar(ctx context.Context, opt func(*imds.Options)) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return imds.NewFromConfig(cfg, opt)
}

func optionFuncHelper(ctx context.Context) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	return imds.NewFromConfig(cfg, func(o *imds.Options) { configure(o) })
}

func configure(*imds.Options) {}

func reassigned(ctx context.Context, other aws.Config) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	if other.Region != "" {
		cfg = other
	}
	return imds.NewFromConfig(cfg)
}

func changed(ctx context.Context, sources []interface{}) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	cfg.ConfigSources = sources
	return imds.NewFromConfig(cfg)
}

func pointer(ctx context.Context) *imds.Client {
	cfg, _ := config.LoadDefaultConfig(ctx)
	set(&cfg)
	return imds.NewFromConfig(cfg)
}

func set(*aws.Config) {}

var pkgCfg aws.Config

func packageVar() *imds.Client {
	return imds.NewFromConfig(pkgCfg)
}
