package facts

import (
	"slices"
	"strings"
)

// key names what figure x counts and gives its matching concept.
func (p *parser) key(x int) (key, concept string) {
	f := p.figs[x]
	np := ""
	head := ""
	if f.np.e > f.np.s {
		np = p.phraseText(f.np)
		head = stem(p.word(f.np.head))
	}
	if key, concept, ok := p.gapKey(x); ok {
		return key, concept
	}
	if f.score {
		return p.scoreKey(x)
	}
	switch f.cat {
	case Casualties:
		c := f.concept
		if c == "" {
			c = "casualties"
		}
		if f.keyNoun != "" && np == "" {
			return f.keyNoun, c
		}
		if np == "" {
			return c, c
		}
		return c + " " + np, c
	case Count:
		// "a lead of 3,400 votes", "a crowd of 74,310": what the number
		// is the size of.
		if p.word(f.ts-1) == "of" {
			if agg := p.npLeft(f.ts - 1); agg.e > agg.s && aggregateNouns[p.word(agg.head)] {
				return p.npText(agg.s, agg.e), stem(p.word(agg.head))
			}
		}
		if genericCountNouns[strings.ToLower(np)] {
			// "rose 7.8% to 289.4 million units": units of the subject.
			if pr := p.predicateOf(x); pr.rel == relLevel {
				if th := p.levelThing(pr); th.e > th.s {
					t := p.npText(th.s, th.e)
					if th == pr.subj {
						t = p.subjectText(pr)
					}
					return t, stem(p.word(th.head))
				}
			}
		}
		verb := p.governingVerb(f)
		if verb == "" && np != "" {
			// "970 million people are eligible to vote".
			verb = p.stateAfter(f)
		}
		parts := []string{}
		if np != "" {
			parts = append(parts, np)
		} else if f.unit != "" {
			parts = append(parts, f.unit)
			head = stem(strings.ToLower(f.unit))
		}
		if verb != "" {
			parts = append(parts, verb)
			// "The ruling Civic Union won 148 seats" -> "Civic Union seats
			// won": a named subject tells one count from another.
			if !p.verbBefore(f) {
				// The verb follows the figure ("25 troops were sent"): no
				// named subject to add.
			} else if pr := p.predicateOf(x); pr.verb >= 0 && pr.verb < f.ts && pr.subj.e > pr.subj.s && (pr.rel == relObject || pr.rel == relLevel && !beForms[p.word(pr.verb)]) && !reportingVerbs[p.word(pr.verb)] {
				if who := p.properName(pr); who != "" && !strings.Contains(np, who) {
					parts = append([]string{who}, parts...)
				}
			}
		}
		if len(parts) == 0 {
			// "with at least 210 aboard", "11 unaccounted for": what
			// befell it names it.
			if st := p.state(x); st != "" {
				return st, st
			}
			// A bare number: the level of the clause's subject ("the
			// death toll from the fire rose to 19"), or what its verb
			// does ("the stadium, which holds 90,000").
			pr := p.predicateOf(x)
			if np := p.levelThing(pr); np.e > np.s && (pr.rel == relLevel || pr.rel == relObject) {
				t := p.subjectText(pr)
				if np != pr.subj {
					t = p.npText(np.s, np.e)
				}
				if v := p.verbParticiple(pr); v != "" && pr.rel == relObject {
					t += " " + v
				}
				return t, stem(p.word(np.head))
			}
			// "• Confirmed cases: 187", "Target: about 48,000": a fact
			// box's label.
			if ls, le := p.labelBefore(f.ts); le > ls {
				return p.npText(ls, le), stem(p.word(le - 1))
			}
			if n := p.nounLeft(f.ts); n != "" {
				return n, stem(n)
			}
			// ", roughly 6.2 million,": the subject of the clause it
			// restates.
			if x > 0 {
				if pr := p.predicateOf(x - 1); pr.subj.e > pr.subj.s {
					return p.subjectText(pr), stem(p.word(pr.subj.head))
				}
			}
			if np, _ := p.npChain(p.subjectStart(f.ts)); np.e > np.s {
				return p.npText(np.s, np.e), stem(p.word(np.head))
			}
			return "number", "number"
		}
		c := head
		if verb != "" {
			c = strings.TrimSpace(head + " " + verb)
		}
		return strings.Join(parts, " "), c
	case Money, Percent, Measure:
		return p.measureKey(x, 0)
	case Ordinal:
		return p.ordinalKey(x)
	case Date, Time:
		return p.eventKey(x)
	}
	return np, head
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// phraseText renders a noun phrase for a key: proper modifiers and
// acronyms kept ("U.S. troops"), common adjectives dropped, lowercase
// except proper nouns.
func (p *parser) phraseText(np npSpan) string {
	var parts []string
	for i := np.s; i < np.e; i++ {
		if p.kind(i) != tWord {
			continue
		}
		r := p.raw(i)
		if i == np.head {
			if hasUpper(r) && strings.ToUpper(r) == r && len(r) > 1 {
				parts = append(parts, r)
			} else if hasUpper(r[:1]) && i > 0 {
				parts = append(parts, r)
			} else {
				parts = append(parts, strings.ToLower(r))
			}
			continue
		}
		if i > np.head {
			// A coordinated noun: "and civilians".
			parts = append(parts, strings.ToLower(r))
			continue
		}
		if p.isPunct(i+1, '-') || p.isPunct(i-1, '-') {
			continue
		}
		if hasUpper(r[:1]) && i > 0 {
			parts = append(parts, r)
		}
	}
	return strings.Join(parts, " ")
}

// compoundText renders a noun phrase with all its words, for things paid
// or measured ("aid package", "transfer fee").
func (p *parser) compoundText(np npSpan) string {
	var parts []string
	for i := np.s; i < np.e; i++ {
		if p.kind(i) != tWord || p.isPunct(i+1, '-') || p.isPunct(i-1, '-') {
			continue
		}
		w := p.word(i)
		if stopWords[w] && !npModifiers[w] {
			continue
		}
		if r := p.raw(i); hasUpper(r) && i > 0 {
			parts = append(parts, r)
		} else {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// governingVerb finds the verb that governs a count: a participle after
// the noun ("troops are stationed") or a verb before the figure ("sent
// 3,000 troops"), as a past participle.
func (p *parser) governingVerb(f fig) string {
	r := f.te
	if f.np.e > f.np.s && f.np.s >= f.te {
		// The figure's own noun; an inherited one stands elsewhere.
		r = f.np.e
	}
	for n := 0; n < 4 && r < len(p.toks); n++ {
		w := p.word(r)
		if p.lex(r)&(lxAux|lxBe) != 0 {
			r++
			continue
		}
		_, irregular := irregularParticiples[w]
		if isVerbForm(w) || n > 0 && irregular {
			if (n > 0 || strings.HasSuffix(w, "ed")) && w != "said" {
				return participle(w)
			}
		}
		break
	}
	for l, n := f.ts-1, 0; l >= 0 && n < 4; l, n = l-1, n+1 {
		if p.kind(l) == tPunct {
			break
		}
		w := p.word(l)
		if b := p.lex(l); b&lxBe != 0 || b&lxAux != 0 && w != "reported" && w != "confirmed" {
			break
		}
		_, irregular := irregularParticiples[w]
		if (isVerbForm(w) || irregular && l == p.skipQualifier(f.ts)-1) && w != "said" && w != "told" {
			return participle(w)
		}
		if strings.HasSuffix(w, "ing") && len(w) > 5 && !nounishForms[w] {
			return participle(w)
		}
		if !stopWords[w] {
			if _, ok := qualifiers[w]; !ok {
				break
			}
		}
	}
	return ""
}

// beForms are forms of "be", "have" and "do", never a key's verb.
var beForms = setOf("be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had",
	"having", "do", "does", "did", "done", "get", "got")

// skipQualifier returns the first token of the figure after its
// qualifier, so that "cut more than 1,200 jobs" finds "cut" next to it.
func (p *parser) skipQualifier(ts int) int {
	if _, n, ok := p.match(qualifiers, ts); ok {
		return n
	}
	return ts
}

// nounLeft finds the nearest content word before token i in its clause,
// skipping verbs and function words ("inflation slowed to 3.2%").
func (p *parser) nounLeft(i int) string {
	transparent := true // only words like "worth" seen so far
	for l, n := i-1, 0; l >= 0 && n < 8; l, n = l-1, n+1 {
		if p.kind(l) == tPunct {
			c := p.n[p.toks[l].s]
			if c == ',' && transparent && l < i-1 {
				// "The aid package, worth $3.5 billion,".
				transparent = false
				continue
			}
			if c == ',' || c == ';' || c == ':' || c == '(' || c == '"' {
				break
			}
			continue
		}
		if appositive[p.word(l)] {
			continue
		}
		transparent = false
		if p.kind(l) != tWord {
			continue
		}
		w := p.word(l)
		if stopWords[w] || nounStop[w] || isVerbForm(w) || weekdays[w] || len(w) < 2 || !p.toks[l+1].sp && p.kind(l+1) != tPunct {
			continue
		}
		if _, ok := months[w]; ok {
			continue
		}
		if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") {
			continue
		}
		if numberWords[w] {
			continue
		}
		// A compound: "trade deficit", "aid package".
		if m := p.word(l - 1); p.kind(l-1) == tWord && !stopWords[m] && !nounStop[m] && !isVerbForm(m) && !hasUpper(p.raw(l-1)) && !strings.HasSuffix(m, "ly") && !strings.HasSuffix(m, "ing") {
			return m + " " + w
		}
		return strings.ToLower(p.raw(l))
	}
	return ""
}

// appositive words stand between a noun and its amount ("worth", "valued
// at").
var appositive = setOf("worth", "valued", "totalling", "totaling", "costing", "priced", "at", "of")

// context lists the lemmatised content words of the figure's clause, stored
// at the end of buf; it returns them and buf grown.
func (p *parser) context(f fig, buf []string) (ctx, rest []string) {
	s, e := f.ts, f.te
	for s > 0 && !p.clauseBreak(s-1) && f.ts-s < 16 {
		s--
	}
	for e < len(p.toks) && !p.clauseBreak(e) && e-f.te < 16 {
		e++
	}
	// The words go to the end of buf, which is given a new chunk when it
	// cannot hold them all; the context is capped where it ends, so that
	// appending to it never writes into the next figure's.
	if cap(buf)-len(buf) < e-s {
		// Chunks double up to contextChunk: small texts stay small.
		buf = make([]string, 0, max(min(2*cap(buf), contextChunk), 64, e-s))
	}
	from := len(buf)
	for i := s; i < e; i++ {
		if i >= f.ts && i < f.te {
			continue
		}
		if p.kind(i) != tWord {
			continue
		}
		w := p.word(i)
		if len(w) < 2 || p.lex(i)&(lxStop|lxSmallNumber) != 0 {
			continue
		}
		st := p.stems[i]
		if st == "" {
			st = stem(w)
			p.stems[i] = st
		}
		if !slices.Contains(buf[from:], st) {
			buf = append(buf, st)
		}
	}
	if len(buf) == from {
		return nil, buf
	}
	return buf[from:len(buf):len(buf)], buf
}

// contextChunk is the most context words allocated at once for the figures
// of a document.
const contextChunk = 1024

func (p *parser) clauseBreak(i int) bool {
	if p.kind(i) != tPunct {
		return false
	}
	switch p.n[p.toks[i].s] {
	case ',', ';', ':', '(', ')', '"':
		return true
	}
	return false
}

// stateAfter returns an adjective that states what the counted noun of f
// is, after a form of "be": "970 million people are eligible", "2,000
// remain homeless"; or "".
func (p *parser) stateAfter(f fig) string {
	r := f.np.e
	if f.np.s < f.te {
		return ""
	}
	for n := 0; n < 3 && (beForms[p.word(r)] || auxiliaries[p.word(r)]); n++ {
		r++
	}
	if r == f.np.e {
		return ""
	}
	if w := p.word(r); stateWords[w] {
		return w
	}
	return ""
}

// gapKey names a figure that states a lead or a gap: "move two points
// clear" -> "Arsenal lead", "four points behind the leaders" -> "Inter gap
// to leaders".
func (p *parser) gapKey(x int) (key, concept string, ok bool) {
	f := p.figs[x]
	if f.cat != Count && f.cat != Measure && f.cat != Percent {
		return "", "", false
	}
	k := f.te
	if f.np.e > k && f.np.s >= f.te {
		k = f.np.e
	}
	what := ""
	switch p.word(k) {
	case "clear", "ahead":
		what = "lead"
	case "behind", "adrift":
		what = "gap"
	default:
		return "", "", false
	}
	if p.word(k+1) == "of" && what == "lead" {
		k++
	}
	who := ""
	pr := p.predicateOf(x)
	switch {
	case pr.obj.e > pr.obj.s && pr.direct:
		// "left Inter four points behind".
		who = p.npText(pr.obj.s, pr.obj.e)
	case pr.subj.e > pr.subj.s:
		who = p.subjectText(pr)
	}
	key = strings.TrimSpace(who + " " + what)
	if what == "gap" || p.word(k) == "of" {
		if np := p.nounPhrase(p.skipDeterminers(k+1), false); np.e > np.s {
			key += " to " + p.compoundText(np)
		}
	}
	return key, what, true
}

// scoreKey names one side of a score or a vote tally: "Arsenal beat
// Chelsea 3-1" -> "Arsenal score" and "Chelsea score"; "the Senate passed
// the bill 70-29" -> "Senate votes for" and "Senate votes against"; "a 2-2
// draw" -> "home score" and "away score".
func (p *parser) scoreKey(x int) (key, concept string) {
	first := x
	if p.figs[x].pairPrev && x > 0 {
		first = x - 1
	}
	second := first != x
	pr := p.predicateOf(first)
	verb := ""
	if pr.verb >= 0 {
		verb = p.word(pr.verb)
	}
	who, head := "", ""
	if pr.subj.e > pr.subj.s {
		who, head = p.rawText(pr.subj), p.word(pr.subj.head)
	}
	// "The vote was 7 to 4", "approved it by 7 votes to 5": the tally
	// named a vote, whatever the verb.
	if voteVerbs[verb] || head == "vote" || head == "ballot" || p.word(p.figs[first].ts+1) == "votes" {
		if head == "vote" || head == "ballot" {
			who, head = "", "" // "The vote was 7 to 4": no side named
		}
		side := "votes for"
		if second {
			side = "votes against"
		}
		return strings.TrimSpace(who + " " + side), strings.TrimSpace(stem(head) + " " + side)
	}
	if second && who != "" {
		who, head = "opponent", "opponent"
		if pr.obj.e > pr.obj.s && pr.direct {
			who, head = p.rawText(pr.obj), p.word(pr.obj.head)
		}
	}
	if who == "" {
		who, head = "home", "home"
		if second {
			who, head = "away", "away"
		}
	}
	return who + " score", stem(strings.ToLower(head)) + " score"
}

// rawText renders a noun phrase as written: the names of a score's sides
// keep their capitals even opening a sentence.
func (p *parser) rawText(np npSpan) string {
	return p.n[p.toks[np.s].s:p.toks[np.e-1].e]
}

// verbBefore reports whether a verb stands within four words before
// figure f, past qualifiers and adverbs: "won 148 seats", "has stationed
// more than 5,000 troops".
func (p *parser) verbBefore(f fig) bool {
	for l, n := f.ts-1, 0; l >= 0 && n < 4; l, n = l-1, n+1 {
		if p.isVerbAt(l) {
			return true
		}
		if p.kind(l) != tWord || !p.is(l, lxStop) && !p.adverb(l) {
			return false
		}
	}
	return false
}

// labelBefore returns the tokens [s, e) of a fact box's label ending in a
// colon right before token ts ("Confirmed cases: 187", "• Target: about
// 48,000"): one to five words opening the sentence or following a list
// mark, or (0, 0) when there is none.
func (p *parser) labelBefore(ts int) (int, int) {
	e := ts - 1
	if !p.isPunct(e, ':') {
		return 0, 0
	}
	s := e
	for s > 0 && e-s < 5 && p.kind(s-1) == tWord {
		s--
	}
	if s == e || e-s == 5 && p.kind(s-1) == tWord {
		return 0, 0
	}
	if s > 0 && !p.isPunct(s-1, '-') && !p.isPunct(s-1, '*') && p.kind(s-1) != tSym {
		return 0, 0
	}
	return s, e
}
