package textnorm

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture glued into the text by scrapers: a comment or share
// counter between a headline and the first sentence ("pay rowComments
// (204)Bus drivers at…"), a publication stamp glued to the headline before
// it and, by its AM or PM, to the first sentence after it ("burglaries
// risePublished 9:12 AMThieves broke into…"). splitGlued cuts such a
// sentence where the glue is, so that the furniture stands alone (and is
// marked junk) and the glued word after it starts its sentence again.

// splitGlued appends sentence s to out, cut at glued furniture, each piece
// passed on to splitJunk.
func splitGlued(n string, s Sentence, out []Sentence) []Sentence {
	for e := adLabel(n[s.Start:s.End]); e > 0; e = adLabel(n[s.Start:s.End]) {
		// "Advertisement - scroll to continue readingHealthcare
		// remained…", "AdvertisementContinue reading the main
		// storyThe…": an advertisement's labels glued to the sentence
		// after them.
		out = appendSentence(n, out, Sentence{Start: s.Start, End: s.Start + e, Junk: true})
		s.Start += e
	}
	start := s.Start
	inList := false   // inside a list of figures glued item to item
	inTicker := false // inside a market ticker glued item to item
	for i := s.Start; i < s.End; i++ {
		c := n[i]
		if i > start && n[i-1] == '%' && (isUpper(c) || isDigit(c) && inTicker) {
			// "8,231.4 +1.2%Estmark 250 20,614.9 +0.8%GBP/USD…": a
			// market ticker's items, each a name, a level and a change
			// glued to the next, are junk, from the first glued to the
			// stamp before it ("updatedEstmark 100 8,152.7 +0.4%").
			// What follows may be furniture too: "%Most read…".
			if t := tickerStart(n, start, i, inTicker); t >= 0 {
				if t > start {
					out = splitJunk(n, Sentence{Start: start, End: t}, out)
				}
				out = appendSentence(n, out, Sentence{Start: t, End: i, Junk: true})
				inTicker, start = true, i
			}
		}
		if inTicker && isUpper(c) && !isWS(n[i-1]) && i > start {
			// "EUR/GBP 0.8402Related articles": the ticker's last item,
			// without a change, glued to the furniture after it.
			if tickerRun(n[start:i], false) {
				out = appendSentence(n, out, Sentence{Start: start, End: i, Junk: true})
				start = i
				continue
			}
		}
		if isDigit(c) && i-start >= 3 && isLower(n[i-1]) {
			// "By Tom Allardyce, Westminster correspondent5 June
			// 2025Related topics": a day-first date glued to the byline,
			// up to the end or to a capital glued to its last digit.
			if e := dayFirstDate(n, i, s.End); e > i {
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
				out = appendSentence(n, out, Sentence{Start: i, End: e, Junk: true})
				start = e
				i = e - 1
				continue
			}
			// "Ballot result:14,800 members balloted61% turnout87%
			// voted yes": a list of figures, its items glued, each
			// opening with its figure.
			if isLower(n[i-2]) && isLower(n[i-3]) && (inList || gluedList(n[start:i])) {
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
				start, inList = i, true
				continue
			}
		}
		// "…1.2K shares🔴 LIVE · 4m — UPDATE: …": an emoji glued to the
		// text before it opens the next piece, as a capital does.
		emoji := c == 0xF0 && i+1 < s.End && n[i+1] == 0x9F
		if !isUpper(c) && !emoji {
			continue
		}
		if i-start > 9 && isDigit(n[i-1]) && folioBefore(n[start:i]) {
			// "…NEWS • Friday, November 27, 2026 • A1Three of the
			// injured…": a printed page's running head glued to the
			// sentence after it.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
			continue
		}
		if i-start > 9 && n[i-1] == ')' && updatedBracket(n[start:i]) {
			// "Eastbridge News - Saturday, 22:05 (updated)Insurgents
			// ambush…": a stamp glued to the headline after it.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
			continue
		}
		p := byte(' ')
		if i > start {
			p = n[i-1]
		}
		if strings.IndexByte("CSLVRPUMFDTKH", c) >= 0 {
			glue := glueSpace
			switch {
			case i == start:
				glue = glueStart
			case isLower(p):
				glue = glueWord
			case !isWS(p):
				glue = glueStart // after a digit, a bracket, a quote
			}
			// A counter label glued to the word before it, opening a
			// piece, or glued to the sentence after it: "rowComments
			// (204)", "Comments: 17Residents", "row Comments (204)Bus".
			if e, ok := gluedCounter(n, i, s.End, glue); ok {
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
				out = appendSentence(n, out, Sentence{Start: i, End: e, Junk: true})
				start = e
				i = e - 1
				continue
			}
			if i > start && !isWS(p) && stampLabel(n, i, s.End) {
				// "risePublished 9:12 AM": the stamp starts a piece.
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
				start = i
				continue
			}
		}
		if i == start || !isWS(p) {
			// "burglaries riseMarch 4, 2026Thieves broke in": a page's
			// date glued between headline and sentence. Opening a
			// sentence, the date must be glued to the next one.
			if e := gluedDate(n, i, s.End, i == start); e > i {
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
				out = appendSentence(n, out, Sentence{Start: i, End: e, Junk: true})
				start = e
				i = e - 1
				continue
			}
		}
		if i > start && isLower(p) {
			// "pay row 204 CommentsBus drivers": a counter written number
			// first, glued to the next sentence.
			if c0 := counterBefore(n, i, start); c0 >= 0 {
				out = splitJunk(n, Sentence{Start: start, End: c0}, out)
				out = appendSentence(n, out, Sentence{Start: c0, End: i, Junk: true})
				start = i
				// What follows may be glued furniture too: "117
				// commentsLocal eventsMon 5 May…".
			}
		}
		if e := gluedDownload(n, i, start, s.End); e > 0 {
			// "…was 7C.Download the interim bulletin (PDF, 3.1
			// MB)Safety recommendations: 2": a file's link glued
			// between the story and what follows.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			out = appendSentence(n, out, Sentence{Start: i, End: e, Junk: true})
			start = e
			i = e - 1
			continue
		}
		if gluedTeasers(n, i, s.End) {
			// "…6pm.Read moreLowick mum's bake sale raises £2,000Most
			// popular1Pupils fall ill…": links to other stories glued
			// to the article's end, junk to the end of the piece.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			out = appendSentence(n, out, Sentence{Start: i, End: s.End, Junk: true})
			start = s.End
			break
		}
		if i > start && (isLower(p) || isDigit(p)) && gluedDateline(n, i, s.End) {
			// "slick spreads 30 kmPUERTO ALTO (Wire) - A tanker…": the
			// headline ends where the dateline starts.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
			continue
		}
		if i > start && isLower(p) && dayMonthBefore(n, i, start) && stampPiece(n[start:i]) {
			// "22 May 2026, updated 23 MayBeekeepers lose…": a stamp's
			// day and month glued to the headline after it.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
			continue
		}
		if i > start && (c == 'C' || c == 'E') && isLower(p) && noticeLabel(n[i:s.End]) {
			// "Science reporterCorrection, 14:20: an earlier version…":
			// a correction notice glued to the byline starts a piece.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
			continue
		}
		if i > start && i+1 < s.End && isLower(n[i+1]) && (isLetter(p) && clockSuffixBefore(n, i, start) || isDigit(p) && stampDigitsBefore(n, i, start)) {
			// "9:12 AMThieves", "10:41 pm ETPolice", "March 4,
			// 2026Thieves", "09:12Thieves": a new sentence.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
		}
		if (i == start || !isWS(p)) && (c == 'U' || c == 'R' || c == 'C' || c == 'E' || c == 'W') {
			// "By Freya LindqvistUPDATE 1-Dunmark unveils…": a wire
			// story's slug, glued to the byline before it and to the
			// headline after it, is furniture.
			if e := wireSlug(n[i:s.End]); e > 0 {
				if i > start {
					out = splitJunk(n, Sentence{Start: start, End: i}, out)
				}
				out = appendSentence(n, out, Sentence{Start: i, End: i + e, Junk: true})
				start = i + e
				i = start - 1
				continue
			}
		}
		if i-start >= 3 && isLower(p) && gluedStarter(n[i:s.End]) && (proseBefore(n[start:i]) || stampLine(n[start:i])) {
			// "affecting 84 players across seven age groupsThe club
			// says…", "in five yearsAbout 30 coaching staff…": a list's
			// items or paragraphs glued without a full stop; the word
			// after the glue opens a sentence. So does the one after a
			// byline's title: "…05:30 Niamh Costigan Health
			// CorrespondentThe authority's…".
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
		}
		if i-start >= 3 && (isLower(p) || isDigit(p) || p == '%') && gluedLabel(n[i:s.End]) {
			// "…3. Relay rowNewsletter: 31,500 readers get…", "Ferry
			// fares rise 7%Newsletter: …": a box's label glued to the
			// last link before it opens a piece.
			// A short piece with no full stop before it, "The 7 best
			// phones under $500Zentra Fold 4 hands-onSign up for…", is
			// the links' last headline.
			if t := strings.TrimSpace(n[start:i]); len(t) <= 80 && !strings.ContainsAny(t[len(t)-1:], ".!?\"") {
				out = appendSentence(n, out, Sentence{Start: start, End: i, Junk: true})
			} else {
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
			}
			start = i
			continue
		}
		if c == 'A' && i > start && isLower(p) {
			// "…31,600 subscribersAdvertisement© 2024…": an
			// advertisement's label glued to the end of the piece
			// before it, standing alone or glued to what follows.
			if e := i + len("Advertisement"); strings.HasPrefix(n[i:s.End], "Advertisement") && (e == s.End || !isLower(n[e])) {
				out = splitJunk(n, Sentence{Start: start, End: i}, out)
				out = appendSentence(n, out, Sentence{Start: i, End: e, Junk: true})
				start = e
				i = e - 1
				continue
			}
		}
		if i > start && (isLower(p) || isDigit(p) || p == '%') && gluedByline(n[i:s.End]) {
			// "Aug: £1.1bnBy Romilly Stroud | 2 Dec", "221,000Reporting
			// by Lucan Pryce": a byline or a wire credit glued to the
			// end of the story.
			out = splitJunk(n, Sentence{Start: start, End: i}, out)
			start = i
		}
	}
	if start == s.Start {
		return splitJunk(n, s, out)
	}
	if inTicker && tickerRun(n[start:s.End], false) {
		return appendSentence(n, out, Sentence{Start: start, End: s.End, Junk: true})
	}
	return splitJunk(n, Sentence{Start: start, End: s.End}, out)
}

