package checkdoc

import (
	"go/doc/comment"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
)

// Markdown converts doc comment text (a Doc's description) to Markdown:
// headings become headings of the given level, code blocks fenced blocks
// (marked go or ini when they are), lists
// Markdown lists, links Markdown links. Text passes through unchanged, so
// `backquoted` code stays code.
func Markdown(text string, headingLevel int) string {
	var b strings.Builder
	d := new(comment.Parser).Parse(text)
	for i, blk := range d.Content {
		if i > 0 {
			b.WriteString("\n")
		}
		writeBlock(&b, blk, headingLevel, "")
	}
	return b.String()
}

func writeBlock(b *strings.Builder, blk comment.Block, level int, indent string) {
	switch blk := blk.(type) {
	case *comment.Heading:
		b.WriteString(strings.Repeat("#", level) + " " + inline(blk.Text) + "\n")
	case *comment.Paragraph:
		writeLines(b, inline(blk.Text), indent, indent)
	case *comment.Code:
		writeLines(b, "```"+lang(blk.Text)+"\n"+strings.TrimSuffix(blk.Text, "\n")+"\n```", indent, indent)
	case *comment.List:
		for i, item := range blk.Items {
			if i > 0 && blk.BlankBetween() {
				b.WriteString("\n")
			}
			marker := "- "
			if item.Number != "" {
				marker = item.Number + ". "
			}
			sub := strings.Repeat(" ", len(marker))
			for j, c := range item.Content {
				var ib strings.Builder
				writeBlock(&ib, c, level, "")
				first := sub
				if j == 0 {
					first = marker
				} else {
					b.WriteString("\n")
				}
				writeLines(b, strings.TrimSuffix(ib.String(), "\n"), indent+first, indent+sub)
			}
		}
	}
}

// writeLines writes s, its first line prefixed with first and the others
// with rest (list item continuations).
func writeLines(b *strings.Builder, s, first, rest string) {
	for i, line := range strings.Split(s, "\n") {
		p := rest
		if i == 0 {
			p = first
		}
		if line == "" {
			p = strings.TrimRight(p, " ")
		}
		b.WriteString(p + line + "\n")
	}
}

// inline renders text: plain text as is, links as Markdown links.
func inline(ts []comment.Text) string {
	var b strings.Builder
	for _, t := range ts {
		switch t := t.(type) {
		case comment.Plain:
			b.WriteString(string(t))
		case comment.Italic:
			b.WriteString("*" + string(t) + "*")
		case *comment.Link:
			if t.Auto {
				// Bare, as written: GitHub links it, and in a `code span`
				// (which the doc comment parser does not know) it stays code.
				b.WriteString(t.URL)
			} else {
				b.WriteString("[" + inline(t.Text) + "](" + t.URL + ")")
			}
		case *comment.DocLink:
			b.WriteString("[" + inline(t.Text) + "](" + t.DefaultURL("https://pkg.go.dev") + ")")
		}
	}
	return b.String()
}

// lang is the language of a code block: go when it parses as Go
// statements (as the checks' examples are) or declarations, ini when it
// starts with a [section] line (AWS shared config files), else none.
func lang(code string) string {
	switch {
	case isGo(code):
		return "go"
	case iniSection.MatchString(code):
		return "ini"
	}
	return ""
}

var iniSection = regexp.MustCompile(`^\[[^\]\n]+\]\n`)

func isGo(code string) bool {
	if _, err := parser.ParseFile(token.NewFileSet(), "", "package p; func _() {\n"+code+"\n}", parser.SkipObjectResolution); err == nil {
		return true
	}
	_, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+code, parser.SkipObjectResolution)
	return err == nil
}

// Section returns the text of the paragraphs, lists and code under the
// heading named title in text, as doc comment text, or "" if there is none.
func Section(text, title string) string {
	d := new(comment.Parser).Parse(text)
	var out comment.Doc
	in := false
	for _, blk := range d.Content {
		if h, ok := blk.(*comment.Heading); ok {
			in = inline(h.Text) == title
			continue
		}
		if in {
			out.Content = append(out.Content, blk)
		}
	}
	if len(out.Content) == 0 {
		return ""
	}
	out.Links = d.Links
	return string(new(comment.Printer).Comment(&out))
}

// FirstSentence is the first sentence of the first paragraph of text, in
// Markdown, with its lines joined: up to the first period followed by a
// space, or the whole paragraph.
func FirstSentence(text string) string {
	d := new(comment.Parser).Parse(text)
	for _, blk := range d.Content {
		if p, ok := blk.(*comment.Paragraph); ok {
			s := strings.Join(strings.Fields(inline(p.Text)), " ")
			if i := strings.Index(s, ". "); i >= 0 {
				s = s[:i+1]
			}
			return s
		}
	}
	return ""
}
