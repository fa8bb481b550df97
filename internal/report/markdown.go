package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// matrixMax is the most regions the Markdown services table shows as
// columns; with more (the default is every region of the aws partition) it
// lists the regions per evidence instead, which stays readable in a
// pull-request comment.
const matrixMax = 8

var evidenceMark = map[string]string{
	EvidenceVerified:   "✅",
	EvidenceDocumented: "📄",
	EvidenceUnverified: "⚠️",
	EvidenceNone:       "❌",
}

// WriteMarkdown writes the report as GitHub-flavoured Markdown for a
// pull-request comment: the counts per class, the services × regions
// evidence, then the sites grouped by class.
func WriteMarkdown(w io.Writer, r *Report) error {
	r.Normalize()
	b := bufio.NewWriter(w)
	counts := r.Counts()

	fmt.Fprintf(b, "## IPv6 readiness (dualstacklint)\n\n")
	fmt.Fprintf(b, "**Regions:** %s  \n", orNone(mdList(r.Regions)))
	fmt.Fprintf(b, "**Deployment:** %s\n\n", orNone(mdList(r.envList())))

	classes := r.classes()
	row(b, append([]string{"class"}, "sites", "meaning"))
	fmt.Fprintln(b, "|---|--:|---|")
	for _, c := range classes {
		if counts[c] == 0 && !slices.Contains(Classes, c) {
			continue
		}
		row(b, []string{"**" + mdCell(c) + "**", fmt.Sprint(counts[c]), mdCell(ClassDoc[c])})
	}
	row(b, []string{"total", fmt.Sprint(len(r.Sites)), ""})

	fmt.Fprintf(b, "\n### Dual-stack endpoints by service and region\n\n")
	if len(r.Services) == 0 {
		fmt.Fprintf(b, "No AWS services used.\n")
	} else if len(r.Regions) <= matrixMax {
		row(b, append([]string{"service"}, mdCells(r.Regions)...))
		fmt.Fprintln(b, "|---"+strings.Repeat("|:-:", len(r.Regions))+"|")
		for _, s := range r.Services {
			cells := []string{"`" + mdCode(s.Service) + "`"}
			for _, region := range r.Regions {
				cells = append(cells, mdEvidence(s.Regions[region]))
			}
			row(b, cells)
		}
	} else {
		row(b, append([]string{"service"}, mdEvidenceHeads()...))
		fmt.Fprintln(b, "|---"+strings.Repeat("|---", len(Evidences))+"|")
		for _, s := range r.Services {
			cells := []string{"`" + mdCode(s.Service) + "`"}
			for _, e := range Evidences {
				var in []string
				for _, region := range r.Regions {
					if s.Regions[region] == e {
						in = append(in, region)
					}
				}
				cells = append(cells, mdCell(strings.Join(in, ", ")))
			}
			row(b, cells)
		}
	}
	fmt.Fprintf(b, "\n")
	for _, e := range Evidences {
		fmt.Fprintf(b, "%s **%s**: %s  \n", evidenceMark[e], e, EvidenceDoc[e])
	}

	fmt.Fprintf(b, "\n### Sites\n")
	if len(r.Sites) == 0 {
		fmt.Fprintf(b, "\nNo AWS SDK clients, AWS endpoints or link-local AWS addresses found.\n")
	}
	for _, c := range classes {
		sites := r.byClass(c)
		if len(sites) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n#### %s (%d)\n\n", mdCell(c), len(sites))
		row(b, []string{"site", "kind", "service", "message", "check", "fix"})
		fmt.Fprintln(b, "|---|---|---|---|---|:-:|")
		for _, s := range sites {
			service := ""
			if s.Service != "" {
				service = "`" + mdCode(s.Service) + "`"
			}
			if len(s.Regions) > 0 {
				service += " (" + mdCell(strings.Join(s.Regions, ", ")) + ")"
			}
			fix := ""
			if s.Fix {
				fix = "✔"
			}
			row(b, []string{"`" + mdCode(s.Posn) + "`", mdCell(s.Kind), service, mdCell(s.Message), mdCell(s.Check), fix})
		}
	}
	return b.Flush()
}

func row(w io.Writer, cells []string) {
	fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func mdList(items []string) string {
	var out []string
	for _, s := range items {
		out = append(out, "`"+mdCode(s)+"`")
	}
	return strings.Join(out, ", ")
}

func mdCells(items []string) []string {
	var out []string
	for _, s := range items {
		out = append(out, mdCell(s))
	}
	return out
}

func mdEvidenceHeads() []string {
	var out []string
	for _, e := range Evidences {
		out = append(out, evidenceMark[e]+" "+e)
	}
	return out
}

func mdEvidence(e string) string {
	if e == "" {
		return "—"
	}
	if m, ok := evidenceMark[e]; ok {
		return m + " " + e
	}
	return mdCell(e)
}

// mdCell escapes text for a table cell: a | would end the cell and a
// newline the row; HTML is escaped so that GitHub shows it as text;
// Markdown emphasis and links are escaped so that messages quoting code
// (*T, [x]) stay as written.
var mdCellReplacer = strings.NewReplacer(
	"|", `\|`, "\r\n", "<br>", "\n", "<br>", "\r", "<br>",
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
)

func mdCell(s string) string { return mdCellReplacer.Replace(s) }

// mdCode escapes text inside a code span in a table cell: only | and
// newlines matter there (a backtick would end the span: replaced by ').
var mdCodeReplacer = strings.NewReplacer("|", `\|`, "\r\n", " ", "\n", " ", "\r", " ", "`", "'")

func mdCode(s string) string { return mdCodeReplacer.Replace(s) }
