package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the renderers")

// sample covers every class, kind and evidence value, out of order, with a
// class the package does not know and strings that need escaping in
// Markdown and HTML.
func sample() *Report {
	return &Report{
		Regions: []string{"us-west-2", "me-central-1", "eu-west-1"},
		Env:     map[string]string{"AWS_USE_DUALSTACK_ENDPOINT": "true"},
		Services: []Service{
			{Service: "sqs", Regions: map[string]string{"us-west-2": "verified", "eu-west-1": "verified", "me-central-1": "verified"}},
			{Service: "ec2", Regions: map[string]string{"us-west-2": "verified", "eu-west-1": "verified", "me-central-1": "none"}},
			{Service: "sts", Regions: map[string]string{"us-west-2": "documented", "eu-west-1": "documented", "me-central-1": "unverified"}},
		},
		Sites: []Site{
			{Posn: "main.go:10:2", Kind: KindClient, Service: "sqs", Class: ClassReady, Message: "sqs.NewFromConfig reaches sqs.{region}.api.aws in every target region"},
			{Posn: "main.go:9:14", Kind: KindClient, Class: ClassFix, Check: "dualstackconfig", Message: "config.LoadDefaultConfig does not enable dual-stack endpoints", Fix: true},
			{Posn: "ec2.go:21:9", Kind: KindClient, Service: "ec2", Regions: []string{"me-central-1"}, Class: ClassBreaks, Check: "dualstackbreak", Message: "AWS_USE_DUALSTACK_ENDPOINT=true makes ec2.NewFromConfig use ec2.me-central-1.api.aws, which does not exist"},
			{Posn: "ec2.go:3:9", Kind: KindClient, Service: "ec2", Class: ClassBlocked, Check: "dualstackclient", Message: "ec2 has no verified dual-stack endpoint in me-central-1: use a VPC endpoint or NAT64"},
			{Posn: "legacy.go:7:5", Kind: KindClient, Service: "s3", Class: ClassCode, Check: "legacydualstack", Message: "s3.Options.UseDualstack | *bool\nis deprecated: set o.EndpointOptions.UseDualStackEndpoint"},
			{Posn: "queue.go:9:19", Kind: KindEndpoint, Service: "sqs", Class: ClassEnv, Message: "session.NewSession reads AWS_USE_DUALSTACK_ENDPOINT"},
			{Posn: "metadata.go:10:24", Kind: KindLinkLocal, Class: ClassUnknown, Check: "linklocal", Message: `<script>alert("x")</script> & [link](http://example.com) _emph_ ` + "`code`"},
			{Posn: "odd.go:1:1", Kind: KindClient, Class: "mystery", Message: "a class the renderers do not know is shown, not dropped"},
		},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test -update rewrites it); got:\n%s", path, got)
	}
}

func TestJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json.golden", b.Bytes())

	// The shape the issue specifies, read back by a consumer.
	var got struct {
		Regions  []string
		Env      map[string]string
		Services []struct {
			Service string
			Regions map[string]string
		}
		Sites []map[string]any
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Regions, []string{"eu-west-1", "me-central-1", "us-west-2"}) || got.Env["AWS_USE_DUALSTACK_ENDPOINT"] != "true" {
		t.Errorf("regions %v env %v", got.Regions, got.Env)
	}
	if got.Services[0].Service != "ec2" || got.Services[0].Regions["me-central-1"] != "none" {
		t.Errorf("services not sorted by name: %+v", got.Services)
	}
	var posns []string
	for _, s := range got.Sites {
		posns = append(posns, s["posn"].(string))
		for _, k := range []string{"posn", "kind", "class", "message", "fix"} {
			if _, ok := s[k]; !ok {
				t.Errorf("site %v has no %q", s, k)
			}
		}
	}
	// Sorted by file, then line as a number (ec2.go:3 before ec2.go:21).
	want := []string{"ec2.go:3:9", "ec2.go:21:9", "legacy.go:7:5", "main.go:9:14", "main.go:10:2", "metadata.go:10:24", "odd.go:1:1", "queue.go:9:19"}
	if !slices.Equal(posns, want) {
		t.Errorf("sites in order %v, want %v", posns, want)
	}
}

// TestJSONEmpty: an empty report has [] and {}, never null.
func TestJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, &Report{}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(strings.Fields(b.String()), ""), `{"regions":[],"env":{},"services":[],"sites":[]}`; got != want {
		t.Errorf("empty report: %s, want %s", got, want)
	}
}

func TestMarkdownGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, sample()); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.md.golden", b.Bytes())

	// Every table row has as many cells as its header: an unescaped | or
	// newline in a message would break the table.
	cells := regexp.MustCompile(`(?:^|[^\\])\|`)
	var want int
	for l := range strings.Lines(b.String()) {
		if !strings.HasPrefix(l, "|") {
			want = 0
			continue
		}
		n := len(cells.FindAllString(l, -1))
		if want == 0 {
			want = n
		} else if n != want {
			t.Errorf("row with %d cell separators, header has %d: %s", n, want, l)
		}
	}
	if strings.Contains(b.String(), "<script>") {
		t.Errorf("HTML in a message is not escaped")
	}
}

