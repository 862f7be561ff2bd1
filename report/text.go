package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// ANSI escapes of the coloured text format.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
)

// excerptRadius is how many characters of a sentence are shown on each side
// of a figure; scraped pages glue sentences into very long ones.
const excerptRadius = 90

// Line returns the one-line form of a change, the form of want.txt in the
// regression cases:
//
//	changed killed fighters: at least 25 -> at least 26 (+1)
//	changed killed fighters: at least 25 -> 25 (qualifier: at least -> (none))
//	added U.S. troops: 5,000
//	removed aid package: $3.5 billion
func Line(c diff.Change) string {
	var b strings.Builder
	b.WriteString(string(c.Kind))
	b.WriteByte(' ')
	b.WriteString(keyOf(c))
	b.WriteString(": ")
	switch {
	case c.Old != nil && c.New != nil:
		b.WriteString(oneLine(c.Old.Text))
		b.WriteString(" -> ")
		b.WriteString(oneLine(c.New.Text))
		if n := notes(c); n != "" {
			b.WriteString(" (")
			b.WriteString(n)
			b.WriteByte(')')
		}
	case c.Old != nil:
		b.WriteString(oneLine(c.Old.Text))
	case c.New != nil:
		b.WriteString(oneLine(c.New.Text))
	}
	return b.String()
}

// keyOf returns the key shown for c: its key, or its category when the
// extractor found no key.
func keyOf(c diff.Change) string {
	if k := oneLine(c.Key); k != "" {
		return k
	}
	if c.Category != "" {
		return string(c.Category)
	}
	return "figure"
}

// notes returns the parenthesised remarks on a changed fact: the delta, and
// what else changed when the value did not tell it all.
func notes(c diff.Change) string {
	var parts []string
	if c.Delta != nil && *c.Delta != 0 {
		parts = append(parts, deltaText(*c.Delta, c.DeltaUnit))
	}
	if q0, q1 := c.Old.Qualifier, c.New.Qualifier; !diff.SameQualifier(q0, q1) {
		parts = append(parts, "qualifier: "+orNone(q0)+" -> "+orNone(q1))
	}
	// A different unit is only news when nothing else changed: a revised
	// count often changes "person" to "people".
	if u0, u1 := strings.TrimSpace(c.Old.Unit), strings.TrimSpace(c.New.Unit); len(parts) == 0 && !strings.EqualFold(u0, u1) {
		parts = append(parts, "unit: "+orNone(u0)+" -> "+orNone(u1))
	}
	return strings.Join(parts, ", ")
}

func orNone(s string) string {
	if s = oneLine(s); s == "" {
		return "(none)"
	}
	return s
}

// deltaText formats a delta with its sign and, for dates and times, its
// unit: "+3", "-25 minutes", "+1 day".
func deltaText(d float64, unit string) string {
	if unit == "" {
		return signed(d)
	}
	if math.Abs(d) == 1 {
		unit = strings.TrimSuffix(unit, "s")
	} else if pluralTimes[unit] {
		unit += "s" // "+30 minutes" after a measure in "minute"
	} else if d != 0 {
		// A delta across units, "2,800 sq metres" to "25,000 sq feet",
		// is given to four significant figures: "-5,139 sq ft", not
		// "-5,138.9492 sq ft".
		mag := math.Pow(10, math.Floor(math.Log10(math.Abs(d)))-3)
		d = math.Round(d/mag) * mag
	}
	return signed(d) + " " + unit
}

// pluralTimes are the singular time units a measure's delta may come in.
var pluralTimes = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true}

// signed formats a delta with its sign: +1, -200, +1,250,000, +0.5.
func signed(x float64) string {
	s := number(math.Abs(x))
	if x < 0 {
		return "-" + s
	}
	return "+" + s
}

