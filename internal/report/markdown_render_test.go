package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/net/html"
)

// TestMarkdownRendered renders the Markdown as a GitHub-flavoured Markdown
// renderer does (goldmark with the GFM extensions: tables, autolinks) and
// checks what a reader of the pull-request comment sees: every table row
// has its header's cells, and messages show as written, the hostile one as
// text (no script, no emphasis, no link but the bare URL).
func TestMarkdownRendered(t *testing.T) {
	var md, out bytes.Buffer
	r := sample()
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(md.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&out)
	if err != nil {
		t.Fatal(err)
	}
	var tables int
	cellTexts := map[string]bool{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "a":
			// GitHub links bare URLs too; a Markdown link in a message must
			// not become one with another text.
			if textOf(n) != attrOf(n, "href") {
				t.Errorf("the rendered Markdown has a link %q to %q", textOf(n), attrOf(n, "href"))
			}
		case "script", "em", "img": // the renderer itself uses only <strong>
			t.Errorf("the rendered Markdown has a <%s> element: %s", n.Data, textOf(n))
		case "table":
			tables++
			var widths []int
			for tr := range n.Descendants() {
				if tr.Type == html.ElementNode && tr.Data == "tr" {
					w := 0
					for c := tr.FirstChild; c != nil; c = c.NextSibling {
						if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
							w++
							cellTexts[textOf(c)] = true
						}
					}
					widths = append(widths, w)
				}
			}
			for _, w := range widths {
				if w != widths[0] {
					t.Errorf("table rows of %v cells", widths)
					break
				}
			}
		}
	}
	// Counts, services, one table per class with sites.
	if want := 2 + 8; tables != want {
		t.Errorf("%d tables, want %d", tables, want)
	}
	for _, s := range r.Sites {
		want := strings.ReplaceAll(s.Message, "\n", "")
		if !cellTexts[want] {
			t.Errorf("no cell shows the message %q", want)
		}
		if !cellTexts[s.Posn] {
			t.Errorf("no cell shows the position %q", s.Posn)
		}
	}
	for _, want := range []string{"✅ verified", "📄 documented", "⚠️ unverified", "❌ none", "me-central-1", "sts"} {
		if !cellTexts[want] {
			t.Errorf("no cell shows %q", want)
		}
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}
