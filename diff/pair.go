package diff

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdiff/factdiff/facts"
)

// Caps that keep pairing near linear on large, unrelated texts. News
// revisions stay far below them.
const (
	maxHunkCells    = 4096  // sentence pairs scored in full within one hunk
	hunkWindow      = 24    // else: new sentences scored around the diagonal
	maxGroupPairs   = 4096  // figure pairs scored within one sentence group
	maxMovedCells   = 65536 // sentence pairs scored when looking for moves
	maxBucketPairs  = 16384 // figure pairs scored across the document within one class, else one concept
	contextRadius   = 60    // bytes around a figure used as its context when the extractor gives none
	maxContextWords = 48    // context words of a figure kept for matching
	nameReach       = 5     // words before a figure searched for the name it belongs to
)

// Thresholds of sentence linking and figure pairing, tuned on the
// regression cases and checked on revisions generated from their articles.
const (
	linkSimilarity       = 0.3  // Dice of content words that links two sentences of a hunk
	lonePairLink         = 0.1  // the same for a hunk of one old and one new sentence
	movedSimilarity      = 0.5  // Dice that links a deleted sentence to an inserted one elsewhere
	groupEvidence        = 1.0  // score of meaning and value two figures of a sentence group need to pair
	groupThreshold       = 1.5  // the same, position included
	positionWeight       = 1.5  // score of the same rank in a group whose wording is unchanged
	localWeight          = 1.5  // score of identical local contexts
	rewrittenValueWeight = 2.5  // extra score of equal values in a group whose wording was rewritten
	closeWeight          = 0.75 // score of values that differ little (closeness 1)
	implausiblePenalty   = 2.0  // score taken from figures in unrelated places whose values no revision would give
	leftoverSimilarity   = 0.3  // Dice of their sentences that pairs leftovers without a shared word next to them
	hunkThreshold        = 1.7  // score two figures of one edited hunk, in unlinked sentences, need to be one fact
	globalThreshold      = 2.5  // score two figures in unrelated places need to be one fact
)

// figInfo is what pairing needs to know about one figure.
type figInfo struct {
	f       *facts.Figure
	sent    int    // sentence index
	concept string // Concept, or the lower-cased key when the extractor gives none
	ctx     []int  // sorted symbol numbers of the context words, once ctxOK
	ctxOK   bool
	local   []weighted // the words right next to the figure, by symbol, once localOK
	localOK bool
}

// side is one version as the matcher sees it.
type side struct {
	doc    *facts.Document
	figs   []figInfo
	bySent [][]int // figure indices of each sentence
	sets   [][]int // content-word sets of sentences, computed on demand
	setOK  []bool
	pair   []int              // index of the paired figure in the other version, or -1
	values map[valueKey][]int // figures by class and value, built on demand

	// restated marks figures that repeat, as history, a value the other
	// version revised ("Earlier, officials had said at least 42"), or
	// give the high end of a range the other version states whole: no
	// fact of their own (see pairRestated, splitRanges).
	restated map[int]bool

	// elsewhere holds, for a sentence of an edited hunk, its best Dice
	// with a sentence of another hunk of the other version when that
	// reaches movedSimilarity (see noteMoves); movedOut marks the
	// sentences of a hunk more like that sentence than any of their own
	// hunk's, which pair there and not in the hunk.
	elsewhere map[int]float64
	movedOut  map[int]bool
}

// valueKey names a figure's class and value, for finding a value elsewhere
// in a version.
type valueKey struct {
	cls   facts.Category
	dim   string // a convertible measure's dimension, whose value is in the base unit
	value float64
}

// hasValue reports whether the version holds a figure of f's class and
// value.
func (s *side) hasValue(f *facts.Figure) bool {
	if s.values == nil {
		s.values = make(map[valueKey][]int, len(s.figs))
		for k, fi := range s.figs {
			key := valueKeyOf(fi.f)
			s.values[key] = append(s.values[key], k)
		}
	}
	return len(s.values[valueKeyOf(f)]) > 0
}

// valueCount returns how many figures of the version have f's class and
// value.
func (s *side) valueCount(f *facts.Figure) int {
	if !s.hasValue(f) {
		return 0
	}
	return len(s.values[valueKeyOf(f)])
}

// valueOutside reports whether the version holds a figure of f's class,
// value and noun, unpaired, outside figs: where the value went when its sentence
// was split ("Police said about 18,000 people joined, while organisers
// put the crowd at 45,000" rewritten into two sentences).
func (s *side) valueOutside(f *facts.Figure, figs []int) bool {
	if !s.hasValue(f) {
		return false
	}
	for _, k := range s.values[valueKeyOf(f)] {
		g := s.figs[k].f
		if s.pair[k] < 0 && !slices.Contains(figs, k) && (g.Unit == f.Unit || g.Unit == "" || f.Unit == "") {
			// "two matches" elsewhere is not where "two tries" went.
			return true
		}
	}
	return false
}

// valueIn returns the first of figs that holds f's value, or -1.
func (s *side) valueIn(f *facts.Figure, figs []int) int {
	if !s.hasValue(f) {
		return -1
	}
	for _, k := range s.values[valueKeyOf(f)] {
		if slices.Contains(figs, k) {
			return k
		}
	}
	return -1
}

// swapped reports whether old figure fo and new figure fn, of values
// neither a revision of the other, each find their value on the other
// side in figs, with words next to it that agree at least as well as
// each other's: "cost £5,368, up £236" reworded "go up by £236 to
// £5,368" moved the values, not revised them. "holds 12,000 … expects
// 3,500" swapped with the words kept in place is two changes.
func (m *matcher) swapped(fo, fn *figInfo, olds, news []int) bool {
	if SameValue(fo.f, fn.f) || plausibleRevision(fo.f, fn.f) {
		return false
	}
	eo, en := m.new.valueIn(fo.f, news), m.old.valueIn(fn.f, olds)
	if eo < 0 || en < 0 {
		return false
	}
	cross := weightedJaccard(fo.local, fn.local)
	return weightedJaccard(fo.local, m.new.figs[eo].local) >= cross && weightedJaccard(m.old.figs[en].local, fn.local) >= cross
}

// keptNames reports whether old figure fo and new figure fn each have a
// name before them and the names differ, while the value of each stands
// in the other version with its own name: "Meridane investors would own
// about 61% of the group and Tallis investors 39%" reordered "Tallis
// investors would own 39% of the group and Meridane investors about
// 61%" keeps each share with its holder, though the words around the
// shares stayed in place.
func (m *matcher) keptNames(fo, fn *figInfo, olds, news []int) bool {
	no, nn := m.old.nameBefore(fo), m.new.nameBefore(fn)
	if no == "" || nn == "" || no == nn {
		return false
	}
	eo, en := m.new.valueIn(fo.f, news), m.old.valueIn(fn.f, olds)
	return eo >= 0 && en >= 0 && m.new.nameBefore(&m.new.figs[eo]) == no && m.old.nameBefore(&m.old.figs[en]) == nn
}

// nearerElsewhere reports whether old figure fo and new figure fn hold
// values no revision of one would give the other, while each has a value
// of its class in the other version's group that a revision could give
// (a value kept is left to swapped):
// "Of the 412 suburbs analysed, just 9 were affordable" rewritten "Just 7
// of the 418 suburbs analysed were affordable" revised 412 to 418 and 9 to
// 7, not 412 to 7.
func (m *matcher) nearerElsewhere(fo, fn *figInfo, olds, news []int) bool {
	if fo.f.Value <= 0 || fn.f.Value <= 0 || normUnit(fo.f.Unit) != normUnit(fn.f.Unit) || plausibleRevision(fo.f, fn.f) {
		return false
	}
	near := func(f *facts.Figure, s *side, figs []int) bool {
		for _, k := range figs {
			if g := s.figs[k].f; class(g.Category) == class(f.Category) && normUnit(g.Unit) == normUnit(f.Unit) && g.Value > 0 && !SameValue(f, g) && plausibleRevision(f, g) {
				return true
			}
		}
		return false
	}
	return near(fo.f, &m.new, news) && near(fn.f, &m.old, olds)
}

// matcher pairs the figures of two versions.
type matcher struct {
	old, new side
	syms     *symbols
	// equalPair marks old figures paired inside equal sentences: they are
	// unchanged by definition.
	equalPair []bool
}

func newSide(doc *facts.Document, syms *symbols) side {
	s := side{
		doc:    doc,
		figs:   make([]figInfo, len(doc.Figures)),
		bySent: make([][]int, len(doc.Sentences)),
		sets:   make([][]int, len(doc.Sentences)),
		setOK:  make([]bool, len(doc.Sentences)),
		pair:   make([]int, len(doc.Figures)),
	}
	for i := range doc.Figures {
		f := &doc.Figures[i]
		si := sentenceOf(doc, f)
		fi := figInfo{f: f, sent: si, concept: f.Concept}
		if fi.concept == "" {
			fi.concept = strings.ToLower(f.Key)
		}
		s.figs[i] = fi
		s.pair[i] = -1
		if si >= 0 {
			s.bySent[si] = append(s.bySent[si], i)
		}
	}
	return s
}

