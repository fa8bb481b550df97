package analyzer_test

import (
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing: the baseline",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
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
	run := func(as []*analysis.Analyzer) time.Duration {
		start := time.Now()
		if _, err := checker.Analyze(as, pkgs, nil); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	var suite, base time.Duration
	b.ResetTimer()
	for b.Loop() {
		base += run([]*analysis.Analyzer{noop})
		suite += run(analyzer.Suite)
	}
	b.ReportMetric(float64(suite)/float64(base), "x-noop")
	b.ReportMetric(float64(suite-base)/float64(b.N*len(pkgs)), "ns-extra/pkg")
}
