package awsconfig

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

// Check names: the analyzers' (their categories and doc anchors), and the
// ignore analyzer's for directives.
const (
	DualStackConfig = "dualstackconfig"
	DualStackBreak  = "dualstackbreak"
	IPv4Endpoint    = "ipv4endpoint"
	LegacyDualStack = "legacydualstack"
	LinkLocal       = "linklocal"
	Ignore          = "ignore"
)

// Checks are the checks that look at config files.
var Checks = []string{DualStackBreak, DualStackConfig, IPv4Endpoint, LegacyDualStack, LinkLocal}

// A Finding is one diagnostic, in byte offsets of the file.
type Finding struct {
	Check      string
	Line       int
	Start, End int
	Message    string
	Fix        *Fix
}

// A Fix replaces byte ranges of the file.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces Src[Start:End] with New.
type Edit struct {
	Start, End int
	New        string
}

const (
	keyDualStack = "use_dualstack_endpoint"
	keyRegion    = "region"
	keyEndpoint  = "endpoint_url"
	keyIMDS      = "ec2_metadata_service_endpoint"
	imdsIPv4     = "169.254.169.254"
)

// Check runs every check on f and applies its ignore directives; the
// directives' own problems are findings of the check "ignore".
func Check(f *File) []Finding {
	var out []Finding
	for _, s := range f.Sections {
		switch s.Kind {
		case Profile:
			out = append(out, checkProfile(s)...)
		case Services:
			out = append(out, checkServices(s)...)
		}
	}
	out = applyDirectives(f, out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func at(check string, l *Line, msg string) Finding {
	end := l.ValueEnd
	if l.Kind != Property && l.Kind != SubProperty {
		end = l.End
	}
	return Finding{Check: check, Line: l.Num, Start: l.KeyStart, End: end, Message: msg}
}

// boolValue is the SDK's ini Value.BoolValue: true or false in any case.
func boolValue(s string) (v, ok bool) {
	switch {
	case strings.EqualFold(s, "true"):
		return true, true
	case strings.EqualFold(s, "false"):
		return false, true
	}
	return false, false
}

func checkProfile(s *Sect) []Finding {
	var out []Finding
	name := s.ProfileName()
	ds, dsSet := s.Values[keyDualStack]
	dsOn := false
	if dsSet {
		v, ok := boolValue(ds.Value)
		dsOn = v
		if !ok {
			out = append(out, at(DualStackConfig, ds.Line, fmt.Sprintf(
				"use_dualstack_endpoint = %q is neither true nor false: the AWS SDKs for Go read it as false without an error, so profile %q stays on IPv4-only endpoints; write true (or false)",
				ds.Value, name)))
		}
	}
	if dsOn {
		if r, ok := s.Values[keyRegion]; ok {
			if why := noDualStack(r.Value); why != "" {
				out = append(out, at(DualStackBreak, ds.Line, fmt.Sprintf(
					"use_dualstack_endpoint = true in profile %q, whose region %s has no dual-stack endpoints (%s): the clients of this profile fail to resolve an endpoint or to connect; remove it, or set it to false",
					name, r.Value, why)))
			}
		}
	}
	for _, svc := range []string{"s3", "s3control"} {
		p, ok := s.Values[svc]
		if !ok || p.Sub == nil || dsOn {
			continue // nothing nested, or the global switch is already on
		}
		l, ok := p.Sub[keyDualStack]
		if !ok {
			continue
		}
		if v, _ := boolValue(firstField(l.Value)); !v {
			continue
		}
		out = append(out, at(LegacyDualStack, l, fmt.Sprintf(
			"%s = use_dualstack_endpoint is the legacy %s-only setting: the AWS SDKs for Go ignore it, so the %s clients of profile %q stay on IPv4-only endpoints; set use_dualstack_endpoint = true at the profile level (it switches every service of the profile: check that each has a dual-stack endpoint in its region, with dualstacklint endpoints -regions SERVICE), or enable dual-stack on the %s client in code",
			svc, map[string]string{"s3": "S3", "s3control": "S3 Control"}[svc], svc, name, svc)))
	}
	if p, ok := s.Values[keyEndpoint]; ok && len(p.Cont) == 0 {
		if f, ok := checkEndpoint(p.Line, fmt.Sprintf("the endpoint_url of profile %q", name)); ok {
			out = append(out, f)
		}
	}
	if p, ok := s.Values[keyIMDS]; ok && isIMDSv4(p.Value) {
		out = append(out, at(LinkLocal, p.Line, fmt.Sprintf(
			"ec2_metadata_service_endpoint %s is the IPv4 instance metadata address, which IPv6-only instances and pods cannot reach: remove it and set ec2_metadata_service_endpoint_mode = IPv6 where the program runs on a Nitro instance with the IPv6 IMDS endpoint enabled (HttpProtocolIpv6)",
			p.Value)))
	}
	return out
}

func checkServices(s *Sect) []Finding {
	var out []Finding
	name := strings.TrimPrefix(s.Name, "services ")
	keys := make([]string, 0, len(s.Values))
	for k := range s.Values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, svc := range keys {
		p := s.Values[svc]
		if l, ok := p.Sub[keyEndpoint]; ok {
			if f, ok := checkEndpoint(l, fmt.Sprintf("the %s endpoint_url of [services %s]", svc, name)); ok {
				out = append(out, f)
			}
		}
		if l, ok := p.Sub[keyDualStack]; ok {
			if v, _ := boolValue(firstField(l.Value)); v {
				out = append(out, at(LegacyDualStack, l, fmt.Sprintf(
					"use_dualstack_endpoint in the %s block of [services %s]: the AWS SDK for Go v2 reads only endpoint_url from a services section and ignores it; set use_dualstack_endpoint = true at the profile level (it switches every service of the profile), or enable dual-stack on the %s client in code",
					svc, name, svc)))
			}
		}
	}
	return out
}

// firstField is a sub-property's value without the comment the SDK keeps in
// it.
func firstField(v string) string {
	if f := strings.Fields(v); len(f) > 0 {
		return f[0]
	}
	return ""
}

// checkEndpoint reports an IPv4-only AWS endpoint URL, with the fix the Go
// check would make: its verified dual-stack form, only the host rewritten.
func checkEndpoint(l *Line, what string) (Finding, bool) {
	raw := l.Value
	comment := ""
	if i := strings.IndexAny(raw, " \t"); i >= 0 {
		// Only a sub-property can hold blanks here: its comment.
		raw, comment = raw[:i], strings.TrimSpace(raw[i:])
	}
	newURL, h, err := endpoints.DualStackURL(raw)
	if err != nil || h.IsDualStack || h.Form == endpoints.FormVPCEndpoint || h.Service == "" {
		return Finding{}, false
	}
	msg := fmt.Sprintf("%s is an IPv4-only AWS endpoint (%s in %s) used as %s: IPv6-only networks cannot reach it", raw, h.Service, h.Region, what)
	f := at(IPv4Endpoint, l, "")
	switch {
	case h.Confidence == endpoints.None || newURL == "":
		msg += "; it has no dual-stack form: " + h.Reason
	case h.Confidence != endpoints.Verified && (h.Form == endpoints.FormGlobal || h.Form == endpoints.FormS3Global):
		msg += fmt.Sprintf("; its dual-stack form %s is a guess: %s", h.DualStack, h.Reason)
	case h.Confidence != endpoints.Verified:
		// Unknown, not absent: say how to check it.
		msg += fmt.Sprintf("; no dual-stack endpoint is documented for this host: its dual-stack name would be %s (check it with: dualstacklint endpoints -host %s -resolve)", h.DualStack, h.Host)
	default:
		msg += "; use its dual-stack form " + h.DualStack
		f.Fix = &Fix{Message: "Use the dual-stack endpoint " + h.DualStack, Edits: []Edit{narrow(l.ValueStart, raw, newURL)}}
	}
	if comment != "" {
		msg += fmt.Sprintf(" (note: the AWS SDK for Go v2 keeps %q in this value: a comment after a sub-property is part of it; move the comment to a line of its own)", comment)
	}
	f.Message = msg
	return f, true
}

// narrow is the edit turning old (at off) into new, reduced to the bytes
// that differ.
func narrow(off int, old, new string) Edit {
	pre := 0
	for pre < len(old) && pre < len(new) && old[pre] == new[pre] {
		pre++
	}
	suf := 0
	for suf < len(old)-pre && suf < len(new)-pre && old[len(old)-1-suf] == new[len(new)-1-suf] {
		suf++
	}
	return Edit{Start: off + pre, End: off + len(old) - suf, New: new[pre : len(new)-suf]}
}

// noDualStack says why region has no dual-stack endpoint at all, or "".
func noDualStack(region string) string {
	if endpoints.IsPseudoRegion(region) {
		return "a pseudo region, which selects a single endpoint"
	}
	if p, ok := endpoints.PartitionOf(region); ok && !p.HasDualStack() {
		return "partition " + p.ID + " has none"
	}
	return ""
}

func isIMDSv4(v string) bool {
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		if u, err = url.Parse("http://" + v); err != nil {
			return false
		}
	}
	return u.Hostname() == imdsIPv4
}
