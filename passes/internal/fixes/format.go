package fixes

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"slices"

	"github.com/aymanbagabas/go-udiff"
	"golang.org/x/tools/go/analysis"
)

// Formatted turns edits into line edits whose result is gofmt-clean, for
// insertions gofmt would realign (a field added to a multi-line composite
// literal shifts the value column of its neighbours). It applies the edits
// to the file, formats the result and diffs it against the original by
// lines. It returns false when the edited file does not parse: such a fix
// must not be offered. Files that were not gofmt-clean to begin with keep
// their raw edits, so a fix never reformats code it did not touch.
func Formatted(pass *analysis.Pass, file *ast.File, edits []analysis.TextEdit) ([]analysis.TextEdit, bool) {
	tf := pass.Fset.File(file.Pos())
	if tf == nil {
		return nil, false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || len(src) != tf.Size() {
		return nil, false
	}
	edited, ok := apply(src, tf, edits)
	if !ok {
		return nil, false
	}
	formatted, err := format.Source(edited)
	if err != nil {
		return nil, false
	}
	if orig, err := format.Source(src); err != nil || !bytes.Equal(orig, src) {
		return edits, true
	}
	var out []analysis.TextEdit
	for _, e := range udiff.Lines(string(src), string(formatted)) {
		out = append(out, analysis.TextEdit{Pos: tf.Pos(e.Start), End: tf.Pos(e.End), NewText: []byte(e.New)})
	}
	return out, true
}

// apply applies non-overlapping edits to src.
func apply(src []byte, tf *token.File, edits []analysis.TextEdit) ([]byte, bool) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
	var out []byte
	last := 0
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		if start < last || end < start || end > len(src) {
			return nil, false
		}
		out = append(out, src[last:start]...)
		out = append(out, e.NewText...)
		last = end
	}
	return append(out, src[last:]...), true
}

// MergeInserts joins insertions at the same position into one edit, in
// order: two imports added before the same import spec.
func MergeInserts(edits []analysis.TextEdit) []analysis.TextEdit {
	var out []analysis.TextEdit
	for _, e := range edits {
		if e.Pos == e.End {
			if i := slices.IndexFunc(out, func(o analysis.TextEdit) bool { return o.Pos == e.Pos && o.End == e.Pos }); i >= 0 {
				out[i].NewText = append(slices.Clone(out[i].NewText), e.NewText...)
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