// withContext computes the context sets of the given figures, if not yet
// done. Most figures sit in equal sentences and never need theirs.
func (s *side) withContext(figs []int, syms *symbols) {
	for _, i := range figs {
		fi := &s.figs[i]
		if fi.ctxOK {
			continue
		}
		fi.ctxOK = true
		f := fi.f
		if len(f.Context) == 0 {
			fi.ctx = contentSet(around(s.doc, f, fi.sent), syms)
			continue
		}
		for _, w := range f.Context[:min(len(f.Context), maxContextWords)] {
			fi.ctx = append(fi.ctx, syms.id(strings.ToLower(w)))
		}
		slices.Sort(fi.ctx)
		fi.ctx = slices.Compact(fi.ctx)
	}
}

// sentenceOf returns the index of the sentence holding f, or -1.
func sentenceOf(doc *facts.Document, f *facts.Figure) int {
	if i := f.SentenceIndex; i >= 0 && i < len(doc.Sentences) &&
		doc.Sentences[i].Start <= f.Start && f.Start < max(doc.Sentences[i].End, doc.Sentences[i].Start+1) {
		return i
	}
	i, found := slices.BinarySearchFunc(doc.Sentences, f.Start, func(s facts.Sentence, off int) int {
		return cmp.Compare(s.Start, off)
	})
	if !found {
		i--
	}
	if i < 0 || i >= len(doc.Sentences) {
		return -1
	}
	return i
}

// around returns the text near f within its sentence, the fallback context.
func around(doc *facts.Document, f *facts.Figure, si int) string {
	lo, hi := 0, len(doc.Text)
	if si >= 0 {
		lo, hi = doc.Sentences[si].Start, doc.Sentences[si].End
	}
	lo = max(lo, f.Start-contextRadius)
	hi = min(hi, f.End+contextRadius)
	if lo >= hi || lo < 0 || hi > len(doc.Text) {
		return ""
	}
	return doc.Text[lo:hi]
}

// set returns the content-word set of sentence i.
func (s *side) set(i int, syms *symbols) []int {
	if !s.setOK[i] {
		st := s.doc.Sentences[i]
		if st.Start >= 0 && st.Start <= st.End && st.End <= len(s.doc.Text) {
			s.sets[i] = contentSet(s.doc.Text[st.Start:st.End], syms)
		}
		s.setOK[i] = true
	}
	return s.sets[i]
}

// link pairs old figure o with new figure n.
func (m *matcher) link(o, n int) {
	m.old.pair[o] = n
	m.new.pair[n] = o
}

// pairEqual pairs the figures of two equal sentences one for one. It
// reports false when their figures do not line up, leaving them to pairing
// by similarity.
func (m *matcher) pairEqual(os, ns int) bool {
	fo, fn := m.old.bySent[os], m.new.bySent[ns]
	if len(fo) != len(fn) {
		return false
	}
	for k := range fo {
		m.link(fo[k], fn[k])
		m.equalPair[fo[k]] = true
	}
	return true
}

// group is a set of old and new sentences that tell the same thing: one
// edited sentence, a sentence split in two, two merged into one.
type group struct {
	olds, news []int
}

// groupHunk links the sentences of an edited hunk by similarity and returns
// the linked groups. Each sentence is linked to its most similar counterpart
// when they are alike enough; splits and merges come out as one group.
func (m *matcher) groupHunk(sg segment) []group {
	a, b := sg.o1-sg.o0, sg.n1-sg.n0
	if a == 0 || b == 0 {
		return nil
	}
	// A sentence more like one of another hunk than any of this one's
	// moved there and was replaced here ("The colliery employs about
	// 2,300 people" moved to the end, a new sentence in its place): it
	// joins no group of this hunk.
	bestOld := make([]float64, a)
	bestNew := make([]float64, b)
	parent := make([]int, a+b)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(x, y int) { parent[find(x)] = find(y) }

	threshold := linkSimilarity
	if a == 1 && b == 1 {
		threshold = lonePairLink
	}
	bestForNew := make([]float64, b)
	bestNewOld := make([]int, b)
	for j := range bestNewOld {
		bestNewOld[j] = -1
	}
	full := a*b <= maxHunkCells
	bestDist := make([]int, b)
	for i := 0; i < a; i++ {
		oset := m.old.set(sg.o0+i, m.syms)
		c := i * b / a // where sentence i would sit if the hunk were an even rewrite
		lo, hi := 0, b
		if !full {
			lo, hi = max(0, c-hunkWindow), min(b, c+hunkWindow+1)
		}
		best, bestJ := 0.0, -1
		for j := lo; j < hi; j++ {
			d := dice(oset, m.new.set(sg.n0+j, m.syms))
			if a == 1 && b == 1 && d == 0 && len(oset) == 0 && len(m.new.set(sg.n0+j, m.syms)) == 0 {
				d = 1 // two sentences without content words, in the same place
			}
			// Ties go to the sentence nearest the diagonal, so that
			// repeated sentences pair in order.
			dist := abs(j - c)
			if d > best || d == best && bestJ >= 0 && dist < abs(bestJ-c) {
				best, bestJ = d, j
			}
			if d > bestForNew[j] || d == bestForNew[j] && bestNewOld[j] >= 0 && dist < bestDist[j] {
				bestForNew[j], bestNewOld[j], bestDist[j] = d, i, dist
			}
		}
		bestOld[i] = best
		if bestJ >= 0 && best >= threshold && !m.movesAway(sg, i, bestJ, best) {
			union(i, a+bestJ)
		}
	}
	for j := 0; j < b; j++ {
		bestNew[j] = bestForNew[j]
		if bestNewOld[j] >= 0 && bestForNew[j] >= threshold && !m.movesAway(sg, bestNewOld[j], j, bestForNew[j]) {
			union(bestNewOld[j], a+j)
		}
	}
	for i, d := range bestOld {
		if m.old.elsewhere[sg.o0+i] > d {
			m.old.movedOut[sg.o0+i] = true
		}
	}
	for j, d := range bestNew {
		if m.new.elsewhere[sg.n0+j] > d {
			m.new.movedOut[sg.n0+j] = true
		}
	}
	byRoot := make(map[int]*group)
	var order []int
	for x := 0; x < a+b; x++ {
		r := find(x)
		g, ok := byRoot[r]
		if !ok {
			g = &group{}
			byRoot[r] = g
			order = append(order, r)
		}
		if x < a {
			g.olds = append(g.olds, sg.o0+x)
		} else {
			g.news = append(g.news, sg.n0+x-a)
		}
	}
	var groups []group
	for _, r := range order {
		if g := byRoot[r]; len(g.olds) > 0 && len(g.news) > 0 {
			groups = append(groups, *g)
		}
	}
	return groups
}

// movesAway reports whether old sentence o0+i or new sentence n0+j of
// hunk sg, whose Dice is d, is more like a sentence of another hunk.
func (m *matcher) movesAway(sg segment, i, j int, d float64) bool {
	return m.old.elsewhere[sg.o0+i] > d || m.new.elsewhere[sg.n0+j] > d
}

// noteMoves finds, for each sentence of the edited hunks, the most like it
// of the other version's other hunks, kept when their Dice reaches
// movedSimilarity: a sentence moved and revised at once, which its hunk
// must not pair with what replaced it in place.
func (m *matcher) noteMoves(segs []segment) {
	m.old.elsewhere, m.new.elsewhere = map[int]float64{}, map[int]float64{}
	m.old.movedOut, m.new.movedOut = map[int]bool{}, map[int]bool{}
	var hunks []segment
	olds, news := 0, 0
	for _, sg := range segs {
		if !sg.equal {
			hunks = append(hunks, sg)
			olds += sg.o1 - sg.o0
			news += sg.n1 - sg.n0
		}
	}
	if len(hunks) < 2 || olds*news > maxMovedCells {
		return
	}
	for x, a := range hunks {
		for i := a.o0; i < a.o1; i++ {
			oset := m.old.set(i, m.syms)
			if len(oset) == 0 {
				continue
			}
			for y, b := range hunks {
				if x == y {
					continue
				}
				for j := b.n0; j < b.n1; j++ {
					d := dice(oset, m.new.set(j, m.syms))
					if d < movedSimilarity {
						continue
					}
					m.old.elsewhere[i] = max(m.old.elsewhere[i], d)
					m.new.elsewhere[j] = max(m.new.elsewhere[j], d)
				}
			}
		}
	}
}

// class folds the categories that may pair: counts and casualties are one
// class, because whether a count is a casualty depends on wording that
// editors change.
func class(c facts.Category) facts.Category {
	if c == facts.Casualties {
		return facts.Count
	}
	return c
}

// classOrder lists the classes in the fixed order figures are paired
// class by class, so that results do not depend on map iteration.
var classOrder = []facts.Category{facts.Count, facts.Money, facts.Percent, facts.Measure, facts.Date, facts.Time, facts.Ordinal}

