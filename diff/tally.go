package diff

import (
	"strings"

	"github.com/factdiff/factdiff/facts"
)

// A score or a vote tally written whole, "3-1" or "70–29", is one fact to
// a reader: "won 3-1" revised to "won 4-1" reads as the score changing,
// "3-1 -> 4-1", not as one team's goals. The extractor gives each side its
// own figure, so that a side can pair across rewording ("beat Chelsea
// 3-1" -> "Chelsea scored once"); the diff reports a tally whose sides pair
// with the sides of a tally written whole in the other version as one
// change. A tally written out ("voted 31 to 22") keeps its sides apart, as
// readers count those votes by side.

// tallyAt reports whether figure i opens a tally written whole: it and
// figure i+1 are the two sides of a score or a vote, joined by a hyphen or
// a dash and nothing else, or a cricket score joined by "for".
func (s *side) tallyAt(i int) bool {
	if i < 0 || i+1 >= len(s.figs) {
		return false
	}
	a, b := &s.figs[i], &s.figs[i+1]
	if !(tallySide(a) && tallySide(b) || splitShares(a.f, b.f)) || a.f.End > b.f.Start || b.f.Start-a.f.End > len(" for ") {
		return false
	}
	switch s.doc.Text[a.f.End:b.f.Start] {
	case "-", "–", "—":
		return true
	case " for ":
		// A cricket score or bowling figures, "287 for 6" and "4 for
		// 61", read as one as "287-6" is.
		return isScore(a) && isScore(b)
	}
	return false
}

// splitShares reports whether a and b are two shares each written with
// its percent sign, as a match's statistics split one whole between the
// sides: "Possession 54%-46%".
func splitShares(a, b *facts.Figure) bool {
	return a.Category == facts.Percent && b.Category == facts.Percent &&
		strings.HasSuffix(a.Text, "%") && strings.HasSuffix(b.Text, "%")
}

// inTally reports whether figure i is a side of a tally written whole.
func (s *side) inTally(i int) bool { return s.tallyAt(i) || s.tallyAt(i-1) }

// tallySide reports whether a figure is one side of a score or a vote.
func tallySide(fi *figInfo) bool {
	c := " " + fi.concept
	return isScore(fi) || strings.HasSuffix(c, " votes for") || strings.HasSuffix(c, " votes against")
}

// tallyChange returns the change of the tally opening at old figure i,
// whose sides pair with the tally opening at new figure n, and whether
// there is one: a side changed.
func (m *matcher) tallyChange(i, n int) (Change, bool) {
	if !m.old.tallyAt(i) || !m.new.tallyAt(n) || m.old.pair[i] != n || m.old.pair[i+1] != n+1 {
		return Change{}, false
	}
	o0, o1 := m.old.figs[i].f, m.old.figs[i+1].f
	n0, n1 := m.new.figs[n].f, m.new.figs[n+1].f
	if (m.equalPair[i] || same(o0, n0)) && (m.equalPair[i+1] || same(o1, n1)) {
		return Change{}, false
	}
	return Change{
		Kind:     Changed,
		Key:      tallyKey(n0.Key),
		Category: n0.Category,
		Old:      tallySideOf(m.old.doc, o0, o1),
		New:      tallySideOf(m.new.doc, n0, n1),
	}, true
}

// tallyKey names a whole tally from the key of its first side: "committee
// votes for" -> "committee vote", "home score" -> "score", "Rovers score"
// stays.
func tallyKey(k string) string {
	switch {
	case strings.HasSuffix(k, "votes for"):
		return strings.TrimSpace(strings.TrimSuffix(k, "votes for") + "vote")
	case k == "home score":
		return "score"
	}
	return k
}

// tallySideOf returns the tally of figures a and b, its two sides, as one
// side of a change: its text is the tally as written, its value the first
// side's, and Tally holds both.
func tallySideOf(doc *facts.Document, a, b *facts.Figure) *Side {
	s := sideOf(a)
	s.Text = doc.Text[a.Start:b.End]
	s.End = b.End
	s.Tally = []float64{a.Value, b.Value}
	return s
}
