package report

import (
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/factdiff/factdiff/facts"
)

// WriteFactsText renders the figures of doc as a table, one figure a line in
// document order: category, key, literal text, value (or range), unit,
// qualifier and byte span.
func WriteFactsText(w io.Writer, doc *facts.Document) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tKEY\tTEXT\tVALUE\tUNIT\tQUALIFIER\tSPAN")
	for _, f := range doc.Figures {
		format := plain
		if f.Category == facts.Date || f.Category == facts.Time {
			// Encodings (2003, 20191231, 1430), not amounts: no separators.
			format = func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
		}
		value := format(f.Value)
		if f.High != nil {
			value += " to " + format(*f.High)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d-%d\n",
			dash(string(f.Category)), dash(f.Key), oneLine(f.Text), value, dash(f.Unit), dash(f.Qualifier), f.Start, f.End)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, plural(len(doc.Figures), "figure"))
	return err
}

func dash(s string) string {
	if s = oneLine(s); s == "" {
		return "-"
	}
	return s
}

// plain formats x for people, with its sign when negative.
func plain(x float64) string {
	if x < 0 {
		return "-" + number(-x)
	}
	return number(x)
}
