package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/internal/checkdoc"
)

// Exit codes of the standalone driver.
const (
	exitClean    = 0
	exitError    = 1 // packages that do not load, analysis errors, fixes that cannot be written
	exitUsage    = 2 // bad flags or configuration
	exitFindings = 3
)

const usage = `dualstacklint finds AWS SDK for Go code that will not reach AWS from
IPv6-only networks, and fixes it.

Usage:
  dualstacklint [flags] [packages]    (default package: .)
  dualstacklint help [check]
  dualstacklint endpoints ...         see 'dualstacklint endpoints -h'
  dualstacklint awsconfig [FILE ...]  AWS shared config files; see 'dualstacklint awsconfig -h'
  dualstacklint report ...            the IPv6 readiness report; see 'dualstacklint report -h'

Exit status: 0 no findings, 1 load or internal error, 2 usage or
configuration error, 3 findings.

Flags:
`

// options are the standalone driver's own flags.
type options struct {
	fix, diff, json, tests bool
	format, tags, config   string
	context                int
}

// configFromArgs applies the configuration file that -config in args names
// (or the module's .dualstacklint.yml) before the flags are parsed, so that
// flags win over it, and returns the analyzers it selects.
func configFromArgs(args []string) ([]*analysis.Analyzer, error) {
	configPath := ""
	for i, a := range args {
		if v, ok := strings.CutPrefix(a, "-config="); ok {
			configPath = v
		} else if (a == "-config" || a == "--config") && i+1 < len(args) {
			configPath = args[i+1]
		}
	}
	return applyConfigFile(configPath)
}

