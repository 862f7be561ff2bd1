package diff

import (
	"slices"
	"time"
	"unicode/utf8"

	"github.com/factdiff/factdiff/facts"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Bounds of the go-diff calls. They only bind on large or degenerate texts,
// where the diff then settles for a coarser (still correct) answer; news
// revisions stay far below them.
const (
	sentenceDiffBudget = 300 * time.Millisecond // go-diff time for the sentence alignment
	wordDiffBudget     = 400 * time.Millisecond // go-diff time for all word diffs together

	// directLimit is the longest pair of sequences (elements of both)
	// handed to go-diff whole. Beyond it, elements found once in each
	// sequence are first taken as anchors (patience diff) and go-diff runs
	// between them: go-diff's half-match step is quadratic on repetitive
	// input and does not watch the clock.
	directLimit = 8192
	// gapLimit is the longest gap between anchors handed to go-diff; a
	// longer one is taken as deleted and inserted whole.
	gapLimit = 2048
)

// edit is a run of a sequence diff: n elements kept, deleted or inserted.
type edit struct {
	op diffmatchpatch.Operation
	n  int
}

// diffSeq diffs two sequences of symbol runes with go-diff (one rune per
// element, its lines-to-chars technique), within deadline.
func diffSeq(a, b []rune, deadline time.Time) []edit {
	var out []edit
	add := func(op diffmatchpatch.Operation, n int) {
		if n == 0 {
			return
		}
		if k := len(out) - 1; k >= 0 && out[k].op == op {
			out[k].n += n
			return
		}
		out = append(out, edit{op, n})
	}
	whole := func(a, b []rune) {
		add(diffmatchpatch.DiffDelete, len(a))
		add(diffmatchpatch.DiffInsert, len(b))
	}
	goDiff := func(a, b []rune) {
		left := time.Until(deadline)
		if left <= 0 {
			whole(a, b)
			return
		}
		dmp := diffmatchpatch.New()
		dmp.DiffTimeout = left
		for _, d := range dmp.DiffMainRunes(a, b, false) {
			add(d.Type, utf8.RuneCountInString(d.Text))
		}
	}
	if len(a)+len(b) <= directLimit {
		goDiff(a, b)
		return out
	}
	i0, j0 := 0, 0
	for _, an := range anchors(a, b) {
		ga, gb := a[i0:an[0]], b[j0:an[1]]
		if len(ga) <= gapLimit && len(gb) <= gapLimit {
			goDiff(ga, gb)
		} else {
			whole(ga, gb)
		}
		add(diffmatchpatch.DiffEqual, 1)
		i0, j0 = an[0]+1, an[1]+1
	}
	ga, gb := a[i0:], b[j0:]
	if len(ga) <= gapLimit && len(gb) <= gapLimit {
		goDiff(ga, gb)
	} else {
		whole(ga, gb)
	}
	return out
}

// anchors returns the positions (i, j) of elements found exactly once in a
// and once in b, keeping the longest chain increasing in both (patience
// diff), after the common prefix and suffix, which are anchors too.
func anchors(a, b []rune) [][2]int {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	type seen struct{ na, nb, ia, ib int }
	count := make(map[rune]*seen)
	for i := pre; i < len(a)-suf; i++ {
		s := count[a[i]]
		if s == nil {
			s = &seen{}
			count[a[i]] = s
		}
		s.na++
		s.ia = i
	}
	for j := pre; j < len(b)-suf; j++ {
		if s := count[b[j]]; s != nil {
			s.nb++
			s.ib = j
		}
	}
	var cands [][2]int
	for i := pre; i < len(a)-suf; i++ {
		if s := count[a[i]]; s.na == 1 && s.nb == 1 {
			cands = append(cands, [2]int{i, s.ib})
		}
	}
	// Longest increasing subsequence of the j's (cands are sorted by i).
	var tails []int // index in cands of the smallest tail of each length
	prev := make([]int, len(cands))
	for k, c := range cands {
		p, _ := slices.BinarySearchFunc(tails, c[1], func(t, j int) int { return cands[t][1] - j })
		if p > 0 {
			prev[k] = tails[p-1]
		} else {
			prev[k] = -1
		}
		if p == len(tails) {
			tails = append(tails, k)
		} else {
			tails[p] = k
		}
	}
	chain := make([][2]int, 0, pre+len(tails)+suf)
	for i := 0; i < pre; i++ {
		chain = append(chain, [2]int{i, i})
	}
	var mid [][2]int
	if len(tails) > 0 {
		for k := tails[len(tails)-1]; k >= 0; k = prev[k] {
			mid = append(mid, cands[k])
		}
		slices.Reverse(mid)
	}
	chain = append(chain, mid...)
	for k := suf; k > 0; k-- {
		chain = append(chain, [2]int{len(a) - k, len(b) - k})
	}
	return chain
}

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
	edits := diffSeq(a, b, time.Now().Add(sentenceDiffBudget))

	var segs []segment
	oi, ni := 0, 0
	hunk := segment{}
	flush := func() {
		hunk.o1, hunk.n1 = oi, ni
		if hunk.o1 > hunk.o0 || hunk.n1 > hunk.n0 {
			segs = append(segs, hunk)
		}
	}
	for _, e := range edits {
		switch e.op {
		case diffmatchpatch.DiffDelete:
			oi += e.n
		case diffmatchpatch.DiffInsert:
			ni += e.n
		case diffmatchpatch.DiffEqual:
			for k := 0; k < e.n; k++ {
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
	countWords := func(rs []rune) int {
		n := 0
		for _, r := range rs {
			if id := runeSymbol(r); id >= len(isWord) || isWord[id] {
				n++
			}
		}
		return n
	}
	deadline := time.Now().Add(wordDiffBudget)
	for _, sg := range segs {
		if sg.equal {
			continue
		}
		a := encode(old, sg.o0, sg.o1)
		b := encode(new, sg.n0, sg.n1)
		i, j := 0, 0
		for _, e := range diffSeq(a, b, deadline) {
			switch e.op {
			case diffmatchpatch.DiffDelete:
				st.Deletions += countWords(a[i : i+e.n])
				i += e.n
			case diffmatchpatch.DiffInsert:
				st.Insertions += countWords(b[j : j+e.n])
				j += e.n
			default:
				i += e.n
				j += e.n
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
