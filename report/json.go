package report

import (
	"encoding/json"
	"io"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// WriteJSON renders res as the stable JSON of SPEC.md: "facts" (an array,
// empty when nothing changed), "summary" and "text".
func WriteJSON(w io.Writer, res *diff.Result) error {
	out := *res
	if out.Facts == nil {
		out.Facts = []diff.Change{}
	}
	return encode(w, &out)
}

// factsJSON is the document of `factdiff facts --format json`.
type factsJSON struct {
	Facts []facts.Figure `json:"facts"`
}

// WriteFactsJSON renders the figures of doc as {"facts": [...]} in document
// order, each with the fields of a side of SPEC.md plus key and category.
func WriteFactsJSON(w io.Writer, doc *facts.Document) error {
	out := factsJSON{Facts: doc.Figures}
	if out.Facts == nil {
		out.Facts = []facts.Figure{}
	}
	return encode(w, &out)
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
