package legacydualstack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/legacydualstack"
)

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	old := awssdk.Regions
	t.Cleanup(func() { awssdk.Regions = old })
	if err := awssdk.Regions.Set("us-west-2,eu-west-1"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, legacydualstack.Analyzer, "legacydualstack/...")
}
