package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with inner apostrophes or dots ("U.S.")
	tNum                  // digits with thousands separators and a decimal part
	tPunct                // one ASCII punctuation byte
	tSym                  // one non-ASCII symbol rune (£, €, °, ½)
	tIdent                // letters and digits mixed, versions, addresses: never a figure
)

// maxDigits caps the length of a number; longer digit runs are identifiers.
const maxDigits = 24

// minCodeDigits is the length from which a run of digits that no comma
// groups is a code (a barcode, a phone number) and never a figure.
const minCodeDigits = 11

// tok is a token of a normalised sentence; s and e are offsets in the
// normalised text.
type tok struct {
	s, e int
	kind tokKind
	sp   bool // whitespace before the token
	nl   bool // a line break before the token
}

// tokenize appends the tokens of n[s:e] to toks. doc tells the one-letter
// currencies the document names (localLetters), whose letter glued to any
// sum is money: "P14" where the story is about pesos.
func tokenize(n string, s, e int, toks []tok, doc *docScope) []tok {
	i := s
	sp := true
	nl := false
	for i < e {
		c := n[i]
		switch {
		case c == ' ' || c == '\n':
			sp = true
			if c == '\n' {
				nl = true
			}
			i++
			continue
		case isDigitB(c):
			j, kind := scanNumber(n, i, e)
			toks = pushTok(toks, i, j, kind, sp, nl)
			i = j
		case c == '.' && (sp || i == s) && i+4 <= e && isDigitB(n[i+1]) && isDigitB(n[i+2]) && isDigitB(n[i+3]) &&
			(i+4 == e || !isDigitB(n[i+4]) && (n[i+4] != '.' || i+5 == e || !isDigitB(n[i+5]))):
			// ".231", a batting average written without its zero, the
			// sentence's full stop after it or not ("finished at .205.").
			toks = pushTok(toks, i, i+4, tNum, sp, nl)
			i += 4
		case isLetterB(c) || c >= 0x80:
			r, size := rune(c), 1
			if c >= 0x80 {
				r, size = utf8.DecodeRuneInString(n[i:e])
				if !unicode.IsLetter(r) {
					toks = pushTok(toks, i, i+size, tSym, sp, nl)
					i += size
					break
				}
			}
			j, kind := scanWord(n, i, e, doc)
			toks = pushTok(toks, i, j, kind, sp, nl)
			i = j
		default:
			if (c == '@' || c == '#') && i+1 < e && (isLetterB(n[i+1]) || isDigitB(n[i+1])) {
				j := i + 1
				for j < e && n[j] != ' ' && n[j] != '\n' {
					j++
				}
				toks = pushTok(toks, i, j, tIdent, sp, nl)
				i = j
				break
			}
			toks = pushTok(toks, i, i+1, tPunct, sp, nl)
			i++
		}
		sp, nl = false, false
	}
	return toks
}

// pushTok appends a token to toks. Its fields are written in place: a
// token built on the stack and copied whole stalls the store of the copy.
func pushTok(toks []tok, s, e int, kind tokKind, sp, nl bool) []tok {
	toks = append(toks, tok{})
	t := &toks[len(toks)-1]
	t.s, t.e, t.kind, t.sp, t.nl = s, e, kind, sp, nl
	return toks
}

