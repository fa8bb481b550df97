package checkdoc

import (
	"strings"
	"testing"
)

const docGo = `// Package halting defines an Analyzer that reports endless loops.
//
// # Analyzer other
//
// other: not this one
//
// # Analyzer halting
//
// halting: report loops that never end
//
// A loop without a break, return or panic runs forever:
//   - for {} loops;
//   - for true {} loops, which
//     vet misses.
//
// Wrong:
//
//	for {
//		work()
//	}
//
// # Fix
//
// Adds a break. It goes at the end
// of the loop. See [the spec].
//
//	[default]
//	key = value
//
// [the spec]: https://go.dev/ref/spec
package halting
`

func TestExtract(t *testing.T) {
	doc, err := Extract(docGo, "halting")
	if err != nil {
		t.Fatal(err)
	}
	summary, desc := Split(doc)
	if summary != "report loops that never end" {
		t.Errorf("summary = %q", summary)
	}
	if !strings.HasPrefix(desc, "A loop without") || !strings.Contains(desc, "# Fix\n\nAdds a break.") || strings.Contains(desc, "not this one") {
		t.Errorf("description is not the section up to the next Analyzer heading, with its subsections:\n%s", desc)
	}
	if other, err := Extract(docGo, "other"); err != nil || other != "not this one" {
		t.Errorf(`Extract(other) = %q, %v; want its section, up to the next Analyzer heading`, other, err)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct{ content, name, want string }{
		{"", "x", "not a Go source file"},
		{"package x\n", "x", "no package doc comment"},
		{"// Package x does.\npackage x\n", "x", "no '# Analyzer x' heading"},
		{docGo, "halt", "no '# Analyzer halt' heading"},
		{"// Package x.\n//\n// # Analyzer x\n//\n// Summary without the name.\npackage x\n", "x", "not followed by a 'x: summary' line"},
	} {
		_, err := Extract(tc.content, tc.name)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Extract(%q, %q) = %v, want an error containing %q", tc.content, tc.name, err, tc.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustExtract of a doc.go without the heading did not panic")
		}
	}()
	MustExtract("package x\n", "x")
}

func TestMarkdown(t *testing.T) {
	_, desc := Split(MustExtract(docGo, "halting"))
	got := Markdown(desc, 3)
	want := "A loop without a break, return or panic runs forever:\n" +
		"\n" +
		"- for {} loops;\n" +
		"- for true {} loops, which\n" +
		"  vet misses.\n" +
		"\n" +
		"Wrong:\n" +
		"\n" +
		"```go\nfor {\n\twork()\n}\n```\n" +
		"\n" +
		"### Fix\n" +
		"\n" +
		"Adds a break. It goes at the end\nof the loop. See [the spec](https://go.dev/ref/spec).\n" +
		"\n" +
		"```ini\n[default]\nkey = value\n```\n"
	if got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
}

// Numbered lists with paragraphs, URLs in code spans, code that is neither
// Go nor ini.
func TestMarkdownListItemsWithParagraphs(t *testing.T) {
	got := Markdown("Steps:\n\n 1. one\n\n    more about one\n\n 2. two\n\nThen `http.Get(\"https://a.example/x\")`:\n\n\t10.0.0.1  a host\n", 2)
	want := "Steps:\n\n1. one\n\n   more about one\n\n2. two\n\n" +
		"Then `http.Get(\"https://a.example/x\")`:\n\n" +
		"```\n10.0.0.1  a host\n```\n"
	if got != want {
		t.Errorf("Markdown:\n%q\nwant:\n%q", got, want)
	}
}

func TestSectionAndFirstSentence(t *testing.T) {
	_, desc := Split(MustExtract(docGo, "halting"))
	fix := Section(desc, "Fix")
	if got := FirstSentence(fix); got != "Adds a break." {
		t.Errorf("FirstSentence(Fix) = %q", got)
	}
	if got := Section(desc, "Flags"); got != "" {
		t.Errorf("Section(Flags) = %q, want none", got)
	}
	if got := FirstSentence("None: the code cannot\nsee it"); got != "None: the code cannot see it" {
		t.Errorf("FirstSentence without a period = %q", got)
	}
}
