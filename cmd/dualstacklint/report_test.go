package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	dsreport "github.com/dualstacklint/dualstacklint/internal/report"
)

// reportModule writes a module without dependencies whose code has a
// hard-coded IPv4-only SQS endpoint and the IMDS address (sites the checks
// find without the SDK), and makes it the working directory.
func reportModule(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module m\n\ngo 1.26\n",
		"queue.go": `package m

import "net/http"

const queue = "https://sqs.us-west-2.amazonaws.com/123456789012/jobs"

func Peek() (*http.Response, error) { return http.Get(queue) }
`,
		"imds/imds.go": `package imds

import "net/http"

func ID() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/instance-id")
}
`,
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func runReport(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e strings.Builder
	code = reportMain(args, &o, &e)
	return code, o.String(), e.String()
}

func TestReportJSON(t *testing.T) {
	reportModule(t)
	restoreEnvFlag(t)
	code, stdout, stderr := runReport(t, "-format", "json", "-o", "r.json", "-regions", "us-west-2,me-central-1", "-env", "AWS_USE_DUALSTACK_ENDPOINT=true", "./...")
	if code != exitClean || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and the report in r.json only", code, stdout, stderr)
	}
	data, err := os.ReadFile("r.json")
	if err != nil {
		t.Fatal(err)
	}
	var r dsreport.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if strings.Join(r.Regions, ",") != "me-central-1,us-west-2" || r.Env["AWS_USE_DUALSTACK_ENDPOINT"] != "true" {
		t.Errorf("regions %v, env %v", r.Regions, r.Env)
	}
	if len(r.Services) != 1 || r.Services[0].Service != "sqs" || r.Services[0].Regions["us-west-2"] != dsreport.EvidenceVerified {
		t.Errorf("services %+v, want sqs verified in us-west-2", r.Services)
	}
	var got []string
	for _, s := range r.Sites {
		got = append(got, strings.Join([]string{s.Posn, s.Kind, s.Service, strings.Join(s.Regions, " "), s.Class, s.Check}, "|"))
	}
	want := []string{
		filepath.Join("imds", "imds.go") + ":6:18|linklocal|||code|linklocal",
		"queue.go:5:15|endpoint|sqs|us-west-2|fix|ipv4endpoint",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sites:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReportFormats(t *testing.T) {
	reportModule(t)
	restoreEnvFlag(t)
	code, stdout, stderr := runReport(t, "./...")
	if code != exitClean || stderr != "" || !strings.HasPrefix(stdout, "<!DOCTYPE html>") || !strings.Contains(stdout, "queue.go:5:15") {
		t.Errorf("default: want HTML on stdout: exit %d, stderr %q, stdout %.200q", code, stderr, stdout)
	}
	code, stdout, _ = runReport(t, "-format=markdown", "-regions=us-west-2", ".")
	if code != exitClean || !strings.Contains(stdout, "| `sqs` | ✅ verified |") || !strings.Contains(stdout, "#### fix (1)") || strings.Contains(stdout, "imds.go") {
		t.Errorf("markdown of .: exit %d:\n%s", code, stdout)
	}
}

func TestReportErrors(t *testing.T) {
	reportModule(t)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-format", "pdf", "."}, exitUsage, `dualstacklint report: unknown -format "pdf" (html, json, markdown)`},
		{[]string{"-env", "AWS_USE_DUALSTACK_ENDPOINT=1", "."}, exitUsage, `invalid value "AWS_USE_DUALSTACK_ENDPOINT=1" for flag -env`},
		{[]string{"-regions", "nosuch-1", "."}, exitUsage, `invalid value "nosuch-1" for flag -regions`},
		{[]string{"-config", "missing.yml", "."}, exitUsage, "dualstacklint: open missing.yml"},
		{[]string{"-o", filepath.Join("no", "such", "dir", "r.html"), "."}, exitError, "dualstacklint report: open no"},
		{[]string{"./nosuch"}, exitError, "nosuch"},
	} {
		code, stdout, stderr := runReport(t, tc.args...)
		if first, _, _ := strings.Cut(stderr, "\n"); code != tc.code || !strings.Contains(first, tc.want) {
			t.Errorf("report %s: exit %d, stderr %q; want exit %d and %q first", strings.Join(tc.args, " "), code, stderr, tc.code, tc.want)
		}
		if tc.code == exitUsage && stdout != "" {
			t.Errorf("report %s: printed a report on a usage error", strings.Join(tc.args, " "))
		}
	}
}

// TestReportConfig: the configuration file's env and regions reach the report.
func TestReportConfig(t *testing.T) {
	reportModule(t)
	restoreEnvFlag(t)
	os.WriteFile(".dualstacklint.yml", []byte("regions: [eu-west-1]\nenv:\n  AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: IPv6\n"), 0o644)
	code, stdout, stderr := runReport(t, "-format=json", ".")
	if code != exitClean || !strings.Contains(stdout, `"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"`) || !strings.Contains(stdout, `"regions": [
    "eu-west-1"
  ]`) {
		t.Errorf("exit %d, stderr %q:\n%s", code, stderr, stdout)
	}
	os.WriteFile(".dualstacklint.yml", []byte("env:\n  AWS_USE_DUALSTACK_ENDPOINT: maybe\n"), 0o644)
	if code, _, stderr := runReport(t, "."); code != exitUsage || !strings.Contains(stderr, ".dualstacklint.yml: line 2: env: AWS_USE_DUALSTACK_ENDPOINT=maybe: need true or false") {
		t.Errorf("bad env in the configuration: exit %d, stderr %q", code, stderr)
	}
}
