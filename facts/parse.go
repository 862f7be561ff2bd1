package facts

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/factdiff/factdiff/textnorm"
)

// Parse splits text into sentences and extracts its figures.
//
// The text is normalised first (textnorm), but every offset in the result
// refers to Document.Text, which is text with invalid UTF-8 replaced, so
// that Figure.Text == Document.Text[Figure.Start:Figure.End] always holds.
// Page junk (textnorm's Junk sentences) is left out of Sentences and yields
// no figures. Sentence.Norm is the normalised sentence on one line, so a
// sentence re-wrapped between versions keeps its Norm.
func Parse(text string) *Document {
	t := textnorm.Normalize(text)
	sents := t.Sentences()
	doc := &Document{Text: t.Orig, Sentences: make([]Sentence, 0, len(sents)), Figures: make([]Figure, 0, len(sents)/2+1)}
	low := asciiLower(t.Norm)
	scope := &docScope{low: low, currencies: localCurrencies(low)}
	var toks []tok
	var near []bool
	var stems []string
	var kx keyState
	var figs, fbuf []fig
	var ctx []string // backing store of the figures' Context, in chunks
	for _, s := range sents {
		if s.Junk {
			continue
		}
		os, oe := t.OrigSpan(s.Start, s.End)
		si := len(doc.Sentences)
		norm := t.Norm[s.Start:s.End]
		if strings.IndexByte(norm, '\n') >= 0 {
			// A sentence wrapped across lines reads as one line.
			norm = strings.ReplaceAll(norm, "\n", " ")
		}
		doc.Sentences = append(doc.Sentences, Sentence{Start: os, End: oe, Norm: norm})
		toks = tokenize(t.Norm, s.Start, s.End, toks[:0], scope)
		p := parser{n: t.Norm, low: low, toks: toks, near: near, figs: figs[:0], fbuf: fbuf, doc: scope}
		p.run()
		near, figs, fbuf = p.near, p.figs, p.fbuf
		if len(p.figs) == 0 {
			continue
		}
		if cap(stems) < len(toks) {
			stems = make([]string, len(toks))
		}
		p.stems = stems[:len(toks)]
		clear(p.stems)
		p.kx = kx
		p.startKeys()
		for x, f := range p.figs {
			if f.te <= f.ts || f.te > len(toks) {
				continue
			}
			ts := f.ts
			if (f.qual == "a maximum of" || f.qual == "a minimum of") && ts+3 < f.te && p.word(ts) == "a" && (p.word(ts+1) == "maximum" || p.word(ts+1) == "minimum") {
				// "faces a maximum of 14 years": the figure is the
				// cap itself, and its text is the cap's, "14 years";
				// the qualifier still says which bound it is. "a cap
				// of A$1.05 million" opens with the dollar's "A".
				ts += 3
			}
			ns, ne := toks[ts].s, toks[f.te-1].e
			fs, fe := t.OrigSpan(ns, ne)
			fig := Figure{
				Category:      f.cat,
				Value:         Finite(f.value),
				Text:          doc.Text[fs:fe],
				Qualifier:     f.qual,
				Unit:          f.unit,
				Sentence:      sentenceAround(doc.Text, os, oe, fs, fe),
				Start:         fs,
				End:           fe,
				SentenceIndex: si,
				Run:           f.run,
			}
			if f.hasHigh {
				h := Finite(f.high)
				fig.High = &h
			}
			fig.Key, fig.Concept = p.key(x)
			fig.State = p.state(x)
			fig.Context, ctx = p.context(f, ctx)
			doc.Figures = append(doc.Figures, fig)
		}
		kx = p.kx
	}
	localCents(doc.Figures)
	return doc
}

// localCents gives cents named by no currency the currency of the
// story's other sums: "rose 21 cents to €7.46" is euro cents, where
// "cents" alone reads as US cents, and so does "50c". It does so only
// where the story states no dollar sum and all its other sums are of
// one currency whose hundredth is a cent.
func localCents(figs []Figure) {
	var bare []int
	cur := ""
	for x := range figs {
		f := &figs[x]
		if f.Category != Money {
			continue
		}
		if f.Unit == "USD" && (strings.HasSuffix(f.Text, " cents") || strings.HasSuffix(f.Text, " cent") || gluedCents(f.Text)) {
			bare = append(bare, x)
			continue
		}
		switch {
		case !centCurrencies[f.Unit]:
			return
		case cur == "":
			cur = f.Unit
		case cur != f.Unit:
			return
		}
	}
	if cur == "" {
		return
	}
	for _, x := range bare {
		figs[x].Unit = cur
	}
}