// tickerItems matches a market ticker's items, glued or spaced: a name of
// up to four words ("Estmark 100", "GBP/USD", "10-yr yield", "Power
// prices: day-ahead"), spaced from its level or glued to it
// ("Copper11,104.50"), a level ("8,231.4", "$9,840", "4.30%", "231p",
// "82.14c/lb", "$74.60/MWh", "$128.5m") and a signed change ("+1.2%",
// "0.0%", "▲0.6%", "(+0.50%)"), with a note in brackets ("(after
// hours)"), items parted by bars, dots or nothing ("Sensex 73,210.05
// (+0.50%) | Nifty 22,215.90 (+0.46%)", "Pulse Pharma 4,241.58 (-0.09%) ·
// GBP/EUR 0.8629").
var tickerItems = regexp.MustCompile(`^(?:(?:[A-Za-z0-9][A-Za-z0-9&/.'-]*:?\s?){1,4}[$£€]?[0-9][0-9,]*(?:\.[0-9]+)?(?:%|[cp]|m|bn|k)?(?:/[A-Za-z]+)?(?:\s?[+\-−][0-9]+(?:\.[0-9]+)?%|\s?\([+\-−][0-9]+(?:\.[0-9]+)?%\)|\s?[▲▼][0-9]+(?:\.[0-9]+)?%?|\s?▬|\s0\.0+%)?(?:\s\([a-z ]+\))?\s*(?:[|·•]\s*)?)+$`)

