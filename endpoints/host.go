package endpoints

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
)

// Form names the shape of a parsed hostname.
type Form string

const (
	FormRegional      Form = "regional"        // svc.us-west-2.amazonaws.com
	FormGlobal        Form = "global"          // iam.amazonaws.com, sts.amazonaws.com
	FormS3VirtualHost Form = "s3-virtual-host" // bucket.s3.us-west-2.amazonaws.com
	FormS3Path        Form = "s3-path"         // s3.us-west-2.amazonaws.com/bucket
	FormS3Global      Form = "s3-global"       // s3.amazonaws.com, bucket.s3.amazonaws.com, s3-external-1
	FormS3DashRegion  Form = "s3-dash-region"  // s3-us-west-2.amazonaws.com (legacy)
	FormS3Accelerate  Form = "s3-accelerate"   // bucket.s3-accelerate.amazonaws.com
	FormS3AccessPoint Form = "s3-access-point" // name-123456789012.s3-accesspoint.us-west-2.amazonaws.com
	FormS3Control     Form = "s3-control"      // 123456789012.s3-control.us-west-2.amazonaws.com
	FormS3Website     Form = "s3-website"      // bucket.s3-website-us-west-2.amazonaws.com: no dual-stack form
	FormS3Outposts    Form = "s3-outposts"     // no dual-stack form
	FormS3ObjLambda   Form = "s3-object-lambda"
	FormVPCEndpoint   Form = "vpc-endpoint" // vpce-….svc.region.vpce.amazonaws.com: its own IP setting
)

// A Host is a parsed AWS endpoint hostname and its dual-stack replacement.
type Host struct {
	Host        string     `json:"host"`    // lower case, without port or trailing dot
	Service     string     `json:"service"` // SDK v2 package name
	Prefix      string     `json:"endpoint_prefix"`
	Region      string     `json:"region"` // "global" for global endpoints
	Partition   string     `json:"partition"`
	FIPS        bool       `json:"fips"`
	IsDualStack bool       `json:"is_dualstack"`
	Form        Form       `json:"form"`
	Bucket      string     `json:"bucket,omitempty"` // S3 virtual-host bucket, access point or account label; ECR registry account
	DualStack   string     `json:"dualstack"`        // the replacement host; "" when none
	Confidence  Confidence `json:"confidence"`
	Reason      string     `json:"reason"`
	Source      Source     `json:"source"` // where the replacement comes from
}

// ParseHost parses an AWS service endpoint given as a hostname, host:port,
// or URL. It returns an error wrapping ErrNotAWSHost for anything that is not
// a known AWS service endpoint (other domains, IP literals, resource
// hostnames such as RDS instances or load balancers), and ErrUnknownRegion or
// ErrUnknownService for AWS-shaped names the data does not know.
func ParseHost(s string) (Host, error) {
	host, path, err := splitHost(s)
	if err != nil {
		return Host{}, err
	}
	if h, ok, err := parseRegistry(host); ok || err != nil {
		return h, err
	}
	p, rest, ds := partitionOfHost(host)
	if p == nil {
		return Host{}, fmt.Errorf("%w: %q", ErrNotAWSHost, host)
	}
	labels := strings.Split(rest, ".")
	for _, l := range labels {
		if l == "" {
			return Host{}, fmt.Errorf("%w: %q has an empty label", ErrNotAWSHost, host)
		}
	}
	h := Host{Host: host, Partition: p.ID}
	n := len(labels)
	if n >= 4 && labels[n-1] == "vpce" && strings.HasPrefix(labels[0], "vpce-") {
		h.Form = FormVPCEndpoint
		h.Region = labels[n-2]
		h.Reason = "an interface VPC endpoint: its IP family is the endpoint's own IpAddressType setting, not the SDK's dual-stack switch"
		return h, nil
	}
	if !ds {
		if ok, err := parseS3(&h, p, labels, path); ok || err != nil {
			return h, err
		}
	}
	if err := parseGeneric(&h, p, labels, ds); err != nil {
		return Host{}, err
	}
	return h, nil
}

// splitHost extracts the lower-cased hostname and the URL path from a host,
// host:port or URL.
func splitHost(s string) (host, path string, err error) {
	s = strings.TrimSpace(s)
	raw := s
	if !strings.Contains(s, "://") {
		raw = "//" + s
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", fmt.Errorf("%w: %q is not a URL or hostname: %v", ErrNotAWSHost, s, err)
	}
	host = strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return "", "", fmt.Errorf("%w: %q has no hostname", ErrNotAWSHost, s)
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return "", "", fmt.Errorf("%w: %q is an IP address", ErrNotAWSHost, host)
	}
	return host, u.Path, nil
}

// partitionOfHost finds the partition whose DNS suffix (or dual-stack DNS
// suffix) ends host, preferring the longest suffix, and returns the labels
// before it.
func partitionOfHost(host string) (p *Partition, rest string, dualStackSuffix bool) {
	best := 0
	for _, q := range Partitions() {
		for i, suf := range []string{q.DNSSuffix, q.DualStackDNSSuffix} {
			if len(suf) > best && strings.HasSuffix(host, "."+suf) && len(host) > len(suf)+1 {
				p, best, dualStackSuffix = q, len(suf), i == 1
				rest = host[:len(host)-len(suf)-1]
			}
		}
	}
	// The commercial and GovCloud partitions share suffixes; the region
	// decides, so callers re-check the partition against it.
	return p, rest, dualStackSuffix
}

