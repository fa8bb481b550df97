package endpoints

import (
	"slices"
	"strings"
	"sync"
)

// An override records a hostname the SDK's endpoint rules build differently
// from the data's templates (global services, S3's dualstack label). Every
// row names its source. Facts from AWS documentation live in documented.txt.
type override struct {
	service    string   // SDK v2 package
	partitions []string // partition IDs
	regions    []string // region prefixes ("us-", "ca-"); nil: every region
	fips       bool
	host       string // {region}, {dnsSuffix} and {dualStackDnsSuffix} are expanded; "" for none
	ipv4       string // the IPv4 endpoint, where the SDK data's differs from the SDK's rules
	confidence Confidence
	// shape: the row fixes only the hostname's shape; the confidence comes
	// from the SDK data (verified where it lists the variant, else derived).
	shape  bool
	reason string
}

const (
	srcRulesIAM = "the SDK's endpoint rules (service/iam/endpoints.go)"
	srcRulesR53 = "the SDK's endpoint rules (service/route53/endpoints.go)"
	srcRulesCF  = "the SDK's endpoint rules (service/cloudfront/endpoints.go)"
)

var chinaEUSC = []string{"aws-cn", "aws-eusc"}

var (
	nonISO      = []string{"aws", "aws-cn", "aws-eusc", "aws-us-gov"}
	nonISOChina = []string{"aws", "aws-eusc", "aws-us-gov"}
)

const srcRulesS3 = "the SDK's endpoint rules (service/s3/endpoints.go)"

var overrides = []override{
	// S3 and S3 Control keep the ordinary DNS suffix and add a "dualstack"
	// label in every partition, whatever the partition defaults say.
	{service: "s3", partitions: nonISO, host: "s3.dualstack.{region}.{dnsSuffix}", shape: true},
	{service: "s3", partitions: nonISOChina, fips: true, host: "s3-fips.dualstack.{region}.{dnsSuffix}", shape: true},
	{service: "s3", partitions: []string{"aws-cn"}, fips: true, host: "",
		reason: "S3 has no FIPS endpoints in China (" + srcRulesS3 + ": \"Partition does not support FIPS\")"},
	{service: "s3control", partitions: nonISO, host: "s3-control.dualstack.{region}.{dnsSuffix}", shape: true},
	{service: "s3control", partitions: nonISO, fips: true, host: "s3-control-fips.dualstack.{region}.{dnsSuffix}", shape: true},

	// ECR's API hostnames are api.ecr.*, its dual-stack ones ecr.*.
	{service: "ecr", partitions: nonISO, host: "ecr.{region}.{dualStackDnsSuffix}", shape: true},
	{service: "ecr", partitions: nonISO, fips: true, host: "ecr-fips.{region}.{dualStackDnsSuffix}", shape: true},

	// IAM: one global dual-stack endpoint per partition; the documented ones
	// are in documented.txt.
	{service: "iam", partitions: []string{"aws-eusc"}, host: "iam.global.{dualStackDnsSuffix}",
		confidence: Derived, reason: "global dual-stack name from " + srcRulesIAM},
	{service: "iam", partitions: []string{"aws-us-gov"}, host: "iam.us-gov.api.aws",
		confidence: Derived, reason: "GovCloud dual-stack name from " + srcRulesIAM},
	{service: "iam", partitions: []string{"aws-us-gov"}, fips: true, host: "iam.us-gov.api.aws",
		confidence: Derived, reason: "GovCloud dual-stack name from " + srcRulesIAM},
	{service: "iam", partitions: []string{"aws"}, fips: true, host: "iam-fips.global.api.aws",
		confidence: Derived, reason: "global FIPS dual-stack name from " + srcRulesIAM},
	{service: "iam", partitions: chinaEUSC, fips: true, host: "iam-fips.{dualStackDnsSuffix}",
		confidence: Derived, reason: "global FIPS dual-stack name from " + srcRulesIAM},

	// Route 53: global.
	{service: "route53", partitions: []string{"aws", "aws-cn"}, host: "route53.global.{dualStackDnsSuffix}",
		confidence: Derived, reason: "global dual-stack name from " + srcRulesR53},
	{service: "route53", partitions: []string{"aws-eusc"}, host: "route53.global.{dualStackDnsSuffix}", ipv4: "route53.{dnsSuffix}",
		confidence: Derived, reason: "global dual-stack name from " + srcRulesR53},
	{service: "route53", partitions: []string{"aws"}, fips: true, host: "route53-fips.global.api.aws",
		confidence: Derived, reason: "global FIPS dual-stack name from " + srcRulesR53},
	{service: "route53", partitions: chinaEUSC, fips: true, host: "route53-fips.{dualStackDnsSuffix}",
		confidence: Derived, reason: "global FIPS dual-stack name from " + srcRulesR53},
	{service: "route53", partitions: []string{"aws-us-gov"}, host: "route53.us-gov.api.aws",
		confidence: Derived, reason: "GovCloud dual-stack name from " + srcRulesR53},
	{service: "route53", partitions: []string{"aws-us-gov"}, fips: true, host: "route53.us-gov.api.aws",
		confidence: Derived, reason: "GovCloud dual-stack name from " + srcRulesR53},

	// CloudFront: global.
	{service: "cloudfront", partitions: []string{"aws"}, host: "cloudfront.global.api.aws",
		confidence: Derived, reason: "global dual-stack name from " + srcRulesCF},
	{service: "cloudfront", partitions: []string{"aws"}, fips: true, host: "cloudfront-fips.global.api.aws",
		confidence: Derived, reason: "global FIPS dual-stack name from " + srcRulesCF},
	{service: "cloudfront", partitions: []string{"aws-cn"}, host: "cloudfront.{dualStackDnsSuffix}",
		confidence: Derived, reason: "global dual-stack name from " + srcRulesCF},
	{service: "cloudfront", partitions: []string{"aws-eusc", "aws-us-gov"}, host: "cloudfront.{dualStackDnsSuffix}", ipv4: "cloudfront.{dnsSuffix}",
		confidence: Derived, reason: "global dual-stack name from " + srcRulesCF},
	{service: "cloudfront", partitions: []string{"aws-cn", "aws-eusc", "aws-us-gov"}, fips: true, host: "cloudfront-fips.{dualStackDnsSuffix}",
		confidence: Derived, reason: "global FIPS dual-stack name from " + srcRulesCF},
}

// overridesByService indexes the table: lookups are on the hot path.
var overridesByService = sync.OnceValue(func() map[string][]*override {
	m := map[string][]*override{}
	for i := range overrides {
		m[overrides[i].service] = append(m[overrides[i].service], &overrides[i])
	}
	return m
})

func findOverride(service, partition, region string, fips bool) *override {
	for _, o := range overridesByService()[service] {
		if o.fips != fips || !slices.Contains(o.partitions, partition) {
			continue
		}
		if o.regions != nil && !slices.ContainsFunc(o.regions, func(p string) bool { return strings.HasPrefix(region, p) }) {
			continue
		}
		return o
	}
	return nil
}
