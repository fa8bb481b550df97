package main

import (
	"strings"
	"testing"

	"github.com/aymanbagabas/go-udiff"
)

// TestUnifiedHunkHeaders checks that the unified diffs -fix -diff prints
// have the new-file start lines strict patch readers expect when an earlier
// hunk adds lines (go-udiff before v0.4.2 did not count the unchanged lines
// joining two edits in one hunk), and that checkHunkHeaders, which the e2e
// test runs on every diff, catches a wrong one.
func TestUnifiedHunkHeaders(t *testing.T) {
	var old, new []string
	for i := 1; i <= 40; i++ {
		l := "line " + strings.Repeat("x", i%3) + string(rune('a'+i%26))
		old = append(old, l)
		switch i {
		case 5, 9: // two edits in one hunk, joined by unchanged lines
			new = append(new, l, "added after "+l)
		case 30:
			new = append(new, "changed "+l)
		default:
			new = append(new, l)
		}
	}
	a, b := strings.Join(old, "\n")+"\n", strings.Join(new, "\n")+"\n"
	out := udiff.Unified("a/f.go", "b/f.go", a, b)
	if !strings.Contains(out, "@@ -27,7 +29,7 @@") {
		t.Errorf("the second hunk's header should be @@ -27,7 +29,7 @@:\n%s", out)
	}
	hunks := hunksOf(t, out)
	if err := checkHunkHeaders(hunks); err != nil {
		t.Errorf("%v\n%s", err, out)
	}
	got, err := applyUnified(a, hunks)
	if err != nil || got != b {
		t.Errorf("the diff does not give the new text (%v):\n%s", err, out)
	}

	for _, bad := range []struct{ from, to string }{
		{"+29,7", "+27,7"}, // the earlier hunk's two lines not counted
		{"-27,7", "-27,8"}, // a count the body does not have
		{"-27,7", "-2,7"},  // overlaps the first hunk
	} {
		broken := strings.Replace(out, bad.from, bad.to, 1)
		if err := checkHunkHeaders(hunksOf(t, broken)); err == nil {
			t.Errorf("checkHunkHeaders accepts %s in place of %s:\n%s", bad.to, bad.from, broken)
		}
	}
}

// hunksOf returns the hunk lines of a one-file diff, without parsing them
// by their counts as parseUnified does.
func hunksOf(t *testing.T, diff string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		t.Fatalf("not a one-file unified diff:\n%s", diff)
	}
	return lines[2:]
}
