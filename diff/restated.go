package diff

import "strings"

// A live story often keeps the figure it revised in a sentence that says
// so: "Floods have killed at least 57 people… Earlier, officials had said
// at least 42 had died." The old "at least 42" then finds its value again
// in the new version, and pairing by value leaves the new 57 looking
// added. pairRestated re-pairs such a figure with the revised one: the old
// figure changed to the new, and the earlier value, restated as history,
// is no fact of its own.

// restatingWords mark a sentence that reports what was said before.
var restatingWords = []string{"earlier", "previously", "initially", "originally"}

// restatingSentences reports, for each sentence of s, whether it
// restates an earlier report: it has a word such as "earlier" and a past
// perfect ("had said", "had put the toll at").
func (s *side) restatingSentences() []bool {
	out := make([]bool, len(s.doc.Sentences))
	for si, st := range s.doc.Sentences {
		t := strings.ToLower(s.doc.Text[st.Start:st.End])
		if !strings.Contains(t, "had ") {
			continue
		}
		for _, w := range restatingWords {
			if strings.Contains(t, w) {
				out[si] = true
				break
			}
		}
	}
	return out
}

// historyOf reports whether figure i is, in its own sentence, the value
// a revision replaced (history): keyed so by the extractor, or after
// "from" ("cut her forecast to 1.33 million from 1.35 million", "up from
// her earlier call of 3.9%"), or named so by a correction (corrected:
// "1,400 metres long, not 1,100 metres as previously reported"). The
// text before the figure is read once for both.
func (s *side) historyOf(i int) (history, corrected bool) {
	start := s.figs[i].f.Start
	if start > len(s.doc.Text) {
		return earlierKey(s.figs[i].f) || s.previousValue(i), false
	}
	t := strings.ToLower(s.doc.Text[max(0, start-historyWindow):start])
	corrected = s.correctedValue(i, t)
	if corrected || earlierKey(s.figs[i].f) || s.previousValue(i) {
		return true, corrected
	}
	k := strings.LastIndex(t, "from ")
	if k < 0 || k > 0 && isASCIILetter(t[k-1]) || strings.ContainsAny(t[k:], "0123456789.;") {
		return false, false
	}
	for _, w := range historyWords {
		if strings.Contains(t[k:], w) {
			return true, false
		}
	}
	return false, false
}

// historyMarks returns historyOf for every figure of s.
func (s *side) historyMarks() (history, corrected []bool) {
	history, corrected = make([]bool, len(s.figs)), make([]bool, len(s.figs))
	for i := range s.figs {
		history[i], corrected[i] = s.historyOf(i)
	}
	return history, corrected
}

// markRestated leaves figure i of s out of the changes: a new figure that
// restates history, or either version's high end of a range the other
// states whole (see splitRanges).
func (s *side) markRestated(i int) {
	if s.restated == nil {
		s.restated = make(map[int]bool)
	}
	s.restated[i] = true
}

