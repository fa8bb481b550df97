package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/dualstacklint/dualstacklint/analyzer"
	dsreport "github.com/dualstacklint/dualstacklint/internal/report"
)

const reportUsage = `dualstacklint report writes the IPv6 readiness report of packages: every
AWS SDK client, hard-coded AWS endpoint and link-local AWS address, each with
a class (breaks, blocked, code, fix, env, unknown, ready), and the dual-stack
evidence of each service in each target region.

Usage:
  dualstacklint report [-format html|markdown|json] [-o file] [-regions ...] [-env KEY=VALUE] [-config file] [packages]

Exit status: 0 report written, 1 packages that do not load (the report is
written, without them) or an internal error, 2 usage or configuration error.

Flags:
`

// reportFormats are the renderers of -format.
var reportFormats = map[string]func(io.Writer, *dsreport.Report) error{
	"html":     dsreport.WriteHTML,
	"markdown": dsreport.WriteMarkdown,
	"json":     dsreport.WriteJSON,
}

// reportMain is `dualstacklint report`: it returns the exit code.
func reportMain(args []string, stdout, stderr io.Writer) int {
	suite, err := configFromArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint: %v\n", err)
		return exitUsage
	}

	fs := flag.NewFlagSet("dualstacklint report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		format, out, tags string
		tests             bool
	)
	fs.StringVar(&format, "format", "html", "report `format`: html (one self-contained page), markdown (for a pull-request comment) or json")
	fs.StringVar(&out, "o", "", "write the report to `file` instead of standard output")
	fs.String("config", "", "configuration `file` (default: "+analyzer.ConfigFile+" at the module root; read before the other flags)")
	fs.StringVar(&tags, "tags", "", "comma-separated build `tags`")
	fs.BoolVar(&tests, "test", true, "analyse packages with their tests, as go vet does (sites in _test.go files are not listed)")
	analyzer.RegisterFlags(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, reportUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	write, ok := reportFormats[format]
	if !ok {
		fmt.Fprintf(stderr, "dualstacklint report: unknown -format %q (%s)\n", format, strings.Join(reportFormatNames(), ", "))
		return exitUsage
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}

	rep, incomplete, err := buildReport(reportInput{suite: suite, patterns: patterns, tags: tags, tests: tests}, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint report: %v\n", err)
		return exitError
	}
	// Render in memory first: -o never leaves a half-written file.
	var b bytes.Buffer
	if err := write(&b, rep); err != nil {
		fmt.Fprintf(stderr, "dualstacklint report: %v\n", err)
		return exitError
	}
	if out == "" {
		_, err = stdout.Write(b.Bytes())
	} else {
		err = os.WriteFile(out, b.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint report: %v\n", err)
		return exitError
	}
	if incomplete {
		return exitError
	}
	return exitClean
}

// reportFormatNames lists -format's values, for messages.
func reportFormatNames() []string {
	var names []string
	for n := range reportFormats {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
