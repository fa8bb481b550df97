package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

const badEnvMsg = `invalid value "AWS_USE_DUALSTACK_ENDPOINT=yes" for flag -env: AWS_USE_DUALSTACK_ENDPOINT=yes: need true or false (the AWS SDKs fail on any other value)`

// TestEnvFlagStandalone: a bad -env is a usage error (exit 2) before
// anything loads, with the flag package's one-line message first.
func TestEnvFlagStandalone(t *testing.T) {
	var stdout, stderr strings.Builder
	if code := standalone([]string{"-env", "AWS_USE_DUALSTACK_ENDPOINT=yes", "./..."}, &stdout, &stderr); code != exitUsage || stdout.Len() > 0 {
		t.Errorf("exit %d, stdout %q; want %d and no output", code, stdout.String(), exitUsage)
	}
	if first, _, _ := strings.Cut(stderr.String(), "\n"); first != badEnvMsg {
		t.Errorf("stderr starts with %q, want %q", first, badEnvMsg)
	}
}

// TestEnvFlagVet runs the tool as go vet and go fix do, on a module with no
// dependencies: the tool lists -env in -flags, so go vet forwards it; a
// valid value runs, a bad one fails every package with one line.
func TestEnvFlagVet(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the linter and runs go vet")
	}
	bin := buildLinter(t, "go")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module m\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "m.go"), []byte("package m\n\nfunc F() {}\n"), 0o644)
	env := nestedEnv()

	if r := run(t, dir, env, bin, "-flags"); r.code != 0 || !strings.Contains(r.stdout, `"Name": "env"`) {
		t.Errorf("-flags does not list env: %v", r)
	}
	if r := run(t, dir, env, "go", "vet", "-vettool="+bin, "-env=AWS_USE_DUALSTACK_ENDPOINT=true", "-env=AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6", "."); r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Errorf("go vet with a valid -env: want exit 0 and no output: %v", r)
	}
	r := run(t, dir, env, "go", "vet", "-vettool="+bin, "-env=AWS_USE_DUALSTACK_ENDPOINT=yes", ".")
	if r.code != codeGoFailure || !strings.Contains(r.stderr, badEnvMsg) {
		t.Errorf("go vet with a bad -env: want exit %d and %q: %v", codeGoFailure, badEnvMsg, r)
	}
	// The go command prefixes the package; the tool itself says one line.
	var tool []string
	for l := range strings.Lines(r.stderr) {
		if strings.Contains(l, "AWS_USE_DUALSTACK_ENDPOINT") {
			tool = append(tool, l)
		}
	}
	if len(tool) != 1 {
		t.Errorf("go vet with a bad -env: want the message once, got:\n%s", r.stderr)
	}
	// go fix forwards the flag the same way.
	if r := run(t, dir, env, "go", "fix", "-fixtool="+bin, "-env=AWS_USE_DUALSTACK_ENDPOINT=false", "-diff", "."); r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Errorf("go fix with a valid -env: want exit 0 and no output: %v", r)
	}
	if r := run(t, dir, env, "go", "fix", "-fixtool="+bin, "-env=AWS_USE_DUALSTACK_ENDPOINT=yes", "-diff", "."); r.code != codeGoFailure || !strings.Contains(r.stderr, badEnvMsg) {
		t.Errorf("go fix with a bad -env: want exit %d and %q: %v", codeGoFailure, badEnvMsg, r)
	}
}

// restoreEnvFlag undoes what a run sets on the suite's
// package-level flags.
func restoreEnvFlag(t *testing.T) {
	env := awssdk.Analyzer.Flags.Lookup("env").Value
	old, oldRegions := env.String(), awssdk.Regions
	t.Cleanup(func() {
		env.Set("AWS_USE_DUALSTACK_ENDPOINT=,AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=")
		if old != "" {
			env.Set(old)
		}
		awssdk.Regions = oldRegions
	})
}
