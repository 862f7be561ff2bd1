package textnorm

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitJunk appends s to out, cutting page junk out of it as separate
// sentences marked Junk.
func splitJunk(n string, s Sentence, out []Sentence) []Sentence {
	if a, b := stampLineIn(n, s.Start, s.End); a < b {
		// A byline or dateline stamp on a line of its own, which the
		// sentence ran into from the headline above or on into the
		// lead below, or a whole sentence glued in.
		return cutJunk(n, s, a, b, out)
	}
	if stampOpensLine(n, s) {
		// "Jan. 17, 2024 at 6:10 a.m. Last updated 06:45": a stamp's
		// line, parted into sentences after "a.m.".
		return appendSentence(n, out, Sentence{Start: s.Start, End: s.End, Junk: true})
	}
	if c := shareChain(n[s.Start:s.End]); c >= 0 {
		// A share bar glued into the sentence: it is junk, and so are the
		// links to other stories glued before it.
		c += s.Start
		e := s.Start + shareChainEnd(n[s.Start:s.End], c-s.Start)
		if teaserRun(n[s.Start:c]) {
			out = appendSentence(n, out, Sentence{Start: s.Start, End: c, Junk: true})
		} else if c > s.Start {
			out = splitJunk(n, Sentence{Start: s.Start, End: c}, out)
		}
		out = appendSentence(n, out, Sentence{Start: c, End: e, Junk: true})
		if e < s.End {
			out = splitJunk(n, Sentence{Start: e, End: s.End}, out)
		}
		return out
	}
	if c := copyrightAt(n[s.Start:s.End]); c > 0 && s.End-(s.Start+c) <= 150 {
		// "Ferry fares up 6%© Carrow Evening Press 2025": a copyright
		// line glued to the last link before it, which stands alone.
		c += s.Start
		out = splitJunk(n, Sentence{Start: s.Start, End: c}, out)
		return appendSentence(n, out, Sentence{Start: c, End: s.End, Junk: true})
	}
	if t := n[s.Start:s.End]; markdownRow(t) {
		// "| Portlow | 6 | 880 |March 4, 2026": a table row ends at its
		// last pipe, whatever a scraper glued after it.
		if k := strings.LastIndexByte(t, '|'); k+1 < len(t) && strings.TrimSpace(t[k+1:]) != "" {
			c := s.Start + k + 1
			out = appendSentence(n, out, Sentence{Start: s.Start, End: c})
			for c < s.End && n[c] == ' ' {
				c++
			}
			return splitJunk(n, Sentence{Start: c, End: s.End}, out)
		}
	}
	// "…Monday 6pm.3.3K likes 1,204 repostsUnions warned…": an embedded
	// post's counts glued into the story; "…2027NKZ003>008-131200-...
	// BLIZZARD WARNING": a weather product's zone codes.
	for _, at := range [...]func(string) []int{postCountsAt, zoneCodesAt, glyphCountsAt} {
		if loc := at(n[s.Start:s.End]); loc != nil && loc[1]-loc[0] < s.End-s.Start {
			return cutJunk(n, s, s.Start+loc[0], s.Start+loc[1], out)
		}
	}
	if markGlue(n[s.Start:s.End]) {
		// Counters and buttons glued to the text before them:
		// "…August.1.4K shares |", "…a year.🔗 Copy link 👍 Like (1.1k)",
		// "(−9.0%)Shared 310 times", "…decade.Like 3.1kShare 640",
		// "…17:35 GMT1,454 people shared this".
		for _, at := range [...]func(string) []int{gluedCountAt, iconBarAt, gluedTimesAt, buttonRunAt, gluedReadersAt} {
			if loc := at(n[s.Start:s.End]); loc != nil && loc[1]-loc[0] < s.End-s.Start {
				return cutJunk(n, s, s.Start+loc[0], s.Start+loc[1], out)
			}
		}
	}
	if t := n[s.Start:s.End]; t != "" && isDigit(t[0]) {
		// "1.4K shares |Get the morning briefing.": a page's count and
		// the bar after it, opening what a scraper glued to it.
		if m := leadingCount.FindStringIndex(t); m != nil && m[1] < len(t) {
			return cutJunk(n, s, s.Start, s.Start+m[1], out)
		}
	}
	if t := n[s.Start:s.End]; buttonAt(t) && wholeButtonRun(t) {
		// The buttons alone, cut from the sentence before them.
		return appendSentence(n, out, Sentence{Start: s.Start, End: s.End, Junk: true})
	}
	if c := markdownLinksAt(n[s.Start:s.End]); c >= 0 {
		// "…15:42 GMTRead more[River levels: the 5-day forecast](https://…)":
		// a reader tool's Markdown links to other stories ending the
		// sentence.
		c += s.Start
		if c > s.Start {
			out = splitJunk(n, Sentence{Start: s.Start, End: c}, out)
		}
		return appendSentence(n, out, Sentence{Start: c, End: s.End, Junk: true})
	}
	if c := trailingCounter(n[s.Start:s.End]); c > 1 && n[s.Start+c-1] == '.' {
		// "Gamble responsibly. 18+ only.2,015 comments": a page's count
		// glued to the last sentence.
		c += s.Start
		out = splitJunk(n, Sentence{Start: s.Start, End: c}, out)
		return appendSentence(n, out, Sentence{Start: c, End: s.End, Junk: true})
	}
	if c := readerCounter(n[s.Start:s.End]); c >= 0 {
		// "…alerts by email1,408 people are reading this".
		c += s.Start
		if c > s.Start {
			out = splitJunk(n, Sentence{Start: s.Start, End: c}, out)
		}
		return appendSentence(n, out, Sentence{Start: c, End: s.End, Junk: true})
	}
	start := s.Start
	i := s.Start
	for i < s.End {
		// Only a word of 30 bytes or more with hyphens can be a chain:
		// jump from hyphen to hyphen, and look at the word around one.
		h := strings.IndexByte(n[i:s.End], '-')
		if h < 0 {
			break
		}
		h += i
		ws := h
		for ws > i && !isWS(n[ws-1]) {
			ws--
		}
		j := h + 1
		for j < s.End && !isWS(n[j]) {
			j++
		}
		if j-ws >= 30 {
			if js, ok := chainJunk(n[ws:j]); ok {
				js += ws
				out = appendSentence(n, out, Sentence{Start: start, End: js})
				out = appendSentence(n, out, Sentence{Start: js, End: j, Junk: true})
				start = j
			}
		}
		i = j
	}
	rest := Sentence{Start: start, End: s.End}
	if d, e := readingAfterStop(n[rest.Start:rest.End]); d > 0 {
		// "…more than doubled over the decade.12 min read | 7,904
		// views |": the story's last sentence, and the page's reading
		// time glued to its full stop.
		out = splitJunk(n, Sentence{Start: rest.Start, End: rest.Start + d}, out)
		out = appendSentence(n, out, Sentence{Start: rest.Start + d, End: rest.Start + e, Junk: true})
		if rest.Start+e >= rest.End {
			return out
		}
		return splitJunk(n, Sentence{Start: rest.Start + e, End: rest.End}, out)
	}
	if g := gluedReading(n[rest.Start:rest.End]); g > 0 && !phraseJunk(n[rest.Start:rest.End]) {
		// "…7.48mHealth3 min readAbout 390,000 of them…": a reading
		// time glued to the sentence after it.
		if c := readingTail(n[rest.Start : rest.Start+g]); c > 0 {
			// What stood before the reading time may be a stamp:
			// "Northline · World · Sunday 07:10 · 3 min read".
			head := strings.TrimSpace(n[rest.Start : rest.Start+c])
			out = appendSentence(n, out, Sentence{Start: rest.Start, End: rest.Start + c, Junk: head != "" && (phraseJunk(head) || dateOnly(head))})
			out = appendSentence(n, out, Sentence{Start: rest.Start + c, End: rest.Start + g, Junk: true})
			rest.Start += g
		}
	}
	if c := readingTail(n[rest.Start:rest.End]); c > 0 {
		// "…hits record 7.48mHealth3 min read": the headline stays a
		// sentence, the reading time is junk; "Kessock Press Agency,
		// 15:20 | 2 min read", "November 18, 2026 5 min read": the stamp
		// before it is junk too.
		head := strings.TrimSpace(n[rest.Start : rest.Start+c])
		out = appendSentence(n, out, Sentence{Start: rest.Start, End: rest.Start + c, Junk: phraseJunk(head) || dateOnly(head) || stampBefore(head)})
		rest.Start += c
	}
	if c := readingTimeLabel(n[rest.Start:rest.End]); c > 0 {
		// "Katrin Solberg - Crime & Environment, 10:09 Reading time
		// approx. 2 min.": a byline's stamp, then the reading time under
		// its label.
		head := strings.TrimSpace(n[rest.Start : rest.Start+c])
		out = appendSentence(n, out, Sentence{Start: rest.Start, End: rest.Start + c, Junk: phraseJunk(head) || stampLine(head) || clockedByline(head)})
		return appendSentence(n, out, Sentence{Start: rest.Start + c, End: rest.End, Junk: true})
	}
	if c := listenTail(n[rest.Start:rest.End]); c >= 0 {
		// "3651 shares Listen: 3 min": an audio player's length after
		// the page's counters; the counters before it are junk too.
		if c > 0 {
			head := strings.TrimSpace(n[rest.Start : rest.Start+c])
			out = appendSentence(n, out, Sentence{Start: rest.Start, End: rest.Start + c, Junk: phraseJunk(head) || counterCell.MatchString(head)})
		}
		return appendSentence(n, out, Sentence{Start: rest.Start + c, End: rest.End, Junk: true})
	}
	if rest.End > rest.Start {
		rest.Junk = phraseJunk(n[rest.Start:rest.End]) || datelineAlone(n, rest.Start, rest.End)
		if !rest.Junk {
			// A dateline on the last lines of the sentence, the line
			// breaks before it not taken as sentence ends: "…evacuation
			// of 2,000 residents\nThursday,\nMarch 5, 2026 - 7:45 PM".
			if l := tailDateline(n, rest.Start, rest.End); l > rest.Start {
				out = appendSentence(n, out, Sentence{Start: rest.Start, End: l})
				rest.Start, rest.Junk = l, true
			}
		}
	}
	return appendSentence(n, out, rest)
}

// stampBefore reports whether head, what stands before a reading time,
// is a byline's stamp with its clock and the separator that parted them:
// "Aoife Brannigan · 20/05/2025 10:09 ·". A masthead's date alone
// ("Stourley Standard | Friday 7 November 2025 |") is left as it is.
func stampBefore(head string) bool {
	t := strings.TrimRight(head, " \u00b7|\u2022-")
	return len(t) < len(head) && strings.IndexByte(t, ':') > 0 && stampLine(t)
}

// stampOpensLine reports whether the sentence s, with a figure in it,
// opens a line of n that runs on after it and is a stamp whole
// (stampLine), though no sentence of it is.
func stampOpensLine(n string, s Sentence) bool {
	if s.Start > 0 && n[s.Start-1] != '\n' || s.End >= len(n) || n[s.End] == '\n' || !strings.ContainsAny(n[s.Start:s.End], "0123456789") {
		// A byline's name and title before its date ("By Oren
		// Vasquez, Transport Reporter. 14 March…") are left as
		// they are: no figure stands in them.
		return false
	}
	e := strings.IndexByte(n[s.End:], '\n')
	if e < 0 {
		e = len(n)
	} else {
		e += s.End
	}
	return e-s.Start <= maxStampLine && stampLine(n[s.Start:e])
}

// copyrightAt returns where a copyright line starts in s ("© 2026 …",
// "(c) Copyright Wire 2026"), or -1.
func copyrightAt(s string) int {
	if c := strings.Index(s, "\u00a9"); c >= 0 {
		return c
	}
	if c := strings.Index(s, "(c) Copyright"); c >= 0 {
		return c
	}
	if c := strings.Index(s, "(C) Copyright"); c >= 0 {
		return c
	}
	// "…weekly. 31,200 subscribersCopyright 2025 Southern Latitudes
	// Media": the line glued to the last word before it, a year after.
	for c := range occurrences(s, "Copyright ") {
		if y := c + len("Copyright "); c > 0 && isLetter(s[c-1]) && y+4 <= len(s) && allDigitsStr(s[y:y+4]) {
			return c
		}
	}
	return -1
}

func appendSentence(n string, out []Sentence, s Sentence) []Sentence {
	for s.Start < s.End && isWS(n[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isWS(n[s.End-1]) {
		s.End--
	}
	if s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// chainJunk reports whether the whitespace-free word w is a chain of
// lowercase words glued with hyphens, as left by CSS breakpoint classes
// ("for-phone-onlyfor-tablet-portrait-up"), and where the junk starts in it.
func chainJunk(w string) (int, bool) {
	if len(w) < 30 {
		return 0, false
	}
	hyphens, letters := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c == '-':
			hyphens++
		case isLetter(c):
			letters++
		case isDigit(c):
			return 0, false
		}
	}
	if hyphens < 4 || (letters+hyphens)*10 < len(w)*9 {
		return 0, false
	}
	lw := strings.ToLower(w)
	for _, m := range junkChainStarts {
		if k := strings.Index(lw, m); k >= 0 {
			return k, true
		}
	}
	return 0, true
}

var junkChainStarts = []string{"for-phone", "for-tablet", "for-desktop", "for-wide", "for-mobile"}

// paywallMeter reports whether s counts the reader's free articles: "3 free
// articles left", "You have 2 free articles remaining this month".
func paywallMeter(s string) bool {
	// Both forms hold "article", found by its rare "c".
	if !hasAround(s, 'c', "article", 4) {
		return false
	}
	i := strings.Index(s, " free article")
	if i < 0 {
		i = strings.Index(s, " article")
		if i < 0 || !strings.Contains(s[i:], " remaining") {
			return false
		}
	}
	if i == 0 || !isDigit(s[i-1]) {
		return false
	}
	for _, w := range []string{" left", " remaining"} {
		k := strings.Index(s[i:], w)
		if k < 0 {
			continue
		}
		r := s[i+k+len(w):]
		// The meter ends there: "left© Sport Media", "remaining this
		// month"; "left over from May" is prose.
		if r == "" || !isWS(r[0]) && !isLetter(r[0]) || strings.HasPrefix(r, " this month") || strings.HasPrefix(r, " this week") {
			return true
		}
	}
	return false
}

// phraseJunk reports whether a sentence is page furniture: a share or
// subscribe prompt, a cookie notice, a breadcrumb trail.
func phraseJunk(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; (c == ' ' || c == '|' || c == '\t' || c == '\n' || strings.HasPrefix(s, "\u00b7 ") || strings.HasPrefix(s, "\u2022 ")) && phraseJunkAfterBar(s) {
		// A piece cut after glued furniture may open with the space
		// and the bar that parted them: "Comments (96) | Most read: …",
		// or the dot left when the link before it went: "· Share this
		// article (4,374)".
		return true
	}
	if len(s) > 300 {
		return false
	}
	if len(s) <= 200 && barCellsJunk(s) {
		return true
	}
	if len(s) <= maxCounterLine && (counterLine(s) || commentsCall(s) || clockOnly(s) || slideCounter(s) || compactCount(s) || shareBarCount(s)) || newsletterPrompt(s) || networkFooter(s) || bylineStamp(s) || outletStamp(s) || len(s) <= maxStampLine && viewsLine(s) {
		return true
	}
	if len(s) <= 200 && (paywallMeter(s) || readerCount(s) || tickerLine(s) || priceStrip(s) || followPrompt(s) || runningHead(s)) || len(s) <= maxCreditLine && photoCredit(s) || wireCredits(s) || weatherLine(s) || forecastLine(s) || readingsLine(s) || counterStrip(s) || riverRow(s) || bulletLink(s) || countedHeading(s) || closingItem(s) || siteCounterLine(s) || zoneLine(s) || strings.HasPrefix(s, "Live: ") && liveCount.MatchString(s) || asOfLine(s) || resultsWidget(s) || pollResults(s) || signUpLine(s) || referralLine(s) || promoCode(s) || bestOfLink(s) || dayCounter(s) || fanVote(s) || countdownLine(s) || usefulCount(s) || yesNoCount(s) || giftAsk(s) || resultsRow(s) || starListing(s) || statusRow(s) || fileDownload(s) || clipLength(s) || len(s) <= 48 && strings.IndexByte(s, '/') > 0 && fxPair.MatchString(s) || stampCounter(s) || cardStrip(s) || financeSmallPrint(s) || compareOffer(s) || relatedLabel(s) || quoteLine(s) || findPrompt(s) || liveImageCaption(s) || hoursRow(s) || updatedStrip(s) || cellStrip(s) || statusBar(s) || len(s) <= 200 && isDigit(s[0]) && responsesHeading.MatchString(s) || numbersOnly(s) || glyphLine(s) || arrowRow(s) || signedRow(s) || len(s) <= 60 && dayForecast(s) || labelledReadings(s) || clockStrip(s) || readTimeTeasers(s) || openNowStrip(s) {
		return true
	}
	// Only a sentence whose first word opens some junk phrase is compared
	// in full; most sentences stop here.
	w := 0
	for w < len(s) && w < 16 && s[w] != ' ' && s[w] != '\n' && s[w] != '\t' {
		w++
	}
	var buf [16]byte
	for k := 0; k < w; k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	if !junkFirstWords[string(buf[:w])] {
		return breadcrumb(s) || timestampLine(s)
	}
	head := s
	if len(head) > 40 {
		head = head[:40]
	}
	l := strings.ToLower(head)
	if strings.ContainsAny(l, "\n\t") {
		// A prefix wrapped at a line's end: "Estimated % of\nvote".
		l = strings.Join(strings.Fields(l), " ")
	}
	for _, p := range junkPrefixesAt[l[0]] {
		if strings.HasPrefix(l, p) {
			// "LATEST: 11:05 - Police say…" is a live page's update,
			// not a link to another story; so is a sentence after it.
			if p == "latest:" && (liveUpdate(l[len(p):]) || strings.HasSuffix(s, ".") && strings.Count(s, " ") >= 6) {
				// "Latest: Transport for NSW says delays of up to 40
				// minutes are expected.": a sentence, not a link's
				// headline, which no full stop ends.
				return false
			}
			if (p == "sponsored by" || p == "presented by" || p == "brought to you by") && strings.HasSuffix(s, ".") && strings.Contains(s, ", ") && strings.Count(s, " ") >= 10 {
				// "Sponsored by the Kesworth Tap brewery at £6,000 a
				// season, the league has 28 teams.": a sentence of the
				// story opening with its clause, not a sponsor's label.
				return false
			}
			if (p == "correction:" || p == "corrections:" || p == "clarification:") && !CorrectionNotice(strings.ToLower(s)) {
				// "CORRECTION: The company cut about 2,400 jobs…": a live
				// post restated, its figures the story's.
				return false
			}
			return true
		}
	}
	if sectionLabel(l) {
		return true
	}
	if len(s) < 20 {
		t := strings.TrimRight(l, ".: ")
		for _, p := range junkExact {
			if t == p {
				return true
			}
		}
	}
	return breadcrumb(s) || timestampLine(s)
}

// barCellsJunk reports whether s is cells parted by bars, each of them
// junk on its own: "96 comments | Listen to this article (4 min)", "5-minute
// read • Join the conversation (125)".
func barCellsJunk(s string) bool {
	sep := " | "
	if !strings.Contains(s, sep) {
		// "5-minute read • Join the conversation (125)": bullets part
		// them as bars do.
		if sep = " \u2022 "; !strings.Contains(s, sep) {
			if sep = " \u00b7 "; !strings.Contains(s, sep) {
				return false
			}
		}
	}
	for c := range strings.SplitSeq(s, sep) {
		if c = strings.TrimSpace(c); c == "" || !phraseJunk(c) {
			return false
		}
	}
	return true
}

// phraseJunkAfterBar reports whether s, past the space and the bar that
// open it, is junk.
func phraseJunkAfterBar(s string) bool {
	t := strings.TrimLeft(s, " \t\n|\u00b7\u2022")
	return t != "" && isUpper(t[0]) && phraseJunk(t)
}

// noticeWords tell a correction notice, which names what was wrong, from a
// post restated under a "Correction:" label.
var noticeWords = []string{"earlier version", "previous version", "misstated", "incorrect", "wrongly", "mistakenly",
	"erroneously", " not ", "should have", "has been corrected", "was corrected", "has been amended", "was amended",
	"has been updated", "was updated", "we said", "we reported", "reported that", "stated that", "misidentified", "misspelled"}

// CorrectionNotice reports whether lower-cased text s, opening with a
// "Correction:" label, is a notice of what an earlier version got wrong
// ("Correction: An earlier version said 112 years"), not a live post
// restated under the label ("CORRECTION: The company cut about 2,400
// jobs"), whose figures are the story's. A notice with no figure ("see
// below") is one too.
func CorrectionNotice(s string) bool {
	return containsAny(s, noticeWords) || !strings.ContainsAny(s, "0123456789")
}

// markdownLinks matches Markdown links and images ending a sentence, with
// the label of a list of links before them: "Read more[Title](https://…)",
// "![Logo](https://…)".
var markdownLinks = regexp.MustCompile(`(?i)(?:read more:?|related( stories| articles)?:?|more from [^\[\]]{1,40}|see also:?|also read:?|recommended:?|more on this story:?)?\s*(?:!?\[[^\]\n]{0,200}\]\([^()\s]{1,400}\)\s*)+$`)

// markdownLinksAt returns where links to other stories written in Markdown
// start at the end of sentence s, or -1: two links or more, a label of
// links before them, links glued to the text before them, or a link
// standing alone. A link inside a sentence's prose ("said [40
// jobs](https://…) were at risk") is the story's, and so is a picture on a
// line of its own, its caption.
func markdownLinksAt(s string) int {
	if strings.IndexByte(s, '[') < 0 || !strings.HasSuffix(strings.TrimRight(s, " "), ")") {
		return -1
	}
	loc := markdownLinks.FindStringIndex(s)
	if loc == nil {
		return -1
	}
	m := strings.TrimSpace(s[loc[0]:loc[1]])
	if loc[0] == 0 && strings.HasPrefix(m, "![") && strings.Count(m, "](") == 1 {
		return -1 // a picture on its own line: its caption is the story's
	}
	if loc[0] == 0 || strings.Count(m, "](") >= 2 || !strings.HasPrefix(m, "[") && !strings.HasPrefix(m, "![") || s[loc[0]-1] != ' ' {
		return loc[0]
	}
	return -1
}

// cutJunk appends s to out with its piece [a, b) cut out as junk, the
// rest before and after it split further.
func cutJunk(n string, s Sentence, a, b int, out []Sentence) []Sentence {
	if a > s.Start {
		out = splitJunk(n, Sentence{Start: s.Start, End: a}, out)
	}
	out = appendSentence(n, out, Sentence{Start: a, End: b, Junk: true})
	if b < s.End {
		out = splitJunk(n, Sentence{Start: b, End: s.End}, out)
	}
	return out
}

// postCounts matches an embedded post's counts, two or more in a row:
// "3.3K likes 1,204 reposts", "842 replies · 2.1K likes".
var postCounts = regexp.MustCompile(`(?:\d[\d.,]*[KkM]? (?:likes|reposts|retweets|views|shares|comments|replies|quotes|bookmarks)(?: ?[·•|] ?| )?){2,}`)

// pipeStamp reports whether s is a desk's stamp in cells parted by bars:
// the section, the date and the update, "Women's cycling | 24 August 2025
// | Updated 17:48". Every cell is short and none is a sentence; the
// first names the desk, the others are dates or clocks.
func pipeStamp(s string) bool {
	if strings.Count(s, " | ") < 1 {
		return false
	}
	cells := strings.Split(s, " | ")
	if len(cells) < 2 || len(cells) > 4 || strings.ContainsAny(cells[0], "0123456789") {
		return false
	}
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" || len(c) > 32 || strings.HasSuffix(c, ".") {
			return false
		}
	}
	for _, c := range cells[1:] {
		if !dateOnly(strings.TrimSpace(c)) {
			return false
		}
	}
	return true
}

