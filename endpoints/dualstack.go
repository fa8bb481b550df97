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
	o := findOverride(s.Package, p.ID, region, fips)
	if o != nil && o.ipv4 != "" {
		e.IPv4 = expand(o.ipv4, region, p)
	}
	if o != nil && !o.shape {
		e.DualStack = expand(o.host, region, p)
		e.Confidence = o.confidence
		e.Reason = o.reason
		return e, nil
	}
	if o == nil && sp.tmpl[v|dualStackVariant] == "" && sp.pattern[v|dualStackVariant] == "" {
		if !p.HasDualStack() {
			e.Reason = fmt.Sprintf("the %s partition has no dual-stack endpoints for %s (the SDK data lists none there)", p.ID, s.Package)
		} else {
			e.Reason = fmt.Sprintf("the SDK data has no %sdual-stack endpoints for %s in the %s partition", fipsWord(fips), s.Package, p.ID)
		}
		return e, nil
	}
	host, explicit := sp.host(region, v|dualStackVariant)
	if o != nil { // a shape override: the data says whether it exists
		host = expand(o.host, region, p)
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
		e.Reason = fmt.Sprintf("only the partition pattern: the SDK data lists no %sdual-stack endpoint for %s in %s", fipsWord(fips), s.Package, region)
	}
	return e, nil
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
