package report

import (
	_ "embed"
	"html/template"
	"io"
	"strings"
)

//go:embed report.html.tmpl
var htmlSource string

// The page is one file that needs nothing else: inline CSS, no scripts, no
// fonts or images to fetch, so that it can be archived, attached to a
// ticket or printed. html/template escapes every string the analysis puts in.
var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"classDoc":    func(c string) string { return ClassDoc[c] },
	"evidenceDoc": func(e string) string { return EvidenceDoc[e] },
	"evidenceMark": func(e string) string {
		return map[string]string{EvidenceVerified: "✓", EvidenceDocumented: "D", EvidenceUnverified: "?", EvidenceNone: "✕"}[e]
	},
	"join": strings.Join,
}).Parse(htmlSource))

type htmlClass struct {
	Name  string
	Count int
	Sites []Site
}

type htmlService struct {
	Service string
	Cells   []htmlCell
}

type htmlCell struct{ Region, Evidence string }

// WriteHTML writes the report as one self-contained HTML page: the counts
// per class, the services × regions matrix coloured by evidence with its
// legend, and the sites grouped by class.
func WriteHTML(w io.Writer, r *Report) error {
	r.Normalize()
	counts := r.Counts()
	var classes []htmlClass
	for _, c := range r.classes() {
		classes = append(classes, htmlClass{Name: c, Count: counts[c], Sites: r.byClass(c)})
	}
	var services []htmlService
	for _, s := range r.Services {
		hs := htmlService{Service: s.Service}
		for _, region := range r.Regions {
			hs.Cells = append(hs.Cells, htmlCell{region, s.Regions[region]})
		}
		services = append(services, hs)
	}
	return htmlTemplate.Execute(w, map[string]any{
		"Report":    r,
		"Env":       r.envList(),
		"Classes":   classes,
		"Services":  services,
		"Evidences": Evidences,
		"Total":     len(r.Sites),
	})
}
