package endpoints

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestDocumentedRows requires every row of documented.txt to parse, name a
// known service, partitions the service has endpoints in, real regions of
// those partitions, an AWS documentation URL and a read date.
func TestDocumentedRows(t *testing.T) {
	url := regexp.MustCompile(`^https://docs\.(aws\.amazon\.com|amazonaws\.cn)/\S+$`)
	services := map[string]bool{}
	for i, line := range strings.Split(rawDocumented, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		r, ok := parseDocRow(line)
		if !ok {
			t.Errorf("documented.txt:%d does not parse: %s", i+1, line)
			continue
		}
		s, err := LookupService(r.service)
		if err != nil || s.Package != r.service {
			t.Errorf("documented.txt:%d: %q is not an SDK v2 package in data.txt", i+1, r.service)
			continue
		}
		services[r.service] = true
		for _, id := range r.partitions {
			p, ok := PartitionByID(id)
			if !ok {
				t.Errorf("documented.txt:%d: unknown partition %q", i+1, id)
				continue
			}
			if s.partition(id) == nil {
				t.Errorf("documented.txt:%d: %s has no endpoints in %s", i+1, r.service, id)
			}
			for _, reg := range r.regions {
				prefix, wild := strings.CutSuffix(reg, "*")
				found := false
				for _, known := range p.Regions() {
					if known == reg || wild && strings.HasPrefix(known, prefix) {
						found = true
					}
				}
				if !found {
					t.Errorf("documented.txt:%d: %q matches no region of %s", i+1, reg, id)
				}
			}
			if r.host != "" && !strings.Contains(r.host, "{region}") && r.regions != nil && len(r.regions) != 1 && !strings.Contains(r.host, "global") {
				t.Errorf("documented.txt:%d: host %q has no {region} but the row covers several regions", i+1, r.host)
			}
		}
		if !url.MatchString(r.url) {
			t.Errorf("documented.txt:%d: source %q is not an AWS documentation URL", i+1, r.url)
		}
		if _, err := time.Parse("2006-01-02", r.date); err != nil {
			t.Errorf("documented.txt:%d: read date %q: %v", i+1, r.date, err)
		}
	}
	if len(services) < 50 {
		t.Errorf("documented.txt covers %d services, want at least 50", len(services))
	}
}

// TestDocumentedLookups checks that documented facts come back verified,
// with the documented host and the page as their source.
func TestDocumentedLookups(t *testing.T) {
	for _, c := range []struct {
		service, region string
		fips            bool
		host, url       string
	}{
		{"dynamodb", "us-east-1", false, "dynamodb.us-east-1.api.aws", "https://docs.aws.amazon.com/general/latest/gr/ddb.html"},
		{"dynamodb", "us-east-2", true, "dynamodb-fips.us-east-2.api.aws", "https://docs.aws.amazon.com/general/latest/gr/ddb.html"},
		{"kms", "eu-west-1", false, "kms.eu-west-1.api.aws", "https://docs.aws.amazon.com/kms/latest/developerguide/ipv6-kms.html"},
		{"kinesis", "us-west-2", false, "kinesis.us-west-2.api.aws", "https://docs.aws.amazon.com/general/latest/gr/ak.html"},
		{"cloudwatch", "us-east-1", false, "monitoring.us-east-1.api.aws", "https://docs.aws.amazon.com/general/latest/gr/cw_region.html"},
		{"monitoring", "us-east-1", false, "monitoring.us-east-1.api.aws", "https://docs.aws.amazon.com/general/latest/gr/cw_region.html"},
		{"sfn", "us-east-2", false, "states.us-east-2.api.aws", "https://docs.aws.amazon.com/general/latest/gr/step-functions.html"},
		{"sts", "cn-north-1", false, "sts.cn-north-1.api.amazonwebservices.com.cn", "https://docs.amazonaws.cn/en_us/IAM/latest/UserGuide/reference_dual-stack_endpoint_support.html"},
		{"iam", "us-east-1", false, "iam.global.api.aws", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_dual-stack_endpoint_support.html"},
	} {
		e, err := DualStack(c.service, c.region, c.fips)
		if err != nil {
			t.Fatal(err)
		}
		if e.Confidence != Verified || e.DualStack != c.host || e.Source.Kind != "docs" || e.Source.Ref != c.url || e.Source.Date == "" {
			t.Errorf("DualStack(%s, %s, fips=%v) = %s %s %+v, want verified %s from %s", c.service, c.region, c.fips, e.DualStack, e.Confidence, e.Source, c.host, c.url)
		}
	}
}

// TestDocumentedDisagreement: where the SDK data lists a dual-stack host and
// the documentation names the usual endpoint, the SDK's host is kept and the
// reason says both.
func TestDocumentedDisagreement(t *testing.T) {
	e, err := DualStack("sqs", "eu-west-1", false)
	if err != nil {
		t.Fatal(err)
	}
	if e.DualStack != "sqs.eu-west-1.api.aws" || e.Confidence != Verified || e.Source.Kind != "sdk" {
		t.Fatalf("sqs eu-west-1 = %s %s %+v, want the SDK's verified sqs.eu-west-1.api.aws", e.DualStack, e.Confidence, e.Source)
	}
	if !strings.Contains(e.Reason, "sqs-dual-stack.html") || !strings.Contains(e.Reason, "sqs.eu-west-1.amazonaws.com") {
		t.Errorf("reason %q does not name the documentation and its host", e.Reason)
	}
}

// TestDocumentedOnlyWhereListed: a documented pattern does not reach regions
// the SDK data does not list the service in.
func TestDocumentedOnlyWhereListed(t *testing.T) {
	for _, p := range Partitions() {
		for _, r := range p.Regions() {
			e, err := DualStack("kms", r, false)
			if err != nil {
				t.Fatal(err)
			}
			if e.Unlisted && e.Source.Kind == "docs" {
				t.Errorf("kms %s: not in the SDK data, yet answered from the documentation", r)
			}
		}
	}
}

func TestParseDocRowRejects(t *testing.T) {
	for _, line := range []string{
		"kms aws * std dualstack - https://x 2026-12-01",      // dualstack without a host
		"kms aws * std none kms.x https://x 2026-12-01",       // none with a host
		"kms aws * both dualstack kms.x https://x 2026-12-01", // bad variant
		"kms aws * std maybe - https://x 2026-12-01",          // bad kind
		"kms aws * std dualstack kms.x https://x",             // no date
	} {
		if _, ok := parseDocRow(line); ok {
			t.Errorf("parseDocRow(%q) accepted a malformed row", line)
		}
	}
}
