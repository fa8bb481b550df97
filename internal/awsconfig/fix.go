package awsconfig

import (
	"sort"
	"strings"
)

// Apply returns src with the fixes of findings applied (the first fix that
// overlaps an earlier one is skipped: none do today, each edits its own
// value).
func Apply(src []byte, findings []Finding) []byte {
	var edits []Edit
	for _, f := range findings {
		if f.Fix == nil {
			continue
		}
		ok := true
		for _, e := range f.Fix.Edits {
			for _, a := range edits {
				if e.Start < a.End && a.Start < e.End {
					ok = false
				}
			}
		}
		if ok {
			edits = append(edits, f.Fix.Edits...)
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.Start])
		b.WriteString(e.New)
		last = e.End
	}
	b.Write(src[last:])
	return []byte(b.String())
}