// gluedCents reports whether a sum's text is cents written with a glued
// "c", "50c", as a price in euro cents is as often as one in US cents.
func gluedCents(t string) bool {
	return len(t) > 1 && t[len(t)-1] == 'c' && isDigitB(t[len(t)-2])
}

// centCurrencies are the currencies other than the US dollar whose
// hundredth is called a cent.
var centCurrencies = setOf("EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "ZAR", "KES", "NAD", "JMD", "TTD", "FJD")

// Finite clamps x to a number JSON can carry: digits enough overflow
// float64 to an infinity, and so may the distance between two huge values.
// Figures' values pass through it; so do the deltas the diff reports.
func Finite(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return 0
	case math.IsInf(x, 1):
		return math.MaxFloat64
	case math.IsInf(x, -1):
		return -math.MaxFloat64
	}
	return x
}

// Rounded returns x rounded to the precision of ref: twelve significant
// digits of ref's magnitude, more than any written figure carries. Scaling
// and subtracting decimals leave binary noise ("8.7 trillion" read as
// 8699999999999.999, 0.3 - 0.2 as 0.09999999999999998) that readers must
// not see.
func Rounded(x, ref float64) float64 {
	ref = math.Abs(ref)
	if x == 0 || ref == 0 || math.IsNaN(x) || math.IsInf(x, 0) || math.IsInf(ref, 0) {
		return x
	}
	q := math.Pow(10, math.Floor(math.Log10(ref))-11)
	if q == 0 || math.IsInf(q, 0) {
		return x
	}
	r := math.Round(x/q) * q
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return x
	}
	// Print-exact: 0.1 rather than 0.10000000000000002.
	if v, err := strconv.ParseFloat(strconv.FormatFloat(r, 'g', 12, 64), 64); err == nil {
		return v
	}
	return r
}

// maxSentence is the longest sentence a figure carries whole. Text without
// sentence punctuation (a table, a list of numbers, hostile input) can make
// one "sentence" of megabytes; each of its thousands of figures carrying it
// whole would make output quadratic in the input.
const maxSentence = 600

// sentenceAround returns the sentence text[os:oe] of the figure at
// text[fs:fe], or, when the sentence is longer than maxSentence, the words
// around the figure within it, marked cut with "…".
func sentenceAround(text string, os, oe, fs, fe int) string {
	if oe-os <= maxSentence {
		return text[os:oe]
	}
	const side = maxSentence / 2
	ws, we := max(os, fs-side), min(oe, fe+side)
	// Cut at a space, so that no word (or UTF-8 sequence) is split.
	if ws > os {
		if i := strings.IndexByte(text[ws:fs], ' '); i >= 0 {
			ws += i + 1
		} else {
			ws = fs
		}
	}
	if we < oe {
		if i := strings.LastIndexByte(text[fe:we], ' '); i >= 0 {
			we = fe + i
		} else {
			we = fe
		}
	}
	out := text[ws:we]
	if ws > os {
		out = "…" + out
	}
	if we < oe {
		out += "…"
	}
	return out
}

// Extract returns the figures of text in document order.
func Extract(text string) []Figure { return Parse(text).Figures }

// lowerASCII maps each byte to itself, capital ASCII letters to their
// lowercase.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// asciiLower lowercases the ASCII letters of s, keeping every byte offset.
// It lowers blocks of s in a buffer on the stack and writes them whole:
// capitals are frequent enough in news that writing around each costs more.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var buf [512]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		for i, c := range buf[:n] {
			buf[i] = lowerASCII[c]
		}
		b.Write(buf[:n])
		s = s[n:]
	}
	return b.String()
}

// docScope is what the whole document tells the reading of each of its
// sentences: a figure's sentence may not name what the story is about.
type docScope struct {
	low string // the normalised document, ASCII-lowercased
	// currencies are the words the document names a currency by with a
	// conversion after them ("1.2 trillion dorin ($223 million)"),
	// lower-cased; nil when none.
	currencies map[string]bool
	letters    letterSet // one-letter currency prefixes the document names
	lettersSet bool      // whether letters has been worked out
	storm      int8      // whether low names a tropical storm: 0 not yet looked, 1 no, 2 yes
	cricket    int8      // whether low is about cricket, as storm
	dots       int8      // whether low groups thousands with dots, as storm
	cotton     int8      // whether low is about cotton, as storm
	field      int8      // whether low is about a jumping or throwing event, as storm
	yuan       int8      // whether low names the yuan, as storm
	yen        int8      // whether low names the yen, as storm
	philippine int8      // whether low names the Philippines or its peso sign, as storm
	mexico     int8      // whether low names Mexico, as storm
	tb         int8      // whether low names tuberculosis, as storm
	crowns     string    // the crown "kr" stands for, worked out on first use
}

