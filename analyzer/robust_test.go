package analyzer_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// TestRobustness runs the whole suite over odd packages (type errors, cgo,
// a vendored SDK, SDK types embedded in user structs, generated code, a very
// large file, unusual syntax): no panics, no analysis errors, and only the
// findings each case allows.
func TestRobustness(t *testing.T) {
	gopath := t.TempDir()
	copyTree(t, filepath.Join("..", "testdata", "src", "github.com"), filepath.Join(gopath, "src", "github.com"))
	copyTree(t, filepath.Join("testdata", "robust"), filepath.Join(gopath, "src", "robust"))
	copyTree(t, filepath.Join("..", "testdata", "src", "github.com"), filepath.Join(gopath, "src", "robust", "vend", "vendor", "github.com"))

	// A very large file: n functions, each with a config and a client.
	const n = 2000
	var b strings.Builder
	b.WriteString("package big\n\nimport (\n\t\"context\"\n\n\t\"github.com/aws/aws-sdk-go-v2/config\"\n\t\"github.com/aws/aws-sdk-go-v2/service/s3\"\n)\n")
	for i := range n {
		fmt.Fprintf(&b, "\nfunc f%d(ctx context.Context) *s3.Client {\n\tcfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(\"us-west-2\"))\n\treturn s3.NewFromConfig(cfg)\n}\n", i)
	}
	if err := os.MkdirAll(filepath.Join(gopath, "src", "robust", "big"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(gopath, "src", "robust", "big", "big.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  filepath.Join(gopath, "src", "robust"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze(analyzer.Suite, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string][]string{} // package → "check: message"
	for act := range graph.All() {
		if act.Err != nil && len(act.Package.Errors) == 0 {
			t.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		if len(act.Package.Errors) > 0 && act.Package.PkgPath != "robust/typeerr" {
			t.Errorf("%s does not load: %v", act.Package.PkgPath, act.Package.Errors)
		}
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			found[act.Package.PkgPath] = append(found[act.Package.PkgPath], act.Analyzer.Name+": "+d.Message)
			// cmd/cgo's rewrites are not the user's files: no fixes there.
			if act.Package.PkgPath == "robust/cgo" && len(d.SuggestedFixes) > 0 {
				t.Errorf("robust/cgo: a fix on cgo-rewritten code: %v", d.SuggestedFixes)
			}
		}
	}
	count := func(pkg, check string) int {
		k := 0
		for _, f := range found[pkg] {
			if strings.HasPrefix(f, check+":") {
				k++
			}
		}
		return k
	}
	if len(found["robust/typeerr"]) != 0 {
		t.Errorf("a package with type errors got findings: %v", found["robust/typeerr"])
	}
	if len(found["robust/generated"]) != 0 {
		t.Errorf("generated code got findings: %v", found["robust/generated"])
	}
	for _, pkg := range []string{"robust/cgo", "robust/vend"} {
		if count(pkg, "dualstackconfig") != 1 {
			t.Errorf("%s: want one dualstackconfig finding, got %v", pkg, found[pkg])
		}
	}
	if got := count("robust/big", "dualstackconfig"); got != n {
		t.Errorf("robust/big: %d dualstackconfig findings, want %d", got, n)
	}
	// One real config.LoadDefaultConfig (stored in a field: it escapes);
	// the package's own LoadDefaultConfig and NewFromConfig are not the SDK's.
	if got := count("robust/embed", "dualstackconfig"); got != 1 {
		t.Errorf("robust/embed: %d dualstackconfig findings, want 1: %v", got, found["robust/embed"])
	}
	if count("robust/embed", "dualstackclient") == 0 {
		t.Errorf("robust/embed: the client built in a goroutine from a literal config was not reported: %v", found["robust/embed"])
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
