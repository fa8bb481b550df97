package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/internal/awsconfig"
)

const awsconfigUsage = `usage: dualstacklint awsconfig [-fix [-diff]] [-format text|json|sarif|github] [FILE ...]

Checks AWS shared config files as the AWS SDK for Go v2 reads them: the
nested, S3-only s3 = use_dualstack_endpoint (Go ignores it), invalid
use_dualstack_endpoint values, IPv4-only endpoint_url hosts (fixed to their
verified dual-stack form), use_dualstack_endpoint = true in regions without
dual-stack endpoints, and the IPv4 IMDS address. Without FILE: every file
named config in a .aws directory below the working directory.

A comment line "# dualstacklint:ignore <check> <reason>" suppresses that
check's findings on the next line.

Exit status: 0 no findings, 1 a fix that cannot be written, 2 usage error or
a malformed file (then no file is changed), 3 findings.

Flags:
`

// awsconfigMain runs the awsconfig subcommand and returns its exit code.
func awsconfigMain(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("awsconfig", flag.ContinueOnError)
	fset.SetOutput(stderr)
	o := options{context: -1}
	fset.BoolVar(&o.fix, "fix", false, "apply the suggested fixes")
	fset.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fset.BoolVar(&o.json, "json", false, "same as -format=json")
	fset.StringVar(&o.format, "format", "text", "output `format`: text, json, sarif (2.1.0) or github (workflow annotations)")
	fset.Usage = func() {
		fmt.Fprint(stderr, awsconfigUsage)
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "dualstacklint awsconfig: "+format+"\n", a...)
		return code
	}
	if o.json {
		o.format = "json"
	}
	if !slices.Contains([]string{"text", "json", "sarif", "github"}, o.format) {
		return fail(exitUsage, "unknown -format %q (text, json, sarif, github)", o.format)
	}
	if o.diff && !o.fix {
		return fail(exitUsage, "-diff needs -fix")
	}
	files := fset.Args()
	if len(files) == 0 {
		var err error
		if files, err = findAWSConfigs("."); err != nil {
			return fail(exitUsage, "%v", err)
		}
	}

	// Parse every file first: with a malformed one, report and change
	// nothing, not even the valid files (a half-applied run is harder to
	// review than none).
	tokens := token.NewFileSet()
	var parsed []*awsconfig.File
	bad := false
	for _, name := range files {
		abs, err := filepath.Abs(name)
		if err != nil {
			return fail(exitUsage, "%v", err)
		}
		src, err := os.ReadFile(abs)
		if err != nil {
			fmt.Fprintf(stderr, "dualstacklint awsconfig: %v\n", err)
			bad = true
			continue
		}
		f, err := awsconfig.Parse(abs, src)
		if se := (*awsconfig.SyntaxError)(nil); errors.As(err, &se) {
			fmt.Fprintf(stderr, "%s:%d: %s\n", relPath(se.File), se.Line, se.Msg)
			bad = true
			continue
		} else if err != nil {
			fmt.Fprintf(stderr, "dualstacklint awsconfig: %v\n", err)
			bad = true
			continue
		}
		parsed = append(parsed, f)
	}
	if bad {
		return fail(exitUsage, "malformed or unreadable files: nothing checked or changed")
	}

	var findings []*finding
	for _, f := range parsed {
		tf := tokens.AddFile(f.Name, -1, len(f.Src))
		tf.SetLinesForContent(f.Src)
		for _, fd := range awsconfig.Check(f) {
			findings = append(findings, toFinding(tokens, tf, fd))
		}
	}
	remaining := findings
	if o.fix {
		var err error
		if remaining, err = applyFixes(findings, o.diff, stdout, stderr); err != nil {
			return fail(exitError, "%v", err)
		}
	}
	if err := report(o, nil, remaining, stdout, stderr); err != nil {
		return fail(exitError, "%v", err)
	}
	if len(remaining) > 0 {
		return exitFindings
	}
	return exitClean
}

// toFinding turns a config file finding into the driver's: the same
// printers and fix code serve both.
func toFinding(tokens *token.FileSet, tf *token.File, fd awsconfig.Finding) *finding {
	d := analysis.Diagnostic{Pos: tf.Pos(fd.Start), End: tf.Pos(fd.End), Category: fd.Check, Message: fd.Message}
	if a := analyzer.Lookup(fd.Check); a != nil {
		d.URL = a.URL
	}
	if fd.Fix != nil {
		fix := analysis.SuggestedFix{Message: fd.Fix.Message}
		for _, e := range fd.Fix.Edits {
			fix.TextEdits = append(fix.TextEdits, analysis.TextEdit{Pos: tf.Pos(e.Start), End: tf.Pos(e.End), NewText: []byte(e.New)})
		}
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	return &finding{pkgID: "-", check: fd.Check, fset: tokens, diag: d, posn: tokens.Position(d.Pos), end: tokens.Position(d.End)}
}

// findAWSConfigs lists the files named config in a .aws directory below
// root, skipping version control directories.
func findAWSConfigs(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == ".hg" || d.Name() == ".svn") {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() && d.Name() == "config" && filepath.Base(filepath.Dir(path)) == ".aws" {
			out = append(out, path)
		}
		return nil
	})
	return out, err
}
