package endpoints_test

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	"github.com/aws/aws-sdk-go-v2/service/ecs"
	"github.com/aws/aws-sdk-go-v2/service/iam"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/opensearch"
	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sts"

	"golang.org/x/mod/modfile"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

// oracle resolves a host with a service's real EndpointResolverV2.
type oracle func(region string, dualStack, fips bool) (string, error)

var ctx = context.Background()

// The real SDK's endpoint resolvers. Each has its own parameter type, hence
// one line each.
var oracles = map[string]oracle{
	"s3": func(r string, ds, f bool) (string, error) {
		e, err := s3.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, s3.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"sqs": func(r string, ds, f bool) (string, error) {
		e, err := sqs.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, sqs.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"sns": func(r string, ds, f bool) (string, error) {
		e, err := sns.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, sns.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"ec2": func(r string, ds, f bool) (string, error) {
		e, err := ec2.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, ec2.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"lambda": func(r string, ds, f bool) (string, error) {
		e, err := lambda.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, lambda.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"sts": func(r string, ds, f bool) (string, error) {
		e, err := sts.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, sts.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"dynamodb": func(r string, ds, f bool) (string, error) {
		e, err := dynamodb.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, dynamodb.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"iam": func(r string, ds, f bool) (string, error) {
		e, err := iam.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, iam.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"ecr": func(r string, ds, f bool) (string, error) {
		e, err := ecr.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, ecr.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"opensearch": func(r string, ds, f bool) (string, error) {
		e, err := opensearch.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, opensearch.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"route53": func(r string, ds, f bool) (string, error) {
		e, err := route53.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, route53.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"cloudfront": func(r string, ds, f bool) (string, error) {
		e, err := cloudfront.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, cloudfront.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"kms": func(r string, ds, f bool) (string, error) {
		e, err := kms.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, kms.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
	"ecs": func(r string, ds, f bool) (string, error) {
		e, err := ecs.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, ecs.EndpointParameters{Region: &r, UseDualStack: &ds, UseFIPS: &f})
		return e.URI.Host, err
	},
}

var _ = aws.String // the core module is the resolvers' dependency; keep it explicit

// TestOracle checks, for every region of every partition, that the
// dual-stack hostname the embedded resolver gives equals the one the real
// SDK resolves with UseDualStack (and UseFIPS), whenever the resolver gives
// one.
//
// Deliberate differences, where the resolver answers "none" although the
// SDK's rules build a hostname:
//   - the isolated partitions (aws-iso*): their partitions.json entries say
//     supportsDualStack, but no service lists a dual-stack variant there and
//     AWS documents none;
//   - pseudo regions (aws-global, *-fips, ...): not regions; the linter tells
//     users to set a real one;
//   - documented "already dual-stack" rows (documented.txt) where the SDK data
//     lists no dual-stack host: the usual endpoint answers IPv6, so the
//     resolver names it, while the SDK's rules would build an unlisted name.
func TestOracle(t *testing.T) {
	for svc, resolve := range oracles {
		for _, p := range endpoints.Partitions() {
			for _, region := range p.Regions() {
				for _, fips := range []bool{false, true} {
					e, err := endpoints.DualStack(svc, region, fips)
					if err != nil {
						t.Errorf("DualStack(%s, %s, fips=%v): %v", svc, region, fips, err)
						continue
					}
					want, sdkErr := resolve(region, true, fips)
					if e.Confidence == endpoints.None {
						if sdkErr == nil && p.HasDualStack() {
							t.Errorf("DualStack(%s, %s, fips=%v) = none (%s), but the SDK resolves %s", svc, region, fips, e.Reason, want)
						}
						continue
					}
					if sdkErr != nil {
						t.Errorf("DualStack(%s, %s, fips=%v) = %s, but the SDK fails: %v", svc, region, fips, e.DualStack, sdkErr)
						continue
					}
					already := e.Source.Kind == "docs" && e.DualStack == e.IPv4
					if e.DualStack != want && !already {
						t.Errorf("DualStack(%s, %s, fips=%v) = %s (%s), SDK: %s", svc, region, fips, e.DualStack, e.Confidence, want)
					}
					// The IPv4 endpoint, for the messages and the host parser.
					if !fips {
						want4, err := resolve(region, false, false)
						if err == nil && e.IPv4 != want4 {
							t.Errorf("DualStack(%s, %s).IPv4 = %s, SDK: %s", svc, region, e.IPv4, want4)
						}
					}
				}
			}
		}
	}
}

// TestOracleVersions makes sure the oracle is the SDK the data came from:
// the test dependencies in go.mod must be the versions in versions.txt.
func TestOracleVersions(t *testing.T) {
	recorded := map[string]string{}
	f, err := os.Open("versions.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if path, v, ok := strings.Cut(sc.Text(), " "); ok && !strings.HasPrefix(path, "#") {
			recorded[path] = v
		}
	}
	data, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.ParseLax("go.mod", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, req := range mf.Require {
		dep := req.Mod
		svc, ok := strings.CutPrefix(dep.Path, "github.com/aws/aws-sdk-go-v2/service/")
		if !ok || oracles[svc] == nil {
			continue
		}
		checked++
		if v := recorded[dep.Path]; v != dep.Version {
			t.Errorf("%s: go.mod has %s, versions.txt %s: align them (go get %s@%s) or regenerate the data", dep.Path, dep.Version, v, dep.Path, v)
		}
	}
	if checked != len(oracles) {
		t.Errorf("checked %d oracle modules, want %d", checked, len(oracles))
	}
}
