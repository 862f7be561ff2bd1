package facts

import (
	"math"
	"strconv"
	"strings"
)

// parser holds the tokens of one sentence and the figures found in it.
type parser struct {
	n, low string // the normalised text and its ASCII-lowercased copy
	toks   []tok
	figs   []fig
	fbuf   []fig    // scratch: the figures figureAt read last
	near   []bool   // scratch: a number is within reach of token i
	stems  []string // memoised stems of the tokens, "" until computed
	kx     keyState // scratch of the key readers (measured.go)
	// flags of the whole sentence that steer ambiguous readings
	indexCtx, pollCtx, moneyCtx bool
	country                     string    // currency of a country named in the sentence
	doc                         *docScope // what the whole document tells the readings of each sentence
	stampEnd                    int       // token after the last publication stamp dropped as furniture; 0 when none
}

// fig is a figure under construction; token spans are indices in toks.
type fig struct {
	ts, te    int // the figure's text
	value     float64
	high      float64
	hasHigh   bool
	qual      string
	unit      string
	cat       Category
	np        npSpan // counted noun phrase, if any
	concept   string // casualty concept, if any
	keyNoun   string // noun naming a casualty when there is no counted noun ("death toll")
	bare      bool   // a plain number without unit, noun or suffix
	pairPrev  bool   // second side of a score or a "from X to Y" pair
	score     bool   // one side of a score or vote tally ("3-1", "5 to 4")
	including bool   // introduced by "including"
	fraction  bool
	run       string  // an ordinal's run unit: "day" for "a ninth consecutive day"
	dashed    bool    // read after a dash
	mult      float64 // product of the scale words ("billion")
}

type npSpan struct{ s, e, head int } // e exclusive; head index; s == e when empty

// word returns the lowercase text of token i, or "" out of range.
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	t := p.toks[i]
	return p.low[t.s:t.e]
}

// raw returns the text of token i as written.
func (p *parser) raw(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	t := p.toks[i]
	return p.n[t.s:t.e]
}

// capitalized reports whether token i begins with an ASCII capital letter;
// it is false out of range, so callers need not guard the index.
func (p *parser) capitalized(i int) bool {
	r := p.raw(i)
	return r != "" && isUpperB(r[0])
}

func (p *parser) kind(i int) tokKind {
	if i < 0 || i >= len(p.toks) {
		return 255
	}
	return p.toks[i].kind
}

// glued reports whether token i follows the previous one without a space.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].sp
}

func (p *parser) isPunct(i int, c byte) bool {
	return p.kind(i) == tPunct && p.n[p.toks[i].s] == c
}

// window bounds the tokens around k that sentence-wide cues are looked for
// in, so that one enormous "sentence" costs linear time.
func (p *parser) window(k int) (int, int) {
	return max(0, k-48), min(len(p.toks), k+48)
}

// match finds the longest phrase of table at token i; it returns the value
// and the index after the phrase, or ok false.
func (p *parser) match(table map[string][]phrase, i int) (string, int, bool) {
	ps, ok := table[p.word(i)]
	if !ok {
		return "", i, false
	}
next:
	for _, ph := range ps {
		for k, w := range ph.words {
			if p.word(i+k) != w {
				continue next
			}
		}
		return ph.val, i + len(ph.words), true
	}
	return "", i, false
}

// matchHyphenated finds the longest phrase of table at token i whose
// words are joined by glued hyphens ("nautical-mile" of "a 5-nautical-mile
// zone"); it returns the value and the index after the phrase. One-word
// phrases are match's.
func (p *parser) matchHyphenated(table map[string][]phrase, i int) (string, int, bool) {
next:
	for _, ph := range table[p.word(i)] {
		if len(ph.words) < 2 {
			continue
		}
		k := i
		for n, w := range ph.words {
			if n > 0 {
				if !p.isPunct(k, '-') || !p.glued(k) || !p.glued(k+1) {
					continue next
				}
				k++
			}
			if p.word(k) != w {
				continue next
			}
			k++
		}
		return ph.val, k, true
	}
	return "", i, false
}

// run scans the sentence's tokens for figures.
func (p *parser) run() {
	// A figure holds a number or a number word within its first few
	// tokens, so most words are passed over without trying the grammar;
	// the same pass notes the sentence's cues.
	last := -1 // the last numberish token seen going backwards
	if cap(p.near) < len(p.toks) {
		p.near = make([]bool, len(p.toks))
	}
	near := p.near[:len(p.toks)]
	for i := len(p.toks) - 1; i >= 0; i-- {
		if p.scan(i) {
			last = i
		}
		near[i] = last >= 0 && last-i <= 5
	}
	if last < 0 {
		return
	}
	for i := 0; i < len(p.toks); {
		if !near[i] {
			i++
			continue
		}
		if f, next, ok := p.figureAt(i); ok {
			for _, g := range f {
				if !p.furniture(g) {
					p.figs = append(p.figs, g)
				}
			}
			if n := len(f); n > 0 {
				next = p.ratingScale(f[n-1], next)
			}
			i = next
			continue
		}
		i++
	}
	p.dateLists()
	p.resolve()
}

// comparedFigure reports whether g is a figure a comparison can follow,
// "18 per cent more than", "£5 less than", "three times more than": a
// share, a sum or a multiple, where a date or a clock ("by 8pm more than
// 710") is the time of the figure after it.
func comparedFigure(g fig) bool {
	return g.cat == Percent || g.cat == Money || g.unit == "times"
}

// ratingScale returns the index past the scale of a rating that figure g
// gives at token k ("3.9 out of 5", "8.2 out of 10"), or k. The score is
// the fact; its scale is no figure of its own, which would come and go
// with it.
func (p *parser) ratingScale(g fig, k int) int {
	if g.cat != Count || g.te != k || p.word(k) != "out" || p.word(k+1) != "of" || p.kind(k+2) != tNum || p.unitFollows(k+3) || p.kind(k+3) == tWord && isPluralNoun(p.word(k+3)) {
		return k
	}
	lit := p.raw(k - 1)
	if d := strings.IndexByte(lit, '.'); d <= 0 || d != len(lit)-2 {
		return k
	}
	switch p.raw(k + 2) {
	case "5", "10", "100":
		if v, _ := p.digitsValue(k + 2); g.value <= v {
			return k + 3
		}
	}
	return k
}

// dateLists reads the days listed beside a date as dates of its month:
// "on 21 and 22 March", "on 3, 4 and 5 May", "on March 21 and 22". A
// bare day is a whole number from 1 to 31 written in digits, joined to
// the date by "and", "or" or a comma, with no noun of its own.
func (p *parser) dateLists() {
	day := func(f *fig) bool {
		return f.cat == Count && f.bare && f.qual == "" && !f.hasHigh && f.te == f.ts+1 && p.kind(f.ts) == tNum &&
			f.value >= 1 && f.value <= 31 && f.value == math.Trunc(f.value)
	}
	joins := func(a, b int) bool { // tokens [a, b) join two items of a list
		for k := a; k < b; k++ {
			if w := p.word(k); w != "and" && w != "or" && !p.isPunct(k, ',') {
				return false
			}
		}
		return b > a && b-a <= 2
	}
	for x := range p.figs {
		d := &p.figs[x]
		if d.cat != Date || d.value < 101 || d.value > 1231 || d.hasHigh {
			continue
		}
		month := math.Trunc(d.value / 100)
		if p.kind(d.ts) == tNum {
			// "21 and 22 March": days before a day-first date.
			for y, next := x-1, d.ts; y >= 0 && day(&p.figs[y]) && joins(p.figs[y].te, next); y-- {
				p.figs[y].cat, p.figs[y].value = Date, month*100+p.figs[y].value
				next = p.figs[y].ts
			}
		} else {
			// "March 21 and 22": days after a month-first date.
			for y, prev := x+1, d.te; y < len(p.figs) && day(&p.figs[y]) && joins(prev, p.figs[y].ts) && !p.nounAfterDay(p.figs[y].te); y++ {
				p.figs[y].cat, p.figs[y].value = Date, month*100+p.figs[y].value
				prev = p.figs[y].te
			}
		}
	}
}

// nounAfterDay reports whether a word at token k makes the number before it
// a count rather than a day of a list of dates: "March 21 and 22 people".
func (p *parser) nounAfterDay(k int) bool {
	if p.word(k) == "of" {
		// "As of June 30, 29 of the state's judgeships": a part of a
		// whole, counted.
		switch p.word(k + 1) {
		case "the", "them", "its", "their", "those", "these", "our", "his", "her":
			return true
		}
	}
	return p.kind(k) == tWord && !stopWords[p.word(k)] && !isVerbForm(p.word(k)) && !auxiliaries[p.word(k)] && !beForms[p.word(k)]
}

// scan notes the cues of token i and reports whether it is a number, a
// number word, a currency sign or a vulgar fraction.
func (p *parser) scan(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case tNum, tSym:
		return true
	case tIdent:
		_, ok := p.tornadoRating(i)
		_, fl := p.flightLevel(i)
		_, _, sw := p.spaceWeather(i)
		_, rp := p.racePosition(i)
		return ok || fl || sw || rp
	case tPunct:
		return p.n[t.s] == '$' || p.n[t.s] == '&' && p.word(i-1) == "s" && p.word(i+1) == "p" && p.setIndex()
	case tWord:
	default:
		return false
	}
	w := p.low[t.s:t.e]
	if !lexCueFilter.mayHave(w) {
		return false
	}
	c, ok := lexCues[w]
	if !ok {
		return false
	}
	switch c &^ cueNumber {
	case cueIndex:
		p.indexCtx = true
	case cuePoll:
		p.pollCtx = true
	case cueMoney:
		p.moneyCtx = true
	case cueCountry:
		p.country = countryCurrency[w]
	}
	return c&cueNumber != 0
}

func (p *parser) setIndex() bool {
	p.indexCtx = true
	return false
}

// seaWords tell a story at sea or in the air, where "nm" is nautical
// miles.
var seaWords = setOf("ship", "ships", "vessel", "vessels", "tanker", "tankers", "port", "coast", "sea", "seas",
	"boat", "boats", "crew", "pirates", "piracy", "knots", "navy", "ferry", "harbour", "harbor", "offshore",
	"aircraft", "runway", "airport", "flight", "pilot", "strait", "gulf", "cargo", "freighter", "bulker")

// ratioLabels name a ratio written before its value, which the figure's
// span takes: "HR 0.74", "OR 1.45" (a confidence interval's "CI" stays
// out: "95% CI 0.61 to 0.89").
var ratioLabels = setOf("HR", "OR", "RR", "aOR", "aHR", "IRR")

// pValue reads a test's P value at token i: "P=.01", "p<0.001", "P =
// 0.04". The qualifier is "less than" or "more than" for "<" and ">".
func (p *parser) pValue(i int) (float64, int, string, bool) {
	if r := p.raw(i); r != "P" && r != "p" {
		return 0, i, "", false
	}
	k := i + 1
	q := ""
	switch p.raw(k) {
	case "=":
	case "<", "\u2264":
		q = "less than"
	case ">", "\u2265":
		q = "more than"
	default:
		return 0, i, "", false
	}
	k++
	if p.isPunct(k, '.') && p.kind(k+1) == tNum && p.glued(k+1) {
		// ".01", the zero left out.
		v, err := strconv.ParseFloat("0."+p.raw(k+1), 64)
		if err != nil {
			return 0, i, "", false
		}
		return v, k + 2, q, true
	}
	if p.kind(k) != tNum || !strings.HasPrefix(p.raw(k), "0") {
		return 0, i, "", false
	}
	v, _ := p.digitsValue(k)
	return v, k + 1, q, v < 1
}

// modalVerbs go before a verb in its base form: "will close on six
// weekends".
var modalVerbs = setOf("will", "would", "could", "should", "may", "might", "must", "shall", "can", "cannot")

