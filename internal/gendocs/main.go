// Command gendocs rewrites the per-check parts of docs/checks.md and the
// README's checks table from the checks' doc.go comments (their
// Analyzer.Doc), the one source of the checks' documentation:
//
//	go generate ./analyzer
//
// Only the text between the BEGIN and END markers changes; the rest of
// both files is hand-written. TestDocsInStep fails when they differ from
// what this writes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/internal/checkdoc"
)

// Command is what regenerates the files, as messages name it.
const Command = "go generate ./analyzer"

const (
	sectionsBegin = "<!-- BEGIN checks: generated from passes/*/doc.go by '" + Command + "'; edit those, not this -->\n"
	sectionsEnd   = "<!-- END checks -->\n"
	tableBegin    = "<!-- BEGIN checks table: generated from passes/*/doc.go by '" + Command + "'; edit those, not this -->\n"
	tableEnd      = "<!-- END checks table -->\n"
)

// A target is a file and the generated text between its markers.
type target struct {
	path       string // relative to the module root
	begin, end string
	text       func([]*analysis.Analyzer) string
}

var targets = []target{
	{"docs/checks.md", sectionsBegin, sectionsEnd, sections},
	{"README.md", tableBegin, tableEnd, table},
}

func main() {
	root := flag.String("root", ".", "the module root, holding README.md and docs/checks.md")
	flag.Parse()
	for _, t := range targets {
		path := filepath.Join(*root, t.path)
		old, err := os.ReadFile(path)
		if err == nil {
			var updated []byte
			if updated, err = t.rewrite(old, analyzer.Checks); err == nil && !bytes.Equal(old, updated) {
				err = os.WriteFile(path, updated, 0o666)
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "gendocs: %v\n", err)
			os.Exit(1)
		}
	}
}

// rewrite replaces what is between t's markers in content.
func (t target) rewrite(content []byte, checks []*analysis.Analyzer) ([]byte, error) {
	s := string(content)
	i := strings.Index(s, t.begin)
	j := strings.Index(s, t.end)
	if i < 0 || j < i || strings.Count(s, t.begin) > 1 || strings.Count(s, t.end) > 1 {
		return nil, fmt.Errorf("%s: want one %q line, then one %q line", t.path, strings.TrimSpace(t.begin), strings.TrimSpace(t.end))
	}
	i += len(t.begin)
	return []byte(s[:i] + t.text(checks) + s[j:]), nil
}

// sections is one "## name" section per check: its description as
// Markdown, its subsections as ### headings. The summary line is the
// README's.
func sections(checks []*analysis.Analyzer) string {
	var b strings.Builder
	for _, a := range checks {
		_, desc := checkdoc.Split(a.Doc)
		fmt.Fprintf(&b, "\n## %s\n\n%s", a.Name, checkdoc.Markdown(desc, 3))
	}
	return b.String() + "\n"
}

// table is the README's checks table: the summary without its "report"
// verb, and the first sentence of the Fix subsection.
func table(checks []*analysis.Analyzer) string {
	var b strings.Builder
	b.WriteString("| check | finds | fix |\n|---|---|---|\n")
	for _, a := range checks {
		summary, desc := checkdoc.Split(a.Doc)
		finds := strings.TrimPrefix(summary, "report ")
		fix := strings.TrimSuffix(checkdoc.FirstSentence(checkdoc.Section(desc, "Fix")), ".")
		if fix == "" {
			fix = "none"
		}
		fix = strings.ToLower(fix[:1]) + fix[1:]
		fmt.Fprintf(&b, "| [`%s`](docs/checks.md#%s) | %s | %s |\n", a.Name, a.Name, cell(finds), cell(fix))
	}
	return b.String()
}

// cell escapes a table cell's pipes, even in code spans (GFM).
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
