package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

// exitNoAnswer is endpoints -resolve's status when some name could not be
// looked up at all (offline, timeout, refused): the answer is unknown, which
// is neither "answered" (0) nor "bad input" (2).
const exitNoAnswer = 3

// resolveReport is what -resolve prints: the data's answer and what DNS
// says right now about both names.
type resolveReport struct {
	Nameserver string  `json:"nameserver"`
	Data       any     `json:"data"` // the endpoints.Endpoint or endpoints.Host
	IPv4       *lookup `json:"ipv4,omitempty"`
	DualStack  *lookup `json:"dualstack,omitempty"`
	Verdict    string  `json:"verdict"`
	confidence endpoints.Confidence
}

// resolveNames looks up the usual and the dual-stack names and prints the
// report. ipv4Name or dualName may be "" (no such name).
func resolveNames(w, stderr io.Writer, asJSON bool, nameserver string, timeout time.Duration, data any, conf endpoints.Confidence, source endpoints.Source, ipv4Name, dualName string) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "dualstacklint endpoints: %v\n", err)
		return exitNoAnswer
	}
	if nameserver == "" {
		ns, err := defaultNameserver()
		if err != nil {
			return fail(err)
		}
		nameserver = ns
	}
	server, err := parseNameserver(nameserver)
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint endpoints: %v\n", err)
		return 2
	}
	r := &resolver{server: server, timeout: timeout}
	rep := resolveReport{Nameserver: server.String(), Data: data, confidence: conf}
	var errs []string
	if ipv4Name != "" {
		l := r.lookup(ipv4Name)
		rep.IPv4 = &l
		if l.Error != "" {
			errs = append(errs, l.Error)
		}
	}
	if dualName != "" && dualName != ipv4Name {
		l := r.lookup(dualName)
		rep.DualStack = &l
		if l.Error != "" {
			errs = append(errs, l.Error)
		}
	}
	rep.Verdict = verdict(rep, dualName)
	code := 0
	if len(errs) > 0 {
		code = exitNoAnswer
		rep.Verdict = "could not resolve: " + strings.Join(errs, "; ")
	}
	if asJSON {
		if writeJSON(w, rep) != 0 {
			return 2
		}
		return code
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "nameserver\t%s\n", rep.Nameserver)
	if rep.IPv4 != nil {
		fmt.Fprintf(tw, "ipv4\t%s\n", describe(*rep.IPv4))
	}
	switch {
	case rep.DualStack != nil:
		fmt.Fprintf(tw, "dualstack\t%s (data: %s, %s)\n", describe(*rep.DualStack), conf, source)
	case dualName == "":
		fmt.Fprintf(tw, "dualstack\t(none in the data)\n")
	default:
		fmt.Fprintf(tw, "dualstack\tthe usual endpoint (data: %s, %s)\n", conf, source)
	}
	fmt.Fprintf(tw, "dns says\t%s\n", rep.Verdict)
	tw.Flush()
	return code
}

func describe(l lookup) string {
	switch {
	case l.Error != "":
		return l.Name + ": " + l.Error
	case !l.Exists:
		return l.Name + ": does not exist (NXDOMAIN)"
	}
	return fmt.Sprintf("%s: A %s; AAAA %s", l.Name, orNone(strings.Join(l.A, " ")), orNone(strings.Join(l.AAAA, " ")))
}

// verdict sums up what DNS says next to the data's confidence.
func verdict(rep resolveReport, dualName string) string {
	d := rep.DualStack
	if d == nil && dualName != "" { // the dual-stack name is the usual one
		d = rep.IPv4
	}
	switch {
	case d == nil:
		if rep.IPv4 != nil && len(rep.IPv4.AAAA) > 0 {
			return "the data has no dual-stack endpoint, yet the usual endpoint has IPv6 addresses here"
		}
		return "no dual-stack name to look up; the usual endpoint has no IPv6 address here"
	case !d.Exists && rep.IPv4 != nil && rep.IPv4 != d && !rep.IPv4.Exists:
		return "neither name exists: this nameserver may not see public DNS"
	case !d.Exists:
		return d.Name + " does not exist: do not switch to it"
	case len(d.AAAA) == 0:
		return d.Name + " exists but has no IPv6 address here"
	case rep.confidence == endpoints.Derived:
		return d.Name + " exists and has IPv6 addresses: the data calls it derived, DNS shows it exists (from this network, now)"
	}
	return d.Name + " exists and has IPv6 addresses"
}
