package ipv4endpoint_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/ipv4endpoint"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func Test(t *testing.T) {
	old := awssdk.Regions
	t.Cleanup(func() { awssdk.Regions = old })
	if err := awssdk.Regions.Set("us-west-2,eu-west-1"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), ipv4endpoint.Analyzer, "ipv4endpoint/a", "ipv4endpoint/consts")
}

func TestAll(t *testing.T) {
	if err := ipv4endpoint.Analyzer.Flags.Set("all", "true"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ipv4endpoint.Analyzer.Flags.Set("all", "false") })
	analysistest.RunWithSuggestedFixes(t, testdata(t), ipv4endpoint.Analyzer, "ipv4endpoint/all")
}
