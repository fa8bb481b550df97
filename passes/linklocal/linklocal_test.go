package linklocal_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/linklocal"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Test covers every address in every form, and what is not reported:
// servers that bind the address, other link-local addresses, longer
// numbers, comments, test and generated files.
func Test(t *testing.T) {
	analysistest.Run(t, testdata(t), linklocal.Analyzer, "linklocal/a", "linklocal/server", "linklocal/notendpoints")
}

// TestIMDSClient sets -linklocal.imds-client.
func TestIMDSClient(t *testing.T) {
	setFlag(t, "imds-client", "true")
	analysistest.Run(t, testdata(t), linklocal.Analyzer, "linklocal/imdsclient")
}

// TestIMDSClientOff checks that the IMDS clients are not reported without
// the flag.
func TestIMDSClientOff(t *testing.T) {
	var quiet discard
	for _, r := range analysistest.Run(&quiet, testdata(t), linklocal.Analyzer, "linklocal/imdsclient") {
		for _, d := range r.Diagnostics {
			t.Errorf("%v: unexpected diagnostic without -imds-client: %s", r.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
}

// discard drops analysistest's complaints about unmatched "want"s.
type discard struct{}

func (discard) Errorf(string, ...any) {}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := linklocal.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := linklocal.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := linklocal.Analyzer.Flags.Set(name, old); err != nil {
			t.Error(err)
		}
	})
}
