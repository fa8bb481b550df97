package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis/checker"
)

// report prints the findings in the chosen format.
func report(o options, g *checker.Graph, findings []*finding, stdout, stderr io.Writer) error {
	switch o.format {
	case "json":
		return writeJSONTree(stdout, g, findings)
	case "sarif":
		return writeSARIF(stdout, findings)
	case "github":
		writeGitHub(stdout, findings)
		return nil
	}
	for _, f := range findings {
		fmt.Fprintf(stderr, "%s: %s (%s)\n", relPath(f.posn.String()), f.diag.Message, f.check)
		if o.context >= 0 {
			printContext(stderr, f, o.context)
		}
	}
	return nil
}

// The JSON of the x/tools drivers (internal/analysis/driverutil.JSONTree):
// package ID → analyzer → a list of diagnostics or {"error": ...}.
type (
	treeDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"`
		End            string        `json:"end"`
		Message        string        `json:"message"`
		SuggestedFixes []treeFix     `json:"suggested_fixes,omitempty"`
		Related        []treeRelated `json:"related,omitempty"`
	}
	treeFix struct {
		Message string     `json:"message"`
		Edits   []treeEdit `json:"edits"`
	}
	treeEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	treeRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	treeError struct {
		Err string `json:"error"`
	}
)

// writeJSONTree prints the findings in the shape of the x/tools drivers' -json,
// each once, under the package variant that reported it first (checker's
// PrintJSON lists a file of a package with in-package tests twice, under p
// and "p [p.test]"), plus the analysis errors of every action (g is nil
// for findings that come from no package: awsconfig's, under "-").
func writeJSONTree(w io.Writer, g *checker.Graph, findings []*finding) error {
	tree := map[string]map[string]any{}
	add := func(pkg, check string, v any) {
		if tree[pkg] == nil {
			tree[pkg] = map[string]any{}
		}
		tree[pkg][check] = v
	}
	if g != nil {
		for act := range g.All() {
			if act.Err != nil {
				add(act.Package.ID, act.Analyzer.Name, treeError{act.Err.Error()})
			}
		}
	}
	for _, f := range findings {
		pos := func(p, e token.Pos) string {
			if !e.IsValid() {
				e = p
			}
			return f.fset.Position(e).String()
		}
		d := treeDiagnostic{Category: f.diag.Category, Posn: f.posn.String(), End: pos(f.diag.Pos, f.diag.End), Message: f.diag.Message}
		for _, fix := range f.diag.SuggestedFixes {
			jf := treeFix{Message: fix.Message}
			for _, te := range fix.TextEdits {
				p := f.fset.Position(te.Pos)
				end := p.Offset
				if te.End.IsValid() {
					end = f.fset.Position(te.End).Offset
				}
				jf.Edits = append(jf.Edits, treeEdit{p.Filename, p.Offset, end, string(te.NewText)})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		for _, r := range f.diag.Related {
			d.Related = append(d.Related, treeRelated{f.fset.Position(r.Pos).String(), pos(r.Pos, r.End), r.Message})
		}
		list, _ := tree[f.pkgID][f.check].([]treeDiagnostic)
		add(f.pkgID, f.check, append(list, d))
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

func relPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

func printContext(w io.Writer, f *finding, n int) {
	data, err := os.ReadFile(f.posn.Filename)
	if err != nil {
		return
	}
	lines := strings.Split(string(data), "\n")
	for l := max(1, f.posn.Line-n); l <= min(len(lines), f.posn.Line+n); l++ {
		fmt.Fprintf(w, "%d\t%s\n", l, lines[l-1])
	}
}

// lineCache holds the lines of the files findings are in.
type lineCache map[string][]string

// line returns line n (1-based) of file, or "".
func (c lineCache) line(file string, n int) string {
	lines, ok := c[file]
	if !ok {
		data, _ := os.ReadFile(file)
		lines = strings.Split(string(data), "\n")
		c[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSuffix(lines[n-1], "\r")
}

// column converts a byte column to a column in Unicode code points, as
// SARIF's unicodeCodePoints column kind counts them.
func (c lineCache) column(file string, line, byteCol int) int {
	s := c.line(file, line)
	if byteCol < 1 || byteCol-1 > len(s) {
		return byteCol
	}
	return utf8.RuneCountInString(s[:byteCol-1]) + 1
}

// writeGitHub prints GitHub Actions workflow commands that annotate the
// findings in pull requests.
func writeGitHub(w io.Writer, findings []*finding) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	root := srcRoot() // workflow commands name files relative to the repository root
	for _, f := range findings {
		name, ok := underRoot(root, f.posn.Filename)
		if !ok {
			name = filepath.ToSlash(f.posn.Filename)
		}
		fmt.Fprintf(bw, "::warning file=%s,line=%d,col=%d", ghProperty(name), f.posn.Line, f.posn.Column)
		if f.end.Line > 0 {
			fmt.Fprintf(bw, ",endLine=%d,endColumn=%d", f.end.Line, f.end.Column)
		}
		fmt.Fprintf(bw, ",title=%s::%s\n", ghProperty("dualstacklint "+f.check), ghData(f.diag.Message))
	}
}

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
