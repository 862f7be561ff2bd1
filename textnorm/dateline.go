package textnorm

import "strings"

// maxDateline is the longest line datelineAlone looks at.
const maxDateline = 64

// datelineAlone reports whether n[s:e] is a line of its own holding
// nothing but a date, a time or both: a page's dateline or timestamp
// ("July 23 at 10:05 a.m.", "Thursday, March 5, 2026 - 7:45 PM", "March
// 5, 2026"), which changes from one scrape to the next. A date inside a
// sentence is a fact; so is one on a line of its own that continues the
// line before it ("…is scheduled for\nJuly 23 at 10 a.m.").
func datelineAlone(n string, s, e int) bool {
	for s < e && isWS(n[s]) {
		s++
	}
	for e > s && isWS(n[e-1]) {
		e--
	}
	if e-s > maxDateline || e == s || s > 0 && n[s-1] != '\n' || e < len(n) && n[e] != '\n' {
		return false
	}
	if !dateOnly(n[s:e]) {
		return false
	}
	if n[e-1] == '.' && !strings.HasSuffix(n[s:e], "a.m.") && !strings.HasSuffix(n[s:e], "p.m.") {
		return false // "July 30." ends a sentence of prose
	}
	// Wrapped prose: the line before ends in a word that needs more.
	p := s - 1
	for p >= 0 && isWS(n[p]) {
		p--
	}
	if p < 0 {
		return true
	}
	if n[p] == ',' {
		return false
	}
	w := p + 1
	for w > 0 && isLetter(n[w-1]) {
		w--
	}
	return !continuesLine[n[w:p+1]]
}

// tailDateline returns the start of a dateline that fills the last lines
// of n[s:e] after a line break, or s when there is none.
func tailDateline(n string, s, e int) int {
	for e > s && isWS(n[e-1]) {
		e--
	}
	for l := max(s+1, e-maxDateline); l < e; l++ {
		k := strings.IndexByte(n[l-1:e-1], '\n')
		if k < 0 {
			break
		}
		l += k
		if datelineAlone(n, l, e) {
			return l
		}
	}
	return s
}

// continuesLine are the words a wrapped line of prose may end with before
// a date on the next line.
var continuesLine = setOf("at", "on", "for", "by", "until", "till", "from", "since", "before", "after",
	"of", "and", "or", "to", "the", "in", "between", "than", "as", "was", "is", "were", "are", "be",
	"until", "through", "during", "from", "that", "which", "when", "dated", "date")

// dateOnly reports whether s holds nothing but words of dates and times
// (month and day names, numbers, clock times, "a.m.", time zones, "at",
// separators), with a month, a day name or a clock time among them.
func dateOnly(s string) bool {
	anchor, digits := false, false
	prevNum := false
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == ',' || c == '|' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\n' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], "\u2022") || strings.HasPrefix(s[i:], "\u00b7") {
			i++ // a bullet between date and time
			for i < len(s) && s[i] >= 0x80 && s[i] < 0xc0 {
				i++
			}
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '|' && s[j] != '(' && s[j] != ')' && s[j] != '\n' {
			j++
		}
		t := s[i:j]
		i = j
		num := false
		switch {
		case isDigit(t[0]):
			kind := numberWord(t)
			if kind == 0 {
				return false
			}
			digits, num = true, true
			if kind == 't' || kind == 'd' {
				anchor = true
			}
		default:
			var lower, upper [12]byte
			t = strings.TrimSuffix(t, ".")
			if len(t) > len(lower) {
				return false
			}
			for k := 0; k < len(t); k++ {
				c := t[k]
				lower[k], upper[k] = c, c
				if isUpper(c) {
					lower[k] = c + 'a' - 'A'
				} else if isLower(c) {
					upper[k] = c - 'a' + 'A'
				}
			}
			lw := string(lower[:len(t)])
			switch {
			case calendarWords[lw] || lw == "sept" || lw == "tues" || lw == "thur" || lw == "thurs" || weekdayShort[lw]:
				anchor = true
			case lw == "a.m" || lw == "p.m" || lw == "am" || lw == "pm":
				if !prevNum {
					return false
				}
				anchor = true
			case stampZones[string(upper[:len(t)])] || datelineWords[lw]:
			default:
				return false
			}
		}
		prevNum = num
	}
	return anchor && digits
}

// datelineWords may stand in a dateline beside its dates and times:
// "July 23 at 10:05 a.m. | Updated 11:20 a.m.".
var datelineWords = setOf("local", "time", "at", "on", "of", "the", "updated", "published", "posted",
	"last", "modified", "first", "edited")

// weekdayShort are the abbreviated day names not in calendarWords.
var weekdayShort = setOf("mon", "tue", "wed", "thu", "fri", "sat", "sun")

// numberWord classifies a token of a dateline that starts with a digit:
// 't' a clock time ("10:05", "9.12" with a suffix left to the caller), 'd'
// a numeric date ("2026-03-05", "05/03/2026"), 'n' a plain number or a
// day ("23", "2026", "5th"), or 0 for anything else.
func numberWord(t string) byte {
	t = strings.TrimSuffix(t, ".")
	k := 0
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	rest := t[k:]
	switch {
	case rest == "":
		if k <= 4 {
			return 'n'
		}
		return 0
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		if k <= 2 {
			return 'n'
		}
		return 0
	case rest[0] == ':' || rest[0] == '.':
		// "10:05", "10:05:30", "16.40", "10:05am".
		if k > 2 {
			return 0
		}
		r := strings.TrimRight(rest, "apmAPM")
		for g := r; g != ""; {
			if len(g) < 3 || g[0] != rest[0] || !isDigit(g[1]) || !isDigit(g[2]) {
				return 0
			}
			g = g[3:]
		}
		return 't'
	}
	// "2026-03-05", "05/03/2026" written without spaces.
	for q := 0; q < len(t); q++ {
		if !isDigit(t[q]) && t[q] != '-' && t[q] != '/' {
			return 0
		}
	}
	if strings.Count(t, "-") == 2 || strings.Count(t, "/") == 2 {
		return 'd'
	}
	return 0
}