// maxStampPrefix is the longest stamp stampPrefix looks for: a name, a
// desk and two stamps of date and clock fit in it.
const maxStampPrefix = 100

// stampPrefix returns where a stamp (stampLine) that opens the line s
// ends, or 0: at its date or clock, before a space and the capital of a
// sentence of prose.
func stampPrefix(s string) int {
	if len(s) < 12 || !(isUpper(s[0]) || strings.HasPrefix(s, "by ")) {
		return 0
	}
	// A stamp has two words at least, and a word of prose among the
	// first two rules out every stamp that opens the line, as does a
	// word that opens sentences ("The", "She").
	for x, w := 0, 0; x < 2 && w < len(s); x++ {
		e := w
		for e < len(s) && s[e] != ' ' {
			e++
		}
		if isLower(s[w]) && !stampWord(strings.TrimRight(s[w:e], ",:;")) || x == 0 && opensSentence(s[w:e]) {
			return 0
		}
		for w = e; w < len(s) && s[w] == ' '; w++ {
		}
	}
	for c := min(len(s)-2, maxStampPrefix); c > 8; c-- {
		if isLower(s[c-1]) && isUpper(s[c]) && isLower(s[c+1]) {
			// "Linden Gazette, updated 2 September 2024 at 19:30, by
			// Kofi AberleyCommissioner Hester Amory said…": the
			// byline's name glued to the lead. A name's own capitals
			// follow a short run ("McAdam", "DeVries").
			if w := strings.LastIndex(s[:c], " by "); w > 0 && strings.Count(s[w:c], " ") <= 3 && c-strings.LastIndexByte(s[:c], ' ') > 4 && stampLine(s[:c]) {
				return c
			}
			continue
		}
		if isDigit(s[c-1]) && isUpper(s[c]) && isLower(s[c+1]) || isDigit(s[c-1]) && isUpper(s[c]) && isUpper(s[c+1]) && c+2 < len(s) && isUpper(s[c+2]) {
			// "…· Alice Rudd · 19 March 2024GPS units were…": the
			// stamp's year glued to the lead.
			if w := strings.LastIndexByte(s[:c], ' ') + 1; c-w == 4 && stampLine(s[:c]) {
				return c
			}
			continue
		}
		if s[c] != ' ' || !isUpper(s[c+1]) {
			continue
		}
		w := strings.LastIndexByte(s[:c], ' ') + 1
		last := strings.TrimRight(s[w:c], ".,)")
		if last == "" || !isDigit(last[0]) && (len(last) > 9 || !stampEndWord(last)) {
			continue
		}
		if strings.Count(s[c:min(len(s), c+maxStampLine)], " ") < 3 {
			continue
		}
		// What follows is prose, not more of the stamp ("08:17 GMT -
		// 18,436 views"): its first word no calendar's or zone's, and
		// words in lower case after it; or a stamp of its own
		// ("Updated 12 minutes ago"), left to the rules for those.
		next := s[c+1:]
		if k := strings.IndexByte(next, ' '); k > 0 {
			nw := strings.ToLower(strings.TrimRight(next[:k], ",."))
			if calendarWords[nw] || stampZones[strings.ToUpper(nw)] || !isLower(next[k+1]) && nw != "updated" && nw != "published" {
				continue
			}
		}
		if stampLine(s[:c]) {
			return c
		}
	}
	return 0
}

// stampEndWord reports whether w may end a stamp after its date or
// clock: a month, a time zone (stampZones), "am" or "pm", as stamps
// write them.
func stampEndWord(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
		"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"am", "pm", "AM", "PM", "a.m", "p.m":
		return true
	}
	return stampZones[w]
}

// opensSentence reports whether w is a word that opens sentences and no
// name ("The", "She", "After"): a line it opens is prose, not a stamp.
func opensSentence(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This", "That",
		"These", "Those", "There", "His", "Her", "Its", "Their", "Our", "After", "Before", "When", "While", "Since",
		"Last", "Some", "Many", "Most", "Several", "Both", "Despite", "Although", "About", "Nearly", "Almost",
		"According", "During", "Another", "Each", "Every", "Officials", "Police", "However", "Meanwhile", "Earlier",
		"Later", "More", "Only", "One", "Two", "Three", "If", "As", "For", "With", "Of", "Under", "Over":
		return true
	}
	return false
}

// markGlue reports whether s has text glued to a mark before it, as
// scrapers leave furniture: a full stop, a bracket, a quote or a percent
// sign with no space after it ("…August.1.4K shares", "(−9.0%)Shared 310
// times"), or says who read or shared it, a count that may be glued to a
// stamp's zone.
// A decimal point between digits is no glue, unless thousands follow it
// ("July 2026.1,377 shares") or a page's count without its "K" ("in
// 1987.841 shares").
func markGlue(s string) bool {
	for _, c := range [...]string{".", ")", "\"", "!", "?", "%"} {
		for k := range occurrences(s, c) {
			d := k + 1
			if d >= len(s) {
				break
			}
			if n := s[d]; n == ' ' || n == '\n' {
				continue
			}
			if c != "." || !decimalPoint(s, k) || !scaledFraction(s[d:]) && countGluedAt(s, k) {
				return true
			}
		}
	}
	// "…17:35 GMT1,454 people shared this": a count glued to a
	// stamp's zone.
	return strings.Contains(s, "d this") || strings.Contains(s, "g this")
}

// gluedCount matches a page's count glued to the full stop of the
// sentence before it or to a stamp's bracket: ".1.4K shares |", ".212
// comments", "(updated)1,764 shares |".
var gluedCount = regexp.MustCompile(`^[.)](` + pageCount + `\b(?: ?\|)?)`)

// leadingCount matches a page's count and the bar after it opening a
// sentence: "1.4K shares |", "212 comments|".
var leadingCount = regexp.MustCompile(`^` + pageCount + ` ?\| ?`)

// pageCount is the expression of a page's count of reactions to it:
// "1.4K shares", "212 comments".
const pageCount = `\d[\d,.]*[KkM]? (?:shares|comments|likes|views|reactions|replies)`

// gluedCountAt returns the bounds of a count glued after a full stop in
// s (gluedCount), or nil. Prose puts a space after its full stop.
func gluedCountAt(s string) []int {
	// The expression is tried only where a full stop has a digit
	// glued after it.
	for _, mark := range [...]string{".", ")"} {
		for k := range occurrences(s, mark) {
			d := k + 1
			if d >= len(s) || !isDigit(s[d]) {
				continue
			}
			// "241.7K likes" is one number; "July 2026.1,377 shares"
			// two, since a decimal has no thousands, and "in
			// 1987.841 shares" two, since no page counts a fraction
			// of a share without its "K".
			if mark == "." && decimalPoint(s, d-1) && scaledFraction(s[d:]) {
				continue
			}
			if m := gluedCount.FindStringSubmatchIndex(s[d-1:]); m != nil {
				return []int{d - 1 + m[2], d - 1 + m[3]}
			}
		}
	}
	return nil
}

// decimalPoint reports whether the full stop at k stands between digits
// with no thousands' comma in the five bytes after it: "241.7" may be
// one number, where "2026.1,377" is a year and a count glued to it.
func decimalPoint(s string, k int) bool {
	d := k + 1
	return k > 0 && d < len(s) && isDigit(s[k-1]) && isDigit(s[d]) && strings.IndexByte(s[d:min(len(s), d+5)], ',') < 0
}

// countGluedAt reports whether a page's count of shares or comments,
// glued to the full stop at k, ends the sentence or meets more furniture
// rather than prose: "1987.841 shares49 comments", where "1.841 shares
// changed hands" goes on in lower case.
func countGluedAt(s string, k int) bool {
	m := gluedCount.FindStringIndex(s[k:])
	if m == nil {
		return false
	}
	rest := s[k+m[1]:]
	return len(rest) < 2 || rest[0] != ' ' || !unicode.IsLower(rune(rest[1]))
}

// scaledFraction reports whether s opens with the digits of a decimal's
// fraction and a thousand's or a million's letter after them: the "7K"
// of "241.7K likes".
func scaledFraction(s string) bool {
	e := 0
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	return e < len(s) && (s[e] == 'K' || s[e] == 'k' || s[e] == 'M')
}

// gluedTimesAt returns the bounds of a page's count of shares or reads
// glued to what stands before it, "(−9.0%)Shared 310 times", or nil.
func gluedTimesAt(s string) []int {
	// The verb's capital is a rarer byte to look for than " times".
	for _, v := range [...]string{"Shared ", "Viewed ", "Read ", "Liked "} {
		for k := range occurrences(s, v) {
			if k == 0 || isWS(s[k-1]) {
				continue
			}
			c := k + len(v)
			e := c
			for e < len(s) && (isDigit(s[e]) || s[e] == ',' || s[e] == '.' || s[e] == 'K' || s[e] == 'k' || s[e] == 'M') {
				e++
			}
			if e > c && isDigit(s[c]) && strings.HasPrefix(s[e:], " times") && (e+6 == len(s) || !isLetter(s[e+6])) {
				return []int{k, e + len(" times")}
			}
		}
	}
	return nil
}

// buttonRun matches two or more share or reaction buttons with their
// counts glued after a sentence's end: "…sons.Facebook 1,960Twitter
// 488Email(77 comments)", "…decade.Like 3.1kShare 640Comments (88)",
// "…countries.2,341 people are reading this nowShare on social (915)".
var buttonRun = regexp.MustCompile(`^((?:(?:[\d,.]+[KkM]?\s(?:people|readers)\s(?:are\sreading\sthis|shared\sthis|read\sthis)(?:\snow|\stoday)?|(?:Like|Likes|Share|Shares|Comment|Comments|Facebook|Twitter|X|Email|WhatsApp|Tweet|Tweets|Reddit|LinkedIn|Pinterest|Reactions|Views|Save|Saves)(?:\son\ssocial)?:?\s?\(?[\d,.]+[KkM]?(?:\scomments|\sshares|\slikes)?\)?|Email)\s?){2,})`)

// gluedReaders matches a page's count of its readers glued to the end of
// a sentence or to a stamp's clock: "…17:35 GMT1,454 people shared
// this", "…countries.2,341 people are reading this now".
var gluedReaders = regexp.MustCompile(`(?:[.!?"]|GMT|BST|UTC|CET|[AP]M)([\d,.]+[KkM]?\s(?:people|readers)\s(?:are\sreading\sthis|shared\sthis|read\sthis)(?:\snow|\stoday)?)`)

// gluedReadersAt returns the bounds of a count gluedReaders matches in
// s, or nil.
func gluedReadersAt(s string) []int {
	if !strings.Contains(s, "d this") && !strings.Contains(s, "g this") {
		return nil // "shared this", "read this", "reading this"
	}
	found := false
	for k := range occurrences(s, " this") {
		if t := s[:k+len(" this")]; strings.HasSuffix(t, " reading this") || strings.HasSuffix(t, " shared this") || strings.HasSuffix(t, " read this") {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	if m := gluedReaders.FindStringSubmatchIndex(s); m != nil {
		return m[2:4]
	}
	return nil
}

// buttonLabels are the labels buttonRun knows, as s may open with them.
var buttonLabels = []string{"Like", "Share", "Comment", "Facebook", "Twitter", "X ", "X(", "Email", "WhatsApp",
	"Tweet", "Reddit", "LinkedIn", "Pinterest", "Reactions", "Views", "Save"}

// buttonAt reports whether s opens as buttonRun's matches do: with a
// button's label, or with digits that may count its readers.
func buttonAt(s string) bool {
	if s == "" {
		return false
	}
	if isDigit(s[0]) {
		return strings.Contains(s, " this")
	}
	switch s[0] {
	case 'L', 'S', 'C', 'F', 'T', 'X', 'E', 'W', 'R', 'P', 'V':
	default:
		return false
	}
	for _, l := range buttonLabels {
		if l[0] == s[0] && strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// wholeButtonRun reports whether buttonRun matches all of s.
func wholeButtonRun(s string) bool {
	m := buttonRun.FindStringSubmatchIndex(s)
	return m != nil && m[2] == 0 && m[3] == len(s)
}

// buttonRunAt returns the bounds of the buttons buttonRun matches in s,
// or nil.
func buttonRunAt(s string) []int {
	if len(s) < 12 {
		return nil
	}
	try := func(i int) []int {
		if !buttonAt(s[i:]) {
			return nil
		}
		if m := buttonRun.FindStringSubmatchIndex(s[i:]); m != nil {
			return []int{i + m[2], i + m[3]}
		}
		return nil
	}
	if m := try(0); m != nil {
		return m
	}
	// Only where a sentence ends glued to what follows is the
	// expression tried: prose puts a space after its full stop.
	for _, c := range [...]string{".", "!", "?", "\""} {
		for k := range occurrences(s, c) {
			d := k + 1
			if d >= len(s) || c == "." && d > 1 && isDigit(s[d-2]) && isDigit(s[d]) {
				continue // a decimal point
			}
			if m := try(d); m != nil {
				return m
			}
		}
	}
	return nil
}

// maxIconBar is the longest bar iconBarAt looks at.
const maxIconBar = 240

// iconCount matches a count an icon bar names: "586 reactions", "51
// Comments".
var iconCount = regexp.MustCompile(`\d[\d,.]*[KkM]? (?i:reactions|comments|likes|shares|views|replies)\b`)

// iconBarAt returns the bounds of a bar of icon buttons glued after the
// last full stop of s, or nil: "…a year.🔗 Copy link 👍 Like (1.1k) 💬".
// It opens with a symbol, not a letter, a digit or a quotation mark, and
// holds a count in brackets; prose after a full stop does neither.
func iconBarAt(s string) []int {
	for k := max(0, len(s)-maxIconBar-1); k+1 < len(s); k++ {
		d := strings.IndexByte(s[k:len(s)-1], '.')
		if d < 0 {
			return nil
		}
		if k += d; s[k+1] < utf8.RuneSelf {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[k+1:]); !unicode.IsSymbol(r) {
			continue
		}
		// "👍 586 reactions | 51 Comments | Trending now: …": a bar
		// parted by bars runs longer, its counts named.
		if len(s)-k-1 > maxIconBar/3 && strings.Count(s[k:], " | ") < 2 {
			continue
		}
		if iconCount.MatchString(s[k+1:]) {
			return []int{k + 1, len(s)}
		}
		for b := k + 1; b < len(s); b++ {
			if countInBrackets(s[b:]) > 0 {
				return []int{k + 1, len(s)}
			}
		}
		return nil
	}
	return nil
}

// zoneLine reports whether s is a line of zone codes (zoneCodes), looking
// at its first bytes before running the expression.
func zoneLine(s string) bool {
	return len(s) > 10 && isUpper(s[0]) && isUpper(s[1]) && (s[2] == 'Z' || s[2] == 'C') && zoneCodes.MatchString(s)
}

// postCountsAt returns where postCounts matches in s, looking only when a
// count's word follows a space: the expression is slow to run on every
// sentence.
func postCountsAt(s string) []int {
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return nil
		}
		i += k + 1
		if i < len(s) && (s[i] == 'l' || s[i] == 'r' || s[i] == 'v') {
			t := s[i:]
			if strings.HasPrefix(t, "likes") || strings.HasPrefix(t, "reposts") || strings.HasPrefix(t, "retweets") ||
				strings.HasPrefix(t, "replies") || strings.HasPrefix(t, "views") {
				return postCounts.FindStringIndex(s)
			}
		}
	}
	return nil
}

// reactionGlyphs are the icons a page sets before its counts of likes,
// reposts, votes and comments.
var reactionGlyphs = []string{"\u2665", "\u2764", "\u21bb", "\U0001f501", "\U0001f44d", "\U0001f4ac", "\U0001f441", "[+]", "\u2b06", "\u25b2"}

// glyphCountsAt returns the bounds of the counts after reaction icons
// ending s ("Filed in Malware♥ 845↻ 312 reposts", "…in the wild[+] 1,024
// upvotes ·"), or nil: from the first icon with a number after it, s
// holds only icons, counts, their words and the marks between them.
func glyphCountsAt(s string) []int {
	if !maybeGlyph(s) {
		return nil
	}
	first := -1
	for _, g := range reactionGlyphs {
		k := strings.Index(s, g)
		if k < 0 {
			continue
		}
		j := k + len(g)
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if g == "\u25b2" && percentAt(s[j:]) {
			continue // "▲ 8.8%": a market's move, no upvotes
		}
		if j < len(s) && isDigit(s[j]) && (first < 0 || k < first) {
			first = k
		}
	}
	if first < 0 || !glyphCountTail(s[first:]) {
		return nil
	}
	return []int{first, len(s)}
}

// glyphLine reports whether s is nothing but reaction icons and their
// counts: "👁 58,534 💬 638 ↗ 3,643 3 min".
func glyphLine(s string) bool {
	loc := glyphCountsAt(s)
	return loc != nil && loc[0] == 0
}

// percentAt reports whether s opens with a number and a percent sign.
func percentAt(s string) bool {
	k := 0
	for k < len(s) && (isDigit(s[k]) || k > 0 && (s[k] == '.' || s[k] == ',')) {
		k++
	}
	return k > 0 && k < len(s) && s[k] == '%'
}

// maybeGlyph reports whether s may hold a reaction icon: a symbol outside
// the block of quotation marks and dashes most sentences hold, an emoji,
// or "[+]". It rules most sentences out at the cost of a byte search.
func maybeGlyph(s string) bool {
	if strings.Contains(s, "[+]") {
		return true
	}
	if strings.IndexByte(s, 0xF0) >= 0 {
		return true
	}
	for off := 0; ; {
		k := strings.IndexByte(s[off:], 0xE2)
		if k < 0 || off+k+1 >= len(s) {
			return false
		}
		if s[off+k+1] != 0x80 {
			return true
		}
		off += k + 1
	}
}

// glyphCountTail reports whether s is only reaction icons, counts, the
// words that name them and the marks between them.
func glyphCountTail(s string) bool {
	counts := 0
	for s != "" {
		switch c := s[0]; {
		case c == ' ' || c == '|':
			s = s[1:]
		case isDigit(c):
			k := 0
			for k < len(s) && (isDigit(s[k]) || (s[k] == ',' || s[k] == '.') && k+1 < len(s) && isDigit(s[k+1])) {
				k++
			}
			if k < len(s) && (s[k] == 'K' || s[k] == 'k' || s[k] == 'M') {
				k++
			}
			counts++
			s = s[k:]
		case isLetter(c):
			k := 0
			for k < len(s) && isLetter(s[k]) {
				k++
			}
			if !isCounterWord(s[:k]) && s[:k] != "upvotes" && s[:k] != "votes" && s[:k] != "points" {
				return false
			}
			s = s[k:]
		default:
			if strings.HasPrefix(s, "[+]") {
				s = s[3:]
				continue
			}
			r, n := utf8.DecodeRuneInString(s)
			if !unicode.IsSymbol(r) && !unicode.IsPunct(r) && r != '\ufe0f' {
				return false
			}
			s = s[n:]
		}
	}
	return counts > 0
}

// zoneCodesAt returns where gluedZoneCodes matches in s, looking only when
// s holds a zone line's expiry, six digits between hyphens.
func zoneCodesAt(s string) []int {
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '-')
		if k < 0 {
			return nil
		}
		i += k + 1
		if i+7 <= len(s) && s[i+6] == '-' && isDigit(s[i]) && isDigit(s[i+5]) {
			return gluedZoneCodes.FindStringIndex(s)
		}
	}
	return nil
}

// zoneCodes matches a weather service product's line of zone or county
// codes and its expiry, "MIZ045-046-261800-", "NKZ003>008-131200-", which
// changes with every issue; gluedZoneCodes finds one inside a line a
// scraper glued together.
var (
	zoneCodes      = regexp.MustCompile(`^(?:[A-Z]{2}[ZC](?:\d{3}|ALL)[->])(?:(?:[A-Z]{2}[ZC])?(?:\d{3}|ALL)[->])*\d{6}-$`)
	gluedZoneCodes = regexp.MustCompile(`[A-Z]{2}[ZC](?:\d{3}|ALL)[->](?:(?:[A-Z]{2}[ZC])?(?:\d{3}|ALL)[->])*\d{6}-`)
)

// resultsWidget reports whether s is an election page's running tally or
// declaration stamp: "Declared 02:15 | Assembly seats declared: 31 of
// 40", "Results: 598 of 650 seats declared | Closest result so far",
// "Declared 00:58". A story's sentence says what the count shows.
func resultsWidget(s string) bool {
	if len(s) > 120 || strings.HasSuffix(s, ".") {
		return false
	}
	if strings.HasPrefix(s, "Declared") && declaredStamp.MatchString(s) {
		return true
	}
	return strings.Contains(s, "declared") && (strings.Contains(s, " | ") || strings.HasPrefix(s, "Results: ") || strings.Contains(s, "results: ")) && declaredTally.MatchString(s)
}

var (
	declaredStamp = regexp.MustCompile(`^Declared:? \d{1,2}[:.]\d{2}(?: [AaPp]\.?[Mm]\.?)?(?: \||$)`)
	declaredTally = regexp.MustCompile(`\d+ of \d+(?: [a-z]+)? declared|declared: \d+ of \d+`)
)