// byClass groups the figures figs of s by class, each group in the order
// given.
func (s *side) byClass(figs []int) map[facts.Category][]int {
	b := make(map[facts.Category][]int)
	for _, fi := range figs {
		c := class(s.figs[fi].f.Category)
		b[c] = append(b[c], fi)
	}
	return b
}

// candidate is a scored pairing of old figure o with new figure n.
type candidate struct {
	o, n  int
	score float64
	dist  int // tie-breaker: smaller is better
}

// pickGreedy links candidates best first, each figure at most once.
func (m *matcher) pickGreedy(cands []candidate) {
	slices.SortFunc(cands, func(x, y candidate) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.dist, y.dist); c != 0 {
			return c
		}
		if c := cmp.Compare(x.o, y.o); c != 0 {
			return c
		}
		return cmp.Compare(x.n, y.n)
	})
	for _, c := range cands {
		if m.old.pair[c.o] < 0 && m.new.pair[c.n] < 0 {
			m.link(c.o, c.n)
		}
	}
}

// pairGroup pairs the unpaired figures of a sentence group by position,
// concept, unit and context. Where the sentences kept their wording and
// only figures changed, position weighs more than equal values: "A won 3
// and B won 5" becoming "A won 5 and B won 3" is two changes, not none.
// Where the sentences were rewritten, position says less, and the words
// right next to each figure and equal values say more: "201 in the placebo
// group against 58 among the vaccinated" rewritten "58 among the
// vaccinated, against 201 in the placebo group" is no change.
func (m *matcher) pairGroup(g group) {
	olds := m.unpaired(&m.old, g.olds)
	news := m.unpaired(&m.new, g.news)
	if len(olds) == 0 || len(news) == 0 || len(olds)*len(news) > maxGroupPairs {
		return
	}
	m.old.withContext(olds, m.syms)
	m.new.withContext(news, m.syms)
	m.old.withLocal(olds, m.syms)
	m.new.withLocal(news, m.syms)
	rankO, countO := ranks(&m.old, olds)
	rankN, countN := ranks(&m.new, news)
	if m.anchorEqual(olds, news, countO, countN) {
		// Anchored figures left the group: rank what remains.
		olds, news = m.unpaired(&m.old, g.olds), m.unpaired(&m.new, g.news)
		if len(olds) == 0 || len(news) == 0 {
			return
		}
		rankO, countO = ranks(&m.old, olds)
		rankN, countN = ranks(&m.new, news)
	}
	// In a rewritten group, what position loses equal values gain: a
	// figure written again with its value is more likely the same fact
	// than one that happens to stand at the same rank.
	posWeight, valueExtra := positionWeight, 0.0
	if len(olds) > 1 || len(news) > 1 {
		f := rewordFactor(m.skeletonSimilarity(g))
		posWeight *= f
		valueExtra = rewrittenValueWeight * (1 - f)
	}
	// Where both versions state a change "from" one value "to" another,
	// the value before is one fact and the value after another, whatever
	// order the sentence gives them ("fall to $98 from $260" reworded
	// "fall from $260 to $98", "fallen from 1,012 in 2022 to 874"
	// reworded "fallen to 861, from 1,012 in 2022").
	fromTo := m.old.anyEarlier(olds) && m.new.anyEarlier(news)
	var cands []candidate
	for i, o := range olds {
		fo := &m.old.figs[o]
		for j, n := range news {
			fn := &m.new.figs[n]
			if !mayPair(fo, fn) {
				continue
			}
			if fo.f.Unit != fn.f.Unit && !SameValue(fo.f, fn.f) && !plausibleRevision(fo.f, fn.f) {
				// "by 41 minutes" and "17-year-old" in one place of a
				// headline: a time, but no revision of the other.
				continue
			}
			if m.old.inTally(o) && m.new.inTally(n) && m.old.tallyAt(o) != m.new.tallyAt(n) {
				// "lead 3-2" revised "beat 4-3": first side to first
				// side, whatever values match across.
				continue
			}
			if !SameValue(fo.f, fn.f) && (m.new.valueOutside(fo.f, news) || m.old.valueOutside(fn.f, olds)) {
				// Each value stands unpaired elsewhere in the other
				// version: two facts moved apart, not one revised.
				continue
			}
			if m.swapped(fo, fn, olds, news) || !SameValue(fo.f, fn.f) && (m.keptNames(fo, fn, olds, news) || m.nearerElsewhere(fo, fn, olds, news)) {
				continue
			}
			cls := class(fo.f.Category)
			s := groupScore(fo, fn)
			if fromTo && m.old.earlier(o) != m.new.earlier(n) {
				s -= positionWeight
			} else if fromTo && m.old.earlier(o) && SameValue(fo.f, fn.f) {
				// "to $189 from $175" reworded "from $175 to $195": the
				// value before, written again, is the same fact where
				// the order of the two turned around.
				s += positionWeight
			}
			if SameValue(fo.f, fn.f) {
				s += valueExtra
				if m.old.onlyEqual(fo, olds) && m.new.onlyEqual(fn, news) && m.movedAlong(fo, fn, i, olds, news, rankO, rankN) {
					// The one figure of that value on each side, with
					// the words next to it moved along: a value written
					// again outweighs a rank kept ("Of the 3.9 million
					// valid votes, about 2.13 million…" rewritten "About
					// 2.13 million of the 3,900,000 valid votes"), where
					// "the Greens won 3 seats and the Liberals 5" swapped
					// keeps its words by rank.
					s += positionWeight
				}
			}
			if s < groupEvidence {
				continue // a figure in the same place is not enough
			}
			switch {
			case cls != class(fn.f.Category):
				// Ranks are counted within a class.
			case countO[cls] == countN[cls]:
				if rankO[i] == rankN[j] {
					s += posWeight
				}
			default:
				ro := float64(rankO[i]) / float64(countO[cls])
				rn := float64(rankN[j]) / float64(countN[cls])
				s += posWeight / positionWeight * (1 - math.Abs(ro-rn))
			}
			if s >= groupThreshold {
				cands = append(cands, candidate{o: o, n: n, score: s, dist: abs(rankO[i] - rankN[j])})
			}
		}
	}
	if len(olds) <= maxAssignFigures && len(news) <= maxAssignFigures {
		m.pickBest(cands, olds, news)
	} else {
		m.pickGreedy(cands)
	}
	m.pairLeftovers(g)
}

// anchorEqual pairs, in a class that has more figures on one side of a
// group than on the other, each value that stands exactly once on each
// side: an item added to or dropped from a list shifts the ranks of the
// others ("aged 36, 41 and 52" -> "aged 36, 41, 44 and 52"), and the
// one figure of a value on each side is where it was. Where both sides
// hold as many, ranks decide as before ("A won 3 and B won 5" swapped is
// two changes). It reports whether it paired any.
func (m *matcher) anchorEqual(olds, news []int, countO, countN map[facts.Category]int) bool {
	linked := false
	for _, o := range olds {
		fo := &m.old.figs[o]
		cls := class(fo.f.Category)
		if countO[cls] == countN[cls] || !m.old.onlyEqual(fo, olds) {
			continue
		}
		match, found := -1, 0
		for _, n := range news {
			if fn := &m.new.figs[n]; class(fn.f.Category) == cls && SameValue(fo.f, fn.f) {
				match = n
				found++
			}
		}
		if found == 1 && m.new.pair[match] < 0 && mayPair(fo, &m.new.figs[match]) && !m.new.previousValue(match) && !m.old.previousValue(o) {
			m.link(o, match)
			linked = true
		}
	}
	return linked
}

// earlierKey reports whether the extractor keyed f as the value a change
// started from ("previous list price").
func earlierKey(f *facts.Figure) bool { return strings.HasPrefix(f.Key, "previous ") }

// earlier reports whether figure i is the value a change started from:
// keyed so by the extractor ("previous list price"), or written after
// "from" ("fallen from 1,012 in 2022 to 874").
func (s *side) earlier(i int) bool { return earlierKey(s.figs[i].f) || s.previousValue(i) }

// anyEarlier reports whether one of figures figs is the value a change
// started from (earlier).
func (s *side) anyEarlier(figs []int) bool {
	for _, i := range figs {
		if s.earlier(i) {
			return true
		}
	}
	return false
}

// previousValue reports whether figure i is the earlier value of a
// change its sentence states: "41 villages, up from 36".
func (s *side) previousValue(i int) bool { return s.wordBefore(i, 4) == "from" }

// onlyEqual reports whether no figure of figs but fi itself has fi's
// value.
func (s *side) onlyEqual(fi *figInfo, figs []int) bool {
	for _, k := range figs {
		if g := &s.figs[k]; g != fi && SameValue(g.f, fi.f) {
			return false
		}
	}
	return true
}

