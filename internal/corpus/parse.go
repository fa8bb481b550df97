package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"
)

// An entry is one line of the list file: a checkout under -dir, the module
// directory inside it, and the package patterns to run there.
type entry struct {
	Name     string   // checkout directory under -dir
	ModDir   string   // module directory, relative to the checkout
	Patterns []string // package patterns, relative to ModDir
	Line     int      // line in the list file
}

// Label names the entry in the table: the checkout, and the module
// directory when it is not the checkout's root.
func (e entry) Label() string {
	if e.ModDir == "." || e.ModDir == "" {
		return e.Name
	}
	return e.Name + "/" + e.ModDir
}

// parseList reads a list file: one entry a line, fields separated by
// spaces: name, module directory, patterns (at least one). Blank lines and
// lines starting with # are ignored.
func parseList(r io.Reader) ([]entry, error) {
	var out []entry
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: want name, module dir and at least one pattern, got %q", n, line)
		}
		for _, p := range f[1:] {
			if strings.HasPrefix(p, "/") || p == ".." || strings.HasPrefix(p, "../") || strings.Contains(p, "/../") {
				return nil, fmt.Errorf("line %d: %q must stay inside the checkout", n, p)
			}
		}
		if strings.Contains(f[0], "/") || f[0] == ".." || f[0] == "." {
			return nil, fmt.Errorf("line %d: name %q must be a directory name under -dir", n, f[0])
		}
		out = append(out, entry{Name: f[0], ModDir: f[1], Patterns: f[2:], Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no entries")
	}
	return out, nil
}

// diagnostics counts the findings of one run of the tool's JSON output.
type diagnostics struct {
	ByCheck map[string]int  // deduplicated findings per check
	Total   int             // all deduplicated findings
	Fixable int             // findings that offer a fix
	Errors  []string        // analysis errors ("pkg: check: error")
	Skipped map[string]bool // packages not analysed because they do not type-check
}

// skippedMsg is the checker's error for a package with type errors.
const skippedMsg = "analysis skipped due to errors in package"

// jsonDiag is the part of the x/tools JSON diagnostic shape the runner reads.
type jsonDiag struct {
	Posn           string            `json:"posn"`
	Message        string            `json:"message"`
	SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
}

// parseDiagnostics reads the JSON that dualstacklint -json prints: the
// x/tools shape {package: {check: [diagnostic...] | {"error": "..."}}},
// or, after -fix, the findings left under the key "-". A finding reported
// in several variants of a package (the package and its test variant) is
// counted once.
func parseDiagnostics(data []byte) (diagnostics, error) {
	d := diagnostics{ByCheck: map[string]int{}, Skipped: map[string]bool{}}
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return d, nil
	}
	// Several JSON values may follow each other (one per driver pass).
	dec := json.NewDecoder(bytes.NewReader(data))
	seen := map[string]bool{}
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return d, fmt.Errorf("parsing JSON diagnostics: %v", err)
		}
		pkgs := make([]string, 0, len(tree))
		for p := range tree {
			pkgs = append(pkgs, p)
		}
		sort.Strings(pkgs)
		for _, pkg := range pkgs {
			for check, raw := range tree[pkg] {
				raw = bytes.TrimSpace(raw)
				if len(raw) > 0 && raw[0] == '{' {
					var e struct {
						Error string `json:"error"`
					}
					if err := json.Unmarshal(raw, &e); err != nil {
						return d, fmt.Errorf("parsing %s %s: %v", pkg, check, err)
					}
					if e.Error == skippedMsg || strings.HasPrefix(e.Error, "failed prerequisites: ") {
						// The package does not type-check: the
						// repository's build error, not the tool's.
						d.Skipped[strings.TrimSuffix(strings.Fields(pkg)[0], ".test")] = true
						continue
					}
					msg := fmt.Sprintf("%s: %s: %s", pkg, check, e.Error)
					if !slices.Contains(d.Errors, msg) {
						d.Errors = append(d.Errors, msg)
					}
					continue
				}
				var diags []jsonDiag
				if err := json.Unmarshal(raw, &diags); err != nil {
					return d, fmt.Errorf("parsing %s %s: %v", pkg, check, err)
				}
				for _, x := range diags {
					key := check + "\x00" + x.Posn + "\x00" + x.Message
					if seen[key] {
						continue
					}
					seen[key] = true
					d.ByCheck[check]++
					d.Total++
					if len(x.SuggestedFixes) > 0 {
						d.Fixable++
					}
				}
			}
		}
	}
	sort.Strings(d.Errors)
	return d, nil
}

// median returns the median of xs (the mean of the middle two for an even
// count); zero for none.
func median[T int64 | time.Duration](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// countLines counts the non-empty lines of b.
func countLines(b []byte) int {
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}
