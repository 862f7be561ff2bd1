package facts

import (
	"strings"
)

// timeAt reads a clock time at token i: "10:30 a.m.", "14:00", "3 p.m.",
// "3pm", "noon". The value is hhmm on a 24-hour clock.
func (p *parser) timeAt(i int) (fig, int, bool) {
	f := fig{ts: i, cat: Time}
	if p.missionClock(i) {
		return f, i, false
	}
	h, m, k, ok := p.clock(i)
	if !ok {
		return f, i, false
	}
	// "1400 GMT": four digits are a time by their zone, which is part of
	// it; "14:05" and "3:42 a.m." are times without theirs.
	if k == i+1 && p.kind(i) == tNum && timeZones[p.word(k)] && p.kind(k) == tWord {
		k++
		if p.word(k-1) == "local" && p.word(k) == "time" {
			k++
		}
	} else if k == i+3 && p.isPunct(i+1, ':') && timeZones[p.word(k)] && p.word(k) != "local" && p.kind(k) == tWord && strings.ToUpper(p.raw(k)) == p.raw(k) {
		// "03:48 GMT", "14:52 UTC": a 24-hour clock is written with
		// its zone, as aviation and space desks give it.
		k++
	}
	f.value = float64(h*100 + m)
	f.te = k
	// "between 8am and 8pm" and "from 9 a.m. to 5 p.m." give two.
	return f, k, true
}

// durationAt reads an elapsed time written like a clock, as race results
// give it: "2:05:12" (h:mm:ss), "3:59.4" and "1:58.42" (m:ss with tenths or
// hundredths), "in 29:58" (m:ss whose minutes no clock shows, after "in",
// "of", "a" or a word of racing). The value is in seconds, the unit
// "second", the category Measure; the text is the literal. h:mm:ss is a
// clock time instead when "a.m.", "p.m." or a time zone follows it, or
// "at", "until", "since" (and the like) stands before it, or its hour is
// written with two digits without a word of racing before it ("14:32:05",
// "02:17:34"). A plain h:mm ("10:05") is a clock.
func (p *parser) durationAt(i int) (fig, int, bool) {
	f := fig{ts: i, cat: Measure, unit: "second"}
	if p.missionClock(i) {
		return f, i, false
	}
	if p.kind(i) != tNum || !p.isPunct(i+1, ':') || !p.glued(i+1) || p.kind(i+2) != tNum || !p.glued(i+2) {
		return f, i, false
	}
	a := p.raw(i)
	if len(a) > 3 || strings.IndexAny(a, ".,") >= 0 {
		return f, i, false
	}
	b := p.raw(i + 2)
	bi, bfrac, ok := sexagesimal(b)
	if !ok {
		return f, i, false
	}
	av := float64(atoi(a))
	if bfrac {
		// "3:59.4": minutes and seconds with a fraction.
		if p.isPunct(i+3, ':') && p.glued(i+3) {
			return f, i, false
		}
		v, _ := p.digitsValue(i + 2)
		f.value, f.te = av*60+v, i+3
		return f, i + 3, true
	}
	if p.isPunct(i+3, ':') && p.glued(i+3) && p.kind(i+4) == tNum && p.glued(i+4) {
		// "2:05:12": hours, minutes and seconds.
		if _, _, ok := sexagesimal(p.raw(i + 4)); !ok || len(a) > 2 {
			return f, i, false
		}
		k := i + 5
		if _, _, ok := p.ampm(k); ok || timeZones[p.word(k)] || clockPreps[p.word(i-1)] {
			return f, i, false
		}
		if len(a) == 2 && !durationCues[p.word(i-1)] && !(a == "00" && beForms[p.word(i-1)]) {
			// "was 00:15:48", a health service's mean wait, reads no
			// clock's hour; "02:17:34" does, and "00:07:30" alone
			// marks a place in a transcript.
			return f, i, false
		}
		v, _ := p.digitsValue(i + 4)
		f.value, f.te = av*3600+float64(bi)*60+v, k
		return f, k, true
	}
	// "leads by 1:24", "a gap of 0:45", "finished 2:05 behind", a race
	// gap "+1:12": a margin in minutes and seconds, not a clock.
	// "scored 3:41 into overtime", "with 2:31 left": a game's clock.
	if len(a) <= 2 && av < 60 && (p.marginCue(i, i+3) || p.raw(i-1) == "+" && p.glued(i) || gameClockAfter[p.word(i+3)] && !clockPreps[p.word(i-1)]) {
		f.value, f.te = av*60+float64(bi), i+3
		return f, i + 3, true
	}
	// "won in 29:58": no clock reads 29 hours, and "in", "a" or "was"
	// says it is a time taken rather than a score written with a colon.
	// "equalised at 52:48": no clock reads 52 hours, so "at" gives the
	// game's clock, a time elapsed.
	// "The mean response time was 41:12", "Category 1 mean was 8:05": a
	// mean or a median of waits, which a clock never is.
	// "an average response time of 8:34" too.
	linked := beForms[p.word(i-1)] || p.word(i-1) == "of"
	timeWord := p.word(i-2) == "time" || p.word(i-2) == "times"
	averaged := averageWords[p.word(i-1)] || linked && (averageWords[p.word(i-2)] || timeWord && (averageWords[p.word(i-3)] || p.word(i-3) == "response" && averageWords[p.word(i-4)]))
	// "beating the previous record of 14:02", "a personal best of
	// 4:05": a mark set, which no clock shows.
	averaged = averaged || p.word(i-1) == "of" && (p.word(i-2) == "record" || p.word(i-2) == "best")
	// "ran the second half faster, 68:35 against 69:21": no clock
	// reads 68 hours, and with no word of a score near it is minutes
	// and seconds.
	elapsed := av >= 25 && !clockPreps[p.word(i-1)] && !p.wordNear(i, scoreCueWords) && !p.wordNear(i, scoreVerbs)
	// "to win the championship in 4:06": a clock is read "at" a time,
	// never "in" one, so after "in" it is the time taken.
	elapsed = elapsed || p.word(i-1) == "in" && !timeZones[p.word(i+3)]
	if len(a) <= 2 && (!clockPreps[p.word(i-1)] && (averaged || av >= 25 && p.wordNear(i, elapsedWords)) || elapsed ||
		av >= 25 && (durationCues[p.word(i-1)] || beForms[p.word(i-1)] || p.word(i-1) == "a" || p.word(i-1) == "an" || p.word(i-1) == "at")) {
		if _, _, ok := p.ampm(i + 3); ok || p.isPunct(i+3, ':') {
			return f, i, false
		}
		f.value, f.te = av*60+float64(bi), i+3
		return f, i + 3, true
	}
	return f, i, false
}

// gameClockAfter follow a game's clock, an m:ss elapsed or left.
var gameClockAfter = setOf("into", "left", "remaining", "gone")

// marginCue reports whether the m:ss at tokens [i, k) is a margin between
// competitors: after "by", "of" or "to" following, within four words, a
// word of leading or a gap ("leads the race by 1:24", "a deficit of 0:45",
// "extended his advantage to 1:47"), or
// before "behind", "ahead" or
// "clear" ("finished 2:05 behind").
func (p *parser) marginCue(i, k int) bool {
	switch p.word(k) {
	case "behind", "ahead", "clear", "adrift":
		return true
	}
	if w := p.word(i - 1); w != "by" && w != "of" && w != "to" {
		return false
	}
	if _, _, ok := p.ampm(k); ok || timeZones[p.word(k)] {
		return false // "moved the lead time to 1:47 p.m."
	}
	// "leads by", "leads the race by", "a lead of".
	for l := i - 2; l >= 0 && l >= i-5 && p.kind(l) == tWord; l-- {
		if marginWords[p.word(l)] {
			return true
		}
	}
	return false
}

// marginWords govern a margin between competitors.
var marginWords = setOf("lead", "leads", "led", "leading", "won", "win", "wins", "winning", "trails", "trail",
	"trailed", "trailing", "gap", "margin", "advantage", "deficit", "ahead", "behind", "beat", "beaten")

// sexagesimal reads the minutes or seconds field of an elapsed time: two
// digits below 60, with an optional decimal part ("05", "59.4").
func sexagesimal(s string) (int, bool, bool) {
	if len(s) < 2 || !isDigitB(s[0]) || !isDigitB(s[1]) || len(s) > 2 && (s[2] != '.' || len(s) == 3) {
		return 0, false, false
	}
	for k := 3; k < len(s); k++ {
		if !isDigitB(s[k]) {
			return 0, false, false
		}
	}
	v := atoi(s[:2])
	return v, len(s) > 2, v < 60
}

// clockPreps before h:mm:ss make it a clock time: "at 14:32:05".
var clockPreps = setOf("at", "until", "till", "since", "before", "after", "from", "by", "around")

// clockPrepBefore reports whether a clock's preposition stands before
// token i, past a hedge: "at 22.00", "until 06.00", "at about 03.30".
// "from" is left out: "from 13.20 to 14.10" is as often a price.
func (p *parser) clockPrepBefore(i int) bool {
	b := i - 1
	switch p.word(b) {
	case "about", "around", "approximately", "roughly", "precisely", "exactly":
		b--
	}
	w := p.word(b)
	return clockPreps[w] && w != "from"
}

// numericDate reports whether token k ends a date written in digits,
// "11/21/2026" or "21-11-2026": a 24-hour clock may follow it ("UPDATE
// 11/21/2026 1530 hours").
func (p *parser) numericDate(k int) bool {
	for n := 0; n < 2; n++ {
		if p.kind(k) != tNum || len(p.raw(k)) > 4 || !p.glued(k) || !(p.isPunct(k-1, '/') || p.isPunct(k-1, '-')) || !p.glued(k-1) {
			return false
		}
		k -= 2
	}
	return p.kind(k) == tNum && len(p.raw(k)) <= 2
}

// dotClockEnd reports whether token k, after a number written like
// "13.20", leaves it a clock time: the end of the sentence, punctuation, or
// a word that is no unit, currency or percent ("at 13.20 on Friday"; not
// "at 13.20 pence").
func (p *parser) dotClockEnd(k int) bool {
	if p.kind(k) != tWord {
		return !p.isPunct(k, '%')
	}
	w := p.word(k)
	if _, ok := measureUnits[w]; ok {
		return false
	}
	if _, ok := scaleWords[w]; ok {
		return false // "stood at 14.26 trillion yuan"
	}
	if _, ok := currencyWords[w]; ok {
		return false // "at 18.35 pesos"
	}
	switch w {
	case "pence", "p", "cents", "euros", "dollars", "pounds", "per", "percent", "points", "a", "an", "each":
		return false
	}
	return true
}