// movedAlong reports whether the words next to old figure fo (at index i
// of olds) agree better with those of fn than with those of the new figure
// of fo's class at fo's rank: the figure moved with its words.
func (m *matcher) movedAlong(fo, fn *figInfo, i int, olds, news []int, rankO, rankN []int) bool {
	loc := weightedJaccard(fo.local, fn.local)
	cls := class(fo.f.Category)
	for j, n := range news {
		g := &m.new.figs[n]
		if g != fn && class(g.f.Category) == cls && rankN[j] == rankO[i] {
			return loc > weightedJaccard(fo.local, g.local)
		}
	}
	return false
}

// nameBefore returns the nearest capitalised word among the few words
// before figure fi in its sentence, its first word left out, stopping at
// another figure: the holder a share or a count belongs to ("Meridane
// investors would own about 61%"). It returns "" when there is none.
func (s *side) nameBefore(fi *figInfo) string {
	if fi.sent < 0 {
		return ""
	}
	st := s.doc.Sentences[fi.sent]
	text := s.doc.Text
	from := st.Start
	for _, k := range s.bySent[fi.sent] {
		if g := s.figs[k].f; g.End <= fi.f.Start && g.End > from {
			from = g.End
		}
	}
	if from > fi.f.Start || fi.f.Start > len(text) {
		return ""
	}
	toks := tokenSpans(text, from, fi.f.Start, nil)
	words := 0
	for k := len(toks) - 1; k >= 0 && words < nameReach; k-- {
		t := toks[k]
		if !t.word {
			continue
		}
		words++
		if t.s == st.Start {
			break // a sentence's first word is capitalised whatever it is
		}
		if r, _ := utf8.DecodeRuneInString(text[t.s:t.e]); unicode.IsUpper(r) {
			return text[t.s:t.e]
		}
	}
	return ""
}

// pairLeftovers pairs, in order, the figures of a sentence group that
// found no partner by meaning, when each class has as many left on both
// sides: the alignment of their sentences makes them one fact revised
// ("killing at least 14 workers and injuring dozens" rewritten "the death
// toll rose to 19, and 46 people were being treated"), unless a value is
// no plausible revision of the other ("about 180 aboard" and "at least 31
// dead"), what they count visibly differs, or both values still stand
// elsewhere in the other version.
func (m *matcher) pairLeftovers(g group) {
	olds := m.unpaired(&m.old, g.olds)
	news := m.unpaired(&m.new, g.news)
	if len(olds) == 0 || len(news) == 0 || len(olds) > maxAssignFigures || len(news) > maxAssignFigures {
		return
	}
	m.old.withLocal(olds, m.syms)
	m.new.withLocal(news, m.syms)
	bo, bn := m.old.byClass(olds), m.new.byClass(news)
	// A figure no figure of the other side could be a revision of is
	// another fact ("deaths rise to 23" beside "infections cross
	// 13,000"): it does not count against pairing the others in order.
	partnered := func(a *side, figs []int, b *side, others []int) []int {
		var out []int
		for _, x := range figs {
			for _, y := range others {
				if mayPair(&a.figs[x], &b.figs[y]) && plausibleRevision(a.figs[x].f, b.figs[y].f) {
					out = append(out, x)
					break
				}
			}
		}
		return out
	}
	for _, c := range classOrder {
		os, ns := bo[c], bn[c]
		if len(os) != len(ns) {
			os, ns = partnered(&m.old, os, &m.new, ns), partnered(&m.new, ns, &m.old, os)
		}
		if len(os) == 0 || len(os) != len(ns) {
			continue
		}
		ok := true
		for k := range os {
			fo, fn := &m.old.figs[os[k]], &m.new.figs[ns[k]]
			loc := weightedJaccard(fo.local, fn.local)
			// With no word next to them shared, their own sentences must
			// be alike: a rewritten lead, not a merged sentence that drops
			// one sum and quotes another.
			// Values close enough not to be two facts by chance; closer
			// still where each version has several of the class.
			near := nearValue(fo.f, fn.f, len(os) == 1)
			if !mayPair(fo, fn) || !plausibleRevision(fo.f, fn.f) || m.disagree(fo, fn, loc) && !near ||
				loc == 0 && !near && (m.sentenceSimilarity(fo, fn) < leftoverSimilarity || conflict(fo, fn)) {
				ok = false
				break
			}
			// A headline that trades one figure of the story for another
			// ("Ferry with 180 aboard capsizes" rewritten "Ferry
			// capsizes, 150 rescued") names two facts that both versions
			// still state elsewhere, not one revised (see echoes).
			if m.new.hasValue(fo.f) && m.old.hasValue(fn.f) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for k := range os {
			m.link(os[k], ns[k])
		}
	}
}

// pairRangeEnds pairs the far end of a "from X to Y" that kept its X:
// "flights rose from 8,920 to 9,870" rewritten "a rise in flights, from
// 8,920 to 9,940" revises Y, whatever the words around it became. The X
// of each version must be paired to the other's, with equal values.
func (m *matcher) pairRangeEnds() {
	for o := 1; o < len(m.old.figs); o++ {
		x := o - 1
		nx := m.old.pair[x]
		if m.old.pair[o] >= 0 || nx < 0 || nx+1 >= len(m.new.figs) || m.new.pair[nx+1] >= 0 {
			continue
		}
		n := nx + 1
		fo, fn := &m.old.figs[o], &m.new.figs[n]
		if !SameValue(m.old.figs[x].f, m.new.figs[nx].f) || !m.old.fromTo(x, o) || !m.new.fromTo(nx, n) ||
			class(fo.f.Category) != class(fn.f.Category) || !mayPair(fo, fn) || !plausibleRevision(fo.f, fn.f) {
			continue
		}
		m.link(o, n)
	}
}

// pairUnitFixes pairs a figure whose unit was corrected: "barred from
// charging more than 12 cents a litre above the average" revised "more
// than 12% above the average". Each version's one unpaired figure of that
// number and hedge, in sentences mostly alike, is the same fact in a
// unit of another class.
func (m *matcher) pairUnitFixes() {
	byNumeral := map[string][]int{}
	for n := range m.new.figs {
		if num := numeral(m.new.figs[n].f.Text); num != "" && m.new.pair[n] < 0 && m.new.figs[n].f.High == nil {
			byNumeral[num] = append(byNumeral[num], n)
		}
	}
	for o := range m.old.figs {
		fo := &m.old.figs[o]
		cands := byNumeral[numeral(fo.f.Text)]
		if m.old.pair[o] >= 0 || fo.f.High != nil || len(cands) == 0 || len(cands) > maxUnitFixCandidates {
			// (Many figures of one number, as in two unrelated texts:
			// none of them is told from the others by its number.)
			continue
		}
		found := -1
		for _, n := range cands {
			fn := &m.new.figs[n]
			if m.new.pair[n] >= 0 || class(fn.f.Category) == class(fo.f.Category) ||
				!sameQualifier(fo.f, fn.f) || m.sentenceSimilarity(fo, fn) < unitFixSimilarity {
				continue
			}
			if found >= 0 {
				found = -2
				break
			}
			found = n
		}
		if found >= 0 {
			m.link(o, found)
		}
	}
}

// numeral returns the first number written in digits in s ("12" of
// "more than 12 cents"; a sum in cents has the value 0.12), or "".
func numeral(s string) string {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == '.' || s[j] == ',') {
		j++
	}
	return strings.TrimRight(s[i:j], ".,")
}

// maxUnitFixCandidates is the most new figures of one number that
// pairUnitFixes weighs for an old figure.
const maxUnitFixCandidates = 8

// unitFixSimilarity is the Dice of content words two sentences need for a
// figure of one to be the other's with its unit corrected.
const unitFixSimilarity = 0.6

// fromTo reports whether figures x and y of s are written "from x to y".
func (s *side) fromTo(x, y int) bool {
	a, b := s.figs[x].f, s.figs[y].f
	return s.figs[x].sent == s.figs[y].sent && a.End <= b.Start && b.Start <= len(s.doc.Text) &&
		strings.TrimSpace(s.doc.Text[a.End:b.Start]) == "to" && s.previousValue(x)
}

// pairHunk pairs what the sentence groups of an edited hunk left, across
// the hunk: a figure whose sentence was split or merged into a sentence
// that mostly tells something else ("was 5% contained" becoming
// "Containment fell to 3%, and 40 homes had been destroyed"). It needs
// the words next to the figures, what they count or close values to
// agree, more than inside a group and less than across the document.
func (m *matcher) pairHunk(sg segment) {
	var os, ns []int
	for i := sg.o0; i < sg.o1; i++ {
		if !m.old.movedOut[i] {
			os = append(os, i)
		}
	}
	for j := sg.n0; j < sg.n1; j++ {
		if !m.new.movedOut[j] {
			ns = append(ns, j)
		}
	}
	olds := m.unpaired(&m.old, os)
	news := m.unpaired(&m.new, ns)
	if len(olds) == 0 || len(news) == 0 || len(olds)*len(news) > maxGroupPairs {
		return
	}
	m.old.withContext(olds, m.syms)
	m.new.withContext(news, m.syms)
	m.old.withLocal(olds, m.syms)
	m.new.withLocal(news, m.syms)
	var cands []candidate
	for _, o := range olds {
		fo := &m.old.figs[o]
		for _, n := range news {
			fn := &m.new.figs[n]
			if !mayPair(fo, fn) || class(fo.f.Category) != class(fn.f.Category) {
				continue
			}
			s := meaningScore(fo, fn) + localWeight*weightedJaccard(fo.local, fn.local)
			switch {
			case SameValue(fo.f, fn.f):
				s++
				if sameQualifier(fo.f, fn.f) {
					s += 0.5
				}
			case !plausibleRevision(fo.f, fn.f):
				continue
			default:
				s += closeWeight * closeness(fo.f, fn.f)
			}
			if s >= hunkThreshold {
				cands = append(cands, candidate{o: o, n: n, score: s, dist: abs(fo.f.Start - fn.f.Start)})
			}
		}
	}
	if len(olds) <= maxAssignFigures && len(news) <= maxAssignFigures {
		m.pickBest(cands, olds, news)
	} else {
		m.pickGreedy(cands)
	}
	m.pairLoneCounts(m.unpaired(&m.old, os), m.unpaired(&m.new, ns))
}

