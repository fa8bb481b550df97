package main

// TestE2E runs the dualstacklint binary through every driver on code using
// the real AWS SDK for Go (v2 and v1): testdata/realsdk, a module of its own
// that requires the SDK modules at the versions of the repository's go.mod
// (it is under testdata, so "go test ./..." of the repository does not build
// it). Every run happens in a temporary copy of it, with GOFLAGS=-mod=mod and
// GOWORK=off.
//
// In order:
//   - AsWritten: the cases compile against the real SDK;
//   - Standalone: dualstacklint -regions us-west-2,eu-west-1 ./... exits 3
//     (findings) with exactly the diagnostics of expected.txt, printed as
//     "file:line:col: message (check)";
//   - JSON: -json exits 3 with the x/tools JSON tree (package → analyzer →
//     diagnostics with posn, category, message, suggested_fixes) holding the
//     same diagnostics, each once (not again under "p [p.test]"); fixes are offered exactly where the checks document
//     them, and their edits, applied as an editor would (unformatted), are
//     gofmt-clean and give the golden files;
//   - SARIF: -format=sarif exits 3 with the same diagnostics, each once,
//     located relative to %SRCROOT% (the module root: the copy is no git
//     repository), each with a fingerprint of its own;
//   - Fix: -fix leaves exactly the golden files (gofmt-clean), which build;
//     it, a second -fix -diff (no diff) and a plain run all exit 3 reporting
//     exactly the diagnostics without fixes;
//   - FixDiff: -fix -diff exits 3, reports every diagnostic and prints diffs
//     that turn the sources into the golden files, without touching them;
//     their hunk headers are consistent (counts match the bodies, new-file
//     starts follow from the old ones and the earlier hunks), and git apply
//     --check accepts them and git apply gives the golden files.
//
// Then in parallel (GoCommand):
//   - GoVet: go vet ./... passes on the cases as written and after -fix;
//   - Vet: go vet -vettool=dualstacklint -regions=... ./... exits 1 and prints
//     the expected diagnostics as "file:line:col: message" on stderr; run
//     again, it prints them from the go command's cache without running the
//     tool on any package; on the clean package it exits 0 silently;
//   - GoFix: go fix -fixtool=dualstacklint -regions=... -diff ./... exits 1
//     (the diff is not empty) with diffs that give the golden files, go fix
//     without -diff applies them (exit 0, the module still builds), and a
//     second go fix -diff prints nothing (exit 0). go fix forwards -regions
//     because the tool lists it in -flags; without it the FlagRegions cases
//     would get no fix;
//   - Clean: a package with only negative cases: exit 0 and no output, with
//     the default and an explicit -regions;
//   - BadFlag: -regions nosuch-region-9 exits 2 with "invalid value ...
//     unknown region" first on stderr; through go vet, exit 1 with the same
//     message.
//
// go test ./cmd/dualstacklint -run E2E -update rewrites
// testdata/realsdk/golden from what -fix makes.

