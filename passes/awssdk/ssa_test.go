package awssdk

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"
)

// TestSharedProgramReleases checks that packages analysed in one run share
// the program and leave nothing of themselves in it: no function bodies and
// none of their syntax (golangci-lint drops a package's syntax and type
// information once it is analysed; the program must not keep them alive).
func TestSharedProgramReleases(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, testdata, Analyzer, "awssdk/shared/a", "awssdk/shared/b")
	shared.Lock()
	defer shared.Unlock()
	if shared.prog == nil {
		t.Fatal("no shared program")
	}
	for _, r := range results {
		res := r.Result.(*Result)
		if len(res.Clients) == 0 {
			t.Errorf("%s: no clients found", r.Pass.Pkg.Path())
		}
		if r.Pass.Fset != shared.prog.Fset {
			t.Fatalf("%s: analysed outside the shared program", r.Pass.Pkg.Path())
		}
		sp := shared.prog.Package(r.Pass.Pkg)
		if sp == nil {
			continue
		}
		for name, m := range sp.Members {
			fn, ok := m.(*ssa.Function)
			if !ok {
				continue
			}
			if fn.Blocks != nil {
				t.Errorf("%s.%s: the program keeps its body", r.Pass.Pkg.Path(), name)
			}
			if syn := fn.Syntax(); syn != nil && syn.Pos().IsValid() {
				t.Errorf("%s.%s: the program keeps its syntax", r.Pass.Pkg.Path(), name)
			}
		}
	}
}
