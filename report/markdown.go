package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/factdiff/factdiff/diff"
)

// WriteMarkdown renders res as markdown: a summary, a table of the fact
// changes, and each change's old and new sentence with the figure in bold.
func WriteMarkdown(w io.Writer, res *diff.Result) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "## Fact changes")
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, mdEscape(summaryLine(res))+".")
	if len(res.Facts) > 0 {
		fmt.Fprintln(bw)
		fmt.Fprintln(bw, "| Kind | What | Old | New | Note |")
		fmt.Fprintln(bw, "| --- | --- | --- | --- | --- |")
		for _, c := range res.Facts {
			old, new, note := "", "", ""
			if c.Old != nil {
				old = mdEscape(oneLine(c.Old.Text))
			}
			if c.New != nil {
				new = mdEscape(oneLine(c.New.Text))
			}
			if c.Old != nil && c.New != nil {
				note = mdEscape(notes(c))
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n", c.Kind, mdEscape(keyOf(c)), old, new, note)
		}
		for i, c := range res.Facts {
			fmt.Fprintln(bw)
			fmt.Fprintf(bw, "### %d. %s %s\n\n", i+1, c.Kind, mdEscape(keyOf(c)))
			if c.Old != nil {
				fmt.Fprintf(bw, "- old: %s\n", mdExcerpt(excerptOf(c.Old, res.Old)))
			}
			if c.New != nil {
				fmt.Fprintf(bw, "- new: %s\n", mdExcerpt(excerptOf(c.New, res.New)))
			}
		}
	}
	return bw.Flush()
}

// mdExcerpt renders an excerpt with its figure in bold.
func mdExcerpt(e excerpt) string {
	return mdEscape(e.before) + "**" + mdEscape(e.figure) + "**" + mdEscape(e.after)
}

// mdEscape backslash-escapes the characters markdown would read as markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
