package facts

import "strings"

// Page furniture: figures a news page prints around its article that change
// from one scrape to the next without the article changing. Whole lines of
// it are junk to textnorm; what is glued into article sentences by
// scrapers ("3 min readELLBY", "By Ingrid Solheim 1 hourUpdated 2 hours
// agoThe regulator said…", "…9 p.m.Comments (12)") is recognised here.

// furniture reports whether figure f, just read, is page furniture rather
// than a fact of the article: a reading time ("3 min read"), a relative
// time ("2 hours ago"), a publication stamp ("Updated 5:02 p.m. ET July 8,
// 2026"), a comment or share counter ("Comments (12)"), the year of a
// copyright line ("© 2026").
func (p *parser) furniture(f fig) bool {
	if p.quoteArrowNear(f) {
		return true
	}
	if p.stampEnd > 0 && (f.cat == Time || f.cat == Date || timeZones[p.word(f.te)]) && p.fillersOnly(p.stampEnd, f.ts) {
		// The rest of a stamp: "Last modified on Tue 4 Mar 2026 16.40 GMT".
		p.stampEnd = f.te
		return true
	}
	if p.isPunct(f.te, ':') && p.glued(f.te) && p.kind(f.te+1) == tNum && p.glued(f.te+1) && len(p.raw(f.te+1)) > 2 &&
		(p.word(f.te+2) == "min" || p.word(f.te+2) == "mins") && p.gluedPrefix(f.te+3, "read") {
		// "Sat 9 Mar 2024 10:024 min read": a stamp's clock glued to the
		// reading time after it.
		return true
	}
	switch f.cat {
	case Measure:
		switch f.unit {
		case "minute":
			if p.gluedPrefix(f.te, "read") || p.readingTime(f.ts) || p.mediaLength(f.ts) || p.gluedPrefix(f.te, "listen") && !p.glued(f.te) {
				return true // "3 min read", "4-minute read", "3 min readELLBY", "Reading time: 4 minutes", "29 min listen"
			}
			return p.agoStamp(f)
		case "second":
			// "2 seconds ago", "Watch: 1:02:33".
			return p.agoStamp(f) || p.mediaLength(f.ts)
		case "hour", "day":
			return p.agoStamp(f) || p.alertStamp(f) // "2 hours ago", "5 hours agoThe", "UPDATE · 2h"
		case "m":
			return p.agoStamp(f) && p.glued(f.te-1) || p.alertStamp(f) // "5m ago": minutes; "🔴 LIVE · 3m —"
		}
		// "Updated 3 weeks ago".
		if p.gluedPrefix(f.te, "ago") && p.stampWordAt(f.ts-1) {
			return true
		}
	case Time, Date:
		end := f.te
		if e, _, ok := p.stampClock(end); ok && f.cat == Date {
			end = e // "Thursday, March 5, 2026 7:45 PM🔴"
		}
		if p.emojiAfter(end) {
			// "alertsMarch 4, 2026🔴 LIVE": a stamp glued between a
			// headline and an app's alerts.
			return true
		}
		if f.cat == Date && p.stampDate(f) || f.cat == Date && p.copyright(f.ts) || p.stamped(f.ts) && !p.clauseAfter(f) || p.gluedStamp(f) {
			p.stampEnd = f.te
			return true
		}
		if f.cat == Time && (p.liveStamp(f) || p.bracketStamp(f)) {
			return true
		}
		if end, _, ok := p.stampClock(f.ts); f.cat == Time && ok && p.stampWordAt(end) {
			return true // "06/11/2025 06:20 Updated 51 minutes ago"
		}
		if f.cat == Time && p.datedStamp(f) {
			return true
		}
		return f.cat == Time && p.mediaLength(f.ts)
	case Count:
		return p.counter(f)
	case Ordinal:
		return p.wireTake(f)
	}
	return false
}

// wireTake reports whether ordinal f numbers a wire story's version or
// part in its slug line: "BC-Floods,1st Ld-Writethru", "Dam collapse,
// 2nd take", glued to the story after it by a scraper ("2nd
// takeWitnesses said…").
func (p *parser) wireTake(f fig) bool {
	switch w := p.word(f.te); {
	case w == "ld" || w == "writethru" || w == "lead" && p.isPunct(f.te+1, '-'):
		return true
	case p.gluedPrefix(f.te, "take"):
		return p.isPunct(f.ts-1, ',') || f.te+1 >= len(p.toks) || p.toks[f.te+1].nl || p.capitalized(f.te+1) && p.glued(f.te+1)
	}
	return false
}