// dayPartAfter reports whether a part of the day or a weekday follows
// within a few words of token k: "at 9.30 on Wednesday morning", "at
// 6.45 this evening".
func (p *parser) dayPartAfter(k int) bool {
	for j := k; j < len(p.toks) && j < k+4 && p.kind(j) == tWord; j++ {
		switch w := p.word(j); w {
		case "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday", "tomorrow":
			return true
		default:
			if weekdays[w] {
				return true
			}
		}
	}
	return false
}

// missionClock reports whether the number at token i is read off a
// mission's clock, "T+04:30:00", "T-00:10:00": an entry's label, which no
// one revises.
func (p *parser) missionClock(i int) bool {
	// Back to the clock's first part: "T+04:30:00" read from its "30".
	for i > 1 && p.isPunct(i-1, ':') && p.glued(i) && p.glued(i-1) && p.kind(i-2) == tNum {
		i -= 2
	}
	if !p.glued(i) || !(p.isPunct(i-1, '+') || p.isPunct(i-1, '-') || p.raw(i-1) == "+") || !p.glued(i-1) {
		return false
	}
	return p.raw(i-2) == "T" || p.raw(i-2) == "L"
}

// durationCues before a two-digit h:mm:ss make it an elapsed time: "in
// 10:05:12", "a time of 11:40:03".
var durationCues = setOf("in", "of", "clocked", "timed", "ran", "run", "finished", "won", "record", "time",
	"waited", "averaged", "mean", "median", "average")

// averageWords before an m:ss, or before "was" and it, make it an
// average wait rather than a clock: "mean 8:05", "the median was 12:40".
var averageWords = setOf("mean", "median", "average", "averaged", "averages", "averaging")

// elapsedWords near an m:ss whose minutes no clock shows make it a time
// taken: "the response time was 41:12".
var elapsedWords = setOf("response", "wait", "waits", "waiting", "time", "times", "duration", "mean", "median", "average")

// clock reads one clock time.
func (p *parser) clock(i int) (h, m, next int, ok bool) {
	switch p.word(i) {
	case "noon", "midday":
		return 12, 0, i + 1, true
	case "midnight":
		return 0, 0, i + 1, true
	}
	if h, m, next, ok := p.spokenClock(i); ok {
		return h, m, next, true
	}
	if p.kind(i) != tNum {
		return 0, 0, i, false
	}
	lit := p.raw(i)
	// "1500 GMT", "0900 local time": a 24-hour clock without a colon.
	if len(lit) == 4 && strings.IndexAny(lit, ".,") < 0 && timeZones[p.word(i+1)] {
		if z := p.word(i + 1); (z == "hours" || z == "hrs") && lit[0] != '0' && !p.clockPrepBefore(i) && !p.numericDate(i-1) {
			// "at 1400 hours" is a time; "has 1008 hours to appeal"
			// a span.
			return 0, 0, i, false
		}
		hh, mm := atoi(lit[:2]), atoi(lit[2:])
		if hh < 24 && mm < 60 {
			return hh, mm, i + 1, true
		}
	}
	if len(lit) <= 2 && p.raw(i+1) == "h" && p.kind(i+2) == tNum && len(p.raw(i+2)) == 2 && p.glued(i+1) == p.glued(i+2) {
		// "à 17 h 48", "17h48": a clock as French and Quebec copy writes
		// it.
		if hh, mm := atoi(lit), atoi(p.raw(i+2)); hh < 24 && mm < 60 {
			return hh, mm, i + 3, true
		}
	}
	if (len(lit) == 3 || len(lit) == 4) && strings.IndexAny(lit, ".,") < 0 && lit[0] != '0' {
		// "UNTIL 445 AM CDT", "1032 AM EST": a weather service's clock,
		// its hour and minutes run together before AM or PM.
		hh, mm := atoi(lit[:len(lit)-2]), atoi(lit[len(lit)-2:])
		if ap, k, ok := p.ampm(i + 1); ok && hh >= 1 && hh <= 12 && mm < 60 {
			return to24(hh, ap), mm, k, true
		}
	}
	if len(lit) > 2 || strings.IndexAny(lit, ".,") >= 0 {
		// "10.30 a.m." in British style.
		if len(lit) == 5 && lit[2] == '.' || len(lit) == 4 && lit[1] == '.' {
			hh := atoi(lit[:strings.IndexByte(lit, '.')])
			mm := atoi(lit[strings.IndexByte(lit, '.')+1:])
			if ap, k, ok := p.ampm(i + 1); ok {
				if hh >= 1 && hh <= 12 && mm < 60 {
					return to24(hh, ap), mm, k, true
				}
			}
			// "at 13.20 GMT", "until 22.00": a 24-hour clock written with
			// a dot, by its zone or, with two-digit hours, after a
			// clock's preposition, in a sentence of no prices, and before
			// no unit or currency.
			if hh < 24 && mm < 60 && (timeZones[p.word(i+1)] && p.word(i+1) != "hours" && p.word(i+1) != "local" ||
				len(lit) == 5 && p.clockPrepBefore(i) && !p.indexCtx && !p.moneyCtx && p.dotClockEnd(i+1)) {
				return hh, mm, i + 1, true
			}
			if len(lit) == 4 && mm%5 == 0 && p.clockPrepBefore(i) && !p.indexCtx && !p.moneyCtx && p.dotClockEnd(i+1) && p.dayPartAfter(i+1) {
				// "reopened at 9.30 on Wednesday morning": a one-digit
				// hour, told a clock by the part of the day after it.
				return hh, mm, i + 1, true
			}
		}
		return 0, 0, i, false
	}
	hh := atoi(lit)
	k := i + 1
	mm := 0
	colon := false
	if p.isPunct(k, ':') && p.glued(k) && p.kind(k+1) == tNum && p.glued(k+1) && len(p.raw(k+1)) == 2 {
		mm = atoi(p.raw(k + 1))
		if mm >= 60 || hh > 24 {
			return 0, 0, i, false
		}
		k += 2
		colon = true
		// Seconds.
		if p.isPunct(k, ':') && p.glued(k) && p.kind(k+1) == tNum && len(p.raw(k+1)) == 2 {
			k += 2
		}
	}
	if ap, k2, ok := p.ampm(k); ok && hh >= 1 && hh <= 12 {
		return to24(hh, ap), mm, k2, true
	}
	if p.word(k) == "o'clock" && hh >= 1 && hh <= 12 {
		return hh, 0, k + 1, true
	}
	if !colon && hh >= 1 && hh <= 12 && p.clockPrepBefore(i) && (p.word(k) == "in" && p.word(k+1) == "the" || p.word(k) == "at" && p.word(k+1) == "night") {
		// "by 9 in the morning", "at 7 in the evening", "until 11 at
		// night": the part of the day says the half.
		if p.word(k+1) == "night" && hh != 12 {
			return to24(hh, 'p'), 0, k, true
		}
		switch p.word(k + 2) {
		case "morning":
			return to24(hh, 'a'), 0, k, true
		case "afternoon", "evening":
			return to24(hh, 'p'), 0, k, true
		}
	}
	if colon {
		return hh, mm, k, true
	}
	return 0, 0, i, false
}

// spokenClock reads a clock time as it is said at token i: "half past
// four", "a quarter to two", "twenty past eleven", "ten to six", "nine
// o'clock". Its hour is on a 12-hour clock, as said: a script reads
// "ten past six" for 6.10pm (see SpokenTime in diff, which compares such
// times by the half day).
func (p *parser) spokenClock(i int) (h, m, next int, ok bool) {
	if p.kind(i) != tWord {
		return 0, 0, i, false // digits' "9 o'clock" is clock's
	}
	if hh, ok := p.spokenHour(i); ok && p.word(i+1) == "o'clock" {
		return hh, 0, i + 2, true
	}
	k := i
	if p.word(k) == "a" && p.word(k+1) == "quarter" {
		k++
	}
	var mins int
	switch w := p.word(k); {
	case w == "quarter":
		mins = 15
	case w == "half":
		mins = 30
	default:
		n, spelled := smallNumbers[w]
		if !spelled || n < 1 || n > 29 {
			return 0, 0, i, false
		}
		mins = int(n)
		if p.word(k+1) == "minutes" {
			k++
		}
	}
	past := p.word(k + 1)
	if past != "past" && past != "to" || mins == 30 && past == "to" {
		return 0, 0, i, false
	}
	if mins%5 != 0 || past == "to" && !p.clockPrepBefore(i) {
		// "voted nine to two", "aged four to 11": a tally and a range;
		// "at ten to six" is a time.
		return 0, 0, i, false
	}
	hh, ok := p.spokenHour(k + 2)
	if !ok {
		return 0, 0, i, false
	}
	e := k + 3
	if past == "to" {
		// "ten to six people", "five to ten per cent": a range, unless
		// nothing counted follows.
		if p.kind(e) == tWord && (isPluralNoun(p.word(e)) || measureUnitWord(p.word(e)) || p.word(e) == "per") || p.isPunct(e, '%') {
			return 0, 0, i, false
		}
		mins = 60 - mins
		if hh--; hh == 0 {
			hh = 12
		}
	}
	return hh, mins, e, true
}

// spokenHour reads an hour of a spoken clock at token k, "six" or "6".
func (p *parser) spokenHour(k int) (int, bool) {
	if n, ok := smallNumbers[p.word(k)]; ok && n >= 1 && n <= 12 && n == float64(int(n)) {
		return int(n), true
	}
	if p.kind(k) == tNum && len(p.raw(k)) <= 2 {
		if n := atoi(p.raw(k)); n >= 1 && n <= 12 {
			return n, true
		}
	}
	return 0, false
}

// ampm reads "a.m.", "p.m.", "am", "pm" at token k; ap is 'a' or 'p'.
func (p *parser) ampm(k int) (byte, int, bool) {
	switch w := p.word(k); w {
	case "a.m.", "am", "a.m":
		return 'a', k + 1, true
	case "p.m.", "pm", "p.m":
		return 'p', k + 1, true
	case "a", "p":
		// "a.m" split by a sentence-final dot: "a" "." "m" ".".
		if p.isPunct(k+1, '.') && p.word(k+2) == "m" {
			e := k + 3
			if p.isPunct(e, '.') {
				e++
			}
			return w[0], e, true
		}
	}
	return 0, k, false
}

