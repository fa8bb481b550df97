package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSuppression: the suite's checks drop what directives cover, and only
// that.
func TestSuppression(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Lookup("ipv4endpoint"), "ignore/a")
	analysistest.Run(t, testdata(t), analyzer.Lookup("linklocal"), "ignore/filelevel")
}

// TestDirectives: malformed and unused directives are reported, at the
// directive.
func TestDirectives(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Lookup("ignore"), "ignore/unused")
}
