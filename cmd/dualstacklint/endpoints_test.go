package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func runEndpoints(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = endpointsMain(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEndpointsText(t *testing.T) {
	tests := []struct {
		args []string
		want []string // substrings of stdout
	}{
		{[]string{"s3", "us-west-2"}, []string{"s3.dualstack.us-west-2.amazonaws.com", "verified"}},
		{[]string{"ec2", "me-central-1"}, []string{"derived", "unverified", "no dual-stack endpoint is documented for ec2 in me-central-1", "endpoints -resolve ec2 me-central-1", "source      sdk service/ec2"}},
		{[]string{"kms", "us-east-1"}, []string{"kms.us-east-1.api.aws", "verified", "source      docs https://docs.aws.amazon.com/kms/latest/developerguide/ipv6-kms.html (read 2026-12-01)"}},
		{[]string{"-regions", "kms"}, []string{"me-west-1", "not in the SDK data"}},
		{[]string{"-host", "123456789012.dkr.ecr.us-west-2.amazonaws.com/app:1"}, []string{"ecr-registry (123456789012)", "123456789012.dkr-ecr.us-west-2.on.aws", "verified", "ecr-requests.html"}},
		{[]string{"-host", "public.ecr.aws"}, []string{"ecr-public-registry", "ecr-public.aws.com", "verified"}},
		{[]string{"-host", "https://sts.amazonaws.com"}, []string{"sts.us-east-1.api.aws", "has no IPv6", "global"}},
		{[]string{"sqs", "us-iso-east-1"}, []string{"(none)", "none", "aws-iso partition has no dual-stack"}},
		{[]string{"-fips", "sts", "us-west-2"}, []string{"sts-fips.us-west-2.api.aws", "verified"}},
		{[]string{"cloudwatch", "us-east-1"}, []string{"endpoint prefix monitoring"}},
		{[]string{"-regions", "ec2"}, []string{"REGION", "me-central-1", "ec2.us-west-2.api.aws", "us-iso-east-1"}},
	}
	for _, tt := range tests {
		code, out, errOut := runEndpoints(t, tt.args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
}

func TestEndpointsJSON(t *testing.T) {
	code, out, _ := runEndpoints(t, "-json", "ec2", "me-central-1")
	var e map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &e) != nil {
		t.Fatalf("exit %d, output %q", code, out)
	}
	for k, want := range map[string]any{"service": "ec2", "region": "me-central-1", "partition": "aws", "ipv4": "ec2.me-central-1.amazonaws.com", "dualstack": "ec2.me-central-1.api.aws", "confidence": "derived"} {
		if e[k] != want {
			t.Errorf("%s = %v, want %v", k, e[k], want)
		}
	}
	if e["reason"] == "" {
		t.Error("empty reason")
	}

	code, out, _ = runEndpoints(t, "-json", "-host", "https://sts.amazonaws.com")
	var h map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &h) != nil {
		t.Fatalf("exit %d, output %q", code, out)
	}
	for k, want := range map[string]any{"host": "sts.amazonaws.com", "service": "sts", "region": "global", "partition": "aws", "fips": false, "is_dualstack": false, "form": "global", "dualstack": "sts.us-east-1.api.aws", "confidence": "verified"} {
		if h[k] != want {
			t.Errorf("-host %s = %v, want %v", k, h[k], want)
		}
	}

	code, out, _ = runEndpoints(t, "-json", "sqs", "us-iso-east-1")
	if code != 0 || !strings.Contains(out, `"dualstack": ""`) || !strings.Contains(out, `"confidence": "none"`) {
		t.Errorf("sqs us-iso-east-1: exit %d\n%s", code, out)
	}

	code, out, _ = runEndpoints(t, "-json", "-regions", "sqs")
	var r struct {
		Regions []map[string]any `json:"regions"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil || len(r.Regions) < 30 {
		t.Errorf("-regions: exit %d, %d rows", code, len(r.Regions))
	}
}

func TestEndpointsErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"nosuchservice", "us-east-1"}, "unknown service"},
		{[]string{"sqs", "us-west-9"}, "unknown region"},
		{[]string{"-host", "example.com"}, "not an AWS service endpoint"},
		{[]string{"-host", "169.254.169.254"}, "IP address"},
		{[]string{"-host", "sqs.mars-north-1.amazonaws.com"}, "unknown region"},
		{[]string{"sqs"}, "usage"},
		{[]string{}, "usage"},
		{[]string{"-host", "sqs.us-east-1.amazonaws.com", "extra"}, "no other arguments"},
		{[]string{"-regions"}, "one SERVICE"},
		{[]string{"-nosuchflag"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		code, out, errOut := runEndpoints(t, tt.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", tt.args, code)
		}
		if out != "" {
			t.Errorf("%v: stdout %q, want nothing", tt.args, out)
		}
		if !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: stderr %q lacks %q", tt.args, errOut, tt.want)
		}
	}
}

func TestEndpointsJSONSource(t *testing.T) {
	code, out, _ := runEndpoints(t, "-json", "dynamodb", "us-east-1")
	var e struct {
		DualStack  string `json:"dualstack"`
		Confidence string `json:"confidence"`
		Source     struct{ Kind, Ref, Date string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &e) != nil {
		t.Fatalf("exit %d, output %q", code, out)
	}
	if e.DualStack != "dynamodb.us-east-1.api.aws" || e.Confidence != "verified" || e.Source.Kind != "docs" || e.Source.Ref != "https://docs.aws.amazon.com/general/latest/gr/ddb.html" || e.Source.Date == "" {
		t.Errorf("dynamodb us-east-1 = %+v, want the documented host with its page as source", e)
	}
}
