package diff

import (
	"time"
	"unicode/utf8"

	"github.com/factdiff/factdiff/facts"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Time budgets of the go-diff calls. They only bind on large, unrelated
// texts, where go-diff then settles for a coarser (still correct) diff; news
// revisions finish far below them.
const (
	sentenceDiffBudget = 300 * time.Millisecond
	wordDiffBudget     = 400 * time.Millisecond
)

// segment is one run of the sentence alignment: either equal sentences
// (old[o0:o1] equals new[n0:n1] one for one) or an edited hunk of deleted
// old[o0:o1] and inserted new[n0:n1] sentences.
type segment struct {
	equal          bool
	o0, o1, n0, n1 int
}

// alignSentences aligns the sentences of two versions with go-diff in its
// lines-to-chars manner: each distinct normalised sentence becomes one rune,
// the rune strings are diffed, and the runs are expanded back to sentences.
func alignSentences(old, new []facts.Sentence) []segment {
	syms := newSymbols()
	a := make([]rune, len(old))
	for i, s := range old {
		a[i] = symbolRune(syms.id(s.Norm))
	}
	b := make([]rune, len(new))
	for i, s := range new {
		b[i] = symbolRune(syms.id(s.Norm))
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = sentenceDiffBudget
	diffs := dmp.DiffMainRunes(a, b, false)

	var segs []segment
	oi, ni := 0, 0
	hunk := segment{o0: 0, n0: 0}
	flush := func() {
		hunk.o1, hunk.n1 = oi, ni
		if hunk.o1 > hunk.o0 || hunk.n1 > hunk.n0 {
			segs = append(segs, hunk)
		}
	}
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			oi += n
		case diffmatchpatch.DiffInsert:
			ni += n
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n; k++ {
				// Distinct sentences can share a rune past a million
				// symbols; only true equals are kept equal.
				if old[oi].Norm != new[ni].Norm {
					oi++
					ni++
					continue
				}
				flush()
				segs = appendEqual(segs, oi, ni)
				oi++
				ni++
				hunk = segment{o0: oi, n0: ni}
			}
		}
	}
	flush()
	return segs
}

// appendEqual adds the equal sentence pair (o, n), extending the last
// segment when it is an equal run that ends right there.
func appendEqual(segs []segment, o, n int) []segment {
	if k := len(segs) - 1; k >= 0 && segs[k].equal && segs[k].o1 == o && segs[k].n1 == n {
		segs[k].o1++
		segs[k].n1++
		return segs
	}
	return append(segs, segment{equal: true, o0: o, o1: o + 1, n0: n, n1: n + 1})
}

// wordStats counts the words inserted and deleted between the versions: a
// word-level go-diff (one rune per word) of each edited hunk. Equal sentences
// contribute nothing, which keeps the work proportional to the edits.
func wordStats(old, new *facts.Document, segs []segment) TextStats {
	var st TextStats
	syms := newSymbols()
	var isWord []bool
	encode := func(doc *facts.Document, from, to int) []rune {
		var rs []rune
		for _, s := range doc.Sentences[from:to] {
			words(doc.Text[s.Start:s.End], func(tok string, word bool) {
				id := syms.id(tok)
				if id == len(isWord) {
					isWord = append(isWord, word)
				}
				rs = append(rs, symbolRune(id))
			})
		}
		return rs
	}
	countWords := func(text string) int {
		n := 0
		for _, r := range text {
			if id := runeSymbol(r); id >= len(isWord) || isWord[id] {
				n++
			}
		}
		return n
	}
	deadline := time.Now().Add(wordDiffBudget)
	dmp := diffmatchpatch.New()
	for _, sg := range segs {
		if sg.equal {
			continue
		}
		a := encode(old, sg.o0, sg.o1)
		b := encode(new, sg.n0, sg.n1)
		left := time.Until(deadline)
		if left <= 0 || len(a) == 0 || len(b) == 0 {
			// Out of budget, or a pure insertion or deletion: every word
			// counts.
			st.Deletions += countWords(string(a))
			st.Insertions += countWords(string(b))
			continue
		}
		dmp.DiffTimeout = left
		for _, d := range dmp.DiffMainRunes(a, b, false) {
			switch d.Type {
			case diffmatchpatch.DiffDelete:
				st.Deletions += countWords(d.Text)
			case diffmatchpatch.DiffInsert:
				st.Insertions += countWords(d.Text)
			}
		}
	}
	return st
}

// runeSymbol inverts symbolRune (modulo its sharing of runes).
func runeSymbol(r rune) int {
	id := int(r)
	if id >= surrogateFirst+surrogateCount {
		id -= surrogateCount
	}
	return id
}
