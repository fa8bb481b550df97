package endpoints_test

import (
	"errors"
	"testing"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

func TestParseHost(t *testing.T) {
	type want struct {
		service, region, partition string
		fips, dual                 bool
		form                       endpoints.Form
		bucket, replacement        string
		conf                       endpoints.Confidence
	}
	V, D, N := endpoints.Verified, endpoints.Derived, endpoints.None
	tests := []struct {
		in   string
		want want
	}{
		// Generic regional, FIPS, dual-stack, URLs, ports, case, trailing dots.
		{"sqs.us-east-1.amazonaws.com", want{"sqs", "us-east-1", "aws", false, false, "regional", "", "sqs.us-east-1.api.aws", V}},
		{"https://sqs.us-east-1.amazonaws.com/123456789012/q", want{"sqs", "us-east-1", "aws", false, false, "regional", "", "sqs.us-east-1.api.aws", V}},
		{"https://SQS.US-EAST-1.AMAZONAWS.COM.:443/x?y=z", want{"sqs", "us-east-1", "aws", false, false, "regional", "", "sqs.us-east-1.api.aws", V}},
		{"ec2.us-west-2.amazonaws.com:8443", want{"ec2", "us-west-2", "aws", false, false, "regional", "", "ec2.us-west-2.api.aws", V}},
		{"ec2.me-central-1.amazonaws.com", want{"ec2", "me-central-1", "aws", false, false, "regional", "", "ec2.me-central-1.api.aws", D}},
		{"ec2-fips.us-east-1.amazonaws.com", want{"ec2", "us-east-1", "aws", true, false, "regional", "", "ec2-fips.us-east-1.api.aws", D}},
		{"ec2.us-west-2.api.aws", want{"ec2", "us-west-2", "aws", false, true, "regional", "", "ec2.us-west-2.api.aws", V}},
		{"api.ecr.eu-west-1.amazonaws.com", want{"ecr", "eu-west-1", "aws", false, false, "regional", "", "ecr.eu-west-1.api.aws", V}},
		{"es.eu-west-1.amazonaws.com", want{"elasticsearchservice", "eu-west-1", "aws", false, false, "regional", "", "aos.eu-west-1.api.aws", V}},
		{"monitoring.us-east-1.amazonaws.com", want{"cloudwatch", "us-east-1", "aws", false, false, "regional", "", "monitoring.us-east-1.api.aws", V}},
		{"cognito-idp.us-east-1.amazonaws.com", want{"cognitoidentityprovider", "us-east-1", "aws", false, true, "regional", "", "cognito-idp.us-east-1.amazonaws.com", V}},
		{"internetmonitor.us-east-1.api.aws", want{"internetmonitor", "us-east-1", "aws", false, true, "regional", "", "internetmonitor.us-east-1.api.aws", V}},
		// Partitions: China, GovCloud, EUSC, ISO.
		{"sqs.cn-north-1.amazonaws.com.cn", want{"sqs", "cn-north-1", "aws-cn", false, false, "regional", "", "sqs.cn-north-1.api.amazonwebservices.com.cn", V}},
		{"sts.us-gov-west-1.amazonaws.com", want{"sts", "us-gov-west-1", "aws-us-gov", false, false, "regional", "", "sts.us-gov-west-1.api.aws", V}},
		{"sqs.eusc-de-east-1.amazonaws.eu", want{"sqs", "eusc-de-east-1", "aws-eusc", false, false, "regional", "", "sqs.eusc-de-east-1.api.amazonwebservices.eu", D}},
		{"sqs.us-iso-east-1.c2s.ic.gov", want{"sqs", "us-iso-east-1", "aws-iso", false, false, "regional", "", "", N}},
		{"s3.us-isob-east-1.sc2s.sgov.gov", want{"s3", "us-isob-east-1", "aws-iso-b", false, false, "regional", "", "", N}},
		// Global services.
		{"https://sts.amazonaws.com", want{"sts", "global", "aws", false, false, "global", "", "sts.us-east-1.api.aws", V}},
		{"iam.amazonaws.com", want{"iam", "global", "aws", false, false, "global", "", "iam.global.api.aws", V}},
		{"iam.global.api.aws", want{"iam", "global", "aws", false, true, "global", "", "iam.global.api.aws", V}},
		{"route53.amazonaws.com", want{"route53", "global", "aws", false, false, "global", "", "route53.global.api.aws", D}},
		{"cloudfront.amazonaws.com", want{"cloudfront", "global", "aws", false, false, "global", "", "cloudfront.global.api.aws", D}},
		// S3: every form.
		{"s3.us-west-2.amazonaws.com", want{"s3", "us-west-2", "aws", false, false, "regional", "", "s3.dualstack.us-west-2.amazonaws.com", V}},
		{"https://s3.us-west-2.amazonaws.com/my-bucket/key", want{"s3", "us-west-2", "aws", false, false, "s3-path", "", "s3.dualstack.us-west-2.amazonaws.com", V}},
		{"my-bucket.s3.us-west-2.amazonaws.com", want{"s3", "us-west-2", "aws", false, false, "s3-virtual-host", "my-bucket", "my-bucket.s3.dualstack.us-west-2.amazonaws.com", V}},
		{"my.dotted.bucket.s3.eu-west-1.amazonaws.com", want{"s3", "eu-west-1", "aws", false, false, "s3-virtual-host", "my.dotted.bucket", "my.dotted.bucket.s3.dualstack.eu-west-1.amazonaws.com", V}},
		{"s3-fips.us-east-1.amazonaws.com", want{"s3", "us-east-1", "aws", true, false, "regional", "", "s3-fips.dualstack.us-east-1.amazonaws.com", V}},
		{"s3.dualstack.us-west-2.amazonaws.com", want{"s3", "us-west-2", "aws", false, true, "regional", "", "s3.dualstack.us-west-2.amazonaws.com", V}},
		{"b.s3-fips.dualstack.us-east-1.amazonaws.com", want{"s3", "us-east-1", "aws", true, true, "s3-virtual-host", "b", "b.s3-fips.dualstack.us-east-1.amazonaws.com", V}},
		{"s3-us-west-2.amazonaws.com", want{"s3", "us-west-2", "aws", false, false, "s3-dash-region", "", "s3.dualstack.us-west-2.amazonaws.com", V}},
		{"bucket.s3-eu-west-1.amazonaws.com", want{"s3", "eu-west-1", "aws", false, false, "s3-dash-region", "bucket", "bucket.s3.dualstack.eu-west-1.amazonaws.com", V}},
		{"s3.amazonaws.com", want{"s3", "global", "aws", false, false, "s3-global", "", "s3.dualstack.us-east-1.amazonaws.com", V}},
		{"s3-external-1.amazonaws.com", want{"s3", "global", "aws", false, false, "s3-global", "", "s3.dualstack.us-east-1.amazonaws.com", V}},
		{"bucket.s3.amazonaws.com", want{"s3", "global", "aws", false, false, "s3-global", "bucket", "bucket.s3.dualstack.us-east-1.amazonaws.com", D}},
		{"https://s3.amazonaws.com/bucket/key", want{"s3", "global", "aws", false, false, "s3-global", "", "s3.dualstack.us-east-1.amazonaws.com", D}},
		{"bucket.s3-accelerate.amazonaws.com", want{"s3", "global", "aws", false, false, "s3-accelerate", "bucket", "bucket.s3-accelerate.dualstack.amazonaws.com", V}},
		{"s3-accelerate.dualstack.amazonaws.com", want{"s3", "global", "aws", false, true, "s3-accelerate", "", "s3-accelerate.dualstack.amazonaws.com", V}},
		{"ap-111122223333.s3-accesspoint.us-west-2.amazonaws.com", want{"s3", "us-west-2", "aws", false, false, "s3-access-point", "ap-111122223333", "ap-111122223333.s3-accesspoint.dualstack.us-west-2.amazonaws.com", V}},
		{"111122223333.s3-control.us-west-2.amazonaws.com", want{"s3control", "us-west-2", "aws", false, false, "s3-control", "111122223333", "111122223333.s3-control.dualstack.us-west-2.amazonaws.com", V}},
		{"bucket.s3-website-us-east-1.amazonaws.com", want{"s3", "us-east-1", "aws", false, false, "s3-website", "bucket", "", N}},
		{"bucket.s3-website.eu-west-2.amazonaws.com", want{"s3", "eu-west-2", "aws", false, false, "s3-website", "bucket", "", N}},
		{"ap-111122223333.op-01234567890123456.s3-outposts.us-west-2.amazonaws.com", want{"s3", "us-west-2", "aws", false, false, "s3-outposts", "ap-111122223333.op-01234567890123456", "", N}},
		{"b.s3.cn-north-1.amazonaws.com.cn", want{"s3", "cn-north-1", "aws-cn", false, false, "s3-virtual-host", "b", "b.s3.dualstack.cn-north-1.amazonaws.com.cn", V}},
		{"s3.us-gov-west-1.amazonaws.com", want{"s3", "us-gov-west-1", "aws-us-gov", false, false, "regional", "", "s3.dualstack.us-gov-west-1.amazonaws.com", V}},
		// VPC endpoints: recognised, never rewritten.
		{"vpce-0123456789abcdef0-abcdefgh.sqs.us-east-1.vpce.amazonaws.com", want{"", "us-east-1", "aws", false, false, "vpc-endpoint", "", "", N}},
	}
	for _, tt := range tests {
		h, err := endpoints.ParseHost(tt.in)
		if err != nil {
			t.Errorf("ParseHost(%q): %v", tt.in, err)
			continue
		}
		got := want{h.Service, h.Region, h.Partition, h.FIPS, h.IsDualStack, h.Form, h.Bucket, h.DualStack, h.Confidence}
		if got != tt.want {
			t.Errorf("ParseHost(%q)\n got %+v\nwant %+v (reason: %s)", tt.in, got, tt.want, h.Reason)
		}
		if h.Reason == "" {
			t.Errorf("ParseHost(%q): empty reason", tt.in)
		}
	}
}

func TestParseHostRejects(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"example.com", endpoints.ErrNotAWSHost},
		{"amazonaws.com", endpoints.ErrNotAWSHost},
		{"amazonaws.com.evil.com", endpoints.ErrNotAWSHost},
		{"s3.amazonaws.com.example.org", endpoints.ErrNotAWSHost},
		{"sqs.us-east-1.amazonaws.com.attacker.net", endpoints.ErrNotAWSHost},
		{"169.254.169.254", endpoints.ErrNotAWSHost},
		{"http://[fd00:ec2::254]/latest", endpoints.ErrNotAWSHost},
		{"127.0.0.1:4566", endpoints.ErrNotAWSHost},
		{"localhost:4566", endpoints.ErrNotAWSHost},
		{"", endpoints.ErrNotAWSHost},
		{"://", endpoints.ErrNotAWSHost},
		{"https://", endpoints.ErrNotAWSHost},
		{"sqs..us-east-1.amazonaws.com", endpoints.ErrNotAWSHost},
		{"mydb.abc123.us-east-1.rds.amazonaws.com", endpoints.ErrNotAWSHost},
		{"my-lb-1234.us-east-1.elb.amazonaws.com", endpoints.ErrNotAWSHost},
		{"ec2-1-2-3-4.compute-1.amazonaws.com", endpoints.ErrNotAWSHost},
		{"abc123.execute-api.us-east-1.amazonaws.com", endpoints.ErrNotAWSHost},
		{"nosuchservice.us-east-1.amazonaws.com", endpoints.ErrNotAWSHost},
		{"sqs.xx-fake-9.amazonaws.com", endpoints.ErrUnknownRegion},
		{"s3.us-west-9.amazonaws.com", endpoints.ErrUnknownRegion},
		{"s3-us-west-9.amazonaws.com", endpoints.ErrUnknownRegion},
		{"sqs.cn-north-1.amazonaws.com", endpoints.ErrNotAWSHost}, // China region, commercial suffix
	}
	for _, tt := range tests {
		h, err := endpoints.ParseHost(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseHost(%q) = %+v, %v; want error %v", tt.in, h, err, tt.want)
		}
	}
}