// correctedValue reports whether figure i, with before the lower-cased
// text before it, is the value a correction replaced: "1,400 metres
// long, not 1,100 metres as previously reported", "previously given as
// 612".
func (s *side) correctedValue(i int, before string) bool {
	for _, p := range correctedBefore {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	if !strings.HasSuffix(before, "not ") {
		return false
	}
	end := min(s.figs[i].f.End, len(s.doc.Text))
	after := strings.ToLower(s.doc.Text[end:min(len(s.doc.Text), end+historyWindow)])
	for _, p := range correctedAfter {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// correctedBefore end the words before a value a correction replaced.
var correctedBefore = []string{"previously given as ", "previously reported as ", "previously stated as ", "originally reported as ",
	"wrongly given as ", "wrongly reported as ", "incorrectly given as ", "incorrectly reported as "}

// correctedAfter open the words after "not X" that make X the value a
// correction replaced.
var correctedAfter = []string{" as previously", " as originally", " as initially", " as first", " as earlier", " as we ",
	" as reported", " as stated", " as said"}

// historyWindow is how far before a figure history looks for "from".
const historyWindow = 48

// historyWords, between "from" and a figure, make it the value before:
// "from her earlier call of", "from a previous estimate of".
var historyWords = []string{"earlier", "previous", "prior", "initial", "original", "first estimate"}

// in reports whether figure i stands in a sentence marked in sents.
func (s *side) in(sents []bool, i int) bool {
	si := s.figs[i].sent
	return si >= 0 && si < len(sents) && sents[si]
}

// pairRestated re-pairs each old figure whose equal partner stands in a
// restating sentence of the new version with an unpaired new figure of
// the same concept outside such sentences, when its value is a plausible
// revision; the restated partner is then left out of the changes.
func (m *matcher) pairRestated() {
	newRest := m.new.restatingSentences()
	newHist, newCorr := m.new.historyMarks()
	var oldRest, oldHist []bool // computed when first needed
	for n := range m.new.figs {
		o := m.new.pair[n]
		if o < 0 || !m.new.in(newRest, n) && !newHist[n] {
			continue
		}
		if oldRest == nil {
			oldRest = m.old.restatingSentences()
			oldHist, _ = m.old.historyMarks()
		}
		fo := &m.old.figs[o]
		if !SameValue(fo.f, m.new.figs[n].f) || m.old.in(oldRest, o) || oldHist[o] {
			continue
		}
		best, bestScore := -1, 0.0
		for c := range m.new.figs {
			fc := &m.new.figs[c]
			// The revised value is of the same concept, or it is the value
			// the history figure's own sentence gives ("to 32.4 million
			// tonnes from 31.8 million tonnes").
			sameSentence := fc.sent >= 0 && fc.sent == m.new.figs[n].sent && newHist[n]
			if m.new.pair[c] >= 0 || c == n || fc.concept != fo.concept && !sameSentence || !mayPair(fo, fc) ||
				m.new.in(newRest, c) || newHist[c] || SameValue(fo.f, fc.f) || !plausibleRevision(fo.f, fc.f) {
				continue
			}
			s := meaningScore(fo, fc)
			if fc.sent == m.new.figs[n].sent && newCorr[n] {
				// "1,400 metres long, not 1,100 metres as previously
				// reported" restates a revision made elsewhere, if
				// there is one: the copy outside comes first.
				s -= positionWeight
			}
			if best < 0 || s > bestScore {
				best, bestScore = c, s
			}
		}
		if best < 0 {
			continue
		}
		m.equalPair[o] = false
		m.new.pair[n] = -1
		m.link(o, best)
		m.new.markRestated(n)
		if newCorr[n] {
			m.restateRevision(n, best)
		}
	}
	// The same history beside a revision already paired: the old "seven
	// deaths" changed to "11 deaths" where the new version adds
	// "Earlier, officials had said seven people had died".
	for n := range m.new.figs {
		fn := &m.new.figs[n]
		if m.new.pair[n] >= 0 || m.new.restated[n] || !m.new.in(newRest, n) && !newHist[n] {
			continue
		}
		for o := range m.old.figs {
			fo := &m.old.figs[o]
			p := m.old.pair[o]
			if p >= 0 && SameValue(fo.f, fn.f) && !SameValue(fo.f, m.new.figs[p].f) && (fo.concept == fn.concept || newCorr[n]) {
				m.new.markRestated(n)
				if newCorr[n] {
					m.restateRevision(n, p)
				}
				break
			}
		}
	}
}

// restateRevision marks as restated the unpaired figure of history
// figure n's sentence that repeats the revised value, new figure p: "He
// said the wall would be 1,400 metres long, not 1,100 metres as
// previously reported" tells the correction again, no new fact.
func (m *matcher) restateRevision(n, p int) {
	si := m.new.figs[n].sent
	if si < 0 || m.new.figs[p].sent == si {
		return
	}
	for _, c := range m.new.bySent[si] {
		if c != n && m.new.pair[c] < 0 && SameValue(m.new.figs[c].f, m.new.figs[p].f) {
			m.new.markRestated(c)
		}
	}
}
