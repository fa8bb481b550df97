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

	"github.com/dualstacklint/dualstacklint/analyzer"
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
		Category       string             `json:"category,omitempty"`
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		SuggestedFixes []treeFix `json:"suggested_fixes,omitempty"`
		Related        []treeRelated      `json:"related,omitempty"`
	}
	treeFix struct {
		Message string         `json:"message"`
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
// and "p [p.test]"), plus the analysis errors of every action.
func writeJSONTree(w io.Writer, g *checker.Graph, findings []*finding) error {
	tree := map[string]map[string]any{}
	add := func(pkg, check string, v any) {
		if tree[pkg] == nil {
			tree[pkg] = map[string]any{}
		}
		tree[pkg][check] = v
	}
	for act := range g.All() {
		if act.Err != nil {
			add(act.Package.ID, act.Analyzer.Name, treeError{act.Err.Error()})
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

// column converts a byte column to a column in Unicode code points, as
// SARIF's unicodeCodePoints column kind counts them.
type lineCache map[string][]string

func (c lineCache) column(file string, line, byteCol int) int {
	lines, ok := c[file]
	if !ok {
		data, _ := os.ReadFile(file)
		lines = strings.Split(string(data), "\n")
		c[file] = lines
	}
	if line < 1 || line > len(lines) || byteCol < 1 {
		return byteCol
	}
	s := lines[line-1]
	if byteCol-1 > len(s) {
		return byteCol
	}
	return utf8.RuneCountInString(s[:byteCol-1]) + 1
}

// SARIF 2.1.0, the subset code scanning reads.
type (
	sarifLog struct {
		Version string     `json:"version"`
		Schema  string     `json:"$schema"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string      `json:"id"`
		Name             string      `json:"name"`
		ShortDescription sarifText   `json:"shortDescription"`
		FullDescription  sarifText   `json:"fullDescription"`
		HelpURI          string      `json:"helpUri"`
		Default          sarifConfig `json:"defaultConfiguration"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
		Fixes     []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		Physical sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		Artifact sarifArtifact `json:"artifactLocation"`
		Region   sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description sarifText     `json:"description"`
		Changes     []sarifChange `json:"artifactChanges"`
	}
	sarifChange struct {
		Artifact     sarifArtifact      `json:"artifactLocation"`
		Replacements []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		Deleted  sarifRegion `json:"deletedRegion"`
		Inserted sarifText   `json:"insertedContent"`
	}
)

func writeSARIF(w io.Writer, findings []*finding) error {
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	run.Tool.Driver = sarifDriver{Name: "dualstacklint", InformationURI: "https://github.com/dualstacklint/dualstacklint"}
	index := map[string]int{}
	for _, a := range analyzer.Suite {
		title, _, _ := strings.Cut(a.Doc, "\n")
		index[a.Name] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID: a.Name, Name: a.Name,
			ShortDescription: sarifText{title}, FullDescription: sarifText{a.Doc},
			HelpURI: a.URL, Default: sarifConfig{"warning"},
		})
	}
	lines := lineCache{}
	region := func(file string, sl, sc, el, ec int) sarifRegion {
		r := sarifRegion{StartLine: sl, StartColumn: lines.column(file, sl, sc)}
		if el > 0 {
			r.EndLine, r.EndColumn = el, lines.column(file, el, ec)
		}
		return r
	}
	for _, f := range findings {
		res := sarifResult{RuleID: f.check, RuleIndex: index[f.check], Level: "warning", Message: sarifText{f.diag.Message}}
		res.Locations = []sarifLocation{{Physical: sarifPhysical{
			Artifact: sarifArtifact{uri(f.posn.Filename)},
			Region:   region(f.posn.Filename, f.posn.Line, f.posn.Column, f.end.Line, f.end.Column),
		}}}
		for _, fix := range f.diag.SuggestedFixes {
			sf := sarifFix{Description: sarifText{fix.Message}}
			byFile := map[string]*sarifChange{}
			var order []string
			for _, te := range fix.TextEdits {
				p, e := f.fset.Position(te.Pos), f.fset.Position(te.End)
				if !te.End.IsValid() {
					e = p
				}
				c := byFile[p.Filename]
				if c == nil {
					c = &sarifChange{Artifact: sarifArtifact{uri(p.Filename)}}
					byFile[p.Filename] = c
					order = append(order, p.Filename)
				}
				c.Replacements = append(c.Replacements, sarifReplacement{
					Deleted:  region(p.Filename, p.Line, p.Column, e.Line, e.Column),
					Inserted: sarifText{string(te.NewText)},
				})
			}
			for _, file := range order {
				sf.Changes = append(sf.Changes, *byFile[file])
			}
			res.Fixes = append(res.Fixes, sf)
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Version: "2.1.0", Schema: "https://json.schemastore.org/sarif-2.1.0.json", Runs: []sarifRun{run}})
}

// uri is a file's path relative to the working directory (the repository
// root in CI), with forward slashes, as code scanning expects.
func uri(file string) string {
	return filepath.ToSlash(relPath(file))
}

// writeGitHub prints GitHub Actions workflow commands that annotate the
// findings in pull requests.
func writeGitHub(w io.Writer, findings []*finding) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	for _, f := range findings {
		fmt.Fprintf(bw, "::warning file=%s,line=%d,col=%d", ghProperty(uri(f.posn.Filename)), f.posn.Line, f.posn.Column)
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
