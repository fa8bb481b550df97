package main

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestAnalysed(t *testing.T) {
	pkg := func(id, path string) *packages.Package { return &packages.Package{ID: id, PkgPath: path} }
	loaded := []*packages.Package{
		pkg("example.com/a", "example.com/a"), // has in-package tests: analysed as its variant
		pkg("example.com/a [example.com/a.test]", "example.com/a"),
		pkg("example.com/a_test [example.com/a.test]", "example.com/a_test"),
		pkg("example.com/a.test", "example.com/a.test"),
		pkg("example.com/b", "example.com/b"), // external tests only: analysed itself
		pkg("example.com/b_test [example.com/b.test]", "example.com/b_test"),
		pkg("example.com/c", "example.com/c"), // no tests
	}
	var got []string
	for _, p := range analysed(loaded) {
		got = append(got, p.ID)
	}
	want := []string{
		"example.com/a [example.com/a.test]",
		"example.com/a_test [example.com/a.test]",
		"example.com/a.test",
		"example.com/b",
		"example.com/b_test [example.com/b.test]",
		"example.com/c",
	}
	if !slices.Equal(got, want) {
		t.Errorf("analysed:\n got %q\nwant %q", got, want)
	}
	for p, want := range map[*packages.Package]string{loaded[1]: "example.com/a", loaded[2]: "example.com/a_test [example.com/a.test]", loaded[4]: "example.com/b"} {
		if got := listedAs(p); got != want {
			t.Errorf("listedAs(%s) = %s, want %s", p.ID, got, want)
		}
	}
}