// findPrompt reports whether s is a page's search box or call to find
// something, its label and a count: "Find a university place: clearing
// vacancies 12,480", "Find an apprenticeship: 2,741 vacancies".
func findPrompt(s string) bool {
	if len(s) > 80 || strings.HasSuffix(s, ".") {
		return false
	}
	return (hasPrefixFold(s, "find a ") || hasPrefixFold(s, "find an ") || hasPrefixFold(s, "find your ")) && strings.IndexByte(s, ':') > 0
}

// liveImageCaption reports whether s captions an image or a box the page
// renews: "Image: 20:00, updated every 5 minutes", "Prices realised are
// updated every 5 minutes.". A sentence of the story that says how often
// a thing is renewed ("The map draws on 5 years of police data and will
// be updated every quarter.") has a full stop, no label and no live
// rate of minutes or seconds.
func liveImageCaption(s string) bool {
	i := strings.Index(s, "updated every")
	if len(s) > 80 || i < 0 {
		return false
	}
	if !strings.HasSuffix(s, ".") || strings.IndexByte(s[:i], ':') > 0 {
		return true
	}
	rest := strings.TrimSuffix(s[i+len("updated every"):], ".")
	for _, u := range [...]string{" minutes", " minute", " mins", " min", " seconds", " secs"} {
		if strings.HasSuffix(rest, u) {
			return true
		}
	}
	return false
}

// helpfulPoll matches the answer a page's "Was this helpful?" poll shows.
var helpfulPoll = regexp.MustCompile(`^[\d,.]+[kK]? (?:people|readers|users|visitors) said (?:yes|no)\.?$`)

// usefulCount reports whether s is a page's count of readers who rated
// it: "1,276 people found this page useful", "Rated 4.8/5 from 537
// votes".
func usefulCount(s string) bool {
	if len(s) > 80 {
		return false
	}
	if isDigit(s[0]) && helpfulPoll.MatchString(s) {
		// "Was this guide helpful? 1,140 people said yes.": the page's
		// poll of its readers.
		return true
	}
	i := strings.Index(s, "found this ")
	n := len("found this ")
	if i < 0 {
		// "2,199 of 2,251 people said this page was useful".
		if i = strings.Index(s, "said this "); i >= 0 {
			n = len("said this ")
		}
	}
	if i < 0 {
		// "Rated 4.8/5 from 537 votes": the page's own star rating.
		return strings.HasPrefix(s, "Rated ") && pageRating.MatchString(s)
	}
	r := strings.Replace(s[i+n:], " was ", " ", 1)
	return strings.HasPrefix(r, "page useful") || strings.HasPrefix(r, "useful") || strings.HasPrefix(r, "helpful") ||
		strings.HasPrefix(r, "article helpful") || strings.HasPrefix(r, "page helpful") || strings.HasPrefix(r, "article useful")
}

// pageRating matches a page's rating by its readers: "Rated 4.8/5 from
// 537 votes", "Rated 4 out of 5 by 1,204 readers".
var pageRating = regexp.MustCompile(`^Rated [\d.]+ ?(?:/ ?|out of )\d+ (?:from|by|based on) [\d,]+ (?:votes|ratings|reviews|readers)\.?$`)

// giftAsk reports whether s is a charity's line of what a gift buys, an
// amount opening it: "£10 could buy 27 thermal blankets", "$50 provides
// clean water for a family for a month". A spokesman's "said £15 could
// supply…" inside the story opens with no amount.
func giftAsk(s string) bool {
	if len(s) > 120 || s == "" {
		return false
	}
	k := 0
	for _, c := range [...]string{"£", "$", "€", "A$", "NZ$", "C$", "US$"} {
		if strings.HasPrefix(s, c) {
			k = len(c)
			break
		}
	}
	if k == 0 || k >= len(s) || !isDigit(s[k]) {
		return false
	}
	for k < len(s) && (isDigit(s[k]) || s[k] == ',' || s[k] == '.') {
		k++
	}
	r := strings.ReplaceAll(s[k:], "\n", " ") // a line wrapped in the ask
	for _, v := range [...]string{" could buy ", " could pay for ", " could supply ", " could provide ", " could fund ", " could feed ",
		" could give ", " could help ", " buys ", " pays for ", " provides ", " feeds ", " a month could ", " a month can "} {
		if strings.HasPrefix(r, v) {
			return true
		}
	}
	return false
}

// fixtureRow matches a row of a club's results or fixtures widget: a
// day and date, then two sides with a score or "v" between them and a
// kick-off time: "Mon 7 Oct Harcourt 4–0 Kingsway Wanderers", "Tue 12
// Nov · 2pm St Anselm's v Harcourt".
var fixtureRow = regexp.MustCompile(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.? \d{1,2} [A-Z][a-z]{2,8}\.?(?: \x{00b7} [0-9.:]+(?:am|pm)?)? [A-Z][A-Za-z'’. -]+ (?:\d{1,3} ?[\x{2013}-] ?\d{1,3}|v|vs\.?) [A-Z][A-Za-z'’. -]+$`)

// statusRow reports whether s is a row of an outage tracker's list: a
// clock time, a service and its status, and a count of users' reports,
// "22:17 TV streaming – Investigating (12,775 reports, Castlebury)".
func statusRow(s string) bool {
	if len(s) > 100 || len(s) < 12 || !isDigit(s[0]) || s[len(s)-1] == '.' {
		return false
	}
	if !(isDigit(s[1]) && s[2] == ':' || s[1] == ':') {
		return false
	}
	k := strings.Index(s, "reports")
	return k > 1 && isWS(s[k-1]) && isDigit(s[k-2]) // a line may wrap before "reports"
}

// responsesHeading matches the heading of a blog's comments: "208
// Responses to “Sable Energy to refund customers”", "12 thoughts on
// “…”".
var responsesHeading = regexp.MustCompile(`^[0-9][0-9,]* (?:[Rr]esponses|[Cc]omments|[Rr]eplies|[Tt]houghts) (?:to|on) ["\x{201c}]`)

// statusBar reports whether s is a live status bar's line: a label
// ending "status:" and the update's clock, "Trail status: 4 of 5 listed
// trails open - updated 09:11."
func statusBar(s string) bool {
	if len(s) > 160 || len(s) < 20 || !isUpper(s[0]) {
		return false
	}
	k := strings.Index(s, " status: ")
	if k < 0 || k > 24 || strings.Count(s[:k], " ") > 1 {
		return false
	}
	u := strings.LastIndex(s, "updated ")
	if u < k {
		return false
	}
	t := strings.TrimRight(s[u+len("updated "):], ".")
	return clockOnly(t)
}

// starListing reports whether s is an item of a listing rated with star
// glyphs, "2 The Wheatsheaf ★★★☆☆ mains £15-£32": a run of three or more
// stars, in a short line that no sentence's mark ends.
func starListing(s string) bool {
	if len(s) > 120 || s == "" || strings.IndexByte(".!?\"", s[len(s)-1]) >= 0 {
		return false
	}
	k := strings.Index(s, "\u2605")
	if k < 0 {
		k = strings.Index(s, "\u2606")
	}
	if k < 0 {
		return false
	}
	n := 0
	for r := s[k:]; strings.HasPrefix(r, "\u2605") || strings.HasPrefix(r, "\u2606"); r = r[3:] {
		n++
	}
	return n >= 3
}

// resultsRow reports whether s is a row of a results or fixtures widget
// (fixtureRow), looking at its first bytes before the expression.
func resultsRow(s string) bool {
	if len(s) > 90 || len(s) < 12 || !isUpper(s[0]) || s[len(s)-1] == '.' {
		return false
	}
	switch s[:3] {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
		return fixtureRow.MatchString(s)
	}
	return false
}

// yesNoCount reports whether s is the tally under a page's "Was this
// article helpful?" question: "Yes (412) No (23)", "Yes 88 | No 9".
func yesNoCount(s string) bool {
	if len(s) > 40 || !hasPrefixFold(s, "yes") {
		return false
	}
	r := s[len("yes"):]
	k := strings.Index(r, "No")
	if k < 0 {
		k = strings.Index(r, "NO")
	}
	if k < 0 {
		return false
	}
	r = r[:k] + " " + r[k+2:]
	digits := 0
	for i := 0; i < len(r); i++ {
		switch c := r[i]; {
		case isDigit(c):
			digits++
		case c == ' ' || c == '(' || c == ')' || c == ',' || c == '|' || c == ':':
		default:
			return false
		}
	}
	return digits > 0
}

// relatedLabel reports whether s lists links to other stories under a
// "Related" or "Read more" label of a few words and a colon: "Related
// topics: Hub opens 3 theatres | What is the 18-week rule?", "Read more
// court news: Driver, 81, fined £300 for 34mph".
func relatedLabel(s string) bool {
	if len(s) > 300 {
		return false
	}
	words := 2
	switch {
	case hasPrefixFold(s, "related "):
	case hasPrefixFold(s, "read more "), hasPrefixFold(s, "more on "):
		// "Read more court news: Driver, 81, fined £300 for 34mph | …".
		words = 4
	default:
		return false
	}
	c := strings.IndexByte(s, ':')
	return c > 0 && c <= 36 && strings.Count(s[:c], " ") <= words
}

// compareOffer reports whether s offers to compare prices under a label
// of a word or three: "Compare pension providers: SIPP platform fees from
// £0 to 0.35% a year", "Compare energy deals: fixes from 24.1p per kWh".
// A partner's quotes, they change from visit to visit.
func compareOffer(s string) bool {
	if len(s) > 200 || !hasPrefixFold(s, "compare ") {
		return false
	}
	c := strings.IndexByte(s, ':')
	if c <= len("compare ") || strings.Count(s[:c], " ") > 3 || strings.ContainsAny(s[:c], "0123456789") {
		return false
	}
	// "Compare the two offers: one pays 4.2%…" asks the reader to
	// weigh the story's own figures.
	switch w, _, _ := strings.Cut(strings.ToLower(s[len("compare "):c]), " "); w {
	case "the", "this", "these", "that", "those", "both", "it", "them", "with":
		return false
	}
	return true
}

// quoteLine reports whether s is a live quote set under its label on a
// line of its own: "Share price: CHF 53.85 (-0.6%)", "Fund market value
// (live): NOK 19,688,402,310,000". It moves with each visit.
func quoteLine(s string) bool {
	if len(s) > 90 || s[len(s)-1] == '.' {
		return false
	}
	c := strings.IndexByte(s, ':')
	if c < 0 || c > 40 || strings.Count(s[:c], " ") > 4 || !strings.ContainsAny(s[c:], "0123456789") {
		return false
	}
	if rest := s[c:]; len(s) <= 60 && (strings.Contains(rest, " per US$") || strings.Contains(rest, " per $") || strings.Contains(rest, " to the dollar")) {
		// "Rupiah: Rp 16,251 per US$": a currency board's rate.
		return true
	}
	l := strings.ToLower(s[:c])
	return strings.HasPrefix(l, "share price") || strings.HasPrefix(l, "stock price") || strings.HasPrefix(l, "shares ") && strings.Contains(l, "price") ||
		strings.HasSuffix(l, "(live)") || strings.HasPrefix(l, "live ")
}

// financeSmallPrint reports whether s is a dealer's finance offer in
// small print: "FINANCE: from $240 per month over 42 months, $7,000
// deposit, 6.4% APR representative.", "Final payment $14,200.", "Total
// payable $31,280.". Its sums change with every offer.
func financeSmallPrint(s string) bool {
	if strings.Contains(s, "APR") && (strings.Contains(s, " per month") || strings.Contains(s, " a month")) &&
		(strings.Contains(s, "eposit") || strings.Contains(s, "epresentative") || strings.Contains(s, "inance") || strings.Contains(s, "FINANCE")) {
		// ("eposit", "inance": either case of their first letter.)
		return true
	}
	if len(s) > 40 {
		return false
	}
	for _, p := range [...]string{"Final payment ", "Total payable ", "Optional final payment ", "Total amount payable "} {
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" && !isLower(rest[0]) {
			return true // "Final payment $14,200.", not "Final payment of…"
		}
	}
	return false
}

// cardStrip reports whether s is a crowdfunding card's strip of live
// counters and status labels, its parts parted by bars or dots: "306
// backers | Reward no longer available", "Project by Dalia Osei · Created
// 5 projects · 63 backed". It needs one counter; every other part is a
// short label without figures, so "Raised: $71,380 | Backers: 1,946", a
// fact box's line, is kept.
func cardStrip(s string) bool {
	if strings.HasPrefix(s, "|") || strings.HasSuffix(s, "|") {
		return false // a Markdown table's row
	}
	// A bar or a middle dot first, found by one byte: a space opens
	// too many words to search for " | " in every sentence.
	sep := " | "
	if strings.IndexByte(s, '|') < 0 || !strings.Contains(s, sep) {
		if sep = " · "; strings.IndexByte(s, 0xC2) < 0 || !strings.Contains(s, sep) {
			return false
		}
	}
	counters := 0
	for rest, more := s, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, sep)
		part = strings.TrimSpace(part)
		switch {
		case profileCount(part) || len(part) <= maxCounterLine && counterLine(part):
			counters++
		case part == "" || strings.ContainsAny(part, "0123456789") || strings.Count(part, " ") > 7 || strings.ContainsAny(part[len(part)-1:], ".?"):
			return false
		}
	}
	return counters > 0
}

// profileCount reports whether s is a crowdfunding counter: "306
// backers", "63 backed", "Created 5 projects".
func profileCount(s string) bool {
	var fs [4]string
	f := fieldsOf(s, fs[:0], func(c byte) bool { return c == ' ' })
	switch {
	case len(f) == 2 && counterNumber(f[0]):
		return cardWords[strings.ToLower(f[1])]
	case len(f) == 3 && strings.EqualFold(f[0], "created") && counterNumber(f[1]):
		return f[2] == "projects" || f[2] == "project"
	}
	return false
}

// cardWords are the nouns of a crowdfunding card's counters.
var cardWords = setOf("backers", "backer", "backed", "supporters", "supporter", "donors", "donor", "pledges",
	"followers", "created")

// stampCounter reports whether s is a page's stamp line ending in a
// counter, its parts parted by dashes, bars or dots: "Kestrel Rooms
// Newsdesk – 17 August 2025, 06:40 GMT – Updated 08:17 GMT – 18,436
// views". The counter moves with each visit.
func stampCounter(s string) bool {
	if len(s) > 160 || strings.HasSuffix(s, ".") {
		return false
	}
	for _, sep := range [...]string{" - ", " \u2013 ", " | ", " \u00b7 "} {
		k := strings.LastIndex(s, sep)
		if k < 0 {
			continue
		}
		last := s[k+len(sep):]
		return len(last) <= maxCounterLine && counterLine(last) && strings.Count(s, sep) >= 2 &&
			strings.IndexFunc(last, unicode.IsLetter) >= 0 && !markdownRow(s)
	}
	return false
}

// fxPair matches a currency pair's rate on a line of its own, with its
// label or none: "Currency: USD/EGP 50.65", "TND/USD 3.12".
var fxPair = regexp.MustCompile(`^(?:[A-Z][A-Za-z ]{0,20}: )?[A-Z]{3}/[A-Z]{3} [0-9][0-9,]*(?:\.[0-9]+)?(?: \(?[+\-−][0-9.]+%?\)?)?$`)

// clipLength reports whether s is a clip's length or a page's update
// stamp on a line of its own:
// "Duration: 0'45\"", "Duration: 2:31". A story's "Duration: 18 months"
// in a box of its figures stays.
func clipLength(s string) bool {
	if len(s) <= 32 && (hasPrefixFold(s, "latest update ") || hasPrefixFold(s, "last update ") || hasPrefixFold(s, "latest update: ")) &&
		strings.ContainsAny(s, "0123456789") && !strings.Contains(s, " - ") {
		// "Latest update 09:18": an incident page's stamp, where
		// "Latest update: 14:32 - Police say…" opens a post.
		return true
	}
	rest, ok := strings.CutPrefix(s, "Duration:")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && len(rest) <= 12 && strings.Trim(rest, "0123456789:'\"\u2032\u2033") == ""
}

// fileTypes name a download's file in the brackets after its link.
var fileTypes = []string{"(pdf", "(csv", "(xls", "(xlsx", "(zip", "(doc", "(docx", "(json", "(ppt", "(mp3", "(epub"}

// fileDownload reports whether s is a link to download a file, named by
// its type and size: "Download the bulletin (PDF, 0.9 MB)", "Download
// the annual accounts (pdf 1.2MB)", "Read the ruling (PDF, 84 pages)".
// The size changes with each upload.
func fileDownload(s string) bool {
	if len(s) > 160 || !hasPrefixFold(s, "download ") && !hasPrefixFold(s, "read the ") && !hasPrefixFold(s, "view the ") &&
		!hasPrefixFold(s, "see the ") {
		return false
	}
	if s[len(s)-1] != ')' && !hasPrefixFold(s, "download ") {
		// "Read the ruling (PDF, 84 pages)": a link to the file, its
		// type in brackets at the end; "Read the ruling in full." is
		// a sentence.
		return false
	}
	l := strings.ToLower(s)
	for _, t := range fileTypes {
		if k := strings.Index(l, t); k > 0 && (len(l) == k+len(t) || !isLetter(l[k+len(t)])) {
			return true
		}
	}
	// "Download PDF (4.4 MB)": the type named, the size in brackets.
	return strings.HasPrefix(l, "download ") && (strings.Contains(l, "mb)") || strings.Contains(l, "kb)"))
}

// countdownLine reports whether s is a page's countdown to the next event
// on a line of its own: "Next race in 6 days 19 hours", "Next stage
// starts in 18 hours 20 minutes".
func countdownLine(s string) bool {
	if len(s) > 60 || strings.HasSuffix(s, ".") {
		return false
	}
	if !hasPrefixFold(s, "next ") && !strings.Contains(s, " closes in ") && !strings.Contains(s, " opens in ") && !strings.Contains(s, " ends in ") {
		// "Transfer window closes in 2 days 14 hours".
		return false
	}
	i := strings.Index(s, " in ")
	return i > 0 && i+4 < len(s) && isDigit(s[i+4])
}

// fanVote reports whether s is a fan poll's result: "Tomas Okafor - 32%
// of 8,042 fan votes".
func fanVote(s string) bool {
	return len(s) <= 100 && strings.Contains(s, "fan vote") && !strings.HasSuffix(s, ".")
}

// dayCounter reports whether s is a live page's running count of days on
// a line of its own: "Day 1,373 of the war", "Day 42 of the strike".
func dayCounter(s string) bool {
	if len(s) > 48 || !strings.HasPrefix(s, "Day ") || strings.HasSuffix(s, ".") {
		return false
	}
	f := strings.Fields(s)
	return len(f) >= 4 && len(f) <= 6 && counterNumber(f[1]) && f[2] == "of"
}

// bestOfLink reports whether s is the title of a buying guide's link: "Best
// phones 2026: our 12 top picks", "The best e-readers of 2026". The year
// follows the products within a few words, and no full stop ends it.
func bestOfLink(s string) bool {
	if len(s) > 80 || strings.HasSuffix(s, ".") {
		return false
	}
	t := s
	if hasPrefixFold(t, "the ") {
		t = t[4:]
	}
	if !hasPrefixFold(t, "best ") {
		return false
	}
	for k, f := range strings.Fields(t) {
		if k > 5 {
			break
		}
		f = strings.TrimRight(f, ":,")
		if len(f) == 4 && f[0] == '2' && f[1] == '0' && isDigit(f[2]) && isDigit(f[3]) {
			return true
		}
	}
	return false
}

// referralLine reports whether s is a newsletter's referral prompt:
// "Refer 5 friends to get our tote bag", "Refer three friends and win".
func referralLine(s string) bool {
	if !hasPrefixFold(s, "refer ") || len(s) > 120 {
		return false
	}
	f := strings.Fields(s)
	return len(f) >= 3 && (f[2] == "friends" || f[2] == "friend" || f[2] == "readers" || f[2] == "people")
}

// promoCode reports whether s is a sponsor's offer with its discount code:
// "Take 20% off with code BRIEF20 through Sunday". The code is a word of
// four or more capitals and digits after "code", and the offer says "off".
func promoCode(s string) bool {
	// The searches open with a letter: one opening with a space would
	// stop at every word.
	i := strings.Index(s, "code ")
	if i < 1 || s[i-1] != ' ' || !strings.Contains(s, "off") {
		return false
	}
	w := s[i+len("code "):]
	n := 0
	for n < len(w) && (isUpper(w[n]) || isDigit(w[n])) {
		n++
	}
	return n >= 4 && (n == len(w) || !isLower(w[n]))
}

// signUpLine reports whether s is a short call to sign up: "Aurora alerts:
// sign up", "Get our newsletter - sign up".
func signUpLine(s string) bool {
	return len(s) <= 48 && hasSuffixFold(strings.TrimRight(s, ".!"), "sign up")
}

// pollResults reports whether s is a reader poll's answers with their
// shares and its count of votes: "Yes 57% | No 43% (912 votes)".
func pollResults(s string) bool {
	return len(s) <= 120 && (strings.HasSuffix(s, " votes)") || strings.HasSuffix(s, " votes")) && strings.Count(s, "%") >= 2 && pollVotes.MatchString(s)
}

// pollVotes matches a reader poll's tally: "Yes 62% | No 38% (1,204
// votes)", "Yes 53% No 47% 1,191 votes".
var pollVotes = regexp.MustCompile(`^(?:[A-Z][\w'’ -]{0,40}:? \d{1,3}(?:\.\d)?% (?:\| |· |/ )?){2,}(?:\(\d[\d,]* votes\)|\d[\d,]* votes)$`)

// asOfLine reports whether s is a report's "As of 19 November 2026" line,
// the date its figures stand at, which moves with every issue.
func asOfLine(s string) bool {
	if len(s) <= 40 && (hasPrefixFold(s, "As of ") || hasPrefixFold(s, "As at ")) && asOfDate.MatchString(s) {
		return true
	}
	// "CoStar data as of June 3, 2026.": a data vendor's stamp.
	if len(s) > 60 {
		return false
	}
	k := strings.Index(s, " data as of ")
	return k > 0 && k <= 24 && strings.Count(s[:k], " ") <= 1 && asOfDate.MatchString("A"+s[k+len(" data a"):])
}

var asOfDate = regexp.MustCompile(`^(?i:as) (?:of|at) (?:(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})(?:,? \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?|\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)\.?$`)

