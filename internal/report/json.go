package report

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the report as indented JSON, sorted (see Normalize).
func WriteJSON(w io.Writer, r *Report) error {
	r.Normalize()
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // messages quote Go code (&, <-); the output is not HTML
	return enc.Encode(r)
}
