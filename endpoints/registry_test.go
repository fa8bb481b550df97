package endpoints_test

import (
	"errors"
	"testing"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

func TestRegistryHosts(t *testing.T) {
	V, D, N := endpoints.Verified, endpoints.Derived, endpoints.None
	tests := []struct {
		in        string
		form      endpoints.Form
		service   string
		region    string
		partition string
		fips, ds  bool
		account   string
		repl      string
		conf      endpoints.Confidence
	}{
		{"123456789012.dkr.ecr.us-west-2.amazonaws.com", endpoints.FormECRRegistry, "ecr", "us-west-2", "aws", false, false, "123456789012", "123456789012.dkr-ecr.us-west-2.on.aws", V},
		{"https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/repo/manifests/latest", endpoints.FormECRRegistry, "ecr", "eu-west-1", "aws", false, false, "123456789012", "123456789012.dkr-ecr.eu-west-1.on.aws", V},
		{"dkr.ecr.us-east-1.amazonaws.com", endpoints.FormECRRegistry, "ecr", "us-east-1", "aws", false, false, "", "dkr-ecr.us-east-1.on.aws", V},
		{"123456789012.dkr.ecr-fips.us-east-2.amazonaws.com", endpoints.FormECRRegistry, "ecr", "us-east-2", "aws", true, false, "123456789012", "123456789012.dkr-ecr-fips.us-east-2.on.aws", D},
		{"123456789012.dkr-ecr.us-west-2.on.aws", endpoints.FormECRRegistry, "ecr", "us-west-2", "aws", false, true, "123456789012", "123456789012.dkr-ecr.us-west-2.on.aws", V},
		{"123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn", endpoints.FormECRRegistry, "ecr", "cn-north-1", "aws-cn", false, false, "123456789012", "123456789012.dkr-ecr.cn-north-1.on.aws", D},
		{"123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov", endpoints.FormECRRegistry, "ecr", "us-iso-east-1", "aws-iso", false, false, "123456789012", "", N},
		{"123456789012.dkr.ecr.me-west-1.amazonaws.com", endpoints.FormECRRegistry, "ecr", "me-west-1", "aws", false, false, "123456789012", "123456789012.dkr-ecr.me-west-1.on.aws", D},
		{"public.ecr.aws/docker/library/alpine:3", endpoints.FormECRPublicRegistry, "ecrpublic", "us-east-1", "aws", false, false, "", "ecr-public.aws.com", V},
		{"ecr-public.aws.com", endpoints.FormECRPublicRegistry, "ecrpublic", "us-east-1", "aws", false, true, "", "ecr-public.aws.com", V},
	}
	for _, tt := range tests {
		h, err := endpoints.ParseHost(tt.in)
		if err != nil {
			t.Errorf("ParseHost(%q): %v", tt.in, err)
			continue
		}
		if h.Form != tt.form || h.Service != tt.service || h.Region != tt.region || h.Partition != tt.partition || h.FIPS != tt.fips || h.IsDualStack != tt.ds || h.Bucket != tt.account || h.DualStack != tt.repl || h.Confidence != tt.conf {
			t.Errorf("ParseHost(%q) = %+v", tt.in, h)
		}
		if h.Confidence == V && h.Source.Kind != "docs" {
			t.Errorf("ParseHost(%q): verified without a documentation source: %+v", tt.in, h.Source)
		}
	}
	for _, in := range []string{
		"123456789012.dkr.ecr.us-west-2.amazonaws.com.cn", // China suffix, commercial region
		"123456789012.dkr.ecr.xx-nowhere-9.amazonaws.com", // region-shaped, unknown
	} {
		if _, err := endpoints.ParseHost(in); err == nil {
			t.Errorf("ParseHost(%q) accepted an impossible registry host", in)
		}
	}
	if _, err := endpoints.ParseHost("12345.dkr.ecr.example.com"); !errors.Is(err, endpoints.ErrNotAWSHost) {
		t.Errorf("ParseHost of a non-AWS dkr.ecr name: %v, want ErrNotAWSHost", err)
	}
}

func TestRegistryURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://123456789012.dkr.ecr.us-west-2.amazonaws.com/v2/": "https://123456789012.dkr-ecr.us-west-2.on.aws/v2/",
		"123456789012.dkr.ecr.us-west-2.amazonaws.com/app:1.2":     "123456789012.dkr-ecr.us-west-2.on.aws/app:1.2",
		"public.ecr.aws/nginx/nginx:latest":                        "ecr-public.aws.com/nginx/nginx:latest",
		"123456789012.dkr-ecr.us-west-2.on.aws/app":                "", // already dual-stack
	} {
		got, _, err := endpoints.DualStackURL(in)
		if err != nil || got != want {
			t.Errorf("DualStackURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
