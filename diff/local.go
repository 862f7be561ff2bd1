package diff

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Local context: the few words right next to a figure in its sentence, on
// either side, not reaching across another figure or a clause mark. Where a
// sentence is rewritten and its figures reordered ("201 cases in the placebo
// group against 58 among the vaccinated" becoming "58 among the vaccinated,
// against 201 in the placebo group"), the words next to each figure travel
// with it; where only the numbers trade places, they stay.
const (
	localLeft  = 3 // content words kept before a figure
	localRight = 4 // and after it, where its counted noun stands
)

// span is a token of a sentence: its byte offsets in the document text and
// whether it is a word.
type span struct {
	s, e int
	word bool
}

// tokenSpans returns the tokens of text[from:to] with document offsets.
func tokenSpans(text string, from, to int, out []span) []span {
	scanWords(text[from:to], func(s, e int, word bool) {
		out = append(out, span{s: from + s, e: from + e, word: word})
	})
	return out
}

// scanWords calls yield with the byte offsets of each token of s, as words
// splits it.
func scanWords(s string, yield func(start, end int, word bool)) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			yield(i, j, true)
			i = j
		default:
			yield(i, i+size, false)
			i += size
		}
	}
}

// clauseMark reports whether a punctuation token bounds a figure's local
// context.
func clauseMark(tok string) bool {
	switch tok {
	case ",", ";", ":", "(", ")", "\"", "[", "]", "\u2014", "\u2013", "|":
		return true
	}
	return false
}

// boundaryWord reports whether a word opens the phrase of another figure
// ("against 58", "while inflation", "and the Greens"): the local context of
// the figure before it stops there.
func boundaryWord(w string) bool {
	switch w {
	case "and", "but", "while", "whereas", "against", "versus", "vs", "compared", "or", "than", "whilst":
		return true
	}
	return false
}

// localStem reduces a lower-case word to a crude lemma, so that "cases" and
// "case", "admitted" and "admit" compare equal.
func localStem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		w = w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		w = w[:n-1]
	}
	// "containment" and "contained", "evacuation" and "evacuated".
	n = len(w)
	switch {
	case n > 7 && strings.HasSuffix(w, "ment"):
		w = w[:n-4]
	case n > 6 && strings.HasSuffix(w, "ation"):
		w = w[:n-3]
	}
	// "admitt" (admitted), "stopp": a doubled final consonant.
	if k := len(w); k > 4 && w[k-1] == w[k-2] && !strings.ContainsRune("aeiouls", rune(w[k-1])) {
		w = w[:k-1]
	}
	// "injury" and "injured", "increase" and "increased".
	if k := len(w); k > 4 && (w[k-1] == 'y' || w[k-1] == 'e') {
		w = w[:k-1]
	}
	return w
}

// withLocal computes the local contexts of the figures of the sentences
// holding figs, if not yet done.
func (s *side) withLocal(figs []int, syms *symbols) {
	for _, i := range figs {
		if si := s.figs[i].sent; si >= 0 && !s.figs[i].localOK {
			s.localSentence(si, syms)
		}
		s.figs[i].localOK = true
	}
}

// localSentence computes the local context of every figure of sentence si.
func (s *side) localSentence(si int, syms *symbols) {
	st := s.doc.Sentences[si]
	text := s.doc.Text
	if st.Start < 0 || st.End > len(text) || st.Start > st.End {
		return
	}
	figs := s.bySent[si]
	toks := tokenSpans(text, st.Start, st.End, nil)
	// owner[k] is the figure (index in figs) whose span holds token k, or
	// -1.
	owner := make([]int, len(toks))
	f := 0
	for k, t := range toks {
		owner[k] = -1
		for f < len(figs) && s.figs[figs[f]].f.End <= t.s {
			f++
		}
		if f < len(figs) && s.figs[figs[f]].f.Start < t.e && t.s < s.figs[figs[f]].f.End {
			owner[k] = f
		}
	}
	add := func(set []weighted, k, n int) ([]weighted, bool) {
		t := toks[k]
		w := strings.ToLower(text[t.s:t.e])
		if hasDigit(w) || isStopword(w) {
			return set, false
		}
		return append(set, weighted{id: syms.id(localStem(w)), w: proximity(n)}), true
	}
	// first[fk] and last[fk]: the first and last token of figure fk.
	first, last := make([]int, len(figs)), make([]int, len(figs))
	for fk := range figs {
		first[fk], last[fk] = -1, -1
	}
	for k, o := range owner {
		if o >= 0 {
			if first[o] < 0 {
				first[o] = k
			}
			last[o] = k
		}
	}
	for fk, fi := range figs {
		info := &s.figs[fi]
		info.localOK = true
		first, last := first[fk], last[fk]
		if first < 0 {
			continue
		}
		var set []weighted
		n := 0
		for k := first - 1; k >= 0 && n < localLeft; k-- {
			if owner[k] >= 0 || !toks[k].word && clauseMark(text[toks[k].s:toks[k].e]) {
				break
			}
			if !toks[k].word {
				continue
			}
			var ok bool
			if set, ok = add(set, k, n); ok {
				n++
			}
			if boundaryWord(strings.ToLower(text[toks[k].s:toks[k].e])) {
				break
			}
		}
		n = 0
		for k := last + 1; k < len(toks) && n < localRight; k++ {
			if owner[k] >= 0 || !toks[k].word && clauseMark(text[toks[k].s:toks[k].e]) {
				break
			}
			if !toks[k].word {
				continue
			}
			if boundaryWord(strings.ToLower(text[toks[k].s:toks[k].e])) {
				break
			}
			var ok bool
			if set, ok = add(set, k, n); ok {
				n++
			}
		}
		info.local = weightedSet(set)
	}
}

