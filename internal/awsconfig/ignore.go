package awsconfig

import (
	"fmt"
	"slices"
	"strings"
)

// A directive is a "# dualstacklint:ignore <check>[,<check>] <reason>"
// comment line; it covers the line below it.
type directive struct {
	line   *Line
	checks []string
	reason string
	used   bool
}

const directivePrefix = "dualstacklint:ignore"

func directives(f *File) []*directive {
	var out []*directive
	for _, l := range f.Lines {
		if l.Kind != Comment {
			continue
		}
		text := strings.TrimLeft(string(f.Src[l.Start:l.End]), " \t")
		text = strings.TrimSpace(text[1:]) // the # or ;
		rest, ok := strings.CutPrefix(text, directivePrefix)
		if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue
		}
		d := &directive{line: l}
		if fields := strings.Fields(rest); len(fields) > 0 {
			d.checks = strings.Split(fields[0], ",")
			d.reason = strings.Join(fields[1:], " ")
		}
		out = append(out, d)
	}
	return out
}

// applyDirectives drops the findings directives cover and reports the
// directives that are malformed or suppress nothing, as the Go side does.
func applyDirectives(f *File, findings []Finding) []Finding {
	ds := directives(f)
	var out []Finding
	for _, fd := range findings {
		hit := false
		for _, d := range ds {
			if d.reason != "" && d.line.Num == fd.Line-1 && slices.Contains(d.checks, fd.Check) {
				d.used, hit = true, true
			}
		}
		if !hit {
			out = append(out, fd)
		}
	}
	for _, d := range ds {
		var unknown []string
		for _, c := range d.checks {
			if !slices.Contains(Checks, c) {
				unknown = append(unknown, c)
			}
		}
		msg := ""
		switch {
		case len(d.checks) == 0:
			msg = "ignore directive names no check: write # dualstacklint:ignore <check> <reason>"
		case len(unknown) > 0:
			msg = fmt.Sprintf("ignore directive names unknown check %s (checks in config files: %s)", strings.Join(unknown, ", "), strings.Join(Checks, ", "))
		case d.reason == "":
			msg = "ignore directive has no reason: say why the finding does not apply, after the check name"
		case !d.used:
			msg = fmt.Sprintf("ignore directive suppresses nothing: no %s finding on the next line; remove it", strings.Join(d.checks, "/"))
		default:
			continue
		}
		out = append(out, Finding{Check: Ignore, Line: d.line.Num, Start: d.line.Start, End: d.line.End, Message: msg})
	}
	return out
}