// pairLoneCounts pairs the figures left unpaired in an edited hunk when,
// in a class, exactly one old and one new figure are near or equal in
// value and may be one fact (see pairLoneOf for the classes but counts):
// a sentence split off with its noun and verb reworded ("forcing the
// evacuation of about 300 homes" -> "About 340 households were
// evacuated"), a headline rewritten around a new figure ("Dengue cases
// pass 12,000" -> "dengue infections cross 13,000; deaths rise to 23").
// Where two pairings are possible, neither is made.
func (m *matcher) pairLoneCounts(olds, news []int) {
	for _, c := range []facts.Category{facts.Count, facts.Percent, facts.Money, facts.Measure} {
		m.pairLoneOf(c, olds, news)
	}
	m.pairLoneWhen(olds, news)
}

// Limits of pairLoneWhen: how far a time may move round the clock, in
// minutes either way, and a day in the calendar, in days, and still be
// one fact revised; and the most of either a hunk may hold.
const (
	maxLoneTimeShift = 180
	maxLoneDayShift  = 92
	maxLoneWhens     = 3
)

// pairLoneWhen pairs the clock times, and the days of the calendar, left
// in an edited hunk when each version holds as many, in the same order,
// the same word before each pair and each within its limit of the other:
// "He was found at 11.50pm" rewritten "He was finally located at
// 12.20am"; "due to start on June 2 and finish by October 15" rewritten
// "scheduled to begin on June 16 and wrap up by November 1". The words
// around them may change; when is what the sentence revises. No value may
// stand elsewhere in the other version.
func (m *matcher) pairLoneWhen(olds, news []int) {
	for _, c := range [...]facts.Category{facts.Time, facts.Date} {
		of := func(s *side, figs []int) []int {
			var out []int
			for _, x := range figs {
				if s.figs[x].f.Category == c {
					out = append(out, x)
				}
			}
			return out
		}
		os, ns := of(&m.old, olds), of(&m.new, news)
		if len(os) == 0 || len(os) != len(ns) || len(os) > maxLoneWhens {
			continue
		}
		ok := true
		for k := range os {
			if !m.loneWhen(os[k], ns[k]) {
				ok = false
				break
			}
		}
		if ok {
			for k := range os {
				m.link(os[k], ns[k])
			}
		}
	}
}

// loneWhen reports whether the time or day o of the old version and n of
// the new may be one fact revised (see pairLoneWhen).
func (m *matcher) loneWhen(o, n int) bool {
	fo, fn := m.old.figs[o].f, m.new.figs[n].f
	if fo.High != nil || fn.High != nil || SameValue(fo, fn) || m.old.hasValue(fn) || m.new.hasValue(fo) {
		return false
	}
	if fo.Category == facts.Time {
		d := abs(minutesOf(fo.Value) - minutesOf(fn.Value))
		if min(d, 24*60-d) > maxLoneTimeShift {
			return false
		}
	} else if d, unit, ok := dateDelta(fo, fn); !ok || unit != "days" || math.Abs(d) > maxLoneDayShift {
		return false
	}
	const prepLen = 8 // "on", "by", "at", "until", "between"
	b := m.old.wordBefore(o, prepLen)
	return b != "" && b == m.new.wordBefore(n, prepLen)
}

// loneCloseness is how close (see closeness) a lone share, sum or measure
// must stay to its revision: within about 8%. Further apart, a removed
// sentence's figure and an added one's are two facts.
const loneCloseness = 0.75

// pairLoneOf is pairLoneCounts for the figures of class c: counts (with
// ordinals) by near values, shares, sums and measures when the one old
// figure of the class may be revised to the one new figure ("will rise by
// 6.7% to £12.60" split into "will rise to £12.60. That is an increase of
// 6.5%").
func (m *matcher) pairLoneOf(c facts.Category, olds, news []int) {
	po, pn, found := -1, -1, 0
	for _, o := range olds {
		fo := &m.old.figs[o]
		if cls := class(fo.f.Category); cls != c && !(c == facts.Count && fo.f.Category == facts.Ordinal) {
			continue
		}
		for _, n := range news {
			fn := &m.new.figs[n]
			if class(fn.f.Category) != class(fo.f.Category) && !howOften(fo.f, fn.f) {
				continue
			}
			if !mayPair(fo, fn) {
				continue
			}
			// Near values neither version holds elsewhere, or one value
			// each version holds only here ("with seven abstentions" ->
			// "Seven members abstained").
			near := nearValue(fo.f, fn.f, true)
			if c != facts.Count {
				_, _, conv := convertible(fo.f, fn.f)
				near = class(fn.f.Category) == c && (closeness(fo.f, fn.f) >= loneCloseness &&
					(fo.f.Unit == fn.f.Unit || conv) || conv && unitCorrected(fo.f, fn.f))
			}
			if near && !m.old.hasValue(fn.f) && !m.new.hasValue(fo.f) ||
				SameValue(fo.f, fn.f) && m.old.valueCount(fo.f) == 1 && m.new.valueCount(fn.f) == 1 {
				po, pn = o, n
				found++
			}
		}
	}
	if found == 1 {
		m.link(po, pn)
	}
}

// unitCorrected reports whether measures a and b, of one dimension in
// different units, write the same number with the same hedge: "a 140 km
// trip" corrected to "covers 140 miles", a unit fixed and the number
// left.
func unitCorrected(a, b *facts.Figure) bool {
	return a.High == nil && b.High == nil && numeral(a.Text) != "" && numeral(a.Text) == numeral(b.Text) && sameQualifier(a, b)
}

// maxAssignFigures is the most figures a side of a group may have for
// pickBest; larger groups are paired greedily.
const maxAssignFigures = 8

// pickBest links the set of candidates, each figure at most once, whose
// scores add up to the most: where two figures could pair either way, the
// better assignment as a whole wins, not the single best-looking pair.
// olds and news list the figures the candidates come from.
func (m *matcher) pickBest(cands []candidate, olds, news []int) {
	if len(cands) == 0 {
		return
	}
	row := make(map[int]int, len(olds))
	for k, o := range olds {
		row[o] = k
	}
	col := make(map[int]int, len(news))
	for k, n := range news {
		col[n] = k
	}
	byRow := make([][]candidate, len(olds))
	for _, c := range cands {
		r := row[c.o]
		byRow[r] = append(byRow[r], c)
	}
	// best[i*size+mask]: the most score olds[i:] can add with the news in
	// mask taken, once known.
	size := 1 << len(news)
	best := make([]float64, (len(olds)+1)*size)
	known := make([]bool, len(best))
	var solve func(i, mask int) float64
	solve = func(i, mask int) float64 {
		if i == len(olds) {
			return 0
		}
		k := i*size + mask
		if known[k] {
			return best[k]
		}
		v := solve(i+1, mask) // olds[i] left unpaired
		for _, c := range byRow[i] {
			bit := 1 << col[c.n]
			if mask&bit == 0 {
				v = max(v, c.score+solve(i+1, mask|bit))
			}
		}
		best[k], known[k] = v, true
		return v
	}
	total := solve(0, 0)
	// Walk the optimum back, preferring, among equal totals, the pair the
	// greedy order would take.
	mask := 0
	for i := range olds {
		rest := total
		slices.SortFunc(byRow[i], func(x, y candidate) int {
			if c := cmp.Compare(y.score, x.score); c != 0 {
				return c
			}
			if c := cmp.Compare(x.dist, y.dist); c != 0 {
				return c
			}
			return cmp.Compare(x.n, y.n)
		})
		for _, c := range byRow[i] {
			bit := 1 << col[c.n]
			if mask&bit == 0 && closeTo(c.score+solve(i+1, mask|bit), rest) {
				m.link(c.o, c.n)
				mask |= bit
				total -= c.score
				break
			}
		}
	}
}

