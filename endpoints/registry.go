package endpoints

import (
	"fmt"
	"strings"
)

// Container registry hosts: docker and OCI clients talk to these, not to the
// ECR API, so the SDK's endpoint data does not have them.
const (
	FormECRRegistry       Form = "ecr-registry"        // 123456789012.dkr.ecr.us-west-2.amazonaws.com
	FormECRPublicRegistry Form = "ecr-public-registry" // public.ecr.aws
)

const (
	docECRRegistry       = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html"
	docECRRegistryFIPS   = "https://docs.aws.amazon.com/general/latest/gr/ecr.html"
	docECRPublicRegistry = "https://docs.aws.amazon.com/AmazonECR/latest/public/public-ecr-requests.html"
	docRegistryRead      = "2026-12-01"

	ecrPublicRegistry          = "public.ecr.aws"
	ecrPublicDualStackRegistry = "ecr-public.aws.com"
)

// parseRegistry recognises ECR registry hosts:
//
//	[account.]dkr.ecr[-fips].region.<partition DNS suffix>  (IPv4)
//	[account.]dkr-ecr[-fips].region.on.aws                  (dual-stack)
//	public.ecr.aws (IPv4) and ecr-public.aws.com (dual-stack)
//
// It reports false for anything else.
func parseRegistry(host string) (Host, bool, error) {
	h := Host{Host: host, Service: "ecrpublic", Prefix: "ecr-public", Region: "us-east-1", Partition: "aws", Form: FormECRPublicRegistry}
	switch host {
	case ecrPublicRegistry:
		h.DualStack, h.Confidence = ecrPublicDualStackRegistry, Verified
		h.Source = Source{Kind: "docs", Ref: docECRPublicRegistry, Date: docRegistryRead}
		h.Reason = "documented dual-stack registry for docker and OCI clients (" + docECRPublicRegistry + ")"
		return h, true, nil
	case ecrPublicDualStackRegistry:
		h.IsDualStack, h.DualStack, h.Confidence = true, host, Verified
		h.Source = Source{Kind: "docs", Ref: docECRPublicRegistry, Date: docRegistryRead}
		h.Reason = "already a dual-stack endpoint"
		return h, true, nil
	}
	labels := strings.Split(host, ".")
	account := ""
	if len(labels) > 0 && isAccountID(labels[0]) {
		account, labels = labels[0], labels[1:]
	}
	var svc, region, suffix string
	switch {
	case len(labels) >= 4 && labels[0] == "dkr" && (labels[1] == "ecr" || labels[1] == "ecr-fips"):
		svc, region, suffix = "dkr."+labels[1], labels[2], strings.Join(labels[3:], ".")
	case len(labels) == 4 && (labels[0] == "dkr-ecr" || labels[0] == "dkr-ecr-fips") && labels[2] == "on" && labels[3] == "aws":
		svc, region, suffix = labels[0], labels[1], "on.aws"
	default:
		return Host{}, false, nil
	}
	p, ok := PartitionOf(region)
	if !ok {
		if looksLikeRegion(region) {
			return Host{}, true, fmt.Errorf("%w %q in %q", ErrUnknownRegion, region, host)
		}
		return Host{}, false, nil
	}
	dualStack := suffix == "on.aws"
	if !dualStack && suffix != p.DNSSuffix {
		return Host{}, true, fmt.Errorf("%w: %q: region %s is in the %s partition, whose DNS suffix is %s", ErrNotAWSHost, host, region, p.ID, p.DNSSuffix)
	}
	h = Host{Host: host, Service: "ecr", Prefix: "api.ecr", Region: region, Partition: p.ID, Form: FormECRRegistry, Bucket: account,
		FIPS: strings.HasSuffix(svc, "-fips")}
	fips := ""
	if h.FIPS {
		fips = "-fips"
	}
	name := "dkr-ecr" + fips + "." + region + ".on.aws"
	if account != "" {
		name = account + "." + name
	}
	ecr, err := LookupService("ecr")
	listed := err == nil && ecr.partition(p.ID) != nil && ecr.partition(p.ID).lists(region)
	h.DualStack = name
	switch {
	case !p.HasDualStack():
		h.DualStack, h.Confidence = "", None
		h.Reason = fmt.Sprintf("the %s partition has no dual-stack endpoints", p.ID)
	case p.ID != "aws":
		h.Confidence = Derived
		h.Reason = fmt.Sprintf("no dual-stack registry endpoint is documented for the %s partition; %s only follows the commercial partition's naming (check it with: dualstacklint endpoints -host %s -resolve)", p.ID, name, host)
	case !listed:
		h.Confidence = Derived
		h.Reason = fmt.Sprintf("the SDK data does not list ECR in %s; %s only follows the documented naming (check it with: dualstacklint endpoints -host %s -resolve)", region, name, host)
	case h.FIPS:
		h.Confidence = Derived
		h.Reason = fmt.Sprintf("the General Reference (%s) lists dkr-ecr-fips.<region>.on.aws names for some US regions only; not verified for %s (check it with: dualstacklint endpoints -host %s -resolve)", docECRRegistryFIPS, region, host)
	default:
		h.Confidence = Verified
		h.Source = Source{Kind: "docs", Ref: docECRRegistry, Date: docRegistryRead}
		h.Reason = "documented dual-stack registry endpoint <registry-id>.dkr-ecr.<region>.on.aws (" + docECRRegistry + ")"
	}
	if dualStack {
		h.IsDualStack, h.DualStack = true, host
		if h.Confidence == None {
			h.Confidence = Derived
		}
		h.Reason = "already a dual-stack endpoint"
	}
	return h, true, nil
}

// isAccountID reports whether a label is a 12-digit AWS account ID.
func isAccountID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
