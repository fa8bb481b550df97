package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// TestDocsInStep fails when docs/checks.md or the README's checks table is
// not what the checks' doc.go comments give.
func TestDocsInStep(t *testing.T) {
	for _, tg := range targets {
		path := filepath.Join("..", "..", tg.path)
		old, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := tg.rewrite(old, analyzer.Checks)
		if err != nil {
			t.Fatal(err)
		}
		if string(old) != string(want) {
			line, have, want := firstDiff(string(old), string(want))
			t.Errorf("%s is not in step with passes/*/doc.go: edit the doc.go comments, not %s, and run '%s'.\nFirst difference at line %d:\n have: %s\n want: %s",
				tg.path, tg.path, Command, line, have, want)
		}
	}
}

// firstDiff is the line number and the two lines where a and b first differ.
func firstDiff(a, b string) (int, string, string) {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return i + 1, x, y
		}
	}
	return 0, "", ""
}

// TestGenerated checks what the generator writes, rendered as GitHub does:
// a section per check with its anchor, code blocks as code, a table row
// per check, and hand-written text outside the markers kept.
func TestGenerated(t *testing.T) {
	checks := analyzer.Checks
	doc, err := targets[0].rewrite([]byte("# Checks\n\nintro\n\n"+sectionsBegin+"stale\n"+sectionsEnd+"\n## Deployment settings\n"), checks)
	if err != nil {
		t.Fatal(err)
	}
	var html strings.Builder
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(doc, &html); err != nil {
		t.Fatal(err)
	}
	h := html.String()
	for _, want := range []string{"<p>intro</p>", "<h2>Deployment settings</h2>", `<code class="language-go">cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(&quot;us-west-2&quot;))`, `<code class="language-ini">[default]`, "<h3>Fix</h3>", "<li>at <code>config.LoadDefaultConfig</code>, when"} {
		if !strings.Contains(h, want) {
			t.Errorf("rendered docs/checks.md lacks %s", want)
		}
	}
	if strings.Contains(h, "stale") {
		t.Error("the old text between the markers was kept")
	}
	for _, a := range checks {
		if !strings.Contains(h, "<h2>"+a.Name+"</h2>") {
			t.Errorf("no section for %s", a.Name)
		}
	}

	readme, err := targets[1].rewrite([]byte("## Checks\n\n"+tableBegin+tableEnd+"\nmore\n"), checks)
	if err != nil {
		t.Fatal(err)
	}
	html.Reset()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	if err := md.Convert(readme, &html); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(html.String(), "<tr>"); n != len(checks)+1 {
		t.Errorf("README table has %d rows, want a header and one per check (%d):\n%s", n, len(checks), html.String())
	}
	for _, want := range []string{
		`<td><a href="docs/checks.md#dualstackconfig"><code>dualstackconfig</code></a></td>`,
		"<td>deprecated S3-only dual-stack settings</td>",
		"<td>moves to the global switch</td>",
		"<td>under -env only: opts the client out of dual-stack</td>",
	} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("rendered README table lacks %s:\n%s", want, html.String())
		}
	}
}

func TestTableEscapesPipes(t *testing.T) {
	a := &analysis.Analyzer{Name: "x", Doc: "report a | b\n\n# Fix\n\nSets `a || b`. More."}
	got := table([]*analysis.Analyzer{a})
	if want := "| [`x`](docs/checks.md#x) | a \\| b | sets `a \\|\\| b` |\n"; !strings.HasSuffix(got, want) {
		t.Errorf("table row:\n%s\nwant:\n%s", got, want)
	}
	a.Doc = "report a\n\nNo fix section."
	if got := table([]*analysis.Analyzer{a}); !strings.HasSuffix(got, "| a | none |\n") {
		t.Errorf("a check without a Fix section: %s", got)
	}
}

func TestMissingMarkers(t *testing.T) {
	for _, content := range []string{
		"no markers\n",
		sectionsEnd + sectionsBegin,
		sectionsBegin + sectionsEnd + sectionsBegin + sectionsEnd,
	} {
		_, err := targets[0].rewrite([]byte(content), analyzer.Checks)
		if err == nil || !strings.Contains(err.Error(), "docs/checks.md: want one") {
			t.Errorf("rewrite(%q) = %v, want an error naming the file and the markers", content, err)
		}
	}
}
