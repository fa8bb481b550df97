package dualstackbreak

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/plan"
)

const Name = plan.Break

var Analyzer = &analysis.Analyzer{
	Name: Name,
	Doc: `report dual-stack endpoints enabled where they cannot work

Reports dual-stack together with a custom endpoint, in a constant region where
the service has no verified dual-stack endpoint, in an isolated partition or a
pseudo region; S3 UseAccelerate with FIPS or in China; and DynamoDB's
BaseEndpoint set to its own dual-stack hostname.`,
	URL:      dualstack.DocURL(Name),
	Requires: []*analysis.Analyzer{plan.Analyzer},
	Run:      run,
}

// run reports the check's share of the package's plan.
func run(pass *analysis.Pass) (any, error) {
	for d := range pass.ResultOf[plan.Analyzer].(*plan.Plan).For(Name) {
		pass.Report(d)
	}
	return nil, nil
}
