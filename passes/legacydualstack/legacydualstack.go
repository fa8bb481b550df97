package legacydualstack

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/plan"
)

const Name = plan.Legacy

var Analyzer = &analysis.Analyzer{
	Name:     Name,
	Doc:      doc,
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