// liveCount matches a travel page's live widget line: "Live: 3 incidents
// in your area", "Live: 2 alerts for your airport".
var liveCount = regexp.MustCompile(`^Live: \d+ (?:incidents?|alerts?|updates?|disruptions?|delays?)\b`)

// weatherLine reports whether s is a page's weather widget on a line of
// its own: "Weather: 88°F Humid", "Weather 12°C Cloudy". A sentence
// about the weather is longer and ends with its full stop.
func weatherLine(s string) bool {
	// A newsletter's line: "Today's weather: 73°F, mostly cloudy, high of
	// 75°F".
	for _, p := range []string{"today's ", "today\u2019s ", "local "} {
		if hasPrefixFold(s, p) {
			s = s[len(p):]
			break
		}
	}
	if len(s) > 64 || !hasPrefixFold(s, "weather") && !hasPrefixFold(s, "forecast:") || strings.HasSuffix(s, ".") {
		// "Forecast: Tonight 22°F | Tomorrow 29°F": the page's strip
		// for the reader's town.
		return false
	}
	return strings.Contains(s, "\u00b0") || strings.Contains(s, "\u2103") || strings.Contains(s, "\u2109")
}

// forecastHighLow matches a forecast's high or low: "High 75°", "Low:
// -3°C", "Hi 61°".
var forecastHighLow = regexp.MustCompile(`(?i)\b(?:high|low|hi|lo):? -?\d{1,3}\s?\x{00b0}`)

// forecastLine reports whether s is a weather widget's forecast row, its
// high and low and other readings in short cells: "Today: High 75°, Low
// 59° · Winds 5 mph · Humidity 88%", "Tomorrow: High 79°, Low 70° · 35%
// chance of precipitation". A sentence about the weather ends with its
// full stop, and its clauses run longer than cells.
func forecastLine(s string) bool {
	if len(s) > 120 || strings.HasSuffix(s, ".") || !strings.Contains(s, "\u00b0") || !forecastHighLow.MatchString(s) {
		return false
	}
	cells := 0
	for c := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ',' || r == '|' || r == '\u00b7' || r == '\u2022' }) {
		if len(strings.TrimSpace(c)) > 40 {
			return false
		}
		cells++
	}
	return cells >= 2
}

// dayForecast matches a forecast box's row for one day, its cells glued
// or parted: "Sun0.1°C25%", "Wed; -4.8°C; 70%", "Tue 14°C / 6°C". A
// story names its day in a sentence.
var dayForecast = regexp.MustCompile(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[\s;|\x{00b7}]*-?\d[\d.]*\s?\x{00b0}[CF]?(?:[\s;|/\x{00b7}]*-?\d[\d.]*\s?(?:\x{00b0}[CF]?|%|mm|mph|km/h))*$`).MatchString

// closingLine matches an item of a station's school-closings list: a
// name in capitals and its status for the day, "Little Acorns Daycare
// 2-hour delay", "Kessler Lake Schools Closed".
var closingLine = regexp.MustCompile(`^(?:[A-Z][\w.'&-]*\s){1,6}(?i:closed|(?:\d|one|two|three)[- ]hours? delay(?:ed)?|delayed (?:opening|start)|virtual day|remote learning|e-learning day|early dismissal)$`)

// weatherReading matches a weather widget's labelled reading: "Humidity
// 70%", "Wind 35mph", "Gusts: 48 km/h", "UV index 6", or a temperature
// alone, "10°C".
var weatherReading = regexp.MustCompile(`(?i)^(?:(?:humidity|wind|winds|gusts?|pressure|uv(?: index)?|visibility|rain|precipitation|feels like|dew point|pollen|air quality|aqi|sunrise|sunset):? )?-?[\d.,:]+ ?(?:%|mph|km/h|kph|kmh|knots|mb|hpa|in|mm|cm|km|miles|\x{00b0}[cf]?|am|pm)?$`)

// readingsLine reports whether s is a weather widget's line of readings
// and nothing else: "Humidity 70% · Wind 35mph", "10°C". Each cell is a
// reading under its label; a lone number with no label or unit is no
// widget's, and a sentence has words between its figures.
func readingsLine(s string) bool {
	if len(s) > 80 || strings.IndexByte(s, '%') < 0 && !strings.Contains(s, "\u00b0") && !strings.Contains(s, "mph") && !strings.Contains(s, "km/h") {
		return false
	}
	labelled := strings.ContainsRune(s, '\u00b0')
	cells := 0
	for c := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '\u00b7' || r == '\u2022' || r == ',' }) {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !weatherReading.MatchString(c) {
			return false
		}
		labelled = labelled || isLetter(c[0])
		cells++
	}
	return cells > 0 && labelled
}

// labelledReading matches a line that is nothing but a widget's labelled
// readings, glued one after another with no cell marks: "-4°C New snow:
// 50 cm Base: 90 cm Lifts open: 28", "Rain: 12 mm Wind: 40 km/h". Each
// label ends in its colon and holds one figure; a sentence has verbs
// between its figures.
var labelledReading = regexp.MustCompile(`^(?:-?\d[\d.,]*\s?\x{00b0}[CF]?\s+)?(?:[A-Z][a-z]+(?: [a-z]+){0,2}: -?\d[\d.,]*\s?(?:\x{00b0}[CF]?|%|cm|mm|m|km/h|mph|km)?\s*){2,}$`)

// labelledReadings reports whether s is a strip of labelled readings
// (labelledReading) with a measure among them: a temperature, a depth or
// a speed. A story's box of key figures ("Deaths: 25 Injured: 40") has
// no such measure and is left alone.
func labelledReadings(s string) bool {
	if len(s) > 120 || strings.IndexByte(s, ':') < 0 || strings.Count(s, ": ") < 2 || !labelledReading.MatchString(s) {
		return false
	}
	return readingMeasure.MatchString(s)
}

// readingMeasure matches a figure with a weather reading's unit.
var readingMeasure = regexp.MustCompile(`\d\s?(?:\x{00b0}|cm\b|mm\b|km/h|mph)`)

// counterCell matches a cell that counts a page's audience: "webcast
// viewers 1,753", "2,041 watching", "318 comments".
var counterCell = regexp.MustCompile(`(?i)^(?:[a-z ]{0,20}\b(?:viewers|views|watching|readers|listeners|shares|comments|likes)\b:? [\d,.]+[km]?|[\d,.]+[km]? (?:viewers|views|watching|readers|listeners|shares|comments|likes|searches|visits|visitors|downloads)(?: today)?)$`)

// counterStrip reports whether s is a strip of short cells parted by
// middle dots or bars, one of which counts the page's audience: "Meeting:
// Harlowmere City Council · webcast viewers 1,753 · 10 items on agenda".
// A story's box of key figures counts no viewers.
func counterStrip(s string) bool {
	if len(s) > 160 || strings.HasSuffix(s, ".") || strings.IndexByte(s, '|') < 0 && strings.IndexByte(s, 0xC2) < 0 && !strings.Contains(s, "\u2022") {
		return false
	}
	cells, counters, today := 0, 0, false
	for c := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '\u00b7' || r == '\u2022' }) {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if len(c) > 40 {
			return false
		}
		if counterCell.MatchString(c) || len(c) <= maxCounterLine && counterLine(c) || strings.HasPrefix(c, "Sort by") {
			counters++
			today = today || strings.HasSuffix(c, " today")
		}
		cells++
	}
	// Three cells and a counter among them, a counter of the day beside
	// another cell ("13 alerts in force · 11,280 searches today"), or
	// counters only ("| Comments (246) | Printed 30 times", "554 comments
	// • Sort by: Newest").
	return counters > 0 && (cells >= 3 || today || counters == cells)
}

// riverRow reports whether s is a river-level widget's row flattened
// with semicolons: a gauge, its reading and its trend, "River Senn at
// Oldbury; 0.68m; falling".
func riverRow(s string) bool {
	if len(s) > 80 || strings.Count(s, "; ") != 2 {
		return false
	}
	cells := strings.SplitN(s, "; ", 3)
	switch strings.ToLower(strings.TrimRight(cells[2], ".")) {
	case "rising", "falling", "steady", "stable", "normal", "high", "low":
	default:
		return false
	}
	return riverReading.MatchString(cells[1])
}

// riverReading matches a gauge's reading: "0.68m", "1.2 m", "3ft".
var riverReading = regexp.MustCompile(`^-?\d+(?:\.\d+)? ?(?:m|cm|mm|ft|in|metres|feet)$`)

// bulletLink reports whether s is a link cut from a list whose bullets a
// table kept apart ("\"; Beach warning signs at 3 sites", from "»"):
// a headline, which no full stop ends.
func bulletLink(s string) bool {
	return len(s) > 4 && len(s) <= 120 && (strings.HasPrefix(s, "\"; ") || strings.HasPrefix(s, "\u00bb; ") || strings.HasPrefix(s, "\u203a; ")) &&
		!strings.HasSuffix(s, ".")
}

// counterFirstWord reports whether w, in any case, opens the lines
// siteCounter matches.
func counterFirstWord(w string) bool {
	if w == "" {
		return false
	}
	first := w[0] | 0x20
	for _, c := range [...]string{"page", "hits", "visits", "visitors", "pageviews", "views", "site", "total", "unique", "readers", "users"} {
		if len(w) == len(c) && first == c[0] && strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// siteCounter matches a site's footer counters: "Page served in 0.493s.",
// "Hits today: 1,557,375", "Visitors today: 4,210", "Readers online
// now: 4,930".
var siteCounter = regexp.MustCompile(`(?i)^(?:page (?:served|generated|rendered|loaded|built) in [\d.]+ ?(?:s|ms|seconds)\.?|(?:(?:site|total|unique) )?(?:hits|visits|visitors|page ?views|views|readers|users)(?: online)?(?: now| today| this month| so far)?:? [\d,]+\.?)$`)

// closingItem reports whether s is an item of a closings list
// (closingLine), looking at its last letters before the expression.
func closingItem(s string) bool {
	if len(s) > 80 {
		return false
	}
	for _, e := range [...]string{"closed", "delay", "delayed", "opening", "start", "day", "learning", "dismissal"} {
		if hasSuffixFold(s, e) {
			return closingLine.MatchString(s)
		}
	}
	return false
}

// siteCounterLine reports whether s is a footer's counter (siteCounter),
// looking at its first letters before the expression.
func siteCounterLine(s string) bool {
	if len(s) > 100 || len(s) < 8 {
		return false
	}
	switch s[0] {
	case 'P', 'p', 'H', 'h', 'V', 'v', 'S', 's', 'R', 'r', 'U', 'u', 'T', 't':
		w, _, _ := strings.Cut(s, " ")
		if !counterFirstWord(strings.TrimRight(w, ":")) {
			return false
		}
		// "Site visits this month: 2,495,797 | Readers online now:
		// 4,930": counters parted by bars.
		for part := range strings.SplitSeq(s, " | ") {
			if !siteCounter.MatchString(part) {
				return false
			}
		}
		return true
	}
	return false
}

// countedHeading reports whether s is a box's heading with the count of
// its items in brackets, in title case: "Closings & Delays (275)",
// "Reader Comments (1,204)". A year in brackets is a label's, not a
// count: "Results (2024)".
func countedHeading(s string) bool {
	if len(s) > 60 || !strings.HasSuffix(s, ")") || !isUpper(s[0]) {
		return false
	}
	k := strings.LastIndex(s, " (")
	if k < 3 || countInBrackets(s[k+1:]) != len(s)-k-1 {
		return false
	}
	if n := s[k+2 : len(s)-1]; len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
		return false
	}
	for _, w := range strings.Fields(s[:k]) {
		if !isUpper(w[0]) && w != "&" && w != "and" && w != "of" && w != "the" && w != "in" {
			return false
		}
	}
	return true
}

// creditOpeners open a wire story's credits: "Reporting by A; Editing by
// B".
var creditOpeners = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by "}

// furnitureHeadings mark page furniture glued after a credit line: "…
// Editing by Ruth OkalaMore coverageHalmar offensive: what we know".
var furnitureHeadings = []string{"more coverage", "read more", "related", "more stories", "share this", "most read"}

// wireCredits reports whether s is a wire story's credit line, alone (a
// short line) or with page furniture glued after it. A credit with a
// story sentence after it keeps the sentence.
func wireCredits(s string) bool {
	for _, o := range creditOpeners {
		if !hasPrefixFold(s, o) {
			continue
		}
		if len(s) <= maxCreditLine+30 {
			return true
		}
		return containsAny(strings.ToLower(s), furnitureHeadings)
	}
	return false
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// maxCreditLine bounds a picture's credit line.
const maxCreditLine = 90

// creditLabels open a picture's credit line.
var creditLabels = []string{"photo:", "photos:", "photograph:", "picture:", "pictures:", "image:", "images:",
	"credit:", "photo credit:", "image credit:", "illustration:", "video:"}

// creditSources name who took or gave a picture.
var creditSources = []string{"/", "reuters", "afp", "getty", "epa", "handout", "shutterstock", "alamy",
	"pool", "supplied", "courtesy", "associated press", "pa media", "pa wire", "anadolu", "ap photo"}

// photoCredit reports whether s is a picture's credit: "Photo: Ana
// Roe/Reuters", "Photograph: SARS/handout, 2 of 3". A caption that
// tells the story ("Photo: Rescuers search the rubble") names no source
// and is kept.
func photoCredit(s string) bool {
	for _, label := range creditLabels {
		if !hasPrefixFold(s, label) {
			continue
		}
		return containsAny(strings.ToLower(s[len(label):]), creditSources)
	}
	return false
}

// timestampLine reports whether s is a page's reading time or
// publication stamp: "5 min read", "Updated 2 hours ago", "Published
// 4:10 PM MDT April 20, 2026 · Updated 9:40 AM MDT April 21, 2026".
func timestampLine(s string) bool {
	if len(s) <= 120 && len(s) > 8 && (isDigit(s[len(s)-1]) || hasSuffixFold(s, "am") || hasSuffixFold(s, "pm") ||
		strings.HasSuffix(s, "(updated)") || strings.HasSuffix(s, "\u00b7")) {
		// Only a line ending with a clock can end with a stamp's.
		if updatedClock(s) || stampTail.MatchString(s) || bareStamp.MatchString(s) {
			return true
		}
		// "Tobias Wren - Veldmark Institute · November 19, 2026": a
		// credit line and its date, after a middle dot or a bar.
		if isDigit(s[len(s)-1]) && sepDate.MatchString(s) {
			if i := strings.LastIndex(s, " \u00b7 "); i > 0 && !strings.ContainsAny(s[:i], "0123456789") {
				return true
			}
			if i := strings.LastIndex(s, " | "); i > 0 && !strings.ContainsAny(s[:i], "0123456789") {
				return true
			}
		}
	}
	// A stamp with parts ("Published 4:10 PM MDT April 20, 2026 ·
	// Updated 9:40 AM MDT April 21, 2026") runs longer than one.
	if len(s) > 60 && !(len(s) <= 120 && (strings.Contains(s, " \u00b7 ") || strings.Contains(s, " | "))) || s == "" {
		return false
	}
	if strings.ContainsAny(s[len(s)-1:], ".!?\"") && !hasSuffixFold(s, "a.m.") && !hasSuffixFold(s, "p.m.") {
		return false
	}
	if c := trailingCounter(s); c > 0 {
		// "2 min read1,284 views".
		s = strings.TrimRight(s[:c], " ")
	}
	if readingSuffix(s) > 0 || capsStamp(s) {
		return true
	}
	return hasPrefixFold(s, "updated ") || hasPrefixFold(s, "last updated") || hasPrefixFold(s, "published ") || hasPrefixFold(s, "posted ") ||
		hasPrefixFold(s, "first published ") || hasPrefixFold(s, "first posted ")
}

// sepDate matches a line ending with a date after a middle dot or a bar:
// "… · November 19, 2026", "… | 19 November 2026".
var sepDate = regexp.MustCompile(`(?: \x{00b7} | \| )(?:[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, [0-9]{4})$`)

// bylineDate matches a byline's name of two to four capitalised words and
// the date after it: "By Henrik Sollund 5 March 2027", "By Ana Roe, March
// 5, 2027".
var bylineDate = regexp.MustCompile(`^By (?:[A-Z][\p{L}'.-]+ ){1,3}[A-Z][\p{L}'.-]+,? (?:[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, [0-9]{4})\b`)

// stampTail matches a line that ends with a stamp's date or weekday and
// clock: "Wenlow Argus - Local news, 3 April 2025 07:55", "Northline ·
// World · Sunday 12:35 ·", "Eastbridge News Agency - Saturday, 22:05
// (updated)".
var stampTail = regexp.MustCompile(`(?:, | \x{00b7} | - )(?:[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),? [0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]m)?(?: \(updated\)| \x{00b7})?$`)

// bareStamp matches a line that is a date and a clock and nothing else,
// a byline's stamp split from it at its full stop ("By Ana Ruiz,
// Reporter. 3 June 2025 at 8:05 am"): "3 June 2025 at 8:05 am",
// "Tuesday, June 3, 2025, 8:05 AM". No sentence of a story is one; a
// timeline's date heads its event without a clock.
var bareStamp = regexp.MustCompile(`^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, [0-9]{4}),?(?: at)? [0-9]{1,2}[:.][0-9]{2}(?:\s?(?:[aApP][mM]|[ap]\.m\.))?$`)

// updatedClock reports whether s, a short line, ends with the clock of
// its update after a comma: a byline or an outlet's stamp ("Hollis Ward,
// City Hall reporter, 2 September 2025 8:15am, updated 3:40pm").
func updatedClock(s string) bool {
	k := strings.LastIndex(s, ", updated ")
	if k < 0 {
		k = strings.LastIndex(s, ", Updated ")
	}
	if k < 0 {
		return false
	}
	c := s[k+len(", updated "):]
	d := 0
	for d < len(c) && d < 2 && isDigit(c[d]) {
		d++
	}
	if d == 0 || d+3 > len(c) || c[d] != ':' && c[d] != '.' || !isDigit(c[d+1]) || !isDigit(c[d+2]) {
		return false
	}
	switch strings.ToLower(c[d+3:]) {
	case "", "am", "pm", " am", " pm", "a.m.", "p.m.", " a.m.", " p.m.", " gmt", " bst", " cet", " et":
		return true
	}
	return false
}

// shareBarCount reports whether s is a share bar with its count:
// "Facebook X Email 1,319 shares".
func shareBarCount(s string) bool {
	if len(s) > 80 || !hasSuffixFold(s, " shares") && !hasSuffixFold(s, " share") {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	for _, w := range f[:len(f)-2] {
		switch strings.ToLower(w) {
		case "facebook", "x", "twitter", "email", "e-mail", "whatsapp", "linkedin", "share", "print", "reddit", "copy", "link":
		default:
			return false
		}
	}
	n := f[len(f)-2]
	return n != "" && isDigit(n[0])
}

// compactCount reports whether s is nothing but a count written the way
// apps print reactions: "3.3K", "1.2M", "12K".
func compactCount(s string) bool {
	n := len(s)
	if n < 2 || n > 6 || s[n-1] != 'K' && s[n-1] != 'M' || !isDigit(s[0]) {
		return false
	}
	for k := 1; k < n-1; k++ {
		if !isDigit(s[k]) && s[k] != '.' {
			return false
		}
	}
	return true
}

// followPrompt reports whether s asks the reader to follow the outlet and
// counts its followers: "Follow NewsNagar on WhatsApp – 5.9 lakh
// followers", "📲 Follow our WhatsApp channel - 83,574 followers", "Follow
// us: 5.8M followers on X", "171,841 people already follow our channel".
func followPrompt(s string) bool {
	if !strings.Contains(s, "ollow") || !strings.ContainsAny(s, "0123456789") {
		return false // "follow" or "followers", in any case
	}
	l := strings.ToLower(s)
	if strings.Contains(l, "follow our channel") || strings.Contains(l, "follow our whatsapp") ||
		strings.Contains(l, "follow our telegram") || strings.Contains(l, "joined our channel") {
		return len(s) <= 100
	}
	// "Join the Herald WhatsApp channel - 25,489 followers and counting".
	if len(s) <= 120 && strings.Contains(l, "followers") && (strings.Contains(l, "channel") || strings.Contains(l, "whatsapp") || strings.Contains(l, "telegram")) {
		return true
	}
	// An emoji or a mark may stand before the prompt.
	t := strings.TrimLeftFunc(s, func(r rune) bool { return r > unicode.MaxASCII || r == ' ' })
	if !hasPrefixFold(t, "follow ") || !strings.Contains(l, "followers") {
		return false
	}
	return !strings.ContainsAny(s[len(s)-1:], ".!?\"")
}

// capsStamp reports whether s is a stamp set in capitals, glued to the
// section's label before it: "MEDIA LAWUPDATED 12:04 BST 8 JULY 2025".
func capsStamp(s string) bool {
	for k := 0; k < len(s); k++ {
		if isLower(s[k]) {
			return false
		}
	}
	for _, w := range []string{"UPDATED ", "PUBLISHED ", "POSTED "} {
		if k := strings.Index(s, w); k >= 0 && k+len(w) < len(s) && isDigit(s[k+len(w)]) {
			return true
		}
	}
	return false
}

// clockedByline reports whether head, what stands before a reading time,
// is a byline ending in the clock it was posted: "Katrin Solberg - Crime
// & Environment, 10:09". A few words, no sentence's stop or quotation,
// and no figure but the clock.
func clockedByline(head string) bool {
	f := strings.Fields(head)
	if len(f) < 2 || len(f) > 10 || !isUpper(head[0]) || strings.ContainsAny(head, ".\"%$!?") {
		return false
	}
	// "10:09": a clock of hours and two digits of minutes.
	if last := f[len(f)-1]; len(last) > 5 || !clockOnly(last) || last[len(last)-3] != ':' {
		return false
	}
	return !strings.ContainsAny(strings.Join(f[:len(f)-1], " "), "0123456789")
}

// readingTimeLabel returns where a reading time under its label ends s
// after something else ("…, 10:09 Reading time approx. 2 min."), or 0.
func readingTimeLabel(s string) int {
	k := strings.LastIndex(s, " Reading time")
	if k <= 0 || !readingTimeRest.MatchString(s[k+len(" Reading time"):]) {
		return 0
	}
	return k + 1
}

// readingTimeRest matches what follows a "Reading time" label to the end
// of its line: ": 4 min", " approx. 2 min.", " about 5 minutes".
var readingTimeRest = regexp.MustCompile(`^:? (?:approx\. |about |ca\. )?\d{1,2} (?:min|mins|minutes)\.?$`)

// listenTail returns where an audio player's label with its length ends
// s ("Listen: 3 min", "Listen (4 mins)", "Listen to this article 5 min",
// "6 min listen"), or -1.
func listenTail(s string) int {
	t := strings.TrimRight(s, " )")
	if !hasSuffixFold(t, " min") && !hasSuffixFold(t, " mins") && !hasSuffixFold(t, " listen") {
		return -1
	}
	if loc := listenLabel.FindStringIndex(s); loc != nil {
		return loc[0]
	}
	return -1
}

// listenLabel matches an audio player's label ending a line.
var listenLabel = regexp.MustCompile(`(?i)(?:^|\s)(?:listen(?: to this (?:article|story))?:? \(?\d{1,2} mins?\)?|\d{1,2} mins? listen)\s*$`)

// readingSuffixes are the words of a reading time after its number.
var readingSuffixes = [...]string{" min read", " mins read", " minute read", " minutes read",
	" min to read", " mins to read", " minute to read", " minutes to read"}

// readingSuffix returns the length of the reading time's words ending s
// (" min read", " minutes read"), or 0.
func readingSuffix(s string) int {
	for _, suf := range readingSuffixes {
		if hasSuffixFold(s, suf) {
			return len(suf)
		}
	}
	return 0
}

// readingAfterStop finds a reading time glued to a sentence's full stop
// ("over the decade.12 min read"): where its digits start and where its
// "read" ends, or zeros.
func readingAfterStop(s string) (int, int) {
	i := strings.Index(s, " min")
	if i < 0 {
		return 0, 0
	}
	e := i
	for _, suf := range readingSuffixes {
		if strings.HasPrefix(s[i:], suf) {
			e = i + len(suf)
			break
		}
	}
	d := i
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if e == i || d == i || d < 2 || s[d-1] != '.' || !isLower(s[d-2]) {
		return 0, 0
	}
	return d, e
}

// gluedReading returns where a reading time's "read" ends in s when a
// capitalised word is glued to it ("3 min readAbout 390,000"), or 0.
func gluedReading(s string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], " read")
		if i < 0 {
			return 0
		}
		e := from + i + len(" read")
		if e+1 < len(s) && isUpper(s[e]) && isLower(s[e+1]) && readingSuffix(s[:e]) > 0 {
			return e
		}
		from = e
	}
}

