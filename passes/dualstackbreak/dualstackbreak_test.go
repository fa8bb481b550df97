package dualstackbreak_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/dualstackbreak"
)

func Test(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, dualstackbreak.Analyzer, "dualstackbreak/...")
}