// quoteArrows mark a market quote's move: "AEROVELA (AVL) 6.42 ▼ 1.81
// (−22.0%)".
var quoteArrows = setOf("\u25b2", "\u25bc", "\u25b4", "\u25be", "\u2191", "\u2193")

// quoteArrowNear reports whether figure f belongs to a market quote of
// the page: a price before an up or down arrow, or the move after it
// ("6.42 ▼ 1.81 (−22.0%)"), which change by the minute. Prose writes
// "fell 1.81 to 6.42".
func (p *parser) quoteArrowNear(f fig) bool {
	if quoteArrows[p.raw(f.te)] {
		return true
	}
	for k := f.ts - 1; k >= 0 && k >= f.ts-3; k-- {
		if quoteArrows[p.raw(k)] {
			return true
		}
		if p.kind(k) == tWord {
			return false
		}
	}
	return false
}

// opensLine reports whether token k opens its line, past a day's name:
// "Tuesday 8 October 2024 3:20 pm".
func (p *parser) opensLine(k int) bool {
	if k > 0 && weekdays[p.word(k-1)] {
		k--
	}
	return k == 0 || p.toks[k].nl
}

// stampDate reports whether date f is a page's stamp by what follows it:
// a zoned clock or a clock and a stamp word ("Sat 12 Jul 2025 07.30 BST",
// "12 June 2025 14:10 Updated 27 minutes ago", "8 January 2024 3:20 pm
// (updated …)"); a stamp word ("30 January 2025, updated 15:32"); a
// page's field separator ("3 June 2024 • 08:15 BST", "· 2 June 2024 ·");
// a comma and a clock that is zoned or ends a field ("3 February 2025,
// 09:14 CET"); or, opening a line, "May 3, 2024 at 8:45 a.m. ET",
// "Tuesday 8 October 2024 3:20 pm", "14 March 2024 (updated 15 March)".
// Prose says "on May 3" and puts "at" between a date and its time.
func (p *parser) stampDate(f fig) bool {
	end, amPm, ok := p.stampClock(f.te)
	if ok && (p.zoneAt(end) || amPm && p.isPunct(end, '(') && p.word(end+1) == "updated" || p.stampWordAt(end)) {
		return true // "12 June 2025 14:10 Updated 27 minutes ago"
	}
	if p.stampWordAt(f.te) || pageField(p.raw(f.te)) && p.stampWordAt(f.te+1) {
		return true // "30 January 2025 Updated 15:32", "4 April 2025 · Updated"
	}
	if pageField(p.raw(f.te)) {
		// "3 June 2024 • 08:15 BST", "15 October 2025 · last updated
		// 11:26", "Kim Ode · 2 June 2024 · 4 min read": a date in a
		// page's field, before its clock or stamp or between two
		// separators. Prose joins a date to nothing with a dot or a
		// bar, so either after it is enough; a bullet may open the
		// next line of a fact box, and needs more.
		w := p.word(f.te + 1)
		b := f.ts - 1
		if p.isPunct(b, ',') && weekdays[p.word(b-1)] {
			b -= 2 // "· Sunday, June 16, 2024 ·"
		} else if weekdays[p.word(b)] {
			b--
		}
		if _, _, ok := p.stampClock(f.te + 1); ok || stampWords[w] || w == "last" || b >= 0 && pageField(p.raw(b)) || p.raw(f.te) != "\u2022" {
			return true
		}
	}
	if p.isPunct(f.te, ',') && stampWords[p.word(f.te+1)] {
		return true // "30 January 2025, updated 15:32"
	}
	if p.isPunct(f.te, ',') && !datePrepositions[p.word(f.ts-1)] {
		// "By Anna Kessler 3 February 2025, 09:14 CET", "12 August
		// 2024, 15:49 · Reading time: 4 minutes": a clock after the
		// comma, zoned, ending a field, or ending a line the date opens;
		// prose says "on 3 February, at 09:14", a fact box "Next
		// attempt: March 13, 5:50 p.m.".
		if end, _, ok := p.stampClock(f.te + 1); ok && (p.zoneAt(end) || pageField(p.raw(end)) || p.stampWordAt(end) ||
			p.opensLine(f.ts) && (end >= len(p.toks) || p.toks[end].nl)) {
			return true
		}
	}
	if !p.opensLine(f.ts) {
		return false
	}
	if p.word(f.te) == "at" || p.isPunct(f.te, ',') {
		end, _, ok := p.stampClock(f.te + 1)
		return ok && p.zoneAt(end)
	}
	return ok && amPm || p.isPunct(f.te, '(') && p.word(f.te+1) == "updated"
}

