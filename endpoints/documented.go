package endpoints

import (
	_ "embed"
	"strings"
	"sync"
)

// rawDocumented holds what AWS documentation says about dual-stack endpoints,
// one fact a line with its source URL and the date it was read; see the
// file's header for the format.
//
//go:embed documented.txt
var rawDocumented string

// DocKind is what a documented row says.
type DocKind string

const (
	DocDualStack DocKind = "dualstack" // the documented dual-stack host
	DocAlready   DocKind = "already"   // the usual endpoint already answers IPv6
	DocNone      DocKind = "none"      // no dual-stack endpoint
)

// A docRow is one line of documented.txt.
type docRow struct {
	service    string
	partitions []string
	regions    []string // exact regions or prefixes ending in "*"; nil: every region
	fips       bool
	kind       DocKind
	host       string // {region}, {dnsSuffix}, {dualStackDnsSuffix} expanded; "" unless kind is dualstack
	url, date  string
	note       string
}

// documented indexes documented.txt by service. Like the services' D and E
// records it is read on the first lookup that needs it, never at start-up.
var documented = sync.OnceValue(func() map[string][]*docRow {
	m := map[string][]*docRow{}
	for _, line := range strings.Split(rawDocumented, "\n") {
		if r, ok := parseDocRow(line); ok {
			m[r.service] = append(m[r.service], r)
		}
	}
	return m
})

// parseDocRow parses one line; comments, blank and malformed lines give false
// (documented_test.go requires every non-comment line to parse).
func parseDocRow(line string) (*docRow, bool) {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return nil, false
	}
	f := strings.Fields(line)
	if len(f) < 8 {
		return nil, false
	}
	r := &docRow{service: f[0], partitions: strings.Split(f[1], ","), kind: DocKind(f[4]), url: f[6], date: f[7]}
	if f[2] != "*" {
		r.regions = strings.Split(f[2], ",")
	}
	switch f[3] {
	case "std":
	case "fips":
		r.fips = true
	default:
		return nil, false
	}
	switch r.kind {
	case DocDualStack:
		if f[5] == "-" {
			return nil, false
		}
		r.host = f[5]
	case DocAlready, DocNone:
		if f[5] != "-" {
			return nil, false
		}
	default:
		return nil, false
	}
	if len(f) > 8 {
		r.note = strings.Join(f[8:], " ")
	}
	return r, true
}

func (r *docRow) covers(partition, region string, fips bool) bool {
	if r.fips != fips || !contains(r.partitions, partition) {
		return false
	}
	if r.regions == nil {
		return true
	}
	for _, x := range r.regions {
		if p, ok := strings.CutSuffix(x, "*"); ok && strings.HasPrefix(region, p) || x == region {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// findDoc returns the documented row for a service, partition, region and
// FIPS choice; the first matching row wins, so specific rows come first.
func findDoc(service, partition, region string, fips bool) *docRow {
	for _, r := range documented()[service] {
		if r.covers(partition, region, fips) {
			return r
		}
	}
	return nil
}

func (r *docRow) source() Source { return Source{Kind: "docs", Ref: r.url, Date: r.date} }

// Source names where an answer comes from.
type Source struct {
	Kind string `json:"kind"`           // "sdk", "docs", "rules" (the SDK's endpoint rules), or "" when there is no answer
	Ref  string `json:"ref"`            // the SDK module (service/s3) or the documentation URL
	Date string `json:"date,omitempty"` // docs: the day the page was read
}

func (s Source) String() string {
	switch {
	case s.Kind == "":
		return "(none)"
	case s.Date != "":
		return s.Kind + " " + s.Ref + " (read " + s.Date + ")"
	}
	return s.Kind + " " + s.Ref
}