// tickerChange matches a ticker item's change at the end of a piece.
var tickerChange = regexp.MustCompile(`(?:\s?[+\-−▲▼][0-9]+(?:\.[0-9]+)?|\s0\.0+)%$`)

// tickerRun reports whether s is a run of market ticker items, a price
// strip a scraper glued to the story's end ("Estmark 100 8,231.4
// +1.2%Copper $9,840 +2.0%"). Unless the run continues one already
// seen, s must end with an item's signed change: a name and a figure
// alone could be a line of the story's own table.
func tickerRun(s string, needChange bool) bool {
	if len(s) > 300 || needChange && !tickerChange.MatchString(s) {
		return false
	}
	return tickerItems.MatchString(s)
}

// tickerMove matches a ticker item's move anywhere: an arrow ("▲0.6%",
// "▬") or a signed percentage after a space or in brackets (" +12%",
// "(+0.50%)").
var tickerMove = regexp.MustCompile(`[▲▼▬]|[\s(][+\-−][0-9]+(?:\.[0-9]+)?%`)

// tickerLine reports whether the piece s is a price strip standing
// alone: ticker items with at least one move and no sentence's closing
// mark ("Commodity prices Cotton 82.31c/lb ▲0.8% Wheat $5.60/bu ▬",
// "Power prices: day-ahead $74.60/MWh +12%").
func tickerLine(s string) bool {
	if s == "" || strings.IndexByte(".!?\"", s[len(s)-1]) >= 0 {
		return false
	}
	return tickerMove.MatchString(s) && tickerRun(s, false)
}

// priceStripItem matches one item of a labelled price strip: a name and
// its price, "Brent $79.40", "TTF €48.20", "NBP 61.3p/therm".
var priceStripItem = regexp.MustCompile(`^\s*[A-Z][A-Za-z0-9&/ ]{0,20}\s(?:[$€£¥]|US\$|A\$|C\$)?[0-9][0-9.,]*[a-zA-Z]{0,2}(?:/[a-zA-Z]+)?\s*$`)

// priceStrip reports whether s is a labelled strip of prices without
// their moves, which a page refreshes through the day: "Prices: Brent
// $79.40, WTI $76.05, TTF €48.20", "Markets: Gold $2,401 | Silver $28.10".
func priceStrip(s string) bool {
	if len(s) > 160 || s == "" || strings.IndexByte(".!?\"", s[len(s)-1]) >= 0 {
		return false
	}
	c := strings.IndexByte(s, ':')
	if c <= 0 || c > 24 {
		return false
	}
	items := strings.FieldsFunc(s[c+1:], func(r rune) bool { return r == ',' || r == '|' || r == ';' || r == '·' })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if !priceStripItem.MatchString(it) {
			return false
		}
	}
	return true
}

// tickerStart returns where a run of market ticker items ending at n[i]
// starts in the piece n[start:i], or -1: the whole piece, or its tail
// from a capital glued to the word or bracket before it ("updatedEstmark
// 100 8,152.7 +0.4%", "(updated)Estmark 100…") or to a stamp's time
// zone ("07:00 BSTPLLD 287p -1.2%"). A tail after a space is prose ("the
// index rose to 8,231.4 +1.2%").
func tickerStart(n string, start, i int, inTicker bool) int {
	if tickerRun(n[start:i], !inTicker) {
		return start
	}
	if i-start > 400 || !tickerChange.MatchString(n[start:i]) {
		return -1
	}
	for j := start + 1; j < i; j++ {
		if isUpper(n[j]) && (!isUpper(n[j-1]) && !isWS(n[j-1]) || zoneGlued(n, j)) && tickerRun(n[j:i], true) {
			return j
		}
	}
	return -1
}

// zoneGlued reports whether a stamp's time zone ends at n[j], glued to
// what follows: "07:00 BSTPLLD 287p -1.2%".
func zoneGlued(n string, j int) bool {
	if j < 5 || n[j-4] != ' ' || !isDigit(n[j-5]) {
		return false
	}
	switch n[j-3 : j] {
	case "GMT", "BST", "UTC", "CET", "EST", "EDT", "CST", "CDT", "PST", "PDT":
		return true
	}
	return false
}

// folioBefore reports whether s ends with a printed page's folio after a
// bullet: "… • A1", "… • 7".
func folioBefore(s string) bool {
	e := len(s)
	d := e
	for d > 0 && e-d < 3 && isDigit(s[d-1]) {
		d--
	}
	if d == e {
		return false
	}
	if d > 0 && isUpper(s[d-1]) {
		d--
	}
	return strings.HasSuffix(s[:d], " \u2022 ")
}

// runningHead reports whether s is a printed page's running head: parts
// parted by bullets, ending with its folio ("THE VALLEY HERALD •
// Wednesday, November 26, 2026 • A7").
func runningHead(s string) bool {
	return len(s) <= 100 && strings.Count(s, " \u2022 ") >= 2 && folioBefore(s)
}

// wireSlugs open a wire story's headline with the version of the story:
// "UPDATE 2-", "REFILE-", "CORRECTED-".
var wireSlugs = []string{"UPDATE ", "WRAPUP ", "REFILE-", "CORRECTED-", "EXCLUSIVE-", "RPT-", "UPDATE-"}