// clauseAfter reports whether a clause of prose follows date or time f
// after a comma, or the participle's own phrase goes on: "Published on
// 21 October, the result is based on…", "Published on 2 September in the
// Journal of…" are participles opening a sentence, where a stamp goes on
// with a year, a clock or another field.
func (p *parser) clauseAfter(f fig) bool {
	if p.word(f.te) == "in" && !p.capitalized(f.te) {
		switch p.word(f.te + 1) {
		case "the", "a", "an":
			return true
		}
	}
	if !p.isPunct(f.te, ',') {
		return false
	}
	switch p.raw(f.te + 1) {
	case "the", "a", "an", "it", "its", "this", "these", "they", "he", "she", "we", "their":
		return true
	}
	return false
}

// datePrepositions open a date in prose: "on 3 February", "since 2019".
var datePrepositions = setOf("on", "at", "from", "since", "until", "till", "by", "before", "after", "in", "of",
	"between", "to", "and")

// postedBy reports whether the capitalised words ending at token k are a
// byline's name after a stamp word ("Posted by Hannah Wray on 3 March
// 2025 at 07:58") or opening the sentence ("By Kenji Arakawa-Holt -
// 19/11/2026 09:05 JST").
func (p *parser) postedBy(k int) bool {
	if p.roleByline(k) {
		return true
	}
	names := 0
	for n := 0; n < 4 && k > 0 && (p.kind(k) == tWord && p.capitalized(k) || p.isPunct(k, '-') && p.glued(k) && p.glued(k+1)); n++ {
		if p.kind(k) == tWord {
			names++
		}
		k--
	}
	if p.word(k) != "by" {
		return false
	}
	// "By Kenji Arakawa-Holt - 19/11/2026 09:05 JST": a byline opening
	// the sentence, a scraper having glued it to the lead; "By 4pm he
	// had sold 1,800" is no byline.
	// "The data was published by Redlake Public Health on 14 March": a
	// passive verb's agent, prose.
	return stampWords[p.word(k-1)] && !beForms[p.word(k-2)] || names > 0 && p.raw(k) == "By" && (k == 0 || p.toks[k].nl)
}

// roleByline reports whether the tokens ending at k are a byline's name
// and newsroom role, before the stamp that follows them: "Kirsty Lennox,
// Health Editor — Tuesday March 4 2025, 6.00am", "Hana Ruatapu • Health
// Reporter • 11:02am", "By Oliver Chadwick, Health Editor 14:37". The
// name opens its line or follows "By"; prose names no role so.
func (p *parser) roleByline(k int) bool {
	seps := 0
	for ; seps < 2 && p.bylineSep(k); seps++ {
		k--
	}
	if p.kind(k) != tWord || !p.capitalized(k) {
		return false
	}
	if !roleWords[p.word(k)] {
		// "By Pieter Hallewijn, Amsterdam — 22 April 2024": the place
		// a byline's writer files from, after "By" and the name.
		return (seps > 0 || p.bylineSep(k+1)) && p.bylinePlace(k)
	}
	k--
	for n := 0; n < 3 && p.kind(k) == tWord && p.capitalized(k) && !roleWords[p.word(k)]; n++ {
		k-- // "Health", "Chief Political"
	}
	if k < 0 && seps > 0 {
		// "Reporter • 9:45am Tuesday 6 May 2025": the role opens the
		// sentence, its name cut off by a line wrapped before it.
		return true
	}
	if !p.bylineSep(k) {
		return false
	}
	k--
	names, k := p.nameBefore(k)
	if names == 0 || p.word(k) == "by" {
		return names > 0
	}
	if names > 0 && p.capitalized(k+1) && p.raw(k+1) == "By" {
		return true
	}
	// The name opens its line, or a scraper glued it after a sentence's
	// full stop.
	return names >= 2 && (k < 0 || p.toks[k+1].nl || p.isPunct(k, '.'))
}

// bylinePlace reports whether the capitalised words ending at k are the
// place in "By <Name>, <Place>", opening its line.
func (p *parser) bylinePlace(k int) bool {
	for n := 0; n < 3 && p.kind(k) == tWord && p.capitalized(k); n++ {
		k--
	}
	if !p.isPunct(k, ',') {
		return false
	}
	k--
	names, k := p.nameBefore(k)
	return names >= 2 && p.raw(k+1) == "By" && (k < 0 || p.toks[k+1].nl) || names >= 1 && p.word(k) == "by" && p.raw(k) == "By" && (k == 0 || p.toks[k].nl)
}

