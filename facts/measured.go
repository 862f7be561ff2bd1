package facts

import (
	"strings"
)

// This file reads what a figure measures from the words around it, for the
// keys of money, percentages, measures, dates, clock times and ordinals:
// the noun the figure is the complement of ("gusts of up to 70 mph"), the
// noun it modifies or that follows it ("a £300k fine", "12,000 hectares of
// forest"), the subject of the clause ("the unemployment rate rose to
// 3.8%"), the verb that takes it as object ("burned 12,000 hectares"), the
// person whose age it is ("Vass, 53,") and the event a date dates ("talks
// on Dec. 31").

// relation is how a figure hangs on the verb before it.
type relation uint8

const (
	relNone   relation = iota
	relLevel           // the subject's level: "rose to 5%", "was 68%", "settled at $84"
	relChange          // a change of the subject: "rose 2%", "up 0.3%", "fell by a third"
	relObject          // the verb's object: "burned 12,000 hectares", "fined the airline £300k"
)

// predicate is the clause a figure stands in, read leftwards from it.
type predicate struct {
	subj   npSpan // the subject; s == e when none was found
	owner  npSpan // what a relational subject belongs to: "Orbis" in "shares in Orbis"
	obj    npSpan // a noun phrase between the verb and the figure: "fined the airline £300k"
	direct bool   // obj is the verb's direct object, not a preposition's
	verb   int    // the main verb, -1 when none
	rel    relation
	change string // the change noun of relChange: "rise", "fall", "gain", "loss"
	prep   string // the preposition right before the figure, if any
	upDown bool   // a change stated by "up", "down", "higher", "lower"
}

// keyState is the scratch of the key readers for one sentence, its
// buffers reused from sentence to sentence.
type keyState struct {
	cover  []int32     // figure covering each token, -1 for none
	cls    []uint32    // word classes of each token, 0 until computed
	lex    []uint32    // keyLexicon bits of each token, lexDone once looked up
	preds  []predicate // predicate of each figure
	predOK []bool      // preds[x] computed
}

// Word classes of a token for the key readers: lexical ones from
// keyLexicon (one map lookup per word) and ones read in context, all
// computed once per token (see cls).
const (
	lxStop         uint32 = 1 << iota // stopWords
	lxNPMod                           // npModifiers
	lxWeekday                         // weekdays
	lxAux                             // auxiliaries
	lxPronoun                         // pronouns
	lxMonth                           // months
	lxNounStop                        // nounStop, but "time" and "total"
	lxNumber                          // numberWords
	lxQualifier                       // qualifierWord
	lxIrrBase                         // irregularBases
	lxLevel                           // levelVerbs
	lxBe                              // beForms
	lxChange                          // changeNouns, but "up" and "down"
	lxIrregular                       // irregularParticiples
	lxNounish                         // nounishForms
	lxIngNoun                         // ingNouns
	lxNounishLevel                    // nounishLevel
	lxFigPrep                         // figurePreps
	lxDet                             // determiners
	lxLink                            // verbLinks
	lxEvent                           // eventNouns
	lxFigMod                          // figureModifiers
	lxChain                           // chainPreps
	lxModal                           // words after which a base form is a verb ("will", "to")
	lxVerbForm                        // isVerbForm of a word in the tables above
	lxLyNoun                          // "-ly" words that are nouns ("supply")
	lxSmallNumber                     // smallNumbers

	clsVerb     // isVerbAt
	clsNPHead   // npToken(i, true)
	clsNPMod    // npToken(i, false)
	clsVerbDone // clsVerb computed
	clsNPDone   // clsNPHead and clsNPMod computed
)

// keyLexicon maps the words of the key readers' tables to their lx bits.
var keyLexicon = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(bit uint32, words map[string]bool) {
		for w, ok := range words {
			if ok {
				m[w] |= bit
			}
		}
	}
	add(lxStop, stopWords)
	add(lxNPMod, npModifiers)
	add(lxWeekday, weekdays)
	add(lxAux, auxiliaries)
	add(lxPronoun, pronouns)
	for w := range months {
		m[w] |= lxMonth
	}
	for w := range nounStop {
		if w != "time" && w != "total" {
			m[w] |= lxNounStop
		}
	}
	add(lxNumber, numberWords)
	for w := range qualifiers {
		if qualifierWord(w) {
			m[w] |= lxQualifier
		}
	}
	add(lxIrrBase, irregularBases)
	add(lxLevel, levelVerbs)
	add(lxBe, beForms)
	for w := range changeNouns {
		if w != "up" && w != "down" {
			m[w] |= lxChange
		}
	}
	for w := range irregularParticiples {
		m[w] |= lxIrregular
	}
	add(lxNounish, nounishForms)
	add(lxIngNoun, ingNouns)
	add(lxNounishLevel, nounishLevel)
	add(lxFigPrep, figurePreps)
	add(lxDet, determiners)
	add(lxLink, verbLinks)
	add(lxEvent, eventNouns)
	add(lxFigMod, figureModifiers)
	add(lxChain, chainPreps)
	add(lxModal, setOf("to", "will", "would", "could", "can", "may", "might", "must", "should", "did",
		"does", "do", "not"))
	add(lxLyNoun, lyNouns)
	for w := range smallNumbers {
		m[w] |= lxSmallNumber
	}
	for w := range m {
		if isVerbForm(w) {
			m[w] |= lxVerbForm
		}
	}
	return m
}()

// keyLexiconFilter passes the words of keyLexicon.
var keyLexiconFilter = newWordFilter(keysOf(keyLexicon))