// wireSlug returns the length of the wire slug opening s ("UPDATE 2-",
// "REFILE-") or of a live page's update stamp ("UPDATE 17:20"), or 0.
func wireSlug(s string) int {
	for _, w := range wireSlugs {
		if !strings.HasPrefix(s, w) {
			continue
		}
		e := len(w)
		if w[len(w)-1] == '-' {
			return e
		}
		d := e
		for d < len(s) && d < e+2 && isDigit(s[d]) {
			d++
		}
		if d > e && d < len(s) && s[d] == '-' {
			return d + 1
		}
		if w == "UPDATE " && d > e && d+2 < len(s) && (s[d] == ':' || s[d] == '.') && isDigit(s[d+1]) && isDigit(s[d+2]) {
			return d + 3 // a live page's "UPDATE 17:20"
		}
	}
	return 0
}

// gluedStarter reports whether s opens with a word that starts a
// sentence and never ends a name written in camel case ("groupsThe club",
// "yearsAbout 30"), followed by a space. Short words that do ("LinkedIn",
// "PlayOn") are not among them.
func gluedStarter(s string) bool {
	e := 0
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	return e < len(s) && s[e] == ' ' && gluedStarters[s[:e]]
}

// proseBefore reports whether s, the piece before a glued starter, ends
// in a word of three or more lower-case letters ("groups" of "age
// groupsThe club"), is a sentence's length (six words or more, where a
// section label is not: "Gadget reviewsWe test…") and holds no " | " of
// a byline's or stamp's parts, to
// which a headline is glued ("| UpdatedRaiders steal…"): furniture
// labels glued together ("reading thisNewsletterThe Sport Briefing")
// stay one piece for the junk rules to read.
func proseBefore(s string) bool {
	k := len(s)
	for k > 0 && isLower(s[k-1]) {
		k--
	}
	if len(s)-k < 3 || k > 0 && isUpper(s[k-1]) || strings.Contains(s, " | ") {
		return false
	}
	// The words since the last capital glued to what is before it:
	// "…FacebookXEmailGadget reviews" is two.
	g := 0
	for j := len(s) - 1; j > 0; j-- {
		if isUpper(s[j]) && !isWS(s[j-1]) && !isUpper(s[j-1]) {
			g = j
			break
		}
	}
	return strings.Count(s[g:], " ") >= 5
}

// gluedStarters open sentences glued to the word before them.
var gluedStarters = setOf("The", "He", "She", "They", "We", "But", "This", "That", "These", "Those", "There",
	"His", "Her", "Their", "Its", "Our", "Officials", "Police", "However", "Meanwhile", "Earlier", "Later",
	"After", "Before", "When", "While", "Since", "Last", "Some", "Many", "Most", "Several", "Both", "Despite",
	"Although", "About", "Nearly", "Almost", "According", "During", "Another", "Each", "Every")

// gluedByline reports whether s opens a byline ("By Romilly Stroud") or a
// wire credit ("Reporting by Lucan Pryce"), which a scraper glued to the
// story's last word.
func gluedByline(s string) bool {
	if strings.HasPrefix(s, "By ") {
		return len(s) > 3 && isUpper(s[3])
	}
	if strings.HasPrefix(s, "By: ") {
		return len(s) > 4 && isUpper(s[4]) // "highBy: Maria Dizon - Reporter"
	}
	if s[0] != 'R' && s[0] != 'A' && s[0] != 'W' && s[0] != 'E' && s[0] != 'C' {
		return false
	}
	for _, o := range creditOpeners {
		if hasPrefixFold(s, o) && len(s) > len(o) && isUpper(s[len(o)]) {
			return true
		}
	}
	return false
}

// How a counter label is attached to the text before it.
const (
	glueWord  = iota // glued to a word: "rowComments (204)"
	glueStart        // opening a sentence or glued to a non-letter
	glueSpace        // after a space inside a sentence
)

// counterLabels are the labels of a page's counters, as printed.
var counterLabels = []string{"Comments", "Comment", "Shares", "Share", "Likes", "Views", "Replies", "Reactions",
	// A content system's count of page loads: "Hits: 24,671".
	"Hits",
	// The same on an English story of a site in another language:
	// Dutch, French, Spanish, German, Italian, Czech and Polish.
	"Delen", "Reacties", "Partager", "Tweeter", "Réagir", "Commentaires", "Compartir", "Comentarios", "Teilen",
	"Kommentare", "Condividi", "Commenti", "Sdílet", "Komentáře", "Udostępnij", "Komentarze"}

// gluedCounter reports whether a counter ("Comments (204)", "Comments:
// 17", "Shares 45") starts at n[i], and where it ends. A label glued to a
// word before it is furniture in any of these forms. Opening a sentence,
// it must be written "(N)" or ": N", end its line or be glued to a
// capitalised word after it, so that a sentence opening "Shares 45 …" is
// not taken for one; after a space inside a sentence, it must end its
// line or be glued to the next sentence ("row Comments (204)Bus").
func gluedCounter(n string, i, end, glue int) (int, bool) {
	if i+5 > end {
		return 0, false
	}
	if !counterLabelOpens(n[i:]) {
		return 0, false
	}
	label := ""
	for _, l := range counterLabels {
		if strings.HasPrefix(n[i:end], l) {
			label = l
			break
		}
	}
	if label == "" {
		return 0, false
	}
	k := i + len(label)
	if k < end && isLetter(n[k]) {
		return 0, false // "Sharesholders", "Commentsary"
	}
	if label == "Share" && strings.HasPrefix(n[k:end], " on social ") {
		k += len(" on social") // "minShare on social (633)"
	}
	form := byte(0)
	if k < end && n[k] == ':' {
		form = ':'
		k++
	}
	for k < end && n[k] == ' ' {
		k++
	}
	if k < end && n[k] == '(' && form == 0 {
		form = '('
		k++
	}
	d := k
	for k < end && (isDigit(n[k]) || (n[k] == ',' || n[k] == '.') && k+1 < end && isDigit(n[k+1]) ||
		n[k] == ' ' && k > d && spaceGroup(n[k+1:end])) {
		k++
	}
	if k == d {
		return 0, false
	}
	if k < end && (n[k] == 'K' || n[k] == 'k' || n[k] == 'M') && (k+1 == end || !isLower(n[k+1])) {
		k++
	}
	if form == '(' {
		if k >= end || n[k] != ')' {
			return 0, false
		}
		k++
	}
	if k+1 < end && n[k] == ' ' {
		// "Share 1,046 shares": the counter's noun after its figure.
		for _, w := range [...]string{"shares", "comments", "views", "likes", "replies"} {
			if e := k + 1 + len(w); strings.HasPrefix(n[k+1:end], w) && (e == end || !isLower(n[e])) {
				k = e
				break
			}
		}
	}
	closed := false // nothing of the sentence follows on its line
	switch {
	case k >= end, n[k] == '\n', isUpper(n[k]), strings.HasPrefix(n[k:end], "\u00a9"), upperRune(n[k:end]):
		// "Comments (37)© 2026": a copyright line glued after;
		// "Réagir (97)À lire aussi": a capital with an accent.
		closed = true
	case n[k] == ' ':
		if k+1 < end && isLower(n[k+1]) {
			return 0, false // prose: "Comments: 4,000 were received"
		}
	default:
		return 0, false
	}
	switch glue {
	case glueStart:
		return k, closed || form != 0
	case glueSpace:
		return k, closed
	}
	return k, true
}

