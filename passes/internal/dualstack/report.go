package dualstack

import (
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Skip reports whether diagnostics in a file are dropped: generated files
// (nobody edits them) and tests (their clients talk to fakes).
func Skip(pass *analysis.Pass, f *ast.File) bool {
	if f == nil || ast.IsGenerated(f) {
		return true
	}
	tf := pass.Fset.File(f.Pos())
	return tf == nil || strings.HasSuffix(tf.Name(), "_test.go")
}

// DocURL is the documentation of a check.
func DocURL(check string) string {
	return "https://github.com/dualstacklint/dualstacklint/blob/main/docs/checks.md#" + check
}

// Serial joins names into prose: "s3", "s3 and sqs", "s3, sqs and sns".
func Serial(names []string) string { return List(names, len(names)) }