// readingTail returns where a reading time ending s starts ("3 min read"
// in "Waiting list hits record 7.48mHealth3 min read"), or 0 when s does
// not end in one or is nothing else.
func readingTail(s string) int {
	e := len(s)
	// A counter after it: "2 min read1,284 views", "3 min read 12 comments".
	if c := trailingCounter(s); c > 0 {
		e = c
		for e > 0 && isWS(s[e-1]) {
			e--
		}
		s = s[:e]
	}
	l := readingSuffix(s)
	if l == 0 {
		return 0
	}
	e -= l
	d := e
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d == e {
		return 0
	}
	if d > 0 && s[d-1] == ':' && e-d > 2 {
		// "Sat 9 Mar 2024 10:024 min read": a clock's minutes glued to
		// the reading time; two digits are the clock's.
		d += 2
	}
	return d
}

// trailingCounter returns where a counter written number first ends s
// ("1,284 views", "12 comments", "1.2K shares"), or 0 when s ends in none.
// It takes plural counters only, where counterBefore also takes
// "comment".
func trailingCounter(s string) int {
	// "1.4K shares |": the bar that parted it from the next button.
	s = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(s, " "), "|"), " ")
	w := len(s)
	for w > 0 && len(s)-w <= 9 && isLetter(s[w-1]) {
		w--
	}
	if w == len(s) || w < 2 || !isWS(s[w-1]) || !isCounterWord(s[w:]) {
		return 0
	}
	switch strings.ToLower(s[w:]) {
	case "comments", "shares", "likes", "views", "replies", "reactions":
	default:
		return 0
	}
	d := w - 1
	if d > 0 && (s[d-1] == 'K' || s[d-1] == 'k' || s[d-1] == 'M') {
		d--
	}
	e := d
	if d = numberStart(s, e, 0); d == e || !isDigit(s[d]) {
		return 0
	}
	return d
}

// hasPrefixFold reports whether s begins with the lowercase ASCII p, in
// any case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// hasSuffixFold reports whether s ends with the lowercase ASCII p, in any
// case.
func hasSuffixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p)
}

// subscriberPitch matches a sign-up box's count of those already signed
// up: "Join 23,547 subscribers getting updates", "Join 1.2m other
// readers".
var subscriberPitch = regexp.MustCompile(`^(?:Join|JOIN) (?:more than |over )?[0-9][0-9,.]*(?:k|m| million| thousand)? (?:other )?(?:subscribers|readers)\b`)

// openingHours matches a row of a box of opening times: days, then the
// hours, "Mon - Fri; 08:00 - 21:30", "Sat: 9am-5pm", "Daily 07:00 - 22:00".
var openingHours = regexp.MustCompile(`^(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?(?: ?(?:-|to|&) ?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?)?|Weekdays|Weekends|Daily|Bank holidays)[;:,]? +` +
	`(?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,2}(?:[:.][0-9]{2})? ?[ap]m) ?(?:-|to) ?(?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,2}(?:[:.][0-9]{2})? ?[ap]m)$`)

// hoursRow reports whether s is a row of opening times, a venue's box
// beside the story, not the story's own clock.
func hoursRow(s string) bool {
	if len(s) > 60 || len(s) < 10 {
		return false
	}
	switch s[0] {
	case 'M', 'T', 'W', 'F', 'S', 'D', 'B':
		if openingHours.MatchString(s) {
			return true
		}
	}
	if !isUpper(s[0]) || !venueHours.MatchString(s) {
		return false
	}
	// "Opening hours: 4am to 9pm", "Kids' club hours: 9am to 5pm": a
	// fact box's line on the place the story is about, which names the
	// hours, where a venue box names the venue.
	label := strings.ToLower(s[:strings.IndexByte(s, ':')])
	return !strings.Contains(label, "hours") && !strings.Contains(label, "times") && !strings.Contains(label, "open")
}

// venueHours matches a venue's hours under its name: "Millbrook Free
// Library: 8am – 5pm", "Depot Street Annex: 09:00-17:00".
var venueHours = regexp.MustCompile(`^[A-Z][\w&'. -]{2,40}: (?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,2}(?:[:.][0-9]{2})? ?[ap]m) ?(?:-|to) ?(?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{1,2}(?:[:.][0-9]{2})? ?[ap]m)$`)

// openNowStrip reports whether s is a venue box's strip that opens with
// its state: "Open now · closes in 4h 40m · Free Wi-Fi sessions today:
// 128".
func openNowStrip(s string) bool {
	return len(s) <= 160 && (strings.HasPrefix(s, "Open now \u00b7 ") || strings.HasPrefix(s, "Closed now \u00b7 ") || strings.HasPrefix(s, "Open now | ") || strings.HasPrefix(s, "Closed now | "))
}

// updatedStrip reports whether s is a widget's strip of readings parted
// by dots and closed by its update's clock: "Pool temp 27.7°C · Live
// busyness 87% · updated 11:01", "13,997 files closed • 16.3% of
// estimated losses • last sync 00:01". A box's foot may hold one
// reading and its clock, parted by a bar: "Boxes sold: 2,456 | Updated
// 06:02".
func updatedStrip(s string) bool {
	if len(s) > 160 || !strings.Contains(s, "\u00b7") && !strings.Contains(s, "\u2022") && !strings.Contains(s, " | ") {
		return false
	}
	for _, sep := range cellMarks {
		switch n := strings.Count(s, sep); {
		case n == 0:
			continue
		case n == 1 || sep == " | ":
			// Fewer cells, or bars that may part a story's phrases: the
			// cells must be short, a reading each.
			if !shortCells(s, sep) {
				continue
			}
		}
		// The cell may end the strip or stand before a short one, its
		// reading time: "… · updated 16:22 · 7-minute read"; a story
		// glued after that ("· 4 min readIn total, 19 people…") is no
		// strip's.
		cells := strings.Split(s, sep)
		for k, cell := range cells {
			if k < len(cells)-2 || k == len(cells)-2 && len(cells[k+1]) > 24 {
				continue
			}
			for _, w := range [...]string{"updated ", "last updated ", "last sync ", "synced "} {
				if hasPrefixFold(cell, w) && clockOnly(strings.TrimSpace(cell[len(w):])) {
					return true
				}
			}
		}
	}
	return false
}

// countCell matches a cell of a site's counters: "17,528 venues".
var countCell = regexp.MustCompile(`^[0-9][0-9,.]*[kKmM]? [a-z]+$`)

// changeCell matches a cell of a market strip, a price and its change in
// brackets: "Gold £2,686/oz (+0.2%)".
var changeCell = regexp.MustCompile(`[0-9] \([+\-\x{2212}][0-9.,]+%?\)$`)

// cellMarks part the cells of a widget's strip: middle dots, bullets,
// bars.
var cellMarks = [...]string{" \u00b7 ", " \u2022 ", " | "}

// clockCell matches a widget's cell that labels a clock: "Sunset tonight
// 16:22", "Lamps on approx. 16:36", "High tide 5:08 p.m.".
var clockCell = regexp.MustCompile(`^[A-Za-z][\w .'\x{2019}-]{0,32} \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?$`)

// clockStrip reports whether s is a strip of labelled clocks parted by
// middle dots, bullets or bars, and nothing else: "Sunset tonight 16:22 ·
// Lamps on approx. 16:36 · Sunrise 07:17", a box of the day's times
// (sun, tides, prayers) that changes by the day. A story's times stand in
// sentences.
func clockStrip(s string) bool {
	if len(s) > 160 || strings.IndexByte(s, ':') < 0 && !strings.Contains(s, ".m.") {
		return false
	}
	for _, sep := range cellMarks {
		if !strings.Contains(s, sep) {
			continue
		}
		for c := range strings.SplitSeq(s, sep) {
			if !clockCell.MatchString(strings.TrimSpace(c)) {
				return false
			}
		}
		return true
	}
	return false
}

// readTimeTeasers reports whether s is a run of links to other stories,
// each headline closed by its reading time and glued to the next:
// "(2 min read)Council fines 10 households over bonfires (3 min
// read)Ten signs your stove needs a service (3 min read)". A story
// names no reading time.
func readTimeTeasers(s string) bool {
	k := strings.IndexByte(s, ')')
	if k < 0 {
		return false
	}
	switch strings.Count(s, " min read)") {
	case 0:
		return false
	case 1:
		// "(2 min read)Council fines…": the last link's time opens the
		// piece cut after it.
		return s[0] == '(' && strings.HasSuffix(s[:k+1], " min read)") && strings.TrimLeft(s[1:k-len(" min read")], "0123456789") == ""
	}
	return true
}

// shortCells reports whether every cell of s parted by sep is short
// and none ends a sentence.
func shortCells(s, sep string) bool {
	for c := range strings.SplitSeq(s, sep) {
		if len(c) > 40 || strings.HasSuffix(c, ".") {
			return false
		}
	}
	return true
}

// cellStrip reports whether s is a strip of cells parted by dots, bars
// or bullets that no sentence writes: three counters or more, "17,528
// venues · 231,330 reviews · 1,792,256 members", or prices each with its
// change, "Gold £2,686/oz (+0.2%) · Avg. Saturday venue £7,850 (+0.6%)".
func cellStrip(s string) bool {
	if len(s) > 160 || len(s) < 12 || strings.IndexByte(s, '|') < 0 && !strings.Contains(s, "\u00b7") && !strings.Contains(s, "\u2022") {
		return false
	}
	for _, sep := range [...]string{" \u00b7 ", " | ", " \u2022 "} {
		if !strings.Contains(s, sep) {
			continue
		}
		cells := strings.Split(s, sep)
		counts, changes := 0, 0
		for _, c := range cells {
			c = strings.TrimSpace(c)
			switch {
			case countCell.MatchString(c):
				counts++
			case changeCell.MatchString(c):
				changes++
			}
		}
		if counts == len(cells) && counts >= 3 || changes == len(cells) && changes >= 2 {
			return true
		}
	}
	return false
}

// viewsLine reports whether line s is a stamp ending in the page's view
// count: "Owen Radley - 2 April 2025, published 09:30 - 29,391 views".
// "Orla Keaveney Mon Feb 10 2025 - 18:47 56,214 views": a byline's
// stamp and the count after it.
func viewsLine(s string) bool {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutSuffix(s, " views")
	if !ok {
		// "… – Last updated: 15:23, 3 October 2024 – 53,429 reads".
		if rest, ok = strings.CutSuffix(s, " reads"); !ok {
			return false
		}
	}
	k := strings.LastIndexByte(rest, ' ')
	if k < 0 || k+1 == len(rest) || !isDigit(rest[k+1]) {
		return false
	}
	stamp := strings.TrimRight(rest[:k], " -·|")
	return stampLine(stamp) || bylineStamp(stamp)
}

// joinWhoRead matches a sign-up box naming its readers by their trade:
// "Join 93,575 farmers who read it every week."
var joinWhoRead = regexp.MustCompile(`^(?:Join|JOIN) (?:more than |over )?[0-9][0-9,.]*(?:k|m)? [a-z-]+(?: [a-z-]+)? who (?:read|get|receive|already|start)\b`)

// networkFooter reports whether s is a publisher's footer counting its
// papers: "Part of the Northern Weekly Press network of 55 titles.".
func networkFooter(s string) bool {
	if len(s) > 100 || !strings.HasPrefix(s, "Part of ") ||
		!strings.Contains(s, " network of ") && !strings.Contains(s, " group of ") && !strings.Contains(s, " family of ") {
		return false
	}
	t := strings.TrimSuffix(s, ".")
	for _, w := range [...]string{" titles", " newspapers", " papers", " sites", " brands", " publications"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// newsletterPrompt reports whether s asks the reader to subscribe to a
// newsletter: "Get the 5 stories you need, delivered to your inbox. Sign
// up for our newsletter".
func newsletterPrompt(s string) bool {
	if len(s) > 5 && (s[0] == 'J' || s[0] == 'j') && (subscriberPitch.MatchString(s) || len(s) <= 120 && joinWhoRead.MatchString(s)) {
		return true
	}
	// "Get the Ashgrove Ledger daily email — 44,211 locals already do.":
	// a sign-up pitch counting its subscribers.
	// "Newsletter - The Family Brief: 19,760 readers.": a sign-up box
	// under its label.
	if len(s) <= 160 && (strings.HasPrefix(s, "Newsletter:") || strings.HasPrefix(s, "Newsletter - ") || strings.HasPrefix(s, "Newsletters:")) {
		return true
	}
	// "Get the Morning Briefing - 41,200 subscribers and counting." too.
	// "Get the Rural Briefing every Friday at 7am.": when it comes.
	if len(s) <= 160 && (strings.HasPrefix(s, "Get the ") || strings.HasPrefix(s, "Get our ")) && (strings.Contains(s, " already ") || strings.Contains(s, " and counting") || strings.Contains(s, " every ")) &&
		(strings.Contains(s, " email") || strings.Contains(s, " bulletin") || strings.Contains(s, " briefing") || strings.Contains(s, " Briefing") || strings.Contains(s, " digest") || strings.Contains(s, " Digest")) {
		return true
	}
	// "Sign up free - 63,245 readers can't be wrong": a sign-up pitch
	// counting its readers.
	if len(s) <= 120 && (strings.HasPrefix(s, "Sign up") || strings.HasPrefix(s, "SIGN UP")) && (strings.Contains(s, " readers") || strings.Contains(s, " subscribers")) {
		return true
	}
	// "Never miss a story: 50,353 people get our daily email.": its
	// count of readers.
	if len(s) <= 120 && strings.Contains(s, " people get our ") && (strings.Contains(s, " email") || strings.Contains(s, " newsletter") || strings.Contains(s, " bulletin") || strings.Contains(s, " briefing")) {
		return true
	}
	// Both phrases are found by a rare byte of theirs: most sentences
	// hold no "x" and few a "w".
	if hasAround(s, 'x', " your inbox", 10) {
		return true
	}
	if !hasAround(s, 'w', "ewsletter", 1) {
		return false
	}
	l := strings.ToLower(s)
	// "Don't miss a story: 83,100 people already get our daily
	// newsletter.": its count of readers.
	return strings.Contains(l, "newsletter") && (strings.Contains(l, "sign up") || strings.Contains(l, "subscribe") ||
		strings.Contains(l, "inbox") || strings.Contains(l, "sign-up") || strings.HasPrefix(l, "get our ") || strings.HasPrefix(l, "get the ") ||
		strings.Contains(l, " already get ") || strings.Contains(l, " already receive ") || strings.Contains(l, " already read "))
}

// arrowRow reports whether s is a market widget's row, its move marked
// by an arrow: "Asia – North Europe; 4,887; ▼ 8.5%", "Composite:
// $2,159/FEU ▼ 2.6%". A story's table states its changes in words or
// signs; an index box redrawn each week draws them.
func arrowRow(s string) bool {
	if len(s) > 120 || !strings.Contains(s, "\u25b2") && !strings.Contains(s, "\u25bc") {
		return false
	}
	return (strings.Contains(s, "; ") || strings.Contains(s, ": ")) && len(strings.Fields(s)) <= 12
}

// signedRow reports whether s is a market box's row, a label, a colon, a
// price and its move signed at the end: "Nickel (LME): 16,370 $/t
// +4.5%", "Cobalt: $22,719 -0.5%". A story writes a move in words ("up
// 4.5%"); a table of its own is flattened with semicolons.
func signedRow(s string) bool {
	if len(s) > 100 || s[len(s)-1] != '%' {
		return false
	}
	c := strings.Index(s, ": ")
	if c <= 0 || strings.Count(s[:c], " ") > 5 {
		return false
	}
	f := strings.Fields(s[c+2:])
	if len(f) < 2 || len(f) > 4 || !isDigit(f[0][0]) && f[0][0] != '$' {
		return false
	}
	// (Normalize has made a minus sign "-".)
	last := f[len(f)-1]
	if last[0] != '+' && last[0] != '-' {
		return false
	}
	last = strings.TrimLeft(last, "+-")
	return len(last) > 1 && bareCount(last[:len(last)-1]) == len(last)-1
}

// numbersOnly reports whether s is two numbers or more and nothing else,
// "1,221 2,109": a share bar's counts with their icons gone, which say
// nothing a reader could tell the meaning of.
func numbersOnly(s string) bool {
	if len(s) > 60 || !isDigit(s[0]) {
		return false
	}
	f := strings.Fields(strings.TrimRight(s, "."))
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if bareCount(w) != len(w) {
			return false
		}
	}
	return true
}

// readerCount reports whether s counts the page's readers ("1,893
// readers have commented on this article", "825 readers online now",
// "Join 165,000 readers who…", "Read by 31,200 people today"), or
// is a broker's risk warning ("Capital at risk. 78% of retail investor
// accounts lose money…"), whose figure changes by the day.
func readerCount(s string) bool {
	// "Tidewater Herald is funded by 83,598 readers.": the outlet's
	// footer counting its supporters.
	if t := strings.TrimSuffix(s, "."); len(s) <= 100 && (strings.HasSuffix(t, " readers") || strings.HasSuffix(t, " supporters")) {
		for _, v := range [...]string{" is funded by ", " is supported by ", " is paid for by "} {
			if k := strings.Index(t, v); k > 0 && isDigit(t[k+len(v)]) {
				return true
			}
		}
	}
	if strings.HasPrefix(s, "Capital at risk") || strings.IndexByte(s, '%') >= 0 && strings.Contains(s, "investor accounts lose") {
		return true
	}
	for _, v := range [...]string{"Read ", "Shared ", "Viewed ", "Liked ", "Saved "} {
		if strings.HasPrefix(s, v) && len(s) > len(v) && isDigit(s[len(v)]) && strings.HasSuffix(s, " times") && len(s) < 30 {
			return true // "Read 84,786 times", "Shared 310 times"
		}
	}
	for _, p := range [...]string{"Read by ", "Viewed by ", "Seen by "} {
		// "Read by 31,200 people todayCopyright 2024…": a page's
		// counter, glued to its footer.
		if strings.HasPrefix(s, p) && len(s) > len(p) && isDigit(s[len(p)]) {
			return true
		}
	}
	// "26,032 subscribers start their day with us.": a newsletter box
	// counting the site's own subscribers.
	// "61,000 readers already do.": its answer to the prompt before it.
	if len(s) <= 80 && isDigit(s[0]) && (strings.Contains(s, " subscribers ") || strings.Contains(s, " readers ")) &&
		(strings.HasSuffix(s, " us.") || strings.HasSuffix(s, " us") || strings.Contains(s, " our ") || strings.Contains(s, " already ")) {
		return true
	}
	// "9,393 wines in our database", "1,204 recipes in our archive": a
	// site's count of its own catalogue, under a widget.
	if len(s) <= 60 && isDigit(s[0]) && siteCatalogue.MatchString(s) {
		return true
	}
	// "Showing 10 of 549 comments.", "257 people viewing now.", "18,078
	// people are reading Marquee Now right now.": a comment thread's
	// count and a live count of the page's readers.
	if len(s) <= 80 && (strings.HasPrefix(s, "Showing ") && shownOf.MatchString(s) || isDigit(s[0]) && viewingNow.MatchString(s)) {
		return true
	}
	// "LIVE 26,866 people following", "3.1k following": a live page's
	// count of its followers, beside its badge.
	if len(s) <= 48 && strings.Contains(s, "follow") && followerCount.MatchString(s) {
		return true
	}
	// "108,496 hikers already subscribe.": a sign-up box's count of its
	// readers, named for what they do.
	if len(s) <= 80 && isDigit(s[0]) && (strings.Contains(s, " already subscribe") || strings.Contains(s, " already get ") || strings.Contains(s, " already read ")) {
		return true
	}
	// "Never miss a fete: 21,190 people already get our weekend
	// round-up.": the same count after the box's prompt.
	if k := strings.Index(s, ": "); k > 0 && k < 40 && len(s) <= 120 && k+2 < len(s) && isDigit(s[k+2]) && !strings.ContainsAny(s, "\"\u201c\u201d") &&
		(strings.Contains(s, " already get our ") || strings.Contains(s, " already receive our ") || strings.Contains(s, " already read our ")) {
		return true
	}
	// "Get the Daily – join 77,451 subscribers.": a sign-up box's count.
	if len(s) <= 100 && (strings.Contains(s, "join ") || strings.Contains(s, "Join ")) && joinCount.MatchString(s) {
		return true
	}
	// "41,200 subscribers.": a newsletter box's count, alone.
	if len(s) <= 32 && isDigit(s[0]) && subscriberCount.MatchString(s) {
		return true
	}
	// "Join 27,000 engineers.", "The Weekly - 21,400 readers get it
	// every Friday.", "…daily briefing, trusted by 48,000 security
	// professionals.", "Byteline Daily: tech in 5 minutes - 112,000
	// subscribers.": a newsletter box counting its readers.
	if len(s) <= 160 && audienceCount(s) {
		return true
	}
	// "Already 49,419 readers.": a sign-up box's count after its
	// prompt.
	if len(s) <= 50 && strings.HasPrefix(s, "Already ") && len(s) > 8 && isDigit(s[8]) && subscriberCount.MatchString(s[8:]) {
		return true
	}
	// "Already read by 19,894 subscribers.", "Read by 8,100 readers":
	// a sign-up box's count after its pitch.
	if len(s) <= 60 {
		for _, p := range [...]string{"Already read by ", "Read by ", "Now read by "} {
			if r, ok := strings.CutPrefix(s, p); ok && r != "" && isDigit(r[0]) && subscriberCount.MatchString(r) {
				return true
			}
		}
	}
	// "78,651 fans already have.", "61,000 readers already do.": a
	// sign-up box's answer to its own prompt.
	if len(s) <= 60 && isDigit(s[0]) && (strings.HasSuffix(s, " already have.") || strings.HasSuffix(s, " already do.") ||
		strings.HasSuffix(s, " already have") || strings.HasSuffix(s, " already do") || strings.HasSuffix(s, " already are.")) {
		return true
	}
	// "This site uses cookies. 61 partners process data for ads": a
	// consent prompt's count of the advertisers it shares data with.
	if len(s) <= 120 && isDigit(s[0]) && consentCount.MatchString(s) {
		return true
	}
	// "92,589 neighbors get our severe weather alerts.": an alert box
	// counting who signed up to the site's own.
	if len(s) <= 80 && isDigit(s[0]) && strings.Contains(s, " our ") && containsAny(s, ourSignUps) {
		return true
	}
	// "Get the Cheapside Close – 100,221 readers get our evening
	// markets email.": the same count after the box's name.
	if len(s) <= 160 && (hasAround(s, 'g', " get our ", 1) || hasAround(s, 'v', " receive our ", 5)) && dashDigit(s) && dashCount.MatchString(s) {
		return true
	}
	// "1,032 people read this today", "214 people are reading this": a
	// page's count of its readers.
	if len(s) <= 60 && (strings.Contains(s, "people read this") || strings.Contains(s, "people are reading this") ||
		strings.HasSuffix(s, "readers shared this") || strings.HasSuffix(s, " readers") && isDigit(s[0]) || strings.HasPrefix(s, "Most shared: ")) {
		return true
	}
	// Most sentences name no readers: one search rules them out.
	if !hasAround(s, 'd', "readers ", 3) {
		return false
	}
	k := strings.Index(s, "readers ")
	return k >= 0 && (strings.HasPrefix(s[k+len("readers "):], "online") || strings.Contains(s[k:], "ommented on this") ||
		strings.HasPrefix(s, "Join ")) // "Join 165,000 readers who get our top stories…"
}

// audienceCount reports whether s is a newsletter box's count of its
// readers (see readerCount): an invitation to join a number of them, a
// count after a dash ending the box, readers who "get it every" day, or
// a briefing "trusted by" a number of them.
func audienceCount(s string) bool {
	if len(s) <= 40 && strings.HasPrefix(s, "Join ") && joinAudience.MatchString(s) {
		return true
	}
	// The phrases are found by a rare byte of theirs, "v" and "y".
	if hasAround(s, 'v', " get it every ", 9) || hasAround(s, 'v', " read it every ", 10) {
		return dashCount.MatchString(s) || isDigit(s[0])
	}
	if hasAround(s, 'y', "trusted by ", 9) {
		k := strings.Index(s, "trusted by ")
		return k+11 < len(s) && isDigit(s[k+11]) && containsAny(s, []string{"briefing", "newsletter", "bulletin", "digest", "inbox", " email"})
	}
	t := strings.TrimSuffix(s, ".")
	// "The Showground Bulletin - 31,000 readers, free every Tuesday":
	// the count and when it comes.
	return (strings.HasSuffix(t, "subscribers") || strings.HasSuffix(t, "readers") || hasAround(s, 'v', " every ", 2)) && dashCount.MatchString(s)
}

// dashDigit reports whether a digit follows a spaced dash or bar in s,
// " - 21,400", " – 100,221", " | 5": what dashCount needs, looked for
// without running it.
func dashDigit(s string) bool {
	for k := 0; k+2 < len(s); k++ {
		if s[k] != ' ' {
			continue
		}
		j := k + 1
		switch {
		case s[j] == '-' || s[j] == '|':
			j++
		case strings.HasPrefix(s[j:], "\u2013") || strings.HasPrefix(s[j:], "\u2014"):
			j += 3
		case strings.HasPrefix(s[j:], "\u00b7"):
			j += 2
		default:
			continue
		}
		if j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) {
			return true
		}
	}
	return false
}

