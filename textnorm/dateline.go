package textnorm

import (
	"regexp"
	"strings"
)

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

// maxStampLine is the longest line stampLine looks at.
const maxStampLine = 140

// stampLine reports whether s, a line of its own or a sentence a scraper
// glued between two others, is a byline or a dateline stamp and nothing
// else: a name, a title or a desk, and when the story was posted or
// updated ("Aurelia Nkemelu Education Editor 27/01/2025 14:20", "by Aoife
// Brennan - updated 10:18, 5 May", "From our correspondent in Innsfeld -
// 12.05.2025, 11:03", "Imogen Castellanos-Reid, 4 February 2025, 18:45
// (amended 5 February 2025, 08:20)"). Its words are capitalised (a name,
// a title, an outlet) or a stamp's own ("by", "updated", "our
// correspondent in"); its figures are dates and clock times, a clock or a
// whole date among them. A line with a lowercase word of prose, a label
// ("Opening: 12 May 2029") or any other figure is not one.
func stampLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > maxStampLine {
		return false
	}
	if last := s[len(s)-1]; (last == '.' || last == '!' || last == '?') && !strings.HasSuffix(s, "a.m.") && !strings.HasSuffix(s, "p.m.") {
		return false
	}
	if strings.Contains(s, " ago") || strings.Contains(s, " read") || strings.Contains(s, " later") {
		// "06:00, 4 Mar 2024 Updated 1 hours ago, 06:52 4 Mar 2024
		// 6-minute read": the age and the reading time a stamp's line
		// carries beside its date.
		s = strings.TrimSpace(stampExtras.ReplaceAllString(s, ""))
		if len(s) < 8 {
			return false
		}
	}
	var clock, whole, month, day, weekday bool
	names, stamp, wire := 0, false, false
	bracket := false // inside a byline's note in brackets: "(Live team)"
	x := -1
	for t := range strings.FieldsSeq(s) {
		x++
		opens, closes := strings.HasPrefix(t, "("), strings.HasSuffix(t, ")")
		if opens && !closes {
			bracket = true
		} else if closes && bracket {
			bracket = false
			if !strings.ContainsAny(t, "0123456789") {
				continue // "(Live team)": the note's last word
			}
		} else if bracket && !strings.ContainsAny(t, "0123456789") {
			continue
		}
		if x == 0 && len(t) > 3 && strings.HasSuffix(t, ",") && strings.ToUpper(t) == t && isUpper(t[0]) {
			// "ACCRA, March 4 - …": a wire story's dateline, whose
			// place and date open the story's first sentence, unless
			// an update's clock follows it.
			wire = true
			continue
		}
		t = strings.TrimLeft(t, "([")
		t = strings.TrimRight(t, ",;)]")
		switch t {
		case "", "-", "|", "/", "\u2013", "\u2014", "\u00b7", "\u2022", "&":
			continue
		}
		if isDigit(t[0]) {
			switch stampNumber(t) {
			case 't':
				clock = true
			case 'd':
				whole = true
			case 'n':
				day = true
			default:
				return false
			}
			continue
		}
		var buf [16]byte
		tw := strings.TrimSuffix(t, ".")
		if len(tw) > len(buf) {
			if !isUpper(tw[0]) && !upperRune(tw) || strings.HasSuffix(tw, ":") || strings.ContainsAny(tw, "0123456789") {
				return false
			}
			names++ // a long name, "Sutherland-Pike-Okonkwo"
			continue
		}
		for k := 0; k < len(tw); k++ {
			c := tw[k]
			if isUpper(c) {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		lw := string(buf[:len(tw)])
		kind := calendarKind(lw)
		switch {
		case kind != 0:
			month = month || kind == 'm'
			weekday = weekday || kind == 'd'
		case lw == "am" || lw == "pm" || lw == "a.m" || lw == "p.m" || stampZones[tw]:
		case stampWord(strings.TrimSuffix(lw, ":")):
			stamp = stamp || lw != "and" && lw != "in" && lw != "at" && lw != "on" && lw != "the" && lw != "of"
		case (isUpper(t[0]) || upperRune(t)) && !strings.HasSuffix(t, ":") && !strings.ContainsAny(t, "0123456789"):
			// "Orla", "Órla": a name, in any script's capitals.
			names++
		default:
			return false
		}
	}
	// A date, or a clock beside a stamp's word: a results table's row
	// ("Ostaijen 1:05") or a timetable's ("Port Aldane 14:15") has names
	// and clocks too.
	if !whole && !(month && day) && !(clock && (stamp || weekday)) {
		return false
	}
	if wire && !(clock && stamp) {
		return false
	}
	if strings.ContainsAny(s, "\"\u201c\u201d%$\u00a3\u20ac") {
		return false // a quotation or a sum is prose's
	}
	if isDigit(s[0]) && !clock {
		// "28 Jan 2026 - Cleansing Notice": a dated item of a list
		// of filings or events, not a stamp, which names first.
		return false
	}
	// A name has two words; one will do beside a stamp's word ("by
	// Staff", "From our correspondent in Innsfeld"); none, where a
	// date and a clock stand beside one ("Jan. 17, 2024 at 6:10 a.m.
	// Last updated 06:45").
	return names >= 2 || names == 1 && stamp || names == 0 && stamp && clock && (whole || month && day)
}

// stampExtras matches what a stamp's line carries beside its date: its
// age ("1 hours ago", "25 mins ago") and its reading time ("6-minute
// read", "4 min read", "5 mins to read").
var stampExtras = regexp.MustCompile(`\b\d{1,3}(-| )(hours?|hrs?|minutes?|mins?|days?)( ago,?| later| read| to read)\b`)

// dottedClock reports whether t is a clock written with a dot, hours
// and minutes: "09.05", "15.17".
func dottedClock(t string) bool {
	if len(t) != 5 && len(t) != 4 || t[len(t)-3] != '.' {
		return false
	}
	for k := 0; k < len(t); k++ {
		if k != len(t)-3 && !isDigit(t[k]) {
			return false
		}
	}
	h, m := t[:len(t)-3], t[len(t)-2:]
	return (len(h) == 1 || h[0] <= '2' && (h[0] < '2' || h[1] <= '3')) && m[0] <= '5'
}

// stampNumber classifies a token of a stamp that starts with a digit as
// numberWord does, and reads what numberWord does not: a date written
// with dots ("12.05.2025") and a clock with its half of the day glued
// ("4pm", "10.30am").
func stampNumber(t string) byte {
	if dottedClock(t) {
		// "Last updated 15.17": a clock written with a dot.
		return 't'
	}
	if k := numberWord(t); k != 0 {
		return k
	}
	if p := strings.Split(t, "."); len(p) == 3 && len(p[0]) <= 2 && len(p[1]) <= 2 && (len(p[2]) == 2 || len(p[2]) == 4) {
		for _, q := range p {
			for k := 0; k < len(q); k++ {
				if !isDigit(q[k]) {
					return 0
				}
			}
		}
		return 'd'
	}
	l := strings.ToLower(t)
	if h := strings.TrimSuffix(strings.TrimSuffix(l, "am"), "pm"); len(h) < len(l) {
		if k := numberWord(h); k == 't' || k == 'n' && len(h) <= 2 {
			return 't'
		}
	}
	return 0
}

// stampWord reports whether the lower-case word w may stand in a byline
// or a dateline stamp beside its names, dates and times, by a switch that
// costs no hashing.
func stampWord(w string) bool {
	switch w {
	case "by", "updated", "update", "published", "amended", "corrected", "posted", "modified", "edited",
		"last", "first", "from", "our", "correspondent", "correspondents", "staff", "reporter", "editor",
		"writer", "desk", "in", "at", "on", "and", "the", "of", "local", "time", "hrs", "via",
		// The same on a site in another language: Czech, German,
		// French, Spanish, Italian, Dutch, Polish and Nordic.
		"aktualizováno", "publikováno", "aktualisiert", "veröffentlicht", "mis", "à", "jour", "publié",
		"actualizado", "publicado", "aggiornato", "pubblicato", "bijgewerkt", "gepubliceerd", "zaktualizowano",
		"opublikowano", "uppdaterad", "publicerad", "opdateret", "oppdatert", "publisert":
		return true
	}
	return false
}

// calendarKind returns 'm' for a month's name and 'd' for a day's, in
// lower case and written out or cut short, or 0: the words of
// calendarWords and weekdayShort, by a switch that costs no hashing.
func calendarKind(w string) byte {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return 'm'
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return 'd'
	}
	return 0
}