// number formats a non-negative number for people: thousands separated,
// at most four decimals.
func number(x float64) string {
	if x >= 1e15 || math.IsInf(x, 0) || math.IsNaN(x) {
		return strconv.FormatFloat(x, 'g', 6, 64)
	}
	if x > 0 && x < 5e-5 {
		// Too small for four decimals: the gap between "one in 139
		// million" and "one in 139.8 million".
		return strconv.FormatFloat(x, 'g', 3, 64)
	}
	s := strconv.FormatFloat(x, 'f', 4, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// oneLine makes s safe for one line of a terminal: control characters and
// line breaks become spaces, runs of spaces collapse.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// excerpt is a sentence cut around its figure: before, the figure, after.
type excerpt struct {
	before, figure, after string
}

// excerptOf returns the sentence of side s cut around its figure. doc is
// the version s belongs to, used to find the figure in its sentence; it may
// be nil.
func excerptOf(s *diff.Side, doc *facts.Document) excerpt {
	sent := s.Sentence
	rel := -1
	if doc != nil && s.Start >= 0 && s.End <= len(doc.Text) && s.Start <= s.End {
		for _, st := range doc.Sentences {
			if st.Start <= s.Start && s.End <= st.End && st.End <= len(doc.Text) {
				if doc.Text[st.Start:st.End] == sent {
					rel = s.Start - st.Start
				}
				break
			}
		}
	}
	if rel < 0 || rel+len(s.Text) > len(sent) || sent[rel:rel+len(s.Text)] != s.Text {
		rel = strings.Index(sent, s.Text)
	}
	if rel < 0 {
		return excerpt{figure: oneLine(s.Text)}
	}
	before, after := sent[:rel], sent[rel+len(s.Text):]
	if utf8.RuneCountInString(before) > excerptRadius {
		before = "…" + cutLeft(before, excerptRadius)
	}
	if utf8.RuneCountInString(after) > excerptRadius {
		after = cutRight(after, excerptRadius) + "…"
	}
	e := excerpt{before: oneLine(before), figure: oneLine(s.Text), after: oneLine(after)}
	if before != "" && unicode.IsSpace(lastRune(before)) {
		e.before += " "
	}
	if after != "" && unicode.IsSpace(firstRune(after)) {
		e.after = " " + e.after
	}
	return e
}

// cutLeft keeps about the last n runes of s, starting at a word.
func cutLeft(s string, n int) string {
	rs := []rune(s)
	rs = rs[len(rs)-n:]
	for i, r := range rs {
		if unicode.IsSpace(r) && i < n/2 {
			return string(rs[i+1:])
		}
	}
	return string(rs)
}

// cutRight keeps about the first n runes of s, ending at a word.
func cutRight(s string, n int) string {
	rs := []rune(s)[:n]
	for i := len(rs) - 1; i > n/2; i-- {
		if unicode.IsSpace(rs[i]) {
			return string(rs[:i])
		}
	}
	return string(rs)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// WriteText renders res as plain text: one line per fact change (see Line),
// each followed by its old and new sentence with the figure marked, then a
// summary line. With opts.Color, ANSI colours replace the brackets.
func WriteText(w io.Writer, res *diff.Result, opts Options) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !opts.Color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	mark := func(code, s string) string {
		if opts.Color {
			return ansiBold + code + s + ansiReset
		}
		return "[" + s + "]"
	}
	for _, c := range res.Facts {
		kindColor := ansiYellow
		switch c.Kind {
		case diff.Added:
			kindColor = ansiGreen
		case diff.Removed:
			kindColor = ansiRed
		}
		line := Line(c)
		if opts.Color {
			kind, rest, _ := strings.Cut(line, " ")
			line = paint(ansiBold+kindColor, kind) + " " + rest
		}
		fmt.Fprintln(bw, line)
		if c.Old != nil {
			e := excerptOf(c.Old, res.Old)
			fmt.Fprintf(bw, "    %s %s%s%s\n", paint(ansiRed, "-"), paint(ansiDim, e.before), mark(ansiRed, e.figure), paint(ansiDim, e.after))
		}
		if c.New != nil {
			e := excerptOf(c.New, res.New)
			fmt.Fprintf(bw, "    %s %s%s%s\n", paint(ansiGreen, "+"), paint(ansiDim, e.before), mark(ansiGreen, e.figure), paint(ansiDim, e.after))
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, summaryLine(res))
	return bw.Flush()
}

// summaryLine counts the changes and the word edits in one sentence.
func summaryLine(res *diff.Result) string {
	n := len(res.Facts)
	head := "no fact changes"
	switch n {
	case 0:
	case 1:
		head = "1 fact change"
	default:
		head = fmt.Sprintf("%d fact changes", n)
	}
	if n > 0 {
		head += fmt.Sprintf(" (%d changed, %d added, %d removed)", res.Summary.Changed, res.Summary.Added, res.Summary.Removed)
	}
	return fmt.Sprintf("%s; text: %s inserted, %s deleted", head,
		plural(res.Text.Insertions, "word"), plural(res.Text.Deletions, "word"))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
