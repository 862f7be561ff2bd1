package diff

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// symbols interns strings as small integers so that sequences of sentences or
// words can be handed to go-diff as one rune per element (its lines-to-chars
// technique) and compared cheaply.
type symbols struct {
	ids map[string]int
}

func newSymbols() *symbols { return &symbols{ids: make(map[string]int)} }

// id returns the number of s, assigning the next one on first sight.
func (s *symbols) id(str string) int {
	if id, ok := s.ids[str]; ok {
		return id
	}
	id := len(s.ids)
	s.ids[str] = id
	return id
}

// Runes go-diff can carry: every code point except the surrogates, which do
// not survive its string conversions.
const (
	surrogateFirst = 0xD800
	surrogateCount = 0x800
	runeLimit      = utf8.MaxRune + 1 - surrogateCount
)

// symbolRune encodes a symbol number as a rune go-diff keeps intact. Beyond
// about a million distinct symbols numbers share runes: go-diff then sees
// some distinct elements as equal, which only coarsens the alignment; callers
// check real equality where it matters.
func symbolRune(id int) rune {
	id %= runeLimit
	if id >= surrogateFirst {
		id += surrogateCount
	}
	return rune(id)
}

// isStopword reports whether w (lower case) is left out of sentence
// similarity: such words are shared by almost any two sentences and say
// nothing about whether they tell the same thing.
func isStopword(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
		"for", "from", "by", "with", "as", "is", "are", "was", "were", "be",
		"been", "being", "has", "have", "had", "it", "its", "this", "that",
		"these", "those", "there", "their", "they", "he", "she", "his", "her",
		"him", "them", "we", "our", "you", "your", "i", "said", "says", "say",
		"not", "no", "than", "then", "also", "after", "before", "into", "over",
		"about", "up", "out", "more", "most", "so", "which", "who", "whom",
		"whose", "what", "when", "where", "while", "will", "would", "could",
		"should", "may", "might", "can", "do", "did", "does", "if", "s",
		// Scale words belong to the figures, which are left out too.
		"hundred", "thousand", "million", "billion", "trillion", "bn", "percent", "cent":
		return true
	}
	return false
}

// isWordRune reports whether r belongs inside a word token.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// isJoiner reports whether r joins two word runes into one token
// ("5,000", "U.S", "al-Khazali", "Iraq's").
func isJoiner(r rune) bool {
	switch r {
	case '.', ',', '\'', '\u2019', '-', '\u2010', '\u2011':
		return true
	}
	return false
}

// words calls yield for each token of s in order: word tokens (letters and
// digits, with inner joiners) and single punctuation marks; spaces are
// dropped. word reports whether the token is a word.
func words(s string, yield func(tok string, word bool)) {
	scanWords(s, func(b, e int, word bool) { yield(s[b:e], word) })
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// contentSet returns the sorted distinct symbol numbers of the content words
// of s: lower-cased words that are neither stopwords nor numbers. Numbers are
// left out so that a sentence whose figure changed still resembles itself.
func contentSet(s string, syms *symbols) []int {
	var set []int
	words(s, func(tok string, word bool) {
		if !word || hasDigit(tok) {
			return
		}
		tok = strings.ToLower(tok)
		if isStopword(tok) {
			return
		}
		set = append(set, syms.id(tok))
	})
	slices.Sort(set)
	return slices.Compact(set)
}

// overlap returns the size of the intersection of two sorted sets.
func overlap(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// dice returns the Dice coefficient of two sorted sets, 0 when both are
// empty.
func dice(a, b []int) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(overlap(a, b)) / float64(len(a)+len(b))
}

// containment returns the share of the smaller set found in the larger one.
func containment(a, b []int) float64 {
	m := min(len(a), len(b))
	if m == 0 {
		return 0
	}
	return float64(overlap(a, b)) / float64(m)
}