// stampLabels open a publication stamp.
var stampLabels = []string{"Published", "Updated", "Posted", "Last updated", "Last modified", "Modified", "First published",
	"First posted"}

// stampLabel reports whether a publication stamp glued to the word before
// it starts at n[i]: a stamp label, then a time or date ("Published 9:12
// AM", "Updated: March 4", "Posted 2 hours ago").
func stampLabel(n string, i, end int) bool {
	for _, l := range stampLabels {
		if !strings.HasPrefix(n[i:end], l) {
			continue
		}
		k := i + len(l)
		if k < end && n[k] == ':' {
			k++
		}
		if k >= end || n[k] != ' ' {
			return false
		}
		for k < end && n[k] == ' ' {
			k++
		}
		if k < end && (n[k] == 'o' || n[k] == 'a') && k+2 < end && n[k+2] == ' ' {
			k += 3 // "on", "at"
		}
		return k < end && (isDigit(n[k]) || isUpper(n[k]))
	}
	return false
}

// stampZones are the time zones a stamp may print after AM or PM.
var stampZones = setOf("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
	"GMT", "BST", "UTC", "CET", "CEST", "IST", "AEST", "AEDT", "JST", "HKT", "SGT", "SAST", "EAT", "WAT")

// clockSuffixBefore reports whether the letters glued before n[i] end a
// clock time: "9:12 AM", "9:12AM", "4 pm", "10:41 PM ET", "10:41 p.m. ET".
func clockSuffixBefore(n string, i, floor int) bool {
	// Words of five letters at most are looked at, so that a long run of
	// glued words costs linear time.
	w := i
	for w > floor && i-w <= 5 && isLetter(n[w-1]) {
		w--
	}
	word := n[w:i]
	if stampZones[word] {
		// A zone after AM or PM: "10:41 PM ETPolice".
		if w-1 <= floor || n[w-1] != ' ' {
			return false
		}
		i = w - 1
		if i-4 > floor && (n[i-4:i] == "a.m." || n[i-4:i] == "p.m.") {
			// "10:41 p.m. ETPolice".
			k := i - 4
			if k > floor && n[k-1] == ' ' {
				k--
			}
			return k > floor && isDigit(n[k-1])
		}
		// A zone after a 24-hour clock: "15 October 2025 · 07:00
		// BSTVellmark inflation eases".
		if i-5 >= floor && isDigit(n[i-1]) && isDigit(n[i-2]) && (n[i-3] == ':' || n[i-3] == '.') && isDigit(n[i-4]) {
			return true
		}
		w = i
		for w > floor && i-w <= 5 && isLetter(n[w-1]) {
			w--
		}
		word = n[w:i]
	}
	switch word {
	case "AM", "PM", "am", "pm":
	default:
		return false
	}
	k := w
	if k > floor && n[k-1] == ' ' {
		k--
	}
	return k > floor && isDigit(n[k-1])
}

// stampDigitsBefore reports whether the digits glued before n[i] end a
// stamp's year or clock time: "March 4, 2026Thieves", "09:12Thieves". A
// year is four digits from 1900 to 2099; a time, two digits after a colon
// and a digit.
func stampDigitsBefore(n string, i, floor int) bool {
	w := i
	for w > floor && i-w <= 5 && isDigit(n[w-1]) {
		w--
	}
	d := n[w:i]
	if w > floor && (isLetter(n[w-1]) || n[w-1] == '.' || n[w-1] == ',') {
		return false // "A320", "3.2019"
	}
	switch {
	case len(d) == 4 && (d[:2] == "19" || d[:2] == "20"):
		return w > floor && n[w-1] == ' '
	case len(d) == 2 && w-2 >= floor && n[w-1] == ':' && isDigit(n[w-2]):
		return true
	}
	return false
}

// counterLabelOpens reports whether s opens with the first four bytes of
// one of counterLabels: most capitals open none, and a switch tells so
// before any label is compared.
func counterLabelOpens(s string) bool {
	if len(s) < 4 {
		return false
	}
	switch s[:4] {
	case "Comm", "Shar", "Like", "View", "Hits", "Repl", "Reac", "Dele", "Part", "Twee", "R\u00e9a", "Comp", "Come", "Teil", "Komm", "Cond",
		"Sd\u00ed", "Kome", "Udos":
		return true
	}
	return false
}

// counterLabelAt reports whether n[q:] opens with a counter's label alone:
// "Comments", "CommentsNewsletter", but not "Share this article".
func counterLabelAt(n string, q int) bool {
	if q+5 > len(n) {
		return false
	}
	if !counterLabelOpens(n[q:]) {
		return false
	}
	e := q + 1
	for e < len(n) && isLower(n[e]) {
		e++
	}
	if !isCounterWord(n[q:e]) {
		return false
	}
	return e == len(n) || n[e] == '\n' || isUpper(n[e])
}

