package textnorm

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Sentence is a sentence of a normalised text: the span [Start, End) of
// Text.Norm, trimmed of surrounding whitespace.
type Sentence struct {
	Start, End int
	// Junk reports whether the span is page furniture rather than article
	// text: CSS breakpoint chains, share buttons, cookie notices,
	// breadcrumbs. Callers take no figures from it.
	Junk bool
}

// Sentences splits t.Norm into sentences; see Split.
func (t *Text) Sentences() []Sentence { return Split(t.Norm) }

// Split splits a normalised text into sentences, in order.
//
// A sentence ends at '.', '!' or '?' followed by a capitalised word, even
// when the scraper dropped the space ("the country.Embassy guards"), and at
// a paragraph break. It does not end inside abbreviations and initialisms
// ("U.S.", "U.S.-led", "Mr. Smith", "Dec. 31", "No. 2", "a.m."), decimals
// ("3.5"), or addresses ("example.com"). A single line break ends a
// sentence after terminal punctuation or after a short heading-like line.
// A quoted all-caps heading glued to the next sentence is a sentence of its
// own. Junk spans are returned as sentences with Junk set.
func Split(n string) []Sentence {
	// News sentences run to about 130 bytes; room for most of them up
	// front saves growing the lists many times on long texts.
	sp := splitter{n: n, out: make([]Sentence, 0, len(n)/128+4)}
	sp.run()
	out := make([]Sentence, 0, len(sp.out)+len(sp.out)/4+4)
	for _, s := range sp.out {
		out = splitGlued(n, s, out)
	}
	markLinkLists(n, out)
	markTeaserGaps(n, out)
	markGluedLinks(n, out)
	markGluedWidget(n, out)
	markPriceBoards(n, out)
	markRateBoards(n, out)
	markReleaseTail(n, out)
	markNoticeTail(n, out)
	markComments(n, out)
	markPullQuotes(n, out)
	markEndMark(n, out)
	markCopyrightTail(n, out)
	return out
}

// maxCopyrightTail bounds the text after a page's copyright line that
// markCopyrightTail takes for the footer it ends.
const maxCopyrightTail = 300

// markCopyrightTail marks as junk what little follows a page's copyright
// line at its end, none of it prose: "© 1998-2024 Harbour Press. Served
// 14:54:15. Weather now: 6°C." and a strip of the site's counters under
// it ("Visitors this month: 29,663 · Online now: 3,044"). The line dates
// the page, and a story ends before it. A credit without a year ("©
// Reuters") may sit under a photograph anywhere, and the story after it
// is longer.
func markCopyrightTail(n string, sents []Sentence) {
	for k := len(sents) - 1; k >= 0; k-- {
		if len(n)-sents[k].End > maxCopyrightTail {
			return
		}
		t := n[sents[k].Start:sents[k].End]
		if !sents[k].Junk || copyrightAt(t) < 0 && !strings.HasPrefix(t, "Copyright") || !copyrightYear.MatchString(t) {
			continue
		}
		for j := k + 1; j < len(sents); j++ {
			if letterWords(n[sents[j].Start:sents[j].End]) >= 6 {
				// "Read by the judge, the letter was short.": prose.
				return
			}
		}
		for j := k + 1; j < len(sents); j++ {
			sents[j].Junk = true
		}
		return
	}
}

// letterWords counts the words of s made of letters only.
func letterWords(s string) int {
	c := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ".,;:!?")
		if w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			c++
		}
	}
	return c
}

// copyrightYear matches the year of a copyright line.
var copyrightYear = regexp.MustCompile(`\b(19|20)\d\d\b`)

// markEndMark marks as junk a press release's end mark ("###", "-30-")
// and all that follows it: the issuer's boilerplate ("Riverbend Health,
// founded in 1908, employs 26,500 people"), contacts and tags, whose
// figures are no news of the release.
func markEndMark(n string, sents []Sentence) {
	for k, s := range sents {
		switch strings.TrimSpace(n[s.Start:s.End]) {
		case "###", "# # #", "-30-", "- 30 -", "-###-":
			for j := k; j < len(sents); j++ {
				sents[j].Junk = true
			}
			return
		}
	}
}

