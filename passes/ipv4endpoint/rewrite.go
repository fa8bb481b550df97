package ipv4endpoint

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
)

// A finding is an IPv4-only AWS host in a template.
type finding struct {
	host      endpoints.Host // parsed with placeholders filled in
	start     int            // the host's span in the rendered template
	end       int
	regionVar bool   // a hole is the region
	newHost   string // the dual-stack host with holes ("" when none)
	noFix     string // why there is no fix ("" when there is one)
}

// undocumented starts the reason a host without a documented dual-stack
// form gets no fix.
const undocumented = "no dual-stack endpoint is documented for this host"

// sentinelRegion stands in for a region hole while parsing. Any listed
// region works; the coverage check then runs over the target regions.
const sentinelRegion = "us-east-1"

// find looks for an AWS endpoint host in a rendered template: the whole
// value as a URL, host:port or host. It returns false when there is none or
// it is not IPv4-only.
func find(rendered string, regions []string) (finding, bool) {
	start, end := hostSpan(rendered)
	if start < 0 {
		return finding{}, false
	}
	raw := rendered[start:end]
	host := strings.TrimSuffix(raw, ".")
	labels := strings.Split(host, ".")
	var f finding
	f.start, f.end = start, end
	filled := make([]string, len(labels))
	for i, l := range labels {
		switch {
		case l == hole:
			filled[i] = sentinelRegion
		case strings.Contains(l, hole):
			return finding{}, false // a hole inside a label: ambiguous
		default:
			filled[i] = l
		}
	}
	h, err := endpoints.ParseHost(strings.Join(filled, "."))
	if err != nil || h.IsDualStack || h.Form == endpoints.FormVPCEndpoint || h.Service == "" {
		return finding{}, false
	}
	if strings.Contains(host, hole) {
		// Every hole must be the region label.
		for i, l := range labels {
			if l == hole && !isRegionLabel(h, filled, i) {
				return finding{}, false
			}
		}
		f.regionVar = true
	}
	f.host = h
	switch {
	case h.Confidence == endpoints.None:
		f.noFix = "it has no dual-stack form: " + h.Reason
	case !f.regionVar && h.Confidence != endpoints.Verified:
		// Unknown, not absent: say how to check it; a global host's
		// regional form is a guess for another reason, which it says.
		f.noFix = undocumented
		if h.Form == "global" || h.Form == "s3-global" {
			f.noFix = fmt.Sprintf("its dual-stack form %s is a guess: %s", h.DualStack, h.Reason)
		} else if h.DualStack != "" {
			f.noFix += fmt.Sprintf(": its dual-stack name would be %s (check it with: dualstacklint endpoints -host %s -resolve)", h.DualStack, h.Host)
		}
	case f.regionVar:
		var missing []string
		for _, r := range regions {
			g, err := endpoints.ParseHost(strings.ReplaceAll(host, hole, r))
			if err != nil || g.Confidence != endpoints.Verified || g.DualStack != strings.ReplaceAll(h.DualStack, sentinelRegion, r) {
				missing = append(missing, r)
			}
		}
		if len(missing) > 0 {
			f.noFix = fmt.Sprintf("no dual-stack endpoint of this form is documented for %s in %s (set -regions to the regions this code runs in)", h.Service, dualstack.List(missing, 4))
		}
	}
	if h.DualStack != "" {
		nh := h.DualStack
		if f.regionVar {
			if strings.Count(nh, sentinelRegion) != strings.Count(host, hole) {
				f.noFix = "the dual-stack form of this pattern is ambiguous"
			}
			nh = strings.ReplaceAll(nh, sentinelRegion, hole)
		}
		f.newHost = nh
	}
	return f, true
}

// isRegionLabel reports whether label i of a host filled with the sentinel
// is where the parsed region sits.
func isRegionLabel(h endpoints.Host, labels []string, i int) bool {
	return h.Region == sentinelRegion && labels[i] == sentinelRegion
}

// hostSpan is endpoints' host location, kept here for templates: the host of
// a URL, host:port or bare host.
func hostSpan(s string) (int, int) {
	start := 0
	if i := strings.Index(s, "://"); i >= 0 {
		start = i + 3
	} else if strings.HasPrefix(s, "//") {
		start = 2 // a URL without a scheme: url.URL{Host: h}.String()
	} else if strings.ContainsAny(s, " \t\n") {
		return -1, -1 // prose, not an endpoint
	}
	end := len(s)
	if i := strings.IndexAny(s[start:], "/?#"); i >= 0 {
		end = start + i
	}
	if i := strings.LastIndexByte(s[start:end], '@'); i >= 0 {
		start += i + 1
	}
	if i := strings.IndexByte(s[start:end], ':'); i >= 0 {
		end = start + i
	}
	if start >= end {
		return -1, -1
	}
	return start, end
}

// edits maps a rewritten host back onto the literals of the template. The
// change must fall within one literal piece of the host; otherwise there is
// no fix.
func edits(t template, f finding) ([]analysis.TextEdit, bool) {
	// Locate the pieces the host spans.
	pos := 0
	type piece struct {
		idx      int
		from, to int // span of the piece in the rendered string
	}
	var pieces []piece
	for i, p := range t {
		n := len(p.text)
		if p.isHole() {
			n = len(hole)
		}
		if pos+n > f.start && pos < f.end {
			pieces = append(pieces, piece{idx: i, from: pos, to: pos + n})
		}
		pos += n
	}
	oldHost := strings.TrimSuffix(t.render()[f.start:f.end], ".")
	newHost := f.newHost
	// The smallest changed middle of the host.
	pre := 0
	for pre < len(oldHost) && pre < len(newHost) && oldHost[pre] == newHost[pre] {
		pre++
	}
	suf := 0
	for suf < len(oldHost)-pre && suf < len(newHost)-pre && oldHost[len(oldHost)-1-suf] == newHost[len(newHost)-1-suf] {
		suf++
	}
	from, to := f.start+pre, f.start+len(oldHost)-suf
	repl := newHost[pre : len(newHost)-suf]
	for _, pc := range pieces {
		p := t[pc.idx]
		if p.lit == nil || from < pc.from || to > pc.to {
			continue
		}
		if strings.Contains(repl, hole) {
			return nil, false
		}
		// Rewrite the literal's value.
		value, err := strconv.Unquote(p.lit.Value)
		if err != nil {
			return nil, false
		}
		off := p.start + (from - pc.from)
		end := p.start + (to - pc.from)
		if end > len(value) {
			return nil, false
		}
		nv := value[:off] + repl + value[end:]
		return []analysis.TextEdit{{Pos: p.lit.Pos(), End: p.lit.End(), NewText: []byte(quoteLike(p.lit, nv))}}, true
	}
	return nil, false
}

// quoteLike quotes s the way lit is quoted: raw when lit is raw and s allows.
func quoteLike(lit *ast.BasicLit, s string) string {
	if strings.HasPrefix(lit.Value, "`") && !strings.Contains(s, "`") && !strings.Contains(s, "\r") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
