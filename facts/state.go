package facts

import "strings"

// This file reads the state of a count: what befell the people or things it
// counts ("trapped", "rescued", "aboard", "evacuated"), read from the verb
// or the adjective that governs the figure whatever noun it counts. The
// state tells two counts of one story apart when the nouns do not ("46
// miners were trapped" and "11 miners have been pulled out alive"), and one
// count across rewordings when the nouns differ ("35 men remain trapped").
// Words of one meaning give one state: "pulled out alive", "brought out"
// and "freed" are "rescued"; "on board", "aboard" and "carrying" are
// "aboard"; "unaccounted for" is "missing"; "stranded" is "trapped";
// "displaced" and "homeless" are "evacuated"; "discharged" and "gone home"
// are "discharged". Where editors use two words
// for one group of people, they share a state: two counts with different
// states are never paired, so a state is given only where its words are
// clear.

// skipPlace returns the token after a phrase of place starting at token
// i ("in eastern Ostrel", "in the lower gallery", "in the eastern district
// of Ardel"), or i when none starts there. The phrase holds no verb,
// number or clause mark, and is not "in hospital", which states an injury.
func (p *parser) skipPlace(i int) int {
	if !placePreps[p.word(i)] || p.word(i+1) == "hospital" {
		return i
	}
	end := i
	for seg := 0; seg < 3; seg++ {
		// A segment: a preposition, determiners, up to four words.
		if seg > 0 && p.word(end) != "of" && p.word(end) != "in" {
			break
		}
		j := end + 1
		for n := 0; n < 2 && (p.word(j) == "the" || p.word(j) == "a"); n++ {
			j++
		}
		k := j
		for ; k < len(p.toks) && k < j+4; k++ {
			if p.kind(k) != tWord {
				if p.isPunct(k, '-') && p.glued(k) {
					continue
				}
				break
			}
			w := p.word(k)
			// Word lists, not p.lex: the grammar calls this before the
			// key readers' caches are set up for the sentence.
			if stopWords[w] || auxiliaries[w] || beForms[w] || isVerbForm(w) || numberWords[w] {
				break
			}
			if _, ok := casualtyConcept[w]; ok {
				break
			}
			if _, ok := countStates[w]; ok {
				break
			}
		}
		if k == j {
			break
		}
		end = k
	}
	return end
}

// stateAt returns the state the words at token i state, or "": a state
// word ("trapped", "aboard", "evacuated"), "on board", "unaccounted for",
// or a rescue verb with its particle ("pulled out", "brought up"). after is
// the token after the figure's noun, where a rescue verb before the figure
// may have its particle ("brought 20 people up"); -1 when none.
func (p *parser) stateAt(i, after int) string {
	w := p.word(i)
	if s, ok := countStates[w]; ok {
		if w == "free" && p.word(i-1) != "set" && p.word(i-1) != "broke" && p.word(i-1) != "dug" {
			return "" // "free" alone is rather an adjective ("free meals")
		}
		return s
	}
	switch w {
	case "on":
		if p.word(i+1) == "board" {
			return "aboard"
		}
	case "unaccounted":
		return "missing"
	case "gone", "went", "sent", "allowed":
		// Patients "have gone home" are the discharged.
		if p.word(i+1) == "home" {
			return "discharged"
		}
	case "tested":
		if p.word(i+1) == "positive" {
			return "infected"
		}
	case "taken":
		if p.word(i+1) == "into" && p.word(i+2) == "custody" {
			return "arrested"
		}
		if p.word(i+1) == "hostage" {
			return "abducted"
		}
	}
	if rescueVerbs[w] {
		if p.rescueParticle(i+1) || after >= 0 && p.rescueParticle(after) {
			return "rescued"
		}
	}
	return ""
}

// coordinated returns state s, stated at token k, or, when another state
// is joined to it by "or" or "and" at token o ("damaged or destroyed
// about 410,000 homes", "homes were damaged or destroyed"), the first of
// the two by name: the same state whichever order a reviser writes them
// in.
func (p *parser) coordinated(s string, k, o, after int) string {
	mid := (k + o) / 2
	if w := p.word(mid); w != "or" && w != "and" {
		return s
	}
	if s2 := p.stateAt(o, after); s2 != "" && s2 < s {
		return s2
	}
	return s
}

