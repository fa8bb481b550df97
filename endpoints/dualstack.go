package endpoints

import (
	"errors"
	"fmt"
	"strings"
)

// Errors wrapped by the lookups; test with errors.Is.
var (
	ErrUnknownService = errors.New("unknown service")
	ErrUnknownRegion  = errors.New("unknown region")
	ErrNotAWSHost     = errors.New("not an AWS service endpoint")
)

// Confidence says how sure the resolver is that a dual-stack endpoint exists.
type Confidence int8

const (
	// None: the partition, region or service has no dual-stack endpoint;
	// enabling dual-stack there fails at run time.
	None Confidence = iota
	// Derived: the SDK would build this hostname from the partition's
	// pattern, but nothing says it exists in DNS.
	Derived
	// Verified: the SDK's endpoint data lists this dual-stack variant
	// explicitly, or AWS documentation names it.
	Verified
)

func (c Confidence) String() string {
	switch c {
	case Verified:
		return "verified"
	case Derived:
		return "derived"
	}
	return "none"
}

// MarshalText makes Confidence print as its name in JSON.
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// An Endpoint is the resolver's answer for one service, region and FIPS
// choice.
type Endpoint struct {
	Service    string     `json:"service"` // SDK v2 package name
	Prefix     string     `json:"endpoint_prefix"`
	Region     string     `json:"region"`
	Partition  string     `json:"partition"`
	FIPS       bool       `json:"fips"`
	IPv4       string     `json:"ipv4"`      // the endpoint the SDK uses without dual-stack ("" when none)
	DualStack  string     `json:"dualstack"` // "" when Confidence is None
	Confidence Confidence `json:"confidence"`
	Reason     string     `json:"reason"`
	Source     Source     `json:"source"`             // where the dual-stack answer comes from
	Unlisted   bool       `json:"unlisted,omitempty"` // the SDK data does not list the service in this region
}

// DualStack resolves the dual-stack endpoint of service (SDK v2 package name
// or endpoint prefix) in region. The hostname is the one the SDK's endpoint
// rules produce with UseDualStack (and UseFIPS when fips), for every region
// where Confidence is not None.
func DualStack(service, region string, fips bool) (Endpoint, error) {
	s, err := LookupService(service)
	if err != nil {
		return Endpoint{}, err
	}
	return s.DualStack(region, fips)
}

// DualStack is the package-level DualStack for a known service.
func (s *Service) DualStack(region string, fips bool) (Endpoint, error) {
	region = strings.ToLower(strings.TrimSpace(region))
	e := Endpoint{Service: s.Package, Prefix: s.Prefix, Region: region, FIPS: fips}
	v := 0
	if fips {
		v = fipsVariant
	}
	if IsPseudoRegion(region) {
		if p := partitionOfPseudo(region); p != nil {
			e.Partition = p.ID
			if sp := s.partition(p.ID); sp != nil {
				e.IPv4, _ = sp.host(region, v)
			}
		}
		e.Reason = pseudoReason(region)
		return e, nil
	}
	p, ok := PartitionOf(region)
	if !ok {
		return Endpoint{}, fmt.Errorf("%w %q: not in the AWS SDK's region list (partitions.json)", ErrUnknownRegion, region)
	}
	e.Partition = p.ID
	sp := s.partition(p.ID)
	if sp == nil {
		e.Reason = fmt.Sprintf("%s has no endpoints in the %s partition", s.Package, p.ID)
		return e, nil
	}
	e.IPv4, _ = sp.host(region, v)
	e.Unlisted = !sp.lists(region)
	sdk := Source{Kind: "sdk", Ref: "service/" + s.Package}
	o := findOverride(s.Package, p.ID, region, fips)
	if o != nil && o.ipv4 != "" {
		e.IPv4 = expand(o.ipv4, region, p)
	}
	// Documentation is the more specific source, but only where the SDK
	// data has the service in the region at all: a documented pattern says
	// nothing about regions the service does not run in.
	var doc *docRow
	if !e.Unlisted {
		doc = findDoc(s.Package, p.ID, region, fips)
	}
	if o != nil && !o.shape && doc == nil {
		e.DualStack = expand(o.host, region, p)
		e.Confidence = o.confidence
		e.Reason = o.reason
		e.Source = Source{Kind: "rules", Ref: "service/" + s.Package + "/endpoints.go"}
		return e, nil
	}
	if o != nil && !o.shape {
		o = nil // the documented row replaces a name taken from the rules
	}
	sdkNone := o == nil && sp.tmpl[v|dualStackVariant] == "" && sp.pattern[v|dualStackVariant] == ""
	var host string
	var explicit bool
	if !sdkNone {
		host, explicit = sp.host(region, v|dualStackVariant)
		if o != nil { // a shape override: the data says whether it exists
			host = expand(o.host, region, p)
		}
	}
	if doc != nil {
		applyDoc(&e, doc, p, host, explicit, sdk)
		return e, nil
	}
	e.Source = sdk
	if sdkNone {
		if !p.HasDualStack() {
			e.Reason = fmt.Sprintf("the %s partition has no dual-stack endpoints for %s (the SDK data lists none there)", p.ID, s.Package)
		} else {
			e.Reason = fmt.Sprintf("the SDK data has no %sdual-stack endpoints for %s in the %s partition", fipsWord(fips), s.Package, p.ID)
		}
		return e, nil
	}
	e.DualStack = host
	switch {
	case explicit && host == e.IPv4:
		e.Confidence = Verified
		e.Reason = "already dual-stack: the SDK data lists the usual endpoint as the dual-stack one"
	case explicit:
		e.Confidence = Verified
		e.Reason = s.listedReason
	default:
		e.Confidence = Derived
		e.Reason = fmt.Sprintf("no %sdual-stack endpoint is documented for %s in %s: neither the SDK data nor the documented endpoints list one, and %s only follows the partition's naming pattern (check it with: dualstacklint endpoints -resolve %s %s)", fipsWord(fips), s.Package, region, host, s.Package, region)
		if e.Unlisted {
			e.Reason = fmt.Sprintf("the SDK data does not list %s in %s (a region newer than the service's data, or one it does not run in); %s only follows the partition's naming pattern (check it with: dualstacklint endpoints -resolve %s %s)", s.Package, region, host, s.Package, region)
		}
	}
	return e, nil
}