// skeletonSimilarity returns how alike the wording of two groups of
// sentences is once their figures are taken out: 1 when only figures
// changed, lower the more the sentences were rewritten or reordered. It is
// the share of words kept in order (twice the longest common subsequence
// over the total).
func (m *matcher) skeletonSimilarity(g group) float64 {
	a := m.old.skeleton(g.olds, m.syms)
	b := m.new.skeleton(g.news, m.syms)
	if len(a)+len(b) == 0 {
		return 1
	}
	const maxWords = 400 // beyond it, the order is not looked at
	if len(a) > maxWords || len(b) > maxWords {
		return dice(sortedSet(a), sortedSet(b))
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(b)]) / float64(len(a)+len(b))
}

// skeleton returns the words of the given sentences, figures left out, as
// symbols.
func (s *side) skeleton(sents []int, syms *symbols) []int {
	var out []int
	text := s.doc.Text
	for _, si := range sents {
		st := s.doc.Sentences[si]
		if st.Start < 0 || st.End > len(text) || st.Start > st.End {
			continue
		}
		figs := s.bySent[si]
		f := 0
		scanWords(text[st.Start:st.End], func(b, e int, word bool) {
			if !word {
				return
			}
			b, e = b+st.Start, e+st.Start
			for f < len(figs) && s.figs[figs[f]].f.End <= b {
				f++
			}
			if f < len(figs) && s.figs[figs[f]].f.Start < e {
				return
			}
			w := text[b:e]
			if hasDigit(w) {
				return
			}
			out = append(out, syms.id(strings.ToLower(w)))
		})
	}
	return out
}

// proximity returns the weight of the n-th content word away from a
// figure (0 the nearest): the nearest words say the most about what it
// counts.
func proximity(n int) float64 {
	switch n {
	case 0:
		return 1
	case 1:
		return 0.7
	case 2:
		return 0.5
	}
	return 0.35
}

// weighted is a context word with its weight.
type weighted struct {
	id int
	w  float64
}

// weightedSet sorts xs by word and keeps each word once, at its largest
// weight.
func weightedSet(xs []weighted) []weighted {
	slices.SortFunc(xs, func(a, b weighted) int {
		if a.id != b.id {
			return a.id - b.id
		}
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return 0
	})
	return slices.CompactFunc(xs, func(a, b weighted) bool { return a.id == b.id })
}

// weightedJaccard returns the sum of the smaller weights of the words two
// sets share over the sum of the larger weights of all their words; 0 when
// both are empty.
func weightedJaccard(a, b []weighted) float64 {
	inter, union := 0.0, 0.0
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i].id < b[j].id:
			union += a[i].w
			i++
		case i >= len(a) || b[j].id < a[i].id:
			union += b[j].w
			j++
		default:
			inter += min(a[i].w, b[j].w)
			union += max(a[i].w, b[j].w)
			i++
			j++
		}
	}
	if union == 0 {
		return 0
	}
	return inter / union
}

// sortedSet sorts and dedupes xs in place.
func sortedSet(xs []int) []int {
	if len(xs) < 2 {
		return xs
	}
	out := append([]int(nil), xs...)
	slices.Sort(out)
	w := 1
	for k := 1; k < len(out); k++ {
		if out[k] != out[w-1] {
			out[w] = out[k]
			w++
		}
	}
	return out[:w]
}
