package dualstackconfig

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/plan"
)

const Name = plan.Config

var Analyzer = &analysis.Analyzer{
	Name: Name,
	Doc: `report config.LoadDefaultConfig calls whose clients do not use dual-stack endpoints

Reports, once, where the decision is made: at config.LoadDefaultConfig when
all its clients are visible here and can be switched on (with a fix adding
config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)), when the
config leaves the function, or at an explicit DualStackEndpointStateDisabled.`,
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
