package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/internal/awsconfig"
)

func runAWSConfig(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = awsconfigMain(args, &out, &errb)
	return code, out.String(), errb.String()
}

// A fixable endpoint, a finding without a fix, and a suppressed one.
const awsConfigDirty = `# CI image profile
[default]
region = us-west-2
endpoint_url = https://s3.us-west-2.amazonaws.com # the bucket endpoint
s3 =
    use_dualstack_endpoint = true

[profile imds]
# dualstacklint:ignore linklocal the test image runs an IMDS emulator on IPv4
ec2_metadata_service_endpoint = http://169.254.169.254
`

const awsConfigDirtyFixed = `# CI image profile
[default]
region = us-west-2
endpoint_url = https://s3.dualstack.us-west-2.amazonaws.com # the bucket endpoint
s3 =
    use_dualstack_endpoint = true

[profile imds]
# dualstacklint:ignore linklocal the test image runs an IMDS emulator on IPv4
ec2_metadata_service_endpoint = http://169.254.169.254
`

// awsConfigTree writes a tree with .aws/config files, one that the
// discovery must skip (not in .aws) and one under .git, and chdirs into it.
func awsConfigTree(t *testing.T) string {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ci/.aws/config", awsConfigDirty)
	write("dev/.aws/config", "[default]\nregion = us-east-1\nuse_dualstack_endpoint = true\n")
	write("other/config", awsConfigDirty)
	write(".git/.aws/config", awsConfigDirty)
	t.Chdir(dir)
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestAWSConfigCheck(t *testing.T) {
	awsConfigTree(t)
	code, out, errOut := runAWSConfig(t)
	if code != exitFindings || out != "" {
		t.Fatalf("exit %d, stdout %q, want 3 and nothing", code, out)
	}
	want := []string{
		"ci/.aws/config:4:1: https://s3.us-west-2.amazonaws.com is an IPv4-only AWS endpoint",
		"ci/.aws/config:6:5: s3 = use_dualstack_endpoint is the legacy S3-only setting",
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d findings, want %d:\n%s", len(lines), len(want), errOut)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("finding %d = %q, want prefix %q", i, lines[i], w)
		}
	}
	if !strings.HasSuffix(lines[1], "(legacydualstack)") {
		t.Errorf("the check name is not printed: %q", lines[1])
	}
	// Named files: only those.
	if code, _, errOut := runAWSConfig(t, "dev/.aws/config"); code != exitClean || errOut != "" {
		t.Errorf("clean file: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runAWSConfig(t, "other/config"); code != exitFindings || !strings.Contains(errOut, "other/config:4:1:") {
		t.Errorf("named file: exit %d, %q", code, errOut)
	}
}

func TestAWSConfigFix(t *testing.T) {
	awsConfigTree(t)
	code, _, errOut := runAWSConfig(t, "-fix")
	if code != exitFindings {
		t.Fatalf("-fix: exit %d, want 3 (the legacy finding has no fix): %s", code, errOut)
	}
	if strings.Contains(errOut, "ipv4endpoint") || !strings.Contains(errOut, "(legacydualstack)") {
		t.Errorf("-fix reports %q, want only the finding without a fix", errOut)
	}
	if got := readFile(t, "ci/.aws/config"); got != awsConfigDirtyFixed {
		t.Errorf("fixed file:\n%s\nwant:\n%s", got, awsConfigDirtyFixed)
	}
	if got := readFile(t, "other/config"); got != awsConfigDirty {
		t.Errorf("a file outside .aws was changed")
	}
	code2, _, errOut2 := runAWSConfig(t, "-fix")
	if code2 != exitFindings || errOut2 != errOut || readFile(t, "ci/.aws/config") != awsConfigDirtyFixed {
		t.Errorf("a second -fix changed something: exit %d, %q", code2, errOut2)
	}
}

func TestAWSConfigDiff(t *testing.T) {
	dir := awsConfigTree(t)
	code, out, _ := runAWSConfig(t, "-fix", "-diff")
	if code != exitFindings {
		t.Fatalf("-fix -diff: exit %d", code)
	}
	if readFile(t, "ci/.aws/config") != awsConfigDirty {
		t.Fatal("-diff changed the file")
	}
	if !strings.HasPrefix(out, "--- a/ci/.aws/config\n+++ b/ci/.aws/config\n") {
		t.Fatalf("diff:\n%s", out)
	}
	patch := filepath.Join(t.TempDir(), "fix.patch")
	if err := os.WriteFile(patch, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"init", "-q"}, {"apply", "--check", patch}, {"apply", patch}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s\n%s", args, err, b, out)
		}
	}
	if got := readFile(t, "ci/.aws/config"); got != awsConfigDirtyFixed {
		t.Errorf("the applied diff gives:\n%s", got)
	}
}

