package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/passes/dualstackconfig"
	"github.com/dualstacklint/dualstacklint/passes/linklocal"
)

// TestHelpFromDocGo checks that 'dualstacklint help' reads the checks'
// doc.go: the summary line in the list, the whole section (subsections
// included) and the flags for one check.
func TestHelpFromDocGo(t *testing.T) {
	var out, errs bytes.Buffer
	if code := help(&out, &errs, nil); code != exitClean {
		t.Fatalf("help: exit %d, %s", code, errs.String())
	}
	for _, a := range analyzer.Suite {
		title, _, _ := strings.Cut(a.Doc, "\n")
		if title == "" || strings.HasPrefix(title, a.Name+":") || !strings.Contains(out.String(), "  "+a.Name) ||
			!strings.Contains(out.String(), " "+title+"\n") {
			t.Errorf("help lists %s without its summary %q (or with the name twice):\n%s", a.Name, title, out.String())
		}
	}

	out.Reset()
	if code := help(&out, &errs, []string{"linklocal"}); code != exitClean {
		t.Fatalf("help linklocal: exit %d, %s", code, errs.String())
	}
	got := out.String()
	for _, want := range []string{
		"linklocal: report link-local IPv4 addresses of AWS services that have an IPv6 form\n\n",
		"\t169.254.169.254  fd00:ec2::254  EC2 instance metadata service (IMDS)\n",
		"\n# Fix\n\nNone: the IPv6 form works only on Nitro instances",
		"\n# In AWS shared config files\n",
		"\n\nFlags:\n  -linklocal.imds-client\t",
		"\n\nDocumentation: " + linklocal.Analyzer.URL + "\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("help linklocal lacks %q:\n%s", want, got)
		}
	}

	out.Reset()
	errs.Reset()
	if code := help(&out, &errs, []string{"nosuch"}); code != exitUsage || !strings.Contains(errs.String(), `unknown check "nosuch"`) {
		t.Errorf("help nosuch: exit %d, %q", code, errs.String())
	}
}

// TestSARIFHelpMarkdownFromDocGo checks the rule help Markdown as GitHub
// renders it: the doc's code blocks stay code, its lists lists, its
// subsections headings.
func TestSARIFHelpMarkdownFromDocGo(t *testing.T) {
	var html bytes.Buffer
	md := checkHelpMarkdown(analyzer.Lookup(dualstackconfig.Name))
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(md), &html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"<h2>dualstackconfig: report config.LoadDefaultConfig and session.NewSession calls",
		`<pre><code class="language-go">cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(&quot;us-west-2&quot;),`,
		"<li>at <code>config.LoadDefaultConfig</code>, when every client",
		"<h3>Fix</h3>",
		`<a href="` + dualstackconfig.Analyzer.URL + `">Documentation</a>`,
	} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("rule help Markdown lacks %s:\n%s", want, html.String())
		}
	}
}
