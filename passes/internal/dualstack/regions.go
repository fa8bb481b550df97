package dualstack

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// Targets returns the regions a client may run in: its constant regions, or
// the -regions list.
func Targets(res *awssdk.Result, s *awssdk.Settings) (regions []string, constant bool) {
	if len(s.Regions) > 0 {
		return s.Regions, true // the constant region, or each constant it may be
	}
	return res.Regions, false
}

// Coverage is whether a service has a verified dual-stack endpoint in every
// target region.
type Coverage struct {
	Service  string
	Known    bool     // the embedded data has the service
	Missing  []string // target regions without a verified endpoint
	Constant bool     // the target is the code's own constant region
	// Global is the one dual-stack host a global service has in every
	// missing region (cloudfront.global.api.aws), "" otherwise.
	Global string
	// Nowhere: no region of the target regions' partitions has a
	// verified dual-stack endpoint for the service; Partitions names them.
	Nowhere    bool
	Partitions []string
	// Absent: every missing region's answer is a documented or structural
	// "no dual-stack endpoint" (None), not merely an undocumented one.
	Absent bool
	// V1Global is set for aws-sdk-go v1 clients of the global services
	// whose dual-stack names v1's frozen endpoint data gets wrong.
	V1Global string
}

// V1Global are the global services whose dual-stack hostnames aws-sdk-go
// v1's endpoint data builds wrong (iam.<region>.api.aws), with the real one.
var V1Global = map[string]string{
	"iam":        "iam.global.api.aws",
	"route53":    "route53.global.api.aws",
	"cloudfront": "cloudfront.global.api.aws",
}

// OK reports whether dual-stack can be switched on safely.
func (c Coverage) OK() bool { return c.Known && len(c.Missing) == 0 }

// Cover checks a service against target regions.
func Cover(service string, regions []string, fips, constant bool) Coverage {
	// The same service is checked against the same -regions list for
	// every client in every package: each answer is a few dozen lookups.
	key := coverKey{service, fips, strings.Join(regions, ",")}
	if c, ok := covered.Load(key); ok {
		c := c.(Coverage)
		c.Constant = constant
		return c
	}
	c := cover(service, regions, fips)
	covered.Store(key, c)
	c.Constant = constant
	return c
}

type coverKey struct {
	service string
	fips    bool
	regions string
}

var covered sync.Map // coverKey → Coverage (Missing is never written to)

func cover(service string, regions []string, fips bool) Coverage {
	c := Coverage{Service: service}
	s, err := endpoints.LookupService(service)
	if err != nil {
		return c
	}
	c.Known = true
	hosts := map[string]bool{}
	c.Absent = true
	for _, r := range regions {
		e, err := s.DualStack(r, fips)
		if err != nil || e.Confidence != endpoints.Verified {
			c.Missing = append(c.Missing, r)
			hosts[e.DualStack] = true
			c.Absent = c.Absent && err == nil && e.Confidence == endpoints.None
		}
	}
	c.Absent = c.Absent && len(c.Missing) > 0
	if len(c.Missing) > 0 && len(c.Missing) == len(regions) {
		c.Nowhere, c.Partitions = nowhere(s, regions, fips)
	}
	if len(hosts) == 1 && len(c.Missing) > 1 {
		for h := range hosts {
			if h != "" && !strings.Contains(h, c.Missing[0]) {
				c.Global = h
			}
		}
	}
	return c
}

// nowhere reports whether no region of the partitions of regions has a
// verified dual-stack endpoint for s: narrowing -regions would not help.
func nowhere(s *endpoints.Service, regions []string, fips bool) (bool, []string) {
	var parts []string
	for _, r := range regions {
		p, ok := endpoints.PartitionOf(r)
		if !ok {
			return false, nil
		}
		if !slices.Contains(parts, p.ID) {
			parts = append(parts, p.ID)
		}
	}
	for _, id := range parts {
		all, _ := endpoints.Regions(id)
		for _, r := range all {
			if e, err := s.DualStack(r, fips); err == nil && e.Confidence == endpoints.Verified {
				return false, nil
			}
		}
	}
	return true, parts
}

// ClientCoverage checks a client's service in its target regions, with its
// FIPS choice; e is the client's effective settings.
func ClientCoverage(res *awssdk.Result, cl *awssdk.Client, e *awssdk.Settings) Coverage {
	regions, constant := Targets(res, e)
	if host := V1Global[cl.Service]; cl.V1 && host != "" {
		return Coverage{Service: cl.Service, Known: true, Missing: regions, Constant: constant, V1Global: host}
	}
	return Cover(cl.Service, regions, e.FIPS.State == sdk.Enabled, constant)
}

// AlreadyDualStack reports whether a service's usual endpoint already is
// dual-stack in every region a client with settings e may run in
// (Cognito's, for instance): it needs no switch.
func AlreadyDualStack(res *awssdk.Result, service string, e *awssdk.Settings) bool {
	regions, _ := Targets(res, e)
	s, err := endpoints.LookupService(service)
	if err != nil || len(regions) == 0 {
		return false
	}
	for _, r := range regions {
		ep, err := s.DualStack(r, e.FIPS.State == sdk.Enabled)
		if err != nil || ep.Confidence != endpoints.Verified || ep.DualStack != ep.IPv4 {
			return false
		}
	}
	return true
}

// Why explains a coverage gap in a message: "no fix: ...".
func (c Coverage) Why() string {
	switch {
	case c.V1Global != "":
		return fmt.Sprintf("no fix: aws-sdk-go v1 builds a %s.<region>.api.aws name that does not exist (the dual-stack endpoint is %s): set Endpoint to https://%s, or move to SDK v2", c.Service, c.V1Global, c.V1Global)
	case c.Global != "":
		return fmt.Sprintf("no fix: %s's dual-stack endpoint %s is not verified", c.Service, c.Global)
	case !c.Known:
		return fmt.Sprintf("no fix: the embedded endpoint data has no %s endpoints", c.Service)
	case c.Constant:
		return "no fix: " + c.Gap()
	case c.Nowhere:
		return "no fix: " + c.Gap()
	}
	return "no fix: " + c.Gap() + " (set -regions to the regions this code runs in)"
}

// Gap says which target regions lack a dual-stack endpoint, and whether
// none exists there or none is documented (unknown, not absent).
func (c Coverage) Gap() string {
	where := List(c.Missing, 4)
	switch {
	case c.Constant && len(c.Missing) == 1:
		where = c.Missing[0]
	case c.Nowhere:
		where = "any " + List(c.Partitions, 3) + " region"
	}
	if c.Absent {
		return endpoints.AbsentPhrase(c.Service, where)
	}
	return endpoints.UnknownPhrase(c.Service, where)
}

// List joins names, shortening long lists: "a, b, c and 5 more".
func List(names []string, max int) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) <= max:
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:max], ", "), len(names)-max)
}
