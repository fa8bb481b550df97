// Package plan defines an Analyzer that decides, once per package, what the
// dual-stack checks report: for each config, session and client of the
// awssdk model, which check reports it, where, with which message and which
// fix, or why there is none. The checks only render their share of the
// plan, so a decision is made in one place and reported once.
package plan

import (
	"cmp"
	"go/ast"
	"go/token"
	"iter"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
)

// The checks whose decisions the plan makes. Their names are stable: they
// are the diagnostic categories, doc anchors and ignore keys.
const (
	Config = "dualstackconfig"
	Client = "dualstackclient"
	Break  = "dualstackbreak"
	Legacy = "legacydualstack"
)

var Analyzer = &analysis.Analyzer{
	Name:             "dualstackplan",
	Doc:              "decide what the dual-stack checks report, once per package (reports nothing itself)",
	URL:              "https://github.com/dualstacklint/dualstacklint/blob/main/docs/checks.md",
	Requires:         []*analysis.Analyzer{awssdk.Analyzer},
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Plan](),
}

// Plan is the package's decisions.
type Plan struct {
	findings []finding
	// Sites are every client construction and every config or session
	// finding not attached to a client, each with its readiness class,
	// for the report.
	Sites []Site
}

// A Site is one client construction (or config) and its readiness.
type Site struct {
	Pos     token.Pos
	Service string   // "" for a config or session
	Regions []string // the constant regions it may run in; nil: the target regions
	Class   string   // a report class: ready, env, fix, code, blocked, breaks, unknown
	Check   string   // the check that reports it, "" when none does
	Message string   // the finding's message, or why the site is in its class
	Fix     bool     // dualstacklint -fix changes it
}

type finding struct {
	check string
	diag  analysis.Diagnostic
}

// For returns the diagnostics a check reports, in source order.
func (p *Plan) For(check string) iter.Seq[analysis.Diagnostic] {
	return func(yield func(analysis.Diagnostic) bool) {
		for _, f := range p.findings {
			if f.check == check && !yield(f.diag) {
				return
			}
		}
	}
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[awssdk.Analyzer].(*awssdk.Result)
	p := &Plan{}
	if !res.SDK {
		return p, nil // no SDK import: nothing to decide
	}
	d := &decider{pass: pass, res: res, plan: p, views: map[view]*clientView{}, byClient: map[*awssdk.Client]int{}, byConfig: map[*awssdk.Config]int{}, breaks: map[*awssdk.Client]int{}}
	d.decide()
	d.legacy()
	d.sites()
	slices.SortStableFunc(p.findings, func(a, b finding) int { return cmp.Compare(a.diag.Pos, b.diag.Pos) })
	slices.SortStableFunc(p.Sites, func(a, b Site) int { return cmp.Compare(a.Pos, b.Pos) })
	return p, nil
}

// decider makes the decisions of one package.
type decider struct {
	pass  *analysis.Pass
	res   *awssdk.Result
	plan  *Plan
	views map[view]*clientView
	// The findings (indexes into plan.findings) reported at each client,
	// config, and what breaks each client.
	byClient map[*awssdk.Client]int
	byConfig map[*awssdk.Config]int
	breaks   map[*awssdk.Client]int
}

// report adds a finding unless its file is generated or a test, and
// returns its index (-1 when dropped).
func (d *decider) report(check string, file *ast.File, n ast.Node, msg string, fix *analysis.SuggestedFix) int {
	if dualstack.Skip(d.pass, file) {
		return -1
	}
	diag := analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg}
	if fix != nil {
		diag.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	return d.reportDiag(check, file, diag)
}

// reportDiag adds a finding made as a diagnostic, with the check's category
// and URL, unless its file is generated or a test.
func (d *decider) reportDiag(check string, file *ast.File, diag analysis.Diagnostic) int {
	if dualstack.Skip(d.pass, file) {
		return -1
	}
	diag.Category, diag.URL = check, dualstack.DocURL(check)
	d.plan.findings = append(d.plan.findings, finding{check, diag})
	return len(d.plan.findings) - 1
}

// line is the line of a node, for messages that point back to it.
func (d *decider) line(n ast.Node) int { return d.pass.Fset.Position(n.Pos()).Line }
