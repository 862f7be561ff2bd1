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

// KeyF1 scores a key against a reference key written by an editor: the F1
// of their content words (KeyWords). Two keys with no content word agree
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
			if x == y {
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
