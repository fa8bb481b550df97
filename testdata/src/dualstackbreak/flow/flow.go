// Package flow holds ordinary Go the value flow must see through.
package flow

import (
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	v1aws "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/endpoints"
	"github.com/aws/aws-sdk-go/aws/session"
	v1s3 "github.com/aws/aws-sdk-go/service/s3"
)

// One return sets a custom endpoint alone; the other appends dual-stack
// under a condition. The two never apply together: no break.
func clientOptions(local bool) []func(*s3.Options) {
	if local {
		return []func(*s3.Options){func(o *s3.Options) { o.BaseEndpoint = aws.String("http://localhost:4566") }}
	}
	var opts []func(*s3.Options)
	if os.Getenv("IPV6") != "" {
		opts = append(opts, func(o *s3.Options) { o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled })
	}
	return opts
}

func useOptions(cfg aws.Config, local bool) *s3.Client {
	return s3.NewFromConfig(cfg, clientOptions(local)...)
}

// Both on one path: that breaks.
func both(cfg aws.Config) *s3.Client {
	opts := []func(*s3.Options){func(o *s3.Options) { o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled }}
	opts = append(opts, func(o *s3.Options) { o.BaseEndpoint = aws.String("http://localhost:4566") }) // want `a custom endpoint together with dual-stack`
	return s3.NewFromConfig(cfg, opts...)
}

// A v1 resolver that hands off to the default resolver passes the
// dual-stack option on: it does not ignore dual-stack.
func v1Resolver() {
	resolver := endpoints.ResolverFunc(func(service, region string, opts ...func(*endpoints.Options)) (endpoints.ResolvedEndpoint, error) {
		if service == "s3" && os.Getenv("S3_URL") != "" {
			return endpoints.ResolvedEndpoint{URL: os.Getenv("S3_URL")}, nil
		}
		return endpoints.DefaultResolver().EndpointFor(service, region, opts...)
	})
	sess := session.Must(session.NewSession(&v1aws.Config{
		Region:               v1aws.String("us-west-2"),
		UseDualStackEndpoint: endpoints.DualStackEndpointStateEnabled,
		EndpointResolver:     resolver,
	}))
	_ = v1s3.New(sess)
}