// nameBefore walks back over the capitalised words, joined by hyphens
// or not, that end at token k, at most four ("Kenji Arakawa-Holt"), and
// returns how many there were and the token before them.
func (p *parser) nameBefore(k int) (names, before int) {
	for names < 4 && k >= 0 && (p.kind(k) == tWord && p.capitalized(k) || p.isPunct(k, '-') && p.glued(k) && p.glued(k+1)) {
		if p.kind(k) == tWord {
			names++
		}
		k--
	}
	return names, k
}

// bylineSep reports whether token k parts a byline's fields: a comma, a
// bullet, a middle dot, a bar or a dash.
func (p *parser) bylineSep(k int) bool {
	if p.kind(k) != tPunct && p.kind(k) != tSym {
		return false
	}
	switch p.raw(k) {
	case ",", "•", "·", "|", "-", "—", "–", "/":
		return true
	}
	return false
}

// roleWords are newsroom roles in a byline.
var roleWords = setOf("editor", "reporter", "correspondent", "writer", "journalist", "columnist", "producer",
	"staff", "contributor", "analyst")

// gluedStamp reports whether the date or time f is a stamp a scraper
// glued to an outlet's or a writer's name and that ends its sentence:
// "Refugee Policy Wire6 December", then "4 min read". Prose never glues
// a word to a date.
func (p *parser) gluedStamp(f fig) bool {
	if f.ts == 0 || !p.glued(f.ts) || p.kind(f.ts-1) != tWord || !p.capitalized(f.ts-1) || p.kind(f.ts) != tNum {
		return false
	}
	return f.te >= len(p.toks) || p.isPunct(f.te, '|') || p.kind(f.te) == tWord && p.capitalized(f.te)
}

// stampWordAt reports whether a capitalised stamp word stands at token
// k: "Updated", "Published".
func (p *parser) stampWordAt(k int) bool {
	return p.kind(k) == tWord && stampWords[p.word(k)] && p.capitalized(k)
}

// stampClock reads a clock time at token k as a page's stamp writes it:
// its end, past "am" or "pm", and whether "am" or "pm" marks it ("3:20
// pm", "10.30 a.m.", "9:40 AM").
func (p *parser) stampClock(k int) (end int, amPm, ok bool) {
	if p.kind(k) != tNum {
		return k, false, false
	}
	_, _, e, ok := p.clock(k)
	if !ok {
		return k, false, false
	}
	if _, e2, ap := p.ampm(e); ap {
		return e2, true, true
	}
	w := p.word(e - 1)
	return e, e > k+1 && (w == "am" || w == "pm" || w == "m"), true
}

// zoneAt reports whether a time zone stands at token k ("BST", "ET"), not
// "hours" or "local time", which follow clocks in prose too.
func (p *parser) zoneAt(k int) bool {
	w := p.word(k)
	return timeZones[w] && w != "hours" && w != "local"
}

// pageField reports whether r separates the fields of a page's byline or
// stamp: "Marcus Dell · Jan. 8, 2024 · 214 comments", "Business | 4 min
// read". Prose separates nothing with a middle dot or a bar.
func pageField(r string) bool {
	return r == "\u00b7" || r == "|" || r == "\u2022"
}

// datedStamp reports whether clock time f follows a date across a page's
// separator: "15 October 2025 · 07:00 BST", "March 4, 2026 | 9:12 AM ET",
// "GOLF 20 July 2025 · 19:58", or right after it with nothing between:
// "Mon 3 Mar 2025 13.20 GMT". Prose joins a date and a time with words ("on 15 October
// at 07:00"), not with a middle dot or a bar.
func (p *parser) datedStamp(f fig) bool {
	n := len(p.figs)
	if n == 0 || p.figs[n-1].cat != Date {
		return false
	}
	if p.figs[n-1].te == f.ts {
		// "Mon 3 Mar 2025 13.20 GMT": prose puts "at" between them.
		return true
	}
	field := func(r string) bool { return pageField(r) || r == "-" || r == "\u2013" }
	d := p.figs[n-1]
	if d.te != f.ts-1 {
		return false
	}
	// "2 June 2024 · 18:47", or "· 2 June 2024, 18:47 ·": a comma
	// between them where the date stands in a page's field.
	// "7 June 2024, 07:31 CET": a comma and a zoned clock.
	return field(p.raw(f.ts-1)) || p.isPunct(f.ts-1, ',') && (field(p.raw(d.ts-1)) || p.zoneAt(f.te))
}