// figureAt tries to read a figure starting at token i.
func (p *parser) figureAt(i int) ([]fig, int, bool) {
	switch p.kind(i) {
	case tNum:
		if p.word(i+1) == "block" && p.word(i+2) == "of" && !p.glued(i+1) {
			// "the 1800 block of Quarry Lane": an address.
			return nil, i + 1, false
		}
		if w := p.word(i - 1); codeWords[w] && p.kind(i+1) == tWord && p.glued(i+1) {
			// "Lot 24121C", "batch 0417B": a code that ends in a letter,
			// no temperature or measure.
			return nil, i + 2, false
		}
		if p.word(i-1) == "week" && epiWeekWords[p.word(i-2)] || p.raw(i-1) == "EW" || p.word(i-1) == "wk" && p.kind(i+1) != tWord {
			// "epidemiological week 45", "EW 46", an index box's "wk
			// 17": the week's number in the year, a name.
			return nil, i + 1, false
		}
		if v, e, ok := p.minuteMark(i); ok {
			// "Okafor 23', 53'", "Ransome 90+6'": the minute of a goal.
			return p.one(fig{ts: i, te: e, value: v, unit: "minute", cat: Measure}), e, true
		}
		if p.ordSuffix(i+1) && p.namedOrdinal(i+2) {
			// "the 47th Mechanised Brigade", "the 14th Amendment": a
			// name, no rank.
			return nil, i + 2, false
		}
	case tIdent:
		if v, ok := p.tornadoRating(i); ok {
			return p.one(fig{ts: i, te: i + 1, value: v, unit: "EF", cat: Measure}), i + 1, true
		}
		if v, ok := p.flightLevel(i); ok {
			return p.one(fig{ts: i, te: i + 1, value: v, unit: "ft", cat: Measure}), i + 1, true
		}
		if v, unit, ok := p.spaceWeather(i); ok {
			return p.one(fig{ts: i, te: i + 1, value: v, unit: unit, cat: Measure}), i + 1, true
		}
		if v, ok := p.racePosition(i); ok {
			return p.one(fig{ts: i, te: i + 1, value: v, cat: Ordinal}), i + 1, true
		}
		return nil, i, false
	case tWord:
		if w := p.word(i); !figureStarterFilter.mayHave(w) || !figureStarters[w] {
			return nil, i, false
		}
		if v, ok := foldWords[p.word(i)]; ok {
			// "water prices rose fivefold": a multiple, as "five times"
			// is.
			return p.one(fig{ts: i, te: i + 1, value: v, unit: "times", cat: Measure}), i + 1, true
		}
	case tPunct:
		if c := p.n[p.toks[i].s]; c != '$' && c != '-' && c != '+' {
			return nil, i, false
		}
	}
	if v, e, q, ok := p.pValue(i); ok {
		// "P=.01", "p<0.001": a test's significance, its label written
		// into the figure; spaced, "p = 0.0004", the number alone.
		ts := i
		if p.toks[e-1].sp {
			ts = e - 1
		}
		return p.one(fig{ts: ts, te: e, value: v, qual: q, unit: "P", cat: Measure}), e, true
	}
	if v, e, ok := p.fightRecord(i); ok {
		// "improved to 27-1-1": wins, losses and draws, one record.
		return p.one(fig{ts: i, te: e, value: v, unit: "record", cat: Count}), e, true
	}
	if e, ok := p.productTerm(i); ok {
		// "a two-year fix", "the 30-year fixed": a mortgage's product,
		// named by its term.
		return nil, e, false
	}
	if v, ok := p.partisanLean(i); ok {
		return p.one(fig{ts: i, te: i + 3, value: v, unit: p.raw(i) + "+", cat: Measure}), i + 3, true
	}

	qual, j, _ := p.match(qualifiers, i)
	if qual == "up to" && beForms[p.word(i-2)] && upParticles[p.word(i-1)] {
		// "since it was set up to €75 million": the verb's particle,
		// and the figure what the sentence takes the total to.
		qual, i = "", i+2
		j = i
	}
	if (qual == "more than" || qual == "less than" || qual == "fewer than") && len(p.figs) > 0 && p.figs[len(p.figs)-1].te == i && p.raw(i) == p.word(i) && comparedFigure(p.figs[len(p.figs)-1]) {
		// "costs 18 per cent more than two years ago": the comparison
		// is the figure's before it; the one after is no hedged figure.
		qual, i = "", j
	}
	if qual == "close on" && (i > 0 && p.kind(i-1) == tWord && (!beForms[p.word(i-1)] && !stopWords[p.word(i-1)] || modalVerbs[p.word(i-1)] || p.word(i-1) == "to") || p.calendarAfter(j)) {
		// "roads close on 10 nights", "will close on six weekends",
		// "to close on 9 July": the verb, not "nearly".
		return nil, i, false
	}
	if qual != "" {
		// "at least another two months", "up to a further 300 jobs":
		// the hedge is the figure's.
		switch {
		case p.word(j) == "another" && p.kind(j+1) != tPunct:
			j++
		case p.word(j) == "a" && p.word(j+1) == "further" && p.kind(j+2) != tPunct:
			j += 2
		}
	}
	if p.raw(j) == "Mach" && p.kind(j+1) == tNum && !p.glued(j+1) {
		// "Mach 1.35", "about Mach 1.3": a speed as a multiple of the
		// speed of sound, the unit written before the number.
		if v, ok := p.digitsValue(j + 1); ok && v < 50 {
			return p.one(fig{ts: i, te: j + 2, value: v, qual: qual, unit: "Mach", cat: Measure}), j + 2, true
		}
	}
	if v, ok := multipleWords[p.word(j)]; ok {
		if cat, ok := p.multipleWordAt(i, j); ok {
			return p.one(fig{ts: i, te: j + 1, value: v, qual: qual, unit: "times", cat: cat}), j + 1, true
		}
		return nil, i, false
	}
	// "over" and "under" before a time span are prepositions; checked below.
	between := false
	if p.word(j) == "between" {
		between = true
		j++
	}
	if f, next, ok := p.durationAt(j); ok {
		f.ts, f.qual = i, qual
		if qual == "" && p.raw(j-1) == "+" && p.glued(j) {
			f.ts = j - 1 // a race gap, "+1:12"
		}
		return p.one(f), next, true
	}
	if f, next, ok := p.timeAt(j); ok {
		// "between 8am and 8pm" gives two times, as "from 8am to 8pm"
		// does: opening and closing hours, revised one at a time.
		f.ts, f.qual = i, qual
		if between && qual == "" {
			f.ts = j
		}
		return p.one(f), next, true
	}
	if f, next, ok := p.dateAt(j, between); ok {
		f.ts, f.qual = i, qual
		if between && qual == "" && !f.hasHigh {
			f.ts = j // "between 2 and 9 August": two dates
		}
		return p.one(f), next, true
	}
	if f, next, ok := p.ordinalAt(j); ok && qual == "" && !between {
		return p.one(f), next, true
	} else if ok && qual == "up to" && p.kind(j) == tNum {
		// "moves up to 9th": a climb to a place, not a ceiling.
		f.ts = j
		return p.one(f), next, true
	} else if ok && !between && p.kind(j) == tNum && p.ordSuffix(j+1) {
		// "would rank around 11th": a place, hedged.
		f.ts, f.qual = i, qual
		return p.one(f), next, true
	}
	// "a half-point cut", "another quarter-point reduction": central
	// banks' moves in percentage points.
	if w := p.word(j); (w == "half" || w == "quarter") && p.isPunct(j+1, '-') && p.glued(j+1) && p.glued(j+2) && p.word(j+2) == "point" {
		v := 0.5
		if w == "quarter" {
			v = 0.25
		}
		return p.one(fig{ts: i, te: j + 3, value: v, qual: qual, unit: "percentage points", cat: Percent}), j + 3, true
	}
	if p.word(j) == "category" && p.kind(j+1) == tNum && (p.wordNear(j, stormWords) || p.stormScaleNext(j+2) && p.doc.namesStorm()) {
		// "a Category 4 storm": a hurricane's or a cyclone's strength on
		// its scale, which forecasters revise. A story about a cyclone
		// also calls it "a category 4 system" in sentences that do not
		// name it.
		if v, ok := p.digitsValue(j + 1); ok && v >= 1 && v <= 5 && v == math.Trunc(v) {
			return p.one(fig{ts: i, te: j + 2, value: v, qual: qual, unit: "category", cat: Measure}), j + 2, true
		}
	}
	if w := p.word(j); (w == "level" && p.wordNear(j, alertWords) || w == "stage" && p.wordNear(j, stageWords)) && p.kind(j+1) == tNum {
		// "raised the alert from level 2 to level 3", "Stage 6 load
		// shedding": a reading of a warning scale, as "Category 4" is of
		// a storm's; "Alert Level 2" names the scale with it.
		if v, ok := p.digitsValue(j + 1); ok && v >= 0 && v <= 10 && v == math.Trunc(v) {
			ts := i
			if qual == "" && w == "level" && p.raw(j-1) == "Alert" && p.raw(j) == "Level" {
				ts = j - 1
			}
			return p.one(fig{ts: ts, te: j + 2, value: v, qual: qual, unit: w, cat: Measure}), j + 2, true
		}
	}
	if p.word(j) == "signal" && p.word(j+1) == "no" && p.isPunct(j+2, '.') && p.kind(j+3) == tNum {
		// "Tropical Cyclone Wind Signal No. 3": a storm warning's level.
		if v, ok := p.digitsValue(j + 3); ok && v >= 1 && v <= 10 && v == math.Trunc(v) {
			return p.one(fig{ts: i, te: j + 4, value: v, qual: qual, unit: "signal", cat: Measure}), j + 4, true
		}
	}
	if p.word(j) == "ef" && p.isPunct(j+1, '-') && p.glued(j+1) && p.kind(j+2) == tNum && p.glued(j+2) {
		// "an EF-4 tornado".
		if v, ok := p.digitsValue(j + 2); ok && v <= 5 && v == math.Trunc(v) {
			return p.one(fig{ts: i, te: j + 3, value: v, qual: qual, unit: "EF", cat: Measure}), j + 3, true
		}
	}
	if p.raw(j) == "Kp" && p.kind(j+1) == tNum {
		// "Kp 8", "Kp index 8": the planetary geomagnetic index.
		if v, ok := p.digitsValue(j + 1); ok && v <= 9 {
			return p.one(fig{ts: i, te: j + 2, value: v, qual: qual, unit: "Kp", cat: Measure}), j + 2, true
		}
	}
	if p.word(j) == "worldscale" || p.raw(j) == "WS" {
		// "Worldscale 78.5", "WS 112.5": a tanker rate on its scale.
		if v, e, ok := p.smallNumberAt(j + 1); ok && e > j+1 && p.kind(j+1) == tNum {
			return p.one(fig{ts: i, te: e, value: v, qual: qual, unit: "Worldscale", cat: Measure}), e, true
		}
	}
	if p.word(j) == "magnitude" {
		// "magnitude 7.1", read aloud "magnitude seven point one".
		if v, e, ok := p.smallNumberAt(j + 1); ok && e > j+1 && v < 11 {
			return p.one(fig{ts: i, te: e, value: v, qual: qual, unit: "magnitude", cat: Measure}), e, true
		}
		// "magnitude -4.1": a bright star's or planet's, below zero.
		if (p.isPunct(j+1, '-') || p.raw(j+1) == "\u2212") && p.glued(j+2) && p.kind(j+2) == tNum {
			if v, e, ok := p.smallNumberAt(j + 2); ok && e > j+2 && v < 30 {
				return p.one(fig{ts: i, te: e, value: -v, qual: qual, unit: "magnitude", cat: Measure}), e, true
			}
		}
	}
	f, next, ok := p.quantity(j)
	if !ok {
		return nil, i, false
	}
	// "brightened 40-fold": a multiple, as "fivefold" and "40 times" are.
	// "Five times the distance" is a multiple, "times" its unit;
	// "observed 600 times" a count of occasions, "times" its noun.
	if w := p.word(next); f.bare && f.cat == Count && (w == "fold" || p.isPunct(next, '-') && p.glued(next) && p.word(next+1) == "fold") {
		if w != "fold" {
			next++
		}
		f.unit, f.cat, f.bare, f.te = "times", Measure, false, next+1
		next++
	}
	if f.bare && f.cat == Count && p.word(i-1) == "of" && p.word(i-2) == "factor" {
		// "brightened by a factor of 40": a multiple, as "40-fold" is.
		f.unit, f.cat, f.bare = "times", Measure, false
	}
	// "3× the fine": a multiple written with the sign, as "three times"
	// is; "3×4" is a product.
	timesSign := p.raw(next) == "\u00d7" && p.glued(next) && !(p.kind(next+1) == tNum && p.glued(next+1))
	if (p.word(next) == "times" || timesSign) && f.bare && f.cat == Count {
		f.unit, f.bare = "times", false
		if timesSign {
			f.te = next + 1
		}
		if nx := p.word(next + 1); nx == "as" && (p.word(next+2) == "many" || p.word(next+2) == "much") {
			// "three times as many shells": a multiple of an amount, as
			// "three times that amount" is.
			f.cat, f.te = Measure, next+1
			next++
		} else if comparatives[nx] || strings.HasSuffix(nx, "er") && p.kind(next+1) == tWord && !stopWords[nx] ||
			multipleFollowers[nx] || multipleNouns[nx] || f.value != math.Trunc(f.value) || p.subscribedBefore(i) {
			// "1.6 times more likely", "forty times higher", "three
			// times faster", "six times revenue": a multiple, which
			// studies and reports state and revise as they do counts
			// ("tripled", a verb, is left alone); "2.5 times the
			// amount"; "3.08 times covered": no one counts occasions in
			// fractions.
			f.cat, f.te = Measure, next+1
			next++
		} else {
			f.np = npSpan{s: next, e: next + 1, head: next}
		}
	}
	if k := f.te; (f.cat == Money || f.cat == Measure) && (p.slashUnitAt(k) || f.cat == Money && p.slashWordAt(k) && p.slashCode(k+1)) {
		// "£186/t", "34.5p/litre", "7.5t/ha", "$4,850/FEU",
		// "$3.48/mmBtu": a price or a yield per unit, the unit written
		// into the figure. The span takes it; the value is the price,
		// as "£186 a tonne" is.
		f.te += 2
		for f.te < len(p.toks) && p.kind(f.te) == tWord && p.glued(f.te) && f.te < k+4 {
			f.te++ // "mmBtu", split at its capital
		}
		if next < f.te {
			next = f.te
		}
	}
	if f.ts == i && qual == "" && ratioLabels[p.raw(i-1)] && !p.glued(i) {
		// "HR 0.74", "OR 1.45": the statistic's label is the figure's
		// unit, as "5 km" has its.
		f.ts = i - 1
	}
	if f.ts == j {
		f.ts = i // else the quantity left out a sign of its own ("minus 47 seconds")
	}
	if qual != "" || f.ts == i {
		f.qual = qual // the quantity's own is a year's part ("late 2029")
	}
	if qual == "as far as" && !(f.cat == Measure && lengthUnits[f.unit]) || qual == "as long as" && !(f.cat == Measure && timeUnits[f.unit]) ||
		(qual == "as far as" || qual == "as long as") && (p.word(f.te) == "ago" || p.word(i-1) == "twice" || p.word(i-1) == "times" || p.word(i-1) == "half") {
		// "as far as 7.5 km", "as long as five weeks" hedge a reach and
		// a wait; "as long as 2 adults are present" sets a condition,
		// and "twice as long as three years ago" compares.
		f.ts, f.qual = j, ""
	}
	if (qual == "higher than" || qual == "lower than" || qual == "greater than") && (f.cat == Date || f.cat == Time || timeOffsetWords[p.word(f.te)]) {
		// "higher than three years ago", "lower than in 2019": the
		// time compared with, not a bound on a figure.
		f.ts, f.qual = j, ""
	}
	if (qual == "over" || qual == "under" || qual == "below" || qual == "above") && f.cat == Measure && timeUnits[f.unit] && p.word(f.te) != "old" && (!durationHedge[p.word(i-1)] || qual == "over" && p.sumBefore(i) || p.passiveTaken(i-1) || p.word(i-1) == "in" && phaseVerbs[p.word(i-2)]) {
		// ("over 150 years old" is an age, hedged.)
		// "over two weeks" is a period, but "waited over six hours" is
		// a hedge; "C$12.3 billion in new spending over five years" is
		// the period of a sum, where "a $25,000 goal met in under 40
		// minutes" hedges.
		f.ts, f.qual = j, ""
	}
	if prev := p.word(i - 1); (qual == "above" || qual == "below") &&
		(f.cat == Measure && lengthUnits[f.unit] && !changeWords[prev] && !heldWords[prev] && !beForms[prev] || f.cat == Date || f.cat == Time) {
		// "snow above 1,500 metres", "a village below 200 metres": a
		// height or a depth, and "below 1990 levels" a year, where "peak
		// above 8.5%", "stay above 40C", "visibility fell below 50
		// metres" and "visibility is below 80 metres" are hedges.
		f.ts, f.qual = j, ""
	}
	if qual == "over" && f.cat == Measure && lengthUnits[f.unit] && p.gradeBefore(i) {
		// "14.6 g/t gold over 11.2 metres": a drill intercept's width,
		// not a hedge.
		f.ts, f.qual = j, ""
	}
	if qual == "under" && f.cat == Measure && lengthUnits[f.unit] && p.word(f.te) == "of" {
		// "buried under 4 metres of snow", "under 30cm of mud": the
		// depth of what lies on top, not a hedge.
		f.ts, f.qual = j, ""
	}
	if qual == "over" && (overVerbs[p.word(i-1)] || overParticle[p.word(i-1)] || spreadVerbsOver[p.word(i-1)] && f.cat == Count || p.suedOver(i)) {
		// "Scientists flew over 1,020 reefs": the place flown over;
		// "handed over 157 detainees": a particle of the verb.
		f.ts, f.qual = j, ""
	}
	if n := len(p.figs); qual == "over" && f.cat == Measure && lengthUnits[f.unit] && n > 0 && p.figs[n-1].te == i && (timeUnits[p.figs[n-1].unit] || lengthUnits[p.figs[n-1].unit] || unitDimensions[p.figs[n-1].unit] == "speed") {
		// "lasted about 9 minutes over 7 miles": the course the time was
		// taken over; "climbs 340 metres over 1.6 kilometres" the run of
		// a rise; "flew at 1,588.2 m/min over 823 km" the race's.
		f.ts, f.qual = j, ""
	}
	if _, dim := dimensionWords[p.word(f.te)]; qual == "over" && f.cat == Measure && (f.unit == "m" || f.unit == "km" || f.unit == "mile" || f.unit == "nautical mile") && !dim && p.wordNear(j, raceWords) {
		// "silver medallist over 200 metres", "the world record over
		// 10,000m": the race's distance, not a hedge; "over 2 metres
		// above the record" is one.
		f.ts, f.qual = j, ""
	}
	if qual == "up to" && (movementVerbs[p.word(i-1)] && !(f.cat == Measure && lengthUnits[f.unit]) || p.fromFigure(next) || p.downToBefore(i, f.cat == Money)) {
		// ("families moved up to 120 km": a distance's ceiling.)
		// "churn edged up to 2.4%", "shares shot up to 120p": the verb's
		// particle and its "to", not a ceiling.
		f.ts, f.qual = j, ""
	}
	if qual == "over" && f.cat == Count && p.nounWithin(next, periodNouns) && !durationHedge[p.word(i-1)] {
		// "sold 121 cars over three evenings": the period, as "over
		// two weeks" is; "worked over 40 nights" hedges. "Spread the
		// cost over 10 monthly instalments": the payments it is
		// spread across.
		f.ts, f.qual = j, ""
	}
	if prev := p.word(i - 1); qual == "over" && f.cat == Count && p.nounWithin(next, courseNouns) && (p.kind(i-1) == tWord &&
		!isVerbForm(prev) && !beForms[prev] && !auxiliaries[prev] && !stopWords[prev] || i == 0 && (p.isPunct(next+1, ',') || determiners[p.word(next+1)] || p.capitalized(next+1))) {
		// "4 seconds ahead of Amundsen-Ray over 58 laps", "Over four
		// sessions the final…": the course of a contest, not a hedge;
		// "has played over 100 matches" is one.
		f.ts, f.qual = j, ""
	}
	if n := len(p.figs); qual == "over" && f.cat == Count && n > 0 && (p.figs[n-1].te == i || p.figs[n-1].te >= i-4 && isPluralNoun(p.word(next)) && !p.phraseBreak(p.figs[n-1].te, i) && !stopWords[p.word(i-1)]) {
		// "rejected 112 over 11 sittings", "96 flats over five floors",
		// "21,000 sq metres of space over five floors":
		// the figure before was counted over them, not "more than 11";
		// "2.1 million voters over 65" is an age's hedge, and "fined £14m
		// after over 41,000 services ran late" a count's.
		f.ts, f.qual = j, ""
	}
	if (qual == "over" || qual == "under") && f.cat == Money && p.attributive(next) {
		// "jailed over £48m fraud": the cause, not a hedge.
		f.ts, f.qual = j, ""
	}
	if f.cat == Measure && !f.hasHigh && p.andAHalf(next) {
		// "a year and a half", "an hour and a half": half a unit more.
		f.value += 0.5
		f.te, next = next+3, next+3
	}
	// "five years and six months", "15 hours and 3 minutes", "12 years,
	// four months and 19 days": one span, counted in its smallest unit.
	for f.cat == Measure && !f.hasHigh && spanParts[f.unit] > 0 && (p.word(next) == "and" || p.isPunct(next, ',') || p.kind(next) == tNum) {
		at := next + 1
		if p.kind(next) == tNum {
			at = next // "4 hours 41 minutes"
		}
		g, n2, ok := p.quantity(at)
		if u, short := clockParts[f.unit][p.word(at+1)]; short && p.kind(at) == tNum && p.glued(at+1) && p.kind(at+1) == tWord {
			// "3h 04m", "4min 30s": after hours a glued "m" is minutes,
			// after minutes an "s" seconds.
			v, _ := p.digitsValue(at)
			g, n2, ok = fig{ts: at, te: at + 2, value: v, unit: u, cat: Measure}, at+2, true
		}
		if !ok || g.ts != at || g.cat != Measure || g.hasHigh || spanParts[g.unit] == 0 || spanParts[g.unit] >= spanParts[f.unit] ||
			g.value*spanParts[g.unit] >= spanParts[f.unit] ||
			spanParts[f.unit] >= spanParts["week"] && spanParts[g.unit] < spanParts["day"] {
			// "sentenced to 4 years and 30 months respectively": a
			// part as long as the unit before it is a figure of its own,
			// as a clock's part after a calendar's is ("a suspended
			// sentence of 20 months and 200 hours of unpaid work").
			break
		}
		f.value = f.value*spanParts[f.unit]/spanParts[g.unit] + g.value
		f.unit, f.te, next = g.unit, g.te, n2
	}
	if sub, ok := imperialParts[f.unit]; ok && f.cat == Measure && !f.hasHigh &&
		(p.kind(next) == tNum || p.word(next) == "and" && p.kind(next+1) == tNum) {
		// "12ft 9in", "6 feet and 2 inches", "7lb 4oz": one length or
		// weight in two units, counted in the smaller.
		at := next
		if p.kind(at) != tNum {
			at++
		}
		if g, n2, ok := p.quantity(at); ok && g.ts == at && g.cat == Measure && !g.hasHigh && g.unit == sub.unit && g.value < sub.n {
			f.value = f.value*sub.n + g.value
			f.unit, f.te, next = g.unit, g.te, n2
		}
	}
	if q, n2 := p.postHedge(f, next); q != "" {
		f.qual, f.te, next = q, n2, n2
		if f.cat == Count && f.bare {
			// "five or more children": the counted noun follows the hedge.
			if np := p.nounPhrase(n2, false); np.e > np.s {
				f.np, f.unit, f.bare = np, p.raw(np.head), false
			}
		}
	} else if f.cat == Count && f.np.e > f.np.s {
		// "200 jabs or more a week": the hedge follows the counted noun,
		// outside the figure's span.
		if q, _ := p.postHedge(f, f.np.e); q != "" {
			f.qual = q
		}
	}
	if between && f.ts < j && !f.hasHigh && p.word(next) != "and" && p.word(next) != "to" && !p.isPunct(next, '-') && p.raw(next) != "\u2013" {
		// "a contest between five bidders": the preposition of a
		// contest, no range's opening.
		f.ts = j
	}
	if f.bare && f.cat == Count && p.word(next) == "and" && p.kind(next+1) == tNum {
		// "suspended sentences of 14 and 10 months respectively", "aged
		// 3 and 5 years old": the unit after the second serves both.
		if g, n2, ok := p.quantity(next + 1); ok && g.ts == next+1 && g.cat == Measure && !g.hasHigh && g.unit != "" &&
			(p.word(n2) == "respectively" || p.word(n2) == "old") {
			f.unit, f.cat, f.bare = g.unit, Measure, false
		}
	}
	figs := p.one(f)
	if g, n2, ok := p.cricketScore(f, next); ok {
		f.score, f.np = true, npSpan{}
		return append(p.one(f), g), n2, true
	}
	if r, n2, ok := p.ratioAt(f, next); ok {
		return p.one(r), n2, true
	}
	// Ranges and pairs.
	if between && p.word(next) == "and" {
		if g, n2, ok := p.quantity(next + 1); ok {
			if r, ok := p.makeRange(f, p.secondYear(f, g)); ok {
				r.te = g.te
				return p.one(r), n2, true
			}
		}
	}
	// "two or three weeks", "20 or 30 people": an approximate range.
	if !between && f.bare && p.word(next) == "or" {
		if g, n2, ok := p.quantity(next + 1); ok && g.ts == next+1 && g.value > f.value && g.value <= 3*f.value && g.cat != Date {
			if r, ok := p.makeRange(f, g); ok {
				r.te = g.te
				return p.one(r), n2, true
			}
		}
	}
	// "16- to 24-year-olds".
	if !between && f.bare && p.isPunct(next, '-') && p.glued(next) && p.word(next+1) == "to" {
		if g, n2, ok := p.quantity(next + 2); ok && g.ts == next+2 {
			if r, ok := p.makeRange(f, g); ok {
				r.te = g.te
				return p.one(r), n2, true
			}
		}
	}
	// "backed the plan by 38 votes to 7", "by seven votes to five": a
	// tally, as "voted 38 to 7" is, its counted noun between the sides.
	if _, word := smallNumbers[p.word(next+2)]; !between && (p.word(next) == "votes" || p.word(next) == "vote") && p.word(next+1) == "to" && (p.kind(next+2) == tNum || word) && f.qual == "" {
		if g, n2, ok := p.quantity(next + 2); ok && g.ts == next+2 && g.bare && g.qual == "" {
			f.score, g.score, g.pairPrev = true, true, true
			f.bare, f.unit, f.np, g.np = true, "", npSpan{}, npSpan{}
			figs[0] = f
			return append(figs, g), n2, true
		}
	}
	// "between 20-25 people" is written as a dashed range too.
	if (!between || p.isPunct(next, '-')) && (p.word(next) == "to" || (p.isPunct(next, '-') && (p.glued(next) || p.glued(next+1) || p.kind(next+1) == tNum))) {
		g, n2, ok := p.quantity(next + 1)
		if ok && g.ts == next+1 && g.te == next+2 && p.kind(g.ts) == tNum {
			// "the six weeks to 4 January": a date ends the period.
			if _, _, month := p.monthAt(g.te); month {
				ok = false
			}
		}
		if ok && g.ts == next+1 {
			g = p.secondYear(f, g)
			g = p.quoteTail(f, g, next)
			g.dashed = p.word(next) != "to"
			spread := false // a verb of spread before "from": "lumps ranging from 1 cm to 15 cm", a range of measures however wide
			from := p.word(i-1) == "from" || p.word(i-2) == "from" ||
				p.word(i-1) == "of" && (p.word(i-3) == "from" || p.word(i-4) == "from" || p.word(i-5) == "from" && p.kind(i-4) == tWord && growthBefore(p.word(i-6))) // "from growth of 0.3% to 0.5%", "grow from its current staff of 310 to 500"
			if at := i - 1; from && (p.word(at) == "from" || p.word(at-1) == "from") {
				if p.word(at) != "from" {
					at--
				}
				if v := p.word(at - 1); spreadVerbs[v] && !(sellerVerbs[v] && (ownerWords[p.word(at-2)] || p.kind(at-2) == tWord && !isPluralNoun(p.word(at-2)) && !modalVerbs[p.word(at-2)] && p.word(at-2) != "they" && p.word(at-2) != "we")) {
					// "tickets cost from £35 to £140", "ages ranging
					// from 4 to 11", "operators charge from US$650 to
					// US$1,400": a spread of values, not a change; "the
					// waste charge from £48 to £60" is one.
					from, spread = false, true
				}
			}
			if from && (p.word(n2) == "previously" || p.word(n2) == "earlier" || p.word(n2) == "formerly") && !dateMoveVerbs[p.word(i-2)] {
				// "a margin of 4% to 5.5%, down from 6.5% to 8%
				// previously": the range it was, not a change.
				from = false
			}
			if from && f.cat == Date && g.cat == Date && f.value >= 1000 && g.value > f.value && !f.hasHigh {
				// "1,840 cases from 2017 to 2023": the years a count
				// spans, where "moved from 2027 to 2029" changes one.
				at := i - 1
				if p.word(at) != "from" {
					at--
				}
				from = dateMoveVerbs[p.word(at-1)]
			}
			dash := p.word(next) != "to"
			if dash && f.cat == Money && g.cat == Money && p.glued(next) && p.glued(next+1) {
				// "up from $1.60-$1.80": a range of prices the change
				// starts from, its ends joined by the dash.
				from = false
			}
			// "rose 2 cents to $78.40", "fell by 300,000 bpd to 9.8 million
			// bpd": a change and a level, not a range.
			fv := f.value
			if f.mult <= 1 && g.mult > 1 && fv*g.mult <= g.value {
				fv *= g.mult
			}
			if !dash && (changeWords[p.word(i-1)] && !f.bare && !p.shareRangeAfterBy(i, f, g) && !p.forecastRange(i, f, g) || fv > 0 && g.value/fv > 10 && !(spread && f.cat == Measure)) {
				from = true
			}
			// "fell by about 410,000 to 1,769,870", "up by 3 to 45": a
			// change by an amount, then the level.
			if !dash && p.word(i-1) == "by" && (changeWords[p.word(i-2)] || p.word(i-2) == "up" || p.word(i-2) == "down") &&
				!(f.bare && !g.bare && (g.cat == Measure || g.cat == Money)) && !p.shareRangeAfterBy(i, f, g) {
				// ("rise by 0.44 to 0.76 metres": a bare number before a
				// measure is the range's low end, as a change would carry
				// its unit: "by 0.2 metres to 0.76 metres".)
				from = true
			}
			// "the 2019-20 season".
			if dash && f.cat == Date && f.value >= 1000 && !f.hasHigh && p.kind(next+1) == tNum && len(p.raw(next+1)) == 2 && p.glued(next+1) {
				if high := float64(int(f.value)/100*100) + g.value; high > f.value {
					f.high, f.hasHigh, f.te = high, true, next+2
					return p.one(f), next + 2, true
				}
			}
			// Betting odds: "won at 14-1", "a 9-2 favourite", "odds of
			// 5-1"; one figure, the ratio.
			if dash && f.bare && p.kind(g.ts) == tNum && g.value >= 1 && g.value <= 20 && f.value >= g.value && p.oddsCue(i, g.ts+1) && !p.tallyAt(i) {
				return p.one(fig{ts: f.ts, te: g.ts + 1, value: f.value / g.value, unit: "odds", cat: Measure}), g.ts + 1, true
			}
			// "6-4, 3-6, 7-6 (9-7), 4-6": set scores in a row, each a
			// score whichever side won it.
			// "a 1-4 defeat": the noun names the score's match.
			scoreNoun := g.np.e > g.np.s && scoreCueWords[p.word(g.np.head)]
			sets := dash && f.bare && (g.bare || scoreNoun) && p.isScore(f, g) && (p.scoreRun(i, n2) || p.scoreCue(i, n2) || scoreNoun)
			if !from && !sets {
				if r, ok := p.makeRange(f, g); ok {
					r.te = g.te
					if (r.cat == Money || r.cat == Measure) && p.slashUnitAt(r.te) {
						// "₹70-80/kg", "7-8t/ha": the unit after the
						// slash prices or rates both ends.
						r.te += 2
						n2 = max(n2, r.te)
					}
					return p.one(r), n2, true
				}
			}
			if f.bare && g.bare && dash && !from && p.isScore(f, g) || sets && scoreNoun || (p.word(next) == "to" && !from && g.value <= f.value) || (dash && g.value <= f.value) {
				g.pairPrev = true
				if dash && f.bare && !g.bare && g.np.e > g.np.s && !isPluralNoun(p.word(g.np.head)) {
					// "a 2-2 draw", "a 2-0 lead": the noun is no unit.
					g.np, g.unit, g.bare, g.te = npSpan{}, "", true, next+2
				}
				if f.bare && g.bare {
					// A score or a tally: "3-1", "70-29", "5 to 4".
					f.score, g.score = true, true
					f.np, g.np = npSpan{}, npSpan{}
					if dash && g.np.e == g.np.s {
						g.te = next + 2
					}
					figs[0] = f
				}
				return append(figs, g), n2, true
			}
		}
	}
	return figs, next, true
}

// oddsCue reports whether the dashed pair at tokens [i, k) is betting
// odds: after "at" or "odds of", or before "shot", "favourite" or
// "outsider".
func (p *parser) oddsCue(i, k int) bool {
	switch p.word(k) {
	case "shot", "favourite", "favorite", "outsider", "chance", "winner", "fav", "jt", "jf":
		return true
	}
	if p.isPunct(i-1, ')') && p.kind(i-2) == tWord && p.capitalized(i-2) && (k >= len(p.toks) || p.kind(k) == tPunct || p.toks[k].nl) {
		// A race card's runner and rider, the price ending the line:
		// "Northern Quay (Sam Ridley) 12-1"; "Leeds (Ayling) 2-1
		// Stoke" is a score.
		return true
	}
	switch p.word(i - 1) {
	case "at":
		return true
	case "of":
		return p.word(i-2) == "odds"
	}
	// "he is 7-2 in early betting", "bookmakers make him 5-1": a
	// betting word a few words away.
	for j := i - 1; j >= 0 && j >= i-6 && !p.isPunct(j, ';') && !p.isPunct(j, '.'); j-- {
		if bettingWords[p.word(j)] {
			return true
		}
	}
	for j := k; j < len(p.toks) && j < k+6 && !p.isPunct(j, ';') && !p.isPunct(j, '.'); j++ {
		if bettingWords[p.word(j)] {
			return true
		}
	}
	return false
}

// bettingWords near a dashed pair make it a price, not a score.
var bettingWords = setOf("betting", "bookmakers", "bookmaker", "bookies", "odds")

// scoreCueWords before a dashed pair, or right after it, make it a score
// whichever side is larger: "lost 1-2", "finished 1-2", "a 1-3 defeat".
var scoreCueWords = setOf("won", "win", "wins", "lost", "lose", "loses", "losing", "drew", "draw", "draws",
	"drawn", "beat", "beaten", "finished", "ended", "ends", "led", "leads", "leading", "trailed", "trailing",
	"trail", "tied", "defeated", "victory", "defeat", "loss", "scoreline", "score", "thrashing", "drubbing")

// cricketScore reads the second side of a cricket score or of bowling
// figures after figure f, its joint at token next, in a story about
// cricket: "287 for 6" and "287-6" (runs for wickets), "4 for 39" and
// "4-39" (wickets for runs). Either way it is a pair of figures, as a
// football score is, however the story writes it: "287 for 6" restated
// "287-6" is no change, and its runs and its wickets are revised each
// on its own.
func (p *parser) cricketScore(f fig, next int) (fig, int, bool) {
	if !f.bare || f.hasHigh || p.kind(f.te-1) != tNum || f.te-1 != f.ts && f.qual == "" {
		return f, next, false
	}
	dash := p.isPunct(next, '-') && p.glued(next) && p.glued(next+1)
	if !dash && p.word(next) == "for" && p.kind(next+1) == tWord {
		// "327 for six": the wickets spelled out.
		if w, ok := smallNumbers[p.word(next+1)]; ok && w <= 10 && f.value > 10 && p.doc.aboutCricket() {
			return fig{ts: next + 1, te: next + 2, value: w, cat: Count, bare: true, score: true, pairPrev: true}, next + 2, true
		}
	}
	if !dash && p.word(next) != "for" || p.kind(next+1) != tNum || p.isPunct(next+2, '-') || p.isPunct(next+2, '.') && p.kind(next+3) == tNum {
		return f, next, false
	}
	g, ok := p.digitsValue(next + 1)
	if !ok || g != math.Trunc(g) || f.value != math.Trunc(f.value) || min(f.value, g) > 10 || max(f.value, g) > 999 || !p.doc.aboutCricket() {
		return f, next, false
	}
	return fig{ts: next + 1, te: next + 2, value: g, cat: Count, bare: true, score: true, pairPrev: true}, next + 2, true
}

// tallyAtWords before "at" make the dashed pair after it a score or a
// series' tally, not betting odds: "the series at 2-2", "locked at 1-1".
var tallyAtWords = setOf("series", "level", "levelled", "leveled", "tied", "locked", "stands", "stood", "score", "scores")

// tallyAt reports whether the dashed pair at token i follows "at" a few
// words after a word of tallyAtWords: "level the series at 2-2", "locked
// at 1-1", "level the best of seven at 3-3".
func (p *parser) tallyAt(i int) bool {
	if p.word(i-1) != "at" {
		return false
	}
	// "level the best of seven at 3-3": the tally's word a few words back.
	for j := i - 2; j >= 0 && j >= i-6 && p.kind(j) != tPunct; j-- {
		if tallyAtWords[p.word(j)] {
			return true
		}
	}
	return false
}

// scoreCue reports whether the dashed pair at tokens [i, k) is told a
// score by the words around it: a cue word right after it, or before it
// past up to three capitalised names ("beat Harbour Rovers 1-2").
func (p *parser) scoreCue(i, k int) bool {
	if scoreCueWords[p.word(k)] {
		return true
	}
	if p.tallyAt(i) {
		return true
	}
	if p.isPunct(i-1, '(') && p.isPunct(k, ')') && p.kind(i-2) == tWord && p.capitalized(i-2) {
		// "Whitacre (6-9) gave up four runs": a player's or a team's
		// record in brackets after the name, as "(9-4)" is.
		return true
	}
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		if p.kind(j) != tWord {
			return false
		}
		if scoreCueWords[p.word(j)] {
			return true
		}
		if r := p.raw(j); !isUpperB(r[0]) && p.word(j) != "the" {
			return false
		}
	}
	return false
}

// scoreRun reports whether the dashed pair at tokens [i, k) stands in a
// row of them, as the sets of a match are written: another "d-d" before
// it after a comma (or a tie-break in brackets), or after it after a
// comma.
func (p *parser) scoreRun(i, k int) bool {
	pair := func(a int) bool { // tokens a, a+1, a+2 are "d", "-", "d"
		return p.kind(a) == tNum && p.isPunct(a+1, '-') && p.glued(a+1) && p.kind(a+2) == tNum && p.glued(a+2)
	}
	// "6-3, 4-6" or "7-6 (9-7), 4-6" before it; or without the commas,
	// "6-4 3-6 7-6 (7-5)".
	if p.isPunct(i-1, ',') && (pair(i-4) || p.isPunct(i-2, ')') && pair(i-5)) {
		return true
	}
	if pair(i-3) && p.toks[i].sp || p.isPunct(i-1, ')') && pair(i-4) && p.isPunct(i-5, '(') && pair(i-8) && p.toks[i].sp {
		return true
	}
	if p.isPunct(k, '(') && pair(k+1) && p.isPunct(k+4, ')') {
		k += 5 // its own tie-break
	}
	if pair(k) && p.toks[k].sp && !p.isPunct(k+3, '-') {
		return true
	}
	return p.isPunct(k, ',') && pair(k+1) && (p.kind(k+4) != tWord || stopWords[p.word(k+4)])
}

// one returns f as the only figure read, in the parser's scratch buffer:
// figureAt's result lives until its next call.
func (p *parser) one(f fig) []fig {
	p.fbuf = append(p.fbuf[:0], f)
	return p.fbuf
}

// attributive reports whether token k is a singular common noun that an
// amount before it modifies ("a £48m fraud", "$2bn deal").
func (p *parser) attributive(k int) bool {
	if p.kind(k) != tWord || !p.toks[k].sp {
		return false
	}
	w, r := p.word(k), p.raw(k)
	return len(w) > 2 && r == w && !stopWords[w] && !nounStop[w] && !isVerbForm(w) && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ly")
}

// postHedges are the hedges written after a figure, by their two words:
// "50% or more", "aged 60 and over", "£100 or so", "groups of 10 or
// fewer".
var postHedges = map[[2]string]bool{
	{"or", "more"}: true, {"or", "over"}: true, {"or", "above"}: true, {"or", "higher"}: true,
	{"or", "older"}: true, {"or", "longer"}: true, {"or", "fewer"}: true, {"or", "less"}: true,
	{"or", "under"}: true, {"or", "below"}: true, {"or", "so"}: true, {"and", "over"}: true,
	{"and", "above"}: true, {"and", "under"}: true, {"and", "older"}: true,
}

