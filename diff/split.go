package diff

import "github.com/factdiff/factdiff/facts"

// splitRanges marks as unchanged a range one version gives whole and the
// other as its two ends read apart: "charge from 10% to 80%" reworded
// "go from 10% to 80% charge", "between 1 January and 31 March" reworded
// "from 1 January to 31 March", where the extractor took one wording as
// a range and the other as two figures. The range is paired with its low
// end; the high end, the figure after it in the same sentence, unpaired
// and of the same value as the range's high end, is left out.
func (m *matcher) splitRanges() {
	for o := range m.old.figs {
		n := m.old.pair[o]
		if n < 0 || m.equalPair[o] {
			continue
		}
		if m.old.figs[o].f.High != nil && m.new.figs[n].f.High == nil {
			if rangeSplit(&m.old, o, &m.new, n) {
				m.equalPair[o] = true
			}
		} else if m.new.figs[n].f.High != nil && m.old.figs[o].f.High == nil {
			if rangeSplit(&m.new, n, &m.old, o) {
				m.equalPair[o] = true
			}
		}
	}
}

// rangeSplit reports whether figure r of side rs, a range, is written as
// figure a of side ss and the one after it, and if so marks that one
// restated, to be left out of the changes.
func rangeSplit(rs *side, r int, ss *side, a int) bool {
	fr, fa := rs.figs[r].f, ss.figs[a].f
	b := a + 1
	if b >= len(ss.figs) || ss.pair[b] >= 0 || ss.figs[b].sent != ss.figs[a].sent || ss.figs[a].sent < 0 {
		return false
	}
	fb := ss.figs[b].f
	if fb.High != nil || class(fa.Category) != class(fr.Category) || class(fb.Category) != class(fr.Category) {
		return false
	}
	low, high := *fr, *fr
	low.High, high.High, high.Value = nil, nil, *fr.High
	if !SameValue(&low, fa) || !SameValue(&high, fb) {
		return false
	}
	if class(fr.Category) != facts.Count && (!sameUnit(fr, fa) || !sameUnit(fr, fb)) {
		return false
	}
	ss.markRestated(b)
	return true
}