import (
	"flag"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/realsdk/golden from what dualstacklint -fix makes of testdata/realsdk")

const (
	realsdkDir   = "../../testdata/realsdk"
	goldenDir    = "golden"       // golden/<path>.golden: a source file after -fix
	expectedFile = "expected.txt" // the expected diagnostics
	e2eRegions   = "us-west-2,eu-west-1"
	cleanPkg     = "./clean"
	badRegion    = "nosuch-region-9"
	badFlagMsg   = `invalid value "nosuch-region-9" for flag -regions: unknown region "nosuch-region-9"`
)

// Exit codes. The standalone driver's are documented in main.go (0 no
// findings, 1 load or internal error, 2 usage error, 3 findings, also with
// -json, -fix and -fix -diff as long as findings remain); go vet -vettool and
// go fix -fixtool report like the go command: 1 for findings or a non-empty
// -diff.
const (
	codeClean     = 0
	codeUsage     = 2
	codeFindings  = 3
	codeGoFailure = 1
)

func TestE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the end-to-end test in -short mode: it builds the real AWS SDK for Go v2 and v1 (ec2, s3, dynamodb, ...) and runs go vet and go fix over it, minutes on a cold build cache")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the end-to-end test runs the go command: %v", err)
	}
	src, err := filepath.Abs(realsdkDir)
	if err != nil {
		t.Fatal(err)
	}
	exps := parseExpected(t, filepath.Join(src, expectedFile))
	bin := buildLinter(t, goCmd)
	env := nestedEnv()
	sources := goFiles(t, src)
	ro := copyModule(t, src, "readonly") // for the runs that change no file

	var (
		golden      map[string]string // read after Fix, which rewrites it under -update
		jsonDiags   []diag
		editorFixed map[string]string // the -json fixes applied as they are, unformatted
	)
	// unfixable are the diagnostics without a suggested fix: what -fix leaves.
	unfixable := func(t *testing.T) []diag {
		if jsonDiags == nil {
			t.Fatal("no diagnostics from the JSON subtest to compare with")
		}
		var out []diag
		for _, d := range jsonDiags {
			if d.fixes == 0 {
				out = append(out, d)
			}
		}
		return out
	}
	// standaloneDiags parses the standalone driver's stderr.
	standaloneDiags := func(t *testing.T, dir string, r result) []diag {
		diags, other := parseText(dir, r.stderr, true)
		for _, l := range other {
			t.Errorf("unexpected line on stderr: %q", l)
		}
		return diags
	}

	// Phase 1, in order: what needs the SDK compiled, and the standalone
	// driver's runs, which the later ones compare with.
	if !t.Run("AsWritten", func(t *testing.T) {
		if r := run(t, ro, env, goCmd, "build", "./..."); r.code != 0 {
			t.Fatalf("the cases do not compile against the real SDK: go build ./...: %v", r)
		}
	}) {
		t.FailNow()
	}

	t.Run("Standalone", func(t *testing.T) {
		r := run(t, ro, env, bin, "-regions", e2eRegions, "./...")
		if r.code != codeFindings || r.stdout != "" {
			t.Errorf("want exit %d (findings) and no stdout: exit %d, stdout:\n%s", codeFindings, r.code, r.stdout)
		}
		checkDiags(t, "dualstacklint", exps, standaloneDiags(t, ro, r), true)
	})

	t.Run("JSON", func(t *testing.T) {
		r := run(t, ro, env, bin, "-regions", e2eRegions, "-json", "./...")
		if r.code != codeFindings || r.stderr != "" {
			t.Errorf("-json: want exit %d (findings) and no stderr: %v", codeFindings, r)
		}
		diags, fixes := parseJSON(t, ro, r.stdout)
		checkDiags(t, "dualstacklint -json", exps, diags, true)
		for _, d := range diags {
			if want := documentedFixes(d); d.fixes != want {
				t.Errorf("%s: %d suggested fixes, want %d", d, d.fixes, want)
			}
		}
		jsonDiags = diags
		editorFixed = applyEdits(t, ro, fixes)
	})

	t.Run("SARIF", func(t *testing.T) {
		r := run(t, ro, env, bin, "-regions", e2eRegions, "-format=sarif", "./...")
		if r.code != codeFindings || r.stderr != "" {
			t.Errorf("-format=sarif: want exit %d (findings) and no stderr: %v", codeFindings, r)
		}
		checkDiags(t, "dualstacklint -format=sarif", exps, parseSARIF(t, ro, r.stdout), true)
	})

	fixedDir := copyModule(t, src, "fixed") // Fix fixes it; GoVet vets it
	t.Run("Fix", func(t *testing.T) {
		dir := fixedDir
		r := run(t, dir, env, bin, "-regions", e2eRegions, "-fix", "./...")
		if r.code != codeFindings || r.stdout != "" {
			t.Errorf("-fix: want exit %d (unfixable findings remain) and no stdout: exit %d, stdout:\n%s", codeFindings, r.code, r.stdout)
		}
		checkSame(t, "-fix reports", standaloneDiags(t, dir, r), unfixable(t))

		fixed := changed(sources, goFiles(t, dir))
		if *update {
			writeGolden(t, src, fixed)
		}
		golden = readGolden(t, src)
		compareFiles(t, "dualstacklint -fix", fixed, golden)
		checkGofmt(t, "dualstacklint -fix", fixed)
		if editorFixed != nil {
			// The analyzers' own edits, before any driver formats them.
			compareFiles(t, "the -json fixes applied as they are", editorFixed, golden)
			checkGofmt(t, "the -json fixes applied as they are", editorFixed)
		}

		if r := run(t, dir, env, goCmd, "build", "./..."); r.code != 0 {
			t.Errorf("the fixed code does not compile: go build ./...: %v", r)
		}
		r = run(t, dir, env, bin, "-regions", e2eRegions, "-fix", "-diff", "./...")
		if r.code != codeFindings || r.stdout != "" {
			t.Errorf("-fix -diff after -fix: want exit %d (unfixable findings) and no diff: exit %d, stdout:\n%s", codeFindings, r.code, r.stdout)
		}
		checkSame(t, "-fix -diff after -fix reports", standaloneDiags(t, dir, r), unfixable(t))
		r = run(t, dir, env, bin, "-regions", e2eRegions, "./...")
		if r.code != codeFindings {
			t.Errorf("dualstacklint after -fix: exit code %d, want %d", r.code, codeFindings)
		}
		checkSame(t, "dualstacklint after -fix reports", standaloneDiags(t, dir, r), unfixable(t))
	})
	if golden == nil {
		golden = readGolden(t, src)
	}

	t.Run("FixDiff", func(t *testing.T) {
		r := run(t, ro, env, bin, "-regions", e2eRegions, "-fix", "-diff", "./...")
		if r.code != codeFindings {
			t.Errorf("-fix -diff: exit code %d, want %d (the findings are not fixed)", r.code, codeFindings)
		}
		checkDiags(t, "dualstacklint -fix -diff", exps, standaloneDiags(t, ro, r), true)
		checkDiff(t, "dualstacklint -fix -diff", ro, r.stdout, sources, golden)
		compareFiles(t, "sources after -fix -diff", changed(sources, goFiles(t, ro)), nil)
		for name, hunks := range parseUnified(t, ro, r.stdout) {
			if err := checkHunkHeaders(hunks); err != nil {
				t.Errorf("-fix -diff of %s: %v", name, err)
			}
		}
		checkGitApply(t, "dualstacklint -fix -diff", src, r.stdout, sources, golden)
	})

	// Phase 2, in parallel: the go command's runs. Each go vet or go fix
	// with other flags runs the tool over every dependency again (ec2 is
	// the big one), so runs with the same flags come one after the other.
	t.Run("GoCommand", func(t *testing.T) {
		t.Run("GoVet", func(t *testing.T) {
			t.Parallel()
			if r := run(t, ro, env, goCmd, "vet", "./..."); r.code != 0 {
				t.Errorf("go vet ./... of the cases as written: %v", r)
			}
			if r := run(t, fixedDir, env, goCmd, "vet", "./..."); r.code != 0 {
				t.Errorf("go vet ./... of the fixed code: %v", r)
			}
		})

		t.Run("Vet", func(t *testing.T) {
			t.Parallel()
			r := run(t, ro, env, goCmd, "vet", "-vettool="+bin, "-regions="+e2eRegions, "./...")
			if r.code != codeGoFailure || r.stdout != "" {
				t.Errorf("go vet: want exit %d (findings) and no stdout: exit %d, stdout:\n%s", codeGoFailure, r.code, r.stdout)
			}
			diags, other := parseText(ro, r.stderr, false)
			for _, l := range other {
				t.Errorf("go vet: unexpected line on stderr: %q", l)
			}
			checkDiags(t, "go vet -vettool", exps, diags, false)

			// The same run again: every result, findings included, comes
			// from the go command's cache (TestVetCache tests what
			// invalidates it).
			r = run(t, ro, env, goCmd, "vet", "-x", "-vettool="+bin, "-regions="+e2eRegions, "./...")
			if runs := toolRuns(bin, r.stderr); len(runs) != 0 {
				t.Errorf("a second go vet -vettool of the unchanged module ran the tool %d times:\n%s", len(runs), strings.Join(runs, "\n"))
			}
			again, _ := parseText(ro, r.stderr, false)
			if r.code != codeGoFailure {
				t.Errorf("second go vet: exit %d, want %d", r.code, codeGoFailure)
			}
			checkSame(t, "second go vet -vettool", again, diags)

			// The clean package, with the same flags (so the tool's runs
			// on the dependencies come from the cache).
			if r := run(t, ro, env, goCmd, "vet", "-vettool="+bin, "-regions="+e2eRegions, cleanPkg); r.code != 0 || r.stdout != "" || r.stderr != "" {
				t.Errorf("go vet -vettool %s: want exit 0 and no output: %v", cleanPkg, r)
			}
		})

		t.Run("GoFix", func(t *testing.T) {
			t.Parallel()
			r := run(t, ro, env, goCmd, "fix", "-fixtool="+bin, "-regions="+e2eRegions, "-diff", "./...")
			if r.code != codeGoFailure || r.stderr != "" {
				t.Errorf("go fix -diff: want exit %d (the diff is not empty) and no stderr: exit %d, stderr:\n%s", codeGoFailure, r.code, r.stderr)
			}
			checkDiff(t, "go fix -diff", ro, r.stdout, sources, golden)
			compareFiles(t, "sources after go fix -diff", changed(sources, goFiles(t, ro)), nil)

			dir := copyModule(t, src, "gofixed")
			if r := run(t, dir, env, goCmd, "fix", "-fixtool="+bin, "-regions="+e2eRegions, "./..."); r.code != 0 || r.stdout != "" || r.stderr != "" {
				t.Fatalf("go fix: want exit 0 and no output: %v", r)
			}
			compareFiles(t, "go fix", changed(sources, goFiles(t, dir)), golden)
			if r := run(t, dir, env, goCmd, "build", "./..."); r.code != 0 {
				t.Errorf("the code go fix fixed does not compile: go build ./...: %v", r)
			}
			if r := run(t, dir, env, goCmd, "fix", "-fixtool="+bin, "-regions="+e2eRegions, "-diff", "./..."); r.code != 0 || r.stdout != "" {
				t.Errorf("go fix -diff after go fix: want exit 0 and no diff: %v", r)
			}
		})

		t.Run("Clean", func(t *testing.T) {
			t.Parallel()
			for _, args := range [][]string{{cleanPkg}, {"-regions", e2eRegions, cleanPkg}} {
				if r := run(t, ro, env, bin, args...); r.code != codeClean || r.stdout != "" || r.stderr != "" {
					t.Errorf("dualstacklint %s: want exit %d and no output: %v", strings.Join(args, " "), codeClean, r)
				}
			}
		})

		t.Run("BadFlag", func(t *testing.T) {
			t.Parallel()
			r := run(t, ro, env, bin, "-regions", badRegion, "./...")
			if r.code != codeUsage || r.stdout != "" {
				t.Errorf("-regions %s: want exit %d and no stdout: exit %d, stdout:\n%s", badRegion, codeUsage, r.code, r.stdout)
			}
			if first, _, _ := strings.Cut(r.stderr, "\n"); first != badFlagMsg {
				t.Errorf("-regions %s: stderr starts with %q, want %q", badRegion, first, badFlagMsg)
			}
			// go vet learns the flag's name from the tool's -flags, not
			// whether a value is valid: every run of the tool (one per
			// package of the build, dependencies included) fails with the
			// message. ./dot has the fewest dependencies.
			r = run(t, ro, env, goCmd, "vet", "-vettool="+bin, "-regions="+badRegion, "./dot")
			if r.code != codeGoFailure || !strings.Contains(r.stderr, badFlagMsg) {
				t.Errorf("go vet -regions=%s: want exit %d and %q on stderr: exit %d, stderr:\n%.2000s", badRegion, codeGoFailure, badFlagMsg, r.code, r.stderr)
			}
		})
	})
}

