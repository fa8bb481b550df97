package endpoints_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

func FuzzParseHost(f *testing.F) {
	for _, s := range []string{
		"sqs.us-east-1.amazonaws.com", "https://sqs.us-east-1.amazonaws.com/123456789012/q",
		"https://sts.amazonaws.com", "bucket.s3.us-west-2.amazonaws.com", "s3-us-west-2.amazonaws.com",
		"b.s3-accelerate.amazonaws.com", "ap-1.s3-accesspoint.us-west-2.amazonaws.com",
		"1.s3-control.us-west-2.amazonaws.com", "s3.cn-north-1.amazonaws.com.cn", "iam.amazonaws.com",
		"api.ecr.us-east-1.amazonaws.com", "ec2-fips.us-east-1.amazonaws.com", "http://u:p@S3.US-EAST-1.AMAZONAWS.COM.:80/a?b#c",
		"sqs.us-iso-east-1.c2s.ic.gov", "x.vpce.amazonaws.com", "169.254.169.254", "[::1]:80", "%zz", "s3.amazonaws.com.evil",
		"123456789012.dkr.ecr.us-west-2.amazonaws.com/repo:tag", "https://123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/v2/",
		"123456789012.dkr-ecr.eu-west-1.on.aws", "dkr.ecr.cn-north-1.amazonaws.com.cn", "1.dkr.ecr.us-iso-east-1.c2s.ic.gov",
		"public.ecr.aws/nginx/nginx:latest", "ecr-public.aws.com", "123456789012.dkr.ecr.xx-nowhere-9.amazonaws.com",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := endpoints.ParseHost(s)
		if err != nil {
			return
		}
		if (h.DualStack == "") != (h.Confidence == endpoints.None) {
			t.Fatalf("ParseHost(%q): replacement %q with confidence %s", s, h.DualStack, h.Confidence)
		}
		if h.DualStack == "" {
			return
		}
		r, err := endpoints.ParseHost(h.DualStack)
		if err != nil {
			t.Fatalf("ParseHost(%q) replacement %q does not parse: %v", s, h.DualStack, err)
		}
		if !r.IsDualStack || r.Service != h.Service || r.Partition != h.Partition || r.FIPS != h.FIPS {
			t.Fatalf("ParseHost(%q) = %+v\nreplacement parses as %+v", s, h, r)
		}
		if h.Region != "global" && r.Region != h.Region {
			t.Fatalf("ParseHost(%q): region %s, replacement's %s", s, h.Region, r.Region)
		}
		out, _, err := endpoints.DualStackURL(s)
		if err != nil {
			t.Fatalf("DualStackURL(%q): %v", s, err)
		}
		if h.IsDualStack {
			if out != "" {
				t.Fatalf("DualStackURL(%q) rewrote a dual-stack host to %q", s, out)
			}
			return
		}
		o, err := endpoints.ParseHost(out)
		if err != nil || !o.IsDualStack || o.Service != h.Service || o.Partition != h.Partition {
			t.Fatalf("DualStackURL(%q) = %q, parses as %+v, %v", s, out, o, err)
		}
		// Everything but the host is kept.
		if u, err := url.Parse(s); err == nil && strings.Contains(s, "://") {
			v, err := url.Parse(out)
			if err != nil || u.Scheme != v.Scheme || u.Port() != v.Port() || u.RawPath != v.RawPath || u.Path != v.Path || u.RawQuery != v.RawQuery || u.Fragment != v.Fragment || u.User.String() != v.User.String() {
				t.Fatalf("DualStackURL(%q) = %q changed more than the host", s, out)
			}
		}
	})
}

func TestDualStackURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://sqs.us-east-1.amazonaws.com/123456789012/q", "https://sqs.us-east-1.api.aws/123456789012/q"},
		{"https://SQS.us-east-1.amazonaws.com.:443/a?b=c#d", "https://sqs.us-east-1.api.aws:443/a?b=c#d"},
		{"s3-us-west-2.amazonaws.com", "s3.dualstack.us-west-2.amazonaws.com"},
		{"http://bucket.s3.us-west-2.amazonaws.com/key", "http://bucket.s3.dualstack.us-west-2.amazonaws.com/key"},
		{"https://sts.amazonaws.com", "https://sts.us-east-1.api.aws"},
		{"https://user:pw@ec2.us-west-2.amazonaws.com:8443", "https://user:pw@ec2.us-west-2.api.aws:8443"},
		{"https://ec2.us-west-2.api.aws", ""},                     // already dual-stack
		{"https://bucket.s3-website-us-east-1.amazonaws.com", ""}, // no dual-stack form
	}
	for _, tt := range tests {
		got, _, err := endpoints.DualStackURL(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("DualStackURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