// crown returns the currency the document's "kr" abbreviates: the
// Norwegian krone in a story that names the krone or Norway, the Danish
// in one that names Denmark, the Icelandic in one that names Iceland, and
// the Swedish krona otherwise ("45 kroner" restated "45 kr" is one sum).
func (d *docScope) crown() string {
	if d.crowns == "" {
		switch {
		case strings.Contains(d.low, "danish") || strings.Contains(d.low, "denmark") || strings.Contains(d.low, "copenhagen"):
			d.crowns = "DKK"
		case strings.Contains(d.low, "icelandic") || strings.Contains(d.low, "iceland") || strings.Contains(d.low, "reykjav"):
			d.crowns = "ISK"
		case strings.Contains(d.low, "krone") || strings.Contains(d.low, "norw") || strings.Contains(d.low, "oslo"):
			d.crowns = "NOK"
		default:
			d.crowns = "SEK"
		}
	}
	return d.crowns
}

// philippinePeso reports whether the document's pesos are the
// Philippines': it shows the peso sign or names a Philippine place, and
// never Mexico ("3.2 billion pesos" in a typhoon story from Luzon).
func (d *docScope) philippinePeso() bool {
	return d.namesAny(&d.philippine, 1, "\u20b1", "philippine", "filipino", "manila", "luzon", "mindanao", "visayas",
		"cebu", "davao", "barangay") && !d.namesAny(&d.mexico, 1, "mexic")
}

// aboutCotton reports whether the document names cotton, whose bales are
// the trade's measure wherever in the story they stand.
func (d *docScope) aboutCotton() bool { return d.namesAny(&d.cotton, 1, "cotton") }

// aboutTuberculosis reports whether the document names tuberculosis,
// whose abbreviation "TB" is then no terabyte.
func (d *docScope) aboutTuberculosis() bool { return d.namesAny(&d.tb, 1, "tuberculosis") }

// aboutFieldEvents reports whether the document is about a jumping or
// throwing event, whose marks ("cleared 2.04m", "the record of 2.11m")
// are lengths wherever in the story they stand.
func (d *docScope) aboutFieldEvents() bool {
	return d.namesAny(&d.field, 1, "high jump", "long jump", "triple jump", "pole vault", "javelin", "discus", "shot put", "hammer throw")
}

// yuanSign reports whether the document's "¥" is the yuan's: it names the
// yuan (or renminbi) and never the yen, as a China desk's copy writes
// "¥98.6tn" beside "98.6 trillion yuan".
func (d *docScope) yuanSign() bool {
	return d.namesAny(&d.yuan, 1, "yuan", "renminbi", "rmb") && !d.namesAny(&d.yen, 1, " yen", "japan")
}

// dotGrouped reports whether the document writes numbers the continental
// way, thousands grouped with dots and decimals after a comma
// ("1.200.000", "3,5 per cent"), so that "45.000" is forty-five thousand.
// Numbers with two dot groups or with a decimal comma tell, when they
// outnumber decimals written after a point ("3.5%"); a share counter's
// "1.2K", which continental pages show as often, tells nothing.
func (d *docScope) dotGrouped() bool {
	if d.dots == 0 {
		d.dots = 1
		if c := len(continentalNumber.FindAllStringIndex(d.low, -1)); c > 0 && c > len(englishDecimal.FindAllStringIndex(d.low, c+1)) {
			d.dots = 2
		}
	}
	return d.dots == 2
}

// continentalNumber matches a number grouped with dots or with a decimal
// comma; englishDecimal a decimal point with one or two digits after it.
var (
	continentalNumber = regexp.MustCompile(`(?:^|[^\d.,])\d{1,3}(?:\.\d{3}){2,}(?:[^\d]|$)|\d,\d{1,2}(?:[^\d,.]|$)`)
	englishDecimal    = regexp.MustCompile(`\d\.\d{1,2}(?:[^\d.Kk]|$)`)
)

// aboutCricket reports whether the document is about cricket: it names
// wickets, overs or an innings, looked up once on first use.
func (d *docScope) aboutCricket() bool {
	return d.namesAny(&d.cricket, 2, "wicket", " overs", "innings", "bowled", "stumps", "batting", "bowling",
		"declared", "all out", "follow on", "follow-on", "seamer", "spinner", "lbw", "county championship")
}