// bracketStamp reports whether clock time f stands alone in brackets with
// its zone, as a wire dateline stamps its story: "OTTAWA, April 15 (4:30
// p.m. ET) - Canada's…", "(14:20 ICT)". Prose in brackets says more
// ("(at 4:30 p.m. local time)").
func (p *parser) bracketStamp(f fig) bool {
	if p.timeCode(f) {
		return true
	}
	if !p.isPunct(f.ts-1, '(') {
		return false
	}
	end, _, ok := p.stampClock(f.ts)
	if !ok || !p.zoneAt(end) {
		return false
	}
	for p.zoneAt(end) {
		end++
	}
	return p.isPunct(end, ')')
}

// timeCode reports whether clock time f is a transcript's or a video's
// time code: alone in round or square brackets, with seconds ("[00:03:02]")
// or where a transcript puts its codes, at a line's start or end or right
// after a speaker's label ("PRESENTER: (22:41) The party…", "…has crashed.
// [00:03:02]"). A clock in brackets inside a sentence says more ("left at
// noon (12:00 local)").
func (p *parser) timeCode(f fig) bool {
	open := p.raw(f.ts - 1)
	if open != "(" && open != "[" || p.kind(f.ts-1) != tPunct {
		return false
	}
	e := f.te
	if !p.isPunct(e, ')') && !p.isPunct(e, ']') {
		return false
	}
	if strings.Count(p.n[p.toks[f.ts].s:p.toks[f.te-1].e], ":") == 2 {
		return true // "00:03:02"
	}
	lineStart := p.opensLine(f.ts - 1)
	label := p.isPunct(f.ts-2, ':') && p.kind(f.ts-3) == tWord && (strings.ToUpper(p.raw(f.ts-3)) == p.raw(f.ts-3) || p.capitalized(e+1))
	lineEnd := e+1 >= len(p.toks) || p.toks[e+1].nl
	return lineStart || label || lineEnd && p.isPunct(f.ts-2, '.')
}

// agoStamp reports whether figure f is a page's relative time ("2 hours
// ago", "5 hours agoThe regulator…"): "ago" after it, and no prose before
// it. A lower-case word before it makes it part of a sentence ("the
// outbreak began 12 days ago", "arrived two hours ago"); a stamp word, a
// byline's name, a separator or the start of a line do not.
func (p *parser) agoStamp(f fig) bool {
	if !p.gluedPrefix(f.te, "ago") {
		return false
	}
	k := f.ts - 1
	if p.kind(k) != tWord {
		return true
	}
	r := p.raw(k)
	if w := p.word(k); isVerbForm(w) && !stampWords[w] {
		return false // "Launched 27 days ago, it took…": a sentence's verb
	}
	return isUpperB(r[0]) || stampWords[p.word(k)]
}

// emojiAfter reports whether token k is an emoji glued to the token
// before it, as a scraper joins a page's pieces ("shares🔴").
func (p *parser) emojiAfter(k int) bool {
	r := p.raw(k)
	return p.kind(k) == tSym && p.glued(k) && len(r) == 4 && r[0] == 0xF0 && r[1] == 0x9F
}

// alertLabels head a news app's alert: "🔴 LIVE · 3m", "JUST IN · 1h",
// "UPDATE 2h ago".
var alertLabels = setOf("live", "update", "updated", "breaking", "developing", "latest", "in", "new", "alert", "urgent", "flash")

// alertStamp reports whether figure f is an alert's age written short,
// "3m", "2h", "1d", beside the alert's label or its separator: "🔴 LIVE ·
// 3m — UPDATE: At least 17…", "UPDATE 2h ago · 27 trains…". A span in
// prose is written out ("for 3 hours") or stands in a sentence.
func (p *parser) alertStamp(f fig) bool {
	if f.qual != "" || f.te != f.ts+2 || !p.glued(f.ts+1) {
		return false
	}
	switch p.word(f.ts + 1) {
	case "m", "h", "d", "min", "mins", "hr", "hrs":
	default:
		return false
	}
	b := f.ts - 1
	for n := 0; n < 3 && (p.kind(b) == tPunct || p.kind(b) == tSym); n++ {
		b--
	}
	if alertLabels[p.word(b)] && p.capitalized(b) {
		return true
	}
	a := f.te
	if p.word(a) == "ago" {
		a++
	}
	return pageField(p.raw(a)) || p.raw(a) == "\u2014"
}

