package main

// buildReport is the boundary between `dualstacklint report` (flags,
// rendering, output: report.go) and the analysis. Client sites come from
// the plan (passes/plan), which classes every client construction, finding
// or not; hard-coded endpoints and link-local addresses are the findings of
// ipv4endpoint and linklocal.

import (
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/dualstacklint/dualstacklint/endpoints"
	dsreport "github.com/dualstacklint/dualstacklint/internal/report"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/plan"
)

// planSites returns the sites the plans of the root packages class, each
// once across a package's test variants, outside test files.
func planSites(g *checker.Graph) []dsreport.Site {
	var out []dsreport.Site
	seen := map[string]bool{}
	roots := map[*packages.Package]bool{}
	for _, act := range g.Roots {
		roots[act.Package] = true
	}
	for act := range g.All() {
		p, ok := act.Result.(*plan.Plan)
		if !ok || !roots[act.Package] {
			continue
		}
		for _, s := range p.Sites {
			posn := act.Package.Fset.Position(s.Pos)
			key := posn.String()
			if seen[key] || strings.HasSuffix(posn.Filename, "_test.go") {
				continue
			}
			seen[key] = true
			out = append(out, dsreport.Site{
				Posn:    relPath(key),
				Kind:    dsreport.KindClient,
				Service: s.Service,
				Regions: s.Regions,
				Class:   s.Class,
				Check:   s.Check,
				Message: s.Message,
				Fix:     s.Fix,
			})
		}
	}
	return out
}

// reportInput is what the command line asks the report of.
type reportInput struct {
	suite    []*analysis.Analyzer // the configured suite (checks the configuration turns off are not run)
	patterns []string
	tags     string
	tests    bool
}

// buildReport loads the packages, runs the analysis and returns the report.
// Errors of packages that do not load are printed on stderr and make
// incomplete true (the report covers the rest); err is for failures that
// leave no report.
func buildReport(in reportInput, stderr io.Writer) (rep *dsreport.Report, incomplete bool, err error) {
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: in.tests}
	if in.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + in.tags}
	}
	pkgs, err := packages.Load(cfg, in.patterns...)
	if err != nil {
		return nil, false, err
	}
	incomplete = printErrors(stderr, pkgs) > 0
	// The plan is a root too: the checker keeps only roots' results.
	roots := analysed(pkgs)
	collectBeforeAnalysis(roots)
	graph, err := checker.Analyze(append(slices.Clip(in.suite), plan.Analyzer), roots, nil)
	if err != nil {
		return nil, false, err
	}
	findings, errs := collect(graph)
	for _, e := range errs {
		io.WriteString(stderr, "dualstacklint report: "+e.Error()+"\n")
		incomplete = true
	}

	rep = &dsreport.Report{
		Regions: awssdk.Regions.List(),
		Env:     envMap(),
	}
	calls, files := clientCalls(graph)
	services := map[string]bool{}
	planned := map[string]bool{plan.Config: true, plan.Client: true, plan.Break: true}
	for _, site := range planSites(graph) {
		rep.Sites = append(rep.Sites, site)
		if site.Service != "" {
			services[site.Service] = true
		}
	}
	for _, f := range findings {
		if f.check == "ignore" || planned[f.check] || strings.HasSuffix(f.posn.Filename, "_test.go") {
			continue // directives are not sites; the plan lists clients; tests do not run in the deployment
		}
		site := dsreport.Site{
			Posn:    relPath(f.posn.String()),
			Kind:    dsreport.KindClient,
			Service: calls[f.posn],
			Check:   f.check,
			Message: f.diag.Message,
			Fix:     len(f.diag.SuggestedFixes) > 0,
			Class:   dsreport.ClassCode,
		}
		switch f.check {
		case "linklocal":
			site.Kind = dsreport.KindLinkLocal
		case "ipv4endpoint":
			site.Kind = dsreport.KindEndpoint
			if h, ok := endpointAt(files[f.posn.Filename], f.diag.Pos); ok {
				site.Service = h.Service
				if h.Region != "" && h.Region != "global" {
					site.Regions = []string{h.Region}
				}
			}
		}
		switch {
		case f.check == "dualstackbreak":
			site.Class = dsreport.ClassBreaks
		case site.Fix:
			site.Class = dsreport.ClassFix
		}
		if site.Service != "" {
			services[site.Service] = true
		}
		rep.Sites = append(rep.Sites, site)
	}
	evidence := map[string]map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(services)) {
		if s, ok := serviceEvidence(name, rep.Regions); ok {
			rep.Services = append(rep.Services, s)
			evidence[name] = s.Regions
		}
	}
	// A finding without a fix on a service with no verified or documented
	// dual-stack endpoint in one of its regions is blocked there, not
	// waiting for code.
	for i, s := range rep.Sites {
		if s.Class != dsreport.ClassCode || evidence[s.Service] == nil {
			continue
		}
		regions := s.Regions
		if len(regions) == 0 {
			regions = rep.Regions
		}
		for _, r := range regions {
			if e := evidence[s.Service][r]; e == dsreport.EvidenceUnverified || e == dsreport.EvidenceNone {
				rep.Sites[i].Class = dsreport.ClassBlocked
				break
			}
		}
	}
	return rep, incomplete, nil
}