// joinAudience matches a sign-up box's whole invitation to join its
// readers, named as they are: "Join 27,000 engineers.".
var joinAudience = regexp.MustCompile(`^Join (?:more than |over )?[\d,.]+[KkM]?(?: million| thousand)? [a-z]+(?: [a-z]+)?\.?$`)

// dashCount matches a count after a dash or a bar that parts it from a
// newsletter's name: "The Weekly - 21,400 readers".
var dashCount = regexp.MustCompile(`\s[-\x{2013}\x{2014}|\x{00b7}]\s[\d,.]+[KkM]? (?:subscribers|readers|members|followers)\b`)

// consentCount matches a consent prompt's count of partners or vendors
// and what they do with the reader's data.
var consentCount = regexp.MustCompile(`^[\d,]+ (?:advertising |ad |third-party |trusted )?(?:partners|vendors)\b.*\b(?:data|cookies|ads|advertising|personali[sz]ed)\b`)

// joinCount matches a sign-up box's invitation to join its readers.
var joinCount = regexp.MustCompile(`(?i)\bjoin (?:more than |over )?[\d,.]+[km]? (?:other )?(?:subscribers|readers|members|fans|listeners)\b`)

// shownOf matches a list's count of what it shows: "Showing 10 of 549
// comments".
var shownOf = regexp.MustCompile(`^Showing [\d,]+ of [\d,]+ (?:comments|replies|results|reviews|posts)\.?$`)

// viewingNow matches a live count of a page's readers: "257 people
// viewing now", "18,078 people are reading this right now".
// followerCount matches a live page's count of who follows it, after
// its badge or alone (see readerCount).
var followerCount = regexp.MustCompile(`^(?i:live\b[\s:\p{Pd}\x{00b7}|]*)?[\d,.]+[kK]? (?:people |readers |users |fans )?(?:following|follow this|follow along)(?: now| live| this| this page)?$`)

var viewingNow = regexp.MustCompile(`^[\d,.]+[kK]? (?:people|readers|users|others|visitors) (?:are )?(?:viewing|reading|watching|on this page)\b.*\b(?:now|right now)\.?$`)

// siteCatalogue matches a line counting what a site holds: "9,393 wines
// in our database".
var siteCatalogue = regexp.MustCompile(`^[\d,.]+[KkM]? [a-z]+(?: [a-z]+)? (?:in|on) our (?:database|archive|archives|catalogue|catalog|directory|guide|listings|site)\.?$`)

// subscriberCount matches a count of a newsletter's or a page's
// followers standing alone: "41,200 subscribers.".
var subscriberCount = regexp.MustCompile(`^[\d,.]+[KkM]? (?:subscribers|followers|readers|members)\.?$`)

// ourSignUps are what a site counts its readers by: "…get our severe
// weather alerts", "…receive our morning email".
var ourSignUps = []string{" get our ", " receive our ", " read our ", " follow our ", " rely on our ", " trust our "}

// hasAround reports whether s holds phrase, found by its byte c, which
// stands at offset at in phrase.
func hasAround(s string, c byte, phrase string, at int) bool {
	for k := 0; ; {
		i := strings.IndexByte(s[k:], c)
		if i < 0 {
			return false
		}
		k += i
		if k >= at && k-at+len(phrase) <= len(s) && s[k-at:k-at+len(phrase)] == phrase {
			return true
		}
		k++
	}
}

