package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseList(t *testing.T) {
	in := `# comment

plexbackup . ./...
aws-doc-sdk-examples gov2/s3 ./... ./other/...
`
	got, err := parseList(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d entries, want 2", len(got))
	}
	if got[0].Label() != "plexbackup" || got[1].Label() != "aws-doc-sdk-examples/gov2/s3" {
		t.Errorf("labels: %q, %q", got[0].Label(), got[1].Label())
	}
	if len(got[1].Patterns) != 2 || got[1].Line != 4 {
		t.Errorf("entry 2: %+v", got[1])
	}
	for _, bad := range []string{"name .\n", "a/b . ./...\n", "x /abs ./...\n", "x . ../up/...\n", "# only a comment\n"} {
		if _, err := parseList(strings.NewReader(bad)); err == nil {
			t.Errorf("parseList(%q): no error", bad)
		}
	}
}

// The x/tools JSON shape: the same finding in a package and its test
// variant counts once; an analysis error is listed, not counted.
const toolJSON = `{
	"example.com/p": {
		"dualstackconfig": [
			{"posn": "/src/p/a.go:3:4", "end": "/src/p/a.go:3:9", "message": "m1",
			 "suggested_fixes": [{"message": "f", "edits": [{"filename": "/src/p/a.go", "start": 1, "end": 2, "new": "x"}]}]}
		],
		"linklocal": [
			{"posn": "/src/p/b.go:1:1", "end": "/src/p/b.go:1:2", "message": "m2"},
			{"posn": "/src/p/b.go:2:1", "end": "/src/p/b.go:2:2", "message": "m2"}
		]
	},
	"example.com/p [example.com/p.test]": {
		"dualstackconfig": [
			{"posn": "/src/p/a.go:3:4", "end": "/src/p/a.go:3:9", "message": "m1",
			 "suggested_fixes": [{"message": "f", "edits": []}]}
		],
		"ipv4endpoint": {"error": "boom"}
	},
	"example.com/broken": {
		"linklocal": {"error": "analysis skipped due to errors in package"},
		"ignore": {"error": "failed prerequisites: linklocal@example.com/broken"}
	}
}
`

func TestParseDiagnostics(t *testing.T) {
	d, err := parseDiagnostics([]byte(toolJSON))
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 3 || d.ByCheck["dualstackconfig"] != 1 || d.ByCheck["linklocal"] != 2 || d.Fixable != 1 {
		t.Errorf("got %+v", d)
	}
	if len(d.Errors) != 1 || !strings.Contains(d.Errors[0], "ipv4endpoint: boom") {
		t.Errorf("errors: %q", d.Errors)
	}
	if len(d.Skipped) != 1 || !d.Skipped["example.com/broken"] {
		t.Errorf("skipped: %v", d.Skipped)
	}
}

// After -fix, the remaining findings are printed under the key "-".
func TestParseDiagnosticsAfterFix(t *testing.T) {
	in := `{"-": {"linklocal": [{"category": "linklocal", "posn": "/p/b.go:1:1", "message": "m2"}]}}`
	d, err := parseDiagnostics([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 1 || d.Fixable != 0 {
		t.Errorf("got %+v", d)
	}
	for _, in := range []string{"", "{}\n", "  \n"} {
		if d, err := parseDiagnostics([]byte(in)); err != nil || d.Total != 0 {
			t.Errorf("parseDiagnostics(%q) = %+v, %v", in, d, err)
		}
	}
	if _, err := parseDiagnostics([]byte("not json")); err == nil {
		t.Error("no error for bad JSON")
	}
}

func TestMedian(t *testing.T) {
	if got := median([]time.Duration{3, 1, 2}); got != 2 {
		t.Errorf("median odd = %v", got)
	}
	if got := median([]int64{4, 1, 3, 2}); got != 2 {
		t.Errorf("median even = %v", got)
	}
	if got := median([]int64(nil)); got != 0 {
		t.Errorf("median empty = %v", got)
	}
}

func TestInternalErrors(t *testing.T) {
	stderr := []byte(`x.go:1:2: could not import foo
dualstacklint: example.com/a: dualstackconfig: analysis skipped due to errors in package
dualstacklint: example.com/a.test: dualstackclient: analysis skipped due to errors in package
dualstacklint: example.com/b: ignore: failed prerequisites: dualstackbreak@example.com/b
dualstacklint: example.com/c: linklocal: boom
panic: runtime error
`)
	got := internalErrors(stderr)
	if len(got) != 2 || got[0] != "dualstacklint: example.com/c: linklocal: boom" || got[1] != "panic: runtime error" {
		t.Errorf("internalErrors = %q", got)
	}
	if n := skippedPackages(stderr); n != 2 {
		t.Errorf("skippedPackages = %d, want 2", n)
	}
}