// envMap returns the -env settings as KEY → VALUE, from the flag's
// KEY=VALUE,... form.
func envMap() map[string]string {
	m := map[string]string{}
	if s := awssdk.Analyzer.Flags.Lookup("env").Value.String(); s != "" {
		for kv := range strings.SplitSeq(s, ",") {
			k, v, _ := strings.Cut(kv, "=")
			m[k] = v
		}
	}
	return m
}

// serviceEvidence is the dual-stack evidence of a service in each region.
func serviceEvidence(name string, regions []string) (dsreport.Service, bool) {
	svc, err := endpoints.LookupService(name)
	if err != nil {
		return dsreport.Service{}, false
	}
	out := dsreport.Service{Service: svc.Package, Regions: map[string]string{}}
	for _, r := range regions {
		e, err := svc.DualStack(r, false)
		if err != nil {
			continue
		}
		out.Regions[r] = evidence(e)
	}
	return out, true
}

// evidence maps the resolver's confidence and source to the report's
// evidence: verified from the SDK's endpoint data, documented from AWS
// documentation or the SDK's endpoint rules.
func evidence(e endpoints.Endpoint) string {
	switch e.Confidence {
	case endpoints.Verified:
		if e.Source.Kind == "sdk" {
			return dsreport.EvidenceVerified
		}
		return dsreport.EvidenceDocumented
	case endpoints.Derived:
		return dsreport.EvidenceUnverified
	}
	return dsreport.EvidenceNone
}

// clientCalls maps the position of each SDK service client construction in
// the root packages (svc.New, svc.NewFromConfig of v2 and v1 service
// packages) to its service, and returns the root packages' files by name.
func clientCalls(g *checker.Graph) (map[token.Position]string, map[string]*ast.File) {
	out := map[token.Position]string{}
	files := map[string]*ast.File{}
	seen := map[*packages.Package]bool{}
	for _, act := range g.Roots {
		p := act.Package
		if seen[p] || p.TypesInfo == nil {
			continue
		}
		seen[p] = true
		for _, file := range p.Syntax {
			files[p.Fset.File(file.Pos()).Name()] = file
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if svc := clientService(p.TypesInfo, call); svc != "" {
					out[p.Fset.Position(call.Pos())] = svc
				}
				return true
			})
		}
	}
	return out, files
}

func clientService(info *types.Info, call *ast.CallExpr) string {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || (fn.Name() != "New" && fn.Name() != "NewFromConfig") {
		return ""
	}
	for _, prefix := range []string{"github.com/aws/aws-sdk-go-v2/service/", "github.com/aws/aws-sdk-go/service/"} {
		if svc, ok := strings.CutPrefix(fn.Pkg().Path(), prefix); ok && !strings.Contains(svc, "/") {
			return svc
		}
	}
	return ""
}

// endpointAt parses the AWS endpoint in the string literal at pos, where an
// ipv4endpoint finding points.
func endpointAt(file *ast.File, pos token.Pos) (endpoints.Host, bool) {
	if file == nil {
		return endpoints.Host{}, false
	}
	var lit *ast.BasicLit
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil || lit != nil || n.Pos() > pos || n.End() <= pos {
			return false
		}
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
			lit = b
		}
		return true
	})
	if lit == nil {
		return endpoints.Host{}, false
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return endpoints.Host{}, false
	}
	h, err := endpoints.ParseHost(s)
	return h, err == nil
}