// verbForm is isVerbForm for a word whose lexicon bits are b.
func verbForm(w string, b uint32) bool {
	if b&(lxIrregular|lxNounish) != 0 {
		return b&lxVerbForm != 0
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// startKeys prepares the key readers for the sentence's figures: which
// figure covers each token, and empty caches.
func (p *parser) startKeys() {
	k := &p.kx
	n := len(p.toks)
	if cap(k.cover) < n {
		k.cover = make([]int32, n)
		k.cls = make([]uint32, n)
	}
	if cap(k.lex) < n {
		k.lex = make([]uint32, n)
	}
	k.cover, k.cls, k.lex = k.cover[:n], k.cls[:n], k.lex[:n]
	clear(k.cls)
	clear(k.lex)
	for i := range k.cover {
		k.cover[i] = -1
	}
	for y := range p.figs {
		g := &p.figs[y]
		e := g.te
		if g.np.e > e && g.np.s >= g.te {
			e = g.np.e
		}
		for i := max(g.ts, 0); i < e && i < n; i++ {
			if k.cover[i] < 0 {
				k.cover[i] = int32(y)
			}
		}
	}
	m := len(p.figs)
	if cap(k.preds) < m {
		k.preds = make([]predicate, m)
		k.predOK = make([]bool, m)
	}
	k.preds, k.predOK = k.preds[:m], k.predOK[:m]
	clear(k.predOK)
}

// figCovering returns the index of the figure other than x whose span,
// counted noun included, covers token i, or -1.
func (p *parser) figCovering(i, x int) int {
	if i < 0 || i >= len(p.kx.cover) {
		return -1
	}
	if y := int(p.kx.cover[i]); y != x {
		return y
	}
	return -1
}

// cls returns the word classes of token i (lx and cls bits) that bits
// asks for, computing the verb and the noun-phrase classes apart on first
// use: the key readers look at the same few tokens many times, mostly for
// one of them.
func (p *parser) cls(i int, bits uint32) uint32 {
	if i < 0 || i >= len(p.kx.cls) {
		return 0
	}
	c := p.kx.cls[i]
	if bits&clsVerb != 0 && c&clsVerbDone == 0 {
		c |= clsVerbDone
		if p.kind(i) == tWord && p.verbWord(i, p.word(i), p.lex(i)) {
			c |= clsVerb
		}
	}
	if bits&(clsNPHead|clsNPMod) != 0 && c&clsNPDone == 0 {
		c |= clsNPDone
		if p.kind(i) == tWord {
			w, b := p.word(i), p.lex(i)
			if p.nounWord(i, w, b, true) {
				c |= clsNPHead
			}
			if p.nounWord(i, w, b, false) {
				c |= clsNPMod
			}
		} else if p.npOther(i) {
			c |= clsNPHead | clsNPMod
		}
	}
	p.kx.cls[i] = c
	return c | p.lex(i)
}

// adverb reports whether token i is a lowercase "-ly" adverb.
func (p *parser) adverb(i int) bool {
	w := p.word(i)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && p.lex(i)&lxLyNoun == 0 && !p.capitalized(i)
}

// lexDone marks a token's keyLexicon bits as looked up.
const lexDone uint32 = 1 << 31

// lex returns the keyLexicon bits of token i, looked up once.
func (p *parser) lex(i int) uint32 {
	if i < 0 || i >= len(p.kx.lex) {
		return 0
	}
	if b := p.kx.lex[i]; b != 0 {
		return b &^ lexDone
	}
	b := uint32(0)
	if w := p.word(i); p.toks[i].kind == tWord && keyLexiconFilter.mayHave(w) {
		b = keyLexicon[w]
	}
	p.kx.lex[i] = b | lexDone
	return b
}

// is reports whether token i has all the classes of bits.
func (p *parser) is(i int, bits uint32) bool {
	if bits&(clsVerb|clsNPHead|clsNPMod) == 0 {
		return p.lex(i)&bits == bits
	}
	return p.cls(i, bits)&bits == bits
}

// figurePreps stand between a verb and its figure: "rose to", "stood at",
// "fell by", "delayed until".
var figurePreps = setOf("to", "at", "by", "from", "of", "on", "in", "for", "around", "near", "than",
	"until", "till", "since", "after", "before", "over", "under", "between", "with", "within",
	"during", "past", "per", "via", "as", "into", "about", "below", "above", "beyond", "toward",
	"towards", "among", "across", "off", "through", "throughout", "shortly", "just", "late", "early")

// chainPreps link a noun to the noun it belongs to: "shares in Orbis",
// "the death toll from the floods".
var chainPreps = setOf("of", "in", "for", "on", "from", "at", "among", "across", "to")

// determiners open a noun phrase.
var determiners = setOf("the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
	"those", "that", "your", "my", "some", "all", "each", "every", "any", "another", "both")

// pronouns are subjects that name nothing by themselves.
var pronouns = setOf("it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those",
	"there", "one", "which", "who", "what")

// isVerbAt reports whether token i reads as a verb: a past or present form,
// a verb of change or level, or a base form after an auxiliary or "to".
func (p *parser) isVerbAt(i int) bool { return p.is(i, clsVerb) }

// verbWord computes isVerbAt for the word w of token i, whose lexicon
// bits are b.
func (p *parser) verbWord(i int, w string, b uint32) bool {
	if p.capitalized(i) && i > 0 {
		return false
	}
	if verbForm(w, b) && b&lxIrrBase == 0 || b&(lxLevel|lxBe|lxChange) != 0 {
		return true
	}
	if b&lxIrregular != 0 && b&(lxNounish|lxIrrBase) == 0 {
		return true
	}
	if p.ingVerb(i, w, b) || scoreVerbs[w] && p.capitalized(i+1) {
		return true
	}
	if b&lxIrrBase != 0 && b&lxNounish == 0 && isPluralNoun(p.word(i-1)) && (p.lex(i+1)&lxDet != 0 || p.kind(i+1) == tNum) {
		// "Opinion polls give the Liberals 41%": a present plural.
		return true
	}
	if p.word(i-1) == "to" {
		// "expected to grow", "agreed to pay"; but "open to traffic".
		b2 := p.lex(i - 2)
		return b2&(lxLink|lxBe|lxAux|lxVerbForm) != 0 || toVerbs[p.word(i-2)] || strings.HasSuffix(p.word(i-2), "ed")
	}
	return p.lex(i-1)&lxModal != 0
}

// ingVerb reports whether the "-ing" word w at token i is a verb: after a
// form of "be" or a comma ("were trading", ", wiping"), or before an
// object or a preposition of change ("raising HK$8bn", "trailing by").
// "Sterling was" and "the building" are nouns.
func (p *parser) ingVerb(i int, w string, b uint32) bool {
	if !strings.HasSuffix(w, "ing") || len(w) <= 5 || b&(lxNounish|lxIngNoun) != 0 {
		return false
	}
	if p.lex(i-1)&(lxBe|lxAux) != 0 || p.isPunct(i-1, ',') {
		return true
	}
	switch p.kind(i + 1) {
	case tNum, tSym:
		return true
	case tPunct:
		return p.isPunct(i+1, '$')
	}
	if p.lex(i+1)&lxDet != 0 {
		return true
	}
	switch p.word(i + 1) {
	case "by", "to", "up", "down", "out", "off", "in", "more", "nearly", "about", "around", "over", "some":
		return true
	}
	return false
}

// npToken reports whether token i can stand in a noun phrase read
// leftwards; head is true for its last word.
func (p *parser) npToken(i int, head bool) bool {
	if head {
		return p.is(i, clsNPHead)
	}
	return p.is(i, clsNPMod)
}

// npOther reports whether token i, not a word, can stand in a noun
// phrase: an identifier, or a number in a name ("S&P 500", "FTSE 250").
func (p *parser) npOther(i int) bool {
	switch p.kind(i) {
	case tIdent:
		return true
	case tNum:
		return p.kind(i-1) == tWord && p.capitalized(i-1) && !stopWords[p.word(i-1)]
	}
	return false
}

// nounWord computes npToken for the word w of token i, whose lexicon bits
// are b; head is true for the last word of the phrase.
func (p *parser) nounWord(i int, w string, b uint32, head bool) bool {
	if b&lxStop != 0 && !(b&lxNPMod != 0 && !head) || b&(lxWeekday|lxAux|lxPronoun|lxNounStop|lxNumber|lxQualifier) != 0 {
		return false
	}
	r := p.raw(i)
	lower := !hasUpper(r[:1])
	if b&lxMonth != 0 && !lower || lower && compassNouns[w] {
		return false
	}
	if lower && b&lxLyNoun == 0 && strings.HasSuffix(w, "ly") && len(w) > 4 {
		return false
	}
	if lower && b&lxIrrBase == 0 && (verbForm(w, b) || b&lxLevel != 0 && b&lxNounishLevel == 0) {
		// A participle modifies a noun after it ("registered voters")
		// only after a determiner.
		if head || p.lex(i-1)&lxDet == 0 {
			return false
		}
	}
	if lower && head && p.ingVerb(i, w, b) {
		return false
	}
	return true
}

// compassNouns are directions that are not nouns of a phrase before "of":
// "a wildfire west of Redding".
var compassNouns = setOf("north", "south", "east", "west", "northeast", "northwest", "southeast",
	"southwest", "north-east", "north-west", "south-east", "south-west", "overnight", "today",
	"yesterday", "tonight", "tomorrow")

// nounishLevel are level verbs that are more often nouns in a noun phrase.
var nounishLevel = setOf("total", "average", "peak", "close", "end", "amount", "top", "stand", "hold", "finish")

// ingNouns are "-ing" words that are nouns at the head of a phrase.
var ingNouns = setOf("spending", "funding", "borrowing", "housing", "building", "meeting", "training",
	"shipping", "lending", "pricing", "polling", "voting", "bombing", "shooting", "stabbing",
	"warning", "ceiling", "earnings", "savings", "findings", "financing", "opening", "hearing",
	"sentencing", "flooding", "landing", "ranking", "rating", "reading", "recording", "offering",
	"listing", "spring", "morning", "evening", "king", "wing", "ring", "string", "thing", "clothing",
	"feeling", "marketing", "advertising", "manufacturing", "processing", "testing", "screening",
	"staffing", "fighting", "killing", "killings", "drinking", "smoking", "parking", "crossing",
	"boarding", "ending", "setting", "painting", "rating", "swing", "outing", "sibling", "heating")

// qualifierWord reports whether w opens a qualifier ("about", "nearly").
func qualifierWord(w string) bool {
	_, ok := qualifiers[w]
	return ok && w != "some" && w != "estimated"
}

// npLeft returns the noun phrase whose last token is e-1, or an empty span.
func (p *parser) npLeft(e int) npSpan {
	empty := npSpan{s: e, e: e, head: -1}
	if e <= 0 || e > len(p.toks) {
		return empty
	}
	i := e - 1
	if !p.npToken(i, true) || p.figCovering(i, -1) >= 0 {
		return empty
	}
	head := i
	if p.kind(i) == tNum {
		// The name before the number heads the phrase: "S&P 500".
		head = i - 1
	}
	s := i
	for n := 0; n < 6; n++ {
		j := s - 1
		if j < 0 {
			break
		}
		// Possessors: "Saudi Aramco's market value", "managers' index".
		if p.word(j) == "s" && p.isPunct(j-1, '\'') && p.glued(j) && p.glued(j-1) && p.kind(j-2) == tWord && p.npToken(j-2, false) {
			s = j - 2
			continue
		}
		if p.isPunct(j, '\'') && p.glued(j) && p.kind(j-1) == tWord && strings.HasSuffix(p.word(j-1), "s") && p.npToken(j-1, false) {
			s = j - 1
			continue
		}
		// Glued hyphens and ampersands: "night-time", "10-year", "S&P".
		if p.kind(j) == tPunct && p.glued(s) && p.glued(j) && (p.n[p.toks[j].s] == '-' || p.n[p.toks[j].s] == '&') {
			if k := p.kind(j - 1); k == tWord || k == tNum || k == tIdent {
				s = j - 1
				continue
			}
			break
		}
		if p.figCovering(j, -1) >= 0 || !p.npToken(j, false) || timeNoun(p.word(j)) && !(p.isPunct(j-1, '-') && p.glued(j)) ||
			p.isVerbAt(j) && !p.is(j-1, lxDet) {
			break
		}
		s = j
	}
	return npSpan{s: s, e: e, head: head}
}

// npChain returns the noun phrase ending at token e-1, or the first of a
// chain of them linked by prepositions ("vaccination rates for
// kindergarten pupils in the county" -> "vaccination rates"), with the
// phrase its head belongs to as owner ("shares in Orbis Semiconductor").
// A passive agent is passed over: "a wildfire fanned by strong winds".
func (p *parser) npChain(e int) (np, owner npSpan) {
	np = p.npLeft(e)
	if np.e == np.s {
		return np, npSpan{s: e, e: e, head: -1}
	}
	owner = npSpan{s: np.s, e: np.s, head: -1}
	for hops := 0; hops < 5; hops++ {
		k := np.s - 1
		for p.is(k, lxDet) && p.word(k) != "that" {
			k--
		}
		w := p.word(k)
		if w == "by" && p.kind(k-1) == tWord && isVerbForm(p.word(k-1)) {
			// "a wildfire fanned by strong winds has burned".
			if prev := p.npLeft(k - 1); prev.e > prev.s {
				np, owner = prev, npSpan{s: prev.s, e: prev.s, head: -1}
				continue
			}
			break
		}
		if (w == "or" || w == "and") && np.s-k == 1 {
			// "the risk of heart attack or stroke".
			if prev := p.npLeft(k); prev.e > prev.s {
				j := prev.s - 1
				for p.is(j, lxDet) {
					j--
				}
				if p.is(j, lxChain) {
					np.s = prev.s
					continue
				}
			}
			break
		}
		if !p.is(k, lxChain) {
			break
		}
		prev := p.npLeft(k)
		if prev.e == prev.s && compassNouns[p.word(k-1)] {
			// "a wildfire west of Redding".
			prev = p.npLeft(k - 1)
		}
		if prev.e == prev.s {
			break
		}
		owner, np = np, prev
	}
	return np, owner
}

// npText renders tokens [s, e) for a key: as written, lowercased unless a
// proper name or an acronym inside the sentence.
func (p *parser) npText(s, e int) string {
	var b strings.Builder
	for i := s; i < e; i++ {
		if i > s && p.toks[i].sp {
			b.WriteByte(' ')
		}
		r := p.raw(i)
		// Lowercase but for names and acronyms inside the sentence, and
		// a possessor opening it ("Europe's").
		if p.kind(i) == tWord && (i == 0 && !p.isPunct(i+1, '\'') || !hasUpper(r[:1])) && !(len(r) > 1 && allCaps(r)) {
			r = strings.ToLower(r)
		}
		b.WriteString(r)
	}
	return b.String()
}

// ownerText renders the proper names and numbered modifiers of an owner
// phrase: "the benchmark 10-year Treasury note" -> "10-year Treasury".
func (p *parser) ownerText(o npSpan) string {
	var parts []string
	for i := o.s; i < o.e; i++ {
		switch {
		case p.kind(i) == tWord && p.capitalized(i) && i > 0, p.kind(i) == tIdent:
			parts = append(parts, p.raw(i))
		case p.kind(i) == tNum && p.isPunct(i+1, '-') && p.glued(i+1) && p.kind(i+2) == tWord:
			parts = append(parts, p.raw(i)+"-"+p.word(i+2))
			i += 2
		case p.kind(i) == tNum && len(parts) > 0:
			parts = append(parts, p.raw(i))
		}
	}
	return strings.Join(parts, " ")
}

// subjectText renders a predicate's subject, its owner's names before a
// relational head: "Orbis Semiconductor shares".
func (p *parser) subjectText(pr predicate) string {
	t := p.npText(pr.subj.s, pr.subj.e)
	if pr.owner.e > pr.owner.s && relationalHeads[p.word(pr.subj.head)] {
		if o := p.ownerText(pr.owner); o != "" {
			return o + " " + t
		}
	}
	return t
}

// predicateOf reads the clause of figure x leftwards: the preposition
// before it, a noun phrase between it and its verb, the verb group and the
// subject before that.
func (p *parser) predicateOf(x int) predicate {
	if x < len(p.kx.predOK) {
		if !p.kx.predOK[x] {
			p.kx.preds[x] = p.readPredicate(x)
			p.kx.predOK[x] = true
		}
		return p.kx.preds[x]
	}
	return p.readPredicate(x)
}

// readPredicate computes predicateOf.
func (p *parser) readPredicate(x int) predicate {
	f := p.figs[x]
	pr := predicate{verb: -1, subj: npSpan{head: -1}, owner: npSpan{head: -1}, obj: npSpan{head: -1}}
	l := f.ts - 1
	upDown := false  // "up 0.3%": a predicate without a verb
	skipped := false // another figure of the clause was passed
	if f.cat == Percent || f.cat == Money {
		// "closed 0.8% higher", "were 2.4% lower than", "20 per cent
		// more intense".
		switch p.word(f.te) {
		case "higher", "stronger", "up", "more":
			pr.rel, pr.change, pr.upDown = relChange, "rise", true
		case "lower", "weaker", "down", "less":
			pr.rel, pr.change, pr.upDown = relChange, "fall", true
		}
		if w := p.word(f.te); p.word(f.te+1) == "than" && strings.HasSuffix(w, "er") && len(w) > 4 && pr.rel == relNone {
			// "35% heavier than average".
			pr.rel, pr.change, pr.upDown = relChange, "rise", true
			if lessWords[w] {
				pr.change = "fall"
			}
		}
		if p.word(f.te) == "more" || p.word(f.te) == "less" {
			// "23% more than in 2023", "than last year": a rise over
			// time, as "a rise of 19% on 2023" is; "10% more than a
			// standard design" is a premium.
			if f.cat != Percent || p.kind(f.te+1) != tWord || stopWords[p.word(f.te+1)] && !p.thanEarlier(f.te+1) {
				pr.rel, pr.change, pr.upDown = relNone, "", false
			}
		}
	}
	// Near the figure: prepositions, adverbs, other figures of the same
	// clause ("rose $3.40, or 3.8%, to $92.75"), and noun phrases.
	for n := 0; l >= 0 && n < 14 && pr.verb < 0; n++ {
		if y := p.figCovering(l, x); y >= 0 {
			l = p.figs[y].ts - 1
			skipped = true
			continue
		}
		w := p.word(l)
		switch {
		case p.kind(l) == tPunct:
			c := p.n[p.toks[l].s]
			if c == ',' && (p.figCovering(l-1, x) >= 0 || p.word(l+1) == "or" || p.word(l-1) == "or") && !upDown {
				l--
				continue
			}
			if c == '-' && p.glued(l) {
				l--
				continue
			}
			return pr
		case w == "or" && (p.isPunct(l-1, ',') || p.figCovering(l-1, x) >= 0):
			l--
			continue
		case w == "up" || w == "down":
			if pr.rel == relNone && pr.obj.e == pr.obj.s && (pr.prep == "" || pr.prep == "by" || pr.prep == "from") && !skipped && !(w == "up" && partUpVerbs[p.word(l-1)]) {
				pr.rel, pr.change = relChange, changeNouns[w]
				upDown, pr.upDown = true, true
			}
			l--
			continue
		case w == "of" && pr.prep == "" && pr.obj.e == pr.obj.s && (p.word(l-1) == "average" || p.word(l-1) == "median") && p.is(l-2, lxDet):
			// "raised prices by an average of 11%": how the figure was
			// taken, as "on average" says it, not what it measures.
			l -= 3
			continue
		case p.is(l, lxFigPrep) || p.is(l, lxDet) && w != "that":
			if pr.prep == "" && p.is(l, lxFigPrep) && pr.obj.e == pr.obj.s && !adverbPreps[w] {
				pr.prep = w
			}
			l--
			continue
		case p.adverb(l), p.is(l, lxFigMod) && pr.obj.e == pr.obj.s, linkAdverbs[w]:
			l--
			continue
		case p.isVerbAt(l) || l == f.ts-1 && p.presentVerb(l):
			pr.verb = l
		case p.npToken(l, true):
			np := p.npLeft(l + 1)
			if upDown {
				// "the dollar index up 0.3%": the noun is the subject.
				pr.subj, pr.owner = p.npChain(l + 1)
				return pr
			}
			if pr.obj.e > pr.obj.s {
				// A second noun phrase: a preposition's object was read
				// first ("returned from abroad on Jan. 6").
				if np.e == pr.obj.s || !p.is(pr.obj.e, lxFigPrep) {
					return pr
				}
			}
			pr.obj = np
			l = np.s - 1
			continue
		default:
			return pr
		}
	}
	if pr.verb < 0 {
		return pr
	}
	if pr.obj.e > pr.obj.s {
		k := pr.obj.s - 1
		for p.is(k, lxDet) {
			k--
		}
		pr.direct = k == pr.verb
	}
	// The verb group: "is expected to grow", "would hold", "were up".
	v := pr.verb
	w := p.word(v)
	if pr.rel == relNone {
		switch {
		case pr.prep == "to" || pr.prep == "at":
			pr.rel = relLevel
		case pr.prep == "by" && changeNouns[w] != "":
			pr.rel, pr.change = relChange, changeNouns[w]
		case pr.prep == "" && pr.obj.e == pr.obj.s && changeNouns[w] != "":
			pr.rel, pr.change = relChange, changeNouns[w]
		case pr.prep == "" && levelVerbs[w]:
			pr.rel = relLevel
		case pr.prep == "":
			pr.rel = relObject
		}
	}
	g := v
	for n := 0; g > 0 && n < 6; n++ {
		c := p.cls(g-1, clsVerb|clsNPHead)
		if c&lxAux != 0 && c&lxPronoun == 0 || c&(lxBe|lxLink) != 0 || c&clsVerb != 0 && c&clsNPHead == 0 {
			g--
			continue
		}
		break
	}
	p.subjectBefore(&pr, g, 0)
	return pr
}

// presentVerb reports whether the word at i, right before a figure, is a
// present-tense verb after a noun: "the average adult consumes 3,400 mg",
// "the stadium holds 90,000".
func (p *parser) presentVerb(i int) bool {
	w := p.word(i)
	if p.kind(i) != tWord || p.capitalized(i) || len(w) < 5 || !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || stopWords[w] || nounStop[w] {
		return false
	}
	if _, ok := measureUnits[w]; ok {
		return false
	}
	// "which holds 90,000"; "the average adult consumes 3,400 mg": a
	// singular noun after a determiner.
	prev := p.word(i - 1)
	if prev == "which" || prev == "who" || prev == "that" {
		return true
	}
	if p.kind(i-1) != tWord || stopWords[prev] || isVerbForm(prev) || strings.HasSuffix(prev, "s") {
		return false
	}
	return p.is(i-2, lxDet) || p.is(i-3, lxDet) && p.kind(i-2) == tWord
}

// subjectBefore finds the subject of a verb group starting at token g:
// the noun phrase before it, the antecedent of "which" or "who", the
// phrase before an appositive, or the subject of an earlier verb joined by
// "and".
func (p *parser) subjectBefore(pr *predicate, g, depth int) {
	k := g - 1
	if y := p.figCovering(k, -1); y >= 0 && p.word(p.figs[y].ts-1) == "of" {
		// "A second tremor of magnitude 5.1 hit the area".
		k = p.figs[y].ts - 2
		if np, owner := p.npChain(k + 1); np.e > np.s {
			pr.subj, pr.owner = np, owner
		}
		return
	}
	w := p.word(k)
	switch {
	case w == "which" || w == "who" || w == "that":
		// The antecedent: the noun phrase right before.
		k--
		if p.isPunct(k, ',') {
			k--
		}
		if np := p.npLeft(k + 1); np.e > np.s {
			pr.subj, pr.owner = np, npSpan{s: np.s, e: np.s, head: -1}
		}
		return
	case (w == "and" || w == "but") && depth == 0:
		// "rose as much as 6.5% in early trade and were up 4.8%": the
		// subject of the first verb.
		for j, n := k-1, 0; j >= 0 && n < 12; j, n = j-1, n+1 {
			if p.isPunct(j, ';') || p.isPunct(j, ':') {
				return
			}
			if p.figCovering(j, -1) >= 0 || !p.isVerbAt(j) {
				continue
			}
			h := j
			for h > 0 && (p.is(h-1, lxAux) || p.is(h-1, lxBe) || p.is(h-1, lxLink)) {
				h--
			}
			p.subjectBefore(pr, h, depth+1)
			return
		}
		return
	case w == ",":
		// "The ceasefire, brokered by Qatar and Egypt, is due to".
		for j, n := k-1, 0; j >= 0 && n < 14; j, n = j-1, n+1 {
			if p.isPunct(j, ';') || p.isPunct(j, ':') || p.isPunct(j, '(') {
				return
			}
			if p.isPunct(j, ',') {
				if np, owner := p.npChain(j); np.e > np.s {
					pr.subj, pr.owner = np, owner
				}
				return
			}
		}
		if np, owner := p.npChain(k); np.e > np.s {
			pr.subj, pr.owner = np, owner
		}
		return
	}
	if p.is(k, lxPronoun) {
		return
	}
	if np, owner := p.npChain(k + 1); np.e > np.s {
		// "the National Renewal Party and the Greens would hold".
		j := np.s - 1
		for p.is(j, lxDet) {
			j--
		}
		if p.word(j) == "and" && owner.e == owner.s {
			if first := p.npLeft(j); first.e > first.s {
				np.s = first.s
			}
		}
		pr.subj, pr.owner = np, owner
	}
}

// properText renders the proper names of a phrase, coordinated names
// joined by "and": "the National Renewal Party and the Greens" ->
// "National Renewal Party and Greens"; "" when it names no one.
func (p *parser) properText(np npSpan) string {
	var parts []string
	for i := np.s; i < np.e; i++ {
		r := p.raw(i)
		switch {
		case p.kind(i) == tWord && hasUpper(r[:1]) && i > 0 && !stopWords[p.word(i)], p.kind(i) == tIdent:
			parts = append(parts, r)
		case p.kind(i) == tNum && len(parts) > 0:
			parts = append(parts, r)
		case p.word(i) == "and" && len(parts) > 0 && parts[len(parts)-1] != "and":
			parts = append(parts, "and")
		}
	}
	if len(parts) > 0 && parts[len(parts)-1] == "and" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// verbParticiple returns the participle of the predicate's verb for a
// key, or "" for verbs that say nothing about the figure ("said", "was").
func (p *parser) verbParticiple(pr predicate) string {
	if pr.verb < 0 {
		return ""
	}
	w := p.word(pr.verb)
	if beForms[w] || w == "said" || w == "told" || w == "says" || w == "say" || auxiliaries[w] || levelVerbs[w] {
		return ""
	}
	// "went on strike", "made landfall": the verb's noun tells more.
	switch w {
	case "make", "made", "makes", "take", "took", "taken", "takes", "went", "go", "goes", "gone", "see", "saw", "seen", "sees":
		return ""
	}
	// "will stay closed": the participle after a linking verb.
	return participle(w)
}

// measureKey names what a money, percent or measure figure measures.
func (p *parser) measureKey(x int, depth int) (key, concept string) {
	f := p.figs[x]
	cat := string(f.cat)
	if f.cat == Measure && f.unit == "year" {
		if who, ok := p.ageOwner(x); ok {
			if who == "" {
				return "age", "age"
			}
			return who + " age", stem(strings.ToLower(lastWord(who))) + " age"
		}
	}
	dim := unitDimensions[f.unit]
	span := timeUnits[f.unit]
	// "250 million taka ($2.1 million)": the amount restated.
	if p.isPunct(f.ts-1, '(') && depth == 0 {
		if y := p.figCovering(f.ts-2, x); y >= 0 && y == x-1 {
			return p.key(y)
		}
	}
	k := f.te
	if p.isPunct(k, '(') {
		// Past a restatement: "250 million taka ($2.1 million) in
		// emergency aid".
		for j := k + 1; j < len(p.toks) && j < k+8; j++ {
			if p.isPunct(j, ')') {
				k = j + 1
				break
			}
		}
	}
	// After the figure: a dimension ("15 metres wide"), a distance ("35 km
	// north-east of"), a price ("$84 a barrel").
	if d, n, ok := p.dimensionAt(k); ok && f.cat == Measure && lengthUnits[f.unit] {
		thing := p.adjacentThing(x)
		if d == "distance" && thing == "" {
			if np := p.nounPhrase(p.skipDeterminers(n), false); n > k && (p.word(n-1) == "of" || p.word(n-1) == "from") && np.e > np.s {
				return d + " from " + p.compoundText(np), "distanc " + stem(p.word(np.head))
			}
		}
		if thing == "" {
			pr := p.predicateOf(x)
			if pr.subj.e > pr.subj.s {
				thing = p.subjectText(pr)
			}
		}
		if thing == "" {
			return d, d
		}
		return thing + " " + d, stem(strings.ToLower(lastWord(thing))) + " " + d
	}
	// "£6 for adults and £3 for children": whom the sum is for.
	if f.cat == Money && p.word(k) == "for" {
		if np := p.nounPhrase(p.skipDeterminers(k+1), false); np.e > np.s && isPluralNoun(p.word(np.head)) && !timeNoun(p.word(np.head)) {
			return p.compoundText(np), stem(p.word(np.head)) + " money"
		}
	}
	price := false
	if f.cat == Money {
		w := p.word(k)
		if (w == "a" || w == "an" || w == "per") && perUnitWords[p.word(k+1)] || w == "each" || w == "apiece" {
			price = true
			k += 2
			if w == "each" || w == "apiece" {
				k--
			}
		}
	}
	// "12,000 hectares of pine forest", "97% of polling stations counted",
	// "11 days of strikes".
	if p.word(k) == "of" && (k == f.te || p.isPunct(k-1, ')')) {
		if np := p.ofPhrase(k, x); np.e > np.s && !timeNoun(p.word(np.head)) {
			t := p.compoundText(np)
			h := stem(p.word(np.head))
			switch {
			case span:
				return p.word(f.te-1) + " of " + t, h + " " + cat
			case f.cat == Percent:
				v := p.verbAfter(np.e)
				if pr := p.predicateOf(x); v == "" && pr.obj.e > pr.obj.s && pr.direct && pr.obj.e == f.ts {
					// "give the Liberals 41% of the vote": the share of whom.
					if who := p.properText(pr.obj); who != "" {
						return who + " share of " + t, stem(strings.ToLower(lastWord(who))) + " share"
					}
				}
				if v == "" {
					// "the budget deficit would narrow to 4.4% of GDP".
					if pr := p.predicateOf(x); pr.rel == relLevel || pr.rel == relChange {
						if np := p.levelThing(pr); np.e > np.s {
							t2 := p.npText(np.s, np.e)
							if np == pr.subj {
								t2 = p.subjectText(pr)
							}
							return t2 + " share of " + t, stem(p.word(np.head)) + " " + cat
						}
					}
					return "share of " + t, h + " " + cat
				}
				return t + " " + v, h + " " + cat
			case dim == "area":
				// "burned 12,000 hectares of pine forest": one concept
				// with "12,000 hectares have burned".
				if pr := p.predicateOf(x); p.verbParticiple(pr) != "" {
					return strings.TrimSpace(lastWord(t) + " area " + p.verbParticiple(pr)), "area " + stem(p.word(pr.verb))
				}
				return t + " area", "area"
			}
			if v := p.verbParticiple(p.predicateOf(x)); v != "" && f.cat == Measure {
				return t + " " + v, h + " " + cat
			}
			if v := p.verbAfter(np.e); v != "" && f.cat == Measure {
				return t + " " + v, h + " " + cat
			}
			return t, h + " " + cat
		}
	}
	// "$2 billion in emergency funds".
	if f.cat == Money && p.word(k) == "in" {
		if np := p.nounPhrase(k+1, false); np.e > np.s && moneyNouns[p.word(np.head)] {
			return p.compoundText(np), stem(p.word(np.head)) + " " + cat
		}
	}
	// A compound: "a 24-hour walkout" -> "walkout duration", "its
	// 1,600-megawatt unit" -> "unit capacity".
	if f.cat == Measure && p.isPunct(f.te-2, '-') && p.glued(f.te-1) {
		if np := p.trimVerbs(p.nounPhrase(f.te, false)); np.e > np.s && !p.verbFirst(np, f) {
			d := dim
			switch {
			case span:
				d = "duration"
			case d == "":
				d = "size"
			}
			t := p.compoundText(np)
			return t + " " + d, stem(p.word(np.head)) + " " + d
		}
	}
	// The noun after: "$3.5 billion aid package", "a 35% stake", "a 12 km
	// front", "a 40% chance of rain".
	if after := p.trimVerbs(p.nounPhrase(k, false)); after.e > after.s && !span && !timeNoun(p.word(after.head)) && !price && !verbish(p.word(after.head)) && !p.verbFirst(after, f) && !p.comparativeAt(after.s) {
		t := p.compoundText(after)
		if t != "" {
			if w := p.word(after.e); strings.IndexByte(t, ' ') < 0 && (w == "of" || w == "in" && f.cat != Measure) {
				// "a 40% chance of rain", "a 4% rally in bank shares".
				if np := p.ofPhrase(after.e, x); np.e > np.s && !p.capitalized(np.s) {
					t += " " + w + " " + p.compoundText(np)
				}
			}
			if isChangeNoun(p.word(after.head)) && after.e-after.s == 1 && strings.IndexByte(t, ' ') < 0 {
				// "after a $3.40 rise": the rise of the clause's subject.
				if pr := p.predicateOf(x); pr.subj.e > pr.subj.s {
					return p.subjectText(pr) + " " + t, stem(p.word(pr.subj.head)) + " change"
				}
			}
			return t, stem(p.word(after.head)) + " " + cat
		}
	}
	// The noun before "of": "gusts of up to 70 mph", "a fine of £300k",
	// "an increase of 3.4 per cent".
	if p.word(f.ts-1) == "of" {
		if np := p.npLeft(f.ts - 1); np.e > np.s && extremeHeads[p.word(np.head)] {
			// "Gold hit a record high of $2,431.50 an ounce".
			t := p.npText(np.s, np.e)
			if pr := p.predicateOf(x); pr.subj.e > pr.subj.s {
				t = p.subjectText(pr) + " " + t
			}
			return p.withPrice(t, np, f, price), stem(p.word(np.head)) + " " + cat
		}
		if np := p.npLeft(f.ts - 1); np.e > np.s && !genericOfHeads[p.word(np.head)] {
			t := p.npText(np.s, np.e)
			if dimensionHeads[p.word(np.head)] && np.e-np.s == 1 {
				// "the quake hit at a depth of 10 km" -> "quake depth".
				if pr := p.predicateOf(x); pr.subj.e > pr.subj.s {
					return p.subjectText(pr) + " " + t, stem(p.word(pr.subj.head)) + " " + stem(t)
				}
			}
			return p.withPrice(t, np, f, price), stem(p.word(np.head)) + " " + cat
		}
	}
	// "spent £4.3m on consultants".
	if w := p.word(k); f.cat == Money && (w == "on" || w == "off") && (p.predicateOf(x).rel == relObject || p.predicateOf(x).rel == relNone) {
		pr := p.predicateOf(x)
		if np := p.nounPhrase(p.skipDeterminers(k+1), false); np.e > np.s && !p.is(np.head, lxEvent) && !p.capitalized(np.s) {
			t := p.compoundText(np)
			if v := p.verbParticiple(pr); v != "" {
				return v + " " + p.word(k) + " " + t, stem(p.word(np.head)) + " " + cat
			}
			return t, stem(p.word(np.head)) + " " + cat
		}
	}
	// "The aid package, worth $3.5 billion,".
	if np, ok := p.appositiveThing(x); ok {
		return p.npText(np.s, np.e), stem(p.word(np.head)) + " " + cat
	}
	if f.cat == Percent {
		// "is 30% contained", "91% vaccinated": the state reached.
		if w := p.word(k); p.kind(k) == tWord && verbish(w) && !p.isVerbAt(k+1) && p.word(k+1) != "by" {
			if pr := p.predicateOf(x); pr.subj.e > pr.subj.s && pr.verb >= 0 && p.is(pr.verb, lxBe) {
				return p.subjectText(pr) + " " + participle(w), stem(p.word(pr.subj.head)) + " " + stem(w)
			}
		}
		// "41% for the Conservatives", "38.1% for his challenger Nadia
		// Ferhat": a share of a named party.
		if p.word(k) == "for" {
			if np := p.nounPhrase(p.skipDeterminers(k+1), false); np.e > np.s {
				if who := p.properText(np); who != "" {
					return who + " share", stem(strings.ToLower(lastWord(who))) + " share"
				}
			}
		}
	}
	// "some 80% above the national average", "1.5°C above pre-industrial
	// levels".
	if w := p.word(k); (w == "above" || w == "below") && f.cat != Money {
		if np := p.nounPhrase(p.skipDeterminers(k+1), false); np.e > np.s {
			thing, head := "", ""
			if pr := p.predicateOf(x); pr.subj.e > pr.subj.s {
				thing, head = p.subjectText(pr), p.word(pr.subj.head)
			} else if np2, _ := p.npChain(f.ts); np2.e > np2.s && np2.e == f.ts {
				thing, head = p.npText(np2.s, np2.e), p.word(np2.head)
			} else if p.isPunct(f.ts-1, ',') && x > 0 && depth == 0 {
				thing, _ = p.key(x - 1)
				head = lastWord(thing)
			}
			key := strings.TrimSpace(thing + " " + w + " " + p.compoundText(np))
			return key, stem(strings.ToLower(head)) + " " + w
		}
	}
	// An appositive: "its final share of the vote, 36.2%,".
	if p.isPunct(f.ts-1, ',') && (p.isPunct(k, ',') || k >= len(p.toks) || p.isPunct(k, '.')) && f.cat == Percent {
		if np, _ := p.npChain(f.ts - 1); np.e > np.s {
			return p.npText(np.s, np.e), stem(p.word(np.head)) + " " + cat
		}
	}
	if span {
		if key, concept, ok := p.spanKey(x); ok {
			return key, concept
		}
	}
	// "Smith received 1,204,311 votes, or 50.4%": a share of the count.
	if f.cat == Percent && p.word(f.ts-1) == "or" && p.isPunct(f.ts-2, ',') {
		if y := p.figCovering(f.ts-3, x); y >= 0 && p.figs[y].cat == Count && p.figs[y].unit != "" && depth == 0 {
			key, concept := p.key(y)
			return key + " share", concept + " share"
		}
	}
	pr := p.predicateOf(x)
	// "down 4 points from last month" after a figure: its change.
	if pr.rel == relChange && pr.upDown && pr.prep != "from" && pr.subj.e == pr.subj.s && pr.obj.e == pr.obj.s && depth == 0 && x > 0 {
		y := x - 1
		for y > 0 && (p.figs[y].cat == Date || p.figs[y].cat == Time || p.figs[y].cat == Ordinal) {
			y--
		}
		if l := p.skipBackTo(f.ts, ','); l >= 0 && p.figs[y].cat != Date && p.figs[y].cat != Time && !p.clauseSplit(p.figs[y].te, l) {
			key, _ := p.key(y)
			key = strings.TrimPrefix(key, "previous ")
			return key + " " + pr.change, stem(strings.ToLower(lastWord(key))) + " change"
		}
	}
	// "fell to 91.3 percent, from 95.1 percent": the level before.
	if pr.prep == "from" && depth == 0 {
		y := x - 1
		for y > 0 && p.figs[y].cat != f.cat && p.figs[y].te >= f.ts-10 {
			y-- // "rose to €23m in the half from €17m"
		}
		if y >= 0 && p.figs[y].cat == f.cat && p.figs[y].te >= f.ts-10 && !p.clauseSplit(p.figs[y].te, f.ts) {
			key, concept := p.measureKey(y, depth+1)
			return "previous " + strings.TrimPrefix(key, "previous "), concept
		}
		if y := x + 1; y < len(p.figs) && p.figs[y].cat == f.cat && p.word(f.te) == "to" {
			key, concept := p.measureKey(y, depth+1)
			return "previous " + strings.TrimPrefix(key, "previous "), concept
		}
	}
	subj := ""
	if pr.subj.e > pr.subj.s {
		subj = p.subjectText(pr)
	}
	if pr.prep == "by" && pr.verb >= 0 && marginVerbs[p.word(pr.verb)] {
		// "trailing by more than 12 points", "won the marathon by 31
		// seconds": a margin.
		if subj != "" {
			return subj + " margin", stem(p.word(pr.subj.head)) + " margin"
		}
		return "margin", "margin"
	}
	obj := ""
	if pr.obj.e > pr.obj.s {
		obj = p.npText(pr.obj.s, pr.obj.e)
	}
	switch pr.rel {
	case relChange:
		thing, np := subj, pr.subj
		if obj != "" && pr.prep == "by" {
			// "raised its benchmark rate by 25 basis points".
			thing, np = obj, pr.obj
		}
		if thing != "" {
			return thing + " " + pr.change, stem(p.word(np.head)) + " change"
		}
	case relLevel:
		np := p.levelThing(pr)
		thing := ""
		if np.e > np.s {
			thing = subj
			if np == pr.obj {
				thing = obj
			}
		}
		if thing != "" {
			return p.withPrice(thing, np, f, price), stem(p.word(np.head)) + " " + cat
		}
	case relObject:
		v := p.verbParticiple(pr)
		if dim != "" && v != "" && f.cat == Measure && (dim == "area" || pr.subj.e == pr.subj.s) {
			return dim + " " + v, dim + " " + stem(p.word(pr.verb))
		}
		thing, np := subj, pr.subj
		if thing == "" {
			thing, np = obj, pr.obj
		}
		if span && obj != "" && pr.prep == "for" {
			// "went on strike for 48 hours".
			return obj + " duration", stem(p.word(pr.obj.head)) + " duration"
		}
		if thing != "" && v != "" {
			return thing + " " + v, stem(p.word(np.head)) + " " + stem(p.word(pr.verb))
		}
		if thing != "" {
			return p.withPrice(thing, np, f, price), stem(p.word(np.head)) + " " + cat
		}
		if v != "" {
			return v, stem(p.word(pr.verb)) + " " + cat
		}
	}
	if span {
		switch p.word(f.ts - 1) {
		case "past", "last", "previous", "next", "coming", "first", "latest", "recent", "same":
			return "period", "period"
		}
		if obj != "" && p.is(pr.obj.head, lxEvent) {
			// "went on strike for 48 hours".
			return obj + " duration", stem(p.word(pr.obj.head)) + " duration"
		}
		if v := p.verbParticiple(pr); v != "" && (pr.prep == "for" || pr.prep == "to") {
			// "was jailed for six years", "has commanded the group for
			// 11 years", "was sentenced to four years".
			switch {
			case subj != "":
				return subj + " " + v, stem(p.word(pr.subj.head)) + " " + stem(p.word(pr.verb))
			case obj != "":
				return obj + " " + v, stem(p.word(pr.obj.head)) + " " + stem(p.word(pr.verb))
			}
			return v, stem(p.word(pr.verb)) + " duration"
		}
		if obj != "" {
			return obj + " duration", stem(p.word(pr.obj.head)) + " duration"
		}
		if subj != "" {
			return subj + " duration", stem(p.word(pr.subj.head)) + " duration"
		}
	}
	if obj != "" && (pr.prep == "" || pr.prep == "at" || pr.prep == "of" || pr.prep == "to" || pr.prep == "on") {
		if dim != "" && !strings.Contains(obj, dim) {
			return obj + " " + dim, stem(p.word(pr.obj.head)) + " " + dim
		}
		return p.withPrice(obj, pr.obj, f, price), stem(p.word(pr.obj.head)) + " " + cat
	}
	if subj != "" {
		return p.withPrice(subj, pr.subj, f, price), stem(p.word(pr.subj.head)) + " " + cat
	}
	if v := p.verbAfter(f.te); v != "" && dim != "" {
		// "More than 12,000 hectares have burned".
		return dim + " " + v, dim + " " + stem(lastWord(v))
	}
	if dim != "" {
		return dim, dim
	}
	if n := p.nounLeft(f.ts); n != "" {
		return n, stem(lastWord(n)) + " " + cat
	}
	if price {
		return "price", "price " + cat
	}
	if f.cat == Measure && f.unit != "" {
		return f.unit, stem(strings.ToLower(f.unit)) + " " + cat
	}
	if f.cat == Percent {
		return "share", "share " + cat
	}
	return "amount", "amount " + cat
}

// withPrice names the price of the thing a sum of money is paid for:
// "Brent crude" at "$84 a barrel" -> "Brent crude price", "shares" at
// "265 pence" -> "share price". Other figures keep their thing.
func (p *parser) withPrice(thing string, np npSpan, f fig, price bool) string {
	if f.cat != Money {
		return thing
	}
	h := ""
	if np.head >= 0 {
		h = p.word(np.head)
	}
	switch {
	case h == "shares" || h == "stock" || h == "stocks":
		return strings.TrimSuffix(thing, lastWord(thing)) + "share price"
	case price && !strings.Contains(strings.ToLower(thing), "price") && h != "fee" && h != "fare" && h != "cost" && h != "wage":
		return thing + " price"
	}
	return thing
}

// verbAfter returns the participle of a verb right after token e ("97% of
// polling stations counted", "were taken"), with a proper-noun object
// ("voters backed Smith"), or "".
func (p *parser) verbAfter(e int) string {
	r := e
	for n := 0; n < 4 && r < len(p.toks); n++ {
		w := p.word(r)
		if auxiliaries[w] || beForms[w] || w == "not" {
			r++
			continue
		}
		break
	}
	w := p.word(r)
	if p.kind(r) != tWord || !(isVerbForm(w) || r > e && p.isVerbAt(r) || p.presentVerb(r)) || w == "said" || w == "told" ||
		r == e && strings.HasSuffix(w, "ing") {
		return ""
	}
	if nx := p.word(r + 1); r == e && (nx == "said" || nx == "told" || nx == "say" || nx == "says" || p.isVerbAt(r+1)) {
		// "the 1,800 nurses surveyed said": a participle modifying the
		// noun, then the clause's verb.
		return ""
	}
	v := participle(w)
	if np := p.nounPhrase(r+1, false); np.e > np.s && p.capitalized(np.s) {
		v += " " + p.npText(np.s, np.e)
	}
	return v
}

// timeNoun reports whether w names a span of time or a season.
func timeNoun(w string) bool {
	switch w {
	case "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters",
		"hour", "hours", "minute", "minutes", "decade", "decades", "season", "night", "morning",
		"evening", "afternoon", "weekend", "spring", "summer", "autumn", "winter", "fall", "time",
		"overnight", "today", "yesterday", "tonight", "tomorrow":
		return true
	}
	return false
}

// dimensionAt reads a dimension word after a length at token k: "wide",
// "long", "deep", "away", "north-east of"; it returns the dimension, the
// token after it and ok.
func (p *parser) dimensionAt(k int) (string, int, bool) {
	w := p.word(k)
	if d, ok := dimensionWords[w]; ok && p.kind(k) == tWord {
		if w == "across" && p.kind(k+1) == tWord && p.word(k+1) != "and" {
			return "", k, false // "across the country"
		}
		if w == "below" || w == "above" {
			// "1,500 metres above sea level"; "above 1,500 metres" is not here.
			if p.word(k+1) != "sea" && p.word(k+1) != "ground" {
				return "", k, false
			}
		}
		return d, k + 1, true
	}
	if w == "in" && (p.word(k+1) == "diameter" || p.word(k+1) == "length" || p.word(k+1) == "height" || p.word(k+1) == "width" || p.word(k+1) == "depth") {
		return p.word(k + 1), k + 2, true
	}
	if compassWords[w] {
		n := k + 1
		if p.isPunct(n, '-') && p.glued(n) {
			n += 2
		}
		if p.word(n) == "of" || p.word(n) == "from" {
			return "distance", n + 1, true
		}
		if w == "off" || w == "outside" {
			return "distance", n, true
		}
	}
	return "", k, false
}

// adjacentThing returns the noun phrase right before a measure ("a crater
// roughly 15 metres wide", "its epicentre about 35 km north-east"), or "".
func (p *parser) adjacentThing(x int) string {
	f := p.figs[x]
	l := f.ts - 1
	if p.isPunct(l, ',') {
		// "the avalanche, some 200 metres wide,".
		l--
	}
	if np, _ := p.npChain(l + 1); np.e > np.s && np.e == l+1 {
		return p.npText(np.s, np.e)
	}
	// "a path of destruction about 40 miles long".
	return ""
}

// ageOwner reports whether a figure counted in years is an age, and whose:
// "Dmitar Vass, 52," -> "Dmitar Vass"; "the 22-year-old Spaniard" ->
// "Spaniard"; "a man aged 34" -> "man".
func (p *parser) ageOwner(x int) (string, bool) {
	f := p.figs[x]
	switch {
	case p.word(f.te-1) == "old" || p.word(f.te-1) == "olds" || p.word(f.te) == "old":
		if np := p.nounPhrase(f.te, false); np.e > np.s && p.word(f.te) != "old" {
			return p.npText(np.s, np.e), true
		}
		if p.isPunct(f.ts-1, ',') || p.word(f.ts-1) == "a" && p.isPunct(f.ts-2, ',') {
			l := f.ts - 1
			if p.word(l) == "a" {
				l--
			}
			if np, _ := p.npChain(l); np.e > np.s {
				return p.npText(np.s, np.e), true
			}
		}
		pr := p.predicateOf(x)
		if pr.subj.e > pr.subj.s {
			return p.npText(pr.subj.s, pr.subj.e), true
		}
		return "", true
	case p.agedBefore(f.ts):
		l := f.ts - 2
		if p.word(l+1) == "between" {
			l--
		}
		if p.isPunct(l, ',') {
			l--
		}
		if np, _ := p.npChain(l + 1); np.e > np.s {
			return p.npText(np.s, np.e), true
		}
		if p.word(l+1) == "turned" || p.word(l+1) == "turning" {
			pr := p.predicateOf(x)
			if pr.subj.e > pr.subj.s {
				return p.npText(pr.subj.s, pr.subj.e), true
			}
		}
		return "", true
	case p.word(f.ts-1) == "age" && p.word(f.ts-2) == "at" || p.word(f.ts-1) == "age" && p.word(f.ts-2) == "the":
		return "", true
	case f.hasHigh && p.word(f.ts-2) == "in" && (p.word(f.ts-1) == "his" || p.word(f.ts-1) == "her" || p.word(f.ts-1) == "their"):
		// "a man in his 40s".
		if np, _ := p.npChain(f.ts - 2); np.e > np.s {
			return p.npText(np.s, np.e), true
		}
		return "", true
	case f.te-f.ts == 1 && p.isPunct(f.ts-1, ',') && (p.isPunct(f.te, ',') || f.te >= len(p.toks)) && f.qual == "":
		if np, _ := p.npChain(f.ts - 1); np.e > np.s {
			return p.npText(np.s, np.e), true
		}
		return "", true
	}
	return "", false
}

// eventKey names what a date or a clock time dates: "talks date",
// "strike time", "earthquake year".
func (p *parser) eventKey(x int) (key, concept string) {
	f := p.figs[x]
	suffix := string(f.cat)
	if f.cat == Date && f.value >= 1000 && f.value <= 2200 && p.kind(f.te-1) == tNum && len(p.raw(f.te-1)) == 4 && !p.hasMonth(f) {
		suffix = "year"
	}
	if p.word(f.ts-1) == "since" && p.superlativeBefore(f.ts-1) {
		// "the highest level since November 2021", "the deadliest since
		// 2004": the date a record is measured against.
		thing := ""
		if x > 0 && p.figs[x-1].cat != Date {
			thing, _ = p.key(x - 1)
		} else if pr := p.predicateOf(x); pr.subj.e > pr.subj.s {
			thing = p.subjectText(pr)
		} else if np, _ := p.npChain(p.subjectStart(f.ts)); np.e > np.s {
			thing = p.npText(np.s, np.e)
		}
		return strings.TrimSpace(thing + " comparison " + suffix), "comparison " + string(f.cat)
	}
	thing, head := p.eventThing(x)
	if thing == "" {
		return suffix, string(f.cat)
	}
	return thing + " " + suffix, stem(head) + " " + string(f.cat)
}

// eventThing finds the event a date or clock time dates: the noun it
// modifies ("the 1999 earthquake"), an event named in its clause ("talks
// on Dec. 31", "the strike began at 3 a.m."), the subject and verb of its
// clause ("schools will stay closed until March 3"), or the nearest noun.
// It returns the phrase and its head word.
func (p *parser) eventThing(x int) (string, string) {
	f := p.figs[x]
	if p.kind(f.te) == tWord && f.te < len(p.toks) && p.toks[f.te].sp && !timeZones[p.word(f.te)] {
		if np := p.nounPhrase(f.te, false); np.e > np.s && !timeNoun(p.word(np.head)) && !verbish(p.word(np.head)) {
			if t := p.compoundText(np); t != "" {
				return t, p.word(np.head)
			}
		}
	}
	if l := f.ts - 1; p.is(l, lxFigPrep) && (l == 0 || p.isPunct(l-1, ',') || p.isPunct(l-1, '"')) {
		// "At 3:15 a.m. the strike began", "On Dec. 31, talks resume":
		// the subject after an opening date.
		k := f.te
		if p.isPunct(k, ',') {
			k++
		}
		if np := p.nounPhrase(p.skipDeterminers(k), false); np.e > np.s && !timeNoun(p.word(np.head)) && !verbish(p.word(np.s)) {
			return p.compoundText(np), p.word(np.head)
		}
	}
	pr := p.predicateOf(x)
	lo := f.ts - 14
	switch {
	case pr.subj.e > pr.subj.s:
		lo = pr.subj.s
	case pr.verb >= 0:
		lo = pr.verb
	}
	for l := f.ts - 1; l >= max(lo, 0); l-- {
		if p.isPunct(l, ';') || p.isPunct(l, ':') || p.isPunct(l, '(') || p.isPunct(l, '"') {
			break
		}
		if p.is(l, lxEvent) && p.npToken(l, true) && p.word(l-1) != "to" {
			np := p.npLeft(l + 1)
			return p.npText(np.s, np.e), p.word(l)
		}
	}
	v := ""
	if pr.verb >= 0 {
		switch w := p.word(pr.verb); {
		case p.is(pr.verb, lxBe), p.is(pr.verb, lxAux), w == "said", w == "says", w == "told", w == "say",
			changeNouns[w] != "", levelVerbs[w]:
		default:
			v = participle(w)
		}
	}
	if pr.subj.e > pr.subj.s {
		t := p.subjectText(pr)
		if v != "" {
			t += " " + v
		}
		return t, p.word(pr.subj.head)
	}
	if pr.obj.e > pr.obj.s {
		return p.npText(pr.obj.s, pr.obj.e), p.word(pr.obj.head)
	}
	if v != "" {
		return v, p.word(pr.verb)
	}
	if n := p.nounLeft(f.ts); n != "" {
		return n, lastWord(n)
	}
	return "", ""
}

// ordinalKey names what an ordinal ranks or numbers: "increase number"
// for "its 11th increase", "table position" for "17th in the table",
// "consecutive month of passenger growth".
func (p *parser) ordinalKey(x int) (key, concept string) {
	f := p.figs[x]
	k := f.te
	if head := p.word(f.ts - 1); sequenceNouns[head] && f.te == f.ts+1 && !p.ordSuffix(f.te) {
		// "stage 17", "day four": the series' noun before the number.
		t := head
		if timeNoun(head) {
			if pr := p.predicateOf(x); pr.subj.e > pr.subj.s {
				t = p.subjectText(pr) + " " + t
			}
		}
		return t, "ordinal " + head
	}
	if p.isPunct(k, '-') && p.glued(k) && p.kind(k+1) == tWord {
		// "second-quarter", "second-fastest".
		t := p.word(k + 1)
		return t, "ordinal " + stem(t)
	}
	var mods []string
	for n := 0; n < 2; n++ {
		switch w := p.word(k); w {
		case "straight", "consecutive", "successive", "running", "successful":
			mods = append(mods, w)
			k++
		}
	}
	if np := p.nounPhrase(k, false); np.e > np.s {
		head := p.word(np.head)
		t := strings.TrimSpace(strings.Join(mods, " ") + " " + p.compoundText(np))
		if p.word(np.e) == "of" {
			if np2 := p.nounPhrase(np.e, true); np2.e > np2.s {
				return t + " of " + p.compoundText(np2), "ordinal " + stem(head)
			}
		}
		if timeNoun(head) || head == "session" || head == "sessions" || head == "round" {
			pr := p.predicateOf(x)
			if pr.subj.e > pr.subj.s {
				t = p.subjectText(pr) + " " + t
			}
			return t, "ordinal " + stem(head)
		}
		switch head {
		case "place", "position", "spot", "seed", "rank", "term", "quarter", "half", "round", "leg", "stage", "set":
			return t, "ordinal " + stem(head)
		}
		return t + " number", "ordinal " + stem(head)
	}
	if p.word(k) == "in" {
		if np := p.nounPhrase(p.skipDeterminers(k+1), false); np.e > np.s {
			return p.compoundText(np) + " position", "ordinal " + stem(p.word(np.head))
		}
	}
	// "the latest swap, the 12th".
	l := f.ts - 1
	if p.is(l, lxDet) {
		l--
	}
	if p.isPunct(l, ',') {
		if np, _ := p.npChain(l); np.e > np.s {
			return p.npText(np.s, np.e) + " number", "ordinal " + stem(p.word(np.head))
		}
	}
	// "with Rafael Quintero fourth and Jonah Price fifth": the name
	// right before the ordinal is what it ranks.
	if l := f.ts - 1; l > 0 && p.namedBefore(l) {
		s := l
		for s-1 > 0 && p.namedBefore(s-1) && l-s < 2 {
			s--
		}
		return p.npText(s, l+1) + " position", "ordinal " + p.word(l)
	}
	pr := p.predicateOf(x)
	if pr.subj.e > pr.subj.s {
		return p.subjectText(pr) + " position", "ordinal " + stem(p.word(pr.subj.head))
	}
	return "rank", "ordinal"
}

// namedBefore reports whether token l is a capitalised word that names
// someone or something: not a function word, a month or a day.
func (p *parser) namedBefore(l int) bool {
	if p.kind(l) != tWord || !hasUpper(p.raw(l)) {
		return false
	}
	w := p.word(l)
	_, month := months[w]
	return !stopWords[w] && !month && !weekdays[w]
}

// appositiveThing returns the noun an amount stands beside: "the aid
// package, worth $3.5 billion," and "a deal valued at $2bn" -> the noun.
func (p *parser) appositiveThing(x int) (npSpan, bool) {
	f := p.figs[x]
	l := f.ts - 1
	if p.word(l) == "at" && p.word(l-1) == "valued" || p.word(l) == "at" && p.word(l-1) == "priced" {
		l--
	}
	switch p.word(l) {
	case "worth", "valued", "totalling", "totaling", "costing", "priced":
	default:
		return npSpan{}, false
	}
	l--
	if p.isPunct(l, ',') {
		l--
	}
	if np, _ := p.npChain(l + 1); np.e > np.s {
		return np, true
	}
	return npSpan{}, false
}

// verbish reports whether w reads as a verb form, irregular ones included
// ("brought", "held").
func verbish(w string) bool {
	if isVerbForm(w) {
		return true
	}
	_, ok := irregularParticiples[w]
	return ok && !nounishForms[w]
}

// verbFirst reports whether a noun phrase read after a figure opens with a
// verb form, so is no noun phrase: "winds of 185 km/h tore roofs off",
// "magnitude 5.1 hit the area". After a determiner ("a 2% cut") it is one.
func (p *parser) verbFirst(np npSpan, f fig) bool {
	w := p.word(np.s)
	if verbish(w) {
		return true
	}
	_, irregular := irregularParticiples[w]
	return irregular && !p.is(f.ts-1, lxDet)
}

// skipBackTo returns the index of the token c before token i, passing
// only "up", "down" and qualifiers, or -1.
func (p *parser) skipBackTo(i int, c byte) int {
	for l, n := i-1, 0; l >= 0 && n < 4; l, n = l-1, n+1 {
		if p.isPunct(l, c) {
			return l
		}
		if w := p.word(l); w != "up" && w != "down" && !qualifierWord(w) && w != "from" && w != "by" {
			return -1
		}
	}
	return -1
}

// spanKey names a time span by what it is: the period something
// happened in ("in 24 hours", "over two weeks", "after 17 months in
// office" -> "period in office"), or the duration of an event that lasts
// it ("the ceasefire ... and last 72 hours" -> "ceasefire duration").
func (p *parser) spanKey(x int) (key, concept string, ok bool) {
	f := p.figs[x]
	prev := p.word(f.ts - 1)
	switch prev {
	case "last", "lasted", "lasts", "lasting":
		if prev != "last" || p.word(f.ts-2) == "and" || p.word(f.ts-2) == "to" || p.is(f.ts-2, lxAux) {
			pr := predicate{verb: f.ts - 1, subj: npSpan{head: -1}, owner: npSpan{head: -1}, obj: npSpan{head: -1}}
			g := f.ts - 1
			for g > 0 && (p.is(g-1, lxAux) || p.is(g-1, lxLink)) {
				g--
			}
			p.subjectBefore(&pr, g, 0)
			if pr.subj.e > pr.subj.s {
				return p.subjectText(pr) + " duration", stem(p.word(pr.subj.head)) + " duration", true
			}
			return "duration", "duration", true
		}
		return "period", "period", true
	case "in", "over", "within", "during", "after", "past", "previous", "next", "coming", "first",
		"latest", "recent", "same", "the":
		if prev == "the" && !(p.word(f.ts-2) == "over" || p.word(f.ts-2) == "in" || p.word(f.ts-2) == "for") {
			return "", "", false
		}
		k := "period"
		if p.word(f.te) == "in" && p.kind(f.te+1) == tWord && !stopWords[p.word(f.te+1)] && !p.is(f.te+1, lxDet) {
			// "17 months in office".
			if np := p.nounPhrase(f.te+1, false); np.e > np.s && !timeNoun(p.word(np.head)) {
				return k + " in " + p.compoundText(np), "period", true
			}
		}
		switch prev {
		case "in", "over", "within", "during":
			// "approved a $3 billion bailout over four years": how long
			// the thing done takes; but "rose 5% in 12 months" is the
			// period a change is measured over.
			pr := p.predicateOf(x)
			if pr.verb < 0 || changeNouns[p.word(pr.verb)] != "" || levelVerbs[p.word(pr.verb)] || p.is(pr.verb, lxBe) {
				break
			}
			if p.superlativeBefore(f.ts - 1) {
				// "the worst flooding the region has seen in two decades".
				break
			}
			np := pr.obj
			if np.e == np.s || !pr.direct && !p.is(np.head, lxEvent) {
				np = pr.subj
				if prev == "in" || prev == "within" {
					// "won the final in 98 minutes", but "the region has
					// seen in two decades" names no activity.
					np = npSpan{}
				}
			}
			if np.e > np.s {
				t := p.npText(np.s, np.e)
				if np == pr.subj {
					t = p.subjectText(pr)
				}
				return t + " duration", stem(p.word(np.head)) + " duration", true
			}
		}
		return k, "period", true
	}
	return "", "", false
}

// superlativeBefore reports whether a superlative or "first time" stands
// in the clause before token i: "the highest level since", "for the first
// time since".
func (p *parser) superlativeBefore(i int) bool {
	for l, n := i-1, 0; l >= 0 && n < 8; l, n = l-1, n+1 {
		if p.isPunct(l, ';') || p.isPunct(l, ':') {
			return false
		}
		w := p.word(l)
		if superlatives[w] || strings.HasSuffix(w, "est") && len(w) > 5 && !strings.HasSuffix(w, "ngest") && w != "interest" && w != "harvest" && w != "protest" && w != "request" && w != "contest" && w != "forest" {
			return true
		}
		if w == "time" && p.word(l-1) == "first" {
			return true
		}
	}
	return false
}

// subjectStart returns the end of the noun phrase before the first verb
// of the sentence up to token i ("The floods are the deadliest since"),
// or 0.
func (p *parser) subjectStart(i int) int {
	for l := 0; l < i && l < 12; l++ {
		if p.isVerbAt(l) {
			return l
		}
	}
	return 0
}

// levelThing returns what a level figure is the level of: the direct
// object of a verb that sets it ("cut its sales forecast to $8.2bn", "left
// reservoirs at 27%"), else the subject.
func (p *parser) levelThing(pr predicate) npSpan {
	if pr.obj.e > pr.obj.s && pr.direct && !p.is(pr.verb, lxBe) && (pr.prep == "to" || pr.prep == "at") {
		return pr.obj
	}
	return pr.subj
}

// ofPhrase returns the noun phrase after "of" at token k: past
// determiners and possessors ("of the country's electricity"), or the noun
// of a count there ("two-thirds of the 1,800 nurses surveyed").
func (p *parser) ofPhrase(k, x int) npSpan {
	j := p.skipDeterminers(k + 1)
	for p.word(j) == "that" || p.word(j) == "this" {
		j++
	}
	switch p.word(j) {
	case "them", "us", "it", "which", "whom", "those", "these":
		return npSpan{s: k, e: k}
	}
	if y := p.figCovering(j, x); y >= 0 && p.figs[y].ts == j && p.figs[y].np.e > p.figs[y].np.s {
		return p.figs[y].np
	}
	return p.nounPhrase(j, false)
}

// clauseSplit reports whether a semicolon or colon stands between tokens
// i and j.
func (p *parser) clauseSplit(i, j int) bool {
	for k := i; k < j; k++ {
		if p.isPunct(k, ';') || p.isPunct(k, ':') {
			return true
		}
	}
	return false
}

// adverbPreps stand before a figure like prepositions but say nothing of
// how it relates to the verb: "at just 27%", "shortly after 3 a.m.".
var adverbPreps = setOf("just", "shortly", "late", "early", "about", "around", "near", "only")

// comparativeAt reports whether the word at token k compares a figure
// rather than naming a thing: "0.8% higher", "2.4% lower than", "18%
// below normal".
func (p *parser) comparativeAt(k int) bool {
	w := p.word(k)
	switch w {
	case "higher", "lower", "more", "less", "fewer", "up", "down", "stronger", "weaker", "below", "above",
		"ahead", "behind", "short", "clear":
		return true
	}
	return strings.HasSuffix(w, "er") && len(w) > 4 && (p.word(k+1) == "than" || p.isPunct(k+1, ',') || p.word(k+1) == "at")
}

// properName renders the name a subject gives when it and the phrase it
// belongs to are proper names: "the Centers for Disease Control and
// Prevention" -> "Centers for Disease Control and Prevention"; else the
// subject's proper names (properText).
func (p *parser) properName(pr predicate) string {
	who := p.properText(pr.subj)
	if who == "" || pr.owner.e <= pr.owner.s || pr.owner.s <= pr.subj.e {
		return who
	}
	of := p.properText(pr.owner)
	if of == "" || !p.capitalized(pr.owner.s) {
		return who
	}
	return who + " " + p.word(pr.subj.e) + " " + of
}

// hasMonth reports whether a date figure names a month.
func (p *parser) hasMonth(f fig) bool {
	for i := f.ts; i < f.te; i++ {
		if _, ok := months[p.word(i)]; ok {
			return true
		}
	}
	return false
}

// thanEarlier reports whether "than" at token k compares with an earlier
// time: "than in 2023", "than last year", "than 2019".
func (p *parser) thanEarlier(k int) bool {
	if p.word(k) != "than" {
		return false
	}
	switch p.word(k + 1) {
	case "in", "last":
		return true
	case "a", "the":
		return p.word(k+2) == "year" || p.word(k+2) == "previous"
	}
	return p.kind(k+1) == tNum
}

// partUpVerbs with "up" say what a figure is a part of, no rise: "who
// make up about 14% of the total".
var partUpVerbs = setOf("make", "makes", "made", "making")

// isChangeNoun reports whether w names a change: "rise", "cut", "gain".
func isChangeNoun(w string) bool {
	switch w {
	case "rise", "fall", "gain", "loss", "drop", "jump", "increase", "decrease", "decline", "cut", "hike",
		"growth", "slide", "slump", "surge", "rally", "dip", "climb", "reduction", "rises", "falls", "gains",
		"losses", "drops", "increases", "cuts", "hikes":
		return true
	}
	return false
}

// trimVerbs drops verb forms from the end of a noun phrase read by
// nounPhrase: "a 6.2-magnitude earthquake struck" -> "earthquake".
func (p *parser) trimVerbs(np npSpan) npSpan {
	for np.e > np.s && verbish(p.word(np.e-1)) && !irregularBases[p.word(np.e-1)] {
		np.e--
	}
	if np.e <= np.s {
		return npSpan{s: np.s, e: np.s}
	}
	if np.head >= np.e {
		np.head = np.e - 1
	}
	return np
}

// linkAdverbs stand inside a clause without changing what a figure
// measures: "is now £520,000", "has already reached".
var linkAdverbs = setOf("now", "also", "already", "still", "again", "further", "then", "even", "never",
	"ever", "reportedly", "currently", "initially", "finally", "not", "once", "since", "so", "far")

// allCaps reports whether the ASCII letters of s are all capitals and
// there is one: an acronym ("UK", "U.S.").
func allCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	return n > 0
}