// regionPartition returns the partition of a region label, which for
// amazonaws.com/api.aws hosts may be aws or aws-us-gov.
func regionPartition(label string, suffixPart *Partition) (*Partition, bool) {
	q, ok := PartitionOf(label)
	if !ok {
		return nil, false
	}
	if q.DNSSuffix != suffixPart.DNSSuffix && q.DualStackDNSSuffix != suffixPart.DualStackDNSSuffix {
		return nil, false
	}
	return q, true
}

// parseGeneric handles prefix[-fips].region.suffix, prefix.suffix (global)
// and their dual-stack forms.
func parseGeneric(h *Host, p *Partition, labels []string, ds bool) error {
	n := len(labels)
	region := ""
	prefixLabels := labels
	if q, ok := regionPartition(labels[n-1], p); ok && n > 1 {
		region, p, prefixLabels = labels[n-1], q, labels[:n-1]
	} else if labels[n-1] == "global" && n > 1 {
		prefixLabels = labels[:n-1]
	} else if q, ok := PartitionOf(labels[n-1]); ok && n > 1 {
		return fmt.Errorf("%w: %q: region %s is in the %s partition, whose DNS suffix is %s", ErrNotAWSHost, h.Host, labels[n-1], q.ID, q.DNSSuffix)
	} else if looksLikeRegion(labels[n-1]) && n > 1 {
		return fmt.Errorf("%w %q in %q", ErrUnknownRegion, labels[n-1], h.Host)
	}
	h.Partition = p.ID
	prefix := strings.Join(prefixLabels, ".")
	base, fips := prefix, false
	if b, ok := strings.CutSuffix(prefix, "-fips"); ok {
		base, fips = b, true
	} else if b, ok := strings.CutPrefix(prefix, "fips."); ok {
		base, fips = b, true
	}
	svcs := byName()[prefix]
	if len(svcs) == 0 {
		svcs = byName()[base]
	}
	if len(svcs) == 0 {
		return fmt.Errorf("%w: %q (no AWS service uses the prefix %q)", ErrNotAWSHost, h.Host, prefix)
	}
	// Among the services using this prefix, prefer one that lists this
	// exact hostname.
	s := pick(svcs, base)
	for _, c := range svcs {
		if c.knows(p.ID, region, h.Host) {
			s = c
			break
		}
	}
	h.Service, h.Prefix, h.FIPS = s.Package, s.Prefix, fips

	if region == "" {
		return parseGlobal(h, s, p, ds)
	}
	h.Region, h.Form = region, FormRegional
	e, err := s.DualStack(region, fips)
	if err != nil {
		return err
	}
	if ds || (e.DualStack == h.Host && e.Confidence != None) {
		h.IsDualStack = true
		h.DualStack = h.Host
		h.Confidence, h.Source = e.Confidence, e.Source
		if e.DualStack != h.Host {
			h.Confidence = Derived
		}
		h.Reason = "already a dual-stack endpoint"
		return nil
	}
	h.DualStack, h.Confidence, h.Reason, h.Source = e.DualStack, e.Confidence, e.Reason, e.Source
	return nil
}

// parseGlobal handles hosts without a region label: iam.amazonaws.com,
// sts.amazonaws.com, iam.global.api.aws.
func parseGlobal(h *Host, s *Service, p *Partition, ds bool) error {
	h.Region, h.Form = "global", FormGlobal
	if ds {
		h.IsDualStack, h.DualStack, h.Confidence = true, h.Host, Derived
		if e, err := s.DualStack(p.ImplicitGlobalRegion, h.FIPS); err == nil && e.DualStack == h.Host {
			h.Confidence, h.Source = e.Confidence, e.Source
		}
		h.Reason = "already a dual-stack endpoint"
		return nil
	}
	e, err := s.DualStack(p.ImplicitGlobalRegion, h.FIPS)
	if err != nil {
		return err
	}
	h.DualStack, h.Confidence, h.Source = e.DualStack, e.Confidence, e.Source
	if e.DualStack == h.Host {
		h.IsDualStack = true
	}
	switch {
	case s.Package == "sts":
		h.Reason = fmt.Sprintf("the global endpoint %s has no IPv6; use the regional dual-stack endpoint (%s is where the global one lives): %s", h.Host, p.ImplicitGlobalRegion, e.Reason)
	case e.Confidence == None:
		h.Reason = e.Reason
	default:
		h.Reason = fmt.Sprintf("global endpoint; dual-stack: %s", e.Reason)
	}
	return nil
}

// knows reports whether host is one of the service's hostnames for region
// ("" region: any of its partition-wide or pseudo-region entries).
func (s *Service) knows(partition, region, host string) bool {
	sp := s.partition(partition)
	if sp == nil {
		return false
	}
	if region != "" {
		for v := range 4 {
			if h, _ := sp.host(region, v); h == host {
				return true
			}
		}
		return false
	}
	for r := range sp.regions {
		for v := range 4 {
			if h, _ := sp.host(r, v); h == host {
				return true
			}
		}
	}
	return false
}

// looksLikeRegion reports whether a label has a region's shape (xx-yyyy-N),
// to tell "unknown region" from "not an endpoint".
func looksLikeRegion(label string) bool {
	parts := strings.Split(label, "-")
	if len(parts) < 3 {
		return false
	}
	last := parts[len(parts)-1]
	if last == "" {
		return false
	}
	for _, c := range last {
		if c < '0' || c > '9' {
			return false
		}
	}
	for _, c := range parts[0] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(parts[0]) == 2 || len(parts[0]) == 4
}