func TestAWSConfigFormats(t *testing.T) {
	awsConfigTree(t)
	code, out, _ := runAWSConfig(t, "-format", "json")
	var js map[string]map[string][]struct{ Category, Posn, Message string }
	if err := json.Unmarshal([]byte(out), &js); err != nil || code != exitFindings {
		t.Fatalf("json: exit %d, %v:\n%s", code, err, out)
	}
	if d := js["-"]["ipv4endpoint"]; len(d) != 1 || !strings.HasSuffix(d[0].Posn, filepath.Join("ci", ".aws", "config")+":4:1") || d[0].Category != "ipv4endpoint" {
		t.Errorf("json ipv4endpoint: %+v", d)
	}

	code, out, _ = runAWSConfig(t, "-format=sarif")
	var sarif struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct{ Rules []struct{ ID string } }
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				Fixes []struct {
					ArtifactChanges []struct {
						Replacements []struct {
							DeletedRegion   struct{ StartLine, StartColumn, EndLine, EndColumn int }
							InsertedContent struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &sarif); err != nil || code != exitFindings || sarif.Version != "2.1.0" || len(sarif.Runs) != 1 {
		t.Fatalf("sarif: exit %d, %v:\n%s", code, err, out)
	}
	run := sarif.Runs[0]
	if len(run.Results) != 2 {
		t.Fatalf("sarif: %d results, want 2", len(run.Results))
	}
	r := run.Results[0]
	loc := r.Locations[0].PhysicalLocation
	if r.RuleID != "ipv4endpoint" || run.Tool.Driver.Rules[r.RuleIndex].ID != "ipv4endpoint" || loc.ArtifactLocation.URI != "ci/.aws/config" || loc.Region.StartLine != 4 {
		t.Errorf("sarif result: %+v", r)
	}
	if len(r.Fixes) != 1 {
		t.Fatalf("sarif: the ipv4endpoint result has no fix")
	}
	rep := r.Fixes[0].ArtifactChanges[0].Replacements[0]
	// Line 4 is "endpoint_url = https://s3.us-west-2.amazonaws.com ...":
	// the fix inserts "dualstack." after "https://s3." (column 27).
	if rep.InsertedContent.Text != "dualstack." || rep.DeletedRegion.StartLine != 4 || rep.DeletedRegion.StartColumn != 27 || rep.DeletedRegion.EndColumn != 27 {
		t.Errorf("sarif fix: %+v", rep)
	}

	code, out, _ = runAWSConfig(t, "-format", "github")
	if code != exitFindings || !strings.HasPrefix(out, "::warning file=ci/.aws/config,line=4,col=1,") || strings.Count(out, "::warning ") != 2 {
		t.Errorf("github: exit %d:\n%s", code, out)
	}
}

func TestAWSConfigErrors(t *testing.T) {
	awsConfigTree(t)
	if err := os.WriteFile("bad", []byte("[default]\nregion = us-east-1\nnot a property\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A malformed file among valid ones: exit 2, file:line, nothing changed.
	code, out, errOut := runAWSConfig(t, "-fix", "ci/.aws/config", "bad")
	if code != exitUsage || out != "" || !strings.Contains(errOut, "bad:3: neither a [section] header nor key = value") {
		t.Errorf("malformed: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if readFile(t, "ci/.aws/config") != awsConfigDirty {
		t.Error("a valid file was fixed in a run with a malformed one")
	}
	for _, args := range [][]string{
		{"-diff"},
		{"-format", "xml"},
		{"no/such/file"},
		{"-nosuchflag"},
	} {
		if code, _, errOut := runAWSConfig(t, args...); code != exitUsage || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
	if code, _, _ := runAWSConfig(t, "-h"); code != exitClean {
		t.Errorf("-h: exit %d", code)
	}
	// No config files at all: nothing to report.
	t.Chdir(t.TempDir())
	if code, out, errOut := runAWSConfig(t); code != exitClean || out != "" || errOut != "" {
		t.Errorf("no files: exit %d, %q, %q", code, out, errOut)
	}
}

// The config file checks report under the analyzers' names: their SARIF
// rules, doc anchors and directive keys.
func TestAWSConfigCheckNames(t *testing.T) {
	for _, name := range append(awsconfig.Checks, awsconfig.Ignore) {
		if analyzer.Lookup(name) == nil {
			t.Errorf("awsconfig check %q is not an analyzer of the suite", name)
		}
	}
}
