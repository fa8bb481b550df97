package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// sarifModule is a module with no dependencies whose findings (linklocal,
// which needs no AWS SDK) are two identical lines and a third one.
const sarifModule = `package p

var (
	a = "http://169.254.169.254/latest/meta-data"
	b = "http://169.254.169.254/latest/meta-data"
)

var dns = "169.254.169.253:53"
`

// runSARIF runs the standalone driver with -format=sarif in dir and decodes
// its output.
func runSARIF(t *testing.T, dir string) sarifLog {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := standalone([]string{"-format=sarif", "./..."}, &stdout, &stderr); code != exitFindings {
		t.Fatalf("dualstacklint -format=sarif: exit %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	var log sarifLog
	dec := json.NewDecoder(&stdout)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&log); err != nil {
		t.Fatalf("the SARIF does not decode: %v", err)
	}
	return log
}

func writeFiles(t *testing.T, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSARIF checks what the SARIF Multitool and code scanning require of
// the log (.ci/sarif.sh runs the validator itself on the example): rules
// with help text and Markdown from the check's documentation, names that
// differ from the ids, a tool version that starts with a number; results
// located relative to %SRCROOT%, the repository root, also when run from a
// subdirectory; partial fingerprints that tell identical lines apart and do
// not change when a line is inserted above.
func TestSARIF(t *testing.T) {
	repo := t.TempDir()
	mod := filepath.Join(repo, "svc")
	writeFiles(t, map[string]string{
		filepath.Join(repo, ".git", "HEAD"): "ref: refs/heads/main\n", // a repository root for srcRoot
		filepath.Join(mod, "go.mod"):        "module example.com/svc\n\ngo 1.22\n",
		filepath.Join(mod, "p", "p.go"):     sarifModule,
	})
	log := runSARIF(t, mod)
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Version == "" || d.Version[0] < '0' || d.Version[0] > '9' {
		t.Errorf("tool version %q: want one that starts with a number (SARIF2005)", d.Version)
	}
	if len(d.Rules) != len(analyzer.Suite) {
		t.Errorf("%d rules, want one per check (%d)", len(d.Rules), len(analyzer.Suite))
	}
	names := map[string]bool{}
	for i, r := range d.Rules {
		a := analyzer.Suite[i]
		if r.ID != a.Name {
			t.Errorf("rule %d: id %q, want %q", i, r.ID, a.Name)
		}
		if r.Name == "" || strings.EqualFold(r.Name, r.ID) || names[r.Name] {
			t.Errorf("rule %s: name %q must differ from the id, ignoring case, and from the other names (SARIF1001)", r.ID, r.Name)
		}
		names[r.Name] = true
		if r.Help.Text != checkHelp(a) {
			t.Errorf("rule %s: help.text is not 'dualstacklint help %s':\n%s", r.ID, r.ID, r.Help.Text)
		}
		title, _, _ := strings.Cut(a.Doc, "\n")
		if !strings.Contains(r.Help.Markdown, a.Name) || !strings.Contains(r.Help.Markdown, "("+a.URL+")") ||
			!strings.Contains(strings.ReplaceAll(r.Help.Markdown, `\`, ""), title) {
			t.Errorf("rule %s: help.markdown lacks the title, name or documentation link (GH2012):\n%s", r.ID, r.Help.Markdown)
		}
	}

	root, err := filepath.EvalSymlinks(repo)
	if err != nil {
		t.Fatal(err)
	}
	if base := run.OriginalURIBaseIDs[srcRootID].URI; base != fileURI(root)+"/" {
		t.Errorf("originalUriBaseIds[%s] = %q, want %q", srcRootID, base, fileURI(root)+"/")
	}
	type located struct {
		line        int
		fingerprint string
	}
	locate := func(log sarifLog) []located {
		var out []located
		for _, r := range log.Runs[0].Results {
			loc := r.Locations[0].Physical
			if loc.Artifact.URI != "svc/p/p.go" || loc.Artifact.URIBaseID != srcRootID {
				t.Errorf("result at %+v: want uri svc/p/p.go relative to %s", loc.Artifact, srcRootID)
			}
			fp := r.PartialFingerprints[fingerprintKey]
			if len(fp) != 32 || len(r.PartialFingerprints) != 1 {
				t.Errorf("result %s at line %d: partialFingerprints %v", r.RuleID, loc.Region.StartLine, r.PartialFingerprints)
			}
			out = append(out, located{loc.Region.StartLine, fp})
		}
		return out
	}
	before := locate(log)
	if len(before) != 3 {
		t.Fatalf("%d results, want 3: %+v", len(before), before)
	}
	seen := map[string]bool{}
	for _, l := range before {
		if seen[l.fingerprint] {
			t.Errorf("two results share the fingerprint %s: %+v", l.fingerprint, before)
		}
		seen[l.fingerprint] = true
	}

	// An unrelated blank line above every finding: same fingerprints, the
	// lines one further down.
	writeFiles(t, map[string]string{filepath.Join(mod, "p", "p.go"): strings.Replace(sarifModule, "package p\n", "package p\n\n", 1)})
	after := locate(runSARIF(t, mod))
	if len(after) != len(before) {
		t.Fatalf("after inserting a line: %d results, want %d", len(after), len(before))
	}
	for i := range before {
		if after[i].line != before[i].line+1 || after[i].fingerprint != before[i].fingerprint {
			t.Errorf("after inserting a line above: result %d at line %d with fingerprint %s, want line %d and the fingerprint %s", i, after[i].line, after[i].fingerprint, before[i].line+1, before[i].fingerprint)
		}
	}
}

// TestGitHubFromSubdirectory checks that -format=github names files
// relative to the repository root, as workflow annotations need, also when
// run from a module in a subdirectory.
func TestGitHubFromSubdirectory(t *testing.T) {
	repo := t.TempDir()
	mod := filepath.Join(repo, "svc")
	writeFiles(t, map[string]string{
		filepath.Join(repo, ".git", "HEAD"): "ref: refs/heads/main\n",
		filepath.Join(mod, "go.mod"):        "module example.com/svc\n\ngo 1.22\n",
		filepath.Join(mod, "p", "p.go"):     sarifModule,
	})
	t.Chdir(mod)
	var stdout, stderr bytes.Buffer
	if code := standalone([]string{"-format=github", "./..."}, &stdout, &stderr); code != exitFindings {
		t.Fatalf("dualstacklint -format=github: exit %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 annotations, got:\n%s", stdout.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::warning file=svc/p/p.go,line=") {
			t.Errorf("annotation %q: want file=svc/p/p.go, relative to the repository root", l)
		}
	}
}