// postHedge returns the hedge written after figure f at token next ("or
// more", "and over") and the token after it, or "" when there is none:
// a figure already hedged, a range, or "and over the weekend", where the
// word opens a phrase of its own.
func (p *parser) postHedge(f fig, next int) (string, int) {
	if f.qual != "" || f.hasHigh || !postHedges[[2]string{p.word(next), p.word(next + 1)}] {
		return "", next
	}
	after := next + 2
	if p.kind(after) == tNum || p.word(after) == "than" {
		return "", next // "or more than 40": the hedge of the next figure
	}
	if p.isPunct(after, '-') && p.glued(after) {
		return "", next // "£5 and under-16s free": a group, the next phrase's
	}
	switch p.word(next + 1) {
	case "over", "above", "under", "below":
		if p.kind(after) == tWord && determiners[p.word(after)] {
			return "", next
		}
	}
	return p.word(next) + " " + p.word(next+1), next + 2
}

// spreadVerbs before "from X to Y" make it a range rather than a change:
// "cost from £35 to £140", "ranging from 4 to 11".
var spreadVerbs = setOf("cost", "costs", "costing", "priced", "range", "ranges", "ranged", "ranging",
	"vary", "varies", "varied", "varying", "aged", "spanning", "spans", "spanned",
	"charge", "sell", "sells", "retail", "retails", "earn", "earns", "earning")

// sellerVerbs are the spreadVerbs that are nouns too: what sellers ask
// ("tour operators charge from US$650 to US$1,400") and a charge raised
// ("the waste charge from £48 to £60"), told apart by what stands
// before.
var sellerVerbs = setOf("charge", "sell", "sells", "retail", "retails")

// oneDescribed reports whether the noun after a spelled "one", at token
// k, opens one source described in an apposition who speaks: "One
// mother, who asked not to be named, said", "One company, Synthwell,
// said". The story quotes someone, not a count of them; a harm in the
// sentence ("one protester, a student, died") still counts, as does "One
// man, an 81-year-old, was lifted from his roof".
func (p *parser) oneDescribed(j, k int) bool {
	if j > 0 && !p.isPunct(j-1, ',') && p.word(j-1) != "but" && p.word(j-1) != "and" {
		return false // "households with at least one job, Quint said"
	}
	m := k
	for m < k+3 && p.kind(m) == tWord && !p.capitalized(m) && !stopWords[p.word(m)] {
		m++
	}
	if m == k || !p.isPunct(m, ',') {
		return false
	}
	switch w := p.word(m + 1); {
	case p.kind(m+1) == tNum && p.isPunct(m+2, '-') && p.word(m+3) == "year":
		// "One owner, 34-year-old Lena Farrow, said": described by age.
	case p.kind(m+1) != tWord:
		return false
	case w == "a" || w == "an" || w == "who" || w == "whose":
	case p.capitalized(m+1) && !stopWords[w]:
	default:
		return false
	}
	speaks, closed := false, false
	for x := k; x < len(p.toks); x++ {
		if _, harm := casualtyConcept[p.word(x)]; harm || p.word(x) == "body" {
			return false
		}
		closed = closed || x > m+1 && p.isPunct(x, ',')
		speaks = speaks || closed && speechVerbs[p.word(x)]
	}
	return speaks
}

// oneSpeaker reports whether a spelled "one" at token j, a noun of one
// or two words after it at token k, is a source who speaks: "One regular
// said he would come less often", "Demurrage has topped $1.5 million,
// one trader said", "According to one gallery director, talks take
// weeks". The story quotes someone, not a count of them.
func (p *parser) oneSpeaker(j, k int) bool {
	according := p.word(j-1) == "to" && p.word(j-2) == "according"
	if j > 0 && !p.isPunct(j-1, ',') && !according {
		return false
	}
	m := k
	for m < k+2 && p.kind(m) == tWord && !p.capitalized(m) && !stopWords[p.word(m)] && !speechVerbs[p.word(m)] {
		m++
	}
	if m == k {
		return false
	}
	if according {
		return m >= len(p.toks) || p.kind(m) == tPunct
	}
	return speechVerbs[p.word(m)]
}

// speechVerbs make the one described a source: "One mother, who asked not
// to be named, said".
var speechVerbs = setOf("said", "says", "told", "tells", "recalled", "explained", "described", "wrote", "complained")

// pricedUnit reports whether "a kilogram" or "a litre" at token i, "of"
// after it, is the unit a price is for: a price verb of the same clause
// after it ("a kilogram of krill oil can sell for more than $60", "a
// litre of diesel costs 151p") or a cost before it ("the cost of removing
// a tonne of CO2"). The one kilogram is the price's base, not a figure.
func (p *parser) pricedUnit(i int) bool {
	k := i + 2
	if p.word(k) != "of" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4 && p.kind(j) == tWord; j-- {
		if w := p.word(j); (w == "cost" || w == "price" || w == "costs" || w == "prices") && p.word(j+1) == "of" {
			return true
		}
	}
	for j := k + 1; j < len(p.toks) && j < k+10 && p.kind(j) != tPunct && !clauseJoins[p.word(j)]; j++ {
		if unitPriceVerbs[p.word(j)] {
			return true
		}
	}
	return false
}

// clauseJoins end the clause pricedUnit reads.
var clauseJoins = setOf("and", "but", "while", "whereas")

// unitPriceVerbs price the unit before them: "a tonne of wheat fetches
// £190".
var unitPriceVerbs = setOf("cost", "costs", "costing", "sell", "sells", "sold", "selling", "fetch", "fetches",
	"fetched", "retails", "retailed", "priced")

// rateBase reads the base of a rate at token k, "per 1,000" or "per
// thousand", and returns the rate's unit ("per 1,000", the same however
// the base is written) and the token after it. A unit after the base
// ("per 100 km") makes it no base, but for a measured sample's ("per 100
// ml"), which joins the rate's unit.
func (p *parser) rateBase(k int) (string, int, bool) {
	if !p.rateWord(k) {
		return "", k, false
	}
	var base float64
	switch {
	case p.kind(k+1) == tNum:
		v, ok := p.digitsValue(k + 1)
		if !ok {
			return "", k, false
		}
		base = v
	case p.word(k+1) == "hundred":
		base = 100
	case p.word(k+1) == "thousand":
		base = 1000
	case p.word(k+1) == "million":
		base = 1e6
	default:
		return "", k, false
	}
	if u, e, unitAfter := p.match(measureUnits, k+2); unitAfter {
		// "1,870 per 100 mL", "12g per 100g": a count in a measured
		// sample, the sample part of the unit.
		if p.sampleBase(k) {
			return "per " + groupDigits(base) + " " + u, e, true
		}
		return "", k, false
	}
	switch base {
	case 100, 1000, 10000, 100000, 1e6:
		return "per " + groupDigits(base), k + 2, true
	}
	return "", k, false
}

// groupDigits writes a whole number with its thousands separated by
// commas: 100000 -> "100,000".
func groupDigits(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// secondsAfterMinutes reports whether token k is "sec" or "secs" written
// apart after minutes: the 58 sec of "9 min 58 sec", a time in the
// minutes' own abbreviation.
func (p *parser) secondsAfterMinutes(k int) bool {
	if w := p.raw(k); w != "sec" && w != "secs" {
		return false
	}
	switch p.word(k - 2) {
	case "min", "mins", "minute", "minutes":
		return p.kind(k-1) == tNum && p.kind(k-3) == tNum
	}
	return false
}

// downToBefore reports whether "down to" and a figure of the same kind
// (a sum when money says so) come in the fifteen tokens before token i:
// "with income down to £31,400 and spending up to £36,460", where "up
// to" is the way the second figure moved, as "down to" is the first's.
// "Much of it is down to 64 children" gives a cause.
func (p *parser) downToBefore(i int, money bool) bool {
	for k := i - 2; k >= 2 && k >= i-15; k-- {
		if p.word(k) == "to" && p.word(k-1) == "down" {
			if beForms[p.word(k-2)] {
				return false
			}
			_, cur := currencySymbols[p.raw(k+1)]
			if money {
				return cur && p.kind(k+2) == tNum
			}
			return p.kind(k+1) == tNum
		}
	}
	return false
}

// fromFigure reports whether token k opens "from" and a figure: "revised
// growth up to 0.3% from 0.2%", "up to 0.3% from an initial estimate of
// 0.2%", where "up to" is the way the figure moved. "Up to £500 from
// 2026" is a ceiling from a year on.
func (p *parser) fromFigure(k int) bool {
	if p.isPunct(k, ',') {
		k++ // "revised up to 34.1 million, from 33.8 million"
	}
	if p.word(k) != "from" {
		return false
	}
	for j := k + 1; j <= k+6; j++ {
		if p.kind(j) == tNum {
			r := p.raw(j)
			return !(len(r) == 4 && r >= "1800" && r <= "2199" && !p.isPunct(j+1, '%'))
		}
		if _, cur := currencySymbols[p.raw(j)]; cur {
			return p.kind(j+1) == tNum
		}
		if !estimateWords[p.word(j)] {
			return false
		}
	}
	return false
}

// estimateWords may stand between "from" and the value a figure moved
// from: "from an initial estimate of 0.2%".
var estimateWords = setOf("a", "an", "the", "its", "initial", "earlier", "previous", "first", "original",
	"estimate", "estimated", "reading", "figure", "of", "provisional", "forecast")

// passiveTaken reports whether the word at k is "taken" describing a
// noun before it ("exposure taken over 11 days": collected across a
// period) rather than a perfect or passive verb ("has taken over six
// hours", "was taken over two days").
func (p *parser) passiveTaken(k int) bool {
	if p.word(k) != "taken" {
		return false
	}
	prev := p.word(k - 1)
	return p.kind(k-1) == tWord && !auxiliaries[prev] && !beForms[prev] && !p.adverb(k-1)
}

// growthBefore reports whether w, before "from its current staff of 310
// to 500", moves the figure: "grow", "rise", where "down from its
// previous forecast of 2% to 3%" names the range it was.
func growthBefore(w string) bool {
	return changeWords[w] && w != "up" && w != "down" && w != "by" || w == "grow" || w == "expand" || w == "shrink"
}

// dateMoveVerbs before "from 2027 to 2029" make it a date moved, not the
// years something spans.
var dateMoveVerbs = setOf("moved", "move", "moves", "pushed", "push", "brought", "bring", "delayed", "delay",
	"postponed", "postpone", "put", "changed", "change", "shifted", "shift", "extended", "extend", "back",
	"forward", "deferred", "defer")

// phaseVerbs take "in" as a particle before a period: "phased in over
// five years", where "cleared in over three hours" hedges.
var phaseVerbs = setOf("phased", "phase", "phasing", "brought", "bring", "introduced", "rolled", "paid", "pay")

// durationHedge are the words after which "over" or "under" before a time
// span hedges it ("waited over six hours", "in under two minutes", "cut
// from 14 minutes to under 4 minutes") rather than naming the period
// something happened over.
var durationHedge = setOf("for", "in", "within", "after", "than", "to", "from", "waited", "wait", "waits", "waiting",
	"spent", "spend", "spends", "spending", "lasted", "last", "lasts", "lasting", "took", "take", "takes",
	"taking", "taken", "queued", "queue", "queuing", "queueing", "stuck", "delayed", "trapped", "stranded",
	"held", "detained", "remained", "stayed", "ran", "run", "runs", "running", "served", "sat", "worked")

// Sentence cues steer ambiguous readings: index levels, poll shares,
// pounds of money, the peso of which country.
const (
	cueIndex = iota + 1
	cuePoll
	cueMoney
	cueCountry
	cueNumber = 8 // a bit: the word carries a number
)

// figureStarterFilter passes the words of figureStarters.
var figureStarterFilter = newWordFilter(keysOf(figureStarters))

// lexCueFilter passes the words of lexCues.
var lexCueFilter = newWordFilter(keysOf(lexCues))

// lexCues maps words to their cue and the cueNumber bit.
var lexCues = func() map[string]int {
	m := sentenceCues()
	for w := range numberWords {
		m[w] |= cueNumber
	}
	// "within a year", "at least a month" (see spanOpeners); "by nearly a
	// degree" (see degreeHedges).
	for _, w := range []string{"year", "month", "week", "day", "decade", "hour", "minute", "fortnight", "degree"} {
		m[w] |= cueNumber
	}
	return m
}()

func sentenceCues() map[string]int {
	m := map[string]int{}
	for w := range countryCurrency {
		m[w] = cueCountry
	}
	for _, w := range []string{"index", "nasdaq", "dow", "nikkei", "ftse", "stoxx", "dax", "cac", "sensex", "nifty",
		"kospi", "asx", "tsx", "pmi", "hang", "topix", "bovespa", "msci", "russell"} {
		m[w] = cueIndex
	}
	for _, w := range pollWords {
		m[w] = cuePoll
	}
	for _, w := range []string{"lead", "ahead", "trailing", "trailed", "margin", "swing", "swung"} {
		m[w] = cuePoll
	}
	for _, w := range []string{"cost", "costs", "paid", "pay", "fine", "fined", "worth", "price", "prices", "budget", "charge", "charges", "charged",
		"salary", "spent", "spend", "raise", "raised", "fund", "funds", "funding", "sterling", "pence", "penny",
		"shares", "stock", "fare", "fares", "tax", "taxes", "wage", "wages", "pension", "bonus", "dividend",
		"profit", "profits", "revenue", "earn", "earns", "earned", "earnings", "compensation", "damages", "rent"} {
		m[w] = cueMoney
	}
	return m
}

// heldWords keep a level where it is: "stayed above 40C", "remained
// below 50 metres".
var heldWords = setOf("stay", "stays", "stayed", "remain", "remains", "remained", "kept", "keep", "keeps")

// changeWords before a figure make a following "to" introduce a new level
// rather than the top of a range.
var changeWords = setOf("rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "gained",
	"gains", "climbed", "climbs", "jumped", "jumps", "dropped", "drops", "slipped", "slips", "slid",
	"up", "down", "added", "adds", "lost", "loses", "cut", "cuts", "increased", "increases",
	"decreased", "decreases", "by", "raised", "lowered", "plunged", "soared", "surged", "tumbled",
	"eased", "grew", "shrank", "declined", "advanced", "widened", "narrowed")

// shareRangeAfterBy reports whether "by f to g", f at token i, is a range
// of shares a change is planned by ("raise prices by 8% to 12%"), not a
// change and the level it reached ("rose by 2% to 45%", where a change
// word goes before "by") or a vote's tally ("voted by 89% to 11%"). A
// change foretold ("could rise by 10% to 15%", "are expected to fall by
// 20% to 30%") is a band when its ends are near: a level reached is
// usually far above the step to it ("will rise by 0.25% to 5.5%").
func (p *parser) shareRangeAfterBy(i int, f, g fig) bool {
	// ("by 40 to 50 per cent": the low end bare, the unit after the high.)
	if p.word(i-1) != "by" || f.cat != Percent && !(f.bare && f.cat == Count) || g.cat != Percent || f.value >= g.value || math.Abs(f.value+g.value-100) <= 1 {
		return false
	}
	if !changeWords[p.word(i-2)] {
		return true
	}
	// The verb's bare form follows a modal or "to" (bareChangeVerbs).
	return bareChangeVerbs[p.word(i-2)] && g.value <= 2*f.value
}

// isScore reports whether two bare numbers joined by a dash are a score.
func (p *parser) isScore(f, g fig) bool {
	return f.value < 1000 && g.value < 1000 && f.value == math.Trunc(f.value) && g.value == math.Trunc(g.value)
}

// makeRange joins two quantities into a range when they measure the same
// thing and the second is larger.
// secondYear returns g, the second end of a span of years opened by f, as
// a year: "between 2019 and 2024 Welks's company", "the 2022 to 2024
// model years", where g read alone counts what follows it.
func (p *parser) secondYear(f, g fig) fig {
	if f.cat == Date && f.value >= 1000 && f.value <= 2200 && g.cat == Count && g.value > f.value && g.value <= 2200 &&
		p.kind(g.ts) == tNum && len(p.raw(g.ts)) == 4 {
		g.cat, g.unit, g.np, g.bare, g.te = Date, "", npSpan{}, true, g.ts+1
	}
	return g
}

// quoteTail returns g, the end of a dealing range written with its last
// digits only ("the dollar fetched 157.62-64 yen"), as the whole price:
// 157.64. A dash at token dash joins them.
func (p *parser) quoteTail(f, g fig, dash int) fig {
	num := dash - 1 // the number that ends f: "157.62" of "157.62-64", "1.20" of "$1.20-35"
	lo, hi := p.raw(num), p.raw(g.ts)
	if !p.isPunct(dash, '-') || !p.glued(dash) || !p.glued(dash+1) || p.kind(num) != tNum || p.kind(g.ts) != tNum {
		return g
	}
	d := strings.IndexByte(lo, '.')
	if d < 0 || len(lo)-d-1 != len(hi) || strings.IndexAny(hi, ".,") >= 0 || g.ts != dash+1 {
		return g
	}
	whole, err := strconv.ParseFloat(lo[:d+1]+hi, 64)
	if dv, _ := p.digitsValue(g.ts); err != nil || whole <= f.value || g.value != dv {
		return g
	}
	g.value = whole
	return g
}

func (p *parser) makeRange(f, g fig) (fig, bool) {
	// "1.5 to 2 million": the second's scale covers both.
	if f.mult <= 1 && g.mult > 1 && f.value*g.mult <= g.value {
		f.value *= g.mult
	}
	if f.bare && g.cat == Money && g.te > g.ts {
		// "between 8 and 12 cents": the second's hundredths cover both.
		switch p.word(g.te - 1) {
		case "p", "pence", "cent", "cents", "c":
			f.value /= 100
		}
	}
	if g.value <= f.value && !(f.cat == Date && g.cat == Date) {
		return f, false
	}
	switch {
	case f.bare && !g.bare:
		// "21 to 24 centimetres", "25-30%": the second's unit covers both.
		f.unit, f.cat, f.np, f.concept, f.fraction = g.unit, g.cat, g.np, g.concept, g.fraction
	case f.bare && g.bare:
		if f.cat != g.cat {
			return f, false
		}
	case g.bare && g.dashed:
		// "HK$24-27": the first's unit covers both.
	case f.cat == g.cat && strings.EqualFold(f.unit, g.unit):
	default:
		return f, false
	}
	if f.cat == Date && g.cat == Date && g.value <= f.value {
		return f, false
	}
	f.high, f.hasHigh = g.value, true
	if f.high <= f.value {
		return f, false
	}
	f.bare = false
	return f, true
}

// quantity reads a number with its currency, scale, percent sign or unit
// and counted noun, starting at token i (after any qualifier).
func (p *parser) quantity(i int) (fig, int, bool) {
	f := fig{ts: i}
	j := i
	cur := ""
	// Currency before the amount.
	if c, n2, ok := p.currencyPrefix(j); ok {
		cur, j = c, n2
	}
	neg := false
	switch {
	case p.isPunct(j, '-') && p.kind(j+1) == tNum && p.glued(j+1) && (j == 0 || p.toks[j].sp || p.isPunct(j-1, '(')):
		neg = true
		j++
	case p.raw(j) == "+" && p.kind(j+1) == tNum && p.glued(j+1) && (j == 0 || p.toks[j].sp || p.isPunct(j-1, '(') || p.isPunct(j-1, ';')) &&
		p.kind(j+2) != tNum && !p.isPunct(j+2, ':') && !(p.isPunct(j+2, '-') && p.kind(j+3) == tNum):
		// "+43" in a table's change column: a rise, signed. Not a
		// phone's country code ("+44 20…") nor a race gap ("+1:12").
		j++
	case p.word(j) == "minus" || (p.word(j) == "negative" && p.kind(j+1) == tNum):
		if _, cur := currencySymbols[p.raw(j+1)]; p.kind(j+1) == tNum || smallNumbers[p.word(j+1)] > 0 || cur {
			// "…41,200 conversions, minus 9,800 demolitions": a sum's
			// term taken away, not a value below zero.
			neg = !p.isPunct(j-1, ',') || p.word(j) != "minus"
			j++
			if !neg {
				f.ts = j
			}
		}
	}
	if cur == "" {
		if c, n2, ok := p.currencyPrefix(j); ok {
			cur, j = c, n2
		}
	}
	// "AD 160": a year of the era.
	era := cur == "" && !neg && p.raw(j) == "AD" && p.kind(j+1) == tNum && !p.glued(j+1)
	if era {
		j++
	}
	nv, k, ok := p.number(j)
	if !ok {
		return f, i, false
	}
	if nv.skip || cur == "" && p.debtTenor(k) {
		return f, i, false
	}
	if cur == "" && nv.value < 10 && p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) && roomCompounds[p.word(k+1)] && homeClasses[p.word(k+2)] {
		// "the average one-bedroom rent", "two-bed homes": a class of
		// homes that prices and counts are given for, not a count of
		// rooms; "a three-bedroom house" keeps its figure.
		return f, i, false
	}
	if cur == "" && !nv.words && !nv.scaled && !nv.decimals && nv.digits <= 4 {
		// "AD 160", "160 AD", "3200 BC": a year, before the era
		// negative.
		if suffix := p.raw(k); !era && (suffix == "BC" || suffix == "BCE" || suffix == "AD" || suffix == "CE") {
			f.cat, f.value, f.te = Date, nv.value, k+1
			if suffix[0] == 'B' {
				f.value = -nv.value
			}
			return f, k + 1, true
		}
		if era {
			f.cat, f.value, f.te = Date, nv.value, k
			return f, k, true
		}
	} else if era {
		return f, i, false
	}
	// "at one point", "at one time", "in one way".
	if nv.words && p.word(j) == "one" && (p.word(j-1) == "at" || p.word(j-1) == "in") {
		switch p.word(k) {
		case "point", "time", "way", "stage":
			return f, i, false
		}
	}
	f.value = nv.value
	if neg {
		f.value = -f.value
	}
	if nv.vague {
		f.high, f.hasHigh = nv.high, true
	}
	f.fraction = nv.fraction
	f.mult = nv.mult
	// Suffixes: percent, currency, unit.
	suffixed := false
	if cur == "" {
		if unit, n2, ok := p.percentAt(k); ok && !nv.fraction {
			f.unit, f.cat, k, suffixed = unit, Percent, n2, true
			if unit == "points" {
				f.unit, f.cat = "percentage points", Percent
			}
		}
	}
	// Decades and age brackets: "the 1990s", "in his 40s".
	if cur == "" && !suffixed && p.word(k) == "s" && p.glued(k) && !nv.decimals && !nv.scaled && !nv.words {
		switch {
		case nv.digits == 4 && int(nv.value)%10 == 0:
			f.cat, f.high, f.hasHigh, f.te = Date, nv.value+9, true, k+1
			return f, k + 1, true
		case nv.digits == 2 && int(nv.value)%10 == 0 && !(p.isPunct(j-1, '-') && p.glued(j) && p.glued(j-1) && p.kind(j-2) == tWord):
			// "in his 40s"; but "over-50s" names an age group, as
			// "under-16s" does.
			f.cat, f.unit, f.te = Measure, "year", k+1
			f.high, f.hasHigh = nv.value+9, true
			return f, k + 1, true
		}
		return f, i, false
	}
	prefixed := cur != ""
	if !suffixed && cur == "" {
		if c, n2, ok := p.currencySuffix(k, nv); ok {
			cur, k = c, n2
		}
	}
	if cur != "" {
		last := p.word(k - 1)
		if b := k - 1; (last == "us" || last == "u.s." || last == "u.s") && b > j {
			// "69.42 cents US", "68 cents U.S.": the cents' country after them.
			for b > j && p.kind(b) != tNum && last != "cents" && last != "cent" {
				b--
				last = p.word(b)
			}
		}
		switch last {
		case "p", "pence", "cent", "cents", "c":
			if !nv.scaled {
				f.value /= 100
			}
		default:
			// "300 euro cents": cents of the currency named.
			if w := p.word(k); (w == "cent" || w == "cents") && !nv.scaled {
				f.value /= 100
				k++
			}
		}
		f.unit, f.cat, suffixed = cur, Money, true
		// "3 million USD", "5bn yuan"; but "a $38.6m bitcoin position"
		// is dollars: after a symbol only a code restates the currency.
		if c, n2, ok := p.currencySuffix(k, nv); ok && c != "" && (!prefixed || upperCode(p.raw(k))) {
			f.unit, k = c, n2
		}
	}
	// "7.8 on the Richter scale", "an earthquake measuring 7.8".
	if !suffixed && !nv.words && nv.value < 11 && (p.word(k+2) == "richter" || p.word(k+3) == "richter" || p.onMagnitudeScale(k) ||
		(p.word(j-1) == "measuring" || p.word(j-1) == "registered" || p.word(j-1) == "registering") && p.wordNear(j, quakeWords)) {
		f.unit, f.cat, suffixed = "magnitude", Measure, true
	}
	// "2.814s": seconds, as race gaps and lap times are written; "the
	// 1990s" and "747s" have no decimals.
	if !suffixed && cur == "" && nv.decimals && p.word(k) == "s" && p.glued(k) && p.kind(k) == tWord {
		f.unit, f.cat, k, suffixed = "second", Measure, k+1, true
	}
	if !suffixed {
		// "19.6 per 100,000 residents", "4.2 per 1,000 births": a rate
		// whose base is part of its unit, and of its text ("19.6 per
		// 100,000", as health desks write it); the base is no figure.
		// So is "nine complaints per 100,000 parcels", as "9" is.
		if unit, n2, ok := p.rateBase(k); ok {
			f.unit, f.cat, k, suffixed = unit, Measure, n2, true
		} else if m := p.rateNounEnd(k); m > 0 {
			// "9.8 births per thousand people", "0.13 fatal falls per
			// 100,000 workers": the same rate with its noun between;
			// the figure is the number.
			if unit, _, ok := p.rateBase(m); ok {
				f.unit, f.cat, suffixed = unit, Measure, true
			}
		}
	}
	if !suffixed && runWords[p.word(k)] {
		// "41 consecutive days", "a third straight week": a span whose
		// unit follows an adjective of succession.
		if u, n2, ok := p.unitAt(k+1, nv); ok && timeUnits[u.name] {
			f.unit, f.cat, k, suffixed = u.name, u.cat, n2, true
		}
	}
	if !suffixed && !nv.share {
		// ("one in five litres of water leaks": the litres are
		// counted, the share has no unit.)
		if u, n2, ok := p.unitAt(k, nv); ok {
			f.unit, k, suffixed = u.name, n2, true
			f.cat = u.cat
			if u.name == "bcm" {
				f.value *= 1e9
				f.unit = "cubic metre"
			}
			if t, ok := rateTimes[p.word(k+1)]; ok && f.cat == Measure && !timeUnits[f.unit] && !strings.Contains(f.unit, "/") && rateWords[p.word(k)] && !(p.word(k) != "per" && timeOffsetWords[p.word(k+2)]) {
				// "30 metres an hour": a speed, whose time is part of
				// its unit; "400 metres an hour before kick-off" is a
				// length and a time before, no speed.
				f.unit, k = f.unit+"/"+t, k+2
			} else if t, ok := rateAbbrevs[p.word(k+1)]; ok && f.cat == Measure && !timeUnits[f.unit] && !strings.Contains(f.unit, "/") && p.isPunct(k, '/') && p.glued(k) && p.glued(k+1) {
				// "546GB/s", "12m/h": the rate's time abbreviated after a
				// slash.
				f.unit, k = f.unit+"/"+t, k+2
			} else if f.cat == Measure && (f.unit == "litre" || f.unit == "kWh") && p.word(k) == "per" && p.raw(k+1) == "100" && (p.word(k+2) == "km" || p.word(k+2) == "kilometres" || p.word(k+2) == "kilometers" || p.word(k+2) == "miles") {
				// "6.8 litres per 100 km", "17 kWh per 100 km": a
				// vehicle's consumption, the distance part of its unit.
				f.unit, k = f.unit+"/100 "+p.word(k+2), k+3
			} else if f.cat == Measure && yieldUnits[f.unit] && (p.word(k) == "per" || p.word(k) == "a" || p.word(k) == "an") && areaWords[p.word(k+1)] {
				// "7.4 tonnes per hectare", "201 bushels an acre": a
				// yield, whose area the span takes, as "7.5t/ha" has
				// it; the value stays a weight, as "£186 a tonne" stays
				// a price.
				k += 2
			}
		}
	}
	if neg && f.cat == Measure && timeUnits[f.unit] {
		// "T-minus 47 seconds", "at minus 10 minutes": a countdown
		// names a span; no span is negative.
		f.value, f.ts = -f.value, j
	}
	if nv.fraction && !suffixed {
		f.unit, f.cat = "fraction", Percent
		suffixed = true
	}
	if !suffixed && cur == "" && !nv.fraction && p.word(k) == "below" && p.word(k+1) == "zero" {
		// "wind chills as low as 45 below zero": degrees, unnamed.
		f.unit, f.cat, suffixed = p.defaultDegree(k), Measure, true
	}
	if !suffixed && cur == "" && neg && p.word(j-1) == "minus" && p.wordNear(j, coldWords) {
		// "wind chills of minus 31", "lows near minus 8": degrees,
		// unnamed, as "8 below zero" is.
		f.unit, f.cat, suffixed = p.defaultDegree(k), Measure, true
	}
	if (f.unit == "°C" || f.unit == "°F") && p.word(k) == "below" && (p.word(k+1) == "zero" || p.word(k+1) == "freezing") {
		// "6 degrees below zero": minus 6, the words part of the figure.
		f.value, k = -f.value, k+2
	}
	f.te = k
	if f.cat == Measure && timeUnits[f.unit] && f.ts == j && p.isPunct(j-1, '+') && p.glued(j) && f.qual == "" {
		f.ts = j - 1 // a race gap: "+11.052s"
	}
	// "Air Force One", "Formula One", "Channel Four": a spelled number
	// capitalised after a name is part of the name; not across a line
	// break ("…High School\nThree students were killed") or a
	// scraper's glue ("…in Northern KessaraNine aid workers").
	if nv.words && !nv.vague && j > 0 && p.capitalized(j) && p.kind(j-1) == tWord && p.capitalized(j-1) && !stopWords[p.word(j-1)] && !p.toks[j].nl && !p.glued(j) {
		// "10:50 GMT Two navy vessels": an entry's clock, then its text.
		if _, q := qualifiers[p.word(j-1)]; !q && !(timeZones[p.word(j-1)] && p.kind(j-2) == tNum) {
			return f, i, false
		}
	}
	if nv.words && p.word(j) == "two" && p.word(j-1) == "the" && !suffixed && pairNouns[p.word(k)] {
		// "after the two sides failed to agree", "the two countries
		// signed": the pair the story named before, no count.
		return f, i, false
	}
	if n := len(p.figs); n > 0 && p.rateWord(j-1) && p.figs[n-1].unit == "per "+groupDigits(f.value) {
		// "0.13 fatal falls per 100,000 workers": the base of the rate
		// before it, part of its unit, no count.
		return f, i, false
	}
	if nv.words && p.word(j) == "zero" {
		// "net zero", "ground zero", "zero tolerance", "zero-emission
		// vehicles", "zero-hours contracts", "a zero or reduced rate": a
		// name or a kind, no count; "zero deaths" counts none.
		switch {
		case p.word(j-1) == "net", p.word(j-1) == "ground", p.word(j-1) == "a", p.isPunct(k, '-'), p.isPunct(j+1, '-') && p.glued(j+1) && p.glued(j+2), p.word(k) == "tolerance", p.word(k) == "hour":
			return f, i, false
		}
	}
	if n := len(p.figs); nv.words && p.word(j) == "one" && !suffixed && n > 0 && p.figs[n-1].te == j && p.figs[n-1].cat != Count {
		// "nor trucks a €95 one": the pronoun after a sum or a measure
		// stands for the thing it prices.
		return f, i, false
	}
	if nv.words && p.word(j) == "one" && !suffixed {
		// The pronoun: "one of the largest", "one said", "no one"; but
		// "one of them", "one of whom died" count, as "two of them" do.
		switch p.word(k) {
		case "of":
			if w := p.word(k + 1); w != "them" && w != "whom" && w != "which" && w != "those" && !p.oneOfTheGroup(k+1) && !p.oneOfCounted(k+1) {
				return f, i, false
			} else if (w == "them" || w == "those") && (beForms[p.word(j-1)] || memberVerbs[p.word(j-1)]) {
				// "Copper Sky is one of them": a member of the group
				// named before, no count.
				return f, i, false
			}
			if w := p.word(k + 1); (w == "them" || w == "those") && (p.word(k+2) == "is" || p.word(k+2) == "was") && p.namedAfter(k+3) {
				// "One of them is St Fintan's in Ballycorrig": the one
				// named, no count.
				return f, i, false
			}
			if p.isPunct(k+2, ',') && p.namedAfter(k+3) {
				// "One of them, Lt. Gary Voss, suffered burns", "one of
				// them, bus driver Ray Moss,": the one named, no count.
				return f, i, false
			}
			if w := p.word(k + 1); (w == "them" || w == "those") && (p.word(k+2) == "a" || p.word(k+2) == "an" ||
				p.isPunct(k+2, ',') && (p.word(k+3) == "a" || p.word(k+3) == "an")) {
				// "One of them, a 47-year-old man, was jailed", "three
				// bridges, one of them a 140-metre viaduct": the one
				// described, no count.
				return f, i, false
			}
		case "is", "was":
			// "One was a teacher" is the pronoun; "four passengers were
			// treated and one was taken to hospital" counts one of them,
			// as "one was taken to hospital and four were treated" does.
			w := p.word(k + 1)
			if _, irregular := irregularParticiples[w]; !isVerbForm(w) && !irregular || w == "said" || w == "told" || w == "expected" {
				return f, i, false
			}
		case "on", "at", "in", "near", "outside", "off", "by":
			if p.oneOfEach(j) {
				// "two shops closed, one on Fore Street and one at the
				// harbour": each of those counted, placed.
				return f, i, false
			}
		case "another", "said", "says", "told", "who", "which", "that", "can", "could", "would", "might", "must", "should", "day":
			return f, i, false
		case ",":
			if w := p.word(k + 1); w == "a" || w == "an" {
				// "Four were flown to hospital; one, a woman aged 68, is
				// critical": the one described, as "one of them, a
				// woman" is.
				return f, i, false
			}
		case "aged":
			// "Two of its paramedics, one aged 26 and the other 31": one
			// of those counted, named by the age after it.
			return f, i, false
		}
		if p.oneDescribed(j, k) || p.oneSpeaker(j, k) {
			return f, i, false
		}
		clauseGoesOn := k >= len(p.toks) || p.kind(k) == tPunct || stopWords[p.word(k)] || isVerbForm(p.word(k))
		if (k >= len(p.toks) || p.kind(k) == tPunct) && pronounOneVerbs[p.word(j-1)] || pronounOneAdjectives[p.word(j-1)] && clauseGoesOn {
			// "wants every school to have one": the thing, not a count.
			return f, i, false
		}
		for m := k; m < k+3 && p.kind(m) == tWord; m++ {
			// A generic "one": "one infected person can pass it on to
			// 18 others", "one dose can protect for life".
			if w := p.word(m); w == "can" || w == "could" {
				return f, i, false
			}
		}
		switch p.word(j - 1) {
		case "this", "that":
			// "that one was lost"; but "said that one person was
			// missing" counts: a noun after it makes "that" the
			// conjunction.
			if nx := p.word(k); p.kind(k) != tWord || stopWords[nx] || auxiliaries[nx] || beForms[nx] || isVerbForm(nx) {
				return f, i, false
			}
		case "no", "the", "any", "every", "each", "which", "someone", "anyone", "everyone", "no-one":
			return f, i, false
		case "said", "says", "added", "recalled":
			// "…a hole in the ground," said one buyer.": the speaker,
			// no count; "said one person died" counts.
			if p.kind(k) == tWord && (k+1 >= len(p.toks) || p.isPunct(k+1, '.') || p.isPunct(k+1, '"') || p.raw(k+1) == "\u201d") {
				return f, i, false
			}
		}
	}
	if p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) && p.kind(k+1) == tWord && agentCompound(p.word(k+1)) {
		if _, _, unit := p.match(measureUnits, k+1); !unit {
			// "17 three-pointers", "a four-wheeler", "a two-seater": the
			// name of a thing, not a count.
			return f, i, false
		}
	}
	if !suffixed {
		// Identifiers, not quantities.
		if !nv.words && p.notQuantity(j, k) || p.classLabel(j, k) || p.namedOne(j, k) {
			return f, i, false
		}
		if !nv.words && nv.year && !nv.vague && !nv.scaled {
			if p.isYear(j, k) {
				f.cat, f.value = Date, nv.value
				if q, ts := p.partOfYear(j); q != "" && f.ts == j {
					f.qual, f.ts = q, ts
				}
				if p.word(k) == "s" && p.glued(k) {
					f.high, f.hasHigh = nv.value+9, true
					f.te = k + 1
					return f, k + 1, true
				}
				return f, k, true
			}
		}
		if p.word(k) == "s" && p.glued(k) {
			// "the 30s": an age bracket or a decade; not a count.
			return f, i, false
		}
		// "millions of dollars", "hundreds of years".
		if nv.vague && p.word(k) == "of" {
			if w := p.word(k + 1); w == "pounds" {
				f.unit, f.cat = "GBP", Money
				return f, k, true
			}
			if c, _, ok := p.currencySuffix(k+1, nv); ok && c != "" {
				f.unit, f.cat = c, Money
				return f, k, true
			}
			if u, _, ok := p.unitAt(k+1, nv); ok && u.cat == Measure && u.name != "points" {
				f.unit, f.cat = u.name, Measure
				return f, k, true
			}
		}
		at := k
		if p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) {
			at = k + 1 // "a five-under-par 66", "17-under"
		}
		if w := p.word(at); (w == "under" || w == "over") && !nv.scaled && nv.value < 100 {
			if end := p.toParEnd(at); end > 0 {
				// "finished on 12 under", "three over par": a golf
				// score.
				f.cat, f.unit, f.te = Measure, w+" par", end
				return f, end, true
			}
		}
		f.cat = Count
		if !p.gluedHeadingAt(k) && !(p.glued(k) && p.gluedSentenceAt(k)) {
			f.np = p.nounPhrase(k, nv.vague || nv.ofNoun)
		}
		if f.np.e > f.np.s {
			f.unit = p.raw(f.np.head)
		} else {
			f.bare = true
		}
	}
	return f, k, true
}

