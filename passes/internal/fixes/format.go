package fixes

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"slices"
	"strings"

	"github.com/aymanbagabas/go-udiff"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// Formatted turns edits into line edits whose result is gofmt-clean, for
// insertions gofmt would realign (a field added to a multi-line composite
// literal shifts the value column of its neighbours). It applies the edits
// to the file, formats the result and diffs it against the original by
// lines. Of the lines gofmt only realigns, it keeps those of the
// statements (or declarations) the edits are in. It returns false when the
// edited file does not parse: such a fix must not be offered. Files that
// were not gofmt-clean to begin with keep their raw edits, so a fix never
// reformats code it did not touch.
//
// Lines of other statements are left alone even when gofmt would realign
// them (trailing comments aligned across statements): two fixes on
// neighbouring statements would otherwise both rewrite the same lines,
// and drivers drop conflicting fixes (golangci-lint drops every fix of the
// linter in that file). Every driver formats the files it fixes, which
// realigns those comments.
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
	regions := editRegions(tf, file, edits)
	var out []analysis.TextEdit
	keep := func(e udiff.Edit) {
		out = append(out, analysis.TextEdit{Pos: tf.Pos(e.Start), End: tf.Pos(e.End), NewText: []byte(e.New)})
	}
	for _, e := range udiff.Lines(string(src), string(formatted)) {
		lines, realign := splitLines(src, e)
		if !realign {
			keep(e) // it adds or removes lines: the fix's own text
			continue
		}
		for _, l := range lines {
			if slices.ContainsFunc(regions, func(r region) bool { return r.touches(l) }) {
				keep(l)
			}
		}
	}
	return out, true
}

// A region is a byte range of whole lines of the original file, end at the
// last line's newline.
type region struct{ start, end int }

// touches reports whether a line edit replaces lines of r, or inserts
// lines within or right before it.
func (r region) touches(e udiff.Edit) bool {
	if e.Start == e.End {
		return r.start <= e.Start && e.Start <= r.end
	}
	return e.Start < r.end && e.End > r.start
}

// editRegions returns, for each edit, the lines of the statement it is in
// (a statement of a block or case clause), or of the top-level declaration
// it is in; an insertion between statements gets its own line.
func editRegions(tf *token.File, file *ast.File, edits []analysis.TextEdit) []region {
	lines := func(pos, end token.Pos) region {
		start, stop := tf.Offset(tf.LineStart(tf.Line(pos))), tf.Size()
		if l := tf.Line(end); l < tf.LineCount() {
			stop = tf.Offset(tf.LineStart(l+1)) - 1 // its newline
		}
		return region{start, stop}
	}
	var out []region
	for _, e := range edits {
		r := lines(e.Pos, e.End)
		path, _ := astutil.PathEnclosingInterval(file, e.Pos, e.End)
	walk:
		for i, n := range path {
			switch n.(type) {
			case *ast.BlockStmt:
				break walk // between statements: the edit's own lines
			case ast.Stmt:
				if i+1 < len(path) {
					switch path[i+1].(type) {
					case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
						r = lines(n.Pos(), n.End())
						break walk
					}
				}
			case ast.Decl:
				r = lines(n.Pos(), n.End())
				break walk
			}
		}
		out = append(out, r)
	}
	return out
}

// splitLines splits an edit that replaces n lines by n lines (gofmt
// realigning them) into one edit a changed line; realign is false for an
// edit that adds or removes lines.
func splitLines(src []byte, e udiff.Edit) (lines []udiff.Edit, realign bool) {
	old := strings.SplitAfter(string(src[e.Start:e.End]), "\n")
	repl := strings.SplitAfter(e.New, "\n")
	if len(old) != len(repl) {
		return nil, false
	}
	at := e.Start
	for i := range old {
		if old[i] != repl[i] {
			lines = append(lines, udiff.Edit{Start: at, End: at + len(old[i]), New: repl[i]})
		}
		at += len(old[i])
	}
	return lines, true
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