// namesStorm reports whether the document names a hurricane, cyclone or
// typhoon, looked up once on first use.
func (d *docScope) namesStorm() bool {
	return d.namesAny(&d.storm, 1, "hurricane", "cyclone", "typhoon")
}

// namesAny reports whether the document holds at least least of words,
// looking only on first use and keeping the answer in *state (0 not yet
// looked, 1 no, 2 yes): most documents never ask.
func (d *docScope) namesAny(state *int8, least int, words ...string) bool {
	if *state == 0 {
		*state = 1
		n := 0
		for _, w := range words {
			if strings.Contains(d.low, w) {
				if n++; n >= least {
					*state = 2
					break
				}
			}
		}
	}
	return *state == 2
}

// letterSet is a set of lowercase ASCII letters.
type letterSet uint32

// has reports whether c, a lowercase ASCII letter, is in the set.
func (s letterSet) has(c byte) bool { return c >= 'a' && c <= 'z' && s&(1<<(c-'a')) != 0 }

// letterNames are the words that tell which currency a lone capital
// letter before a sum stands for: a story that names the peso, or a place
// that pays in it, writes "P14" for fourteen of them.
var letterNames = []struct {
	c     byte
	names []string
}{
	{'p', []string{"peso", "\u20b1", "philippine", "filipino", "manila", "barangay", "luzon", "mindanao", "visayas", "cebu", "davao"}},
	{'n', []string{"naira", "\u20a6", "nigeria", "lagos", "abuja"}},
	{'r', []string{"south africa", " rand ", " rand.", " rand,", " rand's", " rand\u2019s", " rands", "johannesburg", "cape town", "pretoria",
		"durban", "gauteng", "eskom", "soweto", "kwazulu", "limpopo", "mpumalanga", "free state", "western cape", "eastern cape",
		"load-shedding", "load shedding", "sassa", "transnet", "springbok"}},
}

// currencyLetters returns the one-letter currency prefixes the document
// names, worked out on first use: most documents have no sum after a lone
// letter.
func (d *docScope) currencyLetters() letterSet {
	if !d.lettersSet {
		d.letters, d.lettersSet = localLetters(d.low), true
	}
	return d.letters
}

// localLetters returns the one-letter currency prefixes that low, a
// lower-cased text, names the currency of.
func localLetters(low string) letterSet {
	var s letterSet
	for _, l := range letterNames {
		for _, w := range l.names {
			if strings.Contains(low, w) {
				s |= 1 << (l.c - 'a')
				break
			}
		}
	}
	return s
}

// localCurrencies returns the words low, a lower-cased text, names
// currencies by that it converts into dollars in brackets after a figure
// ("1.2 trillion dorin ($223 million)", "150,000 korvans (US$2,100)"), or
// nil. A currency the lexicon lacks is thus known by the story's own
// conversion.
func localCurrencies(low string) map[string]bool {
	var out map[string]bool
	// The next " ($" and " (us$" at or after k, found once each and
	// searched again only when passed, so the text is read once.
	nextDollar, nextUS := -2, -2
	find := func(at *int, k int, pat string) {
		if *at == -1 || *at >= k {
			return
		}
		if i := strings.Index(low[k:], pat); i >= 0 {
			*at = k + i
		} else {
			*at = -1
		}
	}
	for k := 0; ; {
		find(&nextDollar, k, " ($")
		find(&nextUS, k, " (us$")
		i := nextDollar
		if i < 0 || nextUS >= 0 && nextUS < i {
			i = nextUS
		}
		if i < 0 {
			return out
		}
		k = i + 3
		// The word before the bracket, then a number or a scale word
		// before it.
		we := i
		ws := we
		for ws > 0 && low[ws-1] >= 'a' && low[ws-1] <= 'z' {
			ws--
		}
		if we-ws < 3 || ws < 2 || low[ws-1] != ' ' {
			continue
		}
		pe := ws - 1
		ps := pe
		for ps > 0 && low[ps-1] != ' ' {
			ps--
		}
		prev := low[ps:pe]
		if prev == "" || !(prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9') && !scaleWordsLower[prev] {
			continue
		}
		w := low[ws:we]
		if _, unit := measureUnits[w]; unit || stopWords[w] {
			continue
		}
		if out == nil {
			out = make(map[string]bool)
		}
		out[w] = true
		out[strings.TrimSuffix(w, "s")] = true
		out[strings.TrimSuffix(w, "s")+"s"] = true
	}
}

// scaleWordsLower are the scale words a figure ends with, "1.2 trillion".
var scaleWordsLower = map[string]bool{"thousand": true, "million": true, "billion": true, "trillion": true, "bn": true, "m": true}