// checkSame requires got to be want, by file and message (fixes move lines).
func checkSame(t *testing.T, what string, got, want []diag) {
	t.Helper()
	if g, w := fileMessages(got), fileMessages(want); !slices.Equal(g, w) {
		t.Errorf("%s:\n\t%s\nwant the diagnostics without fixes:\n\t%s", what, strings.Join(g, "\n\t"), strings.Join(w, "\n\t"))
	}
}

// buildLinter builds this command into a temporary directory.
func buildLinter(t *testing.T, goCmd string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dualstacklint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if r := run(t, ".", os.Environ(), goCmd, "build", "-o", bin, "."); r.code != 0 {
		t.Fatalf("building dualstacklint: %v", r)
	}
	return bin
}

// documentedFixes is how many suggested fixes a diagnostic has, by the
// checks' documentation: none where dual-stack would break (dualstackbreak),
// for link-local addresses (linklocal) and ignore directives (ignore), where
// the service lacks a verified endpoint or the host a dual-stack form ("no
// fix: ..."), where the config leaves the function, for DynamoDB's
// BaseEndpoint and where the deprecated and the global switch disagree
// (legacydualstack: which one to keep is a decision); one everywhere else.
func documentedFixes(d diag) int {
	switch {
	case d.category == "dualstackbreak", d.category == "linklocal", d.category == "ignore",
		strings.Contains(d.message, "; no fix: "), strings.HasSuffix(d.message, "(no fix)"),
		strings.Contains(d.message, "so the clients built from it are not visible here"),
		strings.Contains(d.message, "explicitly disabled for a config that"),
		strings.Contains(d.message, "explicitly disabled for a session that"),
		strings.Contains(d.message, "DynamoDB rejects its dual-stack hostname as an endpoint override"),
		d.category == "legacydualstack" && strings.Contains(d.message, "are set and disagree"):
		return 0
	}
	return 1
}

