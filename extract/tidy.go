package extract

import (
	"fmt"
	"regexp"
	"strings"
)

// maxIgnoreRounds bounds the removal of ignore patterns. Removing a match
// can join text into a new match ("aabb" without "ab" is "ab"), so the
// patterns are applied until none matches; real patterns settle in one or
// two rounds, and a pathological one is an error rather than a slow loop.
const maxIgnoreRounds = 32

// ignore removes every non-empty match of each pattern from text, tidying
// whitespace after each round, until no pattern matches.
func ignore(text string, patterns []*regexp.Regexp) (string, error) {
	for _, re := range patterns {
		if re == nil {
			return "", fmt.Errorf("extract: ignore: nil pattern")
		}
	}
	for range maxIgnoreRounds {
		if !anyMatch(text, patterns) {
			return text, nil
		}
		for _, re := range patterns {
			text = re.ReplaceAllString(text, "")
		}
		text = tidy(text)
	}
	for _, re := range patterns {
		if matches(text, re) {
			return "", fmt.Errorf("extract: ignore %q: still matching after %d removals", re, maxIgnoreRounds)
		}
	}
	return text, nil
}

func anyMatch(text string, patterns []*regexp.Regexp) bool {
	for _, re := range patterns {
		if matches(text, re) {
			return true
		}
	}
	return false
}

// matches reports whether re matches a non-empty part of text; an empty
// match removes nothing.
func matches(text string, re *regexp.Regexp) bool {
	for _, m := range re.FindAllStringIndex(text, -1) {
		if m[1] > m[0] {
			return true
		}
	}
	return false
}

// tidy restores the shape of rendered text after removals: whitespace
// containing a line break becomes a paragraph break, other whitespace a
// single space, with nothing at either end.
func tidy(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space, para := false, false
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if b.Len() > 0 {
			switch {
			case para:
				b.WriteString("\n\n")
			case space:
				b.WriteByte(' ')
			}
		}
		b.WriteString(text[start:end])
		start, space, para = -1, false, false
	}
	for i, r := range text {
		if isSpace(r) || dropped(r) {
			flush(i)
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085' {
				para = true
			} else if isSpace(r) {
				space = true
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(text))
	return b.String()
}
