package main

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/aymanbagabas/go-udiff"
)

// edit is a text edit in byte offsets of a file.
type edit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of each finding (dualstacklint
// offers at most one), skipping a fix that overlaps one already taken, and
// writes the files (or prints a unified diff of them). It returns the
// findings that remain: those without a fix, and those whose fix was
// skipped or only printed.
func applyFixes(findings []*finding, diffOnly bool, stdout, stderr io.Writer) ([]*finding, error) {
	accepted := map[string][]edit{} // file → edits taken
	var remaining []*finding
	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			remaining = append(remaining, f)
			continue
		}
		byFile := map[string][]edit{}
		for _, te := range f.diag.SuggestedFixes[0].TextEdits {
			tf := f.fset.File(te.Pos)
			if tf == nil {
				return nil, fmt.Errorf("%s: a fix edits a position outside any file", f.posn)
			}
			end := te.End
			if !end.IsValid() {
				end = te.Pos
			}
			byFile[tf.Name()] = append(byFile[tf.Name()], edit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
		}
		ok := true
		for file, edits := range byFile {
			for _, e := range edits {
				if conflicts(accepted[file], e) {
					ok = false
				}
			}
		}
		if !ok {
			fmt.Fprintf(stderr, "%s: the fix conflicts with another one and was skipped; run -fix again\n", f.posn)
			remaining = append(remaining, f)
			continue
		}
		for file, edits := range byFile {
			for _, e := range edits {
				if !slices.Contains(accepted[file], e) { // the same import added twice
					accepted[file] = append(accepted[file], e)
				}
			}
		}
		if diffOnly {
			remaining = append(remaining, f)
		}
	}
	files := make([]string, 0, len(accepted))
	for file := range accepted {
		files = append(files, file)
	}
	sort.Strings(files)
	wd, _ := os.Getwd()
	for _, file := range files {
		old, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		edits := accepted[file]
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
		var b bytes.Buffer
		last := 0
		for _, e := range edits {
			if e.start < last || e.end > len(old) {
				return nil, fmt.Errorf("%s: overlapping fixes", file)
			}
			b.Write(old[last:e.start])
			b.WriteString(e.text)
			last = e.end
		}
		b.Write(old[last:])
		updated := b.Bytes()
		// Keep a gofmt-clean file gofmt-clean.
		if formatted, err := format.Source(old); err == nil && bytes.Equal(formatted, old) {
			if f, err := format.Source(updated); err == nil {
				updated = f
			}
		}
		if diffOnly {
			name := file
			if rel, err := filepath.Rel(wd, file); err == nil {
				name = rel
			}
			fmt.Fprint(stdout, udiff.Unified("a/"+name, "b/"+name, string(old), string(updated)))
			continue
		}
		info, err := os.Stat(file)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(file, updated, info.Mode().Perm()); err != nil {
			return nil, err
		}
	}
	return remaining, nil
}

// conflicts reports whether e overlaps an accepted edit: an identical edit
// does not; two insertions at the same offset with different text do.
func conflicts(accepted []edit, e edit) bool {
	for _, a := range accepted {
		switch {
		case a == e:
		case e.start < a.end && a.start < e.end:
			return true
		case e.start == e.end && a.start == a.end && e.start == a.start:
			return true
		case e.start == e.end && a.start < e.start && e.start < a.end:
			return true
		case a.start == a.end && e.start < a.start && a.start < e.end:
			return true
		}
	}
	return false
}