// liveListLabels end the label of a live page's list of entries: "Key
// events:", "Latest updates:", "Timeline:".
var liveListLabels = setOf("events", "updates", "latest", "timeline")

// liveStamp reports whether clock time f heads an entry of a live page:
// written with a colon, opening its sentence or glued to the word or the
// full stop before it ("…on the Moon21:10 GMT The agency says", "…420
// watts.21:40 GMT Engineers"), and followed, past its
// zone, by a capitalised word or nothing. "At 21:10 the lander…" and
// "21:10 local time saw…" are times of the story.
func (p *parser) liveStamp(f fig) bool {
	// "Key events: 12:40 Commissioner gives update | 07:58 Navy divers…":
	// a live page's list of entries.
	listed := p.isPunct(f.ts-1, '|') || p.isPunct(f.ts-1, ':') && liveListLabels[p.word(f.ts-2)]
	if f.ts > 0 && !listed && !p.toks[f.ts].nl && !(p.glued(f.ts) && (p.kind(f.ts-1) == tWord || p.isPunct(f.ts-1, '.'))) {
		return false
	}
	if !p.isPunct(f.ts+1, ':') {
		// "5.25pm Two of the hikers have been found": an entry opening
		// its line with a dotted clock and its "pm".
		if _, amPm, ok := p.stampClock(f.ts); !ok || !amPm || !p.opensLine(f.ts) || strings.IndexByte(p.raw(f.ts), '.') < 0 {
			return false
		}
	}
	k := f.te
	for timeZones[p.word(k)] && p.kind(k) == tWord {
		k++
	}
	if p.isPunct(k, ':') || p.isPunct(k, '-') || p.isPunct(k, '|') {
		k++ // "14:30: Police arrive", "14:30 - Police arrive", "residents.9:40 a.m.: Crews…"
	}
	if k >= len(p.toks) || p.toks[k].nl {
		return true
	}
	if p.isPunct(k, '(') && p.kind(k+1) == tNum && (p.gluedPrefix(k+3, "ago") || p.gluedPrefix(k+2, "ago")) {
		// "3:05 p.m. CT (17m ago)": a post's stamp, its age beside it.
		return true
	}
	if p.kind(k) == tNum && p.opensLine(f.ts) && p.isPunct(f.ts+1, ':') && (timeZones[p.word(f.te)] || timeZones[p.word(f.te-1)]) {
		// "10:50 GMT 2 navy vessels have joined": an entry may open
		// with a figure after its zoned clock.
		return true
	}
	r := p.raw(k)
	_, month := months[p.word(k)]
	return p.kind(k) == tWord && isUpperB(r[0]) && !month && !weekdays[p.word(k)]
}

// gluedPrefix reports whether token k is the word w, or w glued to a
// capitalised word by the scraper ("readELLBY", "agoThe").
func (p *parser) gluedPrefix(k int, w string) bool {
	if p.kind(k) != tWord {
		return false
	}
	t := p.word(k)
	if t == w {
		return true
	}
	if len(t) <= len(w) || t[:len(w)] != w {
		return false
	}
	r := p.raw(k)
	return r[:len(w)] == w && isUpperB(r[len(w)])
}

// stampWords open a publication stamp when capitalised ("Updated 5:02
// p.m.", "Published: July 8, 2026", "Last updated on 8 July", "Last update:
// 11:20 local time", a live page's "LATEST: 11:05 -" and "Started 9
// October 2025, 17:20").
var stampWords = setOf("published", "updated", "update", "posted", "modified", "edited", "created", "latest",
	"breaking", "amended", "corrected", "revised", "issued", "started")

// stampFillers may stand between a stamp word and its time or date, or
// between the time and the date.
var stampFillers = setOf("at", "on", "et", "gmt", "bst", "utc", "est", "edt", "cet", "cest", "pt", "pst",
	"pdt", "ct", "cst", "cdt", "ist", "aest", "aedt", "sast", "eat", "wat", "hkt", "sgt", "jst", "local", "time")