// timeZones follow a clock time; they are not part of its span.
var timeZones = setOf("gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt",
	"pst", "pdt", "et", "pt", "ist", "jst", "kst", "aest", "aedt", "msk", "local", "hours", "hrs", "z",
	// Zones that spell English words ("WEST", "CAT", "EAT") are left
	// out: after a live page's clock they open its entry.
	"ct", "mt", "akst", "akdt", "hst", "ast", "adt", "nst", "ndt", "wet", "eet", "eest", "sast",
	"wat", "gst", "pkt", "npt", "ict", "wib", "sgt", "hkt", "pht", "myt", "awst", "acst", "acdt", "nzst",
	"nzdt", "brt", "clt")

func to24(h int, ap byte) int {
	if ap == 'p' && h < 12 {
		return h + 12
	}
	if ap == 'a' && h == 12 {
		return 0
	}
	return h
}

func atoi(s string) int {
	n := 0
	for k := 0; k < len(s) && k < 9; k++ {
		if s[k] < '0' || s[k] > '9' {
			return n
		}
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// monthAt reads a month name at token i ("December", "Dec.", "Sept.") and
// returns its number and the index after it.
func (p *parser) monthAt(i int) (int, int, bool) {
	if p.kind(i) != tWord {
		return 0, i, false
	}
	m, ok := months[p.word(i)]
	if !ok {
		return 0, i, false
	}
	r := p.raw(i)
	if r[0] < 'A' || r[0] > 'Z' {
		return 0, i, false
	}
	k := i + 1
	full := len(r) > 4 || r == "June" || r == "July" || r == "May"
	if p.isPunct(k, '.') && p.glued(k) && !full {
		k++
	}
	return m, k, true
}

// dateAt reads a calendar date at token i: "Dec. 31", "December 31, 2019",
// "31 December", "31st of December 2026", "November 2021".
func (p *parser) dateAt(i int, between bool) (fig, int, bool) {
	f := fig{ts: i, cat: Date}
	v, k, ok := p.calendar(i)
	borrowed := false
	if !ok {
		if v, ok = p.dayBeforeRange(i); !ok {
			return f, i, false
		}
		k, borrowed = i+1, true
	}
	f.value, f.te = v, k
	if borrowed {
		// "between 2 and 9 August", "from 2 to 9 August", "2-9
		// August": one span of days, as "2 to 5 goals" is one range;
		// "on 2 and 9 August" names two dates, revised one at a time.
		if w := p.word(k); w != "and" || between {
			if v2, k2, ok := p.calendar(k + 1); ok {
				if v < 1e4 && v2 >= 1e7 {
					v = float64(int(v2)/10000*10000) + v // "14-16 June 2025": the year covers both
				}
				if v2 > v {
					f.value, f.high, f.hasHigh, f.te = v, v2, true, k2
					return f, k2, true
				}
			}
		}
		return f, k, true
	}
	if between && p.word(k) == "and" {
		if v2, k2, ok := p.calendar(k + 1); ok && v2 > v {
			f.high, f.hasHigh, f.te = v2, true, k2
			return f, k2, true
		}
	}
	if low, high, k2, ok := p.dayAfterRange(v, k); ok {
		f.value, f.high, f.hasHigh, f.te = low, high, true, k2
		return f, k2, true
	}
	return f, k, true
}

// dayAfterRange reads the last day of a span of days written after its
// month and first day v, at token k: the 11 of "August 9-11" and of
// "August 9 to 11, 2025", which say what "9 to 11 August" does. It
// returns the span's ends, a year after it given to both.
func (p *parser) dayAfterRange(v float64, k int) (low, high float64, next int, ok bool) {
	md := int(v) % 10000
	if md < 101 || md > 1231 || v >= 1e4 && v < 1e7 {
		return 0, 0, k, false // a month of a year, "May 2024"
	}
	switch w := p.word(k); {
	case p.isPunct(k, '-') && p.glued(k) && p.glued(k+1):
	case w == "to" || w == "through" || w == "until":
	default:
		return 0, 0, k, false
	}
	lit := p.raw(k + 1)
	d2 := atoi(lit)
	if p.kind(k+1) != tNum || len(lit) > 2 || d2 <= md%100 || d2 > 31 || p.isPunct(k+2, ':') || p.isPunct(k+2, '.') && p.kind(k+3) == tNum {
		return 0, 0, k, false // "7 Dec to 11:00" ends at a clock
	}
	if _, _, pm := p.ampm(k + 2); pm {
		return 0, 0, k, false
	}
	e := k + 2
	if p.ordSuffix(e) {
		e++
	}
	if _, _, month := p.monthAt(e); month {
		return 0, 0, k, false
	}
	if _, _, unit := p.match(measureUnits, e); unit || p.kind(e) == tWord && isPluralNoun(p.word(e)) {
		return 0, 0, k, false // "March 3 to 5 days"
	}
	if p.isPunct(e, '-') && p.glued(e) && p.kind(e+1) == tWord {
		return 0, 0, k, false // "born on 8 August to 19-year-old Puteri"
	}
	low, high = v, v-float64(md%100)+float64(d2)
	if v < 1e4 && p.isPunct(e, ',') && p.kind(e+1) == tNum && len(p.raw(e+1)) == 4 {
		if y := atoi(p.raw(e + 1)); y >= 1000 && y <= 2200 {
			return low + float64(y*10000), high + float64(y*10000), e + 2, true // "August 9-11, 2025"
		}
	}
	return low, high, e, true
}

// dayBeforeRange reads a day at token i that takes its month from the
// day after it: the 2 of "between 2 and 9 August", "from 2 to 9 August",
// "2-9 August".
func (p *parser) dayBeforeRange(i int) (float64, bool) {
	day := func(k int) int {
		if p.kind(k) != tNum || len(p.raw(k)) > 2 {
			return 0
		}
		if d := atoi(p.raw(k)); d >= 1 && d <= 31 {
			return d
		}
		return 0
	}
	d := day(i)
	if d == 0 {
		return 0, false
	}
	k := i + 1
	switch w := p.word(k); {
	case w == "and" || w == "to" || w == "until" || w == "through":
	case p.isPunct(k, '-') && p.glued(k) && p.glued(k+1):
	default:
		return 0, false
	}
	d2 := day(k + 1)
	e := k + 2
	if p.ordSuffix(e) {
		e++
	}
	m, _, ok := p.monthAt(e)
	if d2 <= d || !ok {
		return 0, false
	}
	return float64(m*100 + d), true
}

func (p *parser) calendar(i int) (float64, int, bool) {
	if m, k, ok := p.monthAt(i); ok {
		// "May" and "March" are also words; only take them with a number.
		if p.kind(k) == tNum {
			lit := p.raw(k)
			d := atoi(lit)
			if len(lit) <= 2 && d >= 1 && d <= 31 {
				e := k + 1
				if p.ordSuffix(e) {
					e++
				}
				// ", 2019".
				if p.isPunct(e, ',') && p.kind(e+1) == tNum && len(p.raw(e+1)) == 4 {
					y := atoi(p.raw(e + 1))
					if y >= 1000 && y <= 2200 {
						return float64(y*10000 + m*100 + d), e + 2, true
					}
				}
				if p.kind(e) == tNum && len(p.raw(e)) == 4 && p.toks[e].sp {
					y := atoi(p.raw(e))
					if y >= 1000 && y <= 2200 {
						return float64(y*10000 + m*100 + d), e + 1, true
					}
				}
				return float64(m*100 + d), e, true
			}
			if len(lit) == 4 && strings.IndexByte(lit, ',') < 0 {
				y := atoi(lit)
				if y >= 1000 && y <= 2200 {
					return float64(y*100 + m), k + 1, true
				}
			}
		}
		return 0, i, false
	}
	if d, k, ok := p.spelledOrdinal(i); ok && d >= 1 && d <= 31 && p.word(k) == "of" {
		// "the fifteenth of October", a date read aloud.
		if m, e, ok := p.monthAt(k + 1); ok {
			return float64(m*100 + int(d)), e, true
		}
	}
	if p.kind(i) == tNum {
		lit := p.raw(i)
		d := atoi(lit)
		if len(lit) > 2 || d < 1 || d > 31 {
			return 0, i, false
		}
		k := i + 1
		if p.ordSuffix(k) {
			k++
		}
		if p.word(k) == "of" {
			k++
		}
		// "19-Nov-2026": day, month and year joined by hyphens, as a
		// press release's stamp writes them.
		hyphened := p.isPunct(k, '-') && p.glued(k) && p.glued(k+1)
		if hyphened {
			k++
		}
		m, e, ok := p.monthAt(k)
		if !ok {
			return 0, i, false
		}
		if hyphened {
			if p.isPunct(e, '-') && p.glued(e) && p.glued(e+1) && p.kind(e+1) == tNum && len(p.raw(e+1)) == 4 {
				if y := atoi(p.raw(e + 1)); y >= 1000 && y <= 2200 {
					return float64(y*10000 + m*100 + d), e + 2, true
				}
			}
			return float64(m*100 + d), e, true
		}
		if p.kind(e) == tNum && len(p.raw(e)) == 4 && p.toks[e].sp {
			y := atoi(p.raw(e))
			if y >= 1000 && y <= 2200 {
				return float64(y*10000 + m*100 + d), e + 1, true
			}
		}
		return float64(m*100 + d), e, true
	}
	return 0, i, false
}

// spelledOrdinal reads an ordinal written as a word at token i, "fifth"
// or "twenty-first", and returns its value and the token after it.
func (p *parser) spelledOrdinal(i int) (float64, int, bool) {
	w := p.word(i)
	if v, ok := ordinalWords[w]; ok {
		return v, i + 1, true
	}
	if t, ok := smallNumbers[w]; ok && t >= 20 && p.isPunct(i+1, '-') && p.glued(i+1) {
		if u, ok := ordinalWords[p.word(i+2)]; ok && u < 10 {
			return t + u, i + 3, true
		}
	}
	return 0, i, false
}

// ordSuffix reports whether token k is an ordinal suffix glued to digits.
func (p *parser) ordSuffix(k int) bool {
	switch p.word(k) {
	case "st", "nd", "rd", "th":
		return p.glued(k)
	}
	return false
}

// placeLead are the words before a chart's place written "No 12": "at",
// "to", "reached", "debuted at".
var placeLead = setOf("at", "to", "from", "reached", "hit", "was", "is", "remains", "stays", "peaked", "climbed",
	"rose", "fell", "slipped", "dropped", "entered", "debuted", "the", "a", "his", "her", "their", "its")

// chartCues tell a chart or a ranking in the sentence, where "No 12" is a
// place; elsewhere "No 10" is an address and "No 7" a shirt.
var chartCues = setOf("chart", "charts", "single", "singles", "album", "albums", "debuted", "places", "place",
	"ranked", "ranking", "rankings", "position", "spot", "seed", "seeded", "hot", "list", "table", "billboard", "countdown")

// namedOrdinal reports whether the capitalised words from token k, after
// an ordinal, end in a noun that names a body by its number: a military
// unit, an amendment, a court's circuit, a legislature's session.
func (p *parser) namedOrdinal(k int) bool {
	for j := k; j < k+4 && p.kind(j) == tWord && p.capitalized(j); j++ {
		if _, ok := months[p.word(j)]; ok || weekdays[p.word(j)] {
			return false
		}
		if numberedBodies[p.word(j)] {
			return true
		}
	}
	return false
}

// moreWords before "times" count again: "3 more times", "two further
// times".
var moreWords = setOf("more", "further", "additional", "extra")

// numberedBodies are the nouns of names that hold an ordinal: "the 82nd
// Airborne Division", "the 14th Amendment", "the 2nd Circuit", "the 118th
// Congress".
var numberedBodies = setOf("brigade", "brigades", "division", "army", "battalion", "regiment", "corps", "fleet",
	"squadron", "wing", "airborne", "infantry", "cavalry", "marines", "guards", "amendment", "circuit",
	"congress", "parliament", "assembly", "dail", "knesset")

// raceCarWords near "the No. 8" make it a car: motor racing names its cars
// by number.
var raceCarWords = setOf("pit", "pits", "pit-lane", "stewards", "grid", "lap", "laps", "chassis", "le", "prototype",
	"hypercar", "gt3", "endurance", "qualifying", "pole")

// ordinalAt reads an ordinal: "22nd", "third", "twenty-first", "No. 2".
func (p *parser) ordinalAt(i int) (fig, int, bool) {
	f := fig{ts: i, cat: Ordinal}
	switch p.kind(i) {
	case tNum:
		if !p.ordSuffix(i + 1) {
			if p.sequenceLabel(i) {
				// "won stage 17", "round 3 of the talks": the
				// 17th stage, the third round.
				v, _ := p.digitsValue(i)
				f.value, f.te = v, i+1
				p.sequenceRun(&f, i)
				return f, i + 1, true
			}
			return f, i, false
		}
		lit := p.raw(i)
		if strings.IndexByte(lit, '.') >= 0 {
			return f, i, false
		}
		v, _ := p.digitsValue(i)
		f.value, f.te = v, i+2
		p.runOrdinal(&f, i+2)
		return f, i + 2, true
	case tWord:
	default:
		return f, i, false
	}
	w := p.word(i)
	if w == "no" && p.isPunct(i+1, '.') && p.kind(i+2) == tNum && strings.HasPrefix(p.raw(i), "N") {
		// "No. 2" ranks; "No. 10 Downing Street" names a place, and
		// "Case No. 26-05512" a file.
		if nx := p.raw(i + 3); nx != "" && nx[0] >= 'A' && nx[0] <= 'Z' || p.isPunct(i+3, '-') && p.glued(i+3) && p.kind(i+4) == tNum {
			return f, i + 3, false
		}
		if installationWords[p.word(i+3)] {
			// "blocked access to the No. 3 shaft", "the No. 2 reactor":
			// a plant's part named by its number.
			return f, i + 3, false
		}
		if p.word(i-1) == "the" && p.wordNear(i, raceCarWords) {
			// "Stewards investigated the No. 8 for a pit-lane speed": a
			// car named by its number.
			return f, i + 3, false
		}
		v, _ := p.digitsValue(i + 2)
		f.value, f.te = v, i+3
		return f, i + 3, true
	}
	if p.raw(i) == "No" && p.kind(i+1) == tNum && !p.glued(i+1) && placeLead[p.word(i-1)] && !strings.ContainsAny(p.raw(i+1), ".,") && p.wordNear(i, chartCues) {
		// "debuted at No 12", "fell three places to No 9": a chart's
		// place, written without the abbreviation's full stop.
		if nx := p.raw(i + 2); nx == "" || !isUpperB(nx[0]) {
			v, _ := p.digitsValue(i + 1)
			if v >= 1 && v <= 500 {
				f.value, f.te = v, i+2
				return f, i + 2, true
			}
		}
	}
	if n, spelled := smallNumbers[w]; spelled && (n > 1 || oneNumbered[p.word(i-1)]) && p.sequenceLabel(i) {
		// "in round five": the fifth round; "Round one began at 9.30am"
		// the first, where "from day one" is an idiom.
		f.value, f.te = n, i+1
		p.sequenceRun(&f, i)
		return f, i + 1, true
	}
	v, k, ok := p.spelledOrdinal(i)
	if !ok {
		return f, i, false
	}
	if !p.rankingOrdinal(i, k, w) {
		return f, i, false
	}
	f.value, f.te = v, k
	p.runOrdinal(&f, k)
	return f, k, true
}

// sequencePeople after "a third" or "a fourth" make it one more person
// in a story's telling: "a third man was arrested".
var sequencePeople = setOf("man", "woman", "person", "suspect", "victim", "boy", "girl", "teenager", "child",
	"driver", "passenger", "body", "officer", "patient", "defendant", "worker", "pupil", "student", "resident")

// installationWords after "No. 3" make it the name of a plant's part,
// not a rank: "the No. 3 shaft", "No. 2 reactor", "No. 4 berth".
var installationWords = setOf("shaft", "shafts", "reactor", "reactors", "unit", "units", "furnace", "kiln",
	"berth", "pier", "platform", "runway", "terminal", "gate", "well", "pit", "boiler", "turbine", "mill",
	"generator", "pump", "pumps", "engine", "hangar", "dock", "wharf", "plant", "line", "level")

// runOrdinal notes the time unit of the run the ordinal f, ending at
// token k, ranks the latest of: "for a ninth consecutive day" states
// nine days, as "for nine days in a row" does, so that the one rewritten
// as the other is no change.
func (p *parser) runOrdinal(f *fig, k int) {
	switch p.word(k) {
	case "consecutive", "straight", "successive", "running":
	case "day", "week":
		// "on the fourth day" of a match or a strike is its day four,
		// and four days into it.
		f.run = p.word(k)
		return
	default:
		return
	}
	if name, _, ok := p.match(measureUnits, k+1); ok && timeUnits[name] {
		f.run = name
	}
}

// sequenceNouns name one of a numbered series: "stage 17", "round 3",
// "lap 40", "day four", "week 10". A day or a week so numbered is the
// run of days or weeks it ends: "Day 9" is "the ninth day" and "nine
// days into" it, whichever way a reviser writes it.
var sequenceNouns = setOf("stage", "round", "game", "lap", "hole", "leg", "heat", "episode", "phase", "day", "week")

// oneNumbered are the sequenceNouns that "one" numbers as it does any
// other of the series: "Round one", "phase one", "stage one"; "day one"
// and "game one" are more often idioms ("from day one").
var oneNumbered = setOf("stage", "round", "lap", "hole", "leg", "heat", "episode", "phase")

// sequenceRun notes the run a numbered day or week at token i ends: "day
// four" is four days into it.
func (p *parser) sequenceRun(f *fig, i int) {
	if w := p.word(i - 1); w == "day" || w == "week" {
		f.run = w
	}
}

// sequenceLabel reports whether the whole number at token i numbers one of
// a series named by the noun before it ("stage 17", "Round 3"): the
// same fact as "the 17th stage". "The round 5 people missed" counts
// people.
func (p *parser) sequenceLabel(i int) bool {
	if !sequenceNouns[p.word(i-1)] || p.glued(i) || p.kind(i) == tNum && (strings.ContainsAny(p.raw(i), ".,") || len(p.raw(i)) > 3) {
		return false
	}
	k := i + 1
	if p.kind(k) == tWord && (isPluralNoun(p.word(k)) || measureUnitWord(p.word(k))) || p.kind(k) == tNum || p.isPunct(k, '-') || p.isPunct(k, '%') {
		return false
	}
	if _, _, ok := p.percentAt(k); ok {
		return false // "ended the round 4 per cent lower"
	}
	// "the first round 2 teams met": a determiner before the noun is fine,
	// a number is not.
	return p.kind(i-2) != tNum
}

// inARow reports whether "in a row" follows within a few words of token
// k: "the fourth half-year in a row".
func (p *parser) inARow(k int) bool {
	for j := k; j < len(p.toks) && j < k+5 && p.kind(j) != tNum; j++ {
		if p.word(j) == "in" && p.word(j+1) == "a" && p.word(j+2) == "row" {
			return true
		}
	}
	return false
}

// rankingOrdinal tells an ordinal that ranks or numbers something ("third
// quarter", "finished second") from idioms and other senses ("for the first
// time", "second" as a unit, "first detected").
func (p *parser) rankingOrdinal(i, k int, w string) bool {
	prev := p.word(i - 1)
	next := p.word(k)
	if p.isPunct(k, '-') && p.glued(k) {
		// "second-fastest", "second-largest" rank;
		// "first-time", "second-hand", "third-party", "first-ever" and
		// "second-in-command" are adjectives and nouns of their own.
		return !ordinalCompounds[p.word(k+1)]
	}
	switch next {
	case "time", "times":
		// "for the first time" is an idiom, and "for a second time"
		// means again; "for the third time this year" and "postponed
		// for a third time" count how often.
		if w == "first" || (prev == "a" || prev == "an") && w == "second" {
			return false
		}
	case "hand", "class", "rate", "half", "quarter", "quarters":
		// "bought second hand", "travel first class", "in the second
		// half", "First quarter 2027 highlights": a period of a year or
		// a match, a label as "Q1 2027" is; "the fourth half-year in a
		// row" counts a run, as "its fourth consecutive half-year" does.
		return (next == "half" || next == "quarter") && p.inARow(k+1)
	case "light", "aid", "lady", "glance", "sight":
		// "at first light", "first aid", "at first sight".
		if w == "first" {
			return false
		}
	case "party", "parties":
		// "third-party claims" written open, "shared with third parties";
		// but "the third party in parliament" ranks.
		if next == "parties" || p.kind(k+1) == tWord && !stopWords[p.word(k+1)] {
			return false
		}
	case "of", "and", "or":
		if w == "first" && next == "of" {
			return false
		}
	}
	if _, small := smallNumbers[next]; (p.kind(k) == tNum || small && next != "one" || next == "dozen") && !(p.isPunct(k+1, '-') && p.glued(k+1)) {
		// "the first three days", "the first 999 call", "the second 100
		// metres": the number after it is the figure; the ordinal only
		// picks which. "A second 48-hour walkout" is a second walkout.
		return false
	}
	if w == "second" {
		// "a second", "30 seconds", "per second".
		if prev == "per" || prev == "a" && (next == "" || p.kind(k) == tPunct || stopWords[next]) {
			return false
		}
		if p.kind(i-1) == tNum {
			return false
		}
	}
	if (w == "first" || w == "last") && (prev == "comes" || prev == "come") && (p.word(i-2) == "whichever" || p.word(i-2) == "whatever") {
		// "after 24 months or 26 loans, whichever comes first": a rule's
		// wording, not a standing.
		return false
	}
	if w == "first" && !firstRanks[prev] && !firstRanked[next] {
		// "the first case", "the first increase in five years", "the
		// first, a trader": "first" mostly says which, not a standing.
		// It ranks after a verb of placing ("finished first") or before
		// a place, a round or a half ("first place", "first round").
		return false
	}
	if w == "first" || (w == "second" || w == "third") && prev != "the" {
		// Adverbs: "first detected", "was first seen"; "the third
		// pulled listing" ranks it, as "the fourth pulled listing"
		// does.
		if strings.HasSuffix(next, "ed") || next == "being" || next == "having" || next == "taking" || next == "coming" || next == "seen" || next == "known" || next == "became" || next == "began" || next == "come" || next == "came" || pastParticiple(next) {
			return false
		}
		// "at first", "first of all".
		if prev == "at" && (next == "" || p.kind(k) == tPunct) {
			return false
		}
		// "the first team to win", "the first to reach Category 4": a
		// superlative, not a rank.
		if w == "first" && prev == "the" && (p.kind(k) == tWord && p.word(k+1) == "to" || next == "to" && p.kind(k+1) == tWord && !stopWords[p.word(k+1)]) {
			return false
		}
		if w == "first" && (prev == "the" || prev == "its" || prev == "their" || prev == "his" || prev == "her") && (next == "" || p.kind(k) == tPunct) {
			return false
		}
		// "Crews were first on the scene", "she was first to arrive":
		// early, not a standing.
		if w == "first" && beForms[prev] && (next == "on" || next == "to") {
			return false
		}
		// "First images are expected", "first responders": early, not
		// a rank, with no determiner before it.
		if w == "first" && p.kind(k) == tWord && isPluralNoun(next) && !ownerWords[prev] {
			return false
		}
	}
	if (prev == "a" || prev == "an") && sequencePeople[next] {
		// "A third man, aged 31, was arrested", "a second suspect": one
		// more person in a telling, not a place in a ranking.
		return false
	}
	if fractionWords[w] > 0 && (prev == "a" || prev == "one") && next == "of" {
		return false
	}
	if fractionWords[w] > 0 && (prev == "top" || prev == "bottom" || len(prev) > 5 && strings.HasSuffix(prev, "est")) &&
		(next == "of" || next == "" || p.kind(k) == tPunct) {
		// "the poorest fifth of households", "the richest fifth": a
		// band of a population, named as a quintile is, not a rank.
		return false
	}
	return true
}

// pastParticiple reports whether w is the past participle of an
// irregular verb: after "first" it makes an adverb of it, as a participle
// in "-ed" does ("was first held in 2004", "first made public").
func pastParticiple(w string) bool {
	pp, ok := irregularParticiples[w]
	return ok && pp == w
}

// firstRanks before "first" make it a standing: "finished first",
// "ranked first", "in first place".
var firstRanks = setOf("finished", "finishes", "finish", "finishing", "came", "comes", "come", "placed",
	"place", "ranked", "ranks", "rank", "ranking", "rated", "seeded", "qualified", "starts", "started",
	"start", "lies", "lay", "sits", "sat", "stands", "stood", "is", "was", "remains", "remained", "to", "from", "moved", "climbed", "rose")

// firstRanked after "first" make it a standing or an ordered part: "first
// place", "first round", "first half", "first quarter".
var firstRanked = setOf("place", "position", "spot", "seed", "round", "quarter", "leg", "set",
	"innings", "stage", "term", "division", "tier", "lap", "heat", "period", "test", "reading", "ballot", "prize")

// ownerWords before "first" make it rank what follows: "its first
// results", "the first three".
var ownerWords = setOf("the", "its", "their", "his", "her", "our", "your", "my", "a", "whose")

// ordinalCompounds are the words that make an adjective or a noun of an
// ordinal hyphenated before them: "first-time buyers", "second-hand cars",
// "third-party claims", "first-class", "second-in-command", "first-ever".
// A superlative or a noun of order after the hyphen ranks instead
// ("second-largest", "second-quarter").
var ordinalCompounds = setOf("ever", "time", "timer", "timers", "hand", "handed", "class", "degree",
	"party", "rate", "rated", "person", "in", "born", "aid", "guess", "guessed", "guessing", "world",
	"past", "string", "stringer", "stringers", "generation", "choice", "hander", "responder",
	"responders", "grader", "graders", "grade",
	// "second-level schools", "third-level fees": a stage of schooling.
	"level",
	// "second-dose uptake": which dose a vaccine's figures count.
	"dose", "doses",
	// "second-quarter profit", "first-half revenue": a period's label.
	"quarter", "half")

// isYear decides whether the four plain digits at tokens [j, k) are a year.
// A year stands after "in", "since" or "during", or names an event ("the
// 1800 census", "the 2024 elections", "below 1990 levels"). Four digits
// count when a plural noun follows that no year dates ("1800 people", "the
// 1850 residents", "about 1800 patients"), when a plural verb follows
// ("1250 were sent home"; a year takes a singular one), or when a level
// verb governs them ("admissions rose to 1800", "reached 1800", "up from
// 1800").
func (p *parser) isYear(j, k int) bool {
	prev := p.word(j - 1)
	nx := p.word(k)
	countNoun := func(i int) bool {
		w := p.word(i)
		return p.kind(i) == tWord && !stopWords[w] && isPluralNoun(w) && !datedPlurals[w]
	}
	counted := countNoun(k) || p.kind(k) == tWord && (pluralVerbs[nx] || countedStates[nx])
	if nx == "of" {
		// "1800 of them", "1250 of the patients".
		switch p.word(k + 1) {
		case "them", "those", "the", "these", "their", "its", "whom":
			counted = true
		}
	}
	if !counted && prev != "the" && prev != "of" && p.kind(k) == tWord && !stopWords[nx] && !hasUpper(p.raw(k)) && countNoun(k+1) {
		// "1863 rescue workers"; but "the 2004 tsunami victims".
		counted = true
	}
	if !counted && prev != "the" && prev != "of" && p.kind(k) == tWord && !hasUpper(p.raw(k)) &&
		p.isPunct(k+1, '-') && p.glued(k+1) && p.glued(k+2) && p.kind(k+2) == tWord && countNoun(k+3) {
		// "1800 heat-related admissions", "1500 flood-hit homes".
		counted = true
	}
	if ratingWords[prev] || (prev == "above" || prev == "over" || prev == "below" || prev == "under" || prev == "of") && ratingWords[p.word(j-2)] {
		// "club players rated above 2000", "a rating of 2150": a
		// player's rating, not a year.
		return false
	}
	switch prev {
	case "in", "since", "until", "till", "by", "during", "before", "after", "through", "year", "early",
		"late", "mid", "between", "summer", "spring", "autumn", "winter", "fall", "fiscal", "financial",
		"season", "circa", "c.", "'s":
		return true
	case "to", "at":
		// "rose to 1800", "stood at 1800"; but "from 1998 to 2004".
		return !counted && !countLevelVerbs[p.word(j-2)]
	case "from":
		// "up from 1800"; but "from 1800 to 1850".
		return !counted && p.word(j-2) != "up" && p.word(j-2) != "down"
	case "least", "than", "nearly", "almost", "some", "roughly", "another":
		// A hedge counts: "at least 1863", "more than 1500"; but "more
		// than 1990 levels".
		return p.kind(k) == tWord && datedPlurals[nx]
	case "of", "and", "the", "around", "about":
		// "a total of 1800 people", "the 1850 residents", "about 1800
		// patients"; but "the summer of 1998", "the 1800 census".
		return !counted
	}
	if p.isPunct(j-1, '-') && p.glued(j) {
		return true
	}
	// "2000 people" counts; "2003 invasion" names a year;
	// "1250 were sent home" counts; "1998 was a dry year" names a year.
	return !counted && !countLevelVerbs[prev]
}

// ratingWords before four digits make a rating of them: "rated 2000",
// "a rating of 2150".
var ratingWords = setOf("rated", "rating", "ratings", "elo")

// givingVerbs give a named party a count: "gave Labour 211 seats", "put
// Ferris 22 votes ahead".
var givingVerbs = setOf("gave", "give", "gives", "giving", "given", "put", "puts", "putting", "handed", "hands",
	"handing", "left", "leaves", "leaving", "earned", "earns", "earning", "won", "wins", "winning", "awarded")

// givenCount reports whether the number at tokens [j, k) follows a name
// of one or two capitalised words, "the" perhaps before them, after a
// giving verb and comes before a lower-case plural noun: a count given to
// a party, not a model number ("gave the Social Alliance 143 seats").
func (p *parser) givenCount(j, k int) bool {
	if p.kind(k) != tWord || !isPluralNoun(p.word(k)) || hasUpper(p.raw(k)) {
		return false
	}
	for v := j - 2; v >= j-4 && v >= 0; v-- {
		if givingVerbs[p.word(v)] {
			return true
		}
		if p.raw(v) == "the" && v < j-2 {
			continue
		}
		if p.kind(v) != tWord || !hasUpper(p.raw(v)) {
			return false
		}
	}
	return false
}

// notQuantity reports whether the plain number at tokens [j, k) is an
// identifier rather than a quantity: part of a name ("Boeing 737", "F-35",
// "Section 12"), a phone number, a postal code, a ticker, a leading-zero
// code.
func (p *parser) notQuantity(j, k int) bool {
	lit := p.raw(j)
	if len(lit) >= 2 && lit[0] == '0' && lit[1] != '.' && lit[1] != ',' {
		return true
	}
	if len(lit) <= 3 && p.labelSibling(j) || p.missionClock(j) {
		return true
	}
	// List markers: "1. The army said...", "2) Talks resume".
	if j == 0 && len(lit) <= 2 && (p.isPunct(k, '.') || p.isPunct(k, ')')) && p.glued(k) && (k+1 == len(p.toks) || p.toks[k+1].sp) {
		return true
	}
	// A ranked list's item numbers inside its row: "The top 10: 1. Zurich
	// 97.2 | 2. Vienna 96.8".
	if len(lit) <= 2 && p.isPunct(k, '.') && p.glued(k) && p.capitalized(k+1) && (p.isPunct(j-1, '|') || p.isPunct(j-1, ':') || p.isPunct(j-1, ';')) {
		return true
	}
	// The next item's number glued to the end of a list's item or to its
	// heading: "Noah Bessard +11.052s4.", "Rents jump again3.", "Top
	// four:1.".
	if len(lit) <= 2 && p.glued(j) && (p.kind(j-1) == tWord || p.isPunct(j-1, ':')) && p.isPunct(k, '.') && k+1 == len(p.toks) {
		return true
	}
	// A reference marker: "by Wednesday.[3]", "areas [12]": a number
	// alone in square brackets points to a note.
	if k == j+1 && p.isPunct(j-1, '[') && p.isPunct(k, ']') && len(lit) <= 3 {
		return true
	}
	// "the bus stop served by the 42 route", "take the 7 bus": a route's
	// number, which a singular noun after a number above one names.
	if k == j+1 && len(lit) <= 3 && p.word(j-1) == "the" && routeNouns[p.word(k)] && (p.kind(k+1) != tWord || stopWords[p.word(k+1)] || isVerbForm(p.word(k+1))) {
		if v, ok := p.digitsValue(j); ok && v > 1 {
			return true
		}
	}
	prev := p.raw(j - 1)
	// "F-35", "COVID-19", "MH-17": letters glued by a hyphen.
	// "the under-12 to under-16 age groups", "over-75s": an age
	// group's name, as "F-35" is a jet's.
	if p.isPunct(j-1, '-') && p.glued(j) && p.glued(j-1) && p.kind(j-2) == tWord {
		switch p.word(j - 2) {
		case "mid", "pre", "post", "late", "early", "top", "around":
		default:
			return true
		}
	}
	if p.isPunct(j-1, '.') && p.word(j-2) == "no" {
		return true
	}
	if p.isPunct(j-1, '-') && p.glued(j) && p.glued(j-1) && p.kind(j-2) == tNum && idWords[p.word(j-3)] &&
		(p.capitalized(j-3) || fileWords[p.word(j-3)] && !p.votedBefore(j-3)) {
		// "Resolution 2025-207", "Case 26-004", "under county ordinance
		// 12-407": a file's number; "passed the ordinance 7-2" is a
		// vote.
		return true
	}
	if w := p.word(j - 1); (w == "year" || w == "grade") && len(lit) <= 2 && (pupilWords[p.word(k)] || p.word(j-2) == "in") {
		// "year 6 pupils", "grade 9 students", "children in year 6": a
		// school year's name, as "in year 2 of the plan" names one.
		return true
	}
	if w := p.word(k); (w == "octane" || w == "ron") && len(lit) <= 3 && strings.IndexByte(lit, '.') < 0 {
		// "95 octane petrol", "93 RON": a fuel's grade, named.
		return true
	}
	if p.word(j-1) == "grade" && len(lit) <= 2 && (p.word(k) == "or" || p.word(k) == "and" || p.word(k) == "to" || p.isPunct(k, ',') || p.isPunct(k, '.')) {
		// "got grade 4 or higher", "grades 7 to 9": an exam's mark, a
		// name, as "Section 4" is.
		return true
	}
	// A capitalised name before the number: "Boeing 737", "Section 427",
	// "Falcon 9", "Article 4", "iOS 17"; but "Chelsea 3-1" is a score.
	score := p.isPunct(k, '-') && p.glued(k) && p.kind(k+1) == tNum && p.glued(k+1)
	if score && (aircraftMakers[p.word(j-1)] || aircraftNouns[p.word(k+2)]) {
		// "a Boeing 787-9", "three more 787-9 aircraft": a model and
		// its variant, not a score.
		return true
	}
	if p.isPunct(j-1, '-') && p.glued(j) && p.glued(j-1) && p.kind(j-2) == tNum && (aircraftMakers[p.word(j-3)] || aircraftNouns[p.word(k)]) {
		return true // the variant's "9" of "787-9"
	}
	// "gave the Kings 24 points": a team, named in the plural, is given
	// a count.
	team := p.word(j-2) == "the" && strings.HasSuffix(prev, "s") && p.kind(k) == tWord && isPluralNoun(p.word(k)) && !hasUpper(p.raw(k)) ||
		p.givenCount(j, k)
	// "gave Whitcombe 34 of them": a share of something counted.
	share := false
	if p.word(k) == "of" {
		switch p.word(k + 1) {
		case "them", "whom", "those", "these", "its", "their":
			share = true
		}
	}
	// "Hallam Green 98,750": digits grouped in thousands count; no model
	// or section is numbered so.
	grouped := len(lit) >= 5 && strings.IndexByte(lit, ',') > 0
	// "Output 49.3 (48.8)": a table's row, its label and its reading,
	// the prior reading in brackets; no model is numbered so.
	row := j == 1 && strings.IndexByte(lit, '.') > 0 && (k >= len(p.toks) || p.isPunct(k, '(')) || p.rankedItem(j, k)
	// "stabbed Peter Vanterpool 27 times": how often, after an object
	// named; no model or section is followed so.
	// So is "fly Goliath 3 more times".
	times := p.word(k) == "times" && !hasUpper(p.raw(k)) || moreWords[p.word(k)] && p.word(k+1) == "times"
	// "Majority 386.", "Turnout 2,735": an election result's line, its
	// label first.
	result := j == 1 && resultLabels[p.word(0)]
	if p.kind(j-1) == tWord && hasUpper(prev) && !p.glued(j) && !score && !team && !share && !grouped && !row && !times && !result && !statLabels[prev] && !p.elidedCount(j, k) && !p.initialVerb(j-1) {
		lw := p.word(j - 1)
		if _, ok := months[lw]; !ok && !stopWords[lw] && !nounStop[lw] && !weekdays[lw] && !(timeZones[lw] && p.kind(j-2) == tNum) {
			// A hedge written in capitals opens a sentence ("About 40"),
			// but "CA 93721" is a state, not "ca." (circa).
			if q, e, _ := p.match(qualifiers, j-1); q == "" || e != j {
				if _, ok := casualtyConcept[lw]; !ok {
					return true
				}
			}
		}
	}
	if p.kind(j-1) == tIdent && !p.glued(j) {
		return true // "Q1 2027", "H2 2026": a period's label
	}
	if w := p.word(j - 1); (w == "quarter" || w == "half") && len(lit) == 4 && ordinalWords[p.word(j-2)] > 0 {
		// "First quarter 2027 highlights": the label "Q1 2027" written
		// out.
		return true
	}
	// "S&P 500".
	if p.kind(j-1) == tWord && p.isPunct(j-2, '&') && !p.glued(j) {
		return true
	}
	// Glued letters that are no unit: "3D", "5G", "737MAX".
	if p.kind(k) == tWord && p.glued(k) && !p.ordSuffix(k) && p.word(k) != "s" && !p.gluedHeadingAt(k) && !p.gluedSentenceAt(k) {
		return true
	}
	// Tickers: "7203.T".
	if p.isPunct(k, '.') && p.glued(k) && p.kind(k+1) == tWord && p.glued(k+1) && hasUpper(p.raw(k+1)) {
		return true
	}
	// "24/7", "9/11" and dates written with slashes; "₹70-80/kg" ends a
	// range of prices per unit.
	if p.isPunct(k, '/') && p.glued(k) && !p.slashUnitAt(k) {
		return true
	}
	if p.isPunct(j-1, '/') && p.glued(j) {
		return true
	}
	// "#1", "No 10" handled elsewhere; phone numbers: groups joined by
	// hyphens, dots or spaces, or a leading '+'.
	if p.isPunct(j-1, '+') && p.glued(j) {
		// "+44 20 7946…", "+4420…": a phone's country code; "+43" alone
		// in a table's change column is a signed change.
		if p.kind(k) == tNum || p.isPunct(k, '-') || p.isPunct(k, '(') || p.isPunct(k, '.') && p.kind(k+1) == tNum || len(lit) >= 5 {
			return true
		}
	}
	if p.phoneLike(j) {
		return true
	}
	// "the first 999 call", "a 911 operator", "the 101 service": an
	// emergency or a helpline's number.
	switch p.raw(j) {
	case "999", "911", "112", "000", "101", "111", "988":
		switch p.word(k) {
		case "call", "calls", "caller", "callers", "operator", "operators", "line", "service":
			return true
		}
	}
	// "call 999", "dial 101", "call 999 or 101": a service's number, not
	// a count.
	cw := j - 1
	if (p.word(cw) == "or" || p.word(cw) == "and") && p.kind(cw-1) == tNum {
		cw -= 2
	}
	switch p.word(cw) {
	case "call", "dial", "ring", "calling", "dialling", "dialing", "phone":
		if k-j == 1 && len(p.raw(j)) >= 3 && !(p.kind(k) == tWord && isPluralNoun(p.word(k))) {
			return true
		}
	}
	switch p.word(j - 1) {
	case "no", "nos", "#", "number", "code", "zip", "postcode", "tel", "phone", "fax", "ext", "flight",
		"route", "highway", "interstate", "footpath", "bridleway", "row", "seat", "gate", "room", "platform", "page", "pp",
		"chapter", "article", "section", "paragraph", "clause", "rule", "resolution", "ordinance", "bylaw", "model",
		"version", "versions", "v", "ver", "release", "firmware", "level", "ward", "precinct", "district", "box", "suite", "apt", "unit", "lot", "bus", "junction", "exit":
		// "level 3" names a level; "level 3 alert" too, but "level 3
		// storms" would count storms, and "can seat 120 guests" counts
		// guests.
		if w := p.word(j - 1); (w == "seat" || w == "release" || w == "phone") && p.kind(k) == tWord && isPluralNoun(p.word(k)) {
			// "looked at his phone 23 times", "can seat 120 guests".
			return false
		}
		if score && fileWords[p.word(j-1)] && !p.capitalized(j-1) && len(lit) <= 3 && p.votedBefore(j-1) {
			// "backed a resolution 6-1": the vote's tally, not the
			// resolution's number; "adopted Resolution 2025-207"
			// names it.
			return false
		}
		if (p.word(j-1) == "release" || p.word(j-1) == "seat") && verbLead[p.word(j-2)] {
			// "agreed to release 120", "will release 40 more", "the
			// hall, which can seat 180": the verb.
			return false
		}
		if w := p.word(j - 2); p.word(j-1) == "number" && (verbLead[w] || w == "now" || w == "which" || w == "who" || w == "that" || w == "they" || isPluralNoun(w)) {
			// "reserves now number 58", "could number 300", "surgeries
			// in the area, which number 41".
			return false
		}
		return !(p.word(j-1) == "level" && p.kind(k) == tWord)
	}
	if p.isPunct(j-1, '#') {
		return true
	}
	if p.numberedList(j, k) {
		return true
	}
	if p.codeList(j) {
		return true
	}
	// A street address: "1221 Fulton Street", "10 Downing St".
	for s := k; s < k+4 && p.kind(s) == tWord && p.capitalized(s); s++ {
		if streetWords[p.word(s)] && s > k {
			return true
		}
	}
	return false
}

// fileWords name a file by its number, which may be written with a dash
// ("ordinance 12-407") as a vote's tally is ("passed the ordinance 7-2").
var fileWords = setOf("resolution", "ordinance", "bylaw", "case", "motion")

// votedBefore reports whether a verb of voting stands a few words before
// token i: "backed a resolution", "passed the county ordinance".
func (p *parser) votedBefore(i int) bool {
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		if voteVerbs[p.word(b)] {
			return true
		}
		if p.kind(b) != tWord {
			return false
		}
	}
	return false
}

// verbLead holds words after which a word that names an identifier
// ("release 3") is a verb: "to release", "will release".
var verbLead = setOf("to", "will", "would", "could", "can", "may", "might", "must", "shall", "should",
	"did", "not", "and", "or")

// gluedHeadingAt reports whether token k is a capitalised word glued by
// the scraper to the scale word before it ("7.48mHealth"): the next
// heading or sentence, not part of the number.
func (p *parser) gluedHeadingAt(k int) bool {
	r := p.raw(k)
	if len(r) < 3 || !isUpperB(r[0]) || !isLowerB(r[1]) || !p.glued(k) || p.kind(k-1) != tWord {
		return false
	}
	_, ok := gluedScales[p.word(k-1)]
	_, ok2 := scaleWords[p.word(k-1)]
	return ok || ok2
}

// gluedSentenceAt reports whether the word at token k, glued to the number
// before it, is a capitalised word of prose that a scraper joined to it
// ("Target: 48,000Clinics are open", "kills 7The company"): a capital and
// two or more lowercase letters, and no unit ("5Gbps" is one).
func (p *parser) gluedSentenceAt(k int) bool {
	r := p.raw(k)
	if (r == "A" || r == "An") && k+1 < len(p.toks) && !p.glued(k+1) {
		// "by 31 votes to 24A £412 million budget was approved": an
		// article opening the next sentence, not "24A" as a flat's
		// number (which a name precedes: "Flat 24A").
		nx := p.raw(k + 1)
		w := p.word(k + 1)
		return p.kind(k+1) == tNum || p.kind(k+1) == tSym || p.isPunct(k+1, '$') ||
			p.kind(k+1) == tWord && isLowerB(nx[0]) && !stopWords[w] && !beForms[w] && !auxiliaries[w]
	}
	if len(r) < 3 || !isUpperB(r[0]) {
		return false
	}
	for i := 1; i < len(r); i++ {
		if !isLowerB(r[i]) {
			return false
		}
	}
	_, _, unit := p.match(measureUnits, k)
	return !unit
}

// labelSibling reports whether the number at token j is coordinated with
// a number that a capitalised label names: "Category 3 and 4 calls",
// "Bands 5 and 6", "Sections 4, 5 and 6". Each is a name, as the first.
func (p *parser) labelSibling(j int) bool {
	b := j - 1
	for steps := 0; steps < 6; steps++ {
		w := p.word(b)
		if !(w == "and" || w == "or" || w == "to" || p.isPunct(b, ',') || p.isPunct(b, '&')) {
			return false
		}
		if p.kind(b-1) != tNum || len(p.raw(b-1)) > 3 || strings.ContainsAny(p.raw(b-1), ".,") {
			return false
		}
		l := b - 2
		if lw := p.word(l); p.capitalized(l) && (idWords[lw] || idWords[strings.TrimSuffix(lw, "s")] ||
			strings.HasSuffix(lw, "ies") && idWords[strings.TrimSuffix(lw, "ies")+"y"] || labelWords[lw] || labelWords[strings.TrimSuffix(lw, "s")]) {
			return true
		}
		b = l
	}
	return false
}

// labelWords name grades, bands and tiers by number, capitalised as a
// name is: "Band 5", "Grade 7", "Tier 2".
var labelWords = setOf("band", "grade", "tier", "class", "division", "league", "pillar", "schedule", "part")

// streetWords end a street name.
var streetWords = setOf("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane",
	"drive", "way", "place", "square", "court", "terrace", "parkway", "highway", "plaza",
	// British residential streets: "8 Shepherds Walk", "3 Linden Close".
	"walk", "close", "grove", "rise", "crescent", "gardens", "mews", "parade", "row", "hill", "view", "gate", "green")

// elidedCount reports whether a number after a capitalised name is a count
// whose verb and noun were elided: "Labour won 12 seats and the Farmers'
// League 14." It must end its clause, follow "and" or a comma, and an
// earlier figure of the sentence must state the noun.
func (p *parser) elidedCount(j, k int) bool {
	name := p.raw(j - 1)
	if idWords[p.word(j-1)] || labelWords[p.word(j-1)] && p.word(j-1) != "league" || len(name) <= 3 && strings.ToUpper(name) == name || len(p.raw(j)) > 4 {
		// "IL 62701", "FL 33131": a state and a postal code. "the
		// League's Division 2": a division's name.
		return false
	}
	switch {
	case k >= len(p.toks), p.toks[k].nl, p.isPunct(k, ','), p.isPunct(k, '.'), p.isPunct(k, ';'), p.word(k) == "and", p.word(k) == "while", p.word(k) == "but",
		p.isPunct(k, '(') && p.kind(k+1) == tNum: // "Sian Probert 137 (4.7%)"

	default:
		return false
	}
	// A list after a label: "Cabinet posts: Commons Party 17, Liberal
	// Union 5".
	for i := j - 2; i >= 0 && i >= j-6; i-- {
		if p.isPunct(i, ':') {
			return true
		}
		if p.kind(i) != tWord || !p.capitalized(i) {
			break
		}
	}
	// A tally's parties stand after a conjunction, a comma or an article
	// ("and the Farmers' League 14"); a name after a verb is its object,
	// and after a count the thing counted, the number part of the name in
	// both: "supports Wi-Fi 7", "1,800,000 Vega 7 handsets".
	b := p.nameStart(j-1) - 1
	if p.raw(b) == "s" && p.glued(b) && (p.raw(b-1) == "'" || p.raw(b-1) == "\u2019") && p.capitalized(b-2) {
		// "Labour's Jo Farrand 244": the party's candidate, the owner's
		// name part of the party's.
		b = p.nameStart(b-2) - 1
	} else if (p.raw(b) == "'" || p.raw(b) == "\u2019") && p.glued(b) && p.capitalized(b-1) && strings.HasSuffix(p.raw(b-1), "s") {
		b = p.nameStart(b-1) - 1 // "the Conservatives' Sian Probert 137"
	} else if nameDescriptors[p.word(b)] && tallyOpening[p.word(b-1)] {
		b-- // "and independent Vic Orme 52": a word on who the name is
	}
	if p.kind(b) == tNum || p.kind(b) == tWord && !tallyOpening[p.word(b)] {
		return false
	}
	// An earlier count of the sentence, with its noun or without ("the
	// Greens won 22 and the Farmers' League 14").
	for _, f := range p.figs {
		if (f.cat == Count || f.cat == Casualties) && !p.attributiveCount(f) {
			return true
		}
	}
	return false
}

// epiWeekWords name a year's numbered weeks of reporting: "epidemiological
// week 45", "epi week 46".
var epiWeekWords = setOf("epidemiological", "epidemiologic", "epi", "reporting", "surveillance", "iso")

// codeList reports whether the number at token j ends a list of codes
// after the word that names them: "Zones 3A, 3B, 7 and 8", "wards 4, 5B
// and 6". One code of the list carries a letter, so that "zones 3 and 4"
// may still count.
func (p *parser) codeList(j int) bool {
	lettered := false
	for i := j - 1; i >= 0 && i >= j-14; i-- {
		switch {
		case p.isPunct(i, ','), p.word(i) == "and", p.word(i) == "or", p.isPunct(i, '&'):
		case p.kind(i) == tNum:
		case p.codeLetter(i):
			lettered = true
		case p.kind(i) == tWord:
			w := p.word(i)
			return lettered && (idWords[w] || idWords[strings.TrimSuffix(w, "s")])
		default:
			return false
		}
	}
	return false
}

// rankedItem reports whether the number at tokens [j, k) is the reading
// of a ranked list's item, a name between the item's number and the bar
// or the end that closes it: "| 9. Eastholm Institute 93.4 | 10.".
func (p *parser) rankedItem(j, k int) bool {
	if !(k >= len(p.toks) || p.isPunct(k, '|') || p.isPunct(k, ';')) {
		return false
	}
	s := j - 1
	for s > 0 && s > j-8 {
		switch {
		case p.kind(s-1) == tWord && (p.capitalized(s-1) || nameJoins[p.word(s-1)] && p.capitalized(s)):
			s--
			continue
		case p.isPunct(s-1, '-') && p.glued(s) && p.glued(s-1) && p.kind(s-2) == tWord:
			s -= 2
			continue
		}
		break
	}
	m := s - 2 // the item's number, before its full stop
	if s == j || !p.isPunct(s-1, '.') || !p.glued(s-1) || p.kind(m) != tNum || len(p.raw(m)) > 2 {
		return false
	}
	return m == 0 || p.isPunct(m-1, '|') || p.isPunct(m-1, ':') || p.isPunct(m-1, ';')
}

// nameJoins join the capitalised words of a name: "University of Sarn".
var nameJoins = setOf("of", "the", "and", "de", "du", "la", "del", "von", "van", "for", "&")

// tallyOpening are the words a party of an elided tally may follow, as
// it may follow a mark or open the sentence.
var tallyOpening = setOf("and", "the", "or", "but", "while", "with", "plus", "against", "to", "for", "of", "from", "whereas", "by")

// nameDescriptors say who a name in a tally is: "and independent Vic
// Orme 52".
var nameDescriptors = setOf("independent", "candidate", "councillor", "incumbent", "challenger", "newcomer",
	"former", "veteran", "rival", "fellow", "teammate")

// nameStart returns the first token of the capitalised name ending at
// token k, hyphenated parts included ("Wi-Fi", "Rolls-Royce").
func (p *parser) nameStart(k int) int {
	s := k
	for s > 0 {
		switch {
		case p.kind(s-1) == tWord && p.capitalized(s-1):
			s--
		case p.isPunct(s-1, '-') && p.glued(s) && p.glued(s-1) && p.kind(s-2) == tWord && p.capitalized(s-2):
			s -= 2
		default:
			return s
		}
	}
	return s
}

// attributiveCount reports whether count f is written joined to its noun
// by a hyphen, as a modifier ("a two-stage rocket", "a 12-member
// panel"): it counts nothing that a later name could be given a share of.
func (p *parser) attributiveCount(f fig) bool {
	if p.isPunct(f.te, '-') && p.glued(f.te) && p.glued(f.te+1) {
		return true // the noun outside the figure: "12-member"
	}
	// The noun inside it: "two-stage".
	return f.te-f.ts >= 3 && p.kind(f.te-1) == tWord && p.isPunct(f.te-2, '-') && p.glued(f.te-2) && p.glued(f.te-1)
}

// initialVerb reports whether token i, capitalised, opens its sentence as
// a verb rather than a name: "Leaving 16 missing", "Carried 24 million".
func (p *parser) initialVerb(i int) bool {
	// "• Carried 24.6 million passengers": a bullet's verb.
	if i != 0 && !(i == 1 && (p.kind(0) == tPunct || p.kind(0) == tSym)) && p.raw(i-1) != "\u2022" {
		return false
	}
	w := p.word(i)
	return len(w) > 4 && !idWords[w] && (isVerbForm(w) || strings.HasSuffix(w, "ing")) || shortInitialVerbs[w]
}

// shortInitialVerbs open a sentence before a figure as verbs, where a
// name would number it: "Set 287 to win, Eastmere…", "Cut 40 jobs", and
// the imperatives of advice: "Allow 8 to 10 hours", "Take 2 litres".
var shortInitialVerbs = setOf("set", "put", "cut", "hit", "won", "led", "ran", "saw", "got", "lost",
	"allow", "take", "expect", "plan", "budget", "add", "bring", "pack", "drink", "leave", "keep", "pay",
	"spend", "save", "give", "buy", "wait", "carry", "reserve", "bake", "cook", "boil", "stir", "aim", "use")

// pupilWords after "year 6" make it a school year: "year 6 pupils".
var pupilWords = setOf("pupils", "pupil", "children", "child", "students", "student", "classes", "class", "kids",
	"boys", "girls", "teachers", "results", "tests", "exams", "sats")

// statLabels go before a statistic's value, not a name's number: "95% CI
// 0.66 to 0.88", "HR 1.32", "OR 1.45".
// resultLabels open an election result's line, the figure after them:
// "Majority 386.", "Electorate 9,840".
var resultLabels = setOf("majority", "electorate", "turnout", "rejected", "spoilt", "spoiled", "total")

var statLabels = setOf("CI", "HR", "OR", "RR", "IQR", "SD", "SE", "aOR", "aHR")

// aircraftMakers name an aircraft's maker before its model number: "Boeing
// 787-9", "Embraer 190".
var aircraftMakers = setOf("boeing", "airbus", "embraer", "bombardier", "cessna", "lockheed", "antonov",
	"ilyushin", "tupolev", "sukhoi", "comac", "atr", "dassault", "gulfstream")

// numberedList reports whether the number at token j, ending at k, is one
// of a list of names after a plural of a numbered thing: "routes 31, 33
// and 52", "platforms 3 and 4", "terminals 2 or 5". Each names a route,
// as "route 42" does; none counts one.
func (p *parser) numberedList(j, k int) bool {
	if w := p.word(k); p.kind(k) == tNum || p.kind(k) == tWord && (isPluralNoun(w) || !stopWords[w] && !isVerbForm(w)) ||
		strings.ContainsAny(p.raw(j), ",.") || len(p.raw(j)) > 4 {
		// "platforms 2 and 3 trains", "gates 12 major routes": a
		// count of what follows; a name is short and plain ("route
		// 52"), and a verb or a stop word may follow it.
		return false
	}
	for n := 0; n < 12; n++ {
		if numberedPlurals[p.word(j-1)] {
			return true
		}
		if !(p.isPunct(j-1, ',') || p.word(j-1) == "and" || p.word(j-1) == "or") || p.kind(j-2) != tNum {
			return false
		}
		j -= 2
	}
	return false
}

// numberedPlurals are the plurals of things numbered rather than counted
// that name a list of them: "routes 31, 33 and 52".
// A plural that is also a verb ("tracks", "lines", "docks") is left out.
var numberedPlurals = setOf("routes", "platforms", "gates", "terminals", "wards", "rooms", "piers", "lanes",
	"zones", "junctions", "highways", "interstates", "chapters", "articles", "clauses", "phases", "buses", "berths")

// aircraftNouns after a model number make it one: "787-9 aircraft".
var aircraftNouns = setOf("aircraft", "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "plane",
	"planes", "freighter", "freighters", "variant", "variants")

// idWords name things numbered rather than counted.
var idWords = setOf("section", "article", "row", "seat", "gate", "room", "flight", "route", "highway", "footpath", "bridleway",
	"interstate", "chapter", "resolution", "ordinance", "bylaw", "model", "version", "level", "ward", "precinct", "district",
	"box", "suite", "apt", "unit", "lot", "bus", "platform", "page", "phase", "stage", "category",
	"game", "week", "day", "act", "amendment", "proposition", "prop", "bill", "rule", "code", "form",
	"line", "track", "terminal", "channel", "pier", "dock", "block", "building", "floor", "lane", "zone",
	// Names that end like a verb's "-ing" opening a sentence: "Boeing
	// 737 jets", "Beijing 2022".
	"boeing", "beijing", "nanjing", "chongqing", "reading", "ealing", "woking", "worthing", "kettering")

// internationalPhone reports whether the number at token j is a group of a
// phone number written with its country code ("+389 2 555 0183", "+44 20
// 7946 0958", "+1-202-555-0143"): a run of digit groups, of any length,
// opened by "+", seven digits or more in all.
func (p *parser) internationalPhone(j int) bool {
	sep := func(k int) bool { // token k separates groups k-1 and k+1
		return p.isPunct(k, '-') || p.isPunct(k, '.') || p.isPunct(k, '(') || p.isPunct(k, ')')
	}
	s := j
	for steps := 0; steps < 6 && s > 0; steps++ {
		switch {
		case p.kind(s-1) == tNum && p.toks[s].sp:
			s--
			continue
		case s > 1 && sep(s-1) && p.kind(s-2) == tNum:
			s -= 2
			continue
		case s > 1 && p.isPunct(s-1, '(') && p.isPunct(s-2, ')') && p.kind(s-3) == tNum:
			s -= 3
			continue
		}
		break
	}
	if !p.isPunct(s-1, '+') && p.raw(s-1) != "+" {
		return false
	}
	digits := 0
	for k := s; k < len(p.toks) && k < s+12; k++ {
		switch {
		case p.kind(k) == tNum:
			if strings.IndexAny(p.raw(k), ",.") >= 0 {
				return false
			}
			digits += len(p.raw(k))
		case sep(k):
		default:
			return digits >= 7
		}
	}
	return digits >= 7
}

// phoneLike reports whether the number at j starts or continues a phone
// number ("555-1234", "0800 123 4567", "(212) 555-0199").
func (p *parser) phoneLike(j int) bool {
	if p.internationalPhone(j) {
		return true
	}
	// "(555) 123-4567": an area code in brackets.
	if p.isPunct(j-1, '(') && p.isPunct(j+1, ')') && len(p.raw(j)) == 3 && p.kind(j+2) == tNum && len(p.raw(j+2)) >= 3 {
		return true
	}
	// Walk to the first group of the run.
	s := j
	for steps := 0; steps < 8; steps++ {
		if s-2 >= 0 && p.kind(s-2) == tNum && (p.isPunct(s-1, '-') || p.isPunct(s-1, '.')) && p.glued(s) && p.glued(s-1) {
			s -= 2
			continue
		}
		if s-1 >= 0 && p.kind(s-1) == tNum && p.toks[s].sp && len(p.raw(s)) >= 3 && len(p.raw(s-1)) >= 3 && strings.IndexAny(p.raw(s-1), ",.") < 0 {
			s--
			continue
		}
		break
	}
	groups, digits := 0, 0
	lens := []int{}
	k := s
	for p.kind(k) == tNum && groups < 8 {
		lit := p.raw(k)
		if strings.IndexAny(lit, ",.") >= 0 {
			break
		}
		groups++
		digits += len(lit)
		lens = append(lens, len(lit))
		if (p.isPunct(k+1, '-') || p.isPunct(k+1, '.')) && p.glued(k+1) && p.glued(k+2) && p.kind(k+2) == tNum {
			k += 2
			continue
		}
		if p.kind(k+1) == tNum && p.toks[k+1].sp && len(p.raw(k+1)) >= 3 && len(lit) >= 3 {
			k++
			continue
		}
		break
	}
	if p.isPunct(s-1, ')') && p.kind(s-2) == tNum && len(p.raw(s-2)) == 3 && p.isPunct(s-3, '(') {
		return true
	}
	if groups >= 3 && digits >= 7 {
		return true
	}
	if groups == 2 && lens[0] == 3 && lens[1] == 4 {
		return true
	}
	if groups == 2 && p.raw(s)[0] == '0' && lens[0] <= 5 && digits >= 9 {
		// "call 01632 513566": a trunk code opened by a zero and the
		// local number, as British and Irish pages write them.
		return true
	}
	return false
}

func hasUpper(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= 'A' && s[k] <= 'Z' {
			return true
		}
	}
	return false
}

// routeNouns name what a route number labels: "the 42 route", "the 7 bus".
var routeNouns = setOf("route", "bus", "service", "tram", "line")
