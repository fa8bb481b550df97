// Package checkdoc reads a check's documentation from its package doc
// comment, the one source of Analyzer.Doc, 'dualstacklint help', the SARIF
// rule help, docs/checks.md and the README's checks table.
//
// A check's doc.go holds, as in golang.org/x/tools/go/analysis/passes:
//
//	// Package halting defines an Analyzer that reports endless loops.
//	//
//	// # Analyzer halting
//	//
//	// halting: report loops that never end
//	//
//	// The full description, in doc comment syntax...
//	//
//	// # Fix
//	//
//	// Adds a break. More about the fix...
//	package halting
//
//	import _ "embed"
//
//	//go:embed doc.go
//	var doc string
//
// with Doc: checkdoc.MustExtract(doc, "halting") in the Analyzer. Unlike
// x/tools, other headings after "# Analyzer NAME" belong to its section:
// it ends only at the next "# Analyzer" heading, so a check can have
// subsections (docs/checks.md shows them as ### headings). Text is written
// so that it also reads as Markdown: code in `backquotes`.
package checkdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtract is Extract for package initialisation: a malformed doc.go is
// a programming error, found by any test of the check.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(err)
	}
	return doc
}

// Extract returns the "# Analyzer NAME" section of the package doc comment
// of the Go file content, without its "NAME:" prefix: the summary line,
// then the description. That is the form Analyzer.Doc expects.
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("not a Go source file: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("no package doc comment")
	}
	var section []string
	in := false
	for line := range strings.SplitSeq(f.Doc.Text(), "\n") {
		if strings.HasPrefix(line, "# Analyzer ") {
			if in {
				break
			}
			in = strings.TrimSpace(strings.TrimPrefix(line, "# Analyzer ")) == name
			continue
		}
		if in {
			section = append(section, line)
		}
	}
	if !in {
		return "", fmt.Errorf("package doc comment has no '# Analyzer %s' heading", name)
	}
	body := strings.TrimSpace(strings.Join(section, "\n"))
	rest, ok := strings.CutPrefix(body, name+":")
	if !ok {
		return "", fmt.Errorf("'# Analyzer %s' heading not followed by a '%s: summary' line", name, name)
	}
	return strings.TrimSpace(rest), nil
}

// Split splits a Doc into its summary line and its description.
func Split(doc string) (summary, description string) {
	summary, description, _ = strings.Cut(doc, "\n")
	return strings.TrimSpace(summary), strings.TrimSpace(description)
}
