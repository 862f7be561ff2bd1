package report

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
	"github.com/sergi/go-diff/diffmatchpatch"
)

//go:embed templates/html.tmpl templates/html.css
var htmlFS embed.FS

// htmlTemplates are the report's templates, parsed once. They are never
// modified after parsing, so sharing them is safe.
var htmlTemplates = template.Must(template.New("html").ParseFS(htmlFS, "templates/html.tmpl"))

// htmlStyle is the report's stylesheet, from the embedded html.css.
var htmlStyle = func() template.CSS {
	b, err := htmlFS.ReadFile("templates/html.css")
	if err != nil {
		panic(err)
	}
	// The stylesheet is ours, embedded at build time: trusted.
	return template.CSS(b)
}()

// htmlWordDiffBudget bounds the word-level go-diff of one report. Only
// large, unrelated texts reach it; go-diff then returns a coarser, still
// correct diff.
const htmlWordDiffBudget = time.Second

// HTMLOptions tunes WriteHTML and NewHTMLReport.
type HTMLOptions struct {
	// Title is the page's title; "factdiff report" when empty.
	Title string
	// OldName and NewName label the two versions (file names, dates).
	OldName, NewName string
	// KeyURL, when set, links each fact's key to the URL it returns (the
	// web pages link to the key's timeline). The URL is escaped and
	// filtered like any other by html/template.
	KeyURL func(key string) string
}

// HTMLReport is a comparison prepared for HTML. WriteHTML renders it as a
// page; web pages embed its fragments (Summary, Facts, TextDiff) with the
// stylesheet HTMLStyle, so both show exactly the same rendering.
//
// Every fragment is produced by html/template from the untrusted article
// text, so returning it as template.HTML is sound.
type HTMLReport struct {
	v *htmlView
}

// htmlView is the data of the report's templates.
type htmlView struct {
	Title   string
	OldName string
	NewName string
	Style   template.CSS
	Summary string
	Facts   []htmlFact
	Diff    []htmlSpan
}

// htmlFact is one row of the fact-change table.
type htmlFact struct {
	ID       string // the row's id
	Kind     diff.Kind
	Key      string
	KeyURL   string
	Category facts.Category
	Old, New *htmlSide
	Delta    string
	Anchor   string // id of the figure's mark in the text diff
}

// htmlSide is one side of a fact change.
type htmlSide struct {
	Text                  string
	Value                 string // the normalised value, when it says more than Text
	Before, Figure, After string // the sentence cut around the figure
}

// htmlSpan is one run of the word-level text diff.
type htmlSpan struct {
	Op     string // "eq", "ins" or "del"
	Pieces []htmlPiece
}

// htmlPiece is part of a span, a changed figure or plain text.
type htmlPiece struct {
	Text  string
	Mark  diff.Kind // the kind of change of the figure marked; "" for plain text
	ID    string    // set on the first piece of a figure
	Title string
}

// HTMLStyle returns the report's stylesheet, for pages that embed the
// fragments.
func HTMLStyle() template.CSS { return htmlStyle }

// WriteHTML renders res as one self-contained HTML page: the summary, the
// table of fact changes with their old and new sentences, and the
// word-level text diff with the changed figures highlighted. The page has
// its stylesheet inline and loads nothing.
func WriteHTML(w io.Writer, res *diff.Result, opts HTMLOptions) error {
	r := NewHTMLReport(res, opts)
	if err := htmlTemplates.ExecuteTemplate(w, "html-page", r.v); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return nil
}

// NewHTMLReport prepares res for HTML. res.Old and res.New, when set, give
// the texts of the text diff and place each figure in it; without them only
// the fact table is shown.
func NewHTMLReport(res *diff.Result, opts HTMLOptions) *HTMLReport {
	r := &htmlView{
		Title:   opts.Title,
		OldName: opts.OldName,
		NewName: opts.NewName,
		Style:   htmlStyle,
		Summary: summaryLine(res),
	}
	if r.Title == "" {
		r.Title = "factdiff report"
	}
	var oldMarks, newMarks []figMark
	for i, c := range res.Facts {
		f := htmlFact{
			ID:       fmt.Sprintf("fact-%d", i+1),
			Kind:     c.Kind,
			Key:      keyOf(c),
			Category: c.Category,
		}
		if opts.KeyURL != nil && strings.TrimSpace(c.Key) != "" {
			f.KeyURL = opts.KeyURL(c.Key)
		}
		title := Line(c)
		if c.Old != nil {
			f.Old = newHTMLSide(c.Old, res.Old)
			if m, ok := markOf(c.Old, res.Old, c.Kind, fmt.Sprintf("fact-%d-old", i+1), title); ok {
				oldMarks = append(oldMarks, m)
				f.Anchor = m.id
			}
		}
		if c.New != nil {
			f.New = newHTMLSide(c.New, res.New)
			if m, ok := markOf(c.New, res.New, c.Kind, fmt.Sprintf("fact-%d-new", i+1), title); ok {
				newMarks = append(newMarks, m)
				f.Anchor = m.id
			}
		}
		if c.Delta != nil && *c.Delta != 0 {
			f.Delta = deltaText(*c.Delta, c.DeltaUnit)
		}
		r.Facts = append(r.Facts, f)
	}
	if res.Old != nil || res.New != nil {
		var oldText, newText string
		if res.Old != nil {
			oldText = res.Old.Text
		}
		if res.New != nil {
			newText = res.New.Text
		}
		r.Diff = textDiff(oldText, newText, oldMarks, newMarks)
	}
	return &HTMLReport{v: r}
}

