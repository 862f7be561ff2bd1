package snapshots

import (
	"context"
	"strings"

	"github.com/factdiff/factdiff/facts"
)

// Figures are stored compactly, since every version of an article repeats
// most of them: the words that name a figure (key, concept, category, unit,
// qualifier) are a row of figure_terms, shared by all the versions of a
// watch; a figure row holds the term's id, the numbers, and the offsets of
// its span and sentence. Its text and sentence are NULL when they are the
// version's text at those offsets, as the extractor guarantees, and hold
// the literal strings otherwise, so what Save was given is what comes back.

// term is the naming part of a figure, one figure_terms row.
type term struct {
	key, concept, category, unit, qualifier string
}

func termOf(f facts.Figure) term {
	return term{f.Key, f.Concept, string(f.Category), f.Unit, f.Qualifier}
}

const termColumns = "fkey, concept, category, unit, qualifier"

// termIDs returns the figure_terms ids of the terms of figs, adding the
// missing ones. The caller holds the watch's lock, so no other writer adds
// terms to this watch meanwhile.
func termIDs(ctx context.Context, t tx, watchID int64, figs []facts.Figure) (map[term]int64, error) {
	ids := map[term]int64{}
	if len(figs) == 0 {
		return ids, nil
	}
	scan := func(r rows) error {
		defer r.Close()
		for r.Next() {
			var id int64
			var tm term
			if err := r.Scan(&id, &tm.key, &tm.concept, &tm.category, &tm.unit, &tm.qualifier); err != nil {
				return err
			}
			ids[tm] = id
		}
		return r.Err()
	}
	r, err := t.query(ctx, "SELECT id, "+termColumns+" FROM figure_terms WHERE watch_id = ?", watchID)
	if err != nil {
		return nil, err
	}
	if err := scan(r); err != nil {
		return nil, err
	}
	var missing []term
	seen := map[term]bool{}
	for _, f := range figs {
		tm := termOf(f)
		if _, ok := ids[tm]; !ok && !seen[tm] {
			seen[tm] = true
			missing = append(missing, tm)
		}
	}
	for start := 0; start < len(missing); start += figureBatch {
		batch := missing[start:min(len(missing), start+figureBatch)]
		args := make([]any, 0, len(batch)*6)
		for _, tm := range batch {
			args = append(args, watchID, tm.key, tm.concept, tm.category, tm.unit, tm.qualifier)
		}
		// RETURNING gives the rows in no set order: map them by content.
		r, err := t.query(ctx, "INSERT INTO figure_terms (watch_id, "+termColumns+") VALUES "+
			placeholders(len(batch), 6)+" RETURNING id, "+termColumns, args...)
		if err != nil {
			return nil, err
		}
		if err := scan(r); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// placeholders returns "(?, ?), (?, ?)" for rows of cols.
func placeholders(rows, cols int) string {
	one := "(?" + strings.Repeat(", ?", cols-1) + ")"
	return one + strings.Repeat(", "+one, rows-1)
}

// figureBatch is how many rows one INSERT carries.
const figureBatch = 50

func insertFigures(ctx context.Context, t tx, versionID, watchID int64, text string, figs []facts.Figure) error {
	terms, err := termIDs(ctx, t, watchID, figs)
	if err != nil {
		return err
	}
	const cols = 12
	for start := 0; start < len(figs); start += figureBatch {
		batch := figs[start:min(len(figs), start+figureBatch)]
		args := make([]any, 0, len(batch)*cols)
		for i, f := range batch {
			var span, sentence, high any = f.Text, f.Sentence, nil
			if f.Text != "" && f.Start >= 0 && f.Start <= f.End && f.End <= len(text) && text[f.Start:f.End] == f.Text {
				span = nil
			}
			ss, se := 0, 0
			if a, z, ok := sentenceSpan(text, f); ok {
				sentence, ss, se = nil, a, z
			}
			if f.High != nil {
				high = *f.High
			}
			args = append(args, versionID, start+i, terms[termOf(f)], f.Value, high, span,
				sentence, ss, se, f.SentenceIndex, f.Start, f.End)
		}
		if _, err := t.exec(ctx, `INSERT INTO figures (version_id, ord, term_id, value, high, text,
			sentence, sentence_start, sentence_end, sentence_index, start_off, end_off) VALUES `+
			placeholders(len(batch), cols), args...); err != nil {
			return err
		}
	}
	return nil
}

// sentenceSpan finds f.Sentence in text around the figure, so that the
// sentence is stored as two offsets instead of a copy. It reports false
// when the sentence is not there (then it is stored as text).
func sentenceSpan(text string, f facts.Figure) (int, int, bool) {
	s := f.Sentence
	if s == "" || f.Start < 0 || f.End < f.Start || f.End > len(text) {
		return 0, 0, false
	}
	// Any occurrence inside [lo, hi) covers [Start, End).
	lo, hi := max(0, f.End-len(s)), min(len(text), f.Start+len(s))
	if lo >= hi {
		return 0, 0, false
	}
	if j := strings.Index(text[lo:hi], s); j >= 0 {
		return lo + j, lo + j + len(s), true
	}
	return 0, 0, false
}

// figureColumns are the columns scanFigure reads, from figures f joined
// with figure_terms t.
const figureColumns = `t.fkey, t.concept, t.category, t.unit, t.qualifier, f.value, f.high, f.text,
	f.sentence, f.sentence_start, f.sentence_end, f.sentence_index, f.start_off, f.end_off`

// storedFigure is a figure as its row holds it: text and sentence may be
// offsets into the version's text still to resolve.
type storedFigure struct {
	f              facts.Figure
	text, sentence *string // nil: taken from the version's text
	ss, se         int
}

// scanFigure reads figureColumns, after any leading dest, from r.
func scanFigure(r rows, lead ...any) (storedFigure, error) {
	var sf storedFigure
	var category string
	f := &sf.f
	dest := append(lead, &f.Key, &f.Concept, &category, &f.Unit, &f.Qualifier, &f.Value, &f.High, &sf.text,
		&sf.sentence, &sf.ss, &sf.se, &f.SentenceIndex, &f.Start, &f.End)
	err := r.Scan(dest...)
	f.Category = facts.Category(category)
	return sf, err
}

// needsText reports whether resolve needs the version's text.
func (sf storedFigure) needsText() bool { return sf.text == nil || sf.sentence == nil }

// resolve returns the figure, its text and sentence taken from the
// version's text where the row holds offsets.
func (sf storedFigure) resolve(text string) facts.Figure {
	f := sf.f
	if sf.text != nil {
		f.Text = *sf.text
	} else if 0 <= f.Start && f.Start <= f.End && f.End <= len(text) {
		f.Text = text[f.Start:f.End]
	}
	if sf.sentence != nil {
		f.Sentence = *sf.sentence
	} else if 0 <= sf.ss && sf.ss <= sf.se && sf.se <= len(text) {
		f.Sentence = text[sf.ss:sf.se]
	}
	return f
}

func readFigures(ctx context.Context, q querier, versionID int64, text string) ([]facts.Figure, error) {
	r, err := q.query(ctx, "SELECT "+figureColumns+` FROM figures f JOIN figure_terms t ON t.id = f.term_id
		WHERE f.version_id = ? ORDER BY f.ord`, versionID)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var figs []facts.Figure
	for r.Next() {
		sf, err := scanFigure(r)
		if err != nil {
			return nil, err
		}
		figs = append(figs, sf.resolve(text))
	}
	return figs, r.Err()
}
