// Package report is the IPv6 readiness report of `dualstacklint report`:
// the model the analysis fills (every AWS SDK client construction site,
// hard-coded AWS endpoint and link-local AWS address, each with one class,
// and the dual-stack evidence of each service in each target region), and
// its renderings as JSON, Markdown and a self-contained HTML page.
//
// The package renders what it is given; it decides nothing. Renderings are
// deterministic: Normalize sorts everything first.
package report

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// A Report is the readiness of some packages for IPv6-only networks.
type Report struct {
	Regions  []string          `json:"regions"`  // the target regions (-regions)
	Env      map[string]string `json:"env"`      // what the deployment sets (-env)
	Services []Service         `json:"services"` // the services the sites use
	Sites    []Site            `json:"sites"`
}

// A Service is the dual-stack evidence of one service in each target region.
type Service struct {
	Service string            `json:"service"` // SDK v2 package name
	Regions map[string]string `json:"regions"` // region → an Evidence
}

// A Site is one place in the code that decides which endpoint a request
// goes to.
type Site struct {
	Posn    string   `json:"posn"` // file.go:12:9, relative to the working directory
	Kind    string   `json:"kind"` // a Kind
	Service string   `json:"service,omitempty"`
	Regions []string `json:"regions,omitempty"` // the regions it may run in, when not all targets
	Class   string   `json:"class"`             // a Class
	Check   string   `json:"check,omitempty"`   // the check that reports it, if any
	Message string   `json:"message"`
	Fix     bool     `json:"fix"` // dualstacklint -fix changes it
}

// Kinds of sites.
const (
	KindClient    = "client"    // an SDK client, config or session construction
	KindEndpoint  = "endpoint"  // a hard-coded AWS endpoint
	KindLinkLocal = "linklocal" // a link-local AWS address (IMDS, DNS, ...)
)

// Classes of sites, most urgent first: the order of the renderings.
const (
	ClassBreaks  = "breaks"  // the code, or the -env setting, makes requests fail
	ClassBlocked = "blocked" // no verified dual-stack endpoint in some target region, or partition
	ClassCode    = "code"    // needs a code change dualstacklint cannot make
	ClassFix     = "fix"     // needs a code change dualstacklint -fix makes
	ClassEnv     = "env"     // ready once AWS_USE_DUALSTACK_ENDPOINT=true is deployed
	ClassUnknown = "unknown" // the analysis cannot see what the site gets
	ClassReady   = "ready"   // reaches a dual-stack endpoint in every target region
)

// Classes lists the classes in rendering order.
var Classes = []string{ClassBreaks, ClassBlocked, ClassCode, ClassFix, ClassEnv, ClassUnknown, ClassReady}

// ClassDoc says what a class means, for legends.
var ClassDoc = map[string]string{
	ClassBreaks:  "requests fail: the code, or the deployment's setting, breaks them",
	ClassBlocked: "no verified dual-stack endpoint in some target region: needs a VPC endpoint or NAT64 there",
	ClassCode:    "needs a code change that dualstacklint cannot make",
	ClassFix:     "needs a code change that dualstacklint -fix makes",
	ClassEnv:     "ready once AWS_USE_DUALSTACK_ENDPOINT=true is set in the deployment",
	ClassUnknown: "the analysis cannot see what endpoint it gets",
	ClassReady:   "reaches a dual-stack endpoint in every target region",
}

// Evidence that a service has a dual-stack endpoint in a region, strongest
// first.
const (
	EvidenceVerified   = "verified"   // listed in the SDK's endpoint data
	EvidenceDocumented = "documented" // named by AWS documentation or the SDK's endpoint rules
	EvidenceUnverified = "unverified" // only the partition's hostname pattern
	EvidenceNone       = "none"       // no dual-stack endpoint: enabling it fails
)

// Evidences lists the evidence values in rendering order.
var Evidences = []string{EvidenceVerified, EvidenceDocumented, EvidenceUnverified, EvidenceNone}

// EvidenceDoc says what an evidence value means, for legends.
var EvidenceDoc = map[string]string{
	EvidenceVerified:   "listed in the AWS SDK's endpoint data",
	EvidenceDocumented: "named by AWS documentation or the SDK's endpoint rules",
	EvidenceUnverified: "only the partition's hostname pattern: may not exist in DNS",
	EvidenceNone:       "no dual-stack endpoint: enabling dual-stack fails",
}

// Normalize sorts the report so that renderings are deterministic: regions
// and services by name, sites by position (file, then line and column as
// numbers). Nil maps and slices become empty ones, so that JSON has {} and
// [] rather than null.
func (r *Report) Normalize() {
	if r.Regions == nil {
		r.Regions = []string{}
	}
	if r.Env == nil {
		r.Env = map[string]string{}
	}
	if r.Services == nil {
		r.Services = []Service{}
	}
	if r.Sites == nil {
		r.Sites = []Site{}
	}
	slices.Sort(r.Regions)
	r.Regions = slices.Compact(r.Regions)
	for i := range r.Services {
		if r.Services[i].Regions == nil {
			r.Services[i].Regions = map[string]string{}
		}
	}
	slices.SortFunc(r.Services, func(a, b Service) int { return cmp.Compare(a.Service, b.Service) })
	for i := range r.Sites {
		slices.Sort(r.Sites[i].Regions)
	}
	slices.SortStableFunc(r.Sites, compareSites)
}

func compareSites(a, b Site) int {
	af, al, ac := splitPosn(a.Posn)
	bf, bl, bc := splitPosn(b.Posn)
	return cmp.Or(cmp.Compare(af, bf), cmp.Compare(al, bl), cmp.Compare(ac, bc),
		cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Message, b.Message))
}

// splitPosn splits file:line:col; a position without numbers sorts by its
// text, before numbered ones of the same file.
func splitPosn(p string) (file string, line, col int) {
	file = p
	if i := strings.LastIndexByte(file, ':'); i >= 0 {
		if n, err := strconv.Atoi(file[i+1:]); err == nil {
			file, col = file[:i], n
		}
	}
	if i := strings.LastIndexByte(file, ':'); i >= 0 {
		if n, err := strconv.Atoi(file[i+1:]); err == nil {
			file, line = file[:i], n
		}
	}
	return file, line, col
}

// Counts returns the number of sites of each class.
func (r *Report) Counts() map[string]int {
	n := map[string]int{}
	for _, s := range r.Sites {
		n[s.Class]++
	}
	return n
}

// classes returns the classes to render: the known ones in order, then any
// others the sites use, by name (the renderers show what they are given).
func (r *Report) classes() []string {
	out := slices.Clone(Classes)
	extra := map[string]bool{}
	for _, s := range r.Sites {
		if !slices.Contains(Classes, s.Class) {
			extra[s.Class] = true
		}
	}
	return append(out, slices.Sorted(maps.Keys(extra))...)
}

// byClass returns the sites of a class, in position order.
func (r *Report) byClass(class string) []Site {
	var out []Site
	for _, s := range r.Sites {
		if s.Class == class {
			out = append(out, s)
		}
	}
	return out
}

// envList returns the env settings as sorted KEY=VALUE strings.
func (r *Report) envList() []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(r.Env)) {
		out = append(out, k+"="+r.Env[k])
	}
	return out
}
