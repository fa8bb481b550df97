// Command noopvet is the baseline of the start-up benchmark: a vet tool
// under the same driver (x/tools multichecker/unitchecker) with one analyzer
// that does nothing.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

func main() {
	multichecker.Main(&analysis.Analyzer{
		Name: "noop",
		Doc:  "does nothing",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	})
}