// number is a number read from words or digits.
type number struct {
	value, high float64
	vague       bool // a range by convention ("dozens")
	words       bool // spelled out
	year        bool // four plain digits that could be a year
	scaled      bool // followed by a scale word
	mult        float64
	fraction    bool
	share       bool // a share of a whole, "one in five": what follows is counted, not a unit
	ofNoun      bool // the counted noun follows "of" ("a dozen of")
	skip        bool // not a quantity after all
	digits      int
	decimals    bool
	ints        int // the integer digits token count
}

// debtNouns name a debt security by its tenor: "the 10-year Treasury note".
var debtNouns = setOf("note", "notes", "bond", "bonds", "treasury", "treasuries", "gilt", "gilts", "bund", "bunds",
	"yield", "yields", "bill", "bills", "jgb", "jgbs", "swap", "swaps", "breakeven", "benchmark", "paper", "btp", "btps", "oat", "oats",
	"borrowing", "issue", "debt", "securities", "maturity", "auction", "rate", "rates")

// debtTenor reports whether the hyphen at token k joins a number to the
// tenor that names a debt security: "the 10-year Treasury note", "2-year
// yields", "the 30-year US bond". The tenor names the paper, as "Boeing
// 737" names a plane; its yield is the figure.
func (p *parser) debtTenor(k int) bool {
	if !p.isPunct(k, '-') || !p.glued(k) {
		return false
	}
	switch p.word(k + 1) {
	case "year", "month", "week", "yr":
	default:
		return false
	}
	n := k + 2
	switch p.word(n) {
	case "us", "u.s", "german", "japanese", "italian", "french", "uk", "british", "government", "sovereign", "benchmark":
		n++
	}
	return debtNouns[p.word(n)]
}

// spaceGroup reports whether token k is a group of three digits spaced
// from the number before it on the same line, as "000" in "5 000".
func (p *parser) spaceGroup(k int) bool {
	return p.kind(k) == tNum && p.toks[k].sp && !p.toks[k].nl && p.toks[k].e-p.toks[k].s == 3 && strings.IndexAny(p.raw(k), ",.'") < 0
}

// number reads the number at token i: digits, a spelled-out number, a
// vague magnitude or a fraction, with any scale words after it.
func (p *parser) number(i int) (number, int, bool) {
	var nv number
	w := p.word(i)
	switch p.kind(i) {
	case tNum:
		v, ok := p.digitsValue(i)
		if !ok {
			return nv, i, false
		}
		nv.value = v
		t := p.toks[i]
		lit := p.n[t.s:t.e]
		nv.digits = len(lit)
		nv.decimals = strings.IndexByte(lit, '.') >= 0
		nv.year = len(lit) == 4 && !nv.decimals && v >= 1000 && v <= 2100
		k := i + 1
		// "5 000": groups of three digits after a space.
		// "1 450 000": as many as follow, and nothing numeric after.
		if len(lit) <= 3 && !nv.decimals {
			e := k
			for p.spaceGroup(e) {
				e++
			}
			if e > k && (p.kind(e) != tNum || !p.toks[e].sp) {
				for ; k < e; k++ {
					g, _ := strconv.ParseFloat(p.raw(k), 64)
					nv.value = nv.value*1000 + g
				}
				nv.year = false
			}
		}
		// "4 1/2": a whole number and a fraction.
		if !nv.decimals && p.kind(k) == tNum && p.toks[k].sp && p.isPunct(k+1, '/') && p.glued(k+1) && p.kind(k+2) == tNum && p.glued(k+2) {
			a, _ := p.digitsValue(k)
			d, _ := p.digitsValue(k + 2)
			if d >= 2 && d <= 16 && a < d && a >= 1 && !p.isPunct(k+3, '/') {
				nv.value += a / d
				nv.year = false
				nv.decimals = true // "21 1/2" reads as "21.5" does
				return p.scale(nv, k+3)
			}
		}
		// "3/4".
		if p.isPunct(k, '/') && p.glued(k) && p.kind(k+1) == tNum && p.glued(k+1) {
			d, _ := p.digitsValue(k + 1)
			// "91/100", "7.2/10": a score out of its scale.
			score := (p.raw(k+1) == "10" || p.raw(k+1) == "100") && nv.value <= d
			if (d >= 2 && d <= 16 && !nv.decimals || score) && nv.value >= 1 && (nv.value < d || score) && !p.isPunct(k+2, '/') {
				nv.value /= d
				nv.fraction = true
				return nv, k + 2, true
			}
			nv.skip = true
			return nv, k + 2, true
		}
		// "2½".
		if p.kind(k) == tSym && p.glued(k) {
			if fv, ok := vulgarFractions[p.raw(k)]; ok {
				nv.value += fv
				k++
			}
		}
		// "one in five", "1 in 4", "7 out of 10", a chess score "7.5 out
		// of 9" (its half points).
		if at := p.shareOf(k); at > k && nv.value <= 10 && (!nv.decimals || p.word(k) == "out" && halfPoint(p.raw(i))) && !p.isPunct(i-1, '-') && !chartWords[p.word(i-1)] {
			// Past 1,000 only as odds, the digits grouped: "1 in
			// 139,838,160"; "1 in 2024" is no share.
			if d, n2, scaled, ok := p.denominatorAt(at); ok && (d > nv.value || d == nv.value && p.word(k) == "out") && d >= 2 && nv.value >= 1 && (d <= 1000 || scaled || strings.IndexByte(p.raw(at), ',') >= 0) && !p.unitFollows(n2) {
				nv.value /= d
				nv.fraction, nv.share = true, true
				return nv, n2, true
			}
		}
		// "two and a half", "2 and a half million".
		if v, n2, ok := p.andFraction(k); ok {
			nv.value += v
			k = n2
		}
		return p.scale(nv, k)
	case tWord:
	default:
		if fv, ok := vulgarFractions[p.raw(i)]; ok {
			nv.value, nv.fraction = fv, true
			return nv, i + 1, true
		}
		return nv, i, false
	}
	nv.words = true
	if w == "one" && p.isPunct(i+1, '-') && p.glued(i+1) && p.glued(i+2) && oneIdioms[p.word(i+2)] {
		return nv, i, false // "a one-time fee", "one-off", "one-on-one talks": no count
	}
	// Vague magnitudes: "dozens", "tens of thousands", "hundreds of millions".
	if w == "tens" || w == "hundreds" || w == "dozens" {
		if p.word(i+1) == "of" {
			if r, ok := vagueWords[p.word(i+2)]; ok && p.word(i+2) != "dozens" && p.word(i+2) != "scores" && p.word(i+2) != "hundreds" {
				m := 10.0
				if w == "hundreds" {
					m = 100
				} else if w == "dozens" {
					m = 12
				}
				nv.value, nv.high, nv.vague = r[0]*m, r[0]*m*10, true
				nv.ofNoun = true
				return nv, i + 3, true
			}
		}
	}
	if r, ok := vagueWords[w]; ok {
		if _, month := months[p.word(i-1)]; p.glued(i) && p.kind(i-1) == tWord && p.capitalized(i-1) && p.capitalized(i) &&
			len(p.raw(i-1)) <= 6 && !month && !weekdays[p.word(i-1)] {
			// "EuroMillions": the end of a name; "on 19 AprilMillions
			// of people" glues a headline to the lead.
			return nv, i, false
		}
		if w == "scores" && p.word(i+1) == "of" && p.kind(i+2) == tNum {
			return nv, i, false // "by scores of 118-110, 117-111": the judges'
		}
		if w == "scores" && p.word(i+1) != "of" && (p.kind(i-1) == tWord && p.capitalized(i-1) || p.isPunct(i-1, '\'') || p.word(i-1) == "the" || p.word(i-1) == "their" || p.word(i-1) == "his" || p.word(i-1) == "her" || p.word(i-1) == "on") {
			// "Kofi Mensah-Hart scores in the corner": the verb; "the
			// judges' scores", "on the scores": the noun, no magnitude.
			return nv, i, false
		}
		if n := len(p.figs); w == "hundreds" && n > 0 && (p.figs[n-1].te == i || p.figs[n-1].te >= i-2 && hasUpper(p.raw(i-1))) && p.word(i+1) != "of" {
			// "nine ODI hundreds", "12 Test hundreds": a count of them
			// (a batter's centuries), not a magnitude.
			return nv, i, false
		}
		// "hundreds of", "thousands of", "in their thousands": a
		// magnitude; "the 1990s", "millions" alone still count.
		nv.value, nv.high, nv.vague = r[0], r[1], true
		nv.ofNoun = true
		return nv, i + 1, true
	}
	// "the first dozen aircraft", "another dozen": twelve.
	if w == "dozen" {
		switch p.word(i - 1) {
		case "first", "last", "next", "final", "another", "the", "further":
			nv.value = 12
			return p.scale(nv, i+1)
		}
	}
	// "the past year and a half": one unit, with its half after it.
	if timeUnitWords[w] && p.andAHalf(i+1) {
		nv.value = 1
		return nv, i, true
	}
	// Fractions.
	if f, n2, ok := p.fractionAt(i); ok {
		return f, n2, true
	}
	// "a dozen", "a hundred", "a million".
	if (w == "a" || w == "an") && p.kind(i+1) == tWord {
		nx := p.word(i + 1)
		if nx == "dozen" {
			if n := len(p.figs); n > 0 && p.figs[n-1].te == i && p.figs[n-1].cat == Money && (p.kind(i+2) != tWord || stopWords[p.word(i+2)]) {
				// "$2.71 a dozen", "$5.90 a dozen in January": the
				// price's unit, as "a ton" is.
				return nv, i, false
			}
			nv.value = 12
			return p.scale(nv, i+2)
		}
		if _, _, ok := p.match(measureUnits, i+1); ok && p.andAHalf(i+2) {
			// "a year and a half", "an hour and a half": the unit
			// between one and its half (see andAHalf in quantity).
			nv.value = 1
			return nv, i + 1, true
		}
		switch nx {
		case "hundred", "thousand", "million", "billion", "trillion":
			// "a hundred and fifty-eight", "a thousand and twelve":
			// the words after the scale go on with the number.
			v, k, _ := p.wordNumberFrom(i+1, 1)
			nv.value = v
			return p.scale(nv, k)
		case "fortnight":
			// "for a fortnight": two weeks, rewritten "two weeks" or
			// "14 days" by editors.
			nv.value = 1
			return nv, i + 1, true
		case "year", "month", "week", "day", "decade", "hour", "minute":
			// "a year" and "a week" pass in most sentences without being
			// a figure ("£40,000 a year", "a year ago"), but a span's
			// preposition or a hedge makes one of them a duration that
			// editors revise: "within a year", "for a month", "at least
			// a week", "up to a year", "more than a decade".
			// "as much as an hour", "as long as a week" too.
			asMuch := p.word(i-1) == "as" && (p.word(i-2) == "much" || p.word(i-2) == "long" || p.word(i-2) == "little")
			// "in a year when the firm was fined" names a year, not a span.
			relative := p.word(i+2) == "when" || p.word(i+2) == "where"
			// "a week before the vote" is a time; "lasted more than an
			// hour before gunships arrived" a span.
			before := p.word(i+2) == "before" && !(lastingVerbs[p.word(i-2)] || lastingVerbs[p.word(i-3)] || lastingVerbs[p.word(i-4)])
			// "up 30% in a year": the time a change is measured over,
			// which comes and goes ("30% more than a year ago").
			changeOver := p.word(i-1) == "in" && len(p.figs) > 0 && p.figs[len(p.figs)-1].te == i-1 && p.figs[len(p.figs)-1].cat == Percent
			// "delaying the start by an hour", "slipped by a year": the
			// span a date moved by; "battered by a week of rain" is the
			// cause, not a span.
			by := p.word(i-1) == "by" && p.word(i+2) != "of" && p.word(i+2) != "'s"
			if (spanOpeners[p.word(i-1)] || by || p.word(i-1) == "to" && p.word(i-2) == "up" || asMuch) && !relative && !changeOver && !(p.word(i+2) == "ago" || p.word(i+2) == "earlier" || p.word(i+2) == "later" || before) {
				nv.value = 1
				return nv, i + 1, true
			}
		}
		// "within a mile", "a tonne of": one of a measure, which
		// editors write "1 mile"; not a rate ("$80 a barrel", "5 miles
		// an hour"), whose "a" means "per".
		rate := len(p.figs) > 0 && p.figs[len(p.figs)-1].te == i // "191.5p a litre"
		if name, _, ok := p.match(measureUnits, i+1); ok && (name == "degree" || name == "°C" || name == "°F") && degreeHedges[p.word(i-1)] {
			// "beat the record by nearly a degree": one degree, hedged;
			// "a degree in economics" is none.
			nv.value = 1
			return nv, i + 1, true
		}
		if name, _, ok := p.match(measureUnits, i+1); ok && name == "yard" && yardPlaces[p.word(i-1)] {
			// "carried out at a yard in Port Carwen": a shipyard, a
			// place.
			return nv, i, false
		}
		if name, _, ok := p.match(measureUnits, i+1); ok && singleMeasures[name] && !rate && p.kind(i-1) != tNum && p.kind(i-1) != tSym && !p.pricedUnit(i) &&
			!(p.kind(i-1) == tWord && (measureUnitWord(p.word(i-1)) || scaleWords[p.word(i-1)] > 0)) {
			if w := p.word(i + 1); !strings.HasSuffix(w, "s") || w == "inches" {
				nv.value = 1
				return nv, i + 1, true
			}
		}
		return nv, i, false
	}
	if w == "half" && (p.word(i+1) == "a" || p.word(i+1) == "an") {
		nx := p.word(i + 2)
		if s, ok := scaleWords[nx]; ok && nx != "hundred" {
			nv.value = s / 2
			nv.scaled = true
			return nv, i + 3, true
		}
		if nx == "dozen" {
			nv.value = 6
			return nv, i + 3, true
		}
	}
	v, k, ok := p.wordNumber(i)
	if !ok {
		return nv, i, false
	}
	nv.value = v
	// "one in five", "seven out of 10"; "one bed in six", its noun
	// between.
	at, nounBetween := p.shareOf(k), false
	if at == k && v == 1 && p.kind(k) == tWord && !stopWords[p.word(k)] && p.word(k+1) == "in" {
		at, nounBetween = k+2, true
	}
	if at > k {
		// "heat one in 57.9 seconds": a time, no denominator of a share.
		if d, n2, _, ok := p.denominatorAt(at); ok && (d > v || d == v && p.word(k) == "out") && d >= 2 && v >= 1 && (!nounBetween || d <= 100) && d == math.Trunc(d) {
			nv.value = v / d
			nv.fraction, nv.share = true, true
			return nv, n2, true
		}
	}
	if v, n2, ok := p.andFraction(k); ok {
		nv.value += v
		k = n2
	}
	return p.scale(nv, k)
}

// shareVerbs are verbs in the present that a hedged "half" takes as its
// subject's: "nearly half expect to retire", "more than half say".
var shareVerbs = setOf("expect", "say", "think", "want", "plan", "believe", "support", "oppose", "agree",
	"disagree", "live", "work", "own", "use", "feel", "prefer", "report", "earn", "rely", "intend", "hope")

// halfOrQuarter are the parts of a whole that "and a" adds to a number.
var halfOrQuarter = map[string]float64{"half": 0.5, "quarter": 0.25}