// scanNumber scans the number at n[i:] and returns its end and kind.
func scanNumber(n string, i, e int) (int, tokKind) {
	j := i
	for j < e && isDigitB(n[j]) {
		j++
	}
	// "August 2, 202410:20 AM CST": a year glued to a clock's hour.
	if l := j - i; (l == 5 || l == 6) && j+2 < e && n[j] == ':' && isDigitB(n[j+1]) && isDigitB(n[j+2]) &&
		(n[i] == '1' && n[i+1] == '9' || n[i] == '2' && n[i+1] == '0') {
		return i + 4, tNum
	}
	if e := docketEnd(n, j, e); e > j {
		return e, tIdent
	}
	kind := tNum
	if j-i > maxDigits || j-i >= minCodeDigits {
		// "5061234500031": a barcode, a phone number or an account;
		// copy groups a figure so long ("5,061,234,500,031").
		kind = tIdent
	}
	// Indian grouping, in lakhs and crores: "1,74,300", "2,34,56,789":
	// pairs of digits, then a last group of three.
	if j-i <= 2 {
		k := j
		for k+3 < e && n[k] == ',' && isDigitB(n[k+1]) && isDigitB(n[k+2]) && n[k+3] == ',' {
			k += 3
		}
		if k > j && k+4 <= e && n[k] == ',' && isDigitB(n[k+1]) && isDigitB(n[k+2]) && isDigitB(n[k+3]) && (k+4 == e || !isDigitB(n[k+4])) {
			j = k + 4
		}
	}
	// Thousands groups: ",ddd" not followed by another digit; in Swiss
	// copy "1'200'000", the apostrophe straight or curly.
	if j-i <= 3 {
		for j+4 <= e && n[j] == ',' && group3(n, j+1, e) {
			j += 4
		}
		for j < e && (n[j] == '\'' && group3(n, j+1, e) || strings.HasPrefix(n[j:e], "\u2019") && group3(n, j+3, e)) {
			if n[j] == '\'' {
				j += 4
			} else {
				j += 6
			}
		}
		// Continental copy groups with dots: "1.200.000", two groups
		// at least, which no decimal has.
		if k := j; j+8 <= e && n[j] == '.' && group3(n, j+1, e) && n[j+4] == '.' && group3(n, j+5, e) {
			for k+4 <= e && n[k] == '.' && group3(n, k+1, e) {
				k += 4
			}
			j = k
		}
	}
	// A decimal comma: "4,5 billion", "€38,70", one or two digits after
	// it, which no thousands group has; "in 2019,20 people" glues a year.
	if j+1 < e && n[j] == ',' && isDigitB(n[j+1]) && !(j-i == 4 && (n[i] == '1' || n[i] == '2')) {
		d := j + 1
		for d < e && isDigitB(n[d]) {
			d++
		}
		if d-j-1 <= 2 && !(d < e && (n[d] == ',' || n[d] == '.') && d+1 < e && isDigitB(n[d+1])) {
			return d, kind
		}
	}
	// Decimal part; but "since 1962.12:40 Welcome": a full stop, then a
	// live page's time; and "to $712,300.8 of the regions": a sum grouped
	// in thousands, its full stop, and the count opening the next
	// sentence, glued by the scraper.
	if j+1 < e && n[j] == '.' && isDigitB(n[j+1]) && !clockAt(n, j+1, e) && !(strings.IndexByte(n[i:j], ',') >= 0 && countOpensSentence(n, j+1, e)) {
		j++
		for j < e && isDigitB(n[j]) {
			j++
		}
		// A second dot and digits: a version, an address, a date.
		if j+1 < e && n[j] == '.' && isDigitB(n[j+1]) {
			kind = tIdent
			for j < e && (isDigitB(n[j]) || (n[j] == '.' && j+1 < e && isDigitB(n[j+1]))) {
				j++
			}
		}
	}
	if j-i > 2*maxDigits {
		kind = tIdent
	}
	if coordinateAt(n, i, j, e) {
		return j + 1, tIdent
	}
	// Letters glued after the digits become their own token, unless digits
	// follow them again ("4x4", "2a3"): then the whole is an identifier.
	if j < e && isLetterB(n[j]) {
		k := j
		for k < e && isLetterB(n[k]) {
			if k > j && gluedHeading(n, j, k, e) {
				// "7.48mHealth3 min read": a scale or unit glued to the
				// next capitalised word.
				return j, kind
			}
			k++
		}
		if k < e && isDigitB(n[k]) {
			if unitThenListNumber(n, j, k, e) {
				return j, kind // "+11.052s4. Kai…": a gap, then the next place
			}
			for k < e && (isLetterB(n[k]) || isDigitB(n[k])) {
				k++
			}
			return k, tIdent
		}
	}
	return j, kind
}

// countOpensSentence reports whether n[k:] opens with one or two digits
// and " of the", " of its" or " of them": a count opening a sentence ("8 of
// the index's 11 regions").
func countOpensSentence(n string, k, e int) bool {
	d := k
	for d < e && d-k < 3 && isDigitB(n[d]) {
		d++
	}
	if d == k || d-k > 2 {
		return false
	}
	r := n[d:min(e, d+8)]
	return strings.HasPrefix(r, " of the") || strings.HasPrefix(r, " of its") || strings.HasPrefix(r, " of them")
}

// group3 reports whether n[k:] opens with exactly three digits.
func group3(n string, k, e int) bool {
	return k+3 <= e && isDigitB(n[k]) && isDigitB(n[k+1]) && isDigitB(n[k+2]) && (k+3 == e || !isDigitB(n[k+3]))
}