// namedClock matches a byline of two to four capitalised names and a
// clock whose hour has a leading zero: "Siobhán Kiely 06:05".
var namedClock = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3} 0\d:[0-5]\d$`)

// bylineStamp reports whether s is a byline carrying a time or date, as
// pages print it: "By Jane Roe, Reporter | 4:05 PM EST March 4, 2026",
// "Siobhán Kiely 06:05".
func bylineStamp(s string) bool {
	if len(s) <= 60 && len(s) > 6 && isDigit(s[len(s)-1]) && s[len(s)-6] == ' ' && namedClock.MatchString(s) {
		// "Siobhán Kiely 06:05": a name and the stamp's clock, its
		// hour padded as no time taken in a story is written.
		return true
	}
	for _, l := range bylineLabels {
		if strings.HasPrefix(s, l) {
			// "By: Maria Dizon - Reporter / 09:02 AM February 16,
			// 2025", "Words: Hamish Ruddock - 6:29pm".
			s = "By " + s[len(l):]
			break
		}
	}
	if len(s) > 120 || len(s) < 5 || !strings.HasPrefix(s, "By ") || !isUpper(s[3]) {
		return false
	}
	l := strings.ToLower(s)
	if strings.ContainsAny(s[len(s)-1:], ".!?\"") && !strings.HasSuffix(l, "a.m.") && !strings.HasSuffix(l, "p.m.") {
		return false
	}
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if strings.Contains(s, "|") || strings.Contains(s, " \u00b7 ") || strings.Contains(l, " ago") || strings.Contains(l, " min read") || strings.HasSuffix(l, " views") {
		return true // "By Jane Roe | 4:05 PM", "By Owen Marsh · 6 October 2026"
	}
	if bylineDate.MatchString(s) {
		// "By Henrik Sollund 5 March 2027": a name, then a dated stamp.
		return true
	}
	for k := 1; k+1 < len(s); k++ {
		if s[k] == ':' && isDigit(s[k-1]) && isDigit(s[k+1]) {
			return true
		}
	}
	return false
}

// bylineLabels are the labels a site may set before a byline's name in
// place of "By".
var bylineLabels = []string{"By: ", "Words: ", "Words by ", "Text: ", "Text by ", "Written by ", "Author: ", "Reporter: ", "Report by ", "Story by ", "Posted by "}

// clockOnly reports whether s is nothing but a clock reading, the length
// of a video or a recording printed beside the article ("1:48", "12:05").
func clockOnly(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 1 || colon > 2 || len(s)-colon-1 < 2 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if k != colon && !isDigit(s[k]) && !(s[k] == ':' && k > colon+2) {
			return false
		}
	}
	return true
}

// maxOutletStamp is the longest line outletStamp looks at.
const maxOutletStamp = 60

// outletStamp reports whether s is a news outlet's name and the time it
// posted, and nothing else: "Kessock Press Agency, 15:20 |", "Skellan
// Coast News, Friday 07:30". The words before the comma are capitalised;
// after it only a day name may stand before the clock.
func outletStamp(s string) bool {
	if len(s) > maxOutletStamp {
		return false
	}
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "|"))
	comma := strings.LastIndexByte(s, ',')
	if comma < 3 {
		return false
	}
	var fs [4]string
	after := fieldsOf(s[comma+1:], fs[:0], func(c byte) bool { return c == ' ' })
	if len(after) == 0 || len(after) > 2 || !clockOnly(after[len(after)-1]) {
		return false
	}
	if len(after) == 2 && !calendarWords[strings.ToLower(after[0])] {
		return false
	}
	var ws [8]string
	name := fieldsOf(s[:comma], ws[:0], func(c byte) bool { return c == ' ' })
	if len(name) == 0 || len(name) > 6 {
		return false
	}
	for _, w := range name {
		if !isUpper(w[0]) {
			return false
		}
	}
	return true
}

// slideCounter reports whether s is a gallery's position: "1 / 12", "3 of
// 12", "Photo 3 of 12", "Page 2 of 3".
func slideCounter(s string) bool {
	var fs [5]string
	f := fieldsOf(s, fs[:0], func(c byte) bool { return c == ' ' || c == '\n' })
	if len(f) == 4 {
		switch strings.ToLower(f[0]) {
		case "photo", "image", "picture", "slide", "page", "gallery", "item", "screenshot":
			f = f[1:]
		default:
			// "1 of 12 photos".
			switch strings.ToLower(f[3]) {
			case "photos", "images", "pictures", "slides", "pages", "items":
				f = f[:3]
			default:
				return false
			}
		}
	}
	return len(f) == 3 && (f[1] == "/" || f[1] == "of") && counterNumber(f[0]) && counterNumber(f[2])
}

// spanWords label a span of time in a fact box: "Days: 3".
var spanWords = map[string]bool{"days": true, "hours": true, "minutes": true, "seconds": true}

// maxCounterLine is the longest line counterLine looks at.
const maxCounterLine = 64

// counterWords are the words of a page's counters and relative stamps.
var counterWords = map[string]bool{"comments": true, "comment": true, "shares": true, "share": true,
	"likes": true, "views": true, "reads": true, "replies": true, "reactions": true, "min": true, "mins": true,
	"minute": true, "minutes": true, "read": true, "hour": true, "hours": true, "hr": true, "hrs": true,
	"day": true, "days": true, "second": true, "seconds": true, "ago": true, "h": true, "m": true, "d": true,
	// A live page's count of its entries: "Live updates · 4 new posts".
	"live": true, "updates": true, "new": true, "posts": true, "·": true, "•": true, "|": true,
	"watching": true, "reading": true, "auto-refresh": true, "autorefresh": true, "refresh": true,
	// A newsletter's or an account's audience: "31,200 subscribers".
	"subscribers": true, "followers": true,
	// A share bar's buttons named beside its counts: "Facebook X 8,383
	// shares 435 comments".
	"facebook": true, "x": true, "twitter": true, "whatsapp": true, "linkedin": true, "email": true,
	"post": true, "send": true,
	// A share bar's buttons with their counts: "Tweet (58)", "Pin 12",
	// "Printed 30 times".
	"tweet": true, "tweets": true, "pin": true, "pins": true, "like": true, "printed": true, "times": true,
	// An embedded post's counts: "2.4K likes 611 reposts".
	"reposts": true, "repost": true, "retweets": true, "quotes": true, "bookmarks": true, "saves": true, "plays": true,
	// The same on an English story of a site in another language.
	"delen": true, "reacties": true, "partager": true, "tweeter": true, "commentaires": true, "compartir": true,
	"comentarios": true, "teilen": true, "kommentare": true, "condividi": true, "commenti": true}

// counterLine reports whether s is nothing but a page counter or relative
// stamp: "Comments (12)", "1.2K shares", "Share 45", "1 hour", "3 hours
// ago", "5 min read". It needs a number and a counter word, and nothing
// else but parentheses and colons.
func counterLine(s string) bool {
	if w, _, ok := strings.Cut(s, ": "); ok && spanWords[strings.ToLower(w)] {
		// "Days: 3", "Hours: 40": a fact box's item, a span of time
		// labelled; a stamp gives its number first ("3 days ago").
		return false
	}
	if n, w, ok := strings.Cut(s, " "); ok && counterNumber(n) && strings.EqualFold(w, "responses") {
		// "544 responses": a page's count of readers' replies, alone
		// on its line; "Responses: 9,214" labels a story's figure.
		return true
	}
	// "Reading time: 2 minutes · 397 words": a reading time labelled,
	// and the story's length in words, which an edit changes.
	for _, l := range [...]string{"reading time:", "read time:"} {
		if hasPrefixFold(s, l) {
			s = s[len(l):]
			break
		}
	}
	num, word := false, false
	var fs [maxCounterLine/2 + 1]string
	for _, f := range fieldsOf(s, fs[:0], func(c byte) bool { return c == ' ' || c == '(' || c == ')' || c == ':' || c == '\n' }) {
		switch {
		case counterNumber(f):
			num = true
		case isCounterWord(f) || strings.EqualFold(f, "words"):
			word = true
		case hasPrefixFold(f, "reader"):
			// "389 reader comments", "readers' comments": whose the
			// count is; a counter word must still come.
		default:
			// "2h", "5m": a number glued to its unit.
			k := 0
			for k < len(f) && isDigit(f[k]) {
				k++
			}
			if k > 0 && k+1 < len(f) && f[k] == '-' {
				k++ // "2-minute read"
			}
			if k == 0 || !isCounterWord(f[k:]) {
				return false
			}
			num, word = true, true
		}
	}
	return num && word
}

// commentsCall reports whether s is a link to the readers' comments with
// their count: "Join the conversation (36 comments)", "Join the
// discussion (36)", "Show comments (12)", "See all 48 comments". The
// count grows with no news.
func commentsCall(s string) bool {
	for _, p := range commentCalls {
		if !hasPrefixFold(s, p) {
			continue
		}
		rest := s[len(p):]
		if rest == "" || rest[0] != ' ' && rest[0] != ':' && rest[0] != '(' {
			continue
		}
		rest = strings.TrimLeft(rest, " :")
		if (strings.Contains(rest, "omment") || strings.Contains(rest, "epl")) && counterLine(rest) {
			return true
		}
		// "Join the discussion (36)", "Reader comments (80)": the bare
		// count in brackets.
		n, ok := strings.CutPrefix(rest, "(")
		if n, ok2 := strings.CutSuffix(n, ")"); ok && ok2 && (strings.HasPrefix(p, "join") || strings.HasPrefix(p, "have") || strings.HasPrefix(p, "reader")) && counterNumber(n) {
			return true
		}
	}
	return false
}

// commentCalls open a link to the comments: "Join the conversation",
// "Have your say", "See all".
var commentCalls = []string{"join the conversation", "join the discussion", "join the debate", "have your say", "reader comments", "readers' comments", "view all", "see all",
	"read all", "show all", "view", "show", "see", "read"}

// isCounterWord reports whether w, in any case, is one of counterWords.
func isCounterWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return counterWords[string(buf[:len(w)])]
}

// fieldsOf appends to out the fields of the short line s, separated by the
// bytes sep reports, and returns out; it stops adding fields when out is
// full, so that it never allocates.
func fieldsOf(s string, out []string, sep func(byte) bool) []string {
	for i := 0; i < len(s); {
		for i < len(s) && sep(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !sep(s[j]) {
			j++
		}
		if j == i {
			break
		}
		if len(out) == cap(out) {
			// More fields than any counter has: a sentinel that matches
			// nothing keeps the count honest.
			out[len(out)-1] = "\x00"
			return out
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// counterNumber reports whether f is a counter's number: digits with
// separators, optionally abbreviated ("1.2K", "3M").
func counterNumber(f string) bool {
	if f == "" || !isDigit(f[0]) {
		return false
	}
	f = strings.TrimRight(f, "KkMm")
	for k := 0; k < len(f); k++ {
		if !isDigit(f[k]) && f[k] != ',' && f[k] != '.' {
			return false
		}
	}
	return true
}

// breadcrumb reports whether s is a navigation trail ("Home > World").
func breadcrumb(s string) bool {
	if strings.IndexByte(s, '>') < 0 && strings.IndexByte(s, '|') < 0 && strings.IndexByte(s, '/') < 0 {
		return false
	}
	if strings.Count(s, " > ") >= 2 || strings.Count(s, " / ") >= 3 {
		return !strings.ContainsAny(s[len(s)-1:], ".!?")
	}
	if strings.Count(s, " | ") >= 2 {
		return !strings.ContainsAny(s[len(s)-1:], ".!?") && !dataRow(s) && !markdownRow(s) && !figureRow(s) && !rankedRow(s)
	}
	return false
}

// figureRow reports whether s is a table's row flattened to a line, a
// label and figures between bars ("Sarrow Coast | 2,954 | 58"): most of
// its cells after the first are numbers. A trail names sections.
func figureRow(s string) bool {
	cells := strings.Split(s, " | ")
	nums := 0
	for _, c := range cells[1:] {
		c = strings.TrimSpace(strings.TrimRight(c, "%"))
		if c != "" && counterNumber(strings.TrimLeft(c, "+-−$£€")) {
			nums++
		}
	}
	return nums*2 >= len(cells)-1 && nums > 0
}

// markdownRow reports whether s is a row of a table written in Markdown,
// between pipes ("| Wenbury | 47 | 880 |"), as reader tools write a
// story's tables; a trail opens with no pipe.
func markdownRow(s string) bool {
	return strings.HasPrefix(s, "| ") && strings.Count(s, " |") >= 2
}

// rankedRow reports whether s, cells parted by " | ", is a ranked list's
// row, each item its place, a name and its reading ("The top 10: 1.
// Zurich 97.2 | 2. Vienna 96.8"): the story's figures, not a trail.
func rankedRow(s string) bool {
	items := 0
	for s != "" {
		cell, rest, _ := strings.Cut(s, " | ")
		s = rest
		if c := strings.LastIndex(cell, ": "); c >= 0 {
			cell = cell[c+2:]
		}
		k := 0
		for k < len(cell) && k < 3 && isDigit(cell[k]) {
			k++
		}
		if k == 0 || k > 2 || !strings.HasPrefix(cell[k:], ". ") {
			continue
		}
		f := strings.Fields(cell[k+2:])
		if len(f) >= 2 && counterNumber(strings.TrimRight(f[len(f)-1], "%")) {
			items++
		}
	}
	return items >= 2
}

// dataRow reports whether s, cells parted by " | ", is a row of the
// story's own figures, each cell a label and a figure ("Q3: 0.4% | Q2:
// 0.3% | Q1: 0.1%", "2024/25: £1,912 | 2025/26: £2,007"), not a trail
// of links. A cell's clock ("Updated: 14:05") is no story figure.
func dataRow(s string) bool {
	cells := 0
	for s != "" {
		cell, rest, _ := strings.Cut(s, " | ")
		s = rest
		c := strings.LastIndex(cell, ": ")
		if c < 0 {
			continue
		}
		f := strings.TrimLeft(cell[c+2:], "+-−$£€")
		if f == "" || !isDigit(f[0]) {
			continue
		}
		if k := strings.IndexByte(f, ':'); k > 0 && k <= 2 {
			continue
		}
		cells++
	}
	return cells >= 2
}

// junkFirstWords are the first words of junkPrefixes and junkExact.
var junkFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [][]string{junkPrefixes, junkExact} {
		for _, p := range list {
			w := p
			if k := strings.IndexByte(p, ' '); k >= 0 {
				w = p[:k]
			}
			m[w] = true
			m[strings.TrimRight(w, ".:")] = true
		}
	}
	return m
}()

// junkPrefixesAt holds junkPrefixes by their first byte, so that a
// sentence is compared only with the prefixes that open as it does.
var junkPrefixesAt = func() (t [256][]string) {
	for _, p := range junkPrefixes {
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

var junkPrefixes = []string{
	"listen \u00b7", "listen:", "climate data", "have your say:", "this story was originally published", "this article was originally published",
	"originally published", "it was updated ", "this story was updated at", "this article was updated at",
	"this page was updated at", "live: this story was updated", "live: this page was updated", "related stories from ", "more stories from ", "traffic and travel", "travel news:", "live traffic:", "live travel updates", "live travel:", "travel updates", "live traffic updates",
	"traffic updates", "next update in", "next update at", "image credit:", "photo credit:", "picture credit:", "reader poll:", "readers' poll:", "quick poll:", "poll:", "vote now:",
	"share this article", "share this story", "share this page", "share this live", "share this post",
	"share this fact check", "share this report", "share this video", "share this episode",
	"share on facebook", "share on twitter", "share on social media", "share on x", "share on linkedin", "share on whatsapp",
	"share via email", "click here to", "sign up for ", "sign up to ",
	"subscribe to our", "subscribe now", "subscribe for ", "subscribe today", "offer ends", "already a subscriber", "we use cookies", "this site uses cookies",
	"this website uses cookies", "accept all cookies", "accept cookies", "manage cookies",
	"cookie settings", "cookie policy", "skip to main content", "skip to content", "let us know you agree to cookies",
	"all quotes delayed", "our standards:", "read more:", "read:", "related coverage", "related story:", "related story ",
	"related articles", "related stories", "recommended stories", "most popular",
	"follow us on", "download our app", "copyright ", "(c) ", "\u00a9", "all rights reserved",
	// The publisher's company in the footer: "Registered in England No.
	// 01326251", "Company number 04521987".
	"registered in england", "registered in scotland", "registered in wales", "registered in northern ireland",
	"registered in ireland", "registered office", "company number ", "company no", "company registration",
	"image copyright", "image caption", "media caption", "getty images", "listen to this article",
	"advertisement", "sponsored content", "continue reading", "you may also like",
	"sponsored:", "promoted:", "paid content", "partner content", "paid post",
	"related:", "also read", "read also", "see also:", "recommended:", "trending:", "trending now",
	"more from", "popular:", "latest:", "top stories", "editor's picks", "editors' picks",
	"you might also like", "more on this story", "read next", "up next:", "watch next",
	"more stories", "more like this", "stories like this", "related news", "more coverage",
	"in this section:", "more in this section", "also in this section",
	// "Most read: Tarsova heatwave live (48,200 readers)".
	"most read:", "most viewed:", "most shared:", "most commented:", "newsletter:", "newsletters:",
	"share this:", "save this article", "save this story", "save for later",
	// A correction notice restates the figure the article got wrong;
	// the article's own figure is the fact.
	"correction:", "corrections:", "clarification:", "correction, ", "this article was amended", "this article has been amended",
	"this article was corrected", "this article has been corrected", "this article was updated to correct",
	"this story was amended", "this story has been amended", "this story was corrected",
	"this story has been corrected", "this story was updated to correct", "an earlier version of this",
	"a previous version of this", "an earlier version of the",
	// A wire story's note on what its update changed: "(Adds details in
	// paragraphs 4-6)", "(Recasts paragraphs 1-3)".
	"(adds ", "(recasts", "(updates ", "(corrects", "(rewrites", "(releads", "(refiles", "(writes through",
	"(changes ", "(fixes ", "(removes ", "(inserts ", "(clarifies", "(repeats ", "(combines", "(edits ",
	"(new throughout", "(overwrites", "(tops ", "(previous ", "(this story ", "(this version ", "(this article ",
	// The same notes to editors on a line of their own: "Eds: UPDATES
	// with new toll", "CORRECTS paragraph 4 to show 12,000 barrels".
	"eds:", "eds note", "editors:", "editors note", "editor's note:", "note to editors", "advisory:",
	"updates with ", "adds details", "adds quotes", "adds comment", "adds background", "corrects paragraph",
	"corrects figure", "corrects spelling", "corrects name", "corrects headline", "recasts with", "recasts to",
	"...more follows", "more follows", "…more follows",
	// An email newsletter's furniture, kept on its web copy: "View this
	// email in your browser", "Share the newsletter: you have 6
	// referrals", a sponsor's label.
	"view this email", "view in browser", "view this issue in", "forwarded this email", "was this email forwarded",
	"you are receiving this", "you're receiving this", "you received this", "unsubscribe", "update preferences",
	"update your preferences", "manage your subscription", "manage preferences", "share the newsletter",
	"share this newsletter", "share this issue", "refer a friend", "refer friends", "presented by", "sponsored by",
	"brought to you by", "this issue is brought to you", "today's sponsor", "today\u2019s sponsor",
	// A shopping or review site's boxes: "Reader offer: first 3 months
	// free", "Specs compared: H9 Pro vs H8 Pro".
	"reader offer", "special offer:", "exclusive offer:", "deals:", "today's deals", "today\u2019s deals",
	"specs compared", "compare specs", "price comparison:",
	// A science news page's citation of itself: "Citation: Ancient
	// genomes… (2026, November 19) retrieved 20 November 2026 from …".
	"citation:", "citable reference", "suggested citation", "cite this article", "how to cite",
	// A club site's next game and its fan poll: "Next fixture: Brindle
	// Town (H), Sat 29 Nov, 12.30pm".
	"next fixture", "next match:", "next game:", "upcoming fixture",
	"race starts in", "kick-off in", "countdown:",
	// A weather warning's issue stamp: "Issued at: 09:15 on Wed 4 Nov
	// 2026".
	"issued at:", "issued at ", "issued on:",
	// A market page's stamp: "Market data as of 16:30 GMT".
	"market data as of", "prices as of", "quotes as of", "data as of", "market data delayed",
	// A page's data download and a donation appeal: "Download the full
	// data (CSV, 2.1 MB)", "Support independent journalism: 3,412
	// readers donated this month".
	"download the full data", "download the data", "download the dataset", "download the full report", "download this ",
	"download data", "download csv", "download (",
	// A chart's or a table's credit: "Source: Ashford State Climate
	// Office drought monitor, map released Sept. 24, 2026, 3:45 p.m.".
	"source:", "sources:", "data source:",
	"support independent journalism", "support our journalism", "support the show", "support the podcast",
	"support local news", "support local journalism", "next meeting:", "next council meeting",
	// A department's e-mail alerts ("Get emails about this page") and
	// its press office's lines ("Press office: 020 7946 0712, 8am to 7pm
	// on weekdays").
	"get emails about", "get email alerts", "get email updates", "press office:", "press office telephone",
	"media enquiries", "press enquiries", "media contact:", "media contacts:", "press contact:", "out of hours:",
	// A listed company's page: "Investor Relations: Samuel Ober, +41 22
	// 718 44 50", "Next reporting: Q3 2026 - 21 October 2026".
	"investor relations:", "investor relations hotline", "media relations:", "investor contact:",
	"next reporting:", "next report:", "next results:", "next trading update:",
	// A sports page's schedule and a bookmaker's line: "Order of play,
	// Tuesday: … from 9am", "Race schedule, Sunday: reserve crews
	// 1.30pm", "Bet with Longacre Bet: Mehtani 9/2".
	"order of play", "race schedule", "bet with ", "latest results:", "live scores:",
	// A radio station's page around a bulletin's script: "Listen again
	// on Sounds", "Next bulletin at 9pm", "Duration: 0'45\"".
	"listen again", "listen live", "next bulletin", "more from this station", "comments are closed",
	"buy this photo", "buy this image", "buy a print", "buy prints",
	// A comparison site's pick and its price stamp: "Our top pick:
	// £24.34 a month", "Prices correct as of 1pm today."
	// A vessel tracker's lines: "AIS tracker: Selvara Spirit", "Last
	// position: 0.0N 20.4E, 14 min ago".
	// A results page's count meter: "Estimated % of vote counted: 93%".
	"estimated % of vote", "estimated % of expected vote", "% of expected vote counted", "% of vote counted:",
	"expected vote counted:", "est. vote counted", "estimated vote counted",
	"flight status:", "check flight status", "track your flight",
	// A situation report's dates: "Report date: 24 Nov 2026", "Next
	// report: 1 Dec 2026".
	"report date:", "next report:", "date of report:", "next update:", "reporting period:",
	// A West African page's exchange-rate line: "Naira rate today:
	// N770/$ (parallel)", "Cedi rate: GHS 12.45/$ (interbank)".
	"naira rate today", "naira rate:", "cedi rate today", "cedi rate:", "dollar rate today", "exchange rate today",
	"rate today:", "parallel market rate:", "black market rate:",
	// A map widget's count: "Nearby: 8 shops within 400m".
	"nearby:",
	// A launch page's video link: "Watch the webcast (1:52:52)".
	"watch the webcast", "watch the replay", "watch the launch", "watch the broadcast", "watch live:", "watch the livestream",
	// A farm page's price board: "Mandi prices today: Onion ₹2,350/qtl".
	"mandi prices today", "mandi rates today", "today's mandi", "mandi bhav",
	// An incident page's stamp: "Current as of 11/25/2026 9:48 PM".
	"current as of", "information current as of", "info current as of",
	// A data release's stamp: "Data correct as of 9am on 25 November".
	"data correct as of", "data correct at", "figures correct as of", "figures correct at", "information correct at",
	"information correct as of", "data correct to",
	// A motor racing page's table after the report: "Standings after
	// round 6: 1. Kettering 98 | 2. Okonjo-Reyes 87".
	"standings after round", "championship standings after round",
	// A recall notice's helpline and its hours: "Customer helpline: 0800
	// 662 1010 (Monday to Friday, 8am to 8pm)".
	"customer helpline", "helpline:", "consumer helpline:", "customer service:", "customer services:", "customer care:",
	"lines are open", "lines open ", "call us on",
	"ais tracker", "last position:", "last ais position", "vessel tracker:",
	"our top pick", "top pick:", "our pick:", "best buy:", "prices correct as of", "prices correct at",
	"prices were correct", "price correct as of", "get price alerts", "set a price alert",
	// A research release's embargo: "Embargoed until 16:00 GMT
	// 24-Nov-2026".
	"embargoed until", "embargoed:", "embargo:", "under embargo until", "strictly embargoed",
	// A fact-checker's and a travel site's calls to action.
	"have you seen a claim", "compare flights", "compare hotels", "fares found in", "reading time ",
	// A finance page's rates widget: "Today's best rates: 30-yr 6.71% |
	// 15-yr 5.98%".
	// An airport page's board and a fare offer: "Departures board\n07:05
	// NA431 Castellane Delayed", "Book now from £389".
	"departures board", "arrivals board", "departures:", "arrivals:", "book now from",
	"today's best rates", "today\u2019s best rates", "today's rates:", "today\u2019s rates:", "compare mortgage rates", "best rates:",
}

// sectionLabel reports whether l, lower-cased, opens with a label of
// links to a section's other stories: "more on streaming: …", "more on
// the election | …". The label's topic runs to three words at most.
func sectionLabel(l string) bool {
	if !strings.HasPrefix(l, "more on ") {
		return false
	}
	r := l[len("more on "):]
	for k, words := 0, 1; k < len(r) && words <= 3; k++ {
		switch r[k] {
		case ' ':
			if strings.HasPrefix(r[k:], " | ") {
				return true
			}
			words++
		case ':':
			return true
		case '.', ',', '!', '?':
			return false
		}
	}
	return false
}

// liveUpdate reports whether s, after a "Latest:" label, opens with the
// time of a live page's update ("11:05 - Police say…").
func liveUpdate(s string) bool {
	s = strings.TrimLeft(s, " ")
	return len(s) >= 4 && isDigit(s[0]) && (s[1] == ':' || s[1] == '.' || isDigit(s[1]) && (s[2] == ':' || s[2] == '.'))
}

var junkExact = []string{"share", "tweet", "email", "print", "comments", "menu", "search", "home",
	"more", "related", "advertisement", "ad", "close", "next", "previous", "top", "sign up", "subscribe",
	// A news app's controls, kept by the scraper: "Save", "Open in app".
	"save", "follow", "listen", "open in app", "show more", "read in app", "bookmark"}

// markTeaserGaps marks as junk a piece that no sentence ends between a
// run of links to other stories and more junk: a link cut from its list by
// a question mark ("Read more:Who are the 31 lawmakers who abstained?" | "Opinion: a
// retirement age of 66 is only the start" | "Share this article…").
// Article sentences end with a full stop; headlines of links do not.
func markTeaserGaps(n string, sents []Sentence) {
	teaser := false // the piece before is a run of links
	for k := 1; k < len(sents); k++ {
		s := &sents[k]
		prev := sents[k-1]
		teaser = prev.Junk && (teaser || startsTeaser(n[prev.Start:prev.End])) && !FactBoxHeading(n[s.Start:s.End])
		if s.Junk || !teaser || s.End-s.Start > 200 {
			continue
		}
		if numberedItem(n[s.Start:s.End]) || nextListNumber(n[prev.Start:prev.End], n[s.Start:s.End]) {
			// "5 takeaways from the count2.": an item of a numbered
			// list glued to the next one's number.
			s.Junk = true
			continue
		}
		if k+1 < len(sents) && !sents[k+1].Junk {
			// The text goes on: an article's sentence, unless a few
			// more headlines follow to the junk ("Read more:Ask Tony:
			// …pension?" then "I'm 61 with £240k saved: can I
			// retire?" then "Inheritance tax on pensions…" glued to a
			// rates box).
			if e := linkRunEnd(n, sents, k); e > k {
				for j := k; j < e; j++ {
					sents[j].Junk = true
				}
			}
			continue
		}
		if t := n[s.Start:s.End]; t[0] == '(' && t[len(t)-1] == ')' && len(t) < 40 && strings.IndexByte(t[1:], '(') < 0 {
			// "Why are medicines running short? (7 March 2024)": a
			// link's date, cut off from it by the question mark.
			s.Junk = true
			continue
		}
		switch n[s.End-1] {
		case '.', '!', '"', ')':
			continue
		case '\'':
			// A link's title may close a quote (openQuoteEnd).
			if !openQuoteEnd(n[s.Start:s.End]) {
				continue
			}
		}
		if strings.IndexByte(n[s.Start:s.End], '\n') >= 0 && (s.End >= len(n) || isWS(n[s.End])) {
			// Lines of their own: a heading or a caption. A link glued
			// to the junk after it ("Ferry fares up\n6%© Carrow…") is
			// only wrapped.
			continue
		}
		s.Junk = true
	}
}

// maxLinkRun is the most headlines markTeaserGaps takes in one run.
const maxLinkRun = 4

// linkRunEnd returns where a run of headlines from sents[k] ends, at the
// junk after it: up to maxLinkRun short pieces that no full stop ends,
// each a link's title. It returns k when junk does not follow.
func linkRunEnd(n string, sents []Sentence, k int) int {
	for e := k; e < len(sents) && e < k+maxLinkRun; e++ {
		s := sents[e]
		if s.Junk {
			return e
		}
		t := n[s.Start:s.End]
		if len(t) > 200 || strings.IndexByte(".!\"'", t[len(t)-1]) >= 0 {
			return k
		}
	}
	return k
}

// maxNoticeTail is the longest sentence markNoticeTail takes for the end
// of a correction notice, and noticeTailSentences how many it takes.
const (
	maxNoticeTail       = 120
	noticeTailSentences = 2
)

// clockTimes matches the clock of a notice's stamp: "Correction, 14:20:".
var clockTimes = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}\b`)

// markNoticeTail marks as junk the short sentences that finish an
// editor's correction notice in its paragraph: "Correction: An earlier
// version of this story said profit rose 18%. Profit rose 13%." The
// value they restate is the story's, revised in its own sentence; said
// again in the notice it is no fact added.
func markNoticeTail(n string, sents []Sentence) {
	for k := 0; k < len(sents); k++ {
		// A notice that names no figure ("overstated the fall") has
		// none to set right after it.
		if t := n[sents[k].Start:sents[k].End]; !sents[k].Junk || !noticeLabel(t) || !strings.ContainsAny(clockTimes.ReplaceAllString(t, ""), "0123456789") {
			continue
		}
		for j := k + 1; j < len(sents) && j <= k+noticeTailSentences; j++ {
			t := sents[j]
			if t.Junk || t.End-t.Start > maxNoticeTail || strings.IndexByte(n[sents[j-1].End:t.Start], '\n') >= 0 {
				break
			}
			sents[j].Junk = true
		}
	}
}

// markReleaseTail marks as junk a press release's tail: from its "ENDS"
// line or its "Notes to editors" on, the boilerplate about the issuer
// ("It has 85 staff and 1,200 volunteers"), which changes with no news.
func markReleaseTail(n string, sents []Sentence) {
	for k, s := range sents {
		if !releaseTail(n[s.Start:s.End]) {
			continue
		}
		for j := k; j < len(sents); j++ {
			sents[j].Junk = true
		}
		return
	}
}

// markComments marks as junk readers' comments under the story: from a
// comments heading ("Comments (143)", "84 comments", "Join the
// conversation") that a thread's controls follow within two pieces
// ("Sort by: Best | Newest", "wheelie_bin_wendy · 39 points · 7 hours
// ago", "Reply", "level 2") to the end. Commenters quote and dispute the
// story's figures; none is the story's. A counter alone beside the
// byline has no thread after it.
func markComments(n string, sents []Sentence) {
	for k, s := range sents {
		if s.End-s.Start > 40 || !commentsHeading(n[s.Start:s.End]) {
			continue
		}
		thread := false
		for j := k + 1; j < len(sents) && j <= k+2; j++ {
			if threadControl(n[sents[j].Start:sents[j].End]) {
				thread = true
				break
			}
		}
		if !thread {
			continue
		}
		for j := k; j < len(sents); j++ {
			sents[j].Junk = true
		}
		return
	}
}

// commentsHeading matches the heading of a comment section.
var commentsHeading = regexp.MustCompile(`(?i)^(?:(?:reader |readers' )?comments|discussion|join the (?:conversation|discussion)|have your say|conversation)\s*(?:\(\d[\d,]*\))?:?$|^\d[\d,.]*[kK]? (?:comments|replies)$`).MatchString

// threadControl matches a comment thread's controls or a comment's header.
var threadControl = regexp.MustCompile(`(?i)^(?:sort by\b|newest|oldest|best|top comments|reply$|report$|level \d+$|load more comments)|\d+ points? · |· \d+ points?\b`).MatchString

// releaseTail reports whether sentence s opens a press release's tail:
// "ENDS" (glued to what follows or not), "-ENDS-", "About Van Dael:".
// "Notes to editors" alone opens none: a department's notes state the
// announcement's own figures ("The average cost of repairing a pothole
// was £86"); after "ENDS" they are the tail already.
func releaseTail(s string) bool {
	if strings.HasPrefix(s, "ENDS") && (len(s) == 4 || !isLower(s[4]) && !isUpper(s[4]) || strings.HasPrefix(s[4:], "Note")) ||
		strings.HasPrefix(s, "-ENDS-") || strings.HasPrefix(s, "- ENDS -") {
		return true
	}
	return strings.HasPrefix(s, "About ") && aboutIssuer.MatchString(s)
}

// aboutIssuer matches the label of a press release's boilerplate about its
// issuer, "About Van Dael:", "About Northwind Energy Inc.", "About the
// Company", whose staff and founding year change with no news.
var aboutIssuer = regexp.MustCompile(`^About (?:the Company|(?:[A-Z][\p{L}&'.-]*\s){0,4}[A-Z][\p{L}&'.-]*(?:,? Inc\.?|,? Ltd\.?|,? plc|,? LLC)?)(?::|$)`)

// markGluedLinks marks as junk a piece between two junk pieces that ends
// with no sentence's closing mark and glues a lower-case letter to a
// capital inside: headlines of links run together ("Court reportsMan,
// 23, admits stabbing outside nightclubPensioner conned out of
// £40,000…") between a share bar and a "Most read" list.
func markGluedLinks(n string, sents []Sentence) {
	for k := 1; k+1 < len(sents); k++ {
		s := &sents[k]
		if s.Junk || !sents[k-1].Junk || !sents[k+1].Junk || s.End-s.Start > 300 {
			continue
		}
		t := n[s.Start:s.End]
		switch t[len(t)-1] {
		case '.', '!', '?', '"', '\'', ')', ':':
			continue
		}
		for i := 1; i < len(t); i++ {
			if isUpper(t[i]) && isLower(t[i-1]) {
				s.Junk = true
				break
			}
		}
	}
}

// markGluedWidget marks as junk a widget's line before the furniture
// that ends a page: a short label, a colon and figures, with no
// sentence's closing mark. Glued on both sides to what stands around it
// ("…spent in 2020.Money race: Carver governor - Ruiz $12.1m, Abbott
// $9.8mRelated coverage…"), or a strip of results parted by " | " under
// one label ("Results: Men - 1 Kessio 2:05:41, 2 Ondale 2:06:19 | Women
// - 1 Solberg 2:19:47"), it is furniture; a row of the story's table
// labels every cell ("Oct: £1.9bn | Sep: £1.4bn") or numbers it ("The top
// five: 1. Velport 97.4 | 2. Dunmere 96.9") and stays.
func markGluedWidget(n string, sents []Sentence) {
	for k := 1; k+1 < len(sents); k++ {
		s := &sents[k]
		if s.Junk || !sents[k+1].Junk || s.End-s.Start > 300 {
			continue
		}
		t := n[s.Start:s.End]
		if strings.IndexByte(".!?\"')", t[len(t)-1]) >= 0 || !isUpper(t[0]) || !strings.ContainsAny(t, "0123456789") {
			continue
		}
		c := strings.IndexByte(t, ':')
		if c < 0 || c > 30 || strings.Count(t[:c], " ") > 3 || factBoxOpens(t) {
			continue
		}
		table := strings.Contains(t, " | ")
		results := table && strings.Count(t, ": ") == 1 && !rankedRow(t)
		glued := s.Start > 0 && !isWS(n[s.Start-1]) && s.End < len(n) && !isWS(n[s.End]) && s.End-s.Start <= 200
		if results || glued && !table {
			s.Junk = true
		}
	}
}

