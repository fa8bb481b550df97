package dualstackconfig_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/dualstackconfig"
)

func TestMain(m *testing.M) {
	// Regions for code without a constant region; both have verified
	// dual-stack endpoints for the services the cases use.
	if err := awssdk.Regions.Set("us-west-2,eu-west-1"); err != nil {
		panic(err)
	}
	m.Run()
}

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, dualstackconfig.Analyzer, "dualstackconfig/...")
}
