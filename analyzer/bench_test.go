package analyzer_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/passes/plan"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing: the baseline",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// timer returns a function that analyses pkgs with some analyzers and
// returns how long that took.
func timer(b *testing.B, pkgs []*packages.Package) func([]*analysis.Analyzer) time.Duration {
	return func(as []*analysis.Analyzer) time.Duration {
		start := time.Now()
		if _, err := checker.Analyze(as, pkgs, nil); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
}

// BenchmarkNoSDKPackages measures the suite on packages that import no AWS
// SDK (what go vet mostly feeds it) against a no-op analyzer under the same
// driver, alternating the two in the same run. It reports the ratio of their
// times as "x-noop".
func BenchmarkNoSDKPackages(b *testing.B) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, "net/http", "encoding/json", "go/types")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatal("loading packages failed")
	}
	run := timer(b, pkgs)
	var suite, base time.Duration
	b.ResetTimer()
	for b.Loop() {
		base += run([]*analysis.Analyzer{noop})
		suite += run(analyzer.Suite)
	}
	b.ReportMetric(float64(suite)/float64(base), "x-noop")
	b.ReportMetric(float64(suite-base)/float64(b.N*len(pkgs)), "ns-extra/pkg")
}

// BenchmarkSDKPackages measures the suite on packages that build AWS SDK
// configs and clients (testdata/src, against the SDK stubs), where the SDK
// model builds the package's SSA form, against a no-op analyzer under the
// same driver, alternating. "x-noop" is the ratio of their times,
// "ns-extra/pkg" what the suite adds per package; the "model" metrics are the
// same for the SDK model and the plan alone (the SSA form and value flow).
func BenchmarkSDKPackages(b *testing.B) {
	gopath, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		b.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "dualstackconfig/a", "dualstackconfig/flow", "dualstackclient/a", "dualstackbreak/a", "legacydualstack/a", "awssdk/model")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatal("loading packages failed")
	}
	run := timer(b, pkgs)
	var suite, model, base time.Duration
	b.ResetTimer()
	for b.Loop() {
		base += run([]*analysis.Analyzer{noop})
		model += run([]*analysis.Analyzer{plan.Analyzer})
		suite += run(analyzer.Suite)
	}
	b.ReportMetric(float64(suite)/float64(base), "x-noop")
	b.ReportMetric(float64(suite-base)/float64(b.N*len(pkgs)), "ns-extra/pkg")
	b.ReportMetric(float64(model-base)/float64(b.N*len(pkgs)), "model-ns-extra/pkg")
}