// applyDoc answers from a documented row. Where the SDK data lists a
// different dual-stack host, or lists one the documentation says does not
// exist, the sources disagree: the reason says so and the safer answer wins
// (the SDK's listed host, which is what the SDK connects to; or none).
func applyDoc(e *Endpoint, d *docRow, p *Partition, sdkHost string, sdkListed bool, sdk Source) {
	note := ""
	if d.note != "" {
		note = "; " + d.note
	}
	switch d.kind {
	case DocDualStack:
		h := expand(d.host, e.Region, p)
		if sdkListed && sdkHost != h {
			e.DualStack, e.Confidence, e.Source = sdkHost, Verified, sdk
			e.Reason = fmt.Sprintf("listed in the SDK endpoint data (%s); AWS documentation (%s) names %s instead, so the SDK's listed host is kept%s", sdk.Ref, d.url, h, note)
			return
		}
		e.DualStack, e.Confidence, e.Source = h, Verified, d.source()
		e.Reason = "documented dual-stack endpoint (" + d.url + ")" + note
	case DocAlready:
		if sdkListed && sdkHost != e.IPv4 {
			e.DualStack, e.Confidence, e.Source = sdkHost, Verified, sdk
			e.Reason = fmt.Sprintf("listed in the SDK endpoint data (%s); AWS documentation (%s) also says the usual endpoint %s answers IPv6%s", sdk.Ref, d.url, e.IPv4, note)
			return
		}
		e.DualStack, e.Confidence, e.Source = e.IPv4, Verified, d.source()
		e.Reason = "already dual-stack: AWS documentation says the usual endpoint answers IPv6 (" + d.url + ")" + note
	case DocNone:
		e.DualStack, e.Confidence, e.Source = "", None, d.source()
		e.Reason = "AWS documentation says there is no dual-stack endpoint (" + d.url + ")" + note
		if sdkListed {
			e.Reason += fmt.Sprintf("; the SDK data lists %s, but the safer answer is kept", sdkHost)
		}
	}
}

func fipsWord(fips bool) string {
	if fips {
		return "FIPS "
	}
	return ""
}

func pseudoReason(region string) string {
	switch {
	case region == "local":
		return `"local" is a pseudo region for local test endpoints; it has no dual-stack endpoint`
	case region == "s3-external-1":
		return `"s3-external-1" is a legacy S3 endpoint name, not a region; use us-east-1`
	case strings.HasSuffix(region, "-global"):
		return fmt.Sprintf("%q is a pseudo region selecting a global endpoint; set a real region to get a dual-stack endpoint", region)
	case strings.Contains(region, "fips"):
		return fmt.Sprintf("%q is a pseudo region; set the real region and enable FIPS with UseFIPSEndpoint instead", region)
	}
	return fmt.Sprintf("%q is a pseudo region with no dual-stack endpoint", region)
}

func expand(host, region string, p *Partition) string {
	return strings.NewReplacer("{region}", region, "{dnsSuffix}", p.DNSSuffix, "{dualStackDnsSuffix}", p.DualStackDNSSuffix).Replace(host)
}