// Summary returns the one-line summary of the changes as HTML.
func (r *HTMLReport) Summary() (template.HTML, error) { return r.fragment("html-summary") }

// Facts returns the table of fact changes (or a line saying there are
// none) as HTML.
func (r *HTMLReport) Facts() (template.HTML, error) { return r.fragment("html-facts") }

// TextDiff returns the word-level text diff, changed figures marked, as
// HTML.
func (r *HTMLReport) TextDiff() (template.HTML, error) { return r.fragment("html-textdiff") }

func (r *HTMLReport) fragment(name string) (template.HTML, error) {
	var b bytes.Buffer
	if err := htmlTemplates.ExecuteTemplate(&b, name, r.v); err != nil {
		return "", fmt.Errorf("report: html %s: %w", name, err)
	}
	// Rendered by html/template, which escaped the article text.
	return template.HTML(b.String()), nil
}

func newHTMLSide(s *diff.Side, doc *facts.Document) *htmlSide {
	e := excerptOf(s, doc)
	side := &htmlSide{
		Text:   oneLine(s.Text),
		Value:  valueText(s),
		Before: e.before,
		Figure: e.figure,
		After:  e.after,
	}
	if side.Value == side.Text {
		side.Value = "" // nothing to add
	}
	return side
}

// valueText formats the normalised value of s: "25", "1,200,000", "25–30".
func valueText(s *diff.Side) string {
	v := signedNumber(s.Value)
	if s.High != nil {
		v += "–" + signedNumber(*s.High)
	}
	return v
}

func signedNumber(x float64) string {
	if x < 0 {
		return "-" + number(math.Abs(x))
	}
	return number(x)
}

// figMark is a changed figure's span in one version's text.
type figMark struct {
	start, end int
	kind       diff.Kind
	id, title  string
}

// markOf returns the span of side s in doc's text, when its offsets hold.
func markOf(s *diff.Side, doc *facts.Document, kind diff.Kind, id, title string) (figMark, bool) {
	if doc == nil || s.Start < 0 || s.End <= s.Start || s.End > len(doc.Text) {
		return figMark{}, false
	}
	return figMark{start: s.Start, end: s.End, kind: kind, id: id, title: title}, true
}

// textDiff returns the word-level diff of two texts: go-diff over one rune
// per token (its lines-to-chars technique at word level), cleaned up for
// people, then cut around the marked figures.
func textDiff(oldText, newText string, oldMarks, newMarks []figMark) []htmlSpan {
	a, b := tokenize(oldText), tokenize(newText)
	ids := map[string]int{}
	encode := func(toks []string) []rune {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			rs[i] = tokenRune(id)
		}
		return rs
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = htmlWordDiffBudget
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))

	sortMarks(oldMarks)
	sortMarks(newMarks)
	w := &diffWriter{oldMarks: oldMarks, newMarks: newMarks, seen: map[string]bool{}}
	oi, ni := 0, 0 // token indexes
	oo, no := 0, 0 // byte offsets
	span := func(toks []string, from, n int) int {
		size := 0
		for _, t := range toks[from : from+n] {
			size += len(t)
		}
		return size
	}
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			size := span(a, oi, n)
			w.del(oldText, oo, oo+size)
			oi, oo = oi+n, oo+size
		case diffmatchpatch.DiffInsert:
			size := span(b, ni, n)
			w.ins(newText, no, no+size)
			ni, no = ni+n, no+size
		case diffmatchpatch.DiffEqual:
			// Past about a million distinct tokens two tokens can share a
			// rune; only tokens that are really equal are shown as equal.
			runNew, runOld := no, oo
			for k := 0; k < n; k++ {
				ta, tb := a[oi+k], b[ni+k]
				if ta != tb {
					w.eq(newText, runNew, no, runOld)
					w.del(oldText, oo, oo+len(ta))
					w.ins(newText, no, no+len(tb))
					runNew, runOld = no+len(tb), oo+len(ta)
				}
				oo += len(ta)
				no += len(tb)
			}
			w.eq(newText, runNew, no, runOld)
			oi += n
			ni += n
		}
	}
	return w.spans
}