// andFraction reads the part of a whole after "and" at token k: "and a
// half", "and a quarter", "and three-quarters" ("two and a quarter
// lengths", "two and three-quarter lengths").
func (p *parser) andFraction(k int) (float64, int, bool) {
	if p.isPunct(k, '-') && p.glued(k) && p.word(k+1) == "and" && p.isPunct(k+2, '-') && (p.word(k+3) == "a" || p.word(k+3) == "one") && p.isPunct(k+4, '-') {
		// "three-and-a-half years": the same, hyphened as an adjective.
		if v, ok := halfOrQuarter[p.word(k+5)]; ok {
			return v, k + 6, true
		}
	}
	if p.word(k) != "and" {
		return 0, k, false
	}
	w1 := p.word(k + 1)
	if w1 == "a" || w1 == "one" {
		if v, ok := halfOrQuarter[p.word(k+2)]; ok {
			return v, k + 3, true
		}
		return 0, k, false
	}
	if w1 == "three" {
		at := k + 2
		if p.isPunct(at, '-') && p.glued(at) {
			at++
		}
		if w := p.word(at); w == "quarter" || w == "quarters" {
			return 0.75, at + 1, true
		}
	}
	return 0, k, false
}

// shareOf returns the token after "in" or "out of" at token k, which
// make a share of the number before them ("one in five", "seven out of
// 10", "one in every eight"), or k when neither stands there.
func (p *parser) shareOf(k int) int {
	at := k
	switch {
	case p.word(k) == "in":
		if r := p.raw(k + 1); p.kind(k+1) == tNum && len(r) == 4 && (strings.HasPrefix(r, "19") || strings.HasPrefix(r, "20")) {
			return k // "seven in 2022": a count in a year, no share
		}
		at = k + 1
	case p.word(k) == "out" && p.word(k+1) == "of":
		at = k + 2
	case p.word(k) == "of" && p.word(k+1) == "every":
		at = k + 1 // "one of every eight homes"
	}
	if at > k && p.word(at) == "every" {
		at++ // "one in every eight"
	}
	return at
}

// tornadoRating reads a tornado's rating on the Enhanced or the
// International Fujita scale written as one token at i: "EF3", "IF2".
func (p *parser) tornadoRating(i int) (float64, bool) {
	r := p.raw(i)
	if len(r) != 3 || r[0] != 'E' && r[0] != 'I' || r[1] != 'F' || r[2] < '0' || r[2] > '5' {
		return 0, false
	}
	return float64(r[2] - '0'), true
}

// spaceWeather reads token i as a space weather rating before what it
// rates: a flare's class, "X1.8 flare" (X is ten times M, M ten times C),
// or a level of NOAA's scales, "G4 storm", "R3 blackout", "S2 radiation
// storm". "G7 summit" and "R2 droid" rate nothing.
func (p *parser) spaceWeather(i int) (float64, string, bool) {
	r := p.raw(i)
	nx := p.word(i + 1)
	if p.isPunct(i+1, '-') && p.glued(i+1) {
		nx = p.word(i + 2) // "X1.8-class"
	}
	if len(r) == 2 && r[1] >= '1' && r[1] <= '5' {
		switch {
		case r[0] == 'G' && (nx == "storm" || nx == "storms" || nx == "geomagnetic"),
			r[0] == 'R' && (nx == "blackout" || nx == "blackouts" || nx == "radio"),
			r[0] == 'S' && (nx == "radiation" || nx == "storm" || nx == "solar"):
			return float64(r[1] - '0'), r[:1] + "-scale", true
		}
	}
	if len(r) < 2 || nx != "flare" && nx != "flares" && nx != "class" {
		return 0, "", false
	}
	var scale float64
	switch r[0] {
	case 'X':
		scale = 1e4
	case 'M':
		scale = 1e3
	case 'C':
		scale = 1e2
	case 'B':
		scale = 10
	case 'A':
		scale = 1
	default:
		return 0, "", false
	}
	v, err := strconv.ParseFloat(r[1:], 64)
	if err != nil || v <= 0 || v >= 100 {
		return 0, "", false
	}
	return v * scale, "flare class", true
}

// partisanLean reads a district's partisan lean at token i, "R+2" or
// "D+5": a letter in capitals, a plus sign and points, all glued.
func (p *parser) partisanLean(i int) (float64, bool) {
	if r := p.raw(i); r != "R" && r != "D" || !p.isPunct(i+1, '+') || !p.glued(i+1) || p.kind(i+2) != tNum || !p.glued(i+2) {
		return 0, false
	}
	v, ok := p.digitsValue(i + 2)
	return v, ok && v <= 50
}

// flightLevel reads token i as a flight level, an altitude in hundreds
// of feet: "FL370" is 37,000 feet, which a revision may write out.
func (p *parser) flightLevel(i int) (float64, bool) {
	r := p.raw(i)
	if len(r) < 4 || len(r) > 5 || r[0] != 'F' || r[1] != 'L' {
		return 0, false
	}
	v := 0
	for _, c := range []byte(r[2:]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return float64(v * 100), true
}

// runWords stand between a number and the time unit of a run or a span:
// "41 consecutive days", "five straight weeks", "two more months".
var runWords = setOf("consecutive", "straight", "successive", "running", "more", "further", "additional", "extra")

// wordNear reports whether one of words stands near token k, in the window
// a figure's context is read from.
func (p *parser) wordNear(k int, words map[string]bool) bool {
	lo, hi := p.window(k)
	for i := lo; i < hi; i++ {
		if words[p.word(i)] {
			return true
		}
	}
	return false
}

// lastingVerbs give a span its length: "lasted more than an hour".
var lastingVerbs = setOf("lasted", "lasts", "lasting", "last", "took", "takes", "take", "taking", "raged",
	"continued", "spent", "waited", "went")

// networkWords after "4g" make it a mobile network's generation.
var networkWords = setOf("network", "networks", "phone", "phones", "mast", "masts", "sim", "signal",
	"coverage", "data", "mobile", "connection", "service", "services", "technology", "spectrum", "rollout")

// golfWords tell a sentence is about golf, where "12 under" is a score.
var golfWords = setOf("par", "birdie", "birdies", "bogey", "bogeys", "eagle", "eagles", "hole", "holes",
	"putt", "putts", "round", "rounds", "golf", "golfer", "tee", "fairway", "cut")

// toParEnd returns the token after a golf score's "under" or "over" at
// token k ("12 under", "three over par"), or 0 when it is no golf score:
// "par" follows it, or it ends a clause in a sentence about golf.
func (p *parser) toParEnd(k int) int {
	if p.word(k+1) == "par" {
		return k + 2
	}
	if p.isPunct(k+1, '-') && p.glued(k+1) && p.word(k+2) == "par" {
		return k + 3 // "five-under-par"
	}
	if p.isPunct(k-1, '-') && p.wordNear(k, golfWords) && (p.kind(k+1) == tNum || p.kind(k+1) == tPunct || k+1 >= len(p.toks)) {
		return k + 1 // "finished on 17-under 271"
	}
	if (k+1 >= len(p.toks) || p.kind(k+1) == tPunct || p.word(k+1) == "and" || p.word(k+1) == "for" || p.word(k+1) == "after") && p.wordNear(k, golfWords) {
		return k + 1
	}
	return 0
}

// stormWords name a hurricane, a cyclone, a typhoon or a storm: "a
// Category 4 storm".
var stormWords = setOf("hurricane", "cyclone", "typhoon", "storm", "hurricanes", "cyclones", "typhoons", "storms", "winds")

// raceWords name a race, a runner's or a swimmer's title or a record:
// "silver medallist over 200 metres".
var raceWords = setOf("medallist", "medalist", "medal", "champion", "sprint", "sprinter", "race", "races", "hurdles",
	"relay", "record", "final", "heat", "heats", "raced", "freestyle", "backstroke", "breaststroke", "butterfly", "title")

// alertWords name a warning scale: an alert, a warning, a threat or a
// lockdown ("raised the alert to level 3").
var alertWords = setOf("alert", "alerts", "warning", "warnings", "threat", "lockdown", "scale", "danger", "risk",
	"advisory", "advisories", "reconsider")

// stageWords tell a stage of rationing or restriction: "Stage 6 load
// shedding", "Stage 3 drought restrictions".
var stageWords = setOf("shedding", "load-shedding", "loadshedding", "drought", "restrictions", "restriction", "rationing",
	"outages", "cuts", "water", "emergency", "alert", "eskom", "conservation")

// slashCode reports whether token k, glued after a price's slash, is a
// trade's unit written as a short code: "FEU", "TEU", "MWh", "mmBtu".
func (p *parser) slashCode(k int) bool {
	r := p.raw(k)
	return len(r) >= 2 && len(r) <= 5 && (strings.ToUpper(r) == r || hasUpper(r[1:]) || p.kind(k+1) == tWord && p.glued(k+1) && p.capitalized(k+1))
}

// slashUnitAt reports whether a unit written after a slash stands at
// token k: the "/kg" of "₹40/kg", the "/ha" of "7.5t/ha".
func (p *parser) slashUnitAt(k int) bool {
	return p.slashWordAt(k) && (slashUnitWords[p.word(k+1)] || perUnitWords[p.word(k+1)])
}

// slashWordAt reports whether a slash glued at token k leads to one word
// glued after it, no second slash following: the "/t" of "£186/t", where
// "km/h/s" is something else.
func (p *parser) slashWordAt(k int) bool {
	return p.isPunct(k, '/') && p.glued(k) && p.kind(k+1) == tWord && p.glued(k+1) && !p.isPunct(k+2, '/')
}

// slashUnitWords, with perUnitWords, are the units a price or a yield is
// written per after a slash glued to it: "£186/t", "7.5t/ha", "£35/hr".
var slashUnitWords = setOf("t", "ha", "hectare", "acre", "lb", "oz", "l", "gal", "bbl", "therm", "gj", "dozen",
	"sqft", "sqm", "hr", "hour", "day", "wk", "week", "month", "yr", "year", "person", "pax",
	"cwt", "bu", "mmbtu", "mcf", "bcf", "mt", "w", "kw", "mw", "g", "st", "ton", "qtl", "quintal")

// metricLengthWords name the short lengths a story converts to inches in
// brackets: "20 cm (8 in)".
var metricLengthWords = setOf("cm", "mm", "m", "centimetres", "centimeters", "millimetres", "millimeters",
	"metres", "meters", "centimetre", "centimeter", "millimetre", "millimeter", "metre", "meter")

// stormScaleWords after "category 4" name a storm's strength in a story
// about a storm whose sentence does not name it: "a category 4 system".
var stormScaleWords = setOf("system", "strength", "intensity", "status")

// stormScaleNext reports whether token k, after "category 4", lets it be
// a storm's strength in a sentence that does not name the storm: a word
// of stormScaleWords, a word such as "within" or "by", or the clause's
// end ("weakened to category 2."). "Category 3 prisoners" is no storm's.
func (p *parser) stormScaleNext(k int) bool {
	w := p.word(k)
	return p.kind(k) != tWord || stormScaleWords[w] || stopWords[w]
}

// quakeWords name an earthquake: "measuring 6.1".
// coldWords name the readings a bare "minus 8" gives in degrees.
var coldWords = setOf("temperature", "temperatures", "low", "lows", "high", "highs", "chill", "chills", "windchill",
	"freezing", "frost", "overnight", "degrees", "thermometer", "thermometers", "cold")

// heatWords, of the weather and of what is heated, keep a glued "c"
// degrees in a sentence of prices: "heating costs rose as temperatures
// hit 31c", "the fryer oil, which costs more, must reach 180c".
var heatWords = setOf("temperature", "temperatures", "heat", "heatwave", "warm", "warmest", "hot", "hottest", "cold",
	"coldest", "degrees", "weather", "forecast", "sun", "sunshine", "frost", "freezing", "thermometer", "water", "oven",
	"oil", "fryer", "kiln", "furnace")

var quakeWords = setOf("earthquake", "quake", "tremor", "aftershock", "earthquakes", "quakes", "tremors", "aftershocks")

// unitFollows reports whether a unit or noun follows token k, so that "4 in
// 98 minutes" is not read as a fraction.
func (p *parser) unitFollows(k int) bool {
	_, _, ok := p.match(measureUnits, k)
	return ok
}

// smallNumberAt reads a number written in digits or words at token i.
func (p *parser) smallNumberAt(i int) (float64, int, bool) {
	if p.kind(i) == tNum {
		v, ok := p.digitsValue(i)
		return v, i + 1, ok
	}
	return p.wordNumber(i)
}

// denominatorAt reads the number a share or the odds are out of, with
// its scale: "one in 139 million", "1 in 45m"; scaled reports a scale.
func (p *parser) denominatorAt(i int) (d float64, next int, scaled, ok bool) {
	if w := p.word(i); (w == "a" || w == "an") && p.kind(i+1) == tWord {
		// "one in a thousand", "one in a million".
		if sc, isScale := scaleWords[p.word(i+1)]; isScale && sc >= 100 {
			return sc, i + 2, sc >= 1e6, true
		}
	}
	d, next, ok = p.smallNumberAt(i)
	if !ok {
		return 0, i, false, false
	}
	w := p.word(next)
	if sc, isScale := scaleWords[w]; isScale && sc >= 1e6 && p.kind(next) == tWord {
		return d * sc, next + 1, true, true
	}
	if sc, isScale := gluedScales[w]; isScale && sc >= 1e6 && p.glued(next) && p.kind(next) == tWord {
		return d * sc, next + 1, true, true
	}
	return d, next, false, true
}

var vulgarFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3,
	"⅕": 0.2, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6}

// digitsValue parses the digits token i.
func (p *parser) digitsValue(i int) (float64, bool) {
	lit := p.raw(i)
	// Only "45.000" asks how the document groups its thousands, which
	// costs a look at all of it.
	return numberValue(lit, oneDotGroup(lit) && p.doc.dotGrouped())
}

// oneDotGroup reports whether lit is one to three digits, a dot and three
// digits, "45.000": forty-five thousand where the document groups with
// dots, forty-five where it writes decimals after a point.
func oneDotGroup(lit string) bool {
	d := strings.IndexByte(lit, '.')
	return d >= 1 && d <= 3 && len(lit)-d-1 == 3
}

// numberValue reads the value of a number written in digits, however its
// thousands are grouped and its decimals marked: "1,200,000", "1'200'000",
// "1.200.000", "4,5" (a decimal comma: one or two digits after it), and,
// where the document groups thousands with dots, "45.000".
func numberValue(lit string, dotGrouped bool) (float64, bool) {
	if strings.IndexByte(lit, '\'') >= 0 || strings.Contains(lit, "\u2019") {
		lit = strings.NewReplacer("'", "", "\u2019", "").Replace(lit)
	}
	if c := strings.LastIndexByte(lit, ','); c >= 0 && len(lit)-c-1 <= 2 {
		// "34,5", "1.200,50": the comma marks the decimals.
		lit = strings.ReplaceAll(lit[:c], ".", "") + "." + lit[c+1:]
	} else if strings.IndexByte(lit, ',') >= 0 {
		lit = strings.ReplaceAll(lit, ",", "")
	}
	if strings.Count(lit, ".") > 1 || dotGrouped && oneDotGroup(lit) {
		// "1.200.000"; "45.000" in a document grouping so.
		lit = strings.ReplaceAll(lit, ".", "")
	}
	v, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// letterCode reports whether the capital glued to a number at token k
// ends a code ("Zone 4B", "zones 4A and 4B", "Unit 3B"), not a billion: a
// capital B after a number that no currency opens, in a list of such codes
// or after a word that numbers places.
func (p *parser) letterCode(k int) bool {
	if p.raw(k) != "B" || p.kind(k-1) != tNum || strings.ContainsAny(p.raw(k-1), ".,") {
		return false
	}
	if b := p.word(k - 2); idWords[b] || idWords[strings.TrimSuffix(b, "s")] {
		return true
	}
	// "4A and 4B", "3A, 3B": a sibling code before it, a number and a
	// capital.
	for j := k - 3; j >= 1 && j >= k-7; j-- {
		if r := p.raw(j); p.codeLetter(j) && r != "B" && r != "M" && r != "K" {
			return true
		}
	}
	return false
}

// codeLetter reports whether token k is one capital glued to the number
// before it, a code's letter: the "A" of "4A".
func (p *parser) codeLetter(k int) bool {
	r := p.raw(k)
	return p.kind(k) == tWord && len(r) == 1 && isUpperB(r[0]) && p.glued(k) && p.kind(k-1) == tNum
}

// sumOpens reports whether a currency opens the number at token j: "Rs8.7",
// "$1.2", "MVR 1.2".
func (p *parser) sumOpens(j int) bool {
	for b := j - 1; b >= 0 && b >= j-2; b-- {
		if _, n2, ok := p.currencyPrefix(b); ok && n2 == j {
			return true
		}
	}
	return false
}

// brokenScales are the scale words a printed page breaks with a hyphen
// ("mil- lion"), their halves joined.
var brokenScales = map[string]float64{"million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3, "hundred": 100}

// scale applies scale words after a number ("1.2 million", "£300k").
func (p *parser) scale(nv number, k int) (number, int, bool) {
	for steps := 0; steps < 3; steps++ {
		w := p.word(k)
		s, ok := scaleWords[w]
		if !ok || p.kind(k) != tWord {
			// "1.5m", "$2b", "£300k": only glued to digits.
			s, ok = gluedScales[w]
			ok = ok && p.glued(k) && p.kind(k) == tWord && !nv.words && (w != "m" || p.millionM(k)) && !p.letterCode(k) &&
				(w != "tr" || p.sumOpens(k-1)) || // "Rs8.7tr", not "a 3tr engine"
				// "€5 m", "$5 m in cash": apart from a sum, "m" is a
				// million all the same.
				ok && w == "m" && p.raw(k) == "m" && !p.glued(k) && !nv.words && p.kind(k-1) == tNum && p.currencyNear(k-1)
		}
		next := k + 1
		if !ok && steps == 0 && p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) && p.kind(k-1) == tNum {
			// "R382-billion", "R1.2-million": South African papers
			// join the scale word to the sum with a hyphen.
			if sw := p.word(k + 1); sw == "million" || sw == "billion" || sw == "trillion" {
				s, ok, next = scaleWords[sw], true, k+2
			}
		}
		if !ok && p.isPunct(k+1, '-') && p.glued(k+1) {
			// "$5.4 mil- lion": a scale word broken at the end of a
			// printed line.
			if whole, found := brokenScales[w+p.word(k+2)]; found {
				s, ok, next = whole, true, k+3
			}
		}
		if !ok && !nv.words {
			// "2.1 x 10^15": scientific notation.
			var e float64
			if e, next, ok = p.tenPower(k); ok {
				s = math.Pow(10, e)
			}
		}
		if ok {
			nv.value = Rounded(nv.value*s, nv.value*s)
			if nv.mult == 0 {
				nv.mult = 1
			}
			nv.mult *= s
			nv.scaled = true
			nv.year = false
			k = next
			continue
		}
		if w == "dozen" && nv.value >= 1 && nv.value < 100 {
			nv.value *= 12
			k++
			continue
		}
		if p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) && p.word(k+1) == "dozen" && nv.value >= 1 && nv.value < 100 {
			// "a two-dozen limit": the dozens hyphenated as a modifier.
			nv.value *= 12
			k += 2
			continue
		}
		break
	}
	return nv, k, true
}

// tenPower reads a power of ten at token k written after a number as
// "x 10^15" or "× 10^5", and returns the exponent and the token after it.
func (p *parser) tenPower(k int) (float64, int, bool) {
	if w := p.raw(k); w != "x" && w != "×" && w != "X" {
		return 0, k, false
	}
	if p.raw(k+1) != "10" || !p.isPunct(k+2, '^') || !p.glued(k+2) {
		return 0, k, false
	}
	at, neg := k+3, false
	if p.isPunct(at, '-') && p.glued(at) {
		at, neg = at+1, true
	}
	if p.kind(at) != tNum || !p.glued(at) {
		return 0, k, false
	}
	e, ok := p.digitsValue(at)
	if !ok || e != math.Trunc(e) || e > 30 {
		return 0, k, false
	}
	if neg {
		e = -e
	}
	return e, at + 1, true
}

// degreeHedges before "a degree" make it one degree of temperature.
var degreeHedges = setOf("nearly", "almost", "about", "around", "roughly", "than", "half", "by", "quarter")

// wordNumber reads a spelled-out number ("twenty-five", "one hundred and
// five", "two million", "one point two").
func (p *parser) wordNumber(i int) (float64, int, bool) {
	return p.wordNumberFrom(i, 0)
}

// wordNumberFrom reads a spelled-out number at token i, its first part
// already read as lead: "a hundred and fifty-eight" is read from
// "hundred" with a lead of one.
func (p *parser) wordNumberFrom(i int, lead float64) (float64, int, bool) {
	total, cur := 0.0, lead
	k := i
	any := lead > 0
	lastTens := false
	for {
		w := p.word(k)
		if p.kind(k) != tWord {
			break
		}
		if v, ok := smallNumbers[w]; ok {
			if any && !(lastTens && v < 10 && v > 0) && cur != 0 && math.Mod(cur, 100) != 0 {
				break
			}
			if any && cur == 0 && total == 0 {
				break
			}
			cur += v
			any = true
			lastTens = v >= 20 && math.Mod(v, 10) == 0
			k++
			// "twenty-five".
			if lastTens && p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) {
				if u, ok := smallNumbers[p.word(k+1)]; ok && u > 0 && u < 10 {
					cur += u
					k += 2
					lastTens = false
				}
			}
			continue
		}
		if !any {
			break
		}
		if w == "hundred" {
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			k++
			lastTens = false
			if p.word(k) == "and" {
				if _, ok := smallNumbers[p.word(k+1)]; ok {
					k++
				}
			}
			continue
		}
		if s, ok := scaleWords[w]; ok && (w == "thousand" || w == "million" || w == "billion" || w == "trillion") {
			// Leave a final scale word to scale(), which also handles
			// "two million" as a unit; fold inner ones here.
			if !p.moreNumberWords(k+1, s) {
				break
			}
			total += cur * s
			cur = 0
			k++
			if p.word(k) == "and" {
				k++
			}
			lastTens = false
			continue
		}
		break
	}
	if !any {
		return 0, i, false
	}
	v := total + cur
	if d, n, ok := p.spokenDecimals(k); ok && (v != 1 || p.word(i-1) != "at") {
		// "one point two billion", "thirty-eight point six percent":
		// a figure read aloud. "At one point two men" is an idiom.
		v, k = v+d, n
	}
	return v, k, true
}

// spokenDecimals reads the decimals of a number read aloud, "point six"
// or "point seven five" at token k, up to three digits, each a word.
func (p *parser) spokenDecimals(k int) (float64, int, bool) {
	if p.word(k) != "point" {
		return 0, k, false
	}
	d, scale, n := 0.0, 0.1, k+1
	for ; n < k+4; n++ {
		w := p.word(n)
		v, ok := smallNumbers[w]
		if w == "oh" || w == "nought" {
			v, ok = 0, true
		}
		if !ok || v > 9 || v != math.Trunc(v) || w == "a" || w == "an" {
			break
		}
		d += v * scale
		scale /= 10
	}
	if n == k+1 {
		return 0, k, false
	}
	return d, n, true
}

func (p *parser) moreNumberWords(k int, scale float64) bool {
	w := p.word(k)
	if w == "and" {
		k++
		w = p.word(k)
	}
	if _, ok := smallNumbers[w]; !ok {
		return false
	}
	// "five million and six million": two numbers, the second with a
	// scale of its own as large, not five million and six.
	for e := k + 1; e <= k+3; e++ {
		if _, ok := smallNumbers[p.word(e)]; ok || p.isPunct(e, '-') {
			continue
		}
		if s2, ok := scaleWords[p.word(e)]; ok && s2 >= scale {
			return false
		}
		break
	}
	return true
}

// shareSubjectAt reports whether a clause opens at token i, where a
// share may be its verb's subject: the start of a sentence or a line, or
// after a comma or a conjunction ("and a quarter saved").
func (p *parser) shareSubjectAt(i int) bool {
	if i == 0 || p.toks[i].nl || p.isPunct(i-1, ',') || p.isPunct(i-1, '.') || p.isPunct(i-1, ';') {
		return true
	}
	switch p.word(i - 1) {
	case "and", "but", "while", "whereas", "whom", "which":
		return true
	}
	return false
}

// ordinalBefore reports whether an ordinal word stands in the dozen
// tokens before token i, within its sentence.
func (p *parser) ordinalBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !p.isPunct(k, '.'); k-- {
		if _, ok := ordinalWords[p.word(k)]; ok {
			return true
		}
	}
	return false
}

// countedOn reports whether "a third" at token i, n its ordinal's value,
// is the next one after a toll of n-1 earlier in the sentence: "Two
// skiers died and a third was injured", "killing two and injuring a
// third". It is one more of them, no share: the ordinal, however the
// sentence is written.
func (p *parser) countedOn(i int, n float64) bool {
	for _, f := range p.figs {
		if f.te > i || f.value != n-1 || f.cat != Count && f.cat != Casualties || f.hasHigh || f.score {
			continue
		}
		for x := f.te; x < i; x++ {
			if _, harm := casualtyConcept[p.word(x)]; harm {
				return true
			}
		}
	}
	return false
}

// fractionHedges before "a third" or "a quarter" make it a share
// whatever follows: "about a third", "nearly a quarter".
var fractionHedges = setOf("about", "nearly", "almost", "roughly", "around", "approximately", "some", "than", "barely")

// upParticles are the participles a passive's "up" belongs to: "was set
// up", "were drawn up", "had been built up".
var upParticles = setOf("set", "drawn", "built", "signed", "opened", "started", "taken", "made",
	"put", "ramped", "stepped", "picked", "split", "broken", "cleaned", "locked", "shut", "held", "tied", "wound")

// atBound reports whether "at least" or "at most" stands before token i:
// "with at least a third reserved for residents" bounds a share as
// "about" does.
// An ordinal's noun after it leaves it one ("at least a third time").
func (p *parser) atBound(i int) bool {
	w := p.word(i - 1)
	return (w == "least" || w == "most") && p.word(i-2) == "at" && !runWords[p.word(i+2)] && !ordinalNouns[p.word(i+2)]
}

// ordinalNouns follow an ordinal that counts turns or periods: "a third
// time", "a third term".
var ordinalNouns = setOf("time", "times", "term", "round", "quarter", "year", "day", "week", "month", "season",
	"night", "game", "match", "attempt", "try", "place", "half", "set", "leg", "stage", "wave", "phase")

// crownOf returns c, the currency the word lw names, or for "kr" the
// crown of the document's country (docScope.crown). "Kroner" and "krone"
// are Denmark's as much as Norway's: Danish in a story that names
// Denmark.
func (p *parser) crownOf(lw, c string) string {
	if p.doc == nil {
		return c
	}
	switch lw {
	case "kr":
		return p.doc.crown()
	case "kroner", "krone":
		if p.doc.crown() == "DKK" {
			return "DKK"
		}
	}
	return c
}

