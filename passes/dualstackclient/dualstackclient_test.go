package dualstackclient_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/dualstackclient"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func Test(t *testing.T) {
	setRegions(t, "us-west-2,eu-west-1")
	analysistest.RunWithSuggestedFixes(t, testdata(t), dualstackclient.Analyzer, "dualstackclient/a", "dualstackclient/dot", "dualstackclient/alias", "dualstackclient/v1", "dualstackclient/v1iam", "dualstackclient/testcallers")
}

func TestDefaultRegions(t *testing.T) {
	setRegions(t, "aws")
	analysistest.Run(t, testdata(t), dualstackclient.Analyzer, "dualstackclient/allregions")
}

func setRegions(t *testing.T, regions string) {
	old := awssdk.Regions
	if err := awssdk.Regions.Set(regions); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { awssdk.Regions = old })
}