// scanWord scans the word at n[i:] and returns its end and kind.
func scanWord(n string, i, e int, doc *docScope) (int, tokKind) {
	j := i
	digits := false
	for j < e {
		c := n[j]
		if c >= 'a' && c <= 'z' {
			j++ // most of a word: nothing to decide
			continue
		}
		switch {
		case isLetterB(c):
			// "threeEurope": a number word glued by the scraper to the
			// capitalised word after it is a token of its own.
			if isUpperB(c) && j > i && !isUpperB(n[j-1]) && (j-i >= 3 && spelledNumber(n[i:j]) || gluedHeading(n, i, j, e) || furnitureEnd(n[i:j]) || gluedWords(n, i, j, e)) {
				goto done
			}
			j++
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(n[j:e])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				goto done
			}
			j += size
		case isDigitB(c):
			if !digits && j > i && clockAt(n, j, e) {
				// "touches down on the Moon21:10 GMT": a live page's
				// time glued to the word before it.
				goto done
			}
			if !digits && j-i <= 3 && isUpperB(n[i]) && currencyBeforeAmount(n, i, j, e, doc) {
				goto done // "R1.4 billion", "Rs2,500", "RM350m": a currency's letters, then the sum
			}
			if !digits && j-i <= 2 && i > 0 && n[i-1] == '$' && isUpperB(n[i]) && dollarAfterSign(n[i:j]) {
				goto done // "$US18.5 million", "$A2.4bn": the dollar's country after its sign
			}
			if !digits && i > 0 && isDigitB(n[i-1]) && unitThenListNumber(n, i, j, e) {
				goto done // "11.052s4.": the unit, then the next item's number
			}
			if !digits && j-i >= 3 && isLowerB(n[j-1]) && gluedNumberAfter(n, i, j, e) {
				// "Climate38,500 heat pump grants", "Reporter13 March
				// 2025", "5 min read14 fragments": a word glued to the
				// number that opens the next piece.
				goto done
			}
			if !digits && j-i >= 5 && labelBeforeDigits(n[i:j]) {
				// "Video1:42", "Updated5:02 PM": a page's label glued
				// to its time.
				goto done
			}
			digits = true
			j++
		case c == '\'' && j+1 < e && isLetterB(n[j+1]) && j > i:
			// "don't", "Shi'ite"; the possessive "'s" is split off.
			if n[j+1] == 's' && (j+2 >= e || !isLetterB(n[j+2])) {
				goto done
			}
			j++
		case c == '.' && j+2 < e && isLetterB(n[j+1]) && j-i == 1 && isLetterB(n[i]) && n[j+2] == '.':
			// Initialisms: "U.S.", "a.m.", "e.g.", "U.N.".
			k := j
			for k+2 < e && n[k] == '.' && isLetterB(n[k+1]) && n[k+2] == '.' {
				k += 2
			}
			j = k + 1
			goto done
		default:
			goto done
		}
	}
done:
	// Addresses: "https://...", "www.example.com", "name@example.org".
	if j < e && (n[j] == '@' || n[j] == ':' || n[j] == '.') {
		if u := urlEnd(n, i, e); u > i {
			return u, tIdent
		}
	}
	if digits {
		// "G7", "A320", "COVID19", "v2.1.3": swallow dotted digits too.
		for j+1 < e && n[j] == '.' && isDigitB(n[j+1]) {
			j++
			for j < e && (isDigitB(n[j]) || isLetterB(n[j])) {
				j++
			}
		}
		return j, tIdent
	}
	return j, tWord
}

// urlEnd returns the end of a URL or e-mail address starting at n[i], or i.
func urlEnd(n string, i, e int) int {
	rest := n[i:e]
	if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") {
		j := i
		for j < e && n[j] != ' ' && n[j] != '\n' {
			j++
		}
		return j
	}
	// An e-mail address: letters, then '@' before any space. The local part
	// is at most 64 bytes, which also keeps this scan from going quadratic.
	j := i
	for j < e && j-i <= 64 && (isLetterB(n[j]) || isDigitB(n[j]) || n[j] == '.' || n[j] == '_' || n[j] == '-' || n[j] == '+') {
		j++
	}
	if j < e && n[j] == '@' {
		for j < e && n[j] != ' ' && n[j] != '\n' {
			j++
		}
		return j
	}
	return i
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// spelledNumber reports whether the letters w, in any case, are a number
// word below a hundred ("three", "Twenty").
func spelledNumber(w string) bool {
	var buf shortWord
	n, ok := buf.lower(w)
	if !ok {
		return false
	}
	_, ok = smallNumbers[string(buf[:n])]
	return ok
}