// fileMessages lists diagnostics as "file: [check] message", sorted.
func fileMessages(diags []diag) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.file+": ["+d.category+"] "+d.message)
	}
	sort.Strings(out)
	return out
}

// checkDiff checks -diff output: one diff per file, which applied to the
// sources gives the golden files.
func checkDiff(t *testing.T, what, dir, out string, sources, golden map[string]string) {
	t.Helper()
	got := map[string]string{}
	for name, hunks := range parseUnified(t, dir, out) {
		old, ok := sources[name]
		if !ok {
			t.Errorf("%s: diff of %s, which is not a source file", what, name)
			continue
		}
		fixed, err := applyUnified(old, hunks)
		if err != nil {
			t.Errorf("%s: the diff of %s does not apply: %v", what, name, err)
			continue
		}
		got[name] = fixed
	}
	compareFiles(t, what, got, golden)
}

// compareFiles requires got and want to hold the same files with the same
// contents.
func compareFiles(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	names := map[string]bool{}
	for n := range got {
		names[n] = true
	}
	for n := range want {
		names[n] = true
	}
	sorted := make([]string, 0, len(names))
	for n := range names {
		sorted = append(sorted, n)
	}
	sort.Strings(sorted)
	for _, n := range sorted {
		g, inGot := got[n]
		w, inWant := want[n]
		switch {
		case !inGot && want == nil:
		case !inGot:
			t.Errorf("%s: %s is not changed; the golden file has fixes (run with -update if the fixes are right)", what, n)
		case !inWant && want == nil:
			t.Errorf("%s: %s is changed", what, n)
		case !inWant:
			t.Errorf("%s: %s is changed, but has no golden file %s (run with -update if the fixes are right):\n%s", what, n, goldenName(n), g)
		case g != w:
			t.Errorf("%s: %s differs from %s (run with -update if the fixes are right): %s", what, n, goldenName(n), firstDiff(g, w))
		}
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			return "line " + strconv.Itoa(i+1) + ":\n\tgot:  " + gl + "\n\twant: " + wl
		}
	}
	return "(equal lines)"
}

