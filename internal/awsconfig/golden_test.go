package awsconfig

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden and .fixed files of testdata")

// TestGolden runs the checks on each testdata/*.config and compares the
// findings (or the syntax error) with its .golden file, and the fixed file
// with its .fixed file (absent when nothing is fixed).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.config")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".config")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, fixed := run(t, path, src)
			compare(t, strings.TrimSuffix(path, ".config")+".golden", got)
			fixedPath := strings.TrimSuffix(path, ".config") + ".fixed"
			if fixed == nil {
				if _, err := os.Stat(fixedPath); err == nil && !*update {
					t.Errorf("%s exists but nothing was fixed", fixedPath)
				} else if *update {
					os.Remove(fixedPath)
				}
				return
			}
			compare(t, fixedPath, fixed)
			// A second fix changes nothing, and what is left is what had
			// no fix.
			f2, err := Parse(path, fixed)
			if err != nil {
				t.Fatalf("the fixed file does not parse: %v", err)
			}
			again := Check(f2)
			if out := Apply(fixed, again); !bytes.Equal(out, fixed) {
				t.Errorf("a second fix changed the file:\n%s", out)
			}
			for _, fd := range again {
				if fd.Fix != nil {
					t.Errorf("after the fix, a finding still has a fix: %s", fd.Message)
				}
			}
		})
	}
}

// run returns the findings as text, and the fixed file (nil when no fix).
func run(t *testing.T, path string, src []byte) ([]byte, []byte) {
	f, err := Parse(path, src)
	if err != nil {
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("Parse returned %T, want *SyntaxError", err)
		}
		return []byte("error: " + err.Error() + "\n"), nil
	}
	if p := f.Print(); !bytes.Equal(p, src) {
		t.Errorf("Print does not reproduce the file:\n%q\n%q", p, src)
	}
	var b bytes.Buffer
	findings := Check(f)
	hasFix := false
	for _, fd := range findings {
		l := f.Lines[fd.Line-1]
		if fd.Start < l.Start || fd.Start > l.End || fd.End < fd.Start || fd.End > len(src) {
			t.Errorf("finding %q has a bad span [%d,%d) for line %d [%d,%d)", fd.Message, fd.Start, fd.End, fd.Line, l.Start, l.End)
		}
		fmt.Fprintf(&b, "%d:%d: %s: %s\n", fd.Line, fd.Start-l.Start+1, fd.Check, fd.Message)
		if fd.Fix != nil {
			hasFix = true
			for _, e := range fd.Fix.Edits {
				fmt.Fprintf(&b, "\tfix %q: %q → %q\n", fd.Fix.Message, src[e.Start:e.End], e.New)
			}
		}
	}
	if b.Len() == 0 {
		b.WriteString("no findings\n")
	}
	if !hasFix {
		return b.Bytes(), nil
	}
	return b.Bytes(), Apply(src, findings)
}

func compare(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n--- got\n%s--- want\n%s", golden, got, want)
	}
}