// shortWord holds a word of up to 12 ASCII letters lowercased, for looking
// it up in a word list without allocating.
type shortWord [12]byte

// lower copies the letters w into b, lowercased, and returns their
// count; false when w is too long.
func (b *shortWord) lower(w string) (int, bool) {
	if len(w) > len(b) {
		return 0, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if isUpperB(c) {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return len(w), true
}

// gluedWords reports whether the word n[i:j] was glued by a scraper to the
// capitalised word at n[j] ("180 aboardAsia Pacific", "31 deadWorld
// news", "19 AprilMillions"): a word of three letters or more, all
// lowercase or a month or a day, then a capital and a lowercase letter.
// Names written in camel case start with a capital ("McDonald",
// "YouTube") or a single letter ("iPhone", "eBay").
func gluedWords(n string, i, j, e int) bool {
	if j+1 >= e {
		return false
	}
	if !isLowerB(n[j+1]) {
		// "buries villages, killing dozensA landslide set off…": the
		// article "A" opening the sentence glued after the headline;
		// "lifts purses to A$60mA record…" after a sum's scale, where
		// "40mA at the test" is a current.
		return (j-i >= 3 && allLower(n[i:j]) || moneyScale(n, i, j)) && articleOpens(n, j, e)
	}
	if j-i < 3 && !(j-i == 2 && figureOpener(n, j, e)) {
		// "pile-upAt least seven": a short word glued only to a hedge
		// or a number word.
		return false
	}
	start := i
	if isUpperB(n[i]) {
		// "on 19 AprilMillions of people", "MondayThe": a month or a
		// day glued to the next sentence; "in LowickMore than 80": a
		// word that opens a figure; other capitalised words glued to
		// capitalised words may be names ("MacArthur").
		if !calendarWord(n[i:j]) && !figureOpener(n, j, e) {
			return false
		}
		start++
	}
	return allLower(n[start:j])
}

// moneyScale reports whether n[i:j] is the scale glued to a sum of money
// before it: the "m" of "A$60m", the "bn" of "£1.2bn".
func moneyScale(n string, i, j int) bool {
	switch n[i:j] {
	case "m", "bn", "b", "k", "tn", "mn":
	default:
		return false
	}
	k := i
	for k > 0 && (isDigitB(n[k-1]) || n[k-1] == ',' || n[k-1] == '.') {
		k--
	}
	if k == i {
		return false
	}
	b := n[:k]
	return strings.HasSuffix(b, "$") || strings.HasSuffix(b, "\u00a3") || strings.HasSuffix(b, "\u20ac")
}

// articleOpens reports whether n[j:] opens with the article "A" or "An"
// and a space before a lowercase word or a number: a sentence's first
// word ("A landslide…", "A 74-year-old…").
func articleOpens(n string, j, e int) bool {
	k := j + 1
	if k < e && n[k] == 'n' {
		k++
	}
	return n[j] == 'A' && k+1 < e && n[k] == ' ' && (isLowerB(n[k+1]) || isDigitB(n[k+1]))
}

// allLower reports whether w is all lowercase ASCII letters.
func allLower(w string) bool {
	for k := 0; k < len(w); k++ {
		if !isLowerB(w[k]) {
			return false
		}
	}
	return true
}

// figureOpener reports whether the capitalised word at n[j:] opens a
// figure: a hedge or a number word ("More than 80", "At least 103",
// "Twelve").
func figureOpener(n string, j, e int) bool {
	k := j + 1
	for k < e && isLowerB(n[k]) {
		k++
	}
	if k < e && isLetterB(n[k]) {
		return false
	}
	var buf shortWord
	l, ok := buf.lower(n[j:k])
	if !ok {
		return false
	}
	w := string(buf[:l])
	return figureStarters[w] && w != "a" && w != "an"
}

// calendarWord reports whether w, capitalised, names a month or a day of
// the week.
func calendarWord(w string) bool {
	var buf shortWord
	n, ok := buf.lower(w)
	if !ok {
		return false
	}
	l := string(buf[:n])
	_, month := months[l]
	return month && len(l) > 3 || weekdays[l]
}

// clockAt reports whether n[j:e] opens with a clock time: one or two
// digits, a colon and two digits.
func clockAt(n string, j, e int) bool {
	k := j
	for k < e && k < j+2 && isDigitB(n[k]) {
		k++
	}
	return k > j && k+2 < e && n[k] == ':' && isDigitB(n[k+1]) && isDigitB(n[k+2]) && (k+3 >= e || !isDigitB(n[k+3]))
}

// dollarAfterSign reports whether w, written in capitals between a dollar
// sign and a sum, names the dollar's country: "US", "A", "NZ".
func dollarAfterSign(w string) bool {
	if strings.ToUpper(w) != w {
		return false
	}
	_, ok := dollarPrefixes[strings.ToLower(w)]
	return ok
}

// currencyBeforeAmount reports whether the letters n[i:j] are a
// currency's prefix ("R", "Rs", "RM", "Ksh") glued to a sum that reads as
// money: grouped in thousands, or followed by a scale ("R900 million",
// "R1.4bn"). "R2" alone names a road or a grade.
func currencyBeforeAmount(n string, i, j, e int, doc *docScope) bool {
	var buf shortWord
	l, ok := buf.lower(n[i:j])
	if !ok {
		return false
	}
	if _, ok := currencyPrefixWords[string(buf[:l])]; !ok {
		return false
	}
	k := j
	if l == 1 && doc != nil && doc.currencyLetters().has(buf[0]) {
		// "P14", "N500" where the story names the peso or the naira:
		// digits, a decimal point and cents, and no letters after but a
		// scale's ("R28bn", read below).
		for k < e && (isDigitB(n[k]) || n[k] == ',' || n[k] == '.' && k+1 < e && isDigitB(n[k+1])) {
			k++
		}
		if k == e || !isLetterB(n[k]) {
			return true
		}
		k = j
	}
	grouped := false
	dot := -1
	for k < e && (isDigitB(n[k]) || (n[k] == ',' || n[k] == '.') && k+1 < e && isDigitB(n[k+1])) {
		grouped = grouped || n[k] == ','
		if n[k] == '.' {
			dot = k
		}
		k++
	}
	// "R15 000": thousands grouped by a space after one to three digits.
	if grouped || dot < 0 && k-j <= 3 && k+4 <= e && n[k] == ' ' && group3(n, k+1, e) {
		return true
	}
	if l >= 2 && !(k < e && isLetterB(n[k])) && (dot < 0 && k-j >= 2 || dot >= 0 && k-dot == 3) {
		// "Dhs500", "Dh326.75", "Rs50": a sum after a currency's
		// letters, whole or with its cents; "F35" and "G7" take one
		// letter, "Rs2" too few digits.
		return true
	}
	w := k
	if w < e && n[w] == ' ' {
		w++
	}
	m := w
	for m < e && isLetterB(n[m]) {
		m++
	}
	scale := strings.ToLower(n[w:m])
	if _, ok := gluedScales[scale]; ok && w == k {
		return true
	}
	_, ok = scaleWords[scale]
	return ok && scale != "hundred" && scale != "dozen"
}

// unitThenListNumber reports whether the letters n[j:k], glued after a
// number, are a unit and the digits after them the number of a list's
// next item ("+11.052s4. Kai Tanaka-Reid", "4.2km2. Bridge"), not an
// identifier such as "4x4" or "2a3".
func unitThenListNumber(n string, j, k, e int) bool {
	w := n[j:k]
	if _, ok := gluedOnlyUnits[w]; !ok {
		if _, ok := measureUnits[w]; !ok {
			return false
		}
	}
	m := k
	for m < e && isDigitB(n[m]) {
		m++
	}
	return m-k <= 2 && m < e && (n[m] == '.' || n[m] == ')')
}

// gluedNumberAfter reports whether the digits at n[j:] start a number of
// their own rather than the end of the word n[i:j] ("A320", "COVID19"):
// a number grouped in thousands ("38,500"), a day before a month ("13
// March"), or any number after a page's "read" or "ago".
func gluedNumberAfter(n string, i, j, e int) bool {
	if furnitureEnd(n[i:j]) {
		return true
	}
	k := j
	for k < e && isDigitB(n[k]) {
		k++
	}
	if k-j <= 3 && k+3 < e && n[k] == ',' && isDigitB(n[k+1]) && isDigitB(n[k+2]) && isDigitB(n[k+3]) && (k+4 >= e || !isDigitB(n[k+4])) {
		return true
	}
	if k-j > 2 || k >= e || n[k] != ' ' {
		return false
	}
	m := k + 1
	for m < e && isLetterB(n[m]) {
		m++
	}
	return m > k+1 && isUpperB(n[k+1]) && calendarWord(n[k+1:m]) && !weekdays[strings.ToLower(n[k+1:m])]
}

// labelBeforeDigits reports whether w is a page label that a scraper may
// glue to the time or count after it.
func labelBeforeDigits(w string) bool {
	for _, l := range [...]string{"video", "watch", "listen", "audio", "updated", "published", "posted", "duration"} {
		if strings.EqualFold(w, l) {
			return true
		}
	}
	return false
}

// furnitureEnd reports whether w ends a page's furniture, so that a
// capitalised word glued after it starts a token: "3 min readSix members",
// "2 hours agoThree people".
func furnitureEnd(w string) bool { return w == "read" || w == "ago" }

// gluedHeading reports whether the lowercase letters n[i:j] are a scale
// word or a unit glued by the scraper to a capitalised word starting at
// n[j] ("7.48mHealth", "7.6 millionHealth", "12kmPolice"): the word ends
// there. The capitalised word needs two lowercase letters after its
// capital, or two more capitals as a dateline has ("30 kmPUERTO ALTO"), so
// that units such as "kWh" and "mAh" stay whole.
func gluedHeading(n string, i, j, e int) bool {
	if !isUpperB(n[j]) || j+2 >= e || j-i > 12 {
		return false
	}
	if !(isLowerB(n[j+1]) && isLowerB(n[j+2]) || isUpperB(n[j+1]) && isUpperB(n[j+2])) {
		return false
	}
	for k := i; k < j; k++ {
		if !isLowerB(n[k]) {
			return false
		}
	}
	w := n[i:j]
	if _, ok := gluedScales[w]; ok {
		return true
	}
	if _, ok := scaleWords[w]; ok {
		return true
	}
	if _, ok := measureUnits[w]; ok {
		return true
	}
	if _, ok := gluedOnlyUnits[w]; ok {
		return true // "+23.790sThe fastest"
	}
	return w == "percent" || w == "pc"
}

func isLowerB(c byte) bool { return c >= 'a' && c <= 'z' }

func isDigitB(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterB(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isUpperB(c byte) bool  { return c >= 'A' && c <= 'Z' }

// coordinateAt reports whether the number n[i:j] is one half of a map
// position, a hemisphere's capital glued after it: "14.5S 20.4W",
// "51.9N, 4.1E". Such a number is a place, not a figure, and its letter
// is no unit: "S" would read as seconds and "W" as watts. A lone "14.5S"
// counts too, as no one writes seconds with a capital.
func coordinateAt(n string, i, j, e int) bool {
	if j >= e || j+1 < e && isLetterB(n[j+1]) {
		return false
	}
	switch n[j] {
	case 'S':
		return true
	case 'N':
		return coordinateNext(n, j+1, e, "EW")
	case 'E', 'W':
		// The latitude before it: "14.5S 20.4W".
		k := i
		for k > 0 && (n[k-1] == ' ' || n[k-1] == ',') && i-k < 3 {
			k--
		}
		return k > 1 && k < i && (n[k-1] == 'N' || n[k-1] == 'S') && isDigitB(n[k-2])
	}
	return false
}

// coordinateNext reports whether n[k:] holds, after a comma or spaces, a
// number glued to one of the capitals in hemis: the longitude after a
// latitude.
func coordinateNext(n string, k, e int, hemis string) bool {
	m := k
	for m < e && (n[m] == ' ' || n[m] == ',') && m-k < 3 {
		m++
	}
	if m == k || m >= e || !isDigitB(n[m]) {
		return false
	}
	for m < e && (isDigitB(n[m]) || n[m] == '.') {
		m++
	}
	return m < e && strings.IndexByte(hemis, n[m]) >= 0 && (m+1 >= e || !isLetterB(n[m+1]))
}

// docketEnd returns the end of a court's docket number whose first digits
// end at n[j], "2:23-cv-00412" (division, year, case type, number), or j
// when none follows: it is a name, not a clock time and a count.
func docketEnd(n string, j, e int) int {
	k := j
	if k >= e || n[k] != ':' {
		return j
	}
	k++
	d := k
	for k < e && isDigitB(n[k]) {
		k++
	}
	if k-d != 2 || k >= e || n[k] != '-' {
		return j
	}
	k++
	l := k
	for k < e && isLetterB(n[k]) {
		k++
	}
	if k-l < 2 || k-l > 3 || k >= e || n[k] != '-' || k+1 >= e || !isDigitB(n[k+1]) {
		return j
	}
	k++
	for k < e && (isDigitB(n[k]) || isLetterB(n[k])) {
		k++
	}
	return k
}
