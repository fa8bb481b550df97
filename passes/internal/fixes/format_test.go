package fixes

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const formatSrc = `package p

func f() {
	_ = g(1)    // first
	_ = g(2, 3) // second
	_ = T{
		A:  1,
		Bb: 2,
	}
}
`

// formatted runs Formatted on formatSrc with one edit inserting text right
// after the first occurrence of after, and returns its edits as
// "old => new".
func formatted(t *testing.T, after, text string) []string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "p.go")
	if err := os.WriteFile(name, []byte(formatSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	at := file.FileStart + token.Pos(strings.Index(formatSrc, after)+len(after))
	pass := &analysis.Pass{Fset: fset, ReadFile: os.ReadFile}
	edits, ok := Formatted(pass, file, []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}})
	if !ok {
		t.Fatal("Formatted refused a valid edit")
	}
	var lines []string
	for _, e := range edits {
		lines = append(lines, formatSrc[fset.Position(e.Pos).Offset:fset.Position(e.End).Offset]+"=> "+string(e.NewText))
	}
	return lines
}

// An edit that makes a line longer than its neighbours' aligned trailing
// comments touches its own line only: a fix on the neighbour must not
// conflict with it.
func TestFormattedKeepsToItsStatement(t *testing.T) {
	got := formatted(t, "g(1", ", 4, 5, 6")
	want := []string{"\t_ = g(1)    // first\n=> \t_ = g(1, 4, 5, 6) // first\n"}
	if !slices.Equal(got, want) {
		t.Errorf("edits (old => new) = %q, want %q", got, want)
	}
}

// A field added to a multi-line composite literal realigns its neighbours
// in the same statement.
func TestFormattedRealignsWithinItsStatement(t *testing.T) {
	got := formatted(t, "Bb: 2,\n", "\t\tCccc: 3,\n")
	want := []string{"\t\tA:  1,\n\t\tBb: 2,\n=> \t\tA:    1,\n\t\tBb:   2,\n\t\tCccc: 3,\n"}
	if !slices.Equal(got, want) {
		t.Errorf("edits (old => new) = %q, want %q", got, want)
	}
}
