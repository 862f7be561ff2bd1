package facts

import (
	"math"
	"strings"
)

// irregularPlurals are plural nouns that do not end in "s".
var irregularPlurals = setOf("people", "men", "women", "children", "police", "personnel", "staff",
	"militiamen", "cattle", "livestock", "fishermen", "servicemen", "firemen", "gunmen", "policemen",
	"aircraft", "sheep", "fish", "deer", "crew", "data", "media", "offspring", "clergy", "infantry",
	"feet", "teeth", "mice", "geese", "spokesmen", "chairmen", "congressmen", "tribesmen",
	"countrymen", "seamen", "linemen", "kinsmen", "alumni", "bacteria", "criteria", "phenomena",
	"youth", "elderly", "poultry", "swine", "salmon", "trout", "bison", "moose", "refugee")

// npModifiers are stop words that may still modify a counted noun
// ("3 billion monthly active users").
var npModifiers = setOf("annual", "daily", "weekly", "monthly", "yearly", "hourly", "quarterly", "new", "additional", "extra",
	"record", "total", "estimated", "further", "own")

// weekdays end a noun phrase.
var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// nounishForms are verb forms in irregularParticiples that are more often
// nouns after a number ("84 runs", "three sets").
var nounishForms = setOf("cut", "cuts", "set", "sets", "hit", "hits", "run", "runs", "lead", "leads",
	"bid", "bids", "deal", "deals", "show", "shows", "fall", "falls", "rise", "rises", "win", "wins",
	"meeting", "meetings", "building", "buildings", "finding", "findings", "wear", "tears", "bears",
	"beat", "beats", "lies", "shed", "sheds", "means", "forecast", "forecasts", "shot", "shots",
	"bet", "bets", "split", "splits", "strike", "strikes", "fight", "fights", "spread", "spreads",
	"sit", "drive", "drives", "ride", "rides", "flight", "flights", "draw", "draws", "catch",
	"catches", "break", "breaks", "speaking", "writing", "being", "having", "leaving", "sitting",
	"findings", "hold", "holds", "keep", "get", "swim", "lying", "saying", "feeling", "thinking")

// irregularFilter passes the words of irregularParticiples,
// irregularPlurals and nounishForms.
var irregularFilter = newWordFilter(func(yield func(string) bool) {
	for _, m := range []func(func(string) bool){keysOf(irregularParticiples), keysOf(irregularPlurals), keysOf(nounishForms)} {
		for w := range m {
			if !yield(w) {
				return
			}
		}
	}
})

// isPluralNoun reports whether the lowercase word w reads as a plural noun.
func isPluralNoun(w string) bool {
	if irregularFilter.mayHave(w) && irregularPlurals[w] {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "'s") {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "ous"):
		return false
	}
	return true
}