// standalone runs the linter on packages and returns the exit code.
func standalone(args []string, stdout, stderr io.Writer) int {
	// The configuration file first, so that flags win over it.
	suite, err := configFromArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint: %v\n", err)
		return exitUsage
	}

	fs := flag.NewFlagSet("dualstacklint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.json, "json", false, "print diagnostics as JSON (the x/tools driver shape); same as -format=json")
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json, sarif (2.1.0) or github (workflow annotations)")
	fs.IntVar(&o.context, "c", -1, "with text output, print this many `lines` of context around each finding")
	fs.BoolVar(&o.tests, "test", true, "analyse packages with their tests, as go vet does (findings in _test.go files are not reported)")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags`")
	fs.StringVar(&o.config, "config", "", "configuration `file` (default: "+analyzer.ConfigFile+" at the module root)")
	analyzer.RegisterFlags(fs)
	enabled := map[*analysis.Analyzer]*triState{}
	for _, a := range analyzer.Suite {
		t := new(triState)
		enabled[a] = t
		fs.Var(t, a.Name, "enable only this check (or with =false, all but this one)")
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	if o.json {
		o.format = "json"
	}
	if !slices.Contains([]string{"text", "json", "sarif", "github"}, o.format) {
		fmt.Fprintf(stderr, "dualstacklint: unknown -format %q (text, json, sarif, github)\n", o.format)
		return exitUsage
	}
	if o.diff && !o.fix {
		fmt.Fprintln(stderr, "dualstacklint: -diff needs -fix")
		return exitUsage
	}
	patterns := fs.Args()
	if len(patterns) > 0 && patterns[0] == "help" {
		return help(stdout, stderr, patterns[1:])
	}
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	suite = selectAnalyzers(suite, enabled)

	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Tests: o.tests,
	}
	if o.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + o.tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint: %v\n", err)
		return exitError
	}
	code := exitClean
	if n := printErrors(stderr, pkgs); n > 0 {
		code = exitError
	}
	if len(pkgs) == 0 {
		fmt.Fprintf(stderr, "dualstacklint: no packages match %s\n", strings.Join(patterns, " "))
		return exitError
	}
	roots := analysed(pkgs)
	collectBeforeAnalysis(roots)
	graph, err := checker.Analyze(suite, roots, nil)
	if err != nil {
		fmt.Fprintf(stderr, "dualstacklint: %v\n", err)
		return exitError
	}
	findings, errs := collect(graph)
	for _, e := range errs {
		fmt.Fprintf(stderr, "dualstacklint: %v\n", e)
		code = exitError
	}

	remaining := findings
	if o.fix {
		var fixErr error
		remaining, fixErr = applyFixes(findings, o.diff, stdout, stderr)
		if fixErr != nil {
			fmt.Fprintf(stderr, "dualstacklint: %v\n", fixErr)
			return exitError
		}
	}
	if err := report(o, graph, remaining, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "dualstacklint: %v\n", err)
		return exitError
	}
	if len(remaining) > 0 && code == exitClean {
		code = exitFindings
	}
	return code
}

// triState is a -<check> flag: unset, true or false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (t *triState) String() string   { return [...]string{"", "true", "false"}[*t] }
func (t *triState) IsBoolFlag() bool { return true }
func (t *triState) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	*t = setFalse
	if b {
		*t = setTrue
	}
	return nil
}

// selectAnalyzers applies -<check> flags like multichecker: some =true runs
// only those; otherwise =false ones are dropped.
func selectAnalyzers(suite []*analysis.Analyzer, enabled map[*analysis.Analyzer]*triState) []*analysis.Analyzer {
	anyTrue := false
	for _, t := range enabled {
		anyTrue = anyTrue || *t == setTrue
	}
	var out []*analysis.Analyzer
	for _, a := range suite {
		switch t := *enabled[a]; {
		case anyTrue && t != setTrue:
		case t == setFalse:
		default:
			out = append(out, a)
		}
	}
	return out
}

func printErrors(w io.Writer, pkgs []*packages.Package) int {
	n := 0
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, err := range p.Errors {
			if !seen[err.Error()] {
				seen[err.Error()] = true
				fmt.Fprintln(w, err)
				n++
			}
		}
	})
	return n
}

// A finding is one diagnostic of a root package, deduplicated across the
// packages that hold the same file: every output format prints findings, so
// each lists a diagnostic once.
type finding struct {
	check string
	pkgID string // the package that reported it (p for "p [p.test]")
	fset  *token.FileSet
	diag  analysis.Diagnostic
	posn  token.Position
	end   token.Position
}

func collect(g *checker.Graph) ([]*finding, []error) {
	var out []*finding
	var errs []error
	seen := map[string]*finding{}
	for _, act := range g.Roots {
		if act.Err != nil && len(act.Package.Errors) > 0 {
			continue // skipped on a package that does not load: its errors were printed
		}
		if act.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			continue
		}
		for _, d := range act.Diagnostics {
			f := &finding{check: act.Analyzer.Name, pkgID: listedAs(act.Package), fset: act.Package.Fset, diag: d, posn: act.Package.Fset.Position(d.Pos)}
			if d.End.IsValid() {
				f.end = act.Package.Fset.Position(d.End)
			}
			key := fmt.Sprintf("%s:%d:%d %s %s", f.posn.Filename, f.posn.Line, f.posn.Column, f.check, d.Message)
			if seen[key] != nil {
				continue // a file in two of the packages analysed
			}
			seen[key] = f
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].posn, out[j].posn
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return out, errs
}

// help prints the documentation of the suite or of one check.
func help(stdout, stderr io.Writer, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage[:strings.Index(usage, "Flags:")])
		fmt.Fprintln(stdout, "Checks:")
		for _, a := range analyzer.Suite {
			title, _, _ := strings.Cut(a.Doc, "\n")
			fmt.Fprintf(stdout, "  %-16s %s\n", a.Name, title)
		}
		fmt.Fprintln(stdout, "\nRun 'dualstacklint help CHECK' for a check's documentation and flags.")
		return exitClean
	}
	code := exitClean
	for _, name := range args {
		a := analyzer.Lookup(name)
		if a == nil {
			fmt.Fprintf(stderr, "dualstacklint: unknown check %q\n", name)
			code = exitUsage
			continue
		}
		fmt.Fprint(stdout, checkHelp(a))
	}
	return code
}

// checkHelp is a check's documentation as 'dualstacklint help CHECK' prints
// it (and SARIF's rule help): its Doc, its flags and the link to
// docs/checks.md.
func checkHelp(a *analysis.Analyzer) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", a.Name, a.Doc)
	first := true
	a.Flags.VisitAll(func(f *flag.Flag) {
		if first {
			b.WriteString("Flags:\n")
			first = false
		}
		fmt.Fprintf(&b, "  -%s.%s\t%s\n", a.Name, f.Name, f.Usage)
	})
	if !first {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Documentation: %s\n", a.URL)
	return b.String()
}

// checkHelpMarkdown is checkHelp as Markdown, for code scanning's alert
// pages: the title as a heading, the Doc as docs/checks.md shows it, the
// flags as a list.
func checkHelpMarkdown(a *analysis.Analyzer) string {
	var b strings.Builder
	title, body := checkdoc.Split(a.Doc)
	fmt.Fprintf(&b, "## %s: %s\n\n", a.Name, markdownEscape(title))
	if body != "" {
		fmt.Fprintf(&b, "%s\n", checkdoc.Markdown(body, 3))
	}
	first := true
	a.Flags.VisitAll(func(f *flag.Flag) {
		if first {
			b.WriteString("Flags:\n\n")
			first = false
		}
		fmt.Fprintf(&b, "- `-%s.%s`: %s\n", a.Name, f.Name, markdownEscape(f.Usage))
	})
	if !first {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "[Documentation](%s)\n", a.URL)
	return b.String()
}

// markdownEscape escapes the characters Markdown would read as emphasis,
// code, links or HTML in plain documentation text.
func markdownEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;").Replace(s)
}
