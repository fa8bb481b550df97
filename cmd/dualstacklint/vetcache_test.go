package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// toolRuns returns the lines of go vet -x output (stderr) that run the tool
// on a package: "... TOOL [flags] $WORK/bNNN/vet.cfg".
func toolRuns(bin, stderr string) []string {
	var runs []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, bin) && strings.HasSuffix(strings.TrimSpace(l), "vet.cfg") {
			runs = append(runs, l)
		}
	}
	return runs
}

// vetDiags runs go vet -x -vettool=bin ./... in dir and returns the exit
// code, the diagnostics (file:line:col: message) and the tool runs.
func vetDiags(t *testing.T, dir, bin string) (int, []string, []string) {
	t.Helper()
	r := run(t, dir, nestedEnv(), "go", "vet", "-x", "-vettool="+bin, "./...")
	diags, _ := parseText(dir, r.stderr, false) // the rest is -x's trace
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	slices.Sort(out)
	return r.code, out, toolRuns(bin, r.stderr)
}

// TestVetCache checks that go vet caches the tool's results: a second
// go vet -vettool run on an unchanged module runs the tool on no package,
// neither the dependencies nor the module's packages (with findings too:
// since Go 1.26 go vet runs the tool with -json and replays its output),
// and reports the same findings; editing .dualstacklint.yml makes it run
// the tool again (the configuration is part of the tool ID the tool prints
// for -V=full), with the new configuration.
func TestVetCache(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in -short mode: it builds dualstacklint and runs go vet three times")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the test runs the go command: %v", err)
	}
	bin := buildLinter(t, goCmd)
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, map[string]string{
		filepath.Join(dir, "go.mod"):        "module example.com/vetcache\n\ngo 1.22\n",
		filepath.Join(dir, "clean", "c.go"): "package clean\n\nimport \"strings\"\n\nfunc Up(s string) string { return strings.ToUpper(s) }\n",
		filepath.Join(dir, "imds", "i.go"):  "package imds\n\nimport _ \"example.com/vetcache/clean\"\n\nvar URL = \"http://169.254.169.254/latest/meta-data\"\n",
	})

	code, first, runs := vetDiags(t, dir, bin)
	if code != codeGoFailure || len(first) != 1 || !strings.Contains(first[0], "imds/i.go:5:") {
		t.Fatalf("first go vet: want exit %d and the finding in imds/i.go: exit %d, %q", codeGoFailure, code, first)
	}
	if len(runs) < 2 {
		t.Fatalf("first go vet: the tool ran %d times, want at least once per package of the module (go vet -x shows no runs?)", len(runs))
	}
	code, second, runs := vetDiags(t, dir, bin)
	if code != codeGoFailure || !slices.Equal(second, first) {
		t.Errorf("second go vet: exit %d, %q; want exit %d and the first run's findings %q", code, second, codeGoFailure, first)
	}
	if len(runs) != 0 {
		t.Errorf("second go vet of the unchanged module ran the tool again:\n%s", strings.Join(runs, "\n"))
	}

	if err := os.WriteFile(filepath.Join(dir, ".dualstacklint.yml"), []byte("checks:\n  linklocal: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, third, runs := vetDiags(t, dir, bin)
	if code != 0 || len(third) != 0 {
		t.Errorf("go vet after .dualstacklint.yml turned linklocal off: want exit 0 and no findings, got exit %d, %q (a result cached under the old configuration?)", code, third)
	}
	if len(runs) == 0 {
		t.Errorf("go vet after editing .dualstacklint.yml did not run the tool")
	}
	if code, _, runs := vetDiags(t, dir, bin); code != 0 || len(runs) != 0 {
		t.Errorf("go vet again with the same configuration: exit %d, the tool ran %d times; want exit 0 and no runs", code, len(runs))
	}
}