// isVerbForm reports whether w is a past or present verb form rather than a
// noun or adjective: irregular forms and regular "-ed" forms.
func isVerbForm(w string) bool {
	if !irregularFilter.mayHave(w) {
		return len(w) > 4 && strings.HasSuffix(w, "ed")
	}
	if nounishForms[w] {
		return false
	}
	if p, ok := irregularParticiples[w]; ok {
		return p != w || w == "hurt" || w == "cut" || w == "hit" || w == "put" || w == "set" || w == "spent" || w == "paid" || w == "sold" || w == "sent" || w == "held" || w == "lost" || w == "won" || w == "left" || w == "made" || w == "said" || w == "told" || w == "built" || w == "found" || w == "kept" || w == "led" || w == "met" || w == "shot"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// participle gives the past participle that keys use for a verb form.
func participle(w string) string {
	if p, ok := irregularParticiples[w]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(w, "ed"):
		return w
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		st := w[:len(w)-3]
		if n := len(st); st[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(st[n-2])) {
			return st[:n-1] + "ied"
		}
		return strings.Replace(st+"ed", "eeed", "eed", 1)
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "ied"
	case strings.HasSuffix(w, "es") && len(w) > 3 && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:len(w)-2] + "ed"
	case strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "e") {
		return w + "d"
	}
	if strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])) {
		return w[:len(w)-1] + "ied"
	}
	// One syllable ending consonant-vowel-consonant doubles the last:
	// "span" -> "spanned", "drop" -> "dropped".
	if n := len(w); n >= 3 && n <= 4 && strings.Count(w, "a")+strings.Count(w, "e")+strings.Count(w, "i")+strings.Count(w, "o")+strings.Count(w, "u") == 1 &&
		!strings.ContainsRune("aeiouwxy", rune(w[n-1])) && strings.ContainsRune("aeiou", rune(w[n-2])) && !strings.ContainsRune("aeiou", rune(w[n-3])) {
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

// stem reduces a lowercase word to a crude lemma so that inflections of one
// word compare equal ("killed", "killing", "kills" -> "kill").
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	if irregularFilter.mayHave(w) {
		if p, ok := irregularParticiples[w]; ok {
			return p
		}
		if irregularPlurals[w] {
			return w
		}
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = undouble(w[:n-2])
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func undouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// nounPhrase finds the counted noun phrase that starts at token k ("25
// Iranian-backed fighters"); after "of" only when ofNoun ("dozens of
// people").
func (p *parser) nounPhrase(k int, ofNoun bool) npSpan {
	i := k
	if p.word(i) == "of" && ofNoun {
		i++
		switch p.word(i) {
		case "the", "their", "its", "his", "her", "our", "these", "those", "your", "my":
			i++
		case "them", "us", "it", "which", "whom":
			return npSpan{s: k, e: k}
		}
	}
	// "500 more police officers", "another 46 people".
	if p.word(i) == "more" || p.word(i) == "additional" || p.word(i) == "extra" || p.word(i) == "other" || p.word(i) == "new" {
		if nx := p.word(i + 1); p.kind(i+1) == tWord && !stopWords[nx] && !nounStop[nx] {
			i++
		}
	}
	start, head := i, -1
	for n := 0; n < 6; n++ {
		if p.kind(i) == tIdent {
			i++
			continue
		}
		if p.kind(i) != tWord {
			break
		}
		// Hyphenated modifiers: "Iranian-backed", "F-35", "long-range".
		if p.isPunct(i+1, '-') && p.glued(i+1) && p.glued(i+2) && (p.kind(i+2) == tWord || p.kind(i+2) == tNum) {
			j := i + 3
			for p.isPunct(j, '-') && p.glued(j) && p.glued(j+1) && p.kind(j+1) == tWord {
				j += 2
			}
			if p.kind(j) == tWord && !stopWords[p.word(j)] && !nounStop[p.word(j)] {
				i = j
				continue
			}
			if p.kind(i+2) == tWord {
				head = j - 1
				i = j
			}
			break
		}
		w := p.word(i)
		if (stopWords[w] && !npModifiers[w]) || nounStop[w] || weekdays[w] {
			break
		}
		if _, ok := months[w]; ok && hasUpper(p.raw(i)) {
			break
		}
		if _, ok := casualtyConcept[w]; ok && w != "bodies" && w != "deaths" && w != "fatalities" && w != "casualties" && w != "injuries" && w != "lives" && w != "wounds" {
			break
		}
		if isVerbForm(w) || (strings.HasSuffix(w, "ing") && len(w) > 5 && !nounishForms[w]) || strings.HasSuffix(w, "ly") && len(w) > 4 && !lyNouns[w] {
			// A participle modifies a following noun ("damaged classrooms")
			// and otherwise ends the phrase ("drones launched").
			// Not across a line break to a capitalised word: "11
			// rescued" ends a headline before the section's name.
			nx := p.word(i + 1)
			if head < 0 && p.kind(i+1) == tWord && !stopWords[nx] && !nounStop[nx] && !isVerbForm(nx) && !(p.toks[i+1].nl && p.capitalized(i+1)) {
				i++
				continue
			}
			break
		}
		head = i
		i++
		if isPluralNoun(w) {
			nx := p.word(i)
			if p.kind(i) == tWord && isPluralNoun(nx) && !stopWords[nx] && !nounStop[nx] && !isVerbForm(nx) {
				continue
			}
			// "militiamen and civilians": a coordinated plural noun.
			if (nx == "and" || nx == "or") && p.kind(i+1) == tWord && isPluralNoun(p.word(i+1)) && !stopWords[p.word(i+1)] && !isVerbForm(p.word(i+1)) {
				if nn := p.word(i + 2); p.kind(i+2) != tWord || stopWords[nn] || nounStop[nn] || isVerbForm(nn) || auxiliaries[nn] {
					return npSpan{s: start, e: i + 2, head: head}
				}
			}
			break
		}
	}
	if head < 0 {
		return npSpan{s: k, e: k}
	}
	return npSpan{s: start, e: head + 1, head: head}
}

// resolve settles what the sentence's figures count once all are known:
// nouns elided or stated after "of", casualties, ages, index levels.
func (p *parser) resolve() {
	for x := range p.figs {
		f := &p.figs[x]
		if f.cat == Measure && f.unit == "working day" && f.value >= 1000 && !f.hasHigh && (p.word(f.te-1) == "days" || p.word(f.te-1) == "day") {
			// "96,000 working days lost to disputes": a count of days
			// lost, its noun left out as a count's is, where "within
			// 10 working days" is a wait.
			f.cat, f.unit, f.te = Count, "days", f.te-2
		}
		if f.cat == Count && f.value < 10 && !f.hasHigh && f.te == f.ts+1+p.qualLen(f) && p.magnitudeBefore(f.ts) {
			// "put the magnitude at 6.8", "a magnitude of 7.1": the
			// quake's measure, as "magnitude 6.8" is.
			f.cat, f.unit, f.bare, f.np = Measure, "magnitude", false, npSpan{}
		}
		if f.qual == "estimated" {
			// "an estimated 480 million tonnes": the estimate is named,
			// as "the trust estimates" names it; the figure is what is
			// quoted, without the words that name it.
			if _, n, ok := p.match(qualifiers, f.ts); ok && n < f.te {
				f.ts = n
			}
		}
		if f.qual == "" && f.cat == Money && (p.cappedAt(f.ts) || x > 0 && p.alsoCapped(&p.figs[x-1], f)) {
			f.qual = "a maximum of"
		}
		if (f.qual == "under" || f.qual == "below") && f.cat != Money && f.cat != Percent && (goingForms[p.word(f.ts-1)] || dipWords[p.word(f.ts-1)]) {
			// "had not gone under 9.90", "dipped below 2:18": a mark
			// broken, as "had not broken 9.90" says; the word is the
			// verb's, not a hedge on the time.
			f.qual = ""
			f.ts++
		}
		w := p.word(f.ts - 1)
		if (w == "pass" || w == "top") && p.baseVerbAt(f.ts-1) {
			// "sales pass £2bn", "registrations top 500,000": the verb,
			// where "a weekend pass £65" and "the top 10" are no verbs.
			if w == "pass" {
				w = "passes"
			} else {
				w = "tops"
			}
		}
		if f.qual == "" && !f.score && (passingVerbs[w] && !passiveBe[p.word(f.ts-2)] && !notWords[p.word(f.ts-2)] || w == "beyond" && goingForms[p.word(f.ts-2)] || crossingVerbs[w] && (f.cat != Measure && (p.kind(f.te) != tWord || stopWords[p.word(f.te)] || milestone(*f) && isPluralNoun(p.word(f.te))) || f.unit == "°C" || f.unit == "°F")) {
			// "topping $2,400" says what "breaking above $2,400" does:
			// the figure is a level passed, as "went beyond 12 hours"
			// is, and "passed 35 degrees Celsius" as "topped 35C"; a
			// vote "passed 5-0" is no level, and a limit that "had been
			// exceeded five times" was passed that often; one that
			// "must not exceed 55 decibels" is a cap, not passed.
			f.qual = "over"
		}
		if (f.qual == "above" || f.qual == "over" || f.qual == "below" || f.qual == "under") && notWords[p.word(f.ts-2)] && p.kind(f.ts-1) == tWord {
			// "should not go above 230 milligrams": a cap, as "should
			// not exceed 230 milligrams" is, no hedge on the figure.
			if n := p.qualLen(f); n > 0 {
				f.ts += n
				f.qual = ""
			}
		}
		e := f.te
		if p.word(e) == "in" {
			e++
		}
		if f.qual == "" && p.word(e) == "either" && (p.word(e+1) == "way" || p.word(e+1) == "direction") {
			// "3.4 percentage points either way", "300,000 tonnes in
			// either direction": a margin, as "plus or minus 3.4
			// points" writes it.
			f.qual = "plus or minus"
		}
		if w := p.word(f.ts - 4); f.qual == "" && p.word(f.ts-1) == "of" && p.word(f.ts-2) == "age" && p.word(f.ts-3) == "the" && (w == "under" || w == "over" || w == "above" || w == "below") {
			// "children under the age of 16" bounds the age as "children
			// under 16" does.
			f.qual = w
		}
		if w := p.word(f.ts - 2); f.qual == "" && p.word(f.ts-1) == "the" && markNouns[p.word(f.te)] && (passingVerbs[w] || crossingVerbs[w]) {
			// "crossed the $1bn mark" says what "passed $1bn" does.
			f.qual = "over"
		}

		if f.cat != Count {
			continue
		}
		// "31 of the 38 drones", "two of the state's 88 counties": the noun
		// of the figure after "of"; "1,450 of its soldiers": the noun.
		if f.bare && !f.score && p.word(f.te) == "of" {
			k := p.skipDeterminers(f.te + 1)
			if x+1 < len(p.figs) && p.figs[x+1].ts == k {
				if g := p.figs[x+1]; g.unit != "" && (g.cat == Count || g.cat == Casualties) {
					f.unit, f.np, f.bare = g.unit, g.np, false
				}
			} else if k > f.te+1 {
				if np := p.nounPhrase(k, false); np.e > np.s {
					f.unit, f.np, f.bare = p.raw(np.head), np, false
				}
			}
		}
		c, noun := p.casualty(x)
		if c == "" && f.bare {
			// "• Deaths: 2", "Injured: 14": a fact box's label.
			if ls, le := p.labelBefore(f.ts); le > ls {
				c = casualtyConcept[p.word(le-1)]
			}
		}
		if c == "" && x > 0 && (p.word(f.ts-1) == "and" || p.word(f.ts-1) == "or") {
			// "injured 40 civilians and 12 soldiers": one verb for both;
			// "killed 4 people in the west and nine in the east" too,
			// when the second count has no noun of its own.
			if g := p.figs[x-1]; g.cat == Casualties && !p.ownPredicate(max(f.te, f.np.e)) {
				if end := max(g.te, g.np.e); end == f.ts-1 || (f.bare || f.unit == g.unit) && end < f.ts-1 && p.skipPlace(end) == f.ts-1 {
					c = g.concept
				}
			}
		}
		if c == "" && x > 0 && f.unit == "" && (p.word(f.te) == "more" || p.word(f.te) == "others") {
			// "at least nine dead, and 3 more in the west": more of the
			// casualties before; but "14 killed and dozens more were
			// injured" says what befell the more.
			if g := p.figs[x-1]; g.cat == Casualties {
				c = g.concept
				if own, ok := p.casualtyAfterMore(f.te + 1); ok {
					c = own
				}
			}
		}
		if c != "" {
			f.cat, f.concept, f.keyNoun = Casualties, c, noun
			if f.unit == "" && noun != "" && !strings.HasSuffix(noun, "toll") {
				f.unit, f.bare = noun, false
			}
		}
		// "11 of the dead", "two of the injured".
		if f.bare && p.word(f.te) == "of" && p.word(f.te+1) == "the" {
			if c, ok := casualtyConcept[p.word(f.te+2)]; ok && f.cat == Count {
				f.cat, f.concept = Casualties, c
			}
		}
		if p.word(f.ts-1) == "including" && x > 0 && f.cat == Count {
			if g := p.figs[x-1]; g.cat == Casualties {
				f.cat, f.concept = g.cat, g.concept
			}
		}
	}
	for x := range p.figs {
		f := &p.figs[x]
		if (f.cat == Count || f.cat == Casualties) && f.qual == "" && p.agedBefore(f.ts) {
			f.cat, f.unit, f.bare = Measure, "year", false
		}
		if !f.bare || (f.cat != Count && f.cat != Casualties) || f.keyNoun != "" {
			continue
		}
		switch {
		case f.score:
		case f.pairPrev && x > 0:
			g := p.figs[x-1]
			f.unit, f.np = g.unit, g.np
			if g.cat == Measure || g.cat == Money || g.cat == Percent {
				f.cat = g.cat
			}
			f.bare = false
		case p.isAge(*f):
			f.cat, f.unit, f.bare = Measure, "year", false
		case p.indexCtx && f.cat == Count && (strings.IndexByte(p.raw(f.te-1), '.') >= 0 || f.value >= 1000 || p.word(f.ts-1) == "at" || p.word(f.ts-1) == "to"):
			f.cat, f.unit, f.bare = Measure, "points", false
		default:
			// An elided noun: the nearest earlier count with one, or a
			// measure just before ("9.79 seconds, 0.02 ahead").
			for y := x - 1; y >= 0 && y >= x-8; y-- {
				g := p.figs[y]
				if g.pairPrev || (y+1 < len(p.figs) && p.figs[y+1].pairPrev && y+1 != x) {
					break
				}
				if g.cat == Casualties && g.unit == "" && g.keyNoun != "" && (p.word(f.ts-1) == "from" || p.word(f.ts-1) == "to") {
					// "The death toll rose to 15, up from 12".
					f.cat, f.concept, f.keyNoun = g.cat, g.concept, g.keyNoun
					break
				}
				if (g.cat == Count || g.cat == Casualties) && g.unit != "" {
					f.unit, f.np = g.unit, g.np
					break
				}
				if (g.cat == Measure || g.cat == Money) && f.ts-g.te <= 2 && g.unit != "" && g.unit != "magnitude" && p.linksFigures(g.te, f.ts) && p.word(f.te) != "of" &&
					!(timeUnits[g.unit] && (f.mult >= 1e6 || f.value >= 1e5)) && !(g.unit == "year" && (f.value > 150 || strings.HasPrefix(g.qual, "or ") || strings.HasPrefix(g.qual, "and "))) && !p.isPunct(f.ts-1, ':') && !p.boughtFor(f.te) && !beForms[p.word(f.te)] {
					// A magnitude names its quake, not what follows:
					// "a magnitude 6.8 earthquake kills at least 112";
					// "aged 19 to 61, and 12 of them" counts people, as
					// "65 or older, and 29 were homeless" does;
					// "risen in the past six years to 3.66 million" counts
					// no years, nor does the value after a label's colon:
					// "People aged 85 years and over: 1,100,000"; nor
					// does a count that opens its own clause: "a third
					// are under 40, and 71 are women".
					f.unit, f.cat = g.unit, g.cat
					break
				}
				if (g.cat == Measure || g.cat == Money) && g.unit != "" && g.unit != "magnitude" && p.changeEnds(g, *f) {
					// "cut to 450 tonnes a day from the usual 800": the
					// start of the change, in the end's unit.
					f.unit, f.cat = g.unit, g.cat
					break
				}
				if g.cat == Count || g.cat == Casualties {
					continue
				}
			}
		}
	}
	p.splitAgeRanges()
}

// changeEnds reports whether figures g and f, f later, are the end and
// the start of one change: g after "to", f after "from" a few words on,
// with at most a determiner or "usual" between "from" and f ("to 450
// tonnes a day from the usual 800").
func (p *parser) changeEnds(g, f fig) bool {
	if p.word(g.ts-1) != "to" || f.ts-g.te > 6 {
		return false
	}
	k := f.ts - 1
	for k > g.te && startFillers[p.word(k)] {
		k--
	}
	if p.word(k) != "from" {
		return false
	}
	for j := g.te; j < k; j++ {
		if p.kind(j) == tNum || p.isPunct(j, ';') || p.isPunct(j, '.') {
			return false
		}
	}
	return true
}

// startFillers stand between "from" and a change's start: "from the usual
// 800", "from its previous 12".
var startFillers = setOf("the", "its", "their", "a", "usual", "normal", "previous")

// boughtFor reports whether "for" and a sum follow token k: "two for £449
// or three for £599", where the number counts what the sum buys.
func (p *parser) boughtFor(k int) bool {
	if p.word(k) != "for" {
		return false
	}
	_, _, ok := p.currencyPrefix(k + 1)
	return ok
}

// capWords set a ceiling on what follows "at": "cap what patients pay
// at $35", "fees will be capped at £9,535".
var capWords = setOf("cap", "caps", "capped", "capping", "limit", "limits", "limited", "limiting")

// passiveBe before a verb make it passive: "had been exceeded", "was
// surpassed".
var passiveBe = setOf("be", "been", "being", "is", "are", "was", "were")

// notWords deny the verb after them: "must not exceed", "never topped".
var notWords = setOf("not", "never", "cannot")

// passingVerbs pass the level after them: "topped $2,400", "exceeded
// 40C".
var passingVerbs = setOf("tops", "topped", "topping", "exceed", "exceeds", "exceeded", "exceeding", "surpass",
	"surpasses", "surpassed", "surpassing", "breach", "breached", "breaching", "eclipse", "eclipsed", "eclipsing")

// goingForms before "beyond" pass the level after it: "went beyond 12
// hours" says what "exceeded 12 hours" does.
var goingForms = setOf("go", "goes", "went", "gone", "going", "ran", "run", "runs", "stretched", "stretches")

// dipWords before "under" or "below" break a mark: "dipped under 10
// seconds".
var dipWords = setOf("dip", "dips", "dipped", "dipping", "duck", "ducks", "ducked", "ducking")

// crossingVerbs pass a sum or a count after them ("revenue passes £4bn"),
// where before a measure they tell a way or a place ("passes 0.8 AU from
// the Sun") and before a noun a bill ("passes $48.6 billion budget").
var crossingVerbs = setOf("passes", "passed", "passing", "crosses", "crossed")

// milestone reports whether count f is a round mark of a thousand or
// more, which "passed" crosses with its noun as without it: "passed one
// million visitors" is "passed one million"; "passed 12 bills" votes.
func milestone(f fig) bool {
	if f.cat != Count || f.value < 1000 || f.hasHigh {
		return false
	}
	m := math.Pow(10, math.Floor(math.Log10(f.value))-1)
	return f.value == math.Trunc(f.value/m)*m
}

// baseVerbAt reports whether the word at token k, "pass" or "top", is a
// verb in its base form: after a plural subject ("sales pass £2bn"), a
// pronoun ("once they pass 200,000") or a modal ("could top $1bn").
func (p *parser) baseVerbAt(k int) bool {
	switch w := p.word(k - 1); w {
	case "they", "we", "you", "will", "would", "could", "can", "may", "might", "should", "must", "to", "not", "never", "did", "does", "do":
		return true
	default:
		return p.kind(k-1) == tWord && isPluralNoun(w) && !stopWords[w]
	}
}

// markNouns name a level passed: "crossed the $1bn mark".
var markNouns = setOf("mark", "milestone", "barrier", "threshold")

// capNouns name a ceiling: "a cap of £250".
var capNouns = setOf("cap", "ceiling", "limit")

// alsoCapped reports whether sum f is joined by "and" or "or" to the sum
// prev a cap set just before it: "capped at $12.50 a day and $48 a
// week" caps both, as "a weekly cap of $48" does the second.
func (p *parser) alsoCapped(prev, f *fig) bool {
	if prev.cat != Money || prev.qual != "a maximum of" || prev.te > f.ts || f.ts-prev.te > 4 {
		return false
	}
	if w := p.word(f.ts - 1); w != "and" && w != "or" {
		return false
	}
	for k := prev.te; k < f.ts; k++ {
		if p.kind(k) == tPunct {
			return false
		}
	}
	return true
}

// cappedAt reports whether the sum at token i is a ceiling a cap sets:
// "at" before it and a cap word a few words before that, or "a cap of"
// before it, so that "cap what Medicare patients pay at $35" says what
// "no more than $35" does, and "capped at £250" what "a cap of £250"
// does. "A £2 cap" and "a daily maximum of $9" are left as written: they
// are reworded "the £2 fare cap" and "the maximum will be $9" as often.
func (p *parser) cappedAt(i int) bool {
	if p.word(i-1) == "of" && capNouns[p.word(i-2)] {
		return true
	}
	if p.word(i-1) != "at" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-14; k-- {
		if capWords[p.word(k)] {
			return true
		}
		if p.kind(k) == tPunct && !p.isPunct(k, '\'') {
			return false
		}
	}
	return false
}

// namedGroupBefore reports whether the people whose ages follow token k
// ("aged", or the range of "N to M years old") are a group the story
// names: a count, a determiner or a name opens their noun phrase ("four
// men", "the suspects, who are", "Smith and Jones,"), not a bare class
// ("young people", "adults").
func (p *parser) namedGroupBefore(k int) bool {
	if p.word(k-1) == "those" || p.word(k-1) == "people" {
		// "uptake was lowest among those aged 50 to 52": a class the
		// range defines, not a group the story names.
		return false
	}
	i := k - 1
	for n := 0; n < 3 && i >= 0; n++ {
		switch {
		case p.isPunct(i, ','):
			i--
		case p.word(i) == "who" || beForms[p.word(i)]:
			i--
		}
	}
	if p.word(i) == "members" && p.word(i-1) == "whose" {
		// "the group, whose members were aged 19 to 67": the group's.
		i -= 2
		if p.isPunct(i, ',') {
			i--
		}
	}
	noun := false // a noun seen: an "-ed" word before it is its adjective
	for n := 0; n < 4 && i >= 0; n, i = n+1, i-1 {
		w := p.word(i)
		_, small := smallNumbers[w]
		switch {
		case (p.kind(i) == tNum || small) && p.word(i-1) == "in":
			// "one in three audience members was aged 18 to 29": a
			// share of a class, not a group counted.
			return false
		case p.kind(i) == tNum || small || w == "dozen":
			return true
		case noun && p.kind(i) == tWord && strings.HasSuffix(w, "ed") && !beForms[w] && (p.word(i-1) == "the" || p.word(i-1) == "these" || p.word(i-1) == "those" || p.word(i-1) == "all"):
			return true // "the shortlisted painters": an adjective, not a verb ("tracked participants")
		case w == "the" || w == "these" || w == "those" || w == "both" || w == "all" || w == "his" || w == "her" || w == "their" || w == "they":
			return true
		case p.kind(i) == tWord && p.capitalized(i) && i > 0 && !p.isPunct(i-1, '.') && !isPluralNoun(w):
			return true // a name; "• Men aged 25 to 50" opens with a class
		case p.kind(i) != tWord || stopWords[w] || isVerbForm(w) || beForms[w]:
			return false
		case n == 0 && !isPluralNoun(w) && !collectiveNouns[w]:
			// "The man was aged between 35 and 45": one person's age,
			// estimated; "the couple, aged 34 and 36" is two.
			return false
		}
		noun = noun || isPluralNoun(w)
	}
	return false
}

// collectiveNouns name, in the singular, a group of people whose ages a
// range may give one by one.
var collectiveNouns = setOf("couple", "pair", "family", "group", "crew", "team", "trio", "gang", "duo", "twins")

// namedGroupAfter reports whether the ages from token a, "aged" opening
// the sentence, to token te are of a group the story names right after
// them: "Aged between 24 and 52, the passengers had…", the same group as
// "The passengers, aged between 24 and 52, had…".
func (p *parser) namedGroupAfter(a, te int) bool {
	if a > 0 && !p.isPunct(a-1, '.') || !p.isPunct(te, ',') {
		return false
	}
	w := p.word(te + 1)
	_, small := smallNumbers[w]
	switch {
	case w == "the" || w == "these" || w == "those" || w == "both" || w == "all" || w == "they":
		return true
	case p.kind(te+1) == tNum || small:
		return true
	}
	return false
}

// splitAgeRanges makes two figures of a range of ages of a group the story
// names: "four men, aged 26 to 41, were held" (or "who are 26 to 41 years
// old") gives the youngest's age and the oldest's, each a fact an editor
// revises on its own ("aged 22 to 41"), where "between 2,000 and 3,000
// fighters" is one estimate.
func (p *parser) splitAgeRanges() {
	for x := 0; x < len(p.figs); x++ {
		f := p.figs[x]
		if !f.hasHigh || f.unit != "year" {
			continue
		}
		a := f.ts - 1 // "aged", or "between" or "from" after it
		if p.word(a) == "between" || p.word(a) == "from" {
			a--
		}
		aged := p.agedBefore(f.ts)
		years := p.word(f.te) == "old" && f.high <= 120
		if !aged && !years || !p.namedGroupBefore(a) && !(aged && p.namedGroupAfter(a, f.te)) {
			// "four men, aged 26 to 41" and "the suspects, who are 19
			// to 58 years old" give a group's ages; "young people aged
			// 18 to 24" defines a group by its range.
			continue
		}
		lo := f.ts
		if p.word(lo) == "between" || p.word(lo) == "from" {
			lo++
		}
		conn := -1
		for k := lo + 1; k < f.te-1; k++ {
			if w := p.word(k); w == "to" || w == "and" || p.isPunct(k, '-') || p.raw(k) == "\u2013" {
				conn = k
				break
			}
		}
		if conn < 0 {
			continue
		}
		low, high := f, f
		low.ts, low.te, low.hasHigh, low.high, low.qual = lo, conn, false, 0, ""
		high.ts, high.value, high.hasHigh, high.high, high.qual = conn+1, f.high, false, 0, ""
		p.figs = append(p.figs[:x+1], p.figs[x:]...)
		p.figs[x], p.figs[x+1] = low, high
		x++
	}
}

// linksFigures reports whether the tokens from i to j (exclusive), between a
// measure and a later bare number, only join the two, so that the number
// shares the measure's unit: "9.79 seconds, 0.02 ahead", "5 km or 10". A
// noun or verb between them gives the later number its own subject: "a 5 km
// trail attracted 300".
func (p *parser) linksFigures(i, j int) bool {
	for k := i; k < j; k++ {
		if p.kind(k) != tWord {
			continue
		}
		switch p.word(k) {
		case "and", "or", "to", "than", "of", "from", "by", "nor", "vs", "versus", "then", "now":
			continue
		}
		return false
	}
	return true
}

// skipDeterminers skips articles, possessives and "all" from token k:
// "the state's", "its", "the planet's".
func (p *parser) skipDeterminers(k int) int {
	for n := 0; n < 4; n++ {
		switch p.word(k) {
		case "the", "its", "their", "his", "her", "our", "all", "these", "those", "your", "my",
			"last", "next", "first", "remaining", "top":
			k++
			continue
		}
		if p.kind(k) == tWord && p.word(k+1) == "'s" || p.kind(k) == tWord && p.isPunct(k+1, '\'') && p.word(k+2) == "s" {
			if p.word(k+1) == "'s" {
				k += 2
			} else {
				k += 3
			}
			continue
		}
		break
	}
	return k
}

// agedBefore reports whether "aged" introduces the figure at token i.
func (p *parser) agedBefore(i int) bool {
	w := p.word(i - 1)
	if w == "between" || w == "from" {
		w = p.word(i - 2)
	}
	return w == "aged" || w == "turned"
}

// ageSubject reports whether the words ending at token k, before "was"
// or "is", name an age: "The average age of callers was 34", "Their
// median age is 42".
func (p *parser) ageSubject(k int) bool {
	for j := k; j >= 0 && j >= k-7 && p.kind(j) == tWord; j-- {
		if w := p.word(j); w == "age" && (j == k || p.word(j+1) == "of") {
			if ageAverages[p.word(j-1)] || p.kind(j-1) == tWord && ageAverages[p.word(j-2)] && !stopWords[p.word(j-1)] {
				// "an average dancer age of 63": whose age, between.
				return true
			}
		}
	}
	return false
}

// ageAverages say an age is a group's: "the average age", "a median
// age".
var ageAverages = setOf("average", "mean", "median", "typical")

// transparentVerbs link a casualty noun to its number: "casualties
// included 40 soldiers".
var transparentVerbs = setOf("included", "include", "includes", "including", "numbered", "totalled",
	"totaled", "reached", "topped", "exceeded", "passed", "stood", "stands", "climbed", "rose", "jumped")

// skipBack returns the index of the word before the figure at token i,
// skipping "another" and qualifiers.
func (p *parser) skipBack(i int) int {
	l := i - 1
	for l > 0 && (p.word(l) == "another" || p.word(l) == "a" || p.word(l) == "further") {
		l--
	}
	return l
}

// isAge reports whether a bare number is a person's age: "Smith, 46, said",
// "turned 81", "aged 19".
func (p *parser) isAge(f fig) bool {
	if f.value < 1 || f.value > 120 || f.value != float64(int(f.value)) {
		return false
	}
	switch f.qual {
	case "or older", "and older", "or younger", "and younger":
		// "96,000 of them are 65 or older": only an age is older.
		return true
	}
	switch p.word(f.ts - 1) {
	case "turned", "aged", "age", "ages", "turns", "turning":
		return true
	case "of":
		// "A man of 23 who ran…": a person's age, nothing counted after
		// it.
		if personNouns[p.word(f.ts-2)] && f.bare && f.qual == "" && (f.te >= len(p.toks) || p.kind(f.te) == tPunct || p.word(f.te) == "who" || p.word(f.te) == "whose" || p.word(f.te) == "from" || p.word(f.te) == "was" || p.word(f.te) == "has") {
			return true
		}
		if p.word(f.ts-2) == "age" && f.bare && p.ageSubject(f.ts-2) {
			return true // "a median age of 26"
		}
		// "died at the age of 84", "since the age of 16"; "under the
		// age of five" is left a count, as "children under five" is.
		switch p.word(f.ts - 4) {
		case "at", "from", "by", "until", "before", "after", "since":
			return p.word(f.ts-2) == "age" && p.word(f.ts-3) == "the"
		}
		return false
	case "other":
		// "one aged 26 and the other 31": the second of a pair of ages.
		if p.word(f.ts-2) == "the" && f.bare {
			for i := f.ts - 3; i >= 0 && i >= f.ts-8; i-- {
				if p.word(i) == "aged" {
					return true
				}
			}
		}
		return false
	case "between":
		return p.word(f.ts-2) == "aged"
	case "were", "are":
		// "most of those who died were over 65 and lived alone": an
		// age threshold of the people named, the number ending its
		// clause.
		if f.qual != "over" && f.qual != "under" || !f.bare || f.value < 10 || f.value > 99 ||
			f.te < len(p.toks) && p.kind(f.te) != tPunct && p.word(f.te) != "and" && p.word(f.te) != "or" {
			return false
		}
		// "70% of the volunteers surveyed were over 55": the people
		// named, by their noun or a quantifier standing for them.
		for i := f.ts - 2; i >= 0 && i >= f.ts-5; i-- {
			if w := p.word(i); w == "who" || w == "those" || peopleNouns[w] || i == f.ts-2 && quantifierPronouns[w] {
				return true
			}
		}
		return false
	case "is", "was":
		// "the driver, who is 46,", "Mr Hale was 47.", "She was 81.":
		// a person's age, the number ending its clause.
		if !f.bare {
			return false
		}
		w, named := p.word(f.ts-2), p.ageSubject(f.ts-2)
		if f.qual == "" && (named || (w == "youngest" || w == "oldest") && p.word(f.ts-3) == "the") {
			// "The median age of injured riders was 27 and the
			// youngest was 14": an age named, whatever follows.
			return true
		}
		if f.te < len(p.toks) && p.kind(f.te) != tPunct {
			return false
		}
		return w == "who" || w == "he" || w == "she" || p.kind(f.ts-2) == tWord && p.capitalized(f.ts-2) && personTitles[p.word(f.ts-3)] ||
			named
	}
	// "Dana Okafor, 38, said", "said council member Dana Okafor, 38.":
	// a name's age between commas or ending the sentence.
	// The word before the comma is checked first: ",1." opens a text
	// with nothing before it whose first letter could be read.
	if p.isPunct(f.ts-1, ',') && p.isPunct(f.ts-2, ')') && f.qual == "" && p.isPunct(f.te, ',') {
		// "Hallgren (21-3, 12 KOs), 33, was fighting": a boxer's
		// record in brackets between the name and the age.
		for i := f.ts - 3; i > 0 && i >= f.ts-12; i-- {
			if p.isPunct(i, '(') {
				return p.kind(i-1) == tWord && p.capitalized(i-1)
			}
		}
		return false
	}
	// "almost half of the launches, 71, took place at night": a count
	// of the things named, which no one's age is.
	return p.isPunct(f.ts-1, ',') && p.kind(f.ts-2) == tWord && f.qual == "" && (p.capitalized(f.ts-2) || !isPluralNoun(p.word(f.ts-2)) || collectiveNouns[p.word(f.ts-2)]) && (p.isPunct(f.te, ',') || f.te >= len(p.toks) ||
		p.isPunct(f.te, '.') && f.te+1 >= len(p.toks) && p.capitalized(f.ts-2) && !placeWords[p.word(f.ts-3)])
}

// quantifierPronouns stand for people already named before "were over
// 50": "the average worker had been there 14 years and many were over 50".
var quantifierPronouns = setOf("many", "most", "some", "all", "few", "half")

// peopleNouns name people counted in the plural, whose ages a threshold
// may give: "the volunteers surveyed were over 55".
var peopleNouns = setOf("people", "volunteers", "residents", "members", "staff", "workers", "employees", "patients",
	"respondents", "voters", "drivers", "adults", "victims", "users", "owners", "customers", "passengers", "players",
	"visitors", "pupils", "students", "teachers", "nurses", "doctors", "women", "men", "survivors", "applicants",
	"recruits", "participants", "riders", "fans", "readers", "viewers", "carers", "tenants", "claimants")

// personNouns name one person, whose age "of 23" may follow: "a man of
// 23".
var personNouns = setOf("man", "woman", "boy", "girl", "mother", "father", "teenager", "pensioner", "grandmother",
	"grandfather", "widow", "widower")

// placeWords go before a place, not a person: "and in Tobruzi, 4." counts.
var placeWords = setOf("in", "at", "from", "near", "to", "for", "of")

// personTitles go before a person's surname: "Mr Hale was 47".
var personTitles = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord")

// casualty returns the casualty concept governing figure x and, when a
// noun like "death toll" names it, that noun.
func (p *parser) casualty(x int) (string, string) {
	f := p.figs[x]
	if f.np.e > f.np.s {
		if c, ok := casualtyConcept[p.word(f.np.head)]; ok {
			return c, ""
		}
	}
	// Right: "were killed", "remain missing", "died", "lost their lives".
	r := f.te
	if f.np.e > f.np.s && f.np.s >= f.te {
		// The figure's own noun; an inherited one stands elsewhere.
		r = f.np.e
	}
	// "nine people in eastern Ostrel were confirmed dead".
	r = p.skipPlace(r)
	for n := 0; n < 4 && r < len(p.toks); n++ {
		w := p.word(r)
		if st := p.stateAt(r, -1); st != "" && st != "missing" {
			// "with at least 210 aboard", "35 remain trapped": another
			// state than a casualty's governs the figure.
			return "", ""
		}
		switch w {
		case "killed", "dead", "died", "wounded", "injured", "hurt", "missing", "unaccounted",
			"perished", "drowned", "slain", "hospitalised", "hospitalized", "die", "dying":
			return casualtyConcept[w], ""
		case "lost":
			if p.word(r+2) == "lives" {
				return "killed", ""
			}
		case "shot":
			if p.word(r+1) == "dead" {
				return "killed", ""
			}
			return "wounded", ""
		case "among":
			// "were among the dead".
			if c, ok := casualtyConcept[p.word(r+2)]; ok && p.word(r+1) == "the" {
				return c, ""
			}
		case "suffered", "sustained", "received", "suffering", "sustaining":
			// "suffered minor injuries", "sustained gunshot wounds".
			for q := r + 1; q <= r+3 && q < len(p.toks); q++ {
				switch p.word(q) {
				case "injuries", "injury", "wounds", "wound", "burns":
					return "wounded", ""
				}
			}
		case "in":
			if p.word(r+1) == "hospital" {
				switch p.word(p.skipBack(f.ts)) {
				case "left", "put", "sent", "landed", "leaving":
					return "wounded", ""
				}
			}
		}
		if !auxiliaries[w] && !strings.HasSuffix(w, "ly") {
			break
		}
		r++
	}
	// Left: "killed at least 25", "the death toll rose to 43".
	floor := 0
	if x > 0 {
		g := p.figs[x-1]
		floor = g.te
		if g.np.e > floor {
			floor = g.np.e
		}
	}
	// "the death toll from the floods rose to 112", "deaths fell to 81,083".
	for l, n := f.ts-1, 0; l >= 0 && n < 9; l, n = l-1, n+1 {
		if p.clauseBreak(l) {
			break
		}
		switch w := p.word(l); w {
		case "toll":
			if p.word(l-1) == "death" {
				return "killed", "death toll"
			}
			return "killed", "toll"
		case "deaths", "fatalities", "casualties", "homicides", "killings", "murders":
			if f.np.e == f.np.s && (p.word(f.ts-1) == "to" || p.word(f.ts-1) == "at") {
				return casualtyConcept[w], p.raw(l)
			}
		}
	}
	for l, n := f.ts-1, 0; l >= floor && n < 7; l, n = l-1, n+1 {
		if w := p.word(l); w == "and" || w == "or" || w == "while" || w == "but" || clauseOpeners[w] {
			break
		}
		if p.kind(l) == tPunct {
			c := p.n[p.toks[l].s]
			if c == ',' || c == ';' || c == ':' || c == '(' || c == ')' {
				break
			}
			continue
		}
		w := p.word(l)
		if w == "toll" {
			if p.word(l-1) == "death" {
				return "killed", "death toll"
			}
			return "killed", "toll"
		}
		if c, ok := casualtyConcept[w]; ok && (w != "lives" && w != "bodies" || p.word(l+1) == "of") {
			// "the bodies of 12 miners", "claimed the lives of four".
			return c, ""
		}
		if isVerbForm(w) && w != "said" && w != "told" && !transparentVerbs[w] {
			break
		}
		// "At least 31 dead as a bus carrying 54 plunges": the figure is
		// the object of another verb.
		if strings.HasSuffix(w, "ing") && len(w) > 5 && !nounishForms[w] && !transparentVerbs[w] || countStates[w] != "" {
			break
		}
	}
	return "", ""
}

// ownPredicate reports whether a verb of its own follows a count ending
// at token k, past auxiliaries and "still" or "remain": "the bodies of
// four miners were recovered and at least 34 remain trapped" says what
// befell the 34 itself.
func (p *parser) ownPredicate(k int) bool {
	for n := 0; n < 4 && k < len(p.toks); n, k = n+1, k+1 {
		w := p.word(k)
		switch {
		case w == "still" || w == "remain" || w == "remained" || w == "remains" || auxiliaries[w] || beForms[w]:
			continue
		case countStates[w] != "":
			return true
		}
		return false
	}
	return false
}

// casualtyAfterMore returns the casualty concept of a casualty word at
// token k, past auxiliaries, adverbs and hedges: "were injured", "have
// since died", "remain missing", "were feared buried" (the missing).
func (p *parser) casualtyAfterMore(k int) (string, bool) {
	for n := 0; n < 4 && k < len(p.toks); n, k = n+1, k+1 {
		w := p.word(k)
		if c, ok := casualtyConcept[w]; ok {
			return c, true
		}
		if w == "buried" {
			return "missing", true // "some 300 others were feared buried"
		}
		switch w {
		case "since", "also", "feared", "believed", "thought", "still", "remain", "remained", "remains":
			continue
		}
		if !auxiliaries[w] && !beForms[w] && !(strings.HasSuffix(w, "ly") && len(w) > 4) {
			return "", false
		}
	}
	return "", false
}

// qualLen returns the number of tokens of f's qualifier.
func (p *parser) qualLen(f *fig) int {
	if _, n, ok := p.match(qualifiers, f.ts); ok && f.qual != "" {
		return n - f.ts
	}
	return 0
}

// magnitudeBefore reports whether "magnitude" stands a few words before
// token i in its clause: "the magnitude at", "a magnitude of", "magnitude
// was revised to".
func (p *parser) magnitudeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.kind(k) == tPunct {
			return false
		}
		if p.word(k) == "magnitude" {
			return true
		}
	}
	return false
}
