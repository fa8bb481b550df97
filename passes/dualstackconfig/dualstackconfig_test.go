package dualstackconfig_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/dualstackconfig"
	"github.com/dualstacklint/dualstacklint/passes/internal/settings"
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
	analysistest.RunWithSuggestedFixes(t, testdata, dualstackconfig.Analyzer, "dualstackconfig/a", "dualstackconfig/clash", "dualstackconfig/noimport", "dualstackconfig/v1", "dualstackconfig/flow")
}

// TestEnv lints with -env AWS_USE_DUALSTACK_ENDPOINT=true: configs that read
// the environment are opted in; code that disables dual-stack is not.
func TestEnv(t *testing.T) {
	saved := settings.Deployment
	t.Cleanup(func() { settings.Deployment = saved })
	if err := settings.Deployment.Set(settings.UseDualStack + "=true"); err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, dualstackconfig.Analyzer, "dualstackconfig/env")
}