// TestMarkdownManyRegions: with more regions than fit as columns, each
// service lists its regions per evidence.
func TestMarkdownManyRegions(t *testing.T) {
	r := &Report{Services: []Service{{Service: "ec2", Regions: map[string]string{}}}}
	for i := range matrixMax + 1 {
		region := "xx-test-" + string(rune('a'+i))
		r.Regions = append(r.Regions, region)
		r.Services[0].Regions[region] = Evidences[i%len(Evidences)]
	}
	r.Services[0].Regions["xx-test-a"] = EvidenceNone
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	want := "| `ec2` | xx-test-e, xx-test-i | xx-test-b, xx-test-f | xx-test-c, xx-test-g | xx-test-a, xx-test-d, xx-test-h |"
	if !strings.Contains(b.String(), want) {
		t.Errorf("no row %q in:\n%s", want, b.String())
	}
}

// TestHTML parses the page as a browser would and checks what it shows.
func TestHTML(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, sample()); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var scripts, external []string
	var counts = map[string]string{}
	var evidence = map[string]string{}
	var text strings.Builder
	for n := range doc.Descendants() {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		if n.Type != html.ElementNode {
			continue
		}
		attr := map[string]string{}
		for _, a := range n.Attr {
			attr[a.Key] = a.Val
		}
		switch n.Data {
		case "script":
			scripts = append(scripts, attr["src"])
		case "link", "img", "iframe", "object", "embed":
			external = append(external, n.Data)
		}
		if c, ok := attr["data-class"]; ok {
			counts[c] = textOfClass(n, "n")
		}
		if e, ok := attr["data-evidence"]; ok {
			evidence[attrOf(n.Parent.Parent, "data-service")+"/"+attr["data-region"]] = e
		}
	}
	// No script runs and nothing is fetched: the hostile message is text.
	if len(scripts) > 0 || len(external) > 0 {
		t.Errorf("the page has scripts %q or external resources %q", scripts, external)
	}
	if !strings.Contains(text.String(), `<script>alert("x")</script> & [link]`) {
		t.Errorf("the hostile message is not shown as text")
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		// The only URL is inside the hostile message, escaped as text.
		if strings.Count(page, "http") != 1 {
			t.Errorf("the page refers to URLs")
		}
	}
	for c, want := range map[string]string{"breaks": "1", "blocked": "1", "code": "1", "fix": "1", "env": "1", "unknown": "1", "ready": "1", "mystery": "1"} {
		if counts[c] != want {
			t.Errorf("count of %s = %q, want %s (counts %v)", c, counts[c], want, counts)
		}
	}
	for k, want := range map[string]string{"ec2/me-central-1": "none", "sts/us-west-2": "documented", "sts/me-central-1": "unverified", "sqs/eu-west-1": "verified"} {
		if evidence[k] != want {
			t.Errorf("matrix %s = %q, want %s", k, evidence[k], want)
		}
	}
	if !strings.Contains(page, "@media print") {
		t.Errorf("no print rules")
	}
	// The sections come in class order.
	var order []int
	for _, c := range Classes {
		order = append(order, strings.Index(page, `id="class-`+c+`"`))
	}
	if !slices.IsSorted(order) || order[0] < 0 {
		t.Errorf("class sections out of order: %v", order)
	}
}

func TestSplitPosn(t *testing.T) {
	for in, want := range map[string][3]any{
		"a/b.go:12:9": {"a/b.go", 12, 9},
		"b.go:12":     {"b.go", 0, 12},
		"b.go":        {"b.go", 0, 0},
		`C:\x.go:1:2`: {`C:\x.go`, 1, 2},
	} {
		f, l, c := splitPosn(in)
		if f != want[0] || l != want[1] || c != want[2] {
			t.Errorf("splitPosn(%q) = %q %d %d, want %v", in, f, l, c, want)
		}
	}
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOfClass returns the text of the first element under n with the class.
func textOfClass(n *html.Node, class string) string {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && attrOf(d, "class") == class {
			var b strings.Builder
			for t := range d.Descendants() {
				if t.Type == html.TextNode {
					b.WriteString(t.Data)
				}
			}
			return b.String()
		}
	}
	return ""
}

// TestHTMLHostile puts markup in every string the page shows, attributes
// included: none of it may become an element.
func TestHTMLHostile(t *testing.T) {
	const evil = `x" onclick="alert(1)"><script>alert(2)</script><img src=//e.invalid/i.png>`
	r := &Report{
		Regions:  []string{evil},
		Env:      map[string]string{evil: evil},
		Services: []Service{{Service: evil, Regions: map[string]string{evil: evil}}},
		Sites:    []Site{{Posn: evil, Kind: evil, Service: evil, Regions: []string{evil}, Class: evil, Check: evil, Message: evil}},
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	shown := 0
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "img":
				t.Errorf("hostile strings made a <%s>", n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("hostile strings made an attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
		}
		if n.Type == html.TextNode && strings.Contains(n.Data, evil) {
			shown++
		}
	}
	if shown < 5 {
		t.Errorf("the hostile strings are shown as text %d times, want them everywhere they are used", shown)
	}
}
