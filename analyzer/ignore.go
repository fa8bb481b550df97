package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
)

// Ignore directives:
//
//	//dualstacklint:ignore <check>[,<check>] <reason>       this line or the next
//	//dualstacklint:file-ignore <check>[,<check>] <reason>  the whole file
//
// The suite's analyzers drop the diagnostics a directive covers; the ignore
// analyzer, which runs after them, reports directives without a reason,
// with unknown checks, or that suppressed nothing. Suppression lives in the
// analyzers themselves, so it works under every driver (standalone, go vet,
// go fix, golangci-lint).

const (
	lineDirective = "//dualstacklint:ignore"
	fileDirective = "//dualstacklint:file-ignore"
)

type directive struct {
	comment *ast.Comment
	file    bool
	line    int // the comment's line
	checks  []string
	reason  string
	used    atomic.Bool
}

// directives caches each package's directives, keyed by *types.Package:
// every analyzer of a package reads the same table, so the ignore analyzer
// sees what the others used.
var directives sync.Map // *types.Package → *table

type table struct {
	once  sync.Once
	files map[string][]*directive // by file name
}

func tableOf(pass *analysis.Pass) *table {
	v, _ := directives.LoadOrStore(pass.Pkg, &table{})
	t := v.(*table)
	t.once.Do(func() {
		t.files = map[string][]*directive{}
		for _, f := range pass.Files {
			name := pass.Fset.File(f.Pos()).Name()
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if d := parseDirective(pass.Fset, c); d != nil {
						t.files[name] = append(t.files[name], d)
					}
				}
			}
		}
	})
	return t
}

func parseDirective(fset *token.FileSet, c *ast.Comment) *directive {
	text := c.Text
	if !strings.HasPrefix(text, "//dualstacklint:") {
		return nil // most comments: no position lookup
	}
	d := &directive{comment: c, line: fset.Position(c.Pos()).Line}
	switch {
	case strings.HasPrefix(text, fileDirective+" ") || text == fileDirective:
		d.file = true
		text = strings.TrimPrefix(text, fileDirective)
	case strings.HasPrefix(text, lineDirective+" ") || text == lineDirective:
		text = strings.TrimPrefix(text, lineDirective)
	default:
		return nil
	}
	fields := strings.Fields(text)
	if len(fields) > 0 {
		d.checks = strings.Split(fields[0], ",")
		d.reason = strings.Join(fields[1:], " ")
	}
	return d
}

// suppressed reports whether a diagnostic of check at pos is covered by a
// directive, and marks the directive used.
func (t *table) suppressed(fset *token.FileSet, check string, pos token.Pos) bool {
	p := fset.Position(pos)
	hit := false
	for _, d := range t.files[p.Filename] {
		if d.reason == "" || !slices.Contains(d.checks, check) {
			continue // a directive without a reason suppresses nothing
		}
		if d.file || d.line == p.Line || d.line == p.Line-1 {
			d.used.Store(true)
			hit = true
		}
	}
	return hit
}

// withIgnore returns a copy of a that drops the diagnostics ignore directives
// cover.
func withIgnore(a *analysis.Analyzer) *analysis.Analyzer {
	w := *a
	w.Run = func(pass *analysis.Pass) (any, error) {
		t := tableOf(pass)
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if t.suppressed(pass.Fset, a.Name, d.Pos) {
				return
			}
			if !editable(pass.Fset, d) {
				d.SuggestedFixes = nil
			}
			pass.Report(d)
		}
		return a.Run(&p)
	}
	return &w
}

// editable reports whether a diagnostic's fixes edit the files the user
// wrote: in cgo packages the analysis sees cmd/cgo's rewrites, whose //line
// directives map positions back to the user's files but whose offsets are
// not theirs. Fixes there are dropped (the finding stays).
func editable(fset *token.FileSet, d analysis.Diagnostic) bool {
	for _, fix := range d.SuggestedFixes {
		for _, e := range fix.TextEdits {
			tf := fset.File(e.Pos)
			if tf == nil || fset.Position(e.Pos).Filename != tf.Name() {
				return false
			}
		}
	}
	return true
}

// ignoreAnalyzer reports directives that are malformed or unused. It
// requires every check, so that it runs after them on the same package.
func ignoreAnalyzer(checks []*analysis.Analyzer) *analysis.Analyzer {
	names := map[string]bool{}
	for _, a := range checks {
		names[a.Name] = true
	}
	return &analysis.Analyzer{
		Name: "ignore",
		Doc: `report //dualstacklint:ignore directives that are malformed or suppress nothing

A directive needs a check name and a reason:
	//dualstacklint:ignore ipv4endpoint the queue URL comes from a fixture
	//dualstacklint:file-ignore linklocal this file is an IMDS emulator`,
		URL:      "https://github.com/dualstacklint/dualstacklint#suppressing-findings",
		Requires: checks,
		Run: func(pass *analysis.Pass) (any, error) {
			t := tableOf(pass)
			for _, f := range pass.Files {
				name := pass.Fset.File(f.Pos()).Name()
				if ast.IsGenerated(f) || strings.HasSuffix(name, "_test.go") {
					continue // the checks do not look at these files either
				}
				for _, d := range t.files[name] {
					report := func(format string, args ...any) {
						pass.Report(analysis.Diagnostic{Pos: d.comment.Pos(), End: d.comment.End(), Category: "ignore", Message: fmt.Sprintf(format, args...)})
					}
					var unknown []string
					for _, c := range d.checks {
						if !names[c] {
							unknown = append(unknown, c)
						}
					}
					switch {
					case len(d.checks) == 0:
						report("ignore directive names no check: write //dualstacklint:ignore <check> <reason>")
					case len(unknown) > 0:
						report("ignore directive names unknown check %s (checks: %s)", strings.Join(unknown, ", "), strings.Join(sortedKeys(names), ", "))
					case d.reason == "":
						report("ignore directive has no reason: say why the finding does not apply, after the check name")
					case !d.used.Load() && d.file:
						report("ignore directive suppresses nothing: no %s finding in this file; remove it", strings.Join(d.checks, "/"))
					case !d.used.Load():
						report("ignore directive suppresses nothing: no %s finding on this line or the next; remove it", strings.Join(d.checks, "/"))
					}
				}
			}
			return nil, nil
		},
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
