package dualstackbreak_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/dualstackbreak"
	"github.com/dualstacklint/dualstacklint/passes/internal/settings"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func Test(t *testing.T) {
	analysistest.Run(t, testdata(t), dualstackbreak.Analyzer, "dualstackbreak/a", "dualstackbreak/v1", "dualstackbreak/flow")
}

// TestEnv lints with -env AWS_USE_DUALSTACK_ENDPOINT=true: the clients the
// variable breaks are reported, with a fix that opts each out.
func TestEnv(t *testing.T) {
	saved := settings.Deployment
	t.Cleanup(func() { settings.Deployment = saved })
	if err := settings.Deployment.Set(settings.UseDualStack + "=true"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), dualstackbreak.Analyzer, "dualstackbreak/env")
}