// markPullQuotes marks as junk a pull quote: a quoted sentence opening its
// line that repeats a sentence of the story near it ("“Labour groups
// recorded 27 deaths on the beach last year.”" set beside the paragraph
// that says so), word for word or nearly, its figures perhaps written
// another way ("six experts" for "6 experts"). Its figures are the
// story's, read once.
func markPullQuotes(n string, sents []Sentence) {
	for k, s := range sents {
		if s.Junk || s.Start > 0 && n[s.Start-1] != '\n' {
			continue
		}
		inner, ok := trimQuotes(n[s.Start:s.End])
		if !ok || len(inner) < 30 {
			continue
		}
		words := wordSet(inner)
		if len(words) < 5 {
			continue
		}
		// A page may set the quote a screen away from its paragraph,
		// a dozen sentences before or after it.
		for j := max(0, k-12); j < min(len(sents), k+13); j++ {
			if j == k || sents[j].Junk {
				continue
			}
			if covered(words, wordSet(n[sents[j].Start:sents[j].End])) >= 0.8 {
				sents[k].Junk = true
				break
			}
		}
	}
}

// wordSet returns the lower-cased words of s, its letters only.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 1 {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// covered returns the share of words found in other.
func covered(words, other map[string]bool) float64 {
	n := 0
	for w := range words {
		if other[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// trimQuotes returns sentence t without its opening and closing quotation
// marks and its closing full stop, and whether it opens with one.
func trimQuotes(t string) (string, bool) {
	opened := false
	for _, q := range []string{"\u201c", "\"", "\u00ab", "\u2018"} {
		if strings.HasPrefix(t, q) {
			t, opened = t[len(q):], true
			break
		}
	}
	if !opened {
		return "", false
	}
	for _, q := range []string{"\u201d", "\"", "\u00bb", "\u2019"} {
		t = strings.TrimSuffix(t, q)
	}
	return strings.TrimRight(t, ".!?,;: "), true
}

type splitter struct {
	n     string
	start int
	dq    bool // inside a double-quoted passage
	sq    bool // inside a single-quoted passage
	out   []Sentence
}

func (sp *splitter) emit(end int) {
	s, e := sp.start, end
	for s < e && isWS(sp.n[s]) {
		s++
	}
	for e > s && isWS(sp.n[e-1]) {
		e--
	}
	if e > s {
		if h := headingEnd(sp.n, s, e); h > 0 {
			sp.out = append(sp.out, Sentence{Start: s, End: h})
			s = h
		}
		sp.out = append(sp.out, Sentence{Start: s, End: e})
	}
}

func (sp *splitter) run() {
	n := sp.n
	for i := 0; i < len(n); i++ {
		c := n[i]
		if !splitBytes[c] {
			continue
		}
		switch c {
		case '"':
			sp.dq = !sp.dq
		case '\'':
			sp.single(i)
		case '\n':
			if i+1 < len(n) && n[i+1] == '\n' {
				sp.emit(i)
				sp.start = i + 2
				i++
				sp.dq, sp.sq = false, false
				continue
			}
			if sp.lineEnds(i) {
				sp.emit(i)
				sp.start = i + 1
			}
		case '.', '!', '?':
			if end, next, ok := sp.terminal(i); ok {
				for k := i; k < end; k++ {
					if n[k] == '"' {
						sp.dq = !sp.dq
					} else if n[k] == '\'' {
						sp.sq = false
					}
				}
				sp.emit(end)
				sp.start = next
				i = next - 1
			}
		}
	}
	sp.emit(len(n))
}

// splitBytes are the bytes the splitter acts on: quotes, line breaks and
// terminal punctuation.
var splitBytes = [256]bool{'"': true, '\'': true, '\n': true, '.': true, '!': true, '?': true}

// single tracks single-quoted passages, telling quotes from apostrophes.
func (sp *splitter) single(i int) {
	n := sp.n
	prevOpen := i == sp.start || i == 0 || isWS(n[i-1]) || strings.IndexByte("\"([.:-", n[i-1]) >= 0
	nextLetter := i+1 < len(n) && isLetter(n[i+1])
	prevLetter := i > 0 && (isLetter(n[i-1]) || isDigit(n[i-1]))
	switch {
	case prevOpen && nextLetter:
		sp.sq = true
	case sp.sq && !nextLetter:
		sp.sq = false
	case sp.sq && !prevLetter:
		sp.sq = false
	}
}

// lineEnds reports whether the single line break at n[i] ends a sentence.
func (sp *splitter) lineEnds(i int) bool {
	n := sp.n
	p := i - 1
	for p >= sp.start && (n[p] == ' ') {
		p--
	}
	if p < sp.start {
		return false
	}
	q := i + 1
	for q < len(n) && n[q] == ' ' {
		q++
	}
	switch n[p] {
	case '.', '!', '?':
		// terminal has already decided about this break.
		return false
	case ')':
		// "a hotline at (559)\n555-0142": a bracket in the middle of
		// something wrapped goes on with digits or lowercase.
		return !(q < len(n) && (isDigit(n[q]) || isLower(n[q])) && p > sp.start && isDigit(n[p-1]))
	case ':', ';', '"':
		return true
	case ',':
		return false
	}
	if q >= len(n) {
		return true
	}
	if n[p] == '\'' && p > sp.start && (isLetter(n[p-1]) || strings.IndexByte(".!?", n[p-1]) >= 0) && (isUpper(n[q]) || isDigit(n[q])) &&
		opensQuote(n[max(sp.start, strings.LastIndexByte(n[:i], '\n')+1):p]) {
		// "Owner of 14kg marrow says secret is 'talking to it'\nMost
		// read": a line closing the single quote it opened, the next
		// opening a line of its own, as a double quote's does. "the
		// Farmers'\nLeague" is wrapped after a possessive.
		return true
	}
	if strings.IndexByte("-*#>|", n[q]) >= 0 || strings.HasPrefix(n[q:], "\u2022") {
		return true
	}
	if listItem(n[q:min(len(n), q+8)]) {
		return true // a numbered list: "Most read\n1. Storm kills 3"
	}
	if isDigit(n[p]) && counterLabelAt(n, q) {
		// A counter across the break, "118\nComments": one piece of
		// furniture, to be cut whole.
		return false
	}
	if isDigit(n[p]) && (p == sp.start || !isDigit(n[p-1]) || p-1 == sp.start || !isDigit(n[p-2])) && zoneOrCalendar(n[q:]) {
		// A date wrapped after its day: "held on 3\nMarch 2025",
		// "By Sports Desk · 2\nJune 2024".
		return false
	}
	lineStart := strings.LastIndexByte(n[:i], '\n') + 1
	// The sentence's part of the line: "…checked? Email tips@x.org" ends
	// its short sentence where the line does.
	if i-max(lineStart, sp.start) < 50 && (isUpper(n[q]) || n[q] == '"' || n[q] == '\'' || n[q] == '(' && q+2 < len(n) && isUpper(n[q+1]) && isLower(n[q+2]) && !capsPlace(n[lineStart:i])) {
		// "Wildfire grows to 12,000 acres\n(Pacific Wire) - A wildfire…":
		// a headline over a lead opening with its agency in brackets;
		// but "HARBOUR CITY, June 9\n(Sports Wire) -" is a dateline
		// wrapped before its agency.
		return true
	}
	if strings.Contains(n[lineStart:i], "\u2022") && isUpper(n[q]) {
		// "• Revenue of $4.21 billion, up 12%\nAbout Northmoor Air:": a
		// bullet's item ends with its line, wherever on it the bullet
		// stands.
		return true
	}
	if isUpper(n[q]) && i-lineStart < 200 && (strings.Count(n[lineStart:i], " | ") >= 2 || strings.Count(n[lineStart:i], " \u00b7 ") >= 2) {
		// "Stourley Standard | Friday 7 November 2025 | 3 min
		// read\nStourley Borough Council's…", "Harlow Post · Business ·
		// Monday 08:05 · 3 min read\nThe index…": a masthead's stamp
		// line.
		return true
	}
	if i-lineStart < 50 && isDigit(n[p]) && digitsThenWord(n[q:]) {
		// "Northern Quay (Sam Ridley) 12-1\n14 ran.": a short line
		// ending in a figure, then a line opening with one; a number
		// wrapped in its groups goes on with three digits ("12\n000").
		return true
	}
	// A line of page furniture after the text: "Share this article".
	lineEnd := strings.IndexByte(n[q:], '\n')
	if lineEnd < 0 {
		lineEnd = len(n) - q
	}
	if next := n[q : q+lineEnd]; phraseJunk(next) || len(next) <= maxDateline && dateOnly(next) {
		return true
	} else if popularHeading(next) || popularHeading(n[lineStart:i]) && (isUpper(n[q]) || isDigit(n[q])) {
		// "…line the high street\nMost read\n1 Owner of…": a list of
		// links under its heading, on lines of their own.
		return true
	} else if _, ok := chainJunk(next); ok && !strings.Contains(next, " ") {
		return true
	}
	return false
}

// opensQuote reports whether s opens a single quote: a quote mark at its
// start or after a space, before a letter.
func opensQuote(s string) bool {
	for k := 0; k+1 < len(s); k++ {
		if s[k] == '\'' && (k == 0 || isWS(s[k-1]) || s[k-1] == '(') && isLetter(s[k+1]) {
			return true
		}
	}
	return false
}

// clockAhead reports whether s opens with a clock time written with a
// colon: "11:20 GMT", "9:05 Police say".
func clockAhead(s string) bool {
	k := 0
	for k < len(s) && k < 2 && isDigit(s[k]) {
		k++
	}
	return k >= 1 && k+2 < len(s) && s[k] == ':' && isDigit(s[k+1]) && isDigit(s[k+2])
}

// digitsThenWord reports whether s opens with one or two digits, a space
// and a lowercase word: "14 ran", not a thousands group ("000 people")
// or a decimal.
func digitsThenWord(s string) bool {
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k >= 1 && k <= 2 && k+1 < len(s) && s[k] == ' ' && isLower(s[k+1])
}

// terminal decides whether the terminal punctuation at n[i] ends a
// sentence; end is the end of the sentence and next the start of the next.
func (sp *splitter) terminal(i int) (end, next int, ok bool) {
	n := sp.n
	j := i
	for j < len(n) && (n[j] == '.' || n[j] == '!' || n[j] == '?') {
		j++
	}
	// Closing quotes and brackets.
	k := j
	for k < len(n) && (n[k] == '"' || n[k] == '\'' || n[k] == ')' || n[k] == ']') {
		k++
	}
	if k >= len(n) {
		return k, k, true
	}
	if isWS(n[k]) {
		m := k
		for m < len(n) && isWS(n[m]) {
			m++
		}
		if m >= len(n) {
			return k, m, true
		}
		if n[k] == '\n' && m-k >= 2 {
			return k, m, true
		}
		nc := n[m]
		if isLower(nc) {
			return 0, 0, false
		}
		if n[i] == '.' && j == i+1 && k == j {
			w := wordBefore(n, i, sp.start)
			lw := strings.ToLower(w)
			if t := gluedTail(w); t != "" && isDigit(nc) && monthAbbr[strings.ToLower(t)] {
				// "By Dana WhitcombeOct. 15, 2026": a byline glued to
				// its stamp's month.
				lw = strings.ToLower(t)
			}
			switch {
			case titleAbbr[lw]:
				return 0, 0, false
			case isDigit(nc) && dottedDate(n, i-len(w), m, w):
				// "Jana Kroupová, 4. 12. 2024 7:15": a day, a month and a
				// year, each closed by a dot as Czech, German or Polish
				// pages write them.
				return 0, 0, false
			case len(w) <= 2 && !isDigit(nc) && allDigitsStr(w) && rowItem(n, i-len(w), m, sp.start):
				// "The top 10: 1. Zurich 97.2 | 2. Vienna 96.8": a ranked
				// list's numbers after a label or a bar open its items,
				// inside one row that bars part.
				return 0, 0, false
			case isDigit(nc) && lw == "may" && dayYearAhead(n[m:]):
				// "Updated May. 14, 2025": a stamp abbreviating every
				// month, May as well; "in May. 14 died" ends.
				return 0, 0, false
			case isDigit(nc) && (numAbbr[lw] || monthAbbr[lw]) && !(n[k] == '\n' && (lw == "a.m" || lw == "p.m") && clockAhead(n[m:])):
				// "at 9:15 a.m.\n11:20 GMT Coast guard…": a line
				// opening with a clock is a new entry.
				return 0, 0, false
			case lw == "a.m" || lw == "p.m":
				// "at 4 a.m. Rescuers arrived" ends; "4 a.m. GMT" and
				// "10 a.m. Tuesday" do not; a stamp's line ("July 23 at
				// 10:05 a.m.\nWESTBROOK - …") does.
				if !starterWord(n[m:]) && !capitalisedWord(n[m:]) && !(n[k] == '\n' && !zoneOrCalendar(n[m:])) {
					return 0, 0, false
				}
			case monthAbbr[lw] || corpAbbr[lw] || isInitialism(w):
				if !starterWord(n[m:]) {
					return 0, 0, false
				}
			}
		}
		if !(isUpper(nc) || isDigit(nc) || nc == '"' || nc == '\'' || nc == '(' || nc == '[' || nc >= 0x80) {
			return 0, 0, false
		}
		return k, m, true
	}
	// Glued: the scraper dropped the space.
	if k > j {
		if !isUpper(n[k]) {
			return 0, 0, false
		}
		switch {
		case k-j >= 2, n[j] == ')' || n[j] == ']':
			return j + 1, j + 1, true
		case n[j] == '"' && sp.dq, n[j] == '\'' && sp.sq:
			return k, k, true
		}
		if j > i+1 || n[i] != '.' {
			return j, j, true
		}
		// ".'X" or ".\"X" opening a new sentence: check the word before.
		if w := wordBefore(n, i, sp.start); isInitialism(w) || titleAbbr[strings.ToLower(w)] {
			return 0, 0, false
		}
		return j, j, true
	}
	if j == i+1 && n[i] == '.' && n[j] == '(' && j+2 < len(n) && isUpper(n[j+1]) && isLower(n[j+2]) && i > 0 && isLower(n[i-1]) {
		// "cost 150 million euros.(Reporting by …)": a bracketed
		// sentence or wire credit glued on, not a ticker ("Corp.(NYSE").
		if w := wordBefore(n, i, sp.start); !isInitialism(w) && !titleAbbr[strings.ToLower(w)] && !corpAbbr[strings.ToLower(w)] {
			return j, j, true
		}
	}
	if j != i+1 || !isUpper(n[j]) || j+1 >= len(n) {
		return 0, 0, false
	}
	if n[i] == '.' {
		// "98,750.E-book loans": a capital and a hyphen open a word too.
		hyphened := n[j+1] == '-' && j+2 < len(n) && isLetter(n[j+2])
		if !(isLetter(n[j+1]) || hyphened || (n[j+1] == ' ' && (n[j] == 'A' || n[j] == 'I')) || (n[j+1] == '.' && j+2 < len(n) && isUpper(n[j+2]))) {
			return 0, 0, false
		}
		if i == 0 {
			return 0, 0, false
		}
		// "was -58C.Using a bulldozer": a temperature's unit ends it as
		// a digit would.
		degree := (n[i-1] == 'C' || n[i-1] == 'F') && i >= 2 && (isDigit(n[i-2]) || n[i-2] == 0xB0)
		if p := n[i-1]; !(isLower(p) || isDigit(p) || p == ')' || p == '%' || p == '"' || p == '\'' || degree) {
			return 0, 0, false
		}
		// "won 6.2%.Results", "(AFP).Officials": a sign or a bracket
		// ends no address or abbreviation.
		w := wordBefore(n, i, sp.start)
		if (strings.EqualFold(w, "a.m") || strings.EqualFold(w, "p.m")) && isLower(n[j+1]) {
			// "· Feb. 6, 2025 5:30 a.m.The report forecasts": a stamp's
			// clock glued to the sentence after it.
			return j, j, true
		}
		// A lone letter is an initial ("J.Smith"); a lone digit ends its
		// sentence ("treated aged 7.By Rhian Talbot").
		if p := n[i-1]; isLower(p) && (len(w) < 2 || isInitialism(w)) || isDigit(p) && isInitialism(w) || !isNumeric(w) && !amountWord(w) && strings.ContainsAny(w, "/@.") || strings.HasPrefix(strings.ToLower(w), "www") {
			return 0, 0, false
		}
		// "example.Com", "Node.JS": a following word with a dot is an
		// address, not a sentence.
		e := j
		for e < len(n) && !isWS(n[e]) && n[e] != '.' {
			e++
		}
		if e < len(n) && n[e] == '.' && e+1 < len(n) && isLower(n[e+1]) {
			return 0, 0, false
		}
	}
	return j, j, true
}

// dottedDate reports whether the number w, starting at n[ws] and closed
// by a dot, is the day or the month of a date written with dots and
// spaces ("4. 12. 2024"), the rest of which starts at n[m].
func dottedDate(n string, ws, m int, w string) bool {
	v, err := strconv.Atoi(w)
	if len(w) > 2 || err != nil || !allDigitsStr(w) {
		return false
	}
	digits := func(k int) int {
		e := k
		for e < len(n) && isDigit(n[e]) {
			e++
		}
		return e - k
	}
	if d := digits(m); d >= 1 && d <= 2 && m+d < len(n) && n[m+d] == '.' {
		// The day: its month and the year follow.
		y := m + d + 1
		if y < len(n) && n[y] == ' ' {
			y++
		}
		return digits(y) == 4 && v <= 31
	}
	if digits(m) != 4 || v > 12 {
		return false
	}
	// The month: its day stands before it.
	b := ws
	if b > 0 && n[b-1] == ' ' {
		b--
	}
	if b == 0 || n[b-1] != '.' {
		return false
	}
	d := b - 1
	for d > 0 && isDigit(n[d-1]) {
		d--
	}
	return b-1-d >= 1 && b-1-d <= 2
}

// headingEnd finds a quoted all-caps heading glued to the sentence that
// follows it, as in `'NO SURRENDER'"We will...`, and returns the offset after
// the heading, or 0.
func headingEnd(n string, s, e int) int {
	q := n[s]
	if q != '\'' && q != '"' {
		return 0
	}
	caps := 0
	for i := s + 1; i < e; i++ {
		c := n[i]
		switch {
		case isUpper(c):
			caps++
		case c == ' ' || c == '-' || c == ',' || isDigit(c) || c == '&' || c == '!' || c == '?':
		case c == '\'' && q == '"':
		case c == q:
			if caps >= 2 && i+1 < e && (isUpper(n[i+1]) || n[i+1] == '"' || n[i+1] == '\'') {
				return i + 1
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// wordBefore returns the run of letters, digits and dots that ends at n[i].
func wordBefore(n string, i, floor int) string {
	p := i
	if floor < i-64 {
		floor = i - 64
	}
	for p > floor && (isLetter(n[p-1]) || isDigit(n[p-1]) || n[p-1] == '.' || n[p-1] >= 0x80 || n[p-1] == '/' || n[p-1] == '@' || n[p-1] == '-' || n[p-1] == '_') {
		p--
	}
	return n[p:i]
}

// allDigitsStr reports whether s is one or more ASCII digits.
func allDigitsStr(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return s != ""
}

// rowItem reports whether the number at n[w] opens an item of a row that
// bars part, a name and its reading starting at n[m]: a bar stands
// before it, or a label's colon with a bar later on the line.
func rowItem(n string, w, m, floor int) bool {
	if w-2 <= floor || n[w-1] != ' ' || n[w-2] != '|' && n[w-2] != ':' {
		return false
	}
	line := n[m:min(len(n), m+160)]
	if e := strings.IndexByte(line, '\n'); e >= 0 {
		line = line[:e]
	}
	// The item is a name and its reading: "Karsk 95.8 | 4. …", the
	// reading among its first words, as the end of a glued scrape may
	// follow ("Lu 5,990Marchetti-Vos, who…").
	item, _, bar := strings.Cut(line, " | ")
	reading := false
	for k, f := range strings.Fields(item) {
		if k >= 6 {
			break
		}
		if isDigit(f[0]) {
			reading = true
			break
		}
	}
	// The items are numbered in turn: the next after the bar, or the
	// one before in the row.
	d := w
	for d < len(n) && isDigit(n[d]) {
		d++
	}
	num, err := strconv.Atoi(n[w:d])
	if !reading || err != nil {
		return false
	}
	if n[w-2] == ':' {
		return bar && strings.Contains(line, " | "+strconv.Itoa(num+1)+". ")
	}
	return strings.Contains(n[max(floor, w-200):w], strconv.Itoa(num-1)+". ")
}

// gluedTail returns the capitalised word glued to the end of w after a
// lower-case letter ("Oct" of "WhitcombeOct"), or "" when w is not glued.
func gluedTail(w string) string {
	for p := len(w) - 1; p > 0; p-- {
		if isUpper(w[p]) {
			if isLower(w[p-1]) {
				return w[p:]
			}
			return ""
		}
	}
	return ""
}

// isNumeric reports whether w is made of digits and dots ("005.3"),
// after a currency sign ("£12.68").
func isNumeric(w string) bool {
	w = strings.TrimLeft(w, "£€¥₹₩₽₺₪₦")
	for k := 0; k < len(w); k++ {
		if !isDigit(w[k]) && w[k] != '.' {
			return false
		}
	}
	return w != ""
}

// amountWord reports whether w is a sum or a measure written as one word,
// digits then a short suffix: "£1.9m", "$4.5bn", "3.5km". A full stop
// after it ends a sentence ("at a cost of £1.9m.Medical…").
func amountWord(w string) bool {
	w = strings.TrimLeft(w, "$£€¥₹₩₽₺₪₦")
	k := 0
	for k < len(w) && (isDigit(w[k]) || w[k] == '.' || w[k] == ',') {
		k++
	}
	if k == 0 || !isDigit(w[0]) || len(w)-k > 3 || k == len(w) {
		return false
	}
	for _, c := range []byte(w[k:]) {
		if !isLower(c) {
			return false
		}
	}
	return true
}

// isInitialism reports whether w (before its final dot) is a single letter
// or a dotted initialism such as "U.S", "a.m", "e.g".
func isInitialism(w string) bool {
	if len(w) == 1 && isLetter(w[0]) {
		return true
	}
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k%2 == 0 {
			if !isLetter(w[k]) {
				return false
			}
		} else if w[k] != '.' {
			return false
		}
	}
	return true
}

// starterWord reports whether s begins with a word that typically opens a
// sentence, used to decide whether "U.S." or "Inc." ends one.
func starterWord(s string) bool {
	e := 0
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	if e == 0 {
		return s != "" && (s[0] == '"' || s[0] == '\'')
	}
	return starters[s[:e]]
}

// capitalisedWord reports whether s begins with a capitalised word that is
// neither all capitals nor a day or month name.
func capitalisedWord(s string) bool {
	e := 0
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	if e < 2 || !isUpper(s[0]) || !isLower(s[1]) {
		return false
	}
	return !calendarWords[strings.ToLower(s[:e])]
}

// zoneOrCalendar reports whether s begins with a time zone, or a day or
// month name: words that continue a clock time on the next line.
func zoneOrCalendar(s string) bool {
	e := 0
	for e < len(s) && isLetter(s[e]) {
		e++
	}
	return stampZones[s[:e]] || calendarWords[strings.ToLower(s[:e])]
}

var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

func isWS(c byte) bool     { return c == ' ' || c == '\n' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
func isLetter(c byte) bool { return isUpper(c) || isLower(c) }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

var titleAbbr = setOf("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
	"cpl", "pvt", "adm", "cmdr", "cdr", "rep", "reps", "sen", "sens", "gov", "govs", "pres", "rev", "fr",
	"st", "mt", "ft", "hon", "sec", "supt", "insp", "det", "amb", "brig", "gens", "vs", "v", "messrs",
	"mme", "mlle", "sr", "jr", "esq", "atty", "lieut", "sgt.maj", "cf", "al", "approx", "ca", "c",
	"etc.al", "fig", "figs", "eq", "ref", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "hwy", "avg",
	"mio", "mrd") // German scales: "612 Mio. Euro"

var numAbbr = setOf("no", "nos", "vol", "art", "p", "pp", "ch", "sec", "para", "fig", "figs", "op",
	"tel", "ext", "rt", "pt", "pg", "ed", "ser", "approx", "est", "ca", "c", "ver", "v", "nr", "num",
	"mins", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks", "a.m", "p.m")

// dayYearAhead reports whether s opens with a day of the month, a comma
// and a year: "14, 2025".
func dayYearAhead(s string) bool {
	d := 0
	for d < len(s) && d < 3 && isDigit(s[d]) {
		d++
	}
	if d == 0 || d > 2 || !strings.HasPrefix(s[d:], ", ") || len(s) < d+6 {
		return false
	}
	y := s[d+2 : d+6]
	return allDigitsStr(y) && (len(s) == d+6 || !isDigit(s[d+6]))
}

var monthAbbr = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

var corpAbbr = setOf("inc", "corp", "co", "ltd", "plc", "llc", "bros", "etc", "jr", "sr", "ave", "st", "no")

var starters = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In",
	"On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "My",
	"Officials", "Police", "However", "Meanwhile", "Earlier", "Later", "After", "Before", "When",
	"While", "If", "As", "Since", "Last", "Next", "Some", "Many", "Most", "All", "No", "One", "Two",
	"Three", "Several", "Both", "Such", "So", "Yet", "Still", "Also", "Despite", "Although", "For",
	"With", "From", "By", "Under", "Over", "More", "Less", "About", "Nearly", "Almost", "Here",
	"What", "Who", "Why", "How", "Where", "Which", "Asked", "According", "Now", "Then", "Today",
	"Yesterday", "On", "During", "Among", "Other", "Another", "Each", "Every", "Reporting", "Writing",
	"Editing", "Additional")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// capsPlace reports whether line opens with a place in capitals and a
// comma, as a wire story's dateline does: "HARBOUR CITY, June 9".
func capsPlace(line string) bool {
	k := strings.IndexByte(line, ',')
	if k < 3 {
		return false
	}
	for _, c := range []byte(line[:k]) {
		if !isUpper(c) && c != ' ' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}