// halfYearAfter are the words after "in the half" that leave it a
// company's half-year: "rose to €23m in the half from €17m".
var halfYearAfter = setOf("", "to", "ended", "ending", "through", "from", "and", "as", "while", "compared", "after")

// fractionAt reads "half", "a third", "two-thirds", "three quarters".
func (p *parser) fractionAt(i int) (number, int, bool) {
	var nv number
	nv.words = true
	w := p.word(i)
	switch {
	case w == "half":
		nx := p.word(i + 1)
		if p.isPunct(i+1, '-') {
			if u := p.word(i + 2); (u == "hour" || u == "mile") && p.glued(i+1) && p.glued(i+2) {
				// "a compulsory half-hour break": the "30-minute
				// break" of another wording; "a half-mile walk".
				nv.value = 0.5
				return nv, i + 2, true
			}
			return nv, i, false
		}
		if _, ok := ordinalWords[p.word(i-1)]; ok {
			// "in the first half", "the second half of the match": a
			// period, not a share.
			return nv, i, false
		}
		switch p.word(i - 2) {
		case "in", "for", "during", "over", "through", "across":
			if p.word(i-1) == "the" && (p.kind(i+1) == tPunct || halfYearAfter[nx]) {
				// "Staff costs rose 22% in the half.", "for the half to
				// June": a company's half-year, not a share.
				return nv, i, false
			}
		}
		switch nx {
		case "of", "the", "its", "their", "his", "her", "our", "all", "that", "those", "these", "them", "this", "",
			"since", "to", "in", "from", "by", "over", "on", "and", "or", "than", "last", "were", "was", "are", "is",
			// "a jump of almost half overnight", "cut by half within a year".
			"overnight", "within", "after", "before", "at", "but", "while", "compared", "again":
			nv.value, nv.fraction = 0.5, true
			return nv, i + 1, true
		case "a", "an":
			// "half a mile": a measure of 0.5; "half a percentage point".
			if _, _, ok := p.match(measureUnits, i+2); ok || p.percentagePoint(i+2) {
				nv.value = 0.5
				return nv, i + 2, true
			}
			if _, scale := scaleWords[p.word(i+2)]; fractionHedges[p.word(i-1)] && !scale && p.word(i+2) != "dozen" && p.kind(i+2) == tWord {
				// "about half a normal year's revenue": "half of", the
				// "of" left out.
				nv.value, nv.fraction = 0.5, true
				return nv, i + 1, true
			}
			return nv, i, false
		}
		if p.kind(i+1) == tPunct {
			nv.value, nv.fraction = 0.5, true
			return nv, i + 1, true
		}
		if p.word(i-1) == "by" && nx != "past" && p.kind(i+1) == tWord && !p.unitFollows(i+1) && !isPluralNoun(nx) {
			// "cut fares by half until Sunday": a change of 50%;
			// "by half past three" is a clock, "by half a metre" a
			// measure (above).
			nv.value, nv.fraction = 0.5, true
			return nv, i + 1, true
		}
		if pw := p.word(i - 1); pw == "which" || pw == "whom" || (p.shareSubjectAt(i) || fractionHedges[pw] || pw == "over") && (isVerbForm(nx) || auxiliaries[nx] || fractionHedges[pw] && shareVerbs[nx]) {
			// "of which half came from the water company", "Half
			// received two doses", "nearly half said": half of what
			// was just named.
			nv.value, nv.fraction = 0.5, true
			return nv, i + 1, true
		}
		return nv, i, false
	case fractionWords[w] > 0 && p.word(i+1) == "of" && (p.word(i+2) == "a" || p.word(i+2) == "an") && scaleWords[p.word(i+3)] >= 1000:
		// "an estimated quarter of a million passengers": the hedge
		// took the article.
		nv.value, nv.scaled = scaleWords[p.word(i+3)]/fractionWords[w], true
		return nv, i + 4, true
	case w == "a" || w == "an" || w == "one":
		j := i // "one-fifth" is written as "one fifth"
		if w == "one" && p.isPunct(i+1, '-') && p.glued(i+1) && p.glued(i+2) {
			j++
		}
		d, ok := fractionWords[p.word(j+1)]
		if !ok || p.word(j+1) == "half" && w != "a" || strings.HasSuffix(p.word(j+1), "s") {
			if w == "a" && p.word(j+1) == "half" && p.word(j+2) == "of" {
				nv.value, nv.fraction = 0.5, true
				return nv, j + 2, true
			}
			return nv, i, false
		}
		if w == "a" && p.word(j+2) != "of" && p.countedOn(i, d) {
			return nv, i, false
		}
		nx := p.word(j + 2)
		if j > i && !p.unitFollows(j+2) {
			// "one-fifth earmarked", "a one-fifth stake": written
			// with its hyphen, a share whatever follows; no ordinal is.
			nv.value, nv.fraction = 1/d, true
			return nv, j + 2, true
		}
		if nx == "of" && (p.word(j+3) == "a" || p.word(j+3) == "an") {
			// "a quarter of a million people": a number, not a share.
			if sc, ok := scaleWords[p.word(j+4)]; ok && sc >= 1000 {
				nv.value, nv.scaled = sc/d, true
				return nv, j + 5, true
			}
		}
		if nx == "of" {
			// "a tenth of a second": a measure.
			if (p.word(j+3) == "a" || p.word(j+3) == "an") && p.kind(j+4) == tWord {
				if _, _, ok := p.match(measureUnits, j+4); ok || p.percentagePoint(j+4) {
					nv.value = 1 / d
					return nv, j + 4, true
				}
			}
			nv.value, nv.fraction = 1/d, true
			return nv, j + 2, true
		}
		if name, _, ok := p.match(measureUnits, j+2); ok && singleMeasures[name] {
			// "one eighth mile", "a quarter mile": a measure of a
			// fraction of the unit.
			nv.value = 1 / d
			return nv, j + 2, true
		}
		switch {
		case nx == "" || p.kind(j+2) == tPunct && !p.isPunct(j+2, '-') && !(p.isPunct(j+2, ',') && p.word(j+3) == "who"),
			nx == "to" || nx == "in" || nx == "from" || nx == "since" || nx == "by" || nx == "on" || nx == "over" || nx == "than" || nx == "and" || nx == "or" || nx == "last" || nx == "this" || nx == "a",
			// A clause or phrase after it: "cuts its forecast by a third
			// as fuel costs bite", "a quarter after the merger".
			fractionFollowers[nx],
			// "rise by about a third next year", "at least a third
			// reserved": a hedge before it measures a share; no
			// ordinal is "about a third".
			w == "a" && (fractionHedges[p.word(i-1)] || p.atBound(i)) && p.kind(j+2) != tNum,
			// "and a quarter saved more than £500": the share is its
			// verb's subject, a clause opening before it.
			// "a second count cut his lead, and a third settled it"
			// counts on.
			w == "a" && isVerbForm(nx) && (p.kind(j+3) != tWord || stopWords[p.word(j+3)] || comparatives[p.word(j+3)]) && p.shareSubjectAt(i) && !p.ordinalBefore(i):
			nv.value, nv.fraction = 1/d, true
			return nv, j + 2, true
		}
		return nv, i, false
	}
	if v, ok := smallNumbers[w]; ok && v >= 1 && v < 20 {
		k := i + 1
		if p.isPunct(k, '-') && p.glued(k) {
			k++
		}
		if d, ok := fractionWords[p.word(k)]; ok && strings.HasSuffix(p.word(k), "s") && v < d {
			// "three quarters of a percentage point", "three-quarters of
			// an inch": a measure.
			if p.word(k+1) == "of" && (p.word(k+2) == "a" || p.word(k+2) == "an") {
				if _, _, unit := p.match(measureUnits, k+3); unit || p.percentagePoint(k+3) {
					nv.value = v / d
					return nv, k + 3, true
				}
			}
			nv.value, nv.fraction = v/d, true
			return nv, k + 1, true
		}
	}
	return nv, i, false
}

// timeOffsetWords after "an hour" or "a day" make it a time before or
// after something, not a rate's time.
var timeOffsetWords = setOf("before", "after", "earlier", "later", "ago", "into", "beforehand", "afterwards")

// timeUnitWords are the time units written as singular words.
var timeUnitWords = setOf("year", "month", "week", "day", "hour", "minute", "second", "century", "decade")

// ratioAt reads a ratio whose first term is the bare number f and whose
// second starts at token next, in a sentence that names a ratio: "a
// pupil-teacher ratio of 19:1", "a student-to-counselor ratio of
// 540-to-1", "a ratio of 3 to 1". The value is the quotient.
func (p *parser) ratioAt(f fig, next int) (fig, int, bool) {
	if !f.bare || f.cat != Count || f.value <= 0 {
		return f, next, false
	}
	if !p.wordNear(f.ts, ratioWords) && !p.decimalToOne(f, next) {
		return f, next, false
	}
	var k int
	switch {
	case p.isPunct(next, ':') && p.glued(next) && p.glued(next+1):
		k = next + 1 // "19:1"
	case p.isPunct(next, '-') && p.glued(next) && p.word(next+1) == "to" && p.isPunct(next+2, '-') && p.glued(next+3):
		k = next + 3 // "540-to-1"
	case p.word(next) == "to" && p.raw(next+1) == "1":
		k = next + 1 // "3 to 1"
	case p.word(next) == "to" && p.word(f.ts-1) == "from":
		return f, next, false // "fell from 3 to 2": a move
	case p.word(next) == "to" && p.kind(next+1) == tNum && f.value == math.Trunc(f.value) && strings.IndexByte(p.raw(next+1), '.') < 0:
		k = next + 1 // "a ratio of 3 to 2", a ratio word near; "0.72 to 0.87" is a range
	case p.word(next) == "to" && !p.isPunct(next+2, '-'):
		// "a ratio of roughly nine to one", "outnumber residents by
		// three to one", "outnumbered boys by three to two": the ratio
		// "9 to 1" in words.
		d, ok := smallNumbers[p.word(next+1)]
		if !ok || d <= 0 || d > 20 {
			return f, next, false
		}
		f.value, f.unit, f.cat, f.bare, f.te = f.value/d, "ratio", Measure, false, next+2
		f.np = npSpan{}
		return f, next + 2, true
	default:
		return f, next, false
	}
	if p.kind(k) != tNum || p.isPunct(k+1, ':') || p.isPunct(k+1, '.') && p.kind(k+2) == tNum {
		return f, next, false
	}
	d, _ := p.digitsValue(k)
	if d <= 0 || d > f.value*1000 && f.value != 1 {
		return f, next, false
	}
	f.value, f.unit, f.cat, f.bare, f.te = f.value/d, "ratio", Measure, false, k+1
	f.np = npSpan{}
	return f, k + 1, true
}

// decimalToOne reports whether the bare decimal f is the first term of a
// ratio to one starting at token next, "1.45 to 1", "2.3:1", with no word
// "ratio" near: no score has a decimal, and a unit after the "1" ("from
// 1.5 to 1 percent") makes a move of it instead.
func (p *parser) decimalToOne(f fig, next int) bool {
	if strings.IndexByte(p.raw(f.ts), '.') < 0 || f.te != f.ts+1 {
		return false
	}
	k := next + 1
	switch {
	case p.isPunct(next, ':') && p.glued(next) && p.glued(next+1):
	case p.word(next) == "to":
	default:
		return false
	}
	if p.raw(k) != "1" {
		return false
	}
	if _, _, unit := p.match(measureUnits, k+1); unit {
		return false
	}
	if _, _, ok := p.percentAt(k + 1); ok || p.isPunct(k+1, '%') || p.isPunct(k+1, '.') && p.kind(k+2) == tNum {
		return false
	}
	return true
}

// ratioWords in a sentence make "19:1" and "540-to-1" ratios.
// "Visitors outnumber residents by three to one" states one too.
var ratioWords = setOf("ratio", "ratios", "outnumber", "outnumbers", "outnumbered", "outnumbering")

// onMagnitudeScale reports whether "on the … magnitude scale" follows at
// token k: "registered 2.9 on the local magnitude scale".
func (p *parser) onMagnitudeScale(k int) bool {
	if p.word(k) != "on" {
		return false
	}
	for m := k + 1; m <= k+4; m++ {
		if w := p.word(m); w == "magnitude" || w == "richter" {
			return p.word(m+1) == "scale"
		}
	}
	return false
}

// gradeBefore reports whether an ore grade or an assay stands just before
// token i, a metal's name or symbol at most between: "31.7 g/t Au over".
func (p *parser) gradeBefore(i int) bool {
	if len(p.figs) == 0 {
		return false
	}
	g := p.figs[len(p.figs)-1]
	if !gradeUnits[g.unit] && g.unit != "percent" || i-g.te > 3 || i < g.te {
		return false
	}
	for k := g.te; k < i-1; k++ {
		if p.kind(k) != tWord {
			return false
		}
	}
	return true
}

// gradeUnits are the units of an ore's grade.
var gradeUnits = setOf("g/t", "oz/t", "ppm", "ppb")

// sumBefore reports whether a sum of money stands a few words before token
// i, with no clause break between: "£40m in spending over five years".
func (p *parser) sumBefore(i int) bool {
	if len(p.figs) == 0 {
		return false
	}
	g := p.figs[len(p.figs)-1]
	if g.cat != Money || i-g.te > 4 {
		return false
	}
	for k := g.te; k < i; k++ {
		if p.kind(k) == tPunct && !p.isPunct(k, ',') {
			return false // "¥9.2 trillion, spent over 29 days" keeps its comma
		}
	}
	return true
}

// intervalWords after a hyphen make a number an interval: "three-weekly"
// is every three weeks.
var intervalWords = map[string]string{"weekly": "week", "monthly": "month", "yearly": "year", "daily": "day",
	"hourly": "hour"}

// centuryScorers near "centuries" make them scores of 100: snooker
// breaks, a batter's innings.
var centuryScorers = setOf("tournament", "snooker", "frame", "frames", "break", "breaks", "cricket", "batter",
	"batsman", "batting", "scored", "made", "compiled", "test", "odi")

// roomCompounds after a small number and a hyphen name a size of home:
// "one-bedroom", "three-bed".
var roomCompounds = setOf("bedroom", "bedroomed", "bed")

// homeClasses after "one-bedroom" make it a class of homes: "the
// one-bedroom rent", "two-bed flats".
var homeClasses = setOf("rent", "rents", "rental", "rentals", "price", "prices", "homes", "houses", "flats",
	"apartments", "properties", "units", "listings", "lets", "market", "segment")

// agentCompound reports whether w, after a number and a hyphen, makes a
// noun naming a thing: "pointer", "wheelers", "seater", "decker".
func agentCompound(w string) bool {
	return agentNouns[strings.TrimSuffix(w, "s")]
}

// agentNouns are the things a number names when hyphened to them.
var agentNouns = setOf("pointer", "wheeler", "seater", "decker", "footer", "pounder", "header", "hander", "timer",
	"liner", "tonner", "stroker")

// oneOfEach reports whether "one" at token j is one of a pair or a list
// told apart after a count, "one on Fore Street and one at the harbour",
// "one in Leeds and another in York": after a comma, with "and one" or
// "and another" to follow, or after "and" with "one" before it in the
// clause.
func (p *parser) oneOfEach(j int) bool {
	switch p.word(j - 1) {
	case ",":
		for m := j + 2; m < j+12 && m < len(p.toks) && !p.isPunct(m, '.') && !p.isPunct(m, ';'); m++ {
			if p.word(m) == "and" && (p.word(m+1) == "one" || p.word(m+1) == "another") {
				return true
			}
		}
	case "and":
		for m := j - 2; m > j-12 && m > 0 && !p.isPunct(m, '.') && !p.isPunct(m, ';'); m-- {
			if p.word(m) == "one" && p.isPunct(m-1, ',') {
				return true
			}
		}
	}
	return false
}

// rateWord reports whether token k opens a rate's base: "per", or
// "every" after "for" ("for every 1,000 residents").
func (p *parser) rateWord(k int) bool {
	w := p.word(k)
	return w == "per" || w == "every" && p.word(k-1) == "for"
}

// rateNounEnd returns the token of "per" (or of "every" in "for every")
// after the counted noun at token k, within three words: the noun, a
// word before it or a participle after it ("births per", "fatal falls
// per", "offences recorded per"); 0 when none follows.
func (p *parser) rateNounEnd(k int) int {
	noun := false
	for m := k; m <= k+2; m++ {
		if p.kind(m) != tWord || stopWords[p.word(m)] {
			return 0
		}
		// "offences recorded per 1,000 residents": a participle may
		// follow the noun.
		noun = noun || m < k+2 && isPluralNoun(p.word(m))
		if !noun || p.unitFollows(k) {
			continue
		}
		if p.word(m+1) == "per" {
			return m + 1
		}
		if p.word(m+1) == "for" && p.word(m+2) == "every" {
			return m + 2 // "3.6 offences for every 1,000 residents"
		}
	}
	return 0
}

// namedAfter reports whether a name stands at token k, after at most
// three lower-case words of its title: "Lt. Gary Voss", "bus driver Ray
// Moss". A clause ("police said,") names no one.
func (p *parser) namedAfter(k int) bool {
	for m := k; m < k+4 && p.kind(m) == tWord; m++ {
		if w := p.word(m); p.capitalized(m) {
			return w != "and" && (m == k || !stopWords[w])
		} else if stopWords[w] || isVerbForm(w) || auxiliaries[w] || beForms[w] {
			return false
		}
	}
	return false
}

// memberVerbs before "one of them" make a member of the group of it, as a
// form of "be" does: "became one of them".
var memberVerbs = setOf("became", "become", "becomes", "remains", "remained")

// oneOfCounted reports whether "one of" is followed at token k by a
// determiner and a count: "won just one of their last five matches",
// "one of the 12 jurors": one of so many, a figure beside the other.
func (p *parser) oneOfCounted(k int) bool {
	switch p.word(k) {
	case "the", "their", "its", "his", "her", "our", "my", "your":
	default:
		return false
	}
	for j := k + 1; j <= k+2; j++ {
		if _, small := smallNumbers[p.word(j)]; p.kind(j) == tNum || small {
			// "one of the 10 largest silver mines": a rank among the
			// top so many, as "one of the largest" is; no count.
			w := p.word(j + 1)
			return !(len(w) > 4 && strings.HasSuffix(w, "est") || w == "most" || w == "top" || w == "best" || w == "worst")
		}
		if w := p.word(j); w != "last" && w != "first" && w != "past" && w != "next" {
			return false
		}
	}
	return false
}

// oneOfTheGroup reports whether "one of" is followed at token k by "the"
// and a plural noun of people or things counted, then a verb in the
// past: "one of the children stepped on the device" counts one of them,
// as "one of them stepped" does; "one of the largest", "one of the
// world's" rank, and "one of the drivers is" describes.
func (p *parser) oneOfTheGroup(k int) bool {
	if p.word(k) != "the" || p.kind(k+1) != tWord || p.kind(k+2) != tWord {
		return false
	}
	n := p.word(k + 1)
	if !isPluralNoun(n) || strings.HasSuffix(n, "est") || nounStop[n] || stopWords[n] {
		return false
	}
	v := p.word(k + 2)
	switch v {
	case "said", "says", "told", "added", "warned", "wrote", "asked":
		return false // "one of the founders said": a speaker, not a count
	}
	if (v == "had" || v == "has" || v == "have") && p.kind(k+3) == tWord {
		// "One of the climbers had fallen", as "one of the climbers
		// fell".
		v = p.word(k + 3)
	} else if beForms[v] || auxiliaries[v] {
		return false
	}
	_, irregular := irregularParticiples[v]
	return isVerbForm(v) || irregular
}

// pronounOneAdjectives make "one" a pronoun standing for a noun when no
// noun follows it: "the previous one happened", "a new one".
var pronounOneAdjectives = setOf("previous", "last", "other", "same", "new", "old", "latest", "earlier", "next",
	"right", "wrong", "big", "small", "bigger", "smaller", "larger", "similar", "single", "particular")

// pronounOneVerbs take "one" as their object pronoun at a clause's end:
// "to have one", "could not find one".
var pronounOneVerbs = setOf("have", "has", "had", "get", "gets", "got", "need", "needs", "needed", "want", "wants",
	"wanted", "buy", "buys", "bought", "own", "owns", "find", "found", "build", "built", "open", "opened", "keep")

// calendarAfter reports whether a date opens at token k: a day and a
// month either way round ("9 July", "July 9").
func (p *parser) calendarAfter(k int) bool {
	_, m1 := months[p.word(k)]
	_, m2 := months[p.word(k+1)]
	return m1 && p.kind(k+1) == tNum || m2 && p.kind(k) == tNum
}

// andAHalf reports whether "and a half" starts at token k.
func (p *parser) andAHalf(k int) bool {
	return p.word(k) == "and" && (p.word(k+1) == "a" || p.word(k+1) == "an") && p.word(k+2) == "half"
}

// spanOpeners are the words before "a year", "a month" or "a week" that
// make a duration of it: a span's preposition or the end of a hedge.
var spanOpeners = setOf("within", "in", "for", "than", "least", "most", "nearly", "almost", "about", "around",
	"roughly", "barely", "just", "over", "under", "lasting", "lasted", "last", "spent", "took", "take", "takes")

// overVerbs take "over" as a preposition of place: "flew over 1,020
// reefs", "passed over 40 villages".
var overVerbs = setOf("flew", "fly", "flies", "flying", "flown", "passed", "hovered", "hovering", "climbed",
	"jumped", "leapt", "sailed", "soared", "swept", "sweeping", "stepped", "looked", "presided", "presides", "presiding",
	"diverted", "rerouted", "routed")

// sueVerbs take "over" as "about" a few words on: "sued the Herald over
// four articles", "brought the case against the Post over three".
var sueVerbs = setOf("sued", "sues", "suing", "sue", "case", "lawsuit", "suit", "claim", "complaint",
	"complaints", "dispute", "row")

// suedOver reports whether "over" at token k says what a suit is about:
// a word of sueVerbs up to six words before it in its clause.
func (p *parser) suedOver(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && p.kind(j) == tWord; j-- {
		if sueVerbs[p.word(j)] {
			return true
		}
	}
	return false
}

// spreadVerbsOver take "over" before a count of parts as "across": "1,140
// seats spread over 3 tiers"; "the fire spread over 200 metres" is
// still a hedge.
var spreadVerbsOver = setOf("spread", "spreads", "spreading", "scattered", "split", "divided", "distributed",
	"arranged", "laid")

// overParticle verbs take "over" as their particle: "handed over 157
// detainees", "turned over £2m", "signed over 40 acres".
var overParticle = setOf("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "rolled",
	"rolls", "rolling",
	"signed", "signing")

// movementVerbs take "up" as a particle: "edged up to 2.4%", "went up to
// 5 pence". Verbs of height keep "up to" a ceiling: "an ash column rose up
// to 5 km".
var movementVerbs = setOf("edged", "edges", "edging", "went", "go", "goes", "going", "gone", "crept", "creeps",
	"creeping", "moved", "moves", "moving", "ticked", "ticks", "ticking", "inched", "inching", "nudged",
	"nudges", "revised", "revises", "rounded", "bumped")

// courseNouns count the stretches a contest runs over: "over 58 laps".
var courseNouns = setOf("laps", "holes", "rounds", "innings", "overs", "stages", "legs", "games", "matches",
	"races", "sets", "frames", "seasons", "heats", "quarters", "periods", "sessions")

// periodNouns are counted spans of time that "over" spreads an event
// across, as it does "over two weeks" (see durationHedge): "sold 121
// cars over three evenings", "rehung over two weekends", "paid over
// 10 instalments"; "worked over 40 nights" hedges.
var periodNouns = setOf("evenings", "nights", "weekends", "mornings", "afternoons", "instalments", "installments",
	"payments", "repayments")

// nounWithin reports whether the word at k, or a noun after it past
// modifiers ("14 laser sessions", "ten interest-free monthly
// instalments"), is in nouns.
func (p *parser) nounWithin(k int, nouns map[string]bool) bool {
	for m := k; m < k+5; m++ {
		w := p.word(m)
		switch {
		case nouns[w]:
			return true
		case p.isPunct(m, '-') && p.glued(m) && p.glued(m+1):
		case p.kind(m) != tWord || isPluralNoun(w) || stopWords[w] && !strings.HasSuffix(w, "ly"):
			// ("monthly", "weekly": modifiers the stop words hold.)
			return false
		}
	}
	return false
}

// yieldUnits are the units of a crop's or an input's amount per area.
var yieldUnits = setOf("tonne", "kg", "bushel", "quintal", "litre", "lb", "gallon", "cwt")

// areaWords name the area a yield is per.
var areaWords = setOf("hectare", "acre", "ha", "feddan")

// rateWords join a measure to the time it is taken over: "30 metres an
// hour", "12 litres per second".
var rateWords = setOf("a", "an", "per", "each", "every")

// rateTimes abbreviate the time of a speed or a flow in its unit: "m/h",
// "litre/s". Longer times are left out of the figure ("40 metres a year",
// "14,000 tonnes a year"), as editors and readers leave them: the figure
// is the amount, the time its period.
var rateTimes = map[string]string{"second": "s", "minute": "min", "hour": "h"}

// oneIdioms follow "one-" in adjectives that count nothing: "a one-time
// repair", "a one-off payment", "one-on-one talks", "a one-way street".
var oneIdioms = setOf("time", "off", "on", "way", "stop", "sided", "size", "liner", "liners", "shot", "touch", "click", "party", "horse", "upmanship", "trick", "hit", "note", "dimensional")

// codeWords name the codes of a product or a file, whose digits may end
// in a letter: "Lot 24121C", "batch 0417B".
var codeWords = setOf("lot", "lots", "batch", "batches", "code", "codes", "serial", "ref", "sku", "upc", "case")

// fightRecord reads a fighter's or a team's record of three parts joined
// by hyphens, "27-1-1" (wins, losses, draws), after a word that introduces
// it ("record", "to", "at", "a"), or opening a bracket. The value packs
// the parts, so that any of them changing changes it.
func (p *parser) fightRecord(i int) (float64, int, bool) {
	if p.kind(i) != tNum {
		return 0, i, false
	}
	var parts [3]float64
	k := i
	for n := 0; n < 3; n++ {
		r := p.raw(k)
		if p.kind(k) != tNum || len(r) > 3 || strings.ContainsAny(r, ".,") || n > 0 && !p.glued(k) {
			return 0, i, false
		}
		parts[n], _ = p.digitsValue(k)
		if n < 2 {
			if !p.isPunct(k+1, '-') || !p.glued(k+1) {
				return 0, i, false
			}
			k += 2
		}
	}
	e := k + 1
	if p.isPunct(e, '-') && p.glued(e) {
		return 0, i, false // "4-3-3-1"? no record has four parts
	}
	switch p.word(i - 1) {
	case "record", "to", "at", "a", "an", "of", "from":
	default:
		if !p.isPunct(i-1, '(') {
			return 0, i, false
		}
	}
	return parts[0]*1e6 + parts[1]*1e3 + parts[2], e, true
}

