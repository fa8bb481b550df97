package dualstackclient

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/plan"
)

const Name = plan.Client

var Analyzer = &analysis.Analyzer{
	Name: Name,
	Doc: `report AWS SDK service clients that do not use dual-stack endpoints

Reports svc.NewFromConfig and svc.New calls whose client ends up without
dual-stack where dualstackconfig does not report the config: clients from
aws.Config or svc.Options literals (they never read AWS_USE_DUALSTACK_ENDPOINT),
clients of configs that cannot be switched on as a whole, and explicit
DualStackEndpointStateDisabled. The fix sets
o.EndpointOptions.UseDualStackEndpoint when every target region has a
verified dual-stack endpoint.`,
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
