package report

import (
	"encoding/json"
	"io"
	"math"

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
	out := factsJSON{Facts: make([]facts.Figure, 0, len(doc.Figures))}
	for _, f := range doc.Figures {
		f.Value = finite(f.Value)
		if f.High != nil {
			h := finite(*f.High)
			f.High = &h
		}
		out.Facts = append(out.Facts, f)
	}
	return encode(w, &out)
}

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// finite clamps x to a number JSON can carry.
func finite(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return 0
	case math.IsInf(x, 1):
		return math.MaxFloat64
	case math.IsInf(x, -1):
		return -math.MaxFloat64
	}
	return x
}