// productTerm reports whether a loan product named by its term starts at
// token i, a number, a hyphen, a time unit and "fix" or "fixed" ("two-year
// fix", "30-year fixed"), and returns the token after the term.
func (p *parser) productTerm(i int) (int, bool) {
	if p.kind(i) != tNum {
		if _, ok := smallNumbers[p.word(i)]; !ok {
			return i, false
		}
	}
	if !p.isPunct(i+1, '-') || !p.glued(i+1) || !p.glued(i+2) {
		return i, false
	}
	switch p.word(i + 2) {
	case "year", "yr", "month":
	default:
		return i, false
	}
	switch p.word(i + 3) {
	case "fix", "fixes", "fixed", "fixed-rate", "tracker", "trackers":
		return i + 3, true
	}
	return i, false
}

// gluedOnlyCurrency are currency prefixes that mean money only glued to
// the sum: "Sh30", "SR2.1 billion", "KD1.4bn"; "SR 99" is a road.
var gluedOnlyCurrency = setOf("sh", "sr", "qr", "kd", "ro", "bd", "le", "jd", "tl")

// spacedCode reports whether a currency's letters at token i, which
// count glued to the sum, count spaced from it too: in capitals, before a
// sum that reads as money, with decimals, grouped thousands or a scale
// word ("SR 340 billion", "KD 14.2 billion", "JD 1.195", "TL 34.72"),
// where "SR 520" is a state route and "LE 3" no sum.
func (p *parser) spacedCode(i int) bool {
	r := p.raw(i)
	if strings.ToUpper(r) != r || p.kind(i+1) != tNum {
		return false
	}
	lit := p.raw(i + 1)
	_, scaled := scaleWords[p.word(i+2)]
	return strings.ContainsAny(lit, ".,") || scaled
}

// chartWords name a chart's places: "the Top 10 in 89 countries", "No 1
// in 61 of them" count no shares.
var chartWords = setOf("top", "no", "number")

// multipleNouns follow a multiple written "12x": what it multiplies or
// how ("12x earnings", "3x faster", "10x zoom").
var multipleNouns = setOf("earnings", "revenue", "revenues", "sales", "ebitda", "book", "faster", "slower", "more",
	"larger", "bigger", "higher", "zoom", "magnification", "oversubscribed", "leverage", "cover", "covered")

// cottonWords tell a cotton story, whose bales are a measure.
var cottonWords = setOf("cotton", "pima", "upland", "ginned", "ginning", "lint")

// yardPlaces before "a yard" make it a place: "at a yard", "into a yard".
var yardPlaces = setOf("at", "in", "into", "inside", "outside", "near")

// pairNouns after "the two" name a pair of parties a story named before:
// "the two sides", "the two governments".
var pairNouns = setOf("sides", "countries", "nations", "governments", "parties", "companies", "firms", "leaders",
	"cities", "towns", "regions", "chambers", "teams", "clubs", "states", "sides'")

// angleWords name what a bare degree measures when it is an angle, not a
// temperature: a ship's course, a slope, a bearing.
var angleWords = setOf("course", "heading", "bearing", "angle", "angles", "slope", "slopes", "tilt", "incline",
	"gradient", "pitch", "azimuth", "inclination", "rotation", "turn", "arc", "inclined", "tilted", "rotated", "angled",
	"banked", "latitude", "longitude", "north", "south", "east", "west")

// pressureWords tell an air pressure, where a lower-case "mb" is millibars.
var pressureWords = setOf("pressure", "pressures", "barometric", "hurricane", "storm", "cyclone", "typhoon", "depression")

// halfPoint reports whether the literal lit is a whole number and a half:
// "7.5".
func halfPoint(lit string) bool {
	return strings.HasSuffix(lit, ".5") && len(lit) >= 3 && !strings.ContainsAny(lit[:len(lit)-2], ".,")
}

// forecastRange reports whether "X to Y" after the verb at token i-1 is the
// range a forecast gives a change, not a change and its level: "premiums
// could rise 4% to 6%", "prices will fall 10% to 15%", two shares after a
// verb's bare form, where "rose 2 cents to $78.40" moves.
func (p *parser) forecastRange(i int, f, g fig) bool {
	return f.cat == Percent && g.cat == Percent && g.value > f.value && bareChangeVerbs[p.word(i-1)]
}

// bareChangeVerbs are the bare forms of verbs of change, which a modal or
// "to" governs: "could rise", "expected to fall".
var bareChangeVerbs = setOf("rise", "increase", "grow", "fall", "drop", "decline", "climb", "jump", "shrink", "slide", "dip")

// racePosition reads a motor race's place written "P3" after a verb of
// finishing or starting or a preposition of places: "finished P3",
// "moved up to P5", "from P11 on the grid".
func (p *parser) racePosition(i int) (float64, bool) {
	r := p.raw(i)
	if len(r) < 2 || len(r) > 3 || r[0] != 'P' {
		return 0, false
	}
	v := 0
	for k := 1; k < len(r); k++ {
		if !isDigitB(r[k]) {
			return 0, false
		}
		v = v*10 + int(r[k]-'0')
	}
	if v == 0 || !positionLead[p.word(i-1)] {
		return 0, false
	}
	return float64(v), true
}

// positionLead are the words before a race's place: "finished P3".
var positionLead = setOf("finished", "finish", "finishes", "finishing", "qualified", "qualifies", "started",
	"starts", "start", "starting", "to", "from", "in", "was", "ran", "running", "crossed", "classified", "placed")

// minuteMark reads the minute of a match written with a prime at token i:
// "53'", "90+6'" (stoppage time, read as the minute it fell in). A prime
// that closes a quotation opened in the sentence is no mark, nor one that
// feet and inches use ("6'2").
func (p *parser) minuteMark(i int) (float64, int, bool) {
	lit := p.raw(i)
	if len(lit) > 3 || strings.IndexAny(lit, ".,") >= 0 {
		return 0, i, false
	}
	v, ok := p.digitsValue(i)
	if !ok {
		return 0, i, false
	}
	k := i + 1
	if p.isPunct(k, '+') && p.glued(k) && p.kind(k+1) == tNum && p.glued(k+1) && len(p.raw(k+1)) <= 2 {
		extra, _ := p.digitsValue(k + 1)
		v += extra
		k += 2
	}
	if r := p.raw(k); r != "'" && r != "\u2019" || !p.glued(k) {
		return 0, i, false
	}
	if k+1 < len(p.toks) && p.glued(k+1) && (p.kind(k+1) == tNum || p.kind(k+1) == tWord) {
		return 0, i, false
	}
	for j := 0; j < i; j++ {
		// "'We need 40'": the quote's own closing mark.
		if r := p.raw(j); (r == "'" || r == "\u2018") && !p.glued(j) && p.glued(j+1) {
			return 0, i, false
		}
	}
	return v, k + 1, true
}

// sampleUnits measure the sample a count is taken in: "per 100 ml".
var sampleUnits = setOf("ml", "l", "g", "kg", "cubic metre")

// sampleBase reports whether the "per" at token k opens a measured sample:
// "per 100 ml", "per 100g".
func (p *parser) sampleBase(k int) bool {
	if p.word(k) != "per" || p.kind(k+1) != tNum {
		return false
	}
	switch p.raw(k + 1) {
	case "1", "10", "100", "1000", "1,000":
	default:
		return false
	}
	u, _, ok := p.match(measureUnits, k+2)
	return ok && sampleUnits[u]
}

// imperialParts give, for an imperial unit, the smaller unit written after
// it in one measure and how many of it make the larger: "12ft 9in".
var imperialParts = map[string]struct {
	unit string
	n    float64
}{"ft": {"inch", 12}, "lb": {"oz", 16}, "yard": {"ft", 3}}

// clockParts read the one-letter parts of a span written like a race's
// time: the "m" after hours, the "s" after minutes.
var clockParts = map[string]map[string]string{"hour": {"m": "minute"}, "minute": {"s": "second"}}

// rateAbbrevs are the times a rate's unit takes after a slash: "GB/s".
var rateAbbrevs = map[string]string{"s": "s", "sec": "s", "h": "h", "hr": "h", "min": "min"}

// subscribedBefore reports whether a bond book's or a cover's verb stands
// within a few words before token i: "oversubscribed more than 20
// times" is the multiple "more than 20 times oversubscribed" is.
func (p *parser) subscribedBefore(i int) bool {
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		switch p.word(b) {
		case "oversubscribed", "subscribed", "covered":
			return true
		}
		if p.kind(b) == tPunct {
			return false
		}
	}
	return false
}

// multipleWordAt reports whether the word of multipleWords at token j,
// its hedge opening at token i, is a figure, and of which category:
// "twice the national rate", "more than double those of 2022", "nearly
// triple" and "twice as likely" state a multiple, as "three times the
// rate" does (a measure). "Scored twice" counts occasions, which readers
// pass over beside the counts they revise; "double" and "triple" are
// verbs after "to" or a modal ("will more than double the fee", "to
// nearly double fleet") and names before a noun ("a double murder", "the
// triple jump"); "a twice-weekly market" is a frequency's name.
func (p *parser) multipleWordAt(i, j int) (Category, bool) {
	nx := p.word(j + 1)
	if p.isPunct(j+1, '-') && p.glued(j+1) {
		return "", false
	}
	prev := p.word(i - 1)
	if modalVerbs[prev] || prev == "to" || prev == "did" || prev == "does" || prev == "do" || i == j && (prev == "and" || prev == "or") {
		return "", false
	}
	if i == j && multipleHedgeEnds[prev] {
		// "will almost double the size": the hedge's reading, which
		// the figure at the hedge turned down, stands.
		return "", false
	}
	multiple := multipleFollowers[nx] && nx != "over" && nx != "above" && nx != "below" || nx == "those" || nx == "these" || nx == "this" ||
		comparatives[nx] || nx == "as" && p.kind(j+2) == tWord
	switch {
	case multiple:
		return Measure, true
	case i < j:
		// "raised at least twice": occasions, hedged, as "three
		// times" counts them.
		return Count, true
	}
	return "", false
}

// multipleHedgeEnds are the last words of the hedges before a multiple:
// "almost double", "more than twice", "at least triple".
var multipleHedgeEnds = setOf("almost", "nearly", "than", "about", "roughly", "around", "least", "over", "just", "some")

// multipleFollowers make "N times" a level stated as a multiple of
// another ("five times the distance to the Moon", "40 times the safe
// limit", "four times their face value") rather than a count of occasions.
var multipleFollowers = setOf("the", "that", "what", "its", "their", "his", "her", "our", "normal",
	"average", "usual", "over", "above", "below",
	// "five times oversubscribed", "three times covered": a bond book's
	// or a dividend's multiple.
	"oversubscribed", "covered", "subscribed")

// classLabel reports whether the small number at tokens [j, k) names a
// class of what follows: "category one calls", "category 2 calls", "tier
// 3 restrictions", "grade 2 listed buildings". The class is a name, as
// "Category 4" is; a count of the calls would say how many.
func (p *parser) classLabel(j, k int) bool {
	class := classNouns[p.word(j-1)]
	if w := p.word(j - 1); w == "and" || w == "or" || w == "to" {
		// "tier 2 or 3 areas": the second class of the two, the next
		// in the series.
		class = classNouns[p.word(j-3)] && p.nextClass(j-2, j)
	}
	if !class || k != j+1 || len(p.raw(j)) > 2 && p.kind(j) == tNum || p.glued(j) {
		return false
	}
	nx := p.word(k)
	if nx == "and" || nx == "or" || nx == "to" {
		// "band 6 and band 7 roles", "tier 2 or 3 areas": two classes
		// of what follows.
		m := k + 1
		if p.word(m) == p.word(j-1) {
			m++
		}
		return p.nextClass(j, m) && p.kind(m+1) == tWord && isPluralNoun(p.word(m+1))
	}
	return p.kind(k) == tWord && (isPluralNoun(nx) || nx == "listed" || nx == "patients" || nx == "incidents")
}

// nextClass reports whether the small number at token b follows the one
// at token a in a series of classes, up to three on: "band 6 and 7",
// "tier 2 or 3". "Tier 2 and 40 nurses" counts the nurses.
func (p *parser) nextClass(a, b int) bool {
	v := func(i int) float64 {
		if p.kind(i) == tNum && len(p.raw(i)) <= 2 && !p.glued(i) {
			if n, ok := p.digitsValue(i); ok {
				return n
			}
		}
		return smallNumbers[p.word(i)]
	}
	va, vb := v(a), v(b)
	return va > 0 && vb > va && vb <= va+3
}

// namedOne reports whether "one" at token j stands for one of a group
// named right after it: "under review by two agencies. One, Carthew
// Investors Service, warned…" says what "one of which" does, and counts
// nothing.
func (p *parser) namedOne(j, k int) bool {
	return k == j+1 && p.word(j) == "one" && p.isPunct(k, ',') && p.capitalized(k+1) && p.kind(k+1) == tWord
}

// classNouns name a class by the number after them.
var classNouns = setOf("category", "tier", "grade", "band", "class")

// comparatives after "N times" make it a multiple ("four times higher",
// "1.9 times as likely", "ten times more").
var comparatives = setOf("as", "more", "less", "fewer", "faster", "bigger", "larger", "higher", "greater",
	"lower", "smaller", "cheaper", "longer", "shorter", "stronger", "heavier", "wider", "deeper")

// fractionFollowers are the words that may follow "a third" read as a
// share: conjunctions and prepositions opening what comes after it. A noun
// after it makes an ordinal of it instead ("a third man").
var fractionFollowers = setOf("as", "after", "with", "amid", "while", "because", "despite", "but", "at",
	"for", "under", "compared", "when", "before", "during", "between", "among", "against",
	// A condition or a time: "could be cut by a third if data centres
	// paid", "a quarter within five years".
	"if", "unless", "once", "until", "though", "although", "whereas", "within", "thanks", "due", "overall", "next",
	// A measure of something: "a tenth the width of the Moon".
	"the", "its", "their",
	// A comparison: "a fifth below its guidance", "a third more"; a
	// discount: "a third off most fares".
	"below", "above", "lower", "higher", "more", "less", "fewer", "cheaper", "dearer", "smaller", "larger", "bigger", "off",
	// A share as the subject of its verb: "of whom roughly a third
	// qualify", "a quarter said they would".
	"are", "were", "have", "had", "will", "would", "could", "can", "say", "said", "says", "qualify", "qualified",
	"live", "lived", "work", "worked", "use", "used", "want", "wanted", "support", "supported", "oppose",
	"opposed", "agree", "agreed", "believe", "believed", "expect", "expected", "plan", "planned", "own", "owned",
	"receive", "received", "reported", "struggle", "struggled",
	// A share set apart or spent: "with a fifth earmarked for new
	// entrants", "a third reserved for residents".
	"earmarked", "reserved", "allocated", "assigned", "devoted", "dedicated", "ringfenced", "spent", "paid",
	"held", "sold", "exported", "imported", "lost", "wasted", "kept", "funded", "covered", "destroyed", "damaged",
	"affected",
	// A share so judged: "with a quarter classed as needing rebuilding".
	"classed", "classified", "rated", "judged", "deemed", "graded", "ranked", "considered", "assessed")

// percentagePoint reports whether "percentage point(s)" starts at token k.
func (p *parser) percentagePoint(k int) bool {
	return p.word(k) == "percentage" && (p.word(k+1) == "point" || p.word(k+1) == "points")
}

// percentAt reads a percent sign or word at token k.
func (p *parser) percentAt(k int) (string, int, bool) {
	// "a 25-basis-point move", "a 0.5-percentage-point rise".
	if p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) && p.isPunct(k+2, '-') && p.glued(k+2) && p.glued(k+3) {
		switch p.word(k + 3) {
		case "point", "points":
			switch p.word(k + 1) {
			case "basis":
				return "basis points", k + 4, true
			case "percentage":
				return "percentage points", k + 4, true
			}
		}
	}
	switch w := p.word(k); w {
	case "%":
		return "percent", k + 1, true
	case "percent", "pct", "pc", "prozent", "procent":
		// ("Prozent", "procent": German and Dutch copy.)
		if w == "pc" && !p.glued(k) {
			return "", k, false
		}
		return "percent", k + 1, true
	case "per":
		if p.word(k+1) == "cent" {
			return "percent", k + 2, true
		}
		if p.isPunct(k+1, '-') && p.glued(k+1) && p.word(k+2) == "cent" {
			return "percent", k + 3, true // "per- cent", broken at a printed line's end
		}
	case "percentage":
		if p.word(k+1) == "point" || p.word(k+1) == "points" {
			return "percentage points", k + 2, true
		}
		// "a 2 percentage-point rise".
		if p.isPunct(k+1, '-') && p.glued(k+1) && p.glued(k+2) && (p.word(k+2) == "point" || p.word(k+2) == "points") {
			return "percentage points", k + 3, true
		}
	case "basis":
		if p.word(k+1) == "point" || p.word(k+1) == "points" {
			return "basis points", k + 2, true
		}
		// "50 basis-point hike".
		if p.isPunct(k+1, '-') && p.glued(k+1) && p.glued(k+2) && (p.word(k+2) == "point" || p.word(k+2) == "points") {
			return "basis points", k + 3, true
		}
	case "bps", "bp":
		return "basis points", k + 1, true
	case "points", "point", "pts":
		if p.pollCtx && !p.indexCtx && !p.sportsNear(k) {
			return "points", k + 1, true
		}
	}
	return "", k, false
}

// sportsNear reports whether a points figure at k reads as a sports score.
func (p *parser) sportsNear(k int) bool {
	lo, hi := p.window(k)
	for i := lo; i < hi; i++ {
		switch p.word(i) {
		case "clear", "behind":
			// "3 points clear" of a rival: in a poll, percentage points.
			if !p.pollCtx {
				return true
			}
		case "goal", "goals", "league", "match", "matches", "fixture", "fixtures", "pool", "game", "games", "standings", "championship", "podium", "laps", "scoring", "scored", "table", "season",
			"docked", "rebounds", "points-per-game", "turnovers", "assists", "overtime",
			"halftime", "half-time", "playoffs", "finals", "innings", "wickets", "tries",
			"division", "relegation", "promotion", "unbeaten", "drew", "striker", "goalkeeper", "stoppage",
			// A judged contest: "won the solo title with 88.6 points,
			// ahead of 43 other finalists".
			"championships", "title", "finalists", "judges", "contestants", "routine":
			return true
		case "winners", "winner", "runners-up", "runner-up", "contest", "contests", "competition", "adjudicator", "adjudicators":
			// "one point behind the winners, Hayfield Silver, on 186":
			// a contest's marks, unless an election's ("the winner
			// by 5 points in the poll").
			if !p.electionNear(k) {
				return true
			}
		case "quarter", "quarters":
			// "in the third quarter" of a match.
			if _, ok := ordinalWords[p.word(i-1)]; ok {
				return true
			}
		}
	}
	return false
}

// pollWords name a poll or an election: a sentence cue of polls (see
// sentenceCues), beside the words of a lead that sports share.
var pollWords = []string{"poll", "polls", "survey", "approval", "vote", "votes", "voters", "election", "ballot", "polling"}

// electionWords are pollWords with the words of an election that cue no
// poll's sentence.
var electionWords = setOf(append([]string{"elections", "primary"}, pollWords...)...)

// electionNear reports whether a word of an election or a poll stands
// near token k.
func (p *parser) electionNear(k int) bool {
	lo, hi := p.window(k)
	for i := lo; i < hi; i++ {
		if electionWords[p.word(i)] {
			return true
		}
	}
	return false
}

// currencyNear reports whether a currency sign or code stands within
// three tokens before the number at token num.
func (p *parser) currencyNear(num int) bool {
	for b := num - 1; b >= 0 && b >= num-3; b-- {
		if p.currencyAt(b, true) {
			return true
		}
	}
	return false
}

// currencyAt reports whether token b is a currency's sign ("£"), its
// code in capitals ("CHF") or a written abbreviation ("Rs", "kr"), the
// abbreviation capitalised unless anyCase.
func (p *parser) currencyAt(b int, anyCase bool) bool {
	if _, ok := currencySymbols[p.raw(b)]; ok {
		return true
	}
	if isoCodes[p.word(b)] && strings.ToUpper(p.raw(b)) == p.raw(b) {
		return true
	}
	_, ok := currencyPrefixWords[p.word(b)]
	return ok && (anyCase || p.capitalized(b))
}

// millageWords near "mills" make a tax rate of it.
var millageWords = setOf("tax", "taxes", "levy", "millage", "rate", "rates", "assessed", "property")

// lowerCurrencies are the currencies written in lower case before an
// amount and spaced from it, as their countries write them: "kr 541
// billion" (the krone), "zł 271.7 billion" (the złoty).
var lowerCurrencies = setOf("kr", "zł", "zl", "kn", "lei")

// currencyPrefix reads a currency sign or code before an amount.
func (p *parser) currencyPrefix(i int) (string, int, bool) {
	r := p.raw(i)
	switch p.kind(i) {
	case tPunct, tSym:
		if r == "$" && p.kind(i+1) == tWord && p.glued(i+1) && p.kind(i+2) == tNum && p.glued(i+2) && dollarAfterSign(p.raw(i+1)) {
			return dollarPrefixes[p.word(i+1)], i + 2, true // "$US18.5 million"
		}
		if c, ok := currencySymbols[r]; ok {
			if c == "JPY" && (p.country == "CNY" || p.word(i+2) == "yuan" || p.word(i+3) == "yuan" || p.doc != nil && p.doc.yuanSign()) {
				c = "CNY"
			}
			return c, i + 1, true
		}
	case tWord:
		lw := p.word(i)
		if p.isPunct(i+1, '$') && p.glued(i+1) {
			if c, ok := dollarPrefixes[lw]; ok {
				return c, i + 2, true
			}
		}
		if lw == "gh" && p.raw(i+1) == "\u20b5" && p.glued(i+1) && p.kind(i+2) == tNum {
			return "GHS", i + 2, true // "GH₵14.5 billion": the cedi with its country
		}
		if lw == "gh" && p.raw(i+1) == "\u00a2" && p.glued(i+1) && p.kind(i+2) == tNum {
			return "GHS", i + 2, true // "GH¢3,228", the cedi written with a cent sign
		}
		if lw == "e" && r == "E" && p.raw(i+1) == "£" && p.glued(i+1) {
			// "E£ 72": the Egyptian pound.
			k := i + 2
			if p.kind(k) == tNum {
				return "EGP", k, true
			}
		}
		if c, ok := currencyPrefixWords[lw]; ok && (r[0] >= 'A' && r[0] <= 'Z' || lowerCurrencies[r] && p.kind(i+1) == tNum && !p.glued(i+1)) && (len(lw) > 1 || p.oneLetterCurrency(i)) && (!gluedOnlyCurrency[lw] || p.glued(i+1) || p.spacedCode(i)) {
			k := i + 1
			if p.isPunct(k, '.') && p.glued(k) {
				k++
			}
			c = p.crownOf(lw, c)
			if p.kind(k) == tNum {
				return c, k, true
			}
		}
		if isoCodes[lw] && strings.ToUpper(r) == r && p.kind(i+1) == tNum {
			if lw == "rmb" {
				return "CNY", i + 1, true
			}
			return strings.ToUpper(lw), i + 1, true
		}
	}
	return "", i, false
}

// oneLetterCurrency reports whether the one-letter currency prefix at
// token i ("P2.3 billion", "K5 million", "R1,200") is glued to a sum that
// reads as money: grouped in thousands (by a comma or a space) or
// followed by a scale word.
// "S&P 500" and "R 5" are no sums.
func (p *parser) oneLetterCurrency(i int) bool {
	if p.kind(i+1) != tNum || !p.glued(i+1) {
		return false
	}
	if strings.IndexByte(p.raw(i+1), ',') > 0 || p.doc != nil && p.doc.currencyLetters().has(p.word(i)[0]) {
		return true
	}
	// "R15 000": thousands grouped by a space, as South African papers
	// write them.
	if p.spaceGroup(i+2) && len(p.raw(i+1)) <= 3 && strings.IndexByte(p.raw(i+1), '.') < 0 {
		return true
	}
	_, ok := scaleWords[p.word(i+2)]
	_, glued := gluedScales[p.word(i+2)]
	return ok || glued && p.glued(i+2)
}

// moneyNounFrom reports whether a money noun or "money" stands within
// three tokens from k.
func (p *parser) moneyNounFrom(k int) bool {
	for i := k; i < k+3; i++ {
		if w := p.word(i); moneyNouns[w] || w == "money" {
			return true
		}
	}
	return false
}

// centsAt reports whether the "c" glued to an amount at token k is cents,
// not degrees Celsius: a price per unit ("82.14c/lb", "1,262c a kg", "a
// dividend of 84c a share"), the first of a pair whose second is one
// ("gaining 38c to 1,262c a kg"), or an amount set beside a sum in its
// clause ("an average of 38c, against $1.90").
func (p *parser) centsAt(k int) bool {
	if p.raw(k) != "c" || !p.glued(k) {
		return false
	}
	perUnit := func(j int) bool {
		if p.isPunct(j, '/') && p.glued(j) && p.kind(j+1) == tWord {
			return true
		}
		if w := p.word(j); w != "a" && w != "an" && w != "per" {
			return false
		}
		// "1,262c a kg", "84c a share"; "41c a day earlier" is a
		// temperature.
		if w := p.word(j + 1); w == "share" || w == "unit" || w == "item" {
			return true
		}
		name, _, ok := p.match(measureUnits, j+1)
		return ok && !timeUnits[name]
	}
	if perUnit(k + 1) {
		return true
	}
	if p.moneyCtx && !p.wordNear(k, heatWords) && p.kind(k+2) != tNum {
		// "charge extra for sauces, typically 50c": a price or a
		// charge named a few words before, nothing hot or cold near;
		// "It was 38c in Perth, and fares rose" names the fares after.
		// (A range's first end, "between 362c and 396c/kg", takes the
		// reading of its second.)
		for i := k - 2; i >= 0 && i >= k-9; i-- {
			if c, ok := lexCues[p.word(i)]; ok && c&^cueNumber == cueMoney {
				return true
			}
		}
	}
	if (p.word(k+1) == "to" || p.word(k+1) == "from") && p.kind(k+2) == tNum && p.raw(k+3) == "c" && p.glued(k+3) && perUnit(k+4) {
		return true
	}
	if w := p.word(k - 2); w == "from" || w == "to" {
		// "averaged 612 cents a kilogram, up from 485c": a price in
		// cents before it in the sentence, this one the level it moved
		// from or to.
		for _, g := range p.figs {
			if g.cat == Money && g.te <= k && p.inCents(g) {
				return true
			}
		}
	}
	return p.sumBeside(k)
}

