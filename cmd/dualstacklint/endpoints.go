package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dualstacklint/dualstacklint/endpoints"
)

const endpointsUsage = `usage:
  dualstacklint endpoints [-fips] [-json] SERVICE REGION
  dualstacklint endpoints [-json] -host HOST_OR_URL
  dualstacklint endpoints [-fips] [-json] -regions SERVICE
  dualstacklint endpoints [-fips] [-json] -resolve [-nameserver ADDR[:PORT]] [-timeout D] SERVICE REGION
  dualstacklint endpoints [-json] -resolve [-nameserver ADDR[:PORT]] [-timeout D] -host HOST_OR_URL

Answers from the embedded endpoint data, offline. SERVICE is an AWS SDK for
Go v2 package name (cloudwatch, ecr) or an endpoint prefix (monitoring, api.ecr).
Confidence: verified (listed in the SDK data, or documented by AWS: the source
line names the SDK module or the page), derived (no dual-stack endpoint is
documented: the name only follows the partition's pattern and may or may not
exist), none (no dual-stack endpoint). Exit status: 0 answered, 2 unknown
input or usage error.

-resolve looks both names (the usual endpoint and the dual-stack one) up in
DNS now, A and AAAA, and prints what exists next to what the data says. It is
the only part of dualstacklint that uses the network. The nameserver is the
first of /etc/resolv.conf unless -nameserver names one. Exit status with
-resolve: 0 every name was answered (whatever the answer), 2 usage error or
unknown input, 3 some name could not be looked up (offline, timeout, refused).
`

// endpointsMain runs the endpoints subcommand and returns its exit code.
func endpointsMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("endpoints", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, endpointsUsage) }
	fips := fs.Bool("fips", false, "resolve the FIPS dual-stack endpoint")
	asJSON := fs.Bool("json", false, "print one JSON object")
	host := fs.String("host", "", "parse a hostname or URL")
	regions := fs.Bool("regions", false, "list every region of every partition for SERVICE")
	resolve := fs.Bool("resolve", false, "look both names up in DNS now (A and AAAA)")
	nameserver := fs.String("nameserver", "", "with -resolve: the DNS server, ADDR or ADDR:PORT (default: the first of /etc/resolv.conf)")
	timeout := fs.Duration("timeout", 2*time.Second, "with -resolve: how long to wait for each answer")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "dualstacklint endpoints: "+format+"\n", a...)
		return 2
	}
	switch {
	case *host != "":
		if fs.NArg() != 0 {
			return fail("-host takes no other arguments\n%s", endpointsUsage)
		}
		h, err := endpoints.ParseHost(*host)
		if err != nil {
			return fail("%v", err)
		}
		if *resolve {
			dual := h.DualStack
			if h.IsDualStack {
				dual = h.Host
			}
			return resolveNames(stdout, stderr, *asJSON, *nameserver, *timeout, h, h.Confidence, h.Source, h.Host, dual)
		}
		return printResult(stdout, *asJSON, h, [][2]string{
			{"host", h.Host},
			{"service", h.Service + prefixNote(h.Prefix, h.Service)},
			{"form", string(h.Form) + bucketNote(h.Bucket)},
			{"region", h.Region + " (partition " + h.Partition + ")"},
			{"fips", fmt.Sprint(h.FIPS)},
			{"dual-stack", fmt.Sprint(h.IsDualStack)},
			{"replacement", orNone(h.DualStack)},
			{"confidence", h.Confidence.String()},
			{"source", h.Source.String()},
			{"reason", h.Reason},
		})
	case *regions:
		if fs.NArg() != 1 || *resolve {
			return fail("-regions takes one SERVICE and no -resolve\n%s", endpointsUsage)
		}
		return listRegions(stdout, fs.Arg(0), *fips, *asJSON, fail)
	default:
		if fs.NArg() != 2 {
			fmt.Fprint(stderr, endpointsUsage)
			return 2
		}
		e, err := endpoints.DualStack(fs.Arg(0), fs.Arg(1), *fips)
		if err != nil {
			return fail("%v", err)
		}
		if *resolve {
			return resolveNames(stdout, stderr, *asJSON, *nameserver, *timeout, e, e.Confidence, e.Source, e.IPv4, e.DualStack)
		}
		return printResult(stdout, *asJSON, e, [][2]string{
			{"service", e.Service + prefixNote(e.Prefix, e.Service)},
			{"region", e.Region + " (partition " + orNone(e.Partition) + ")"},
			{"ipv4", orNone(e.IPv4)},
			{"dualstack", orNone(e.DualStack) + unverified(e.Confidence)},
			{"confidence", e.Confidence.String()},
			{"source", e.Source.String()},
			{"reason", e.Reason},
		})
	}
}

func listRegions(w io.Writer, service string, fips, asJSON bool, fail func(string, ...any) int) int {
	s, err := endpoints.LookupService(service)
	if err != nil {
		return fail("%v", err)
	}
	type row struct {
		Region     string               `json:"region"`
		Partition  string               `json:"partition"`
		IPv4       string               `json:"ipv4"`
		DualStack  string               `json:"dualstack"`
		Confidence endpoints.Confidence `json:"confidence"`
		Source     endpoints.Source     `json:"source"`
		// InData is false for regions the partition has but the service's
		// SDK data does not list (regions newer than the service's data,
		// or ones it does not run in): their names only follow the pattern.
		InData bool `json:"in_sdk_data"`
	}
	var rows []row
	for _, p := range endpoints.Partitions() {
		for _, r := range p.Regions() {
			e, err := s.DualStack(r, fips)
			if err != nil {
				return fail("%v", err)
			}
			rows = append(rows, row{r, p.ID, e.IPv4, e.DualStack, e.Confidence, e.Source, !e.Unlisted})
		}
	}
	if asJSON {
		return writeJSON(w, struct {
			Service string `json:"service"`
			Prefix  string `json:"endpoint_prefix"`
			FIPS    bool   `json:"fips"`
			Regions []row  `json:"regions"`
		}{s.Package, s.Prefix, fips, rows})
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REGION\tPARTITION\tDUALSTACK\tCONFIDENCE\tSOURCE")
	for _, r := range rows {
		src := r.Source.Kind
		if !r.InData {
			src = "not in the SDK data"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Region, r.Partition, orNone(r.DualStack), r.Confidence, orNone(src))
	}
	tw.Flush()
	return 0
}

func printResult(w io.Writer, asJSON bool, v any, lines [][2]string) int {
	if asJSON {
		return writeJSON(w, v)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, l := range lines {
		fmt.Fprintf(tw, "%s\t%s\n", l[0], l[1])
	}
	tw.Flush()
	return 0
}

func writeJSON(w io.Writer, v any) int {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return 2
	}
	return 0
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func unverified(c endpoints.Confidence) string {
	if c == endpoints.Derived {
		return " (unverified: may not exist)"
	}
	return ""
}

func prefixNote(prefix, pkg string) string {
	if prefix == "" || prefix == pkg {
		return ""
	}
	return " (endpoint prefix " + prefix + ")"
}

func bucketNote(b string) string {
	if b == "" {
		return ""
	}
	return " (" + strings.TrimSpace(b) + ")"
}