// priceCell matches a cell of a page's price board: a name ("Spodumene
// SC6", "Lithium carbonate (spot)", "Coking coal (FOB)"), a level with its currency and unit
// ("US$1,022/t", "118.2", "60%") and a move after it ("(-0.5%)",
// "+0.3%").
var priceCell = regexp.MustCompile(`^[A-Z][A-Za-z0-9&'./ -]{0,40}?(?: \([A-Za-z ]+\))? (?:[A-Z]{1,3})?[$£€¥]?[0-9][0-9,]*(?:\.[0-9]+)?(?:/[a-z]{1,5}|%|[cp])?(?: \(?[+\-−][0-9]+(?:\.[0-9]+)?%\)?)?$`)

// priceBoard reports whether s is a row of a page's price board, cells
// parted by " | " with no sentence's closing mark, one of them a price
// at least: "Lithium carbonate (spot) US$10,910/t | Spodumene SC6
// US$1,022/t", "Rough Price Index 118.2 (-0.5%) | Polished Index 96.3
// (+0.3%)". A story's table labels its cells with a colon ("Oct: £1.9bn
// | Sep: £1.4bn") or numbers them, and is no board.
func priceBoard(s string) bool {
	if len(s) > 240 || !strings.Contains(s, " | ") {
		return false
	}
	priced := false
	for _, c := range strings.Split(s, " | ") {
		c = strings.TrimSpace(c)
		if !priceCell.MatchString(c) {
			return false
		}
		priced = priced || strings.ContainsAny(c, "$£€¥%/")
	}
	return priced
}

// markPriceBoards marks as junk a price board's row standing between the
// story and the furniture after it (see priceBoard): its prices move with
// each visit, and the story's own figures stand in its sentences.
func markPriceBoards(n string, sents []Sentence) {
	for k := range sents {
		s := &sents[k]
		if s.Junk || k+1 < len(sents) && !sents[k+1].Junk || !priceBoard(n[s.Start:s.End]) {
			continue
		}
		s.Junk = true
	}
}

// rateRow matches a rate board's row: a provider, its product and the
// rate or price after a dash, "Ashby Vale BS 2-yr fix – 4.34%".
var rateRow = regexp.MustCompile(`^[A-Z][\w&'. /-]{2,60} (?:-|\x{2013}|\x{2014}) [£$\x{20ac}]?\d[\d.,]*%?$`)

// cellRateRow matches a price board's row read from a table, its cells
// parted by semicolons: "Urea; £420/t", "DAP; £515/t; ▲ 2.1%".
var cellRateRow = regexp.MustCompile(`^[A-Z][\w&'. /()-]{0,40}; (?:(?:[A-Z]{1,3} ?)?[£$\x{20ac}\x{a5}]?\d[\d.,]*(?:/[a-z]{1,5}|%|[cp])?(?:; [\x{25b2}\x{25bc}+\-\x{2212}]? ?\d[\d.]*%)?|\d{1,3} ?(?:mins?|minutes|hrs?))$`)

// refreshedLine matches a live board's closing clock: "Refreshed 08:37.",
// "Updated 16:05".
var refreshedLine = regexp.MustCompile(`^(?i:refreshed|updated|last updated):? \d{1,2}[:.]\d{2}\.?$`)

// indexRow matches an index's level and its move over a board's rows:
// "389.2 ▲ 4.4%".
var indexRow = regexp.MustCompile(`^\d[\d.,]* ?[\x{25b2}\x{25bc}] ?[+\-\x{2212}]?\d[\d.]*%$`)

// sourceStamp matches the line under a board of live figures that says
// where and when they were taken: "Figures from RateScout, 14:05 today."
var sourceStamp = regexp.MustCompile(`(?i)^(?:figures|data|rates|prices|quotes|source)(?: from|:) [^.]{1,60}, \d{1,2}[:.]\d{2} ?(?:[ap]m)? ?(?:today|gmt|bst|et|utc)?\.?$`)

// markRateBoards marks as junk a board of rates or prices: two rows or
// more (rateRow) and the stamp under them (sourceStamp), whose figures
// move with every visit. Rows without such a stamp may be the story's
// own box of key figures, and stay.
func markRateBoards(n string, sents []Sentence) {
	for k := range sents {
		s := &sents[k]
		if s.End-s.Start > 100 || strings.IndexByte("FfDdRrPpQqSsAaUuLl", n[s.Start]) < 0 || !sourceStamp.MatchString(n[s.Start:s.End]) && !asOfLine(n[s.Start:s.End]) && !refreshedLine.MatchString(n[s.Start:s.End]) {
			continue
		}
		// before returns the sentence before j, or "" where there is
		// none or it is junk already.
		before := func(j int) string {
			if j == 0 || sents[j-1].Junk {
				return ""
			}
			return n[sents[j-1].Start:sents[j-1].End]
		}
		j := k
		for r := before(j); r != "" && (rateRow.MatchString(r) || cellRateRow.MatchString(r)); r = before(j) {
			j--
		}
		if k-j < 2 {
			continue
		}
		if indexRow.MatchString(before(j)) {
			j-- // the board's index over its rows: "389.2 ▲ 4.4%"
		}
		for ; j <= k; j++ {
			sents[j].Junk = true
		}
	}
}

// nextListNumber reports whether s ends in the list number after the one
// prev ends in: "…Most read1." then "New station to open in 20262.", where
// the item's own last digit would hide the number from numberedItem.
func nextListNumber(prev, s string) bool {
	e := len(prev) - 1
	if e < 1 || prev[e] != '.' {
		return false
	}
	// The number may have one digit or two, and a digit of the item may
	// stand before it: try both.
	for d := e - 1; d >= 0 && e-d <= 2 && isDigit(prev[d]); d-- {
		num, _ := strconv.Atoi(prev[d:e])
		if strings.HasSuffix(s, strconv.Itoa(num+1)+".") {
			return true
		}
	}
	return false
}

// numberedItem reports whether s ends in a list number glued to its last
// word, as items of a scraped numbered list do: "Rents jump again3.",
// "Rail fares to rise 4%3.".
func numberedItem(s string) bool {
	e := len(s)
	if e < 3 || s[e-1] != '.' {
		return false
	}
	d := e - 1
	for d > 0 && e-1-d < 2 && isDigit(s[d-1]) {
		d--
	}
	return d < e-1 && d > 0 && (isLetter(s[d-1]) || s[d-1] == '%' || s[d-1] == ')')
}

// startsTeaser reports whether s opens with a teaser label: "Read more:",
// "Related", "More from".
func startsTeaser(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, l := range teasersAt(s[0], s[1]) {
		if prefixAnySpace(s, l) {
			return true
		}
	}
	return false
}

// liveBoard reports whether s heads a live board of traffic, its
// place or ship named after it: "Live departures - Wexmoor (WXM)", "AIS
// tracker: Orla Bay". The board lists a flight a line ("11:30  BW611
// Eskerholm  Delayed 14:35") or a ship's speed and course, which change
// by the minute.
func liveBoard(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.IndexByte("lLdDaAvVsS", s[0]) < 0 {
		return false // most sentences, cheaply
	}
	h := strings.ToLower(s)
	if strings.ContainsAny(h, "0123456789.") {
		return false
	}
	for _, p := range []string{"live departures", "live arrivals", "departures board", "arrivals board", "departures", "arrivals",
		// A ship's live position: "AIS tracker: Orla Bay", then "Speed
		// 0.4 kn · Course 212°".
		"ais tracker", "vessel tracker", "ship tracker"} {
		if rest, ok := strings.CutPrefix(h, p); ok && (rest == "" || rest == ":" ||
			(strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, ": ")) && strings.Count(rest, " ") <= 5) {
			return true
		}
	}
	return false
}

// markLinkLists marks as junk the numbered headlines listed under a
// page's "Most read" or "Trending" heading ("1. Storm kills 3 in the
// south"): links to other stories, which change from one scrape to the
// next.
func markLinkLists(n string, sents []Sentence) {
	inList, afterMarker := false, false
	want := 0 // the number the list's next item takes, once known
	for k := range sents {
		s := &sents[k]
		text := n[s.Start:s.End]
		next := trailingListNumber(text)
		if inList && next > 0 {
			want = listNumber(text, next) + 1
		}
		switch nl := strings.LastIndexByte(text, '\n'); {
		case FactBoxHeading(text):
			// "Key facts" after "Read more" links: the box that
			// follows holds the story's figures.
			inList = false
		case linkListHeading(text):
			s.Junk = true
			inList = true
		case nl > 0 && len(text)-nl <= 20 && endsWithListHeading(text):
			// "Related: Five-a-side league celebrates its 25th
			// season\nMost read": the list's heading alone on the last
			// line of what stands before it, its items after. In a list
			// already ("Related" on its own line before), the lines
			// before the heading are that list's links.
			if inList {
				s.Junk = true
			}
			inList = true
		case headedLinks(text):
			// "Announcements\n15 Jan 2026 - Investor Webinar\n…": the
			// heading and its links, no full stop between them.
			s.Junk = true
			inList = true
		case next > 0 && (linkListHeading(lastField(strings.TrimSpace(text[:len(text)-next]))) || endsWithListHeading(text[:len(text)-next])):
			// "Most read: 1.": the heading and its first item's number,
			// maybe the last field of a bar of furniture ("Tags: frost
			// | 2,377 shares | Most read: 1.").
			s.Junk = true
			inList, afterMarker = true, true
			want = listNumber(text, next) + 1
			continue
		case inList && want > 0 && endsWithNumber(text, want):
			// "Score 10/102.", "…apprentices is over 403.": the next
			// item's number glued to a figure ending the item, told by
			// the count the list has reached.
			s.Junk = true
			afterMarker = true
			want++
			continue
		case inList && listMarker(text):
			// "1." split off as a sentence of its own: its item follows.
			s.Junk = true
			afterMarker = true
			continue
		case inList && (afterMarker || listItem(text) || linkLine(text) || next > 0 || linkLines(text)):
			s.Junk = true
			if next > 0 {
				// "Ferry strike called off2.": the item ends with the
				// next one's number; the next sentence is that item.
				afterMarker = true
				continue
			}
		default:
			inList, want = false, 0
		}
		afterMarker = false
	}
}

// listNumber returns the item number that trailingListNumber found
// ending s in its last size bytes ("2." of "…called off2."), or 0.
func listNumber(s string, size int) int {
	v, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(s[len(s)-size:], ".")))
	if err != nil {
		return 0
	}
	return v
}

// endsWithNumber reports whether s ends with the number want and a full
// stop glued to what stands before it: "over 403." for 3.
func endsWithNumber(s string, want int) bool {
	suf := strconv.Itoa(want) + "."
	if !strings.HasSuffix(s, suf) || len(s) <= len(suf) {
		return false
	}
	c := s[len(s)-len(suf)-1]
	return isDigit(c) || isLetter(c) || c == '%' || c == ')'
}

// factBoxOpens reports whether s opens with the heading of a box of the
// story's own figures, glued or not: "By the numbers- 22.3%: pupils…".
func factBoxOpens(s string) bool {
	l := strings.ToLower(s)
	for _, h := range factBoxHeadings {
		if strings.HasPrefix(l, h) {
			return true
		}
	}
	return false
}

// lastField returns what follows the last " | " in s, or s.
func lastField(s string) string {
	if k := strings.LastIndex(s, " | "); k >= 0 {
		return strings.TrimSpace(s[k+3:])
	}
	return s
}

// trailingListNumber returns the length of the next item's number that
// ends s after a space ("… (8,211 views) 2.") or glued to a scraped
// headline's last word ("Ferry strike called off2."), or 0.
func trailingListNumber(s string) int {
	e := len(s) - 1
	if e < 2 || s[e] != '.' {
		return 0
	}
	d := e
	for d > 0 && e-d < 2 && isDigit(s[d-1]) {
		d--
	}
	if d == e || d == 0 || s[d-1] != ' ' && !isLower(s[d-1]) {
		return 0
	}
	if s[d-1] != ' ' {
		return len(s) - d
	}
	// "…the fund ran out by October 19.", "…rose to 12.": a date's day
	// or the sentence's own figure, not the next item's number.
	w := d - 1
	for w > 0 && isLetter(s[w-1]) {
		w--
	}
	if prev := strings.ToLower(s[w : d-1]); calendarKind(prev) == 'm' || continuesLine[prev] {
		return 0
	}
	return len(s) - d + 1
}

// endsWithListHeading reports whether s ends with the heading of a list
// of links glued after other furniture: "Related stories:… two more
// yearsMost read".
func endsWithListHeading(s string) bool {
	l := strings.ToLower(strings.TrimRight(s, ": "))
	for _, h := range [...]string{"most read", "most popular", "most viewed", "most shared", "trending now", "popular now",
		"top stories"} {
		if strings.HasSuffix(l, h) {
			return true
		}
	}
	return false
}

// popularHeading reports whether the line s is the heading of a list of
// a site's most read stories ("Most read", "Trending now"), which never
// heads the story's own list the way "Key events" may.
func popularHeading(s string) bool {
	return len(s) <= 30 && endsWithListHeading(s) && linkListHeading(s)
}

// FactBoxHeading reports whether s heads a box of the story's own
// figures: "Key facts", "At a glance", "In numbers".
func FactBoxHeading(s string) bool {
	if len(s) > 40 {
		return false
	}
	l := strings.TrimRight(strings.ToLower(s), ": ")
	if rest, ok := strings.CutSuffix(l, " at a glance"); ok && rest != "" && strings.Count(rest, " ") <= 2 &&
		!strings.HasPrefix(rest, "market") && !strings.ContainsAny(rest, "0123456789") {
		// "Mission at a glance", "The storm at a glance"; "Markets at a
		// glance" is a board of live prices.
		return true
	}
	for _, h := range factBoxHeadings {
		if l == h {
			return true
		}
		// "Key stats: Dunmere", "Key facts - the storm": the box's
		// subject after its kind.
		if rest, ok := strings.CutPrefix(l, h); ok && (strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ")) &&
			!strings.ContainsAny(rest, "0123456789") {
			return true
		}
	}
	return false
}

// factBoxHeadings head a box of the story's own figures.
var factBoxHeadings = []string{"key facts", "key points", "at a glance", "in numbers", "the numbers", "fact box", "factbox",
	"key figures", "by the numbers", "what we know", "key stats", "key statistics", "key numbers", "key data",
	"fast facts", "quick facts", "facts and figures", "in figures", "the stats"}

// listMarker reports whether s is nothing but a list number ("1.", "2)").
func listMarker(s string) bool {
	k := 0
	for k < len(s) && k < 3 && isDigit(s[k]) {
		k++
	}
	return k > 0 && k+1 == len(s) && (s[k] == '.' || s[k] == ')')
}

// linkListHeading reports whether s heads a list of links to other
// stories.
func linkListHeading(s string) bool {
	if len(s) <= 60 && liveBoard(s) {
		return true
	}
	if len(s) > 30 {
		return false
	}
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ") // a heading wrapped: "Most\nread"
	}
	h := strings.TrimRight(strings.ToLower(s), ": ")
	switch h {
	case "most read", "most popular", "most viewed", "most shared", "trending", "trending now", "top stories",
		"related stories", "more stories", "recommended", "latest news", "latest", "read more", "popular now",
		"you may also like", "editor's picks", "more from this section", "more on this story", "related",
		"related links", "related articles", "related coverage", "you might also like", "in other news",
		"key events", "traffic and travel", "travel news", "recommended for you", "read next", "more to read", "what to read next",
		"trending stories", "top stories today", "most popular stories", "go deeper", "recommended stories",
		"recommended articles", "related news", "more news", "latest stories", "popular stories", "popular articles", "trending tickers",
		"related fact checks", "more fact checks", "latest fact checks",
		// A wire site's links after the credits: "Read also", then
		// "In pictures: 500 days at the border".
		"read also", "also read", "see also", "also on", "further reading", "related reading", "more coverage",
		"you may have missed", "in case you missed it", "don't miss", "must read", "more on this topic",
		// A listed company's filings: "Announcements", then "15 Jan 2026
		// - Investor Webinar".
		"announcements", "latest announcements", "recent announcements", "company announcements",
		"asx announcements", "market announcements", "press releases", "latest press releases", "news releases",
		"financial calendar", "investor calendar", "events calendar", "upcoming events", "corporate calendar",
		// A sports page's strip under the story: "Live scores", then
		// "Order of play, Tuesday: … from 9am", "Latest results: …".
		"live scores", "latest scores", "latest results", "order of play", "fixtures", "upcoming fixtures",
		// A property site's listings beside the story: "2 bed cottage,
		// Upton - £265,000".
		"homes for sale near you", "homes for sale", "property for sale", "properties for sale", "featured properties",
		// A markets page's board: "Markets at a glance", then "Dow
		// 43,104 +467 +1.08%".
		"markets at a glance", "market data", "market snapshot", "market movers", "markets overview", "market overview",
		// A court page's coming hearings: "Court lists", then "Monday 5
		// August - Kelbridge Magistrates' Court, from 10am".
		"court lists", "court list", "next hearings", "upcoming hearings",
		"mortgage calculator", "calculator":
		return true
	}
	// "Metal prices", "Live commodity prices", "Best savings rates": a
	// board of prices, a line each ("Gold A$3,715/oz", "One-year fix:
	// Kestrel Bank 4.21%").
	if (strings.HasSuffix(h, " prices") || strings.HasSuffix(h, " rates")) && strings.Count(h, " ") <= 2 {
		// Named by what is priced or how, not a headline ("Bank cuts
		// rates").
		w, _, _ := strings.Cut(h, " ")
		return boardWords[w]
	}
	// "Related: how to cut your bills": the links' topic after the
	// label; "Compare energy deals": a partner's offers, a line each.
	if t, ok := strings.CutPrefix(h, "related: "); ok && strings.Count(t, " ") <= 6 && !strings.ContainsAny(t, "0123456789") {
		return true
	}
	if compareOffer(h + ":") {
		return true
	}
	// "Related investigations", "Related reports": what the links
	// are, in a word or two.
	if strings.HasPrefix(h, "related ") && strings.Count(h, " ") <= 2 && !strings.ContainsAny(h, "0123456789") {
		return true
	}
	// "More from Sport", "More in Business": a section's links;
	// "Related stories from the Varrick County Record".
	if strings.HasPrefix(h, "related stories from ") || strings.HasPrefix(h, "more stories from ") {
		return true
	}
	for _, p := range []string{"more from ", "more in ", "most read in ", "most popular in ", "latest in ", "read more "} {
		if strings.HasPrefix(h, p) && strings.Count(h, " ") <= 4 {
			return true
		}
	}
	// "More court news", "Latest business news": a section's links.
	if (strings.HasPrefix(h, "more ") || strings.HasPrefix(h, "latest ")) && strings.HasSuffix(h, " news") && strings.Count(h, " ") <= 3 {
		return true
	}
	return false
}

// boardWords open the heading of a board of prices or rates.
var boardWords = setOf("metal", "metals", "commodity", "commodities", "live", "best", "spot", "today's", "today\u2019s",
	"latest", "fuel", "energy", "market", "savings", "mortgage", "exchange", "currency", "crypto", "stock", "share",
	"oil", "gold", "grain", "grains", "farm", "softs", "crop", "livestock", "dairy")

// headedLinks reports whether s is a heading of links to other pages on
// its first line and the links on the lines after it.
func headedLinks(s string) bool {
	k := strings.IndexByte(s, '\n')
	if k <= 0 || !linkListHeading(strings.TrimSpace(s[:k])) {
		return false
	}
	for _, l := range strings.Split(s[k+1:], "\n") {
		if l = strings.TrimSpace(l); l != "" && !linkLine(l) {
			return false
		}
	}
	return true
}

// linkLine reports whether s could be an unnumbered link in a list: a
// headline, which no full stop ends.
func linkLine(s string) bool {
	if len(s) > 150 || s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!':
		return false
	case '"', '\'':
		return openQuoteEnd(s)
	}
	return true
}

// openQuoteEnd reports whether s, ending in a quote mark, closes a quote
// with no stop inside it, as a headline does ("Owner says secret is
// 'talking to it'"), where a sentence closes one after its stop ("'We
// open at 8am.'").
func openQuoteEnd(s string) bool {
	return len(s) >= 2 && strings.IndexByte(".!?,", s[len(s)-2]) < 0
}

// linkLines reports whether s is headlines of links on lines of their
// own, which no full stop ended and so no sentence split.
func linkLines(s string) bool {
	if strings.IndexByte(s, '\n') < 0 {
		return false
	}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !linkLine(l) {
			return false
		}
	}
	return true
}

// listItem reports whether s opens with a list number ("1. ", "2) ").
func listItem(s string) bool {
	k := 0
	for k < len(s) && k < 3 && isDigit(s[k]) {
		k++
	}
	return k > 0 && k+1 < len(s) && (s[k] == '.' || s[k] == ')') && s[k+1] == ' '
}

// stampLineIn returns the bounds of the first line of n[s:e] that is a
// stamp (stampLine), or e, e when there is none.
func stampLineIn(n string, s, e int) (int, int) {
	for a := s; a < e; {
		b := a + strings.IndexByte(n[a:e], '\n')
		if b < a {
			b = e
		}
		// The line after it opens a sentence of its own: a stamp's
		// year wrapped onto the next line ("6 May\n2025Ministers…")
		// leaves its pieces to the rules for glued text.
		ends := b == e || isUpper(n[b+1])
		// A byline's stamp with the page's view count over the lead
		// counts as one too (see viewsLine).
		if b-a <= maxStampLine && ends && (stampLine(n[a:b]) || b < e && a == s && viewsLine(n[a:b])) {
			return a, b
		}
		// "by Ilse Marten - updated 10:18, 3 Nov Crew shortages…": a
		// stamp opening the line, the lead run on after a space.
		if c := stampPrefix(n[a:b]); c > 0 {
			return a, a + c
		}
		// "…reach 45C.From our correspondent in Innsfeld - 12.05.2025,
		// 11:03", "…of its length.by Aoife Brennan - updated 10:18, 5
		// May": a stamp glued after a full stop, ending the line or
		// before the next sentence; or run on after one and a space,
		// its "by" in lower case ("…to 212,000. by Ilse Marten…").
		for g := a + 1; g+1 < b; g++ {
			k := strings.IndexByte(n[g:b-1], '.')
			if k < 0 {
				break
			}
			if g += k; isWS(n[g-1]) {
				continue
			}
			h := g + 1
			if n[h] == ' ' && strings.HasPrefix(n[h:b], " by ") {
				h++
			}
			if !isLetter(n[h]) {
				continue
			}
			if b-h <= maxStampLine && ends && (stampLine(n[h:b]) || pipeStamp(n[h:b])) {
				return h, b
			}
			if c := stampPrefix(n[h:b]); c > 0 {
				return h, h + c
			}
		}
		a = b + 1
	}
	return e, e
}
