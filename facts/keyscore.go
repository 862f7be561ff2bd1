package facts

import (
	"strings"
	"unicode"
)

// KeyAgreeThreshold is the KeyF1 from which a key agrees with a reference
// key.
const KeyAgreeThreshold = 0.5

// genericKeyWords name a category or a kind of quantity rather than the
// thing measured; they carry no meaning in a key ("Dec. 31 date").
var genericKeyWords = setOf("date", "time", "measure", "percent", "percentage", "money", "ordinal",
	"count", "number", "amount", "figure", "value", "cent", "day", "year")

// KeyWords returns the content words of a key as a set, in order of first
// appearance: lowercased, split at anything but letters, digits and "&",
// stop words and generic words ("date", "time", "measure", "percent") left
// out, lightly stemmed, and words of the casualty family folded to their
// concept ("dead", "deaths", "killed" -> "killed").
func KeyWords(key string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(key), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
	}) {
		if stopWords[w] || genericKeyWords[w] || len(w) < 2 && !isDigitB(w[0]) {
			continue
		}
		st := stem(w)
		if c, ok := casualtyConcept[w]; ok {
			st = c
		} else if c, ok := casualtyConcept[st]; ok {
			st = c
		}
		if genericKeyWords[st] {
			continue
		}
		dup := false
		for _, o := range out {
			if o == st {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, st)
		}
	}
	return out
}

// sameKeyWord reports whether two stemmed key words are one word: equal,
// derived from one stem ("vaccinat" and "vaccination", "intens" and
// "intensity": a common prefix of five letters or more that leaves at most
// one letter of the shorter), or a compound of the shorter ("rain" and
// "rainfall").
func sameKeyWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	if n >= 5 && n >= len(a)-1 {
		return true
	}
	return n == len(a) && n >= 4 && len(b)-n >= 4
}

// KeyF1 scores a key against a reference key written by an editor: the F1
// of their content words (KeyWords), words of one stem or a compound and
// its first part counting as one (sameKeyWord). Two keys with no content word agree
// (1); a key without content words against one with some scores 0.
func KeyF1(got, want string) float64 {
	g, w := KeyWords(got), KeyWords(want)
	if len(g) == 0 && len(w) == 0 {
		return 1
	}
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	n := 0
	for _, x := range g {
		for _, y := range w {
			if sameKeyWord(x, y) {
				n++
				break
			}
		}
	}
	if n == 0 {
		return 0
	}
	p, r := float64(n)/float64(len(g)), float64(n)/float64(len(w))
	return 2 * p * r / (p + r)
}