// fillersOnly reports whether tokens [from, to) are only stamp fillers,
// weekdays and punctuation.
func (p *parser) fillersOnly(from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		switch p.kind(k) {
		case tPunct:
		case tSym:
			if !pageField(p.raw(k)) {
				return false // "Updated 4 June 2024 • 10:50 BST"
			}
		case tWord:
			if w := p.word(k); !stampFillers[w] && !weekdayAbbrevs[w] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// weekdayAbbrevs are the days of the week as stamps write them.
var weekdayAbbrevs = setOf("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// readingTime reports whether the minutes at token ts follow "Reading
// time:" or "Read time:".
func (p *parser) readingTime(ts int) bool {
	k := ts - 1
	if p.isPunct(k, ':') {
		k--
	}
	return p.word(k) == "time" && (p.word(k-1) == "reading" || p.word(k-1) == "read")
}

// mediaWords label a video's or a recording's length ("Watch: 2:31",
// "Video 1:45").
var mediaWords = setOf("watch", "video", "listen", "play", "duration", "audio", "podcast", "runtime")

// mediaLength reports whether the clock-like figure at token ts is the
// length of a video or recording shown beside the article.
func (p *parser) mediaLength(ts int) bool {
	k := ts - 1
	if p.isPunct(k, ':') || p.isPunct(k, '|') || p.isPunct(k, '-') || p.isPunct(k, '(') {
		k--
	}
	if mediaWords[p.word(k)] && p.capitalized(k) {
		return true
	}
	// "Listen to this article 4:12", "Listen to this story (3:48)".
	if w := p.word(k); (w == "article" || w == "story") && p.word(k-1) == "this" && p.word(k-2) == "to" {
		// "ShareSaveListen to this article": glued to the share bar.
		return mediaWords[p.word(k-3)] || strings.HasSuffix(p.word(k-3), "listen")
	}
	return false
}

// stamped reports whether the time or date starting at token ts belongs to
// a publication stamp: a capitalised stamp word before it, with only
// fillers, punctuation and the stamp's other times and dates between.
func (p *parser) stamped(ts int) bool {
	k := ts - 1
	for steps := 0; k >= 0 && steps < 12; steps++ {
		if p.stampEnd > 0 && k+1 == p.stampEnd {
			return true // the date after a stamp's time
		}
		switch p.kind(k) {
		case tPunct:
			switch p.n[p.toks[k].s] {
			case '|':
				// Page fields are separated by bars, article prose never
				// is: "Transport correspondent | 11:05 AM GMT".
				return true
			case ',', ':', '-', '(', '/', '.':
				k--
				continue
			}
			// "Hana Ruatapu • Health Reporter • 11:02am": a byline's
			// name and role, parted by bullets or dashes.
			return p.roleByline(k)
		case tNum, tIdent:
			k-- // "Published: 04/03/2026 14:05": a date written as an identifier
			continue
		case tWord:
			w := p.word(k)
			if stampWords[w] {
				r := p.raw(k)
				// "(updated 13:40)" after a byline's date: a stamp in
				// brackets, lower-case.
				// "This article was amended on 12 March": the page's note.
				// "The chain was started on 23 June" is the story's.
				amended := (p.word(k-1) == "was" || p.word(k-1) == "been") && p.word(k+1) == "on" && w != "started" && w != "issued" && w != "created"
				return isUpperB(r[0]) || amended || p.word(k-1) == "last" || p.word(k-1) == "first" || p.isPunct(k-1, '(') ||
					(p.isPunct(k-1, ',') || p.bylineSep(k-1)) && p.stampEnd > 0 // "Posted 8 April at 4:15 p.m., updated 9 April at 8:02 a.m."
			}
			if !stampFillers[w] && !weekdayAbbrevs[w] {
				if g := p.figureEndingAt(k); g >= 0 && (p.figs[g].cat == Time || p.figs[g].cat == Date) {
					k = p.figs[g].ts - 1
					continue
				}
				return p.postedBy(k)
			}
			k--
		default:
			if g := p.figureEndingAt(k); g >= 0 && (p.figs[g].cat == Time || p.figs[g].cat == Date) {
				k = p.figs[g].ts - 1
				continue
			}
			return p.roleByline(k) // "Kirsty Lennox, Health Editor — Tuesday"
		}
	}
	return false
}

// figureEndingAt returns the index in p.figs of the figure whose last
// token is k, or -1.
func (p *parser) figureEndingAt(k int) int {
	for g := len(p.figs) - 1; g >= 0 && g >= len(p.figs)-4; g-- {
		if p.figs[g].te == k+1 {
			return g
		}
	}
	return -1
}

// copyright reports whether a year at token ts follows "©", "(c)" or
// "Copyright".
func (p *parser) copyright(ts int) bool {
	switch {
	case p.raw(ts-1) == "\u00a9", p.word(ts-1) == "copyright":
		return true
	case p.isPunct(ts-1, ')') && p.word(ts-2) == "c" && p.isPunct(ts-3, '('):
		return true
	}
	return false
}

// galleryWords count a page's pictures and pages ("Photo 3 of 12").
var galleryWords = setOf("photo", "photos", "image", "images", "picture", "pictures", "slide", "slides", "page",
	"gallery", "item", "video", "part")

// counterWords name the counters a page shows beside an article.
var counterWords = setOf("comments", "comment", "shares", "share", "replies", "reactions", "likes", "views",
	"viewed", "readers", "reads", "reposts", "retweets", "bookmarks", "plays")

// uiCounts name what a page counts in brackets beside a label, as a
// guest book its entries or a bill's page its cosponsors.
var uiCounts = setOf("entries", "tributes", "condolences", "messages", "reviews", "ratings", "cosponsors",
	"responses", "answers", "followers", "subscribers", "signatures", "photos", "videos", "votes", "replies")

// labelEnds reports whether token k ends a page label: the sentence ends
// there, or a capitalised word is glued on, the next label a scraper
// joined to it.
func (p *parser) labelEnds(k int) bool {
	return k >= len(p.toks) || p.glued(k) && p.capitalized(k) && p.kind(k) == tWord
}

// counterLabels open a two-word counter label: "Page views:", "Total
// shares:", "Reader comments:".
var counterLabels = setOf("page", "total", "reader", "readers", "article", "story", "post", "most", "times")

// counter reports whether a count is a page's comment or share counter:
// "Comments (12)", "Comments: 12", "12 Comments", "Shares 1.2K", each
// capitalised as page labels are; "4,000 public comments" is a fact.
func (p *parser) counter(f fig) bool {
	b := f.ts - 1
	if p.raw(b) == "UPDATE" || p.raw(b) == "UPDATED" || p.raw(b) == "REFILE" || p.raw(b) == "CORRECTED" {
		return true // a wire story's revision number: "UPDATE 2-Quake kills…"
	}
	// "· 214 comments ·", "| 1,204 shares": a counter in a page's field.
	if pageField(p.raw(b)) && counterWords[p.word(f.te)] {
		return true
	}
	// "1.2K shares🔴 LIVE": a counter glued to an app's next alert.
	if counterWords[p.word(f.te)] && p.emojiAfter(f.te+1) {
		return true
	}
	// "👍 214", "💬 37": a reaction counter after its emoji.
	if r := p.raw(b); p.kind(b) == tSym && r != "" && r[0] == 0xF0 {
		return true
	}
	// "PHOTOS: 42 pictures of the eclipse": a gallery's link.
	if p.isPunct(b, ':') && galleryWords[p.word(b-1)] && galleryWords[p.word(f.te)] {
		return true
	}
	// "Photo 3 of 12", "Page 2 of 3": a gallery's or a page's counter.
	if p.word(b) == "of" && p.kind(b-1) == tNum && galleryWords[p.word(b-2)] {
		return true
	}
	if galleryWords[p.word(b)] && p.word(f.te) == "of" && p.kind(f.te+1) == tNum {
		return true
	}
	if p.isPunct(b, '(') && p.isPunct(f.te, ')') && (counterWords[p.word(b-1)] || uiCounts[p.word(b-1)] && p.capitalized(b-1)) {
		return true // "Comments (12)", "comments (12)", "Reviews (37)"
	}
	// "Guest book (214 entries)", "(shared 57 times)": a page's count in
	// brackets closing its label, where the line ends or the next label
	// is glued on ("(142 entries)Send flowers").
	if p.isPunct(b, '(') && uiCounts[p.word(f.te)] && p.isPunct(f.te+1, ')') && p.labelEnds(f.te+2) ||
		p.isPunct(b-1, '(') && (p.word(b) == "shared" || p.word(b) == "viewed" || p.word(b) == "read") &&
			p.word(f.te) == "times" && p.isPunct(f.te+1, ')') && p.labelEnds(f.te+2) {
		return true
	}
	if p.isPunct(b, ':') {
		b--
	}
	if counterWords[p.word(b)] && p.capitalized(b) {
		return true
	}
	if (p.word(b) == "shared" || p.word(b) == "viewed") && p.capitalized(b) && p.word(f.te) == "times" {
		return true // "Shared 240 times", "Viewed 1,204 times"
	}
	if counterWords[p.word(b)] && p.isPunct(b+1, ':') && p.kind(b-1) == tWord && counterLabels[p.word(b-1)] {
		return true // "Page views: 8,412", "Total shares: 1,204"
	}
	h := f.np.head
	return f.np.e > f.np.s && h == f.te && counterWords[p.word(h)] && p.capitalized(h)
}
