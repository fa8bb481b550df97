// Command noop is the corpus runner's baseline: a multichecker with one
// analyzer that does nothing. Run under the same driver as dualstacklint
// (go vet -vettool, or standalone), it measures what loading and
// type-checking the packages cost, so the runner can tell how much the
// checks themselves add.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

// Analyzer does nothing: no requirements, no facts, no diagnostics.
var Analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing; it is the baseline of the corpus runner's measurements",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(Analyzer) }