// counterBefore returns where a counter written number first ("204
// Comments", "1.2K shares") starts when it ends at n[i], or -1.
func counterBefore(n string, i, floor int) int {
	w := i
	for w > floor && i-w <= 9 && isLetter(n[w-1]) {
		w--
	}
	if w == i || w-1 <= floor || !isWS(n[w-1]) || !isCounterWord(n[w:i]) {
		return -1
	}
	switch strings.ToLower(n[w:i]) {
	case "comments", "comment", "shares", "likes", "views", "replies", "reactions":
	default:
		return -1 // "2 hours", "5 min": stamps, left to the stamp rules
	}
	d := w - 1
	if d > floor && (n[d-1] == 'K' || n[d-1] == 'k' || n[d-1] == 'M') {
		d--
	}
	e := d
	if d = numberStart(n, e, floor); d == e || !isDigit(n[d]) {
		return -1
	}
	return d
}

// gluedDate returns the end of a date and time glued to the word before
// n[i] ("riseMarch 4, 2026Thieves", "rowThursday, March 5, 2026 7:45 PMBus"),
// or i when n[i:] opens no such date: a month or day name, then only
// dateline words up to the end of the line (unless glueAfter) or a
// capitalised word glued to its last digit or AM/PM.
func gluedDate(n string, i, end int, glueAfter bool) int {
	w := i + 1
	for w < end && w-i < 10 && isLower(n[w]) {
		w++
	}
	var buf [10]byte
	k := copy(buf[:], n[i:w])
	buf[0] += 'a' - 'A'
	if !calendarWords[string(buf[:k])] {
		return i
	}
	if w < end && n[w] == '.' {
		w++ // "Dec."
	}
	best := i
	for e := w; e <= end && e-i <= maxDateline; e++ {
		glued := e < end && isUpper(n[e]) && (isDigit(n[e-1]) || n[e-1] == 'M' || n[e-1] == '.')
		if e < end && n[e] != '\n' && !glued {
			continue
		}
		if (glued || !glueAfter) && dateOnly(n[i:e]) {
			best = e
		}
		if e < end && n[e] == '\n' {
			break
		}
	}
	return best
}

// gluedList reports whether s holds a list's label glued to its first
// figure ("results:37", "Key figures:3,200"), so that a figure glued to
// a word after it opens the next item.
func gluedList(s string) bool {
	for k := strings.IndexByte(s, ':'); k >= 0 && k+1 < len(s); {
		if isDigit(s[k+1]) && k > 0 && isLetter(s[k-1]) {
			return true
		}
		next := strings.IndexByte(s[k+1:], ':')
		if next < 0 {
			break
		}
		k += next + 1
	}
	return false
}

// dayFirstDate returns the end of a date opening with its day at n[i]
// ("5 June 2025", "12 March 2024, 14:05") that runs to end or to a
// capital glued to its last digit, or i when there is none.
func dayFirstDate(n string, i, end int) int {
	e := i
	for e < end && e-i <= maxDateline && !(isUpper(n[e]) && isDigit(n[e-1])) {
		e++
	}
	// A month or a day named: "KSh28.40." glued to its currency's
	// letters is a price, not a clock.
	if e-i > maxDateline || !slashDate.MatchString(n[i:e]) && (!dateOnly(n[i:e]) || !strings.ContainsFunc(n[i:e], unicode.IsLetter)) {
		return i
	}
	return e
}

// slashDate matches a date in figures and slashes, with its clock or not,
// as a byline glued to it prints it: "18/06/2025 20:35".
var slashDate = regexp.MustCompile(`^\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?: \d{1,2}[:.]\d{2})?\s*$`)