func sortMarks(ms []figMark) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
}

// diffWriter collects the spans of a text diff, merging neighbours of the
// same kind.
type diffWriter struct {
	oldMarks, newMarks []figMark
	seen               map[string]bool // mark ids already given to a piece
	spans              []htmlSpan
}

func (w *diffWriter) del(text string, from, to int) {
	w.add("del", cutMarks(text, from, to, 0, w.oldMarks, nil, w.seen))
}

func (w *diffWriter) ins(text string, from, to int) {
	w.add("ins", cutMarks(text, from, to, 0, w.newMarks, nil, w.seen))
}

// eq adds new text [from, to) that is old text from oldFrom on: both
// versions' marks apply, the new version's first.
func (w *diffWriter) eq(text string, from, to, oldFrom int) {
	w.add("eq", cutMarks(text, from, to, oldFrom-from, w.newMarks, w.oldMarks, w.seen))
}

func (w *diffWriter) add(op string, pieces []htmlPiece) {
	if len(pieces) == 0 {
		return
	}
	if k := len(w.spans) - 1; k >= 0 && w.spans[k].Op == op {
		last := &w.spans[k].Pieces
		for _, p := range pieces {
			n := len(*last) - 1
			if n >= 0 && p.Mark == "" && (*last)[n].Mark == "" {
				(*last)[n].Text += p.Text
				continue
			}
			if n >= 0 && p.Mark != "" && p.ID == "" && (*last)[n].Mark == p.Mark && (*last)[n].Title == p.Title {
				(*last)[n].Text += p.Text
				continue
			}
			*last = append(*last, p)
		}
		return
	}
	w.spans = append(w.spans, htmlSpan{Op: op, Pieces: pieces})
}

// cutMarks cuts text[from:to] into plain pieces and pieces inside marks.
// primary marks are offsets into text; secondary ones, when given, are
// offsets into the other version, where text[from:to] starts at
// from+shift, and apply where no primary mark does.
func cutMarks(text string, from, to, shift int, primary, secondary []figMark, seen map[string]bool) []htmlPiece {
	if from >= to {
		return nil
	}
	// Boundaries inside [from, to) and the mark covering each byte range.
	type cover struct {
		start, end int
		m          *figMark
	}
	var covers []cover
	for i := range primary {
		m := &primary[i]
		if s, e := max(m.start, from), min(m.end, to); s < e {
			covers = append(covers, cover{s, e, m})
		}
	}
	np := len(covers)
	for i := range secondary {
		m := &secondary[i]
		s, e := max(m.start-shift, from), min(m.end-shift, to)
		if s >= e {
			continue
		}
		overlaps := false
		for _, c := range covers[:np] {
			if s < c.end && c.start < e {
				overlaps = true
				break
			}
		}
		if !overlaps {
			covers = append(covers, cover{s, e, m})
		}
	}
	sort.SliceStable(covers, func(i, j int) bool { return covers[i].start < covers[j].start })

	var out []htmlPiece
	pos := from
	for _, c := range covers {
		if c.start < pos { // overlapping marks of one version: keep the first
			if c.end <= pos {
				continue
			}
			c.start = pos
		}
		if c.start > pos {
			out = append(out, htmlPiece{Text: text[pos:c.start]})
		}
		p := htmlPiece{Text: text[c.start:c.end], Mark: c.m.kind, Title: c.m.title}
		if !seen[c.m.id] {
			seen[c.m.id] = true
			p.ID = c.m.id
		}
		out = append(out, p)
		pos = c.end
	}
	if pos < to {
		out = append(out, htmlPiece{Text: text[pos:to]})
	}
	return out
}

// tokenize cuts text into words (letters and digits, with the joiners of
// "5,000", "U.S." and "Iraq's" inside), runs of space, and single other
// characters. The tokens concatenate back to text.
func tokenize(text string) []string {
	var toks []string
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		j := i + size
		switch {
		case isWordChar(r):
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordChar(r2) {
					j += s2
					continue
				}
				if isWordJoiner(r2) && j+s2 < len(text) {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); isWordChar(r3) {
						j += s2
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += s2
			}
		}
		toks = append(toks, text[i:j])
		i = j
	}
	return toks
}

func isWordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isWordJoiner(r rune) bool {
	switch r {
	case '.', ',', '\'', '\u2019', '-', '\u2010', '\u2011':
		return true
	}
	return false
}

// tokenRune encodes token number id as a rune go-diff keeps intact: any
// code point but the surrogates. Past the last one numbers wrap around,
// which textDiff checks for.
func tokenRune(id int) rune {
	const (
		surrogateFirst = 0xD800
		surrogateCount = 0x800
		limit          = utf8.MaxRune + 1 - surrogateCount
	)
	id %= limit
	if id >= surrogateFirst {
		id += surrogateCount
	}
	return rune(id)
}