func TestDualStackAnswers(t *testing.T) {
	tests := []struct {
		svc, region string
		fips        bool
		host        string
		conf        endpoints.Confidence
	}{
		{"s3", "us-west-2", false, "s3.dualstack.us-west-2.amazonaws.com", endpoints.Verified},
		{"ec2", "me-central-1", false, "ec2.me-central-1.api.aws", endpoints.Derived},
		{"ec2", "us-west-2", false, "ec2.us-west-2.api.aws", endpoints.Verified},
		{"sqs", "us-iso-east-1", false, "", endpoints.None},
		{"sts", "aws-global", false, "", endpoints.None},
		{"sqs", "us-east-1-fips", false, "", endpoints.None},
		{"sqs", "fips-us-east-1", false, "", endpoints.None},
		{"dynamodb", "local", false, "", endpoints.None},
		{"s3", "s3-external-1", false, "", endpoints.None},
		{"sts", "eu-west-1", false, "sts.eu-west-1.api.aws", endpoints.Verified},
		{"sts", "eu-west-1", true, "sts-fips.eu-west-1.api.aws", endpoints.Derived},
		{"sts", "ca-central-1", true, "sts-fips.ca-central-1.api.aws", endpoints.Verified},
		{"ecs", "ap-south-2", false, "ecs.ap-south-2.api.aws", endpoints.Verified},
		{"iam", "eu-west-1", false, "iam.global.api.aws", endpoints.Verified},
		{"iam", "cn-north-1", false, "iam.global.api.amazonwebservices.com.cn", endpoints.Verified},
		// Names: SDK package and endpoint prefix.
		{"cloudwatch", "us-east-1", false, "monitoring.us-east-1.api.aws", endpoints.Verified}, // documented
		{"monitoring", "us-east-1", false, "monitoring.us-east-1.api.aws", endpoints.Verified},
		{"cloudwatch", "us-east-1", true, "monitoring-fips.us-east-1.api.aws", endpoints.Derived},
		{"api.ecr", "us-east-1", false, "ecr.us-east-1.api.aws", endpoints.Verified},
		{"ECR", "US-EAST-1", false, "ecr.us-east-1.api.aws", endpoints.Verified},
		{"opensearch", "us-east-1", false, "aos.us-east-1.api.aws", endpoints.Verified},
		{"email", "us-east-1", false, "email.us-east-1.api.aws", endpoints.Derived},
		{"s3", "cn-north-1", true, "", endpoints.None},
	}
	for _, tt := range tests {
		e, err := endpoints.DualStack(tt.svc, tt.region, tt.fips)
		if err != nil {
			t.Errorf("DualStack(%s, %s, %v): %v", tt.svc, tt.region, tt.fips, err)
			continue
		}
		if e.DualStack != tt.host || e.Confidence != tt.conf || e.Reason == "" {
			t.Errorf("DualStack(%s, %s, %v) = %s %s (%q); want %s %s", tt.svc, tt.region, tt.fips, e.DualStack, e.Confidence, e.Reason, tt.host, tt.conf)
		}
	}
	for _, bad := range [][2]string{{"nosuch", "us-east-1"}, {"", "us-east-1"}} {
		if _, err := endpoints.DualStack(bad[0], bad[1], false); !errors.Is(err, endpoints.ErrUnknownService) {
			t.Errorf("DualStack(%q, %q): %v, want ErrUnknownService", bad[0], bad[1], err)
		}
	}
	for _, bad := range []string{"us-west-9", "mars-north-1", "", "US EAST"} {
		if _, err := endpoints.DualStack("sqs", bad, false); !errors.Is(err, endpoints.ErrUnknownRegion) {
			t.Errorf("DualStack(sqs, %q): %v, want ErrUnknownRegion", bad, err)
		}
	}
}