// rewordFactor scales the weight of position by how much of a group's
// wording, figures aside, was kept in order: all of it when only figures
// changed, none when half or less was kept.
func rewordFactor(sim float64) float64 {
	const full, none = 0.9, 0.5
	switch {
	case sim >= full:
		return 1
	case sim <= none:
		return 0
	}
	return (sim - none) / (full - none)
}

// groupScore scores two figures of one sentence group, position aside:
// what they count, the words next to them, equal values.
func groupScore(fo, fn *figInfo) float64 {
	s := meaningScore(fo, fn)
	loc := weightedJaccard(fo.local, fn.local)
	s += localWeight * loc
	if SameValue(fo.f, fn.f) {
		s++
		if sameQualifier(fo.f, fn.f) {
			s += 0.5
		}
		return s
	}
	// Revisions move values a little more often than a lot: 52.4% is
	// more likely revised to 51.8% than 70% is.
	s += closeWeight * closeness(fo.f, fn.f)
	// A count that became a casualty figure, or the reverse, with another
	// value, is another fact unless the words around agree: "about 180
	// aboard" is not "at least 31 dead".
	if fo.f.Category != fn.f.Category && (fo.f.Category == facts.Casualties || fn.f.Category == facts.Casualties) && loc < 0.6 {
		s--
	}
	return s
}

// plausibleRevision reports whether b's value is one a revision of a could
// give: within a factor of three of it, or of a vague magnitude's range
// ("dozens" revised to 35, "about 180" to "at least 210", 7 dead to nine).
func plausibleRevision(a, b *facts.Figure) bool {
	if a.Category == facts.Time && b.Category == facts.Time {
		// "found at 11.50pm" revised "at 12.20am": a clock's values
		// are no magnitudes; any time may be a revision of another.
		return true
	}
	loA, hiA, loB, hiB := commonRanges(a, b)
	if loA <= 0 || loB <= 0 {
		return loA == loB
	}
	const factor = 3
	return loB <= factor*hiA && hiB*factor >= loA || unitMixUp(a, b)
}

// unitMixUp reports whether two measures in different units of one
// dimension differ by just the ratio of their units: a unit corrected
// ("7,350 metres" revised "7,350 feet"), or the conversion after it
// ("(24,114 feet)" revised "(2,240 metres)").
func unitMixUp(a, b *facts.Figure) bool {
	ca, cb, ok := convertible(a, b)
	if !ok || ca.offset != 0 || cb.offset != 0 || a.Value == 0 || b.Value == 0 {
		return false
	}
	units := ca.factor / cb.factor
	if units < 1 {
		units = 1 / units
	}
	values := ca.base(a.Value) / cb.base(b.Value)
	if values < 1 {
		values = 1 / values
	}
	const tolerance = 0.02
	return units > 1.5 && math.Abs(values-units) <= tolerance*units
}

// closeness is 1 for values within a vague magnitude's range or equal, and
// falls to 0 as they differ by a third or more of the larger.
func closeness(a, b *facts.Figure) float64 {
	va, ha, vb, hb := commonRanges(a, b)
	if a.High != nil && vb >= va && vb <= ha || b.High != nil && va >= vb && va <= hb {
		return 1
	}
	d := math.Abs(va - vb)
	m := math.Max(math.Abs(va), math.Abs(vb))
	if m == 0 {
		return 1
	}
	return math.Max(0, 1-3*d/m)
}

// disagree reports whether two figures visibly count different things:
// each is written with its noun right after it ("3,000 people", "2,400
// cars"; a noun the extractor carried over from elsewhere in the
// sentence does not count), the nouns differ, and no word next to them is
// shared.
func (m *matcher) disagree(fo, fn *figInfo, loc float64) bool {
	ua, ub := normUnit(fo.f.Unit), normUnit(fn.f.Unit)
	return ua != "" && ub != "" && ua != ub && loc == 0 &&
		nounAfter(m.old.doc.Text, fo.f) && nounAfter(m.new.doc.Text, fn.f)
}

// nounAfter reports whether figure f's unit is the word right after it.
func nounAfter(text string, f *facts.Figure) bool {
	rest := strings.TrimLeft(text[min(f.End, len(text)):], " ")
	return f.Unit != "" && len(rest) >= len(f.Unit) && strings.EqualFold(rest[:len(f.Unit)], f.Unit)
}

// conflict reports whether two figures of one category say they measure
// different things: "sales rose 8%" and "profit fell 12%". Across
// categories the extractor may have misread one of them ("the death toll
// from a fire at … rose to 19" read as a count), so their concepts are no
// evidence.
func conflict(fo, fn *figInfo) bool {
	if isScore(fo) && isScore(fn) {
		// The sides of a score are named by the wording ("City score",
		// "away score", "opponent score"); two scores of one group are
		// one score revised ("lead City 2-1" -> "drew 2-2").
		return false
	}
	if changeOf(fo.concept) && changeOf(fn.concept) && (bareChange(fo.concept) || bareChange(fn.concept)) {
		// "a rise of 23% on 2019" rewritten "4,310 people…, up 27% on
		// 2019": a change that names no thing says nothing against
		// the change of a thing named.
		return false
	}
	return fo.f.Category == fn.f.Category && informative(fo) && informative(fn) && wordOverlap(fo.concept, fn.concept) < 0.5
}

// changeOf reports whether a concept is a change's: a thing's ("injury
// change", as facts names "injuries rose 23%") or a bare one (see
// bareChange).
func changeOf(c string) bool { return strings.HasSuffix(c, " change") || bareChange(c) }

// bareChange reports whether a concept is a change that names no thing,
// as facts names "a rise of 23%" ("risen percent") or "an increase of 9%"
// ("increas percent").
func bareChange(c string) bool {
	w, rest, _ := strings.Cut(c, " ")
	return changeStems[w] && !strings.Contains(rest, " ")
}

// changeStems are the stems facts gives the nouns of a change.
var changeStems = map[string]bool{"risen": true, "fallen": true, "increas": true, "decreas": true, "rise": true,
	"fall": true, "drop": true, "jump": true, "gain": true, "declin": true, "climb": true, "change": true}

// nearValue reports whether two figures' values are close enough, each
// at least 10, to be one fact revised rather than two. Counts: within 25%
// of each other where the class has several figures, all of them in order
// and each near its partner ("1,342 votes to 411" rewritten "1,356
// members in favour and 409 against", "Twenty-three residents and nine
// staff" rewritten "Twenty-nine people… and 11 members of staff"), within
// 15% where each is the only one of its class ("cut about 4,800 jobs"
// rewritten "eliminate around 5,200 positions"; "employs 3,000 people"
// rewritten "2,400 cars a week" is another fact). Other figures: within 3%
// (a turnout of 64% rewritten "65% of the branch taking part"; "sales rose
// 8%" rewritten "profit fell 12%" is another fact). Small numbers come
// close by chance.
func nearValue(a, b *facts.Figure, alone bool) bool {
	va, _, vb, _ := commonRanges(a, b)
	m := math.Max(math.Abs(va), math.Abs(vb))
	tol := 0.03
	if class(a.Category) == facts.Count && class(b.Category) == facts.Count {
		// Editors reword what a count counts ("residents", "people
		// living at the home") more freely than what a sum or a share
		// measures ("sales", "profit").
		tol = 0.25
		if alone {
			tol = 0.15
		}
	}
	return m >= 10 && math.Abs(va-vb) <= tol*m
}

// isScore reports whether a figure is one side of a score or a tally, as
// facts names them.
func isScore(fi *figInfo) bool {
	return strings.HasSuffix(fi.concept, " score")
}

// sentenceSimilarity returns the Dice coefficient of the content words of
// the sentences of two figures.
func (m *matcher) sentenceSimilarity(fo, fn *figInfo) float64 {
	if fo.sent < 0 || fn.sent < 0 {
		return 0
	}
	return dice(m.old.set(fo.sent, m.syms), m.new.set(fn.sent, m.syms))
}

// mayPair reports whether two figures can be the same fact at all: their
// categories must be of one class, two casualty figures must count the
// same kind of casualty (the killed are not the wounded), and two counts
// whose states are both stated must state the same (the trapped are not
// the rescued, the people aboard are not the dead). The same literal with
// the same value may pair across classes: the extractor read the same
// words differently in two wordings of their sentence.
func mayPair(a, b *figInfo) bool {
	if class(a.f.Category) != class(b.f.Category) {
		// "5.5 points" (a measure: half points are marks) and "5
		// points" (a count) are one tally of points.
		return (sameLiteral(a.f, b.f) || howOften(a.f, b.f) || elidedUnit(a.f, b.f)) && SameValue(a.f, b.f) ||
			a.f.Unit == "points" && b.f.Unit == "points" || pointsOfShare(a.f, b.f) || localMoney(a.f, b.f) ||
			millionOrMetres(a.f, b.f) || poundsEither(a.f, b.f)
	}
	if a.f.Category == facts.Casualties && b.f.Category == facts.Casualties &&
		a.f.Concept != "" && b.f.Concept != "" && a.f.Concept != b.f.Concept {
		return false
	}
	return !stateConflict(a, b) && !otherDimensions(a.f, b.f)
}

