package dualstack

import (
	"fmt"
	"strings"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// Targets returns the regions a client may run in: its constant region, or
// the -regions list.
func Targets(res *awssdk.Result, s *awssdk.Settings) (regions []string, constant bool) {
	if s.Region != "" {
		return []string{s.Region}, true
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
}

// OK reports whether dual-stack can be switched on safely.
func (c Coverage) OK() bool { return c.Known && len(c.Missing) == 0 }

// Cover checks a service against target regions.
func Cover(service string, regions []string, fips, constant bool) Coverage {
	c := Coverage{Service: service, Constant: constant}
	s, err := endpoints.LookupService(service)
	if err != nil {
		return c
	}
	c.Known = true
	for _, r := range regions {
		e, err := s.DualStack(r, fips)
		if err != nil || e.Confidence != endpoints.Verified {
			c.Missing = append(c.Missing, r)
		}
	}
	return c
}

// ClientCoverage checks a client's service in its target regions, with its
// FIPS choice.
func ClientCoverage(res *awssdk.Result, cl *awssdk.Client) Coverage {
	e := cl.Effective()
	regions, constant := Targets(res, &e)
	return Cover(cl.Service, regions, e.FIPS.State == sdk.Enabled, constant)
}

// Why explains a coverage gap in a message: "no fix: ...".
func (c Coverage) Why() string {
	switch {
	case !c.Known:
		return fmt.Sprintf("no fix: the embedded endpoint data has no %s endpoints", c.Service)
	case c.Constant:
		return fmt.Sprintf("no fix: %s has no verified dual-stack endpoint in %s", c.Service, c.Missing[0])
	}
	return fmt.Sprintf("no fix: %s has no verified dual-stack endpoint in %s (set -regions to the regions this code runs in)", c.Service, List(c.Missing, 4))
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
