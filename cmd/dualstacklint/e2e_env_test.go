package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const envFlag = "AWS_USE_DUALSTACK_ENDPOINT=true"

// TestE2EEnv lints testdata/realsdk/envbreaks as a deployment with
// AWS_USE_DUALSTACK_ENDPOINT=true: the clients the variable breaks are
// reported (expected-env.txt), -fix opts each out, the fixed code builds and
// gives golden-env, and a second -fix changes nothing. Then it checks the
// readiness report's classes: one site of each on testdata/realsdk/classes,
// and what -env changes on envbreaks.
func TestE2EEnv(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the end-to-end test in -short mode: it builds the real AWS SDK")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	src, err := filepath.Abs(realsdkDir)
	if err != nil {
		t.Fatal(err)
	}
	exps := parseExpected(t, filepath.Join(src, "expected-env.txt"))
	bin := buildLinter(t, goCmd)
	env := nestedEnv()
	dir := copyModule(t, src, "env")
	lint := func(args ...string) result {
		return run(t, dir, env, bin, append([]string{"-regions", e2eRegions, "-env", envFlag}, args...)...)
	}

	r := lint("-json", "./envbreaks/")
	if r.code != codeFindings {
		t.Fatalf("-env: want exit %d (findings): %v", codeFindings, r)
	}
	diags, _ := parseJSON(t, dir, r.stdout)
	checkDiags(t, "dualstacklint -env", exps, diags, true)
	for _, d := range diags {
		if d.fixes != 1 {
			t.Errorf("%s: %d suggested fixes, want 1 (opt the client out)", d, d.fixes)
		}
	}

	sources := goFiles(t, src)
	if r := lint("-fix", "./envbreaks/"); r.code != 0 {
		t.Errorf("-env -fix: want exit 0 (every finding fixed): %v", r)
	}
	fixed := changed(sources, goFiles(t, dir))
	const goldenEnv = "golden-env"
	if *update {
		writeGoldenIn(t, filepath.Join(src, goldenEnv), fixed)
	}
	compareFiles(t, "dualstacklint -env -fix", fixed, readGoldenIn(t, filepath.Join(src, goldenEnv)))
	checkGofmt(t, "dualstacklint -env -fix", fixed)
	if r := run(t, dir, env, goCmd, "build", "./envbreaks/"); r.code != 0 {
		t.Errorf("the fixed code does not compile: %v", r)
	}
	if r := lint("-fix", "-diff", "./envbreaks/"); r.code != 0 || r.stdout != "" {
		t.Errorf("a second -env -fix -diff: want exit 0 and no diff: %v", r)
	}

	// The report, on a copy as written: a site of each class.
	rdir := copyModule(t, src, "report")
	classes := reportClasses(t, run(t, rdir, env, bin, "report", "-format", "json", "-regions", e2eRegions, "./classes/"))
	for line, want := range map[int]string{18: "ready", 24: "env", 29: "fix", 34: "code", 39: "blocked", 45: "breaks", 53: "unknown"} {
		if got := classes["classes/classes.go:"+strconv.Itoa(line)]; got != want {
			t.Errorf("report: classes/classes.go:%d is %q, want %q (all: %v)", line, got, want, classes)
		}
	}
	classes = reportClasses(t, run(t, rdir, env, bin, "report", "-format", "json", "-regions", e2eRegions, "-env", envFlag, "./envbreaks/"))
	for line, want := range map[int]string{21: "ready", 27: "breaks", 33: "breaks", 42: "breaks"} {
		if got := classes["envbreaks/envbreaks.go:"+strconv.Itoa(line)]; got != want {
			t.Errorf("report -env: envbreaks/envbreaks.go:%d is %q, want %q (all: %v)", line, got, want, classes)
		}
	}
}

// reportClasses maps "file.go:LINE" of each site of a JSON report to its
// class.
func reportClasses(t *testing.T, r result) map[string]string {
	t.Helper()
	if r.code != 0 {
		t.Fatalf("report: want exit 0: %v", r)
	}
	var rep struct {
		Sites []struct{ Posn, Class string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("report -format json: %v\n%s", err, r.stdout)
	}
	out := map[string]string{}
	for _, s := range rep.Sites {
		parts := strings.Split(s.Posn, ":")
		if len(parts) >= 2 {
			out[parts[0]+":"+parts[1]] = s.Class
		}
	}
	return out
}