// otherDimensions reports whether a and b are measures of two dimensions
// that no slip of the pen turns one into the other: "delayed the start by
// 45 minutes" is not the temperature "45°F" of the sentence rewritten.
func otherDimensions(a, b *facts.Figure) bool {
	ca, okA := conversionOf(a)
	cb, okB := conversionOf(b)
	if !okA || !okB || ca.dim == cb.dim {
		return false
	}
	return ca.dim == "temperature" || cb.dim == "temperature"
}

// elidedUnit reports whether one figure is a bare number, or a count of
// the unit's word, and the other a measure of the same value and hedge:
// "had about 2,400" after "9,800 hours" in the sentence before, reworded
// "had about 2,400 hours"; "roughly 2,600 volunteer hours" reworded
// "took volunteers roughly 2,600 hours".
func elidedUnit(a, b *facts.Figure) bool {
	if a.Category != facts.Measure {
		a, b = b, a
	}
	return a.Category == facts.Measure && b.Category == facts.Count && (b.Unit == "" || normUnit(b.Unit) == normUnit(a.Unit)) && a.Unit != "" &&
		a.High == nil && b.High == nil && SameQualifier(a.Qualifier, b.Qualifier)
}

// millionOrMetres reports whether one figure is a count in millions and
// the other the same number written with a glued "m" that the extractor
// read as metres: "audiences grew to 41 million" reworded "to 41m". The
// other version says which the "m" was.
func millionOrMetres(a, b *facts.Figure) bool {
	if a.Category != facts.Measure {
		a, b = b, a
	}
	if a.Category != facts.Measure || a.Unit != "m" || class(b.Category) != facts.Count || b.Unit != "" ||
		a.High != nil || b.High != nil || len(a.Text) < 2 {
		return false
	}
	t := a.Text
	if t[len(t)-1] != 'm' || t[len(t)-2] < '0' || t[len(t)-2] > '9' {
		return false
	}
	return closeTo(a.Value*1e6, b.Value)
}

// poundsEither reports whether one figure is a sum in pounds sterling and
// the other a weight in pounds of the same value, both written "pounds":
// "about 9.3 million pounds" of hops read as money beside "$27 million",
// reworded "about 9,300,000 pounds" with no sum near. The word is the
// same; only the reading of it differs.
func poundsEither(a, b *facts.Figure) bool {
	if a.Category != facts.Money {
		a, b = b, a
	}
	if a.Category != facts.Money || a.Unit != "GBP" || b.Category != facts.Measure || b.Unit != "lb" || a.High != nil || b.High != nil {
		return false
	}
	pounds := func(t string) bool { return strings.HasSuffix(t, " pounds") || strings.HasSuffix(t, " pound") }
	return pounds(a.Text) && pounds(b.Text) && closeTo(a.Value, b.Value)
}

// localMoney reports whether one figure is a sum in a currency the
// extractor knew only by its conversion in that version, and the other a
// count of the same word: "1,840 dorin ($1.20)" and "1,840 dorin" where
// the other version gives no conversion.
func localMoney(a, b *facts.Figure) bool {
	if a.Category != facts.Money {
		a, b = b, a
	}
	if a.Category != facts.Money || class(b.Category) != facts.Count || a.Unit == "" || b.Unit == "" {
		return false
	}
	return strings.TrimSuffix(strings.ToLower(b.Unit), "s") == a.Unit
}

// pointsOfShare reports whether one figure is in percentage points and
// the other in points: "fell 1.3 percentage points" reworded "a fall of
// 1.3 points", which the extractor read as marks.
func pointsOfShare(a, b *facts.Figure) bool {
	return a.Unit == "percentage points" && b.Unit == "points" || a.Unit == "points" && b.Unit == "percentage points"
}

// howOften reports whether one figure counts occasions ("struck eleven
// times") or spans a run ("nine days in a row") and the other ranks the
// latest of them ("the 11th time it has been struck", "a ninth
// consecutive day"): one fact, whichever way it is written.
func howOften(a, b *facts.Figure) bool {
	if a.Category == facts.Ordinal {
		a, b = b, a
	}
	if b.Category != facts.Ordinal {
		return false
	}
	return class(a.Category) == facts.Count && a.Unit == "times" || b.Run != "" && a.Category == facts.Measure && a.Unit == b.Run
}

// timeSpan reports whether unit is a unit of time a run is counted in.
func timeSpan(unit string) bool {
	switch unit {
	case "day", "night", "week", "month", "year", "season", "quarter", "weekend", "session", "game", "match":
		return true
	}
	return false
}

// stateConflict reports whether two figures state what befell what they
// count and the states differ: "35 trapped" and "11 rescued", "about 180
// aboard" and "at least 31 dead".
func stateConflict(a, b *figInfo) bool {
	return a.f.State != "" && b.f.State != "" && a.f.State != b.f.State
}

// stateWeight is the score of two counts that state the same thing befell
// what they count, when their concepts differ ("miners trapped", "men
// trapped"): the state weighs as much as a shared concept and more than a
// shared noun, which a rewritten sentence may give to another figure ("46
// miners were trapped" becoming "35 men remain trapped and 11 miners have
// been pulled out alive").
const stateWeight = 2.0

// meaningScore scores how alike two figures are in what they count, their
// values aside: concept, key, unit and context words. Concepts and keys
// follow the wording, which editors change, so none of them is decisive
// alone.
func meaningScore(a, b *figInfo) float64 {
	s := 0.0
	switch {
	case a.concept != "" && a.concept == b.concept && !informative(a):
		// "percent" for two bare percentages: the unit says as much.
		s += 0.5
	case a.concept != "" && a.concept == b.concept:
		s += 2
		if a.f.Category == facts.Casualties && b.f.Category == facts.Casualties {
			s++ // the casualty family is recognised across phrasing
		}
	case a.f.State != "" && a.f.State == b.f.State:
		s += stateWeight
	case a.concept != "" && b.concept != "":
		s += wordOverlap(a.concept, b.concept)
	}
	if a.f.Key != "" && strings.EqualFold(a.f.Key, b.f.Key) && informative(a) {
		s += 0.5
	}
	s += unitScore(a.f, b.f)
	s += 2 * jaccard(a.ctx, b.ctx)
	return s
}

// informative reports whether a figure's concept says more than its unit
// or category: "percent" for a bare percentage, "GBP" for a bare sum do
// not tell two figures of a sentence apart.
func informative(a *figInfo) bool {
	c := a.concept
	return c != "" && c != normUnit(a.f.Unit) && c != strings.ToLower(a.f.Unit) && c != string(a.f.Category)
}

// wordOverlap returns the Jaccard index of the words of two short phrases.
func wordOverlap(a, b string) float64 {
	wa, wb := strings.Fields(a), strings.Fields(b)
	// "containment" and "contain": the extractor's lemmas keep
	// derivations apart.
	for k := range wa {
		wa[k] = localStem(wa[k])
	}
	for k := range wb {
		wb[k] = localStem(wb[k])
	}
	n := 0
	for _, x := range wa {
		if slices.Contains(wb, x) {
			n++
		}
	}
	u := len(wa) + len(wb) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}

// unpaired returns the unpaired figures of the given sentences, in order.
func (m *matcher) unpaired(s *side, sents []int) []int {
	var out []int
	for _, si := range sents {
		for _, fi := range s.bySent[si] {
			if s.pair[fi] < 0 {
				out = append(out, fi)
			}
		}
	}
	return out
}

// ranks returns each figure's rank among the figures of its class in figs,
// and the size of each class.
func ranks(s *side, figs []int) ([]int, map[facts.Category]int) {
	count := make(map[facts.Category]int)
	rank := make([]int, len(figs))
	for i, fi := range figs {
		c := class(s.figs[fi].f.Category)
		rank[i] = count[c]
		count[c]++
	}
	return rank, count
}