// rescueParticle reports whether token i completes a rescue verb: "out",
// "up", "alive", "to safety", "to the surface", "from the water".
func (p *parser) rescueParticle(i int) bool {
	w := p.word(i)
	switch {
	case rescueParticles[w]:
		return true
	case w == "to":
		nx := p.word(i + 1)
		if nx == "the" {
			nx = p.word(i + 2)
		}
		return nx == "safety" || nx == "surface" || nx == "shore"
	case w == "from" || w == "out" && p.word(i+1) == "of":
		for k := i + 1; k <= i+3; k++ {
			if rescuePlaces[p.word(k)] {
				return true
			}
		}
	}
	return false
}

// state returns the state of figure x: its casualty concept for a
// casualty, what befell what it counts for a count ("trapped", "rescued",
// "aboard"), or "" when nothing states it.
func (p *parser) state(x int) string {
	f := p.figs[x]
	switch f.cat {
	case Casualties:
		if f.concept == "" {
			return "casualties"
		}
		return f.concept
	case Count:
	default:
		return ""
	}
	// Inside its noun phrase: "24 trapped men", "46 cancelled flights",
	// "11 rescued hostages".
	if f.np.e > f.np.s {
		for k := f.np.s; k < f.np.head; k++ {
			// Participles only: "12 arrest warrants", "40 rescue
			// workers" state nothing.
			if w := p.word(k); strings.HasSuffix(w, "ed") || w == "homeless" {
				if s, ok := countStates[w]; ok {
					return s
				}
			}
		}
	}
	// Right: "35 men remain trapped", "11 miners have been pulled out
	// alive", "at least 210 aboard", "nine sailors are still unaccounted
	// for", "35 miners in the lower gallery remain trapped".
	after := f.te
	if f.np.e > f.np.s && f.np.s >= f.te {
		after = f.np.e
	}
	if w := p.word(after); w == "on" || w == "in" {
		// "70 people on the ferry".
		k := after + 1
		if w := p.word(k); w == "the" || w == "a" || w == "board" {
			k++
		}
		if vehicleNouns[p.word(k)] {
			return "aboard"
		}
	}
	r := p.skipPlace(after)
	for n := 0; n < 5 && r < len(p.toks); n++ {
		if s := p.stateAt(r, -1); s != "" {
			return p.coordinated(s, r, r+2, -1)
		}
		w := p.word(r)
		if !auxiliaries[w] && !beForms[w] && !(strings.HasSuffix(w, "ly") && len(w) > 4) && w != "more" && w != "others" {
			// "another 30 damaged", "at least 30 more damaged": the
			// more have a state of their own.
			break
		}
		r++
	}
	// Left: the verb taking the figure as object, past determiners and
	// particles: "carrying about 180 people", "freed 43 passengers",
	// "had brought out 20 miners", "brought 20 people up from the ravine".
	for l, n := f.ts-1, 0; l >= 0 && n < 4; l, n = l-1, n+1 {
		if p.kind(l) != tWord {
			break
		}
		if s := p.stateAt(l, after); s != "" {
			return p.coordinated(s, l, l-2, after)
		}
		w := p.word(l)
		if w == "out" || w == "up" || w == "free" {
			continue // "brought out 20 miners"
		}
		if w == "with" && vehicleNouns[p.word(l-1)] {
			return "aboard" // "a boat with 70 migrants"
		}
		// Past determiners only (a hedge is part of the figure):
		// "trapped in two carriages" states nothing of the carriages.
		if p.lex(l)&lxDet == 0 {
			break
		}
	}
	// "arrested 12 people and 5 more": more of the count before.
	if x > 0 && (p.word(after) == "more" || p.word(after) == "others") {
		return p.state(x - 1)
	}
	// "• Evacuated: 1,200", "Rescued: 11": a fact box's label.
	if ls, le := p.labelBefore(f.ts); le > ls {
		if s, ok := countStates[p.word(le-1)]; ok {
			return s
		}
	}
	// Last, the noun itself may say it: "14 hostages", "11 captives".
	if f.np.e > f.np.s {
		return nounStates[p.word(f.np.head)]
	}
	return ""
}
