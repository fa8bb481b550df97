package rawsource_test

import (
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/dualstacklint/dualstacklint/passes/internal/rawsource"
)

// BenchmarkUsedConstants measures what ipv4endpoint's prefilter adds to a
// package that imports net/http and names no AWS host itself: a walk of
// its uses. net/http/httputil (about 2,000 uses) stands for such a package.
func BenchmarkUsedConstants(b *testing.B) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedTypes | packages.NeedTypesInfo | packages.NeedSyntax}, "net/http/httputil")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatal("loading net/http/httputil failed")
	}
	p := pkgs[0]
	for b.Loop() {
		if rawsource.UsedConstants(p.TypesInfo, p.Types, rawsource.AWSHost) {
			b.Fatal("an AWS host in a standard library constant")
		}
	}
	b.ReportMetric(float64(len(p.TypesInfo.Uses)), "uses")
}