// pairMoved looks for sentences deleted in one place and inserted in
// another (a moved paragraph, possibly edited) and pairs their figures as in
// an edited sentence.
func (m *matcher) pairMoved(segs []segment) {
	var olds, news []int
	for _, sg := range segs {
		if sg.equal {
			continue
		}
		for i := sg.o0; i < sg.o1; i++ {
			if len(m.unpaired(&m.old, []int{i})) > 0 {
				olds = append(olds, i)
			}
		}
		for j := sg.n0; j < sg.n1; j++ {
			if len(m.unpaired(&m.new, []int{j})) > 0 {
				news = append(news, j)
			}
		}
	}
	if len(olds) == 0 || len(news) == 0 {
		return
	}
	// Identical sentences first: a moved sentence keeps its figures.
	byNorm := make(map[string][]int)
	for _, j := range news {
		norm := m.new.doc.Sentences[j].Norm
		byNorm[norm] = append(byNorm[norm], j)
	}
	usedNew := make(map[int]bool)
	var rest []int
	for _, i := range olds {
		norm := m.old.doc.Sentences[i].Norm
		if js := byNorm[norm]; len(js) > 0 {
			byNorm[norm] = js[1:]
			usedNew[js[0]] = true
			if !m.pairEqual(i, js[0]) {
				m.pairGroup(group{olds: []int{i}, news: []int{js[0]}})
			}
			continue
		}
		rest = append(rest, i)
	}
	var restNew []int
	for _, j := range news {
		if !usedNew[j] {
			restNew = append(restNew, j)
		}
	}
	if len(rest) == 0 || len(restNew) == 0 || len(rest)*len(restNew) > maxMovedCells {
		return
	}
	var links []candidate
	for _, i := range rest {
		oset := m.old.set(i, m.syms)
		for _, j := range restNew {
			if d := dice(oset, m.new.set(j, m.syms)); d >= movedSimilarity {
				links = append(links, candidate{o: i, n: j, score: d})
			}
		}
	}
	slices.SortFunc(links, func(x, y candidate) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.o, y.o); c != 0 {
			return c
		}
		return cmp.Compare(x.n, y.n)
	})
	takenO, takenN := make(map[int]bool), make(map[int]bool)
	for _, l := range links {
		if takenO[l.o] || takenN[l.n] {
			continue
		}
		takenO[l.o], takenN[l.n] = true, true
		m.pairGroup(group{olds: []int{l.o}, news: []int{l.n}})
	}
}

// pairGlobal pairs what is left across the whole document: figures of the
// same class whose concept, unit and context agree, preferring equal values
// so that a figure whose sentence was reworded or moved is unchanged.
// Figures are bucketed by class, and by concept too when a class is large,
// so that the work stays near linear on long texts.
func (m *matcher) pairGlobal() {
	var olds, news []int
	for i := range m.old.figs {
		if m.old.pair[i] < 0 {
			olds = append(olds, i)
		}
	}
	for j := range m.new.figs {
		if m.new.pair[j] < 0 {
			news = append(news, j)
		}
	}
	oldBy, newBy := m.old.byClass(olds), m.new.byClass(news)
	for _, c := range classOrder {
		bo, bn := oldBy[c], newBy[c]
		if len(bo) == 0 || len(bn) == 0 {
			continue
		}
		if len(bo)*len(bn) <= maxBucketPairs {
			m.pairScored(bo, bn)
			continue
		}
		byConcept := func(s *side, figs []int) map[string][]int {
			b := make(map[string][]int)
			for _, fi := range figs {
				b[s.figs[fi].concept] = append(b[s.figs[fi].concept], fi)
			}
			return b
		}
		co, cn := byConcept(&m.old, bo), byConcept(&m.new, bn)
		for _, o := range bo {
			k := m.old.figs[o].concept
			so, sn := co[k], cn[k]
			if len(so) == 0 || len(sn) == 0 {
				continue
			}
			if len(so)*len(sn) <= maxBucketPairs {
				m.pairScored(so, sn)
			} else {
				m.pairIdentical(so, sn)
			}
			delete(co, k) // each concept once
		}
	}
}

// pairLoneEqual pairs, across the document, a count left unpaired in the
// old version with one of the same value and qualifier left unpaired in
// the new, when each version states that value only there: a sentence
// moved and rewritten around another noun ("expected to create 80
// permanent jobs" becoming "the finished plant will employ 80 staff").
// Small numbers repeat by chance and are left alone.
func (m *matcher) pairLoneEqual() {
	byValue := func(s *side) map[string][]int {
		out := make(map[string][]int)
		for k := range s.figs {
			f := s.figs[k].f
			if s.pair[k] < 0 && class(f.Category) == facts.Count && f.Value >= 10 && s.valueCount(f) == 1 {
				key := formatFloat(f.Value) + "|" + strings.ToLower(f.Qualifier)
				if f.High != nil {
					key += "-" + formatFloat(*f.High)
				}
				out[key] = append(out[key], k)
			}
		}
		return out
	}
	bo, bn := byValue(&m.old), byValue(&m.new)
	for key, os := range bo {
		ns := bn[key]
		if len(os) != 1 || len(ns) != 1 {
			continue
		}
		fo, fn := &m.old.figs[os[0]], &m.new.figs[ns[0]]
		if mayPair(fo, fn) && m.old.inTally(os[0]) == m.new.inTally(ns[0]) {
			m.link(os[0], ns[0])
		}
	}
}

// pairHowOften pairs, across the document, an occasion's rank left
// unpaired in one version with the count of occasions or the run's span
// of the same value left in the other: "It is the 11th time the bridge
// has been struck" rewritten "The bridge has now been struck eleven
// times", in another paragraph. Where either could pair two ways,
// neither does.
func (m *matcher) pairHowOften() {
	occasions := func(s *side) []int { // unpaired ranks, counts of times, spans of time
		var out []int
		for k := range s.figs {
			if f := s.figs[k].f; s.pair[k] < 0 && (f.Category == facts.Ordinal || class(f.Category) == facts.Count && f.Unit == "times" || f.Category == facts.Measure && timeSpan(f.Unit)) {
				out = append(out, k)
			}
		}
		return out
	}
	olds, news := occasions(&m.old), occasions(&m.new)
	if len(olds)*len(news) > maxBucketPairs {
		return
	}
	for _, o := range olds {
		fo := m.old.figs[o].f
		match, found := -1, 0
		for _, n := range news {
			if m.new.pair[n] < 0 && howOften(fo, m.new.figs[n].f) && SameValue(fo, m.new.figs[n].f) {
				match = n
				found++
			}
		}
		if found == 1 {
			m.link(o, match)
		}
	}
}

// pairScored scores every pairing of olds with news and links the best,
// each figure once.
func (m *matcher) pairScored(olds, news []int) {
	m.old.withContext(olds, m.syms)
	m.new.withContext(news, m.syms)
	m.old.withLocal(olds, m.syms)
	m.new.withLocal(news, m.syms)
	var cands []candidate
	for _, o := range olds {
		fo := &m.old.figs[o]
		for _, n := range news {
			fn := &m.new.figs[n]
			if !mayPair(fo, fn) || m.old.inTally(o) != m.new.inTally(n) {
				// Across places, a side of "beat Athletic 3-1" is no
				// count of "3 navy vessels".
				continue
			}
			s := meaningScore(fo, fn)
			switch {
			case SameValue(fo.f, fn.f):
				// A moved figure reworded: the words next to it may have
				// travelled with it ("300 workers were clearing the road",
				// "some 300 labourers are clearing debris").
				s += 2 + localWeight*weightedJaccard(fo.local, fn.local)
				if sameQualifier(fo.f, fn.f) {
					s += 0.5
				}
			case !plausibleRevision(fo.f, fn.f):
				s -= implausiblePenalty
			default:
				s += closeWeight * closeness(fo.f, fn.f)
			}
			if fo.sent >= 0 && fn.sent >= 0 {
				s += dice(m.old.set(fo.sent, m.syms), m.new.set(fn.sent, m.syms))
			}
			if s >= globalThreshold {
				cands = append(cands, candidate{o: o, n: n, score: s, dist: abs(fo.f.Start - fn.f.Start)})
			}
		}
	}
	m.pickGreedy(cands)
}

// pairIdentical pairs, in order, figures that agree in everything: the cheap
// pass for buckets too large to score pair by pair.
func (m *matcher) pairIdentical(olds, news []int) {
	byID := make(map[string][]int)
	for _, n := range news {
		k := identity(m.new.figs[n].f)
		byID[k] = append(byID[k], n)
	}
	for _, o := range olds {
		k := identity(m.old.figs[o].f)
		if ns := byID[k]; len(ns) > 0 {
			m.link(o, ns[0])
			byID[k] = ns[1:]
		}
	}
}

// identity is a string naming what makes two figures the same.
func identity(f *facts.Figure) string {
	var b strings.Builder
	b.WriteString(string(class(f.Category)))
	b.WriteByte('|')
	b.WriteString(strings.ToLower(f.Key))
	b.WriteByte('|')
	b.WriteString(normUnit(f.Unit))
	b.WriteByte('|')
	b.WriteString(strings.ToLower(f.Qualifier))
	b.WriteByte('|')
	b.WriteString(formatFloat(f.Value))
	if f.High != nil {
		b.WriteByte('-')
		b.WriteString(formatFloat(*f.High))
	}
	return b.String()
}

// unitScore rewards equal units and penalises different ones.
func unitScore(a, b *facts.Figure) float64 {
	ua, ub := normUnit(a.Unit), normUnit(b.Unit)
	switch {
	case ua == ub && ua == "":
		return 0.3 // no unit either side: weak evidence
	case ua == ub && ua == "percent":
		return 0.3 // every percentage has it: weak evidence too
	case ua == ub:
		return 1
	case ua != "" && ub != "":
		if _, _, ok := convertible(a, b); ok {
			return 0.75 // "4,100 kg" and "4.1 tonnes": one measure rewritten
		}
		return -0.5
	}
	return 0
}

// jaccard returns the Jaccard index of two sorted sets, 0 when both are
// empty.
func jaccard(a, b []int) float64 {
	n := overlap(a, b)
	u := len(a) + len(b) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