func TestPartitions(t *testing.T) {
	for region, want := range map[string]string{"us-west-2": "aws", "cn-north-1": "aws-cn", "us-gov-west-1": "aws-us-gov", "us-iso-east-1": "aws-iso", "eusc-de-east-1": "aws-eusc"} {
		p, ok := endpoints.PartitionOf(region)
		if !ok || p.ID != want {
			t.Errorf("PartitionOf(%s) = %v, %v; want %s", region, p, ok, want)
		}
	}
	if _, ok := endpoints.PartitionOf("us-west-9"); ok {
		t.Error("PartitionOf(us-west-9) found a partition for an unlisted region")
	}
	regions, err := endpoints.Regions("aws")
	if err != nil || len(regions) < 30 {
		t.Fatalf("Regions(aws) = %d regions, %v", len(regions), err)
	}
	for _, r := range regions {
		if endpoints.IsPseudoRegion(r) {
			t.Errorf("Regions(aws) includes pseudo region %s", r)
		}
	}
	if _, err := endpoints.Regions("aws-nope"); err == nil {
		t.Error("Regions(aws-nope): no error")
	}
	if p, _ := endpoints.PartitionByID("aws-iso"); p == nil || p.HasDualStack() {
		t.Error("aws-iso should exist and have no dual-stack endpoints")
	}
	if p, _ := endpoints.PartitionByID("aws"); p == nil || !p.HasDualStack() {
		t.Error("aws should have dual-stack endpoints")
	}
}

// TestEveryServiceResolves runs every service through every region: no
// panics, no errors, and a non-none answer always has a hostname.
func TestEveryServiceResolves(t *testing.T) {
	n := 0
	for _, s := range endpoints.Services() {
		for _, p := range endpoints.Partitions() {
			for _, r := range p.Regions() {
				for _, fips := range []bool{false, true} {
					e, err := s.DualStack(r, fips)
					if err != nil {
						t.Fatalf("%s %s: %v", s.Package, r, err)
					}
					if (e.Confidence == endpoints.None) != (e.DualStack == "") || e.Reason == "" {
						t.Fatalf("%s %s fips=%v: inconsistent answer %+v", s.Package, r, fips, e)
					}
					n++
				}
			}
		}
	}
	if len(endpoints.Services()) < 200 {
		t.Errorf("only %d services in the data", len(endpoints.Services()))
	}
	t.Logf("%d services, %d answers", len(endpoints.Services()), n)
}