// inCents reports whether figure g is a sum written in cents: "612
// cents", "612c/kg".
func (p *parser) inCents(g fig) bool {
	for j := g.ts + 1; j < g.te; j++ {
		if w := p.word(j); w == "cents" || w == "cent" || p.raw(j) == "c" && p.glued(j) {
			return true
		}
	}
	return false
}

// sumBeside reports whether token k, ending an amount, is set against a
// sum in a currency's sign a word or two away: "an average of 38c,
// against $1.90", "cut from $1.10 to 98c".
func (p *parser) sumBeside(k int) bool {
	for i := k + 1; i < k+4 && i < len(p.toks); i++ {
		if sumLinks[p.word(i)] {
			b := i + 1
			if p.word(b) == "a" || p.word(b) == "an" {
				b++
			}
			return p.kind(b+1) == tNum && p.currencyAt(b, false)
		}
		if p.kind(i) != tPunct {
			return false
		}
	}
	// Before it: "$1.10 to 98c", "$1.10, against 98c".
	l := k - 2 // the amount's number is at k-1
	for l >= 0 && p.kind(l) == tPunct {
		l--
	}
	if !sumLinks[p.word(l)] {
		return false
	}
	for n := l - 1; n >= 0 && n >= l-2; n-- {
		if p.kind(n) == tNum && n > 0 && p.currencyAt(n-1, false) {
			return true
		}
		if p.kind(n) != tPunct {
			break
		}
	}
	return false
}

// sumLinks set one amount against another.
var sumLinks = setOf("against", "versus", "vs", "than", "from", "to", "compared")

// abbreviatedScales are scale words written with a full stop: "Mio.",
// "Mrd.".
var abbreviatedScales = setOf("mio", "mrd", "mln", "bln")

// currencySuffix reads a currency word or code after an amount.
func (p *parser) currencySuffix(k int, nv number) (string, int, bool) {
	lw := p.word(k)
	if p.isPunct(k, '.') && p.glued(k) && nv.scaled && abbreviatedScales[p.word(k-1)] && p.kind(k+1) == tWord {
		// "612 Mio. Euro", "1,2 Mrd. Euro": the scale's abbreviation
		// keeps its full stop before the currency.
		if c, n2, ok := p.currencySuffix(k+1, nv); ok && c != "" {
			return c, n2, ok
		}
	}
	if lw == "-" && nv.scaled && p.glued(k) && p.glued(k+1) {
		// "a 5.2 trillion-won order": the currency hyphened to the
		// scale, as an adjective.
		switch p.word(k + 1) {
		case "won", "yen", "yuan", "rupee", "dollar", "euro", "pound", "peso":
			c, _, ok := p.match(currencyWords, k+1)
			return c, k + 2, ok
		}
	}
	if lw == "c" && p.centsAt(k) {
		return "USD", k + 1, true
	}
	if isoCodes[lw] && strings.ToUpper(p.raw(k)) == p.raw(k) && len(lw) == 3 {
		if lw == "rmb" {
			return "CNY", k + 1, true
		}
		return strings.ToUpper(lw), k + 1, true
	}
	if cryptoTickers[lw] && strings.ToUpper(p.raw(k)) == p.raw(k) {
		// "22,000 ETH", "1.04 million BTC": a token counted in its
		// ticker, as a currency's code is.
		return strings.ToUpper(lw), k + 1, true
	}
	c, n2, ok := p.match(currencyWords, k)
	if !ok && p.kind(k) == tWord && p.capitalized(k) && !p.glued(k) && !stopWords[lw] && !p.isPunct(k+1, '-') {
		// "19,500 Sembira shillings": the currency of a country the
		// tables do not name, its adjective before the word.
		switch p.word(k + 1) {
		case "shillings", "shilling", "francs", "franc", "dinars", "dinar", "pesos", "peso", "rupees", "rupee", "dollars", "dollar", "riyals", "crowns":
			if c2, e, ok2 := p.match(currencyWords, k+1); ok2 {
				return c2, e, true
			}
		}
	}
	if ok && n2 < len(p.toks) && p.glued(n2) && p.kind(n2) == tWord && p.capitalized(n2) {
		// "£196.4 million EuroMillions jackpot": the currency's word
		// opens a name glued to it.
		return "", k, false
	}
	if ok && (lw == "pounds" || lw == "pound") && p.word(n2) == "of" && !p.moneyNounFrom(n2+1) {
		// "2.6 million pounds of food": a weight; "pounds of funding"
		// and "pounds of taxpayers' money" are money.
		return "", k, false
	}
	if !ok && p.doc.currencies[lw] {
		// A currency the document converts ("1,840 dorin ($1.2)"):
		// named by its word, as written.
		return strings.TrimSuffix(lw, "s"), k + 1, true
	}
	if !ok {
		// "155 per dollar", "155 yen to the dollar": a rate quoted in the
		// currency named in the sentence.
		if (lw == "per" || lw == "against" || lw == "to") && !nv.words {
			nx := p.word(k + 1)
			if nx == "the" {
				nx = p.word(k + 2)
			}
			if nx == "dollar" || nx == "euro" {
				lo, _ := p.window(k)
				for i := lo; i < k; i++ {
					if c, ok := currencyWords[p.word(i)]; ok && p.word(i) != "dollar" && p.word(i) != "euro" && p.word(i) != "dollars" && p.word(i) != "euros" && i < k {
						return c[0].val, k, true
					}
				}
			}
		}
		return "", k, false
	}
	switch lw {
	case "pounds", "pound":
		// Pounds of weight or pounds sterling: "40 pounds of fish"
		// weighs, whatever else the sentence pays.
		if p.word(n2) == "of" && !nv.scaled {
			return "", k, false
		}
		if nv.scaled || p.moneyCtx {
			return "GBP", n2, true
		}
		return "", k, false
	case "won":
		// "198,500 won" in a Korean story; "12 won seats" is a verb.
		if !nv.scaled && !p.glued(k) && !(p.country == "KRW" && nv.value >= 100) && strings.IndexByte(p.raw(k-1), ',') < 0 {
			return "", k, false
		}
		if w := p.word(k + 1); !nv.scaled && p.country != "KRW" && (w == "by" || w == "the" || w == "against" || w == "in" || w == "at") {
			// "the 1,295 won by the Liberal Democrat": the verb, in a
			// story with no word of Korea.
			return "", k, false
		}
	case "real", "rand", "dong", "p", "cent", "cents", "pence":
		if lw == "p" && !p.glued(k) {
			return "", k, false
		}
		if lw == "real" && !nv.scaled {
			return "", k, false
		}
	case "peso", "pesos", "dollar", "dollars", "rupee", "rupees", "dinar", "dinars", "riyal", "riyals", "franc", "francs":
		if n2 == k+1 && p.country != "" && p.country != "CNY" {
			if strings.HasPrefix(lw, "peso") || (strings.HasPrefix(lw, "rupee") && (p.country == "PKR" || p.country == "LKR" || p.country == "NPR")) ||
				strings.HasPrefix(lw, "dinar") || (strings.HasPrefix(lw, "riyal") && p.country == "QAR") {
				return p.country, n2, true
			}
		}
		if n2 == k+1 && p.country == "" && strings.HasPrefix(lw, "peso") && p.doc != nil && p.doc.philippinePeso() {
			return "PHP", n2, true
		}
	}
	c = p.crownOf(lw, c)
	// An adjective before the amount can name the dollar ("Australian").
	return c, n2, true
}

// pointsUnit returns the unit of points at token k that are no count:
// an index's ("fell 48.2 points"), judges' marks ("238.9 points") or a
// poll's margin ("leads by 4 points", "a 12.6-point margin"), a share's
// move ("fell 9 points, to 51%").
func (p *parser) pointsUnit(k int, nv number) (unit, bool) {
	switch {
	case p.indexCtx:
		return unit{"points", Measure}, true
	case (nv.decimals || nv.value != math.Trunc(nv.value)) && !p.pollCtx:
		// "238.9 points" for a jump, a routine or a dive: judges'
		// marks, a measure, where a match's points are whole; "half a
		// point" is one, as "0.5 points" is.
		return unit{"points", Measure}, true
	case (p.pollCtx || p.percentNear(k)) && !p.sportsNear(k):
		return unit{"percentage points", Percent}, true
	}
	return unit{}, false
}

// percentNear reports whether a percentage stands within a dozen tokens
// of token k: points moving a share ("fell 9 points, to 51%", "on 34%,
// down two points") are percentage points, poll or not.
func (p *parser) percentNear(k int) bool {
	for i := max(0, k-12); i < min(len(p.toks), k+13); i++ {
		if p.isPunct(i, '%') || p.word(i) == "percent" || p.word(i) == "cent" && p.word(i-1) == "per" {
			return true
		}
	}
	return false
}

// unitAt reads a measure unit at token k.
func (p *parser) unitAt(k int, nv number) (unit, int, bool) {
	if sup := p.raw(k + 1); (sup == "²" || sup == "³") && p.glued(k+1) {
		// "1,250 m²", "400m²", "12 km²", "30 m³": a length's symbol
		// squared or cubed by its superscript, an area or a volume
		// as "m2" and "m ²" are.
		if u, next, ok := p.match(measureUnits, k); ok && next == k+2 {
			return unit{u, Measure}, next, true
		}
	}
	if p.raw(k) == "Mt" && !p.glued(k) && !(p.kind(k+1) == tWord && p.capitalized(k+1)) {
		// "about 480 Mt of carbon": megatonnes, in capitals as
		// written; "Mt Kenya" names a mountain.
		return unit{"megatonne", Measure}, k + 1, true
	}
	if r := p.raw(k); (r == "nm" || r == "NM") && p.wordNear(k, seaWords) {
		// "about 120 nm south of the port": nautical miles at sea,
		// where a chip's "2 nm" is nanometres.
		return unit{"nautical mile", Measure}, k + 1, true
	}
	if p.word(k) == "stars" && nv.value > 10 {
		// "about 9,000 stars visible to the naked eye": stars counted,
		// where "4.5 stars" rate.
		return unit{}, k, false
	}
	if p.raw(k) == "TB" && p.doc != nil && p.doc.aboutTuberculosis() {
		// "about 38,000 TB cases" in a story on tuberculosis: the
		// disease names the cases, no terabytes.
		return unit{}, k, false
	}
	if w := p.word(k); (w == "year" && p.word(k+2) == "round" || w == "second" && p.word(k+2) == "hand") && p.isPunct(k+1, '-') && p.glued(k+1) {
		// "620 year-round employees", "at least 20 second-hand gold
		// buyers": an adjective of the noun counted.
		return unit{}, k, false
	}
	switch r := p.raw(k); r {
	case "nT", "Pa", "MB", "KB", "dB", "TOPS":
		// "a dip of 380 nT", "12,000 Pa of suction", "a 96 MB
		// installer": units so written, spaced from the number; "12 NT
		// families" live in a territory, and "947 mb" is a pressure.
		return unit{r, Measure}, k + 1, true
	case "kB":
		return unit{"KB", Measure}, k + 1, true
	case "ms":
		// "a cold start of 410 ms": milliseconds.
		return unit{"millisecond", Measure}, k + 1, true
	case "ML", "Ml":
		// "1,480Ml a day", "a 150 ML reservoir": megalitres, the
		// capital a prefix's, where millilitres are "ml" or "mL".
		if w := p.word(k + 1); (w == "a" || w == "per") && p.word(k+2) == "day" {
			// A water company's flow, as "megalitres a day" is.
			return unit{"megalitre/day", Measure}, k + 3, true
		}
		if !(p.isPunct(k+1, '/') && p.glued(k+1)) {
			return unit{"megalitre", Measure}, k + 1, true
		}
	}
	// Hyphenated compounds: "34-year-old", "10-day", "57-lap".
	if p.isPunct(k, '-') && p.glued(k) && p.glued(k+1) && p.kind(k+1) == tWord {
		w := p.word(k + 1)
		if name, n2, ok := p.matchHyphenated(measureUnits, k+1); ok {
			// "a 5-nautical-mile zone", "a 3-square-mile site".
			return unit{name, Measure}, n2, true
		}
		if name, n2, ok := p.match(measureUnits, k+1); ok {
			switch {
			case name == "points":
				// "a 12.6-point margin" reads as "12.6 points" does.
				if u, ok := p.pointsUnit(k+1, nv); ok {
					return u, n2, true
				}
			case !gluedOnlyUnits[w] && name != "degree":
				if p.isPunct(n2, '-') && p.glued(n2) && (p.word(n2+1) == "old" || p.word(n2+1) == "olds") {
					n2 += 2
				}
				return unit{name, Measure}, n2, true
			}
		}
		if w == "magnitude" {
			return unit{"magnitude", Measure}, k + 2, true
		}
		if u, ok := intervalWords[w]; ok {
			// "three-weekly collections": every three weeks.
			return unit{u, Measure}, k + 2, true
		}
		if w == "strong" {
			// "a 1,000-strong force": a count of the noun after.
			if np := p.nounPhrase(k+2, false); np.e > np.s {
				return unit{p.raw(np.head), Count}, k + 2, true
			}
			return unit{"", Count}, k + 2, true
		}
		if w == "crown" && p.kind(k+2) == tWord {
			return unit{"CZK", Money}, k + 2, true // as "crowns" reads
		}
		if code, n2, ok := p.match(currencyWords, k+1); ok && n2 == k+2 && !strings.HasSuffix(w, "s") && p.kind(k+2) == tWord {
			// "a 50,000-crown reward", "a 10-dollar fee": money written
			// as an adjective.
			return unit{code, Money}, k + 2, true
		}
		if !stopWords[w] && !nounStop[w] && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && len(w) > 2 && p.kind(k+2) == tWord && !p.isPunct(k+2, '-') {
			// "five-match series": a count of matches.
			return unit{w, Count}, k + 2, true
		}
		return unit{}, k, false
	}
	// Temperatures glued: "41°C", "-27.4C", "95F".
	if p.kind(k) == tSym && p.raw(k) == "°" {
		nx := p.word(k + 1)
		if (nx == "c" || nx == "celsius") && p.glued(k+1) || nx == "celsius" {
			return unit{"°C", Measure}, k + 2, true
		}
		if (nx == "f" || nx == "fahrenheit") && p.glued(k+1) || nx == "fahrenheit" {
			return unit{"°F", Measure}, k + 2, true
		}
		return unit{p.defaultDegree(k), Measure}, k + 1, true
	}
	w := p.word(k)
	if p.glued(k) && p.kind(k) == tWord && !(p.isPunct(k+1, '/') && p.glued(k+1)) {
		// ("1.4m/s" is metres per second, read as a phrase below.)
		switch w {
		case "x":
			// "net leverage of 2.4x", "12x earnings", "3x faster": a
			// multiple, as "2.4 times" is; "2x USB-C" and "4x4" are
			// not.
			if nx := p.word(k + 1); p.raw(k) == "x" && p.kind(k+1) != tNum && !p.isPunct(k+1, '-') &&
				(p.kind(k+1) != tWord || stopWords[nx] || multipleNouns[nx]) {
				return unit{"times", Measure}, k + 1, true
			}
		case "c":
			return unit{"°C", Measure}, k + 1, true
		case "f":
			return unit{"°F", Measure}, k + 1, true
		case "m":
			return unit{"m", Measure}, k + 1, true
		case "t":
			return unit{"tonne", Measure}, k + 1, true
		case "l":
			return unit{"litre", Measure}, k + 1, true
		case "in":
			return unit{"inch", Measure}, k + 1, true
		}
	}
	if w == "in" && p.isPunct(k+1, ')') && p.isPunct(k-2, '(') && metricLengthWords[p.word(k-3)] {
		// "20 cm (8 in)": a length converted to inches in brackets.
		return unit{"inch", Measure}, k + 1, true
	}
	if w == "g" && p.kind(k) == tWord && p.raw(k) == "g" && (k+1 >= len(p.toks) || p.kind(k+1) == tPunct && !p.isPunct(k+1, '\'') && !p.isPunct(k+1, '/') || stopWords[p.word(k+1)] ||
		p.kind(k-1) == tNum && (p.word(k-2) == "a" || p.word(k-2) == "an") && p.kind(k+1) == tWord) {
		// "weighs 187 g.", "Weight: 187 g", "187 g and": a lone
		// lower-case "g" ending a clause or a phrase is the gram's
		// symbol; so is one between "a" and its noun ("a 250 g pack").
		return unit{"g", Measure}, k + 1, true
	}
	if w == "nm" && p.kind(k) == tWord && p.raw(k) == "nm" && (k+1 >= len(p.toks) || p.kind(k+1) == tPunct && !p.isPunct(k+1, '/')) {
		// "Process node: 2 nm": nanometres, as "2nm" is.
		return unit{"nm", Measure}, k + 1, true
	}
	if w == "t" && p.kind(k) == tWord && p.raw(k) == "t" && !p.isPunct(k+1, '\'') {
		// "each weighing about 110 t": a lone lower-case "t" after a
		// figure is the tonne's symbol; English has no such word.
		return unit{"tonne", Measure}, k + 1, true
	}
	// "a 16 m trawler": an article, the figure, "m" and a noun read as a
	// length; a million would need a sign ("a $16m deal").
	attributiveM := p.word(k-2) == "a" && p.kind(k-1) == tNum && p.kind(k+1) == tWord && !stopWords[p.word(k+1)] && p.raw(k+1) == p.word(k+1)
	// "measures 1.1 m by 1.4 m": the second side of a length by a length.
	n := len(p.figs)
	bySide := p.word(k-2) == "by" && n > 0 && p.figs[n-1].te == k-2 && lengthUnits[p.figs[n-1].unit]
	// "was 900 m from the first houses", "advanced about 500 m
	// overnight": written apart with no currency before, "m" is metres;
	// a million is glued ("$900m") or follows a sign ("€5 m").
	spaced := w == "m" && !p.glued(k) && (!p.glued(k+1) || p.isPunct(k+1, ',') || p.isPunct(k+1, ';')) && p.kind(k-1) == tNum && !p.currencyNear(k-1) && !(p.kind(k+1) == tWord && isPluralNoun(p.word(k+1)) && !lengthPlurals[p.word(k+1)])
	if _, dim := dimensionWords[p.word(k+1)]; w == "m" && p.kind(k) == tWord && p.raw(k) == "m" && (dim || p.lengthBefore(k-1) || attributiveM || bySide || spaced) {
		// "towers 15 m tall", "an altitude of 2,450 m": metres written
		// apart, which a dimension or a length before tells from a
		// million.
		return unit{"m", Measure}, k + 1, true
	}
	if w == "pb" && p.raw(k) == "PB" && !p.sportsNear(k) && !p.wordNear(k, raceWords) {
		// "about 14 PB of stored objects": petabytes; a runner's "PB"
		// is a personal best.
		return unit{"PB", Measure}, k + 1, true
	}
	if w == "k" && p.raw(k) == "K" && !p.glued(k) && p.kind(k-1) == tNum && !p.currencyNear(k-1) && (p.kind(k+1) != tWord || !isPluralNoun(p.word(k+1))) {
		// "about 275 K", "3,000 K in the core": kelvin, written apart
		// as scientists write it; a thousand is glued ("£275K") and
		// "5 K runners" is no temperature.
		return unit{"kelvin", Measure}, k + 1, true
	}
	if (w == "mills" || w == "mill") && p.kind(k-1) == tNum && (strings.IndexByte(p.raw(k-1), '.') >= 0 || p.wordNear(k, millageWords)) {
		// "a rate of 12.31 mills", "0.45 mills": a property tax rate,
		// dollars per $1,000 of value; "12 mills closed" are mills.
		return unit{"mills", Measure}, k + 1, true
	}
	if (w == "bales" || w == "bale") && (p.wordNear(k, cottonWords) || p.doc != nil && p.doc.aboutCotton()) {
		// "62.5 lakh bales", "11.5 million bales": the cotton trade's
		// measure, 480 lb or 170 kg; a wool sale's bales are counted.
		return unit{"bales", Measure}, k + 1, true
	}
	name, n2, ok := p.match(measureUnits, k)
	if !ok {
		return unit{}, k, false
	}
	if w == "second" && n2 == k+1 && nv.value != 1 && !p.glued(k) && p.kind(k-2) == tWord && p.capitalized(k-2) &&
		!stopWords[p.word(k-2)] && (p.kind(n2) != tWord || stopWords[p.word(n2)]) {
		// "with the Lumen 3 second on 3,902": a named model placed
		// second, not three seconds, which would be plural.
		return unit{}, k, false
	}
	if name == "g" && w == "g" && (p.raw(k) == "G" || networkWords[p.word(n2)]) {
		// "5G", "a 4g network": a mobile network's generation, not
		// grams.
		return unit{}, k, false
	}
	if timeUnits[name] && timeUnitWords[w] && nv.value != 1 && !p.glued(k) && p.kind(n2) == tWord && isPluralNoun(p.word(n2)) {
		// "3,400 day passes", "2,000 hour contracts": a singular time
		// before a plural noun names what is counted.
		return unit{}, k, false
	}
	if w == "mb" && p.raw(k) == "mb" && p.wordNear(k, pressureWords) {
		return unit{"mbar", Measure}, n2, true // "a central pressure of 947 mb": millibars
	}
	if gluedOnlyUnits[w] && !p.glued(k) && n2 == k+1 && !(w == "hr" && p.raw(k) == "hr" && p.kind(k+1) == tNum) && !p.secondsAfterMinutes(k) &&
		!(p.raw(k) == "ha" && (p.kind(k+1) == tPunct || k+1 >= len(p.toks) || p.word(k+1) == "of" || p.word(k+1) == "and")) {
		// ("7.5 ha of tanks", "to 7.5 ha,": hectares written apart.)
		// ("3 hr 20 min": hours written apart, their minutes after.)
		return unit{}, k, false
	}
	if name == "kN" && p.raw(k) == "kn" {
		// A small "kn" is the knot of a ship's log ("Speed 6.8 kn");
		// the kilonewton writes its N as a capital.
		return unit{"knot", Measure}, n2, true
	}
	if name == "W" && w == "w" && p.raw(k) != "W" {
		// Only the capital is the watt's symbol: "65 W", "65W".
		return unit{}, k, false
	}
	switch name {
	case "degree":
		if nv.value > 60 && p.defaultDegree(k) == "°C" && !p.celsiusNamed(k) {
			// "115 degrees in Phoenix": no weather in Celsius runs so hot.
			return unit{"°F", Measure}, n2, true
		}
		return unit{p.defaultDegree(k), Measure}, n2, true
	case "points":
		if u, ok := p.pointsUnit(k, nv); ok {
			return u, n2, true
		}
		// "scored 34 points", "a 19-point lead": points counted, their
		// noun no part of the figure, as for any count.
		return unit{}, k, false
	case "century":
		if after := p.word(n2); w == "centuries" && after != "old" && after != "ago" && after != "of" && after != "later" && after != "earlier" &&
			(p.sportsNear(k) || p.wordNear(k, centuryScorers)) {
			// "the tournament has produced 47 centuries": breaks or
			// innings of 100, counted, not spans of time.
			return unit{}, k, false
		}
	case "lb":
		if p.moneyCtx && (w == "pounds" || w == "pound") && p.word(n2) != "of" {
			return unit{}, k, false
		}
	case "second":
		if nv.words && nv.value == 1 && p.word(k-1) == "a" {
			return unit{}, k, false
		}
	}
	// "three months": a measure; "a year" with an article is not
	// annotated, which figureAt never reaches for "a".
	return unit{name, Measure}, n2, true
}

// celsiusNamed reports whether Celsius is written near token k.
func (p *parser) celsiusNamed(k int) bool {
	lo, hi := p.window(k)
	for i := lo; i < hi; i++ {
		if w := p.word(i); w == "celsius" || w == "centigrade" || w == "c" && i > 0 && p.raw(i-1) == "°" {
			return true
		}
	}
	return false
}

// defaultDegree picks the temperature scale for a bare "degrees".
func (p *parser) defaultDegree(k int) string {
	b := k - 2
	if w := p.word(b); w == "of" || w == "at" || w == "to" || w == "on" || w == "by" {
		b-- // "a heading of 270 degrees"
	}
	if angleWords[p.word(b)] || angleWords[p.word(k+1)] || p.kind(k+1) == tSym && angleWords[p.word(k+2)] {
		// "Course 82°", "a 45-degree slope": an angle, not the weather.
		return "°"
	}
	lo, hi := p.window(k)
	for i := lo; i < hi; i++ {
		switch p.word(i) {
		case "fahrenheit", "f":
			if p.word(i) == "fahrenheit" || (i > 0 && p.raw(i-1) == "°") || p.glued(i) {
				return "°F"
			}
		case "celsius", "c":
			if p.word(i) == "celsius" || (i > 0 && p.raw(i-1) == "°") || p.glued(i) {
				return "°C"
			}
		}
	}
	return "°C"
}

// partOfYear returns the part of the year written before the year at
// token j, "early", "late", "mid" or a season ("late 2029", "mid-2030",
// "spring 2029"), and the token it starts at; or "" when there is none. A schedule that slips
// from late 2029 to early 2030, or within the year from early to late,
// changes that part.
func (p *parser) partOfYear(j int) (string, int) {
	k := j - 1
	if p.isPunct(k, '-') && p.glued(j) && p.glued(k) {
		k-- // "mid-2030"
	} else if p.kind(k) != tWord || p.glued(j) {
		return "", j
	}
	if p.word(k) == "of" {
		// "in the spring of 2023", as "in spring 2023".
		switch w := p.word(k - 1); w {
		case "spring", "summer", "autumn", "winter", "fall":
			return w, k - 1
		}
		return "", j
	}
	switch w := p.word(k); w {
	case "early", "late", "mid", "spring", "summer", "autumn", "winter":
		return w, k
	case "fall":
		// "in fall 2029", "by fall 2029"; "sales fall 2029" is no
		// season.
		if p.isPunct(k+1, '-') {
			return w, k
		}
		switch p.word(k - 1) {
		case "in", "by", "until", "the", "from", "to", "for", "since", "before", "after", "this", "next", "last", "of", "till", "during":
			return w, k
		}
	}
	return "", j
}

// upperCode reports whether s is written as a currency's code, in two to
// four capitals: "USD", "AUD", "BTC".
func upperCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !isUpperB(s[k]) {
			return false
		}
	}
	return true
}

// phraseBreak reports whether tokens [a, b) hold a punctuation mark, a
// conjunction or a verb: what parts a figure from the phrase after it
// ("killing 12 people and driving over 9.5 lakh into shelters").
func (p *parser) phraseBreak(a, b int) bool {
	for k := max(a, 0); k < b && k < len(p.toks); k++ {
		switch w := p.word(k); {
		case p.kind(k) == tPunct, w == "and", w == "or", w == "but", w == "while", isVerbForm(w):
			return true
		}
	}
	return false
}