// gluedDateline reports whether a wire story's dateline starts at n[i]:
// a place in capitals ("PUERTO ALTO", "KOVAR, Ostrel"), the agency in
// brackets and a dash ("PUERTO ALTO (Wire) - "). Only the whole pattern
// counts, so that an initialism glued to a word ("ofUN") is not cut.
func gluedDateline(n string, i, end int) bool {
	k := i
	for k < end && isUpper(n[k]) {
		k++
	}
	if k-i < 2 {
		return false
	}
	if k-i >= 4 {
		// "…February 16, 2025MANILA - Overseas Filipino workers…": a
		// place in capitals and a dash, no agency named.
		for _, d := range [...]string{" - ", " \u2013 ", " \u2014 "} {
			if strings.HasPrefix(n[k:end], d) && k+len(d) < end && isUpper(n[k+len(d)]) {
				return true
			}
		}
	}
	// More words of the place: capitals, or a country after a comma.
	for words := 0; words < 6 && k < end && n[k] != '('; words++ {
		if n[k] == ',' {
			k++
		}
		if k >= end || n[k] != ' ' {
			return false
		}
		k++
		w := k
		for k < end && (isLetter(n[k]) || isDigit(n[k]) || n[k] == '.' || n[k] == '-') {
			k++
		}
		if w == k {
			break // the space before "("
		}
		if !isUpper(n[w]) && !isDigit(n[w]) {
			return false // "SELBURG, Oct 8 (Wirepoint) -" has its date
		}
	}
	if k >= end || n[k] != '(' {
		return false
	}
	c := strings.IndexByte(n[k:min(end, k+40)], ')')
	if c < 2 {
		return false
	}
	rest := strings.TrimLeft(n[k+c+1:min(end, k+c+8)], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// dayMonthBefore reports whether n[:i] ends, after floor, with a day and
// a capitalised month (or day) name: "updated 23 May" glued to the
// capital at n[i].
func dayMonthBefore(n string, i, floor int) bool {
	w := i
	for w > floor && isLetter(n[w-1]) {
		w--
	}
	if i-w < 3 || i-w > 9 || !isUpper(n[w]) || w < floor+3 || n[w-1] != ' ' || !isDigit(n[w-2]) {
		return false
	}
	var buf [9]byte
	k := copy(buf[:], n[w:i])
	buf[0] += 'a' - 'A'
	if !calendarWords[string(buf[:k])] {
		return false
	}
	d := w - 2
	for d > floor && isDigit(n[d-1]) {
		d--
	}
	return w-1-d <= 2 && (d == floor || !isLetter(n[d-1]))
}

// stampPiece reports whether s reads as a byline or a publication stamp:
// it opens "By " or holds "updated", "published" or a " | " separator.
func stampPiece(s string) bool {
	if strings.HasPrefix(s, "By ") || strings.Contains(s, " | ") {
		return true
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "updated ") || strings.Contains(l, "published ")
}

// noticeLabels open an editor's notice on the article: what an earlier
// version got wrong, which restates the figure now corrected.
var noticeLabels = []string{"Correction:", "Correction, ", "Corrections:", "Clarification:", "Editor's note:"}

// noticeLabel reports whether s opens with one of noticeLabels.
func noticeLabel(s string) bool {
	for _, l := range noticeLabels {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// teaserLabels head a page's lists of links to other stories.
var teaserLabels = func() []string {
	ls := []string{"Read more", "Read More", "Read next", "Read Next", "Most popular", "Most read", "Related stories", "More stories",
		"Recommended", "Trending", "More from", "Top stories", "You may also like", "Related coverage", "Related articles",
		"More on this story", "More on this", "Also read", "Read also", "See also", "Latest news", "Don't miss", "Most viewed",
		"You might also like", "You might like", "In other news", "Also on", "More in", "Related", "Related links",
		"Related content", "Related topics", "Related reading", "Related news",
		"Most shared", "Popular now", "Popular on", "Popular articles", "Popular stories", "Hot News", "Hot news",
		// The same labels on an English story of a site in another
		// language.
		"Meest gelezen", "Gerelateerd", "Ook interessant", "Lees ook", "Les plus lus", "Lire aussi", "Sur le même sujet",
		"Lo más leído", "Noticias relacionadas", "Te puede interesar", "Meistgelesen", "Lesen Sie auch", "Mehr zum Thema",
		"Più letti", "Leggi anche", "Mais lidas", "Leia também", "Související články", "Nejčtenější",
		"Najczęściej czytane", "Zobacz też", "Czytaj także", "Editor's picks", "What to read next", "Full results", "Live results", "Full coverage", "Live scores", "Latest scores", "League table", "Local events", "What's on", "Related research", "Further reading",
		"Live coverage", "Best buy mortgages", "Best buy savings", "Best buys", "Market prices", "Scorecard",
		"Latest polls", "Shopping deals", "Today's deals", "Top deals", "Deals of the day", "Traffic and travel",
		"Live travel updates", "Live traffic updates", "Travel updates", "Traffic updates",
		"Scores:", "Results:", "Track results", "Race results", "Latest results", "Also tonight", "Climate data",
		"Recommended for you", "Top News", "Top news", "Latest video", "Latest videos", "More videos", "How to help",
		"Metal prices", "Commodity prices", "Announcements", "Latest announcements", "Best savings rates",
		"Best mortgage rates", "Savings rates", "Mortgage rates", "Listen again", "Next bulletin", "More from this station"}
	// Pages set them in capitals too ("TRENDINGCounty fair returns…"),
	// or in title case ("Most Read1. 5 takeaways…").
	seen := map[string]bool{}
	for _, l := range ls {
		seen[l] = true
	}
	for _, l := range ls {
		for _, v := range []string{strings.ToUpper(l), titleCase(l)} {
			if !seen[v] {
				seen[v] = true
				ls = append(ls, v)
			}
		}
	}
	return ls
}()

// titleCase capitalises each word of the ASCII label l.
func titleCase(l string) string {
	b := []byte(l)
	for k := range b {
		if (k == 0 || b[k-1] == ' ') && isLower(b[k]) {
			b[k] -= 'a' - 'A'
		}
	}
	return string(b)
}

// teaserIndex holds teaserLabels by their first two bytes, a capital and
// any byte: most capitals of a text open none, and an array lookup tells
// so before any comparison.
var teaserIndex = func() *[26][256][]string {
	var t [26][256][]string
	for _, l := range teaserLabels {
		t[l[0]-'A'][l[1]] = append(t[l[0]-'A'][l[1]], l)
	}
	return &t
}()

// teasersAt returns the teaser labels that open with bytes a and b.
func teasersAt(a, b byte) []string {
	if a < 'A' || a > 'Z' {
		return nil
	}
	return teaserIndex[a-'A'][b]
}

// prefixAnySpace reports whether s begins with label, a line break in s
// standing for any of label's spaces: text wrapped at "Most\nread".
func prefixAnySpace(s, label string) bool {
	if len(s) < len(label) {
		return false
	}
	if s[:len(label)] == label {
		return true
	}
	if strings.IndexByte(s[:len(label)], '\n') < 0 {
		return false
	}
	for k := 0; k < len(label); k++ {
		if s[k] != label[k] && !(label[k] == ' ' && s[k] == '\n') {
			return false
		}
	}
	return true
}

// gluedDownload returns where a file's download link glued to what
// stands before it ends, its type and size in brackets ("Download the
// interim bulletin (PDF, 3.1 MB)"), when one starts at n[i]; else 0.
func gluedDownload(n string, i, start, end int) int {
	if i <= start || n[i] != 'D' || isWS(n[i-1]) || !strings.HasPrefix(n[i:end], "Download ") {
		return 0
	}
	c := strings.IndexByte(n[i:min(end, i+160)], ')')
	if c < 0 || !fileDownload(n[i:i+c+1]) {
		return 0
	}
	return i + c + 1
}

// gluedTeasers reports whether a teaser label glued to a link starts at
// n[i] ("Read moreLowick mum's…", "Most popular1Pupils fall ill…"): the
// label, then at once a capital or a list number.
func gluedTeasers(n string, i, end int) bool {
	if !isUpper(n[i]) || i+1 >= end {
		return false
	}
	for _, l := range teasersAt(n[i], n[i+1]) {
		if !prefixAnySpace(n[i:end], l) {
			continue
		}
		k := i + len(l)
		if k < end && n[k] == ':' {
			k++ // "Read more:Veloria's budget gap…", "Related:Five ways…"
		}
		w := -1
		switch {
		case strings.HasPrefix(n[k:end], " in ") && k+4 < end && isUpper(n[k+4]):
			w = k + 4 // "Most read in Business1. Energy bills…"
		case strings.HasSuffix(l, " on") && k+1 < end && n[k] == ' ' && isUpper(n[k+1]):
			w = k + 1 // "Popular on ThreatLedger01Credential…"
		}
		if w > 0 {
			// The label names its section or its site, glued to the
			// list's first number.
			for w < end && isLetter(n[w]) {
				w++
			}
			if w < end && isDigit(n[w]) {
				return true
			}
		}
		if k < end && (isUpper(n[k]) || isDigit(n[k]) || n[k] == '-' && k+2 < end && n[k+1] == ' ' && isUpper(n[k+2])) {
			return true // "Shopping deals- Cocktail shaker set £12.99": a list's dash
		}
		// "5 minsMore from NewsFood bank demand…", "£2.20.More from
		// NewsRail strike…": glued to what stands before it, the label
		// may name its section after a space.
		if i > 0 && k+1 < end && n[k] == ' ' && isUpper(n[k+1]) && !isWS(n[i-1]) {
			return true
		}
	}
	// "47%More politicsTurnout tracker…", "(PDF, 0.9 MB)Related
	// investigationsNear miss…": "More" or "Related" and what the links
	// are in lower case, glued to what stands before and to the link
	// after.
	for _, l := range [...]string{"More ", "Related "} {
		if strings.HasPrefix(n[i:end], l) && i > 0 && !isWS(n[i-1]) {
			w := i + len(l)
			for w < end && w-i < 24 && isLower(n[w]) {
				w++
			}
			return w > i+len(l)+2 && w < end && isUpper(n[w])
		}
	}
	return false
}

// updatedBracket reports whether s ends with a stamp's note in brackets:
// "(updated)", "(updated 22:14)", "(last updated 4 June 2025)".
func updatedBracket(s string) bool {
	k := strings.LastIndexByte(s, '(')
	return k >= 0 && len(s)-k <= 32 && (strings.HasPrefix(s[k:], "(updated") || strings.HasPrefix(s[k:], "(Updated") ||
		strings.HasPrefix(s[k:], "(last updated") || strings.HasPrefix(s[k:], "(Last updated"))
}

// gluedLabel reports whether s opens with the label of a box of page
// furniture and its colon, or a sign-up prompt, which no sentence glues
// to the word before it.
func gluedLabel(s string) bool {
	if len(s) < 8 || s[0] != 'N' && s[0] != 'R' && s[0] != 'S' && s[0] != 'M' && s[0] != 'W' && s[0] != 'G' {
		return false
	}
	if s[0] == 'G' {
		// "…to do this weekendGet the Morning Briefing - 41,200
		// subscribers and counting.": a sign-up pitch.
		if e := strings.IndexByte(s, '.'); e > 0 {
			s = s[:e+1]
		}
		return newsletterPrompt(s)
	}
	for _, l := range [...]string{"Newsletter:", "Newsletters:", "Newsletter - ", "Related:", "Sponsored:", "Most read:", "Most viewed:", "Read more:", "Share this:", "Weather:", "Sign up to ", "Sign up for "} {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// adLabels are the labels a page puts over an advertisement in the
// middle of a story, longest first.
var adLabels = []string{"advertisement - scroll to continue reading", "advertisement - story continues below",
	"advertisement - continue reading below", "story continues below advertisement",
	"article continues below advertisement", "advertisement", "story continues below", "article continues below",
	"continue reading below", "continue reading the main story", "scroll to continue with content"}

// adLabel returns the length of an advertisement's label opening s and
// glued to the sentence after it ("ADVERTISEMENTThe club said…",
// "Story continues below advertisementFans…"), or 0. After a space, only
// a label of several words counts: "Advertisement spending rose" is
// prose, "Advertisement revenue" too.
func adLabel(s string) int {
	if len(s) < 20 || s[0] != 'A' && s[0] != 'S' && s[0] != 'C' && s[0] != 'a' && s[0] != 's' && s[0] != 'c' {
		return 0
	}
	for _, l := range adLabels {
		if !prefixFoldAnySpace(s, l) || len(s) == len(l) {
			continue
		}
		c := s[len(l)]
		if isUpper(c) || c == '"' || strings.HasPrefix(s[len(l):], "\u201c") {
			return len(l)
		}
		if (c == ' ' || c == '\n') && strings.IndexByte(l, ' ') > 0 && len(s) > len(l)+1 && isUpper(s[len(l)+1]) {
			return len(l)
		}
		return 0
	}
	return 0
}

// prefixFoldAnySpace reports whether s begins with the lowercase ASCII
// label in any case, a line break in s standing for any of label's
// spaces: a label wrapped at "continue\nreading".
func prefixFoldAnySpace(s, label string) bool {
	if len(s) < len(label) {
		return false
	}
	for j := 0; j < len(label); j++ {
		c := s[j]
		if c == '\n' {
			c = ' '
		} else if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != label[j] {
			return false
		}
	}
	return true
}

// spaceGroup reports whether s opens with a group of three digits that
// a space before it parts from the digits before, as French writes
// thousands ("1 342"), with no digit after the group.
func spaceGroup(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

// upperRune reports whether s opens with a capital letter outside ASCII,
// "À", "É".
func upperRune(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