// checkGofmt requires every file to be gofmt-clean.
func checkGofmt(t *testing.T, what string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		formatted, err := format.Source([]byte(content))
		if err != nil {
			t.Errorf("%s: %s does not parse: %v", what, name, err)
		} else if string(formatted) != content {
			t.Errorf("%s: %s is not gofmt-clean: %s", what, name, firstDiff(content, string(formatted)))
		}
	}
}

func goldenName(file string) string {
	return filepath.ToSlash(filepath.Join(goldenDir, file)) + ".golden"
}

// readGolden returns the golden files by the source file they stand for.
func readGolden(t *testing.T, src string) map[string]string {
	t.Helper()
	return readGoldenIn(t, filepath.Join(src, goldenDir))
}

// readGoldenIn reads the golden files under root.
func readGoldenIn(t *testing.T, root string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		r, _ := filepath.Rel(root, path)
		name, ok := strings.CutSuffix(filepath.ToSlash(r), ".golden")
		if !ok {
			t.Errorf("%s: not a .golden file", path)
		}
		files[name] = string(data)
		return nil
	})
	if err != nil {
		t.Fatalf("reading the golden files (go test -run E2E -update writes them): %v", err)
	}
	return files
}

// writeGolden replaces the golden files with files.
func writeGolden(t *testing.T, src string, files map[string]string) {
	t.Helper()
	writeGoldenIn(t, filepath.Join(src, goldenDir), files)
}

// writeGoldenIn replaces the golden files under root with files.
func writeGoldenIn(t *testing.T, root string, files map[string]string) {
	t.Helper()
	if err := os.RemoveAll(root); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name)+".golden")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %d golden files under %s", len(files), root)
}
