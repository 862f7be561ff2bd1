package diff

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factdiff/factdiff/facts"
)

// Kind says how a figure differs between two versions.
type Kind string

// The kinds of SPEC.md.
const (
	Changed Kind = "changed"
	Added   Kind = "added"
	Removed Kind = "removed"
)

// Side is a figure as it stands in one version. Its fields follow the "old"
// and "new" objects of the JSON contract.
type Side struct {
	Value     float64  `json:"value"`
	High      *float64 `json:"high,omitempty"`
	Text      string   `json:"text"`
	Qualifier string   `json:"qualifier"`
	Unit      string   `json:"unit"`
	Sentence  string   `json:"sentence"`
	Start     int      `json:"start"`
	End       int      `json:"end"`

	// Tally holds the sides of a score or a vote tally written whole,
	// "3-1" -> [3, 1], in the order written; Value is then the first.
	Tally []float64 `json:"tally,omitempty"`
}

// Change is one fact difference. Old is nil for Added, New is nil for Removed.
type Change struct {
	Kind     Kind           `json:"kind"`
	Key      string         `json:"key"`
	Category facts.Category `json:"category"`
	Old      *Side          `json:"old"`
	New      *Side          `json:"new"`
	Delta    *float64       `json:"delta"` // how far the value moved, for Changed; nil otherwise

	// DeltaUnit names the unit of Delta when it is not the figures' own:
	// "minutes" between clock times, "days", "months" or "years" between
	// dates, and the new figure's unit between measures written in
	// different units ("800 kg" to "1.2 tonnes" is +0.4 "tonne"). Empty
	// otherwise.
	DeltaUnit string `json:"delta_unit,omitempty"`
}

// Summary counts the changes by kind.
type Summary struct {
	Changed int `json:"changed"`
	Added   int `json:"added"`
	Removed int `json:"removed"`
}

// TextStats counts the word-level text edits between the versions.
type TextStats struct {
	Insertions int `json:"insertions"`
	Deletions  int `json:"deletions"`
}

// Result is the comparison of two versions.
type Result struct {
	Facts   []Change  `json:"facts"`
	Summary Summary   `json:"summary"`
	Text    TextStats `json:"text"`

	// Old and New are the parsed versions, kept so that renderers can show
	// the text diff and the sentences around each change.
	Old *facts.Document `json:"-"`
	New *facts.Document `json:"-"`
}

// Compare parses both texts and compares them.
func Compare(oldText, newText string) *Result {
	old := facts.Parse(oldText)
	if newText == oldText {
		return CompareDocuments(old, old) // parsing is most of the work
	}
	return CompareDocuments(old, facts.Parse(newText))
}

// CompareDocuments compares two parsed versions.
//
// Sentences are aligned with go-diff; figures of equal sentences are
// unchanged. Inside each run of edited sentences, old and new sentences are
// grouped by similarity (an edit, a split, a merge) and their figures paired
// by position, concept, unit and context. What is left is paired across the
// document by concept, unit and context, preferring equal values, so that a
// moved or reworded figure is unchanged. Paired figures that differ in
// value, range, unit or qualifier are changed; the others are added or
// removed.
func CompareDocuments(old, new *facts.Document) *Result {
	if old == nil {
		old = &facts.Document{}
	}
	if new == nil {
		new = &facts.Document{}
	}
	syms := newSymbols()
	m := &matcher{
		old:       newSide(old, syms),
		new:       newSide(new, syms),
		syms:      syms,
		equalPair: make([]bool, len(old.Figures)),
	}
	segs := alignSentences(old.Sentences, new.Sentences)
	for _, sg := range segs {
		if !sg.equal {
			continue
		}
		for k := 0; k < sg.o1-sg.o0; k++ {
			if !m.pairEqual(sg.o0+k, sg.n0+k) {
				m.pairGroup(group{olds: []int{sg.o0 + k}, news: []int{sg.n0 + k}})
			}
		}
	}
	m.noteMoves(segs)
	for _, sg := range segs {
		if sg.equal {
			continue
		}
		for _, g := range m.groupHunk(sg) {
			m.pairGroup(g)
		}
		m.pairHunk(sg)
	}
	m.pairMoved(segs)
	m.pairGlobal()
	m.pairLoneEqual()
	m.pairRangeEnds()
	m.pairUnitFixes()
	m.pairHowOften()
	m.pairRestated()
	m.splitRanges()

	res := &Result{Facts: []Change{}, Old: old, New: new, Text: wordStats(old, new, segs)}
	anchor := oldAnchors(old, new, segs)
	type placed struct {
		c   Change
		pos int // offset in the new version
		ord int // old offset, to order removals sharing a position
	}
	var out []placed
	widget := m.widgetRows()
	for i := 0; i < len(m.old.figs); i++ {
		fo := m.old.figs[i].f
		n := m.old.pair[i]
		if widget[m.old.figs[i].sent] {
			continue
		}
		if c, ok := m.tallyChange(i, n); ok {
			out = append(out, placed{c: c, pos: m.new.figs[n].f.Start, ord: fo.Start})
			i++ // the tally's second side
			continue
		}
		if n < 0 {
			if m.old.incidental(i) || m.old.restated[i] || echoes(&m.old, &m.new, i) || m.multipleVerbed(&m.old, &m.new, i) {
				continue
			}
			pos := len(new.Text)
			if s := m.old.figs[i].sent; s >= 0 {
				pos = anchor[s]
			}
			c := Change{Kind: Removed, Key: fo.Key, Category: fo.Category, Old: sideOf(fo)}
			if m.old.tallyAt(i) && m.old.pair[i+1] < 0 {
				// A tally gone whole: "3-1" removed, not its sides.
				c.Key, c.Old = tallyKey(fo.Key), tallySideOf(old, fo, m.old.figs[i+1].f)
				i++
			}
			out = append(out, placed{c: c, pos: pos, ord: fo.Start})
			continue
		}
		fn := m.new.figs[n].f
		if m.equalPair[i] || same(fo, fn) {
			continue
		}
		d, dunit := delta(fo, fn)
		key := fn.Key
		if key == "" {
			key = fo.Key
		}
		out = append(out, placed{
			c:   Change{Kind: Changed, Key: key, Category: fn.Category, Old: sideOf(fo), New: sideOf(fn), Delta: d, DeltaUnit: dunit},
			pos: fn.Start, ord: fo.Start,
		})
	}
	for j := 0; j < len(m.new.figs); j++ {
		if m.new.pair[j] >= 0 {
			continue
		}
		fn := m.new.figs[j].f
		if m.new.incidental(j) || m.new.restated[j] || echoes(&m.new, &m.old, j) || m.multipleVerbed(&m.new, &m.old, j) {
			continue
		}
		c := Change{Kind: Added, Key: fn.Key, Category: fn.Category, New: sideOf(fn)}
		if m.new.tallyAt(j) && m.new.pair[j+1] < 0 {
			c.Key, c.New = tallyKey(fn.Key), tallySideOf(new, fn, m.new.figs[j+1].f)
			j++
		}
		out = append(out, placed{c: c, pos: fn.Start, ord: -1})
	}
	slices.SortStableFunc(out, func(x, y placed) int {
		if c := cmp.Compare(x.pos, y.pos); c != 0 {
			return c
		}
		return cmp.Compare(x.ord, y.ord)
	})
	for _, p := range out {
		res.Facts = append(res.Facts, p.c)
		switch p.c.Kind {
		case Changed:
			res.Summary.Changed++
		case Added:
			res.Summary.Added++
		case Removed:
			res.Summary.Removed++
		}
	}
	return res
}

// widgetRows returns the old sentences that are a widget's row of
// labelled readings, "Solar wind: 704 km/s | Bz: -21 nT | Kp: 8": three
// figures or more in cells parted by bars or bullets, every one of them
// paired with a figure of one new sentence and every one changed, or
// one of five or more only moved to another slot. A live reading
// moves all its numbers from one scrape to the next; a story's table
// revised changes a figure or two of a row. A table's row whose label
// changed with every figure ("Lormont Blanc 2012; 85 pts" become
// "Lormont Blanc 2017; 92 pts") is a widget's slot given another item.
func (m *matcher) widgetRows() map[int]bool {
	var rows map[int]bool
	for s, idx := range m.old.bySent {
		if len(idx) == 0 {
			continue
		}
		st := m.old.doc.Sentences[s]
		t := m.old.doc.Text[st.Start:st.End]
		table := tableRow(t, len(idx))
		if !(len(idx) >= 3 && cellBars(t) >= 2 && strings.Contains(t, ": ") || table) {
			continue
		}
		ns := -1
		all := true
		kept := 0 // figures of a bar row the same in both: a slot moved along
		for x, i := range idx {
			n := m.old.pair[i]
			unchanged := n >= 0 && (m.equalPair[i] || same(m.old.figs[i].f, m.new.figs[n].f))
			if unchanged && !table && kept == 0 && len(idx) >= 5 && slices.Index(m.new.bySent[m.new.figs[n].sent], n) != x {
				// "Next high 3:16 p.m." become "High tide 3:16 p.m.":
				// one reading moved to another slot of a row of five
				// or more; a fact box's unchanged cell keeps its place.
				kept++
			} else if n < 0 || unchanged {
				all = false
				break
			}
			if ns >= 0 && m.new.figs[n].sent != ns {
				all = false
				break
			}
			ns = m.new.figs[n].sent
		}
		if all && table && !relabelled(t, m.new.doc.Text[m.new.doc.Sentences[ns].Start:m.new.doc.Sentences[ns].End]) {
			// A story's table revised keeps its rows' labels; a widget
			// fills its slots with other items.
			all = false
		}
		if all && len(m.new.bySent[ns]) == len(idx) {
			if rows == nil {
				rows = map[int]bool{}
			}
			rows[s] = true
		}
	}
	return rows
}

// cellBars returns how many spaced bars or bullets part the cells of t:
// "Solar wind: 704 km/s | Bz: -21 nT", "Conditions: Cape Merrow • High
// tide 2:51 a.m. (4.2 ft) • Low tide 9:09 a.m.".
func cellBars(t string) int {
	return strings.Count(t, " | ") + strings.Count(t, " \u2022 ") + strings.Count(t, " \u00b7 ")
}

// tableRow reports whether sentence t, holding n figures, is a row of a
// table as the extractor writes one, its cells parted by "; ": a label
// cell, then short cells, one for each figure and a few more, and no
// prose ("Lormont Blanc 2012; 85 pts; (114 notes)").
func tableRow(t string, n int) bool {
	if len(t) > 120 || strings.Count(t, "; ") < n {
		return false // most sentences, without the cost of splitting them
	}
	cells := strings.Split(strings.TrimRight(t, " \n"), "; ")
	if len(cells) < n+1 || len(cells) > n+3 {
		return false
	}
	for _, c := range cells[1:] {
		if strings.Count(c, " ") > 2 {
			return false
		}
	}
	return true
}

// relabelled reports whether table rows a and b, old and new, name
// different things in their first cells: "Lormont Blanc 2012" gone for
// "Lormont Blanc 2017", a ratings widget's slot given another wine.
func relabelled(a, b string) bool {
	la, _, _ := strings.Cut(a, "; ")
	lb, _, _ := strings.Cut(b, "; ")
	// A first cell of digits alone, "14:15", is a reading, not a label;
	// so is a clock's time, "1.45am", the row of a night's timeline.
	return label(la) && label(lb) && strings.TrimSpace(la) != strings.TrimSpace(lb)
}

// label reports whether a table's first cell names something: it has a
// letter, and is no clock time ("1.45am", "11.20 p.m.").
func label(c string) bool {
	c = strings.TrimSpace(c)
	for _, suffix := range [...]string{"am", "pm", "a.m.", "p.m."} {
		if t, ok := strings.CutSuffix(strings.ToLower(c), suffix); ok {
			t = strings.TrimSpace(t)
			return t == "" || strings.Trim(t, "0123456789.:") != ""
		}
	}
	return strings.IndexFunc(c, unicode.IsLetter) >= 0
}

// oldAnchors returns, for each old sentence, the offset in the new version
// where it stands or would stand: the place a removed figure is reported.
func oldAnchors(old, new *facts.Document, segs []segment) []int {
	anchor := make([]int, len(old.Sentences))
	startOf := func(n int) int {
		if n < len(new.Sentences) {
			return new.Sentences[n].Start
		}
		return len(new.Text)
	}
	for _, sg := range segs {
		for k := sg.o0; k < sg.o1; k++ {
			if sg.equal {
				anchor[k] = startOf(sg.n0 + k - sg.o0)
			} else {
				anchor[k] = startOf(sg.n0)
			}
		}
	}
	return anchor
}

// same reports whether two paired figures state the same fact: equal value,
// range, unit and qualifier.
func same(a, b *facts.Figure) bool {
	if class(a.Category) != class(b.Category) {
		// Paired across classes only as the same literal (see mayPair):
		// what was read into it, not what it says, differs.
		return SameValue(a, b) && sameQualifier(a, b) && (sameLiteral(a, b) || howOften(a, b) || pointsOfShare(a, b) || localMoney(a, b) || elidedUnit(a, b)) ||
			(millionOrMetres(a, b) || poundsEither(a, b) || clockOrElapsed(a, b)) && sameQualifier(a, b)
	}
	if class(a.Category) == facts.Count {
		// Paired counts with one value and hedge are one figure whatever
		// noun the wording gives it: "25 votes" and "Twenty-five senators
		// voted", "9 vehicles" and "9 cars and buses".
		return SameValue(a, b) && sameQualifier(a, b)
	}
	return SameValue(a, b) && sameUnit(a, b) && sameQualifier(a, b)
}

// clockOrElapsed reports whether a and b are one literal written with a
// colon, read as a clock in one version and as minutes and seconds
// elapsed in the other ("the course record, 14:21" and "a record of
// 14:21"): the words around it changed, not the figure.
func clockOrElapsed(a, b *facts.Figure) bool {
	if a.Category == facts.Measure {
		a, b = b, a
	}
	return a.Category == facts.Time && b.Category == facts.Measure && b.Unit == "second" &&
		strings.IndexByte(a.Text, ':') > 0 && sameLiteral(a, b)
}

// sameLiteral reports whether two figures are written alike, white space,
// case and thousands separators aside ("About 1,500", "about 1500").
func sameLiteral(a, b *facts.Figure) bool {
	return literalKey(a.Text) == literalKey(b.Text)
}

// literalKey returns s lower-cased, its spaces collapsed and the commas
// between digits dropped.
func literalKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// sameUnit reports whether two figures count or measure the same thing. A
// count whose noun one version leaves out ("killed 9 people", "9 were
// killed") keeps its unit; a sum or a measure must keep its currency or unit.
func sameUnit(a, b *facts.Figure) bool {
	ua, ub := normUnit(a.Unit), normUnit(b.Unit)
	if _, _, ok := convertible(a, b); ok {
		// "4,100 kg" and "4.1 tonnes" measure one thing, as "38
		// micrograms per gram" and "38 milligrams per kilogram" do,
		// their bases in their units.
		return true
	}
	if ra, rb := rateBase(a.Text), rateBase(b.Text); ra != "" && rb != "" && ra != rb {
		// "7.2 tonnes per acre" corrected "7.2 tonnes per hectare": the
		// measure's base changed, and with it the fact.
		return false
	}
	if ua == ub {
		return true
	}
	if class(a.Category) == facts.Count && class(b.Category) == facts.Count {
		return ua == "" || ub == "" || typoOf(ua, ub)
	}
	return crowns(a.Unit) && crowns(b.Unit) && (unnamedCrown(a.Text) || unnamedCrown(b.Text))
}

// crowns reports whether the currency code u is a Nordic crown's.
func crowns(u string) bool {
	return u == "DKK" || u == "NOK" || u == "SEK" || u == "ISK"
}

// unnamedCrown reports whether a sum's text names its crown without its
// country ("285 kroner", "45 kr"), which Facts guesses from the story:
// "285 kroner" restated "DKK 285" is one sum, though the version before
// named no Denmark.
func unnamedCrown(text string) bool {
	t := strings.ToLower(text)
	if strings.Contains(t, "danish") || strings.Contains(t, "norwegian") || strings.Contains(t, "swedish") || strings.Contains(t, "icelandic") {
		return false
	}
	return strings.HasSuffix(t, " kroner") || strings.HasSuffix(t, " krone") || strings.HasSuffix(t, "kr") || strings.HasPrefix(t, "kr ")
}

// rateBase returns the base a measure's span ends with, singular and
// lower-cased: "hectare" of "7.2 tonnes per hectare", "acre" of "768
// pounds per harvested acre"; or "" when the span has none.
func rateBase(text string) string {
	t := strings.ToLower(text)
	k := strings.LastIndex(t, " per ")
	if k < 0 {
		return ""
	}
	w := t[k+len(" per "):]
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:] // "harvested acre"
	}
	if strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return strings.TrimSuffix(w, "s")
}

// typoOf reports whether two words differ by no more than a typo: one edit
// in a word of five letters or more, two in one of ten or more
// ("epidemologists", "epidemiologists").
func typoOf(a, b string) bool {
	n := min(len(a), len(b))
	limit := 0
	switch {
	case n >= 10:
		limit = 2
	case n >= 5:
		limit = 1
	}
	return limit > 0 && editDistance(a, b, limit) <= limit
}

// editDistance returns the Levenshtein distance of a and b in bytes, or
// limit+1 once it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// SameValue reports whether two figures have equal values and ranges.
// Values are compared in a common unit where two units convert: 25 basis
// points are 0.25 percentage points, 4,100 kg are 4.1 tonnes (see
// sameConverted for the rounding allowed).
func SameValue(a, b *facts.Figure) bool {
	if ca, cb, ok := convertible(a, b); ok {
		if (a.High == nil) != (b.High == nil) || !sameConverted(a.Value, ca, a.Text, b.Value, cb, b.Text) {
			return false
		}
		return a.High == nil || sameConverted(*a.High, ca, a.Text, *b.High, cb, b.Text)
	}
	ka, kb := unitScale(a.Unit), unitScale(b.Unit)
	if a.Category == facts.Time && b.Category == facts.Time && (spokenTime(a) || spokenTime(b)) && a.High == nil && b.High == nil {
		// "ten past six" as a script reads it is 6.10am or 6.10pm.
		return closeTo(math.Mod(a.Value, 1200), math.Mod(b.Value, 1200))
	}
	if !closeTo(a.Value*ka, b.Value*kb) {
		return false
	}
	if (a.High == nil) != (b.High == nil) {
		return false
	}
	return a.High == nil || closeTo(*a.High*ka, *b.High*kb)
}

// spokenTime reports whether a clock time is written as it is said,
// with no digit ("ten past six", "a quarter to two", "nine o'clock"),
// and so with no half of the day.
func spokenTime(f *facts.Figure) bool {
	return strings.IndexAny(f.Text, "0123456789") < 0 && f.Text != "" &&
		!strings.Contains(f.Text, "noon") && !strings.Contains(f.Text, "midday") && !strings.Contains(f.Text, "midnight")
}

// unitScale returns the factor that brings a value in unit u to the unit
// normUnit gives it: 0.01 for basis points, counted in percentage points.
func unitScale(u string) float64 {
	if isBasisPoints(u) {
		return 0.01
	}
	return 1
}

// isBasisPoints reports whether u names basis points.
func isBasisPoints(u string) bool {
	switch strings.ToLower(u) {
	case "basis points", "basis point", "bp", "bps":
		return true
	}
	return false
}

// sameQualifier reports whether two figures carry the same hedge.
func sameQualifier(a, b *facts.Figure) bool { return SameQualifier(a.Qualifier, b.Qualifier) }

// SameQualifier reports whether two qualifiers hedge a figure the same way:
// "more than" and "over" do, as do "about", "around" and "some"; "at least"
// and none do not, where "some" and none do, as "an estimated" and none do.
func SameQualifier(a, b string) bool {
	ca, cb := qualifierClass(a), qualifierClass(b)
	if ca == cb {
		return true
	}
	// "Some 12.4 billion shares" and "12.4 billion shares": readers take
	// "some" for a way of opening the sentence, not a hedge on a figure
	// written otherwise alike, as they take it for "about" beside one.
	// So with "an estimated £262" and "£262" beside "the partnership
	// estimates": an estimate named, not a hedge on the figure.
	some := func(q string) bool {
		q = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(q)), "an ")
		return q == "some" || q == "estimated"
	}
	if some(a) && (cb == "" || cb == "~") || some(b) && (ca == "" || ca == "~") {
		return true
	}
	// "faces a maximum of 14 years" and "faces 14 years": a figure named
	// as the cap is the cap, bounded or not; "up to 14 years" is the
	// same cap again.
	named := func(q string) bool {
		q = strings.ToLower(strings.TrimSpace(q))
		return q == "a maximum of" || q == "a minimum of"
	}
	return named(a) && cb == "" || named(b) && ca == ""
}

// qualifierClass returns the meaning of a hedge: the qualifiers that say the
// same thing share a class; a qualifier not listed is its own class.
func qualifierClass(q string) string {
	q = strings.Join(strings.Fields(strings.ToLower(q)), " ")
	q = strings.TrimPrefix(q, "an ")
	q = strings.TrimPrefix(q, "a ")
	switch q {
	case "about", "around", "some", "roughly", "approximately", "approx.", "circa", "c.",
		"estimated", "an estimated", "or so", "just about", "round about", "in the region of":
		return "~"
	case "more than", "over", "above", "in excess of", "upwards of", "upward of", "north of", "greater than", "higher than",
		// "well over double" bounds the figure from below as "more
		// than double" does; how far above is the writer's emphasis.
		"well over", "well above", "far more than", "well in excess of":
		return ">"
	case "at least", "no fewer than", "no less than", "no lower than", "minimum of", "a minimum of",
		"or more", "or over", "or above", "or higher", "or older", "or longer", "and over", "and above", "and older":
		return ">="
	case "fewer than", "less than", "under", "below", "south of", "lower than", "well under", "well below", "far fewer than", "far less than":
		return "<"
	case "up to", "as many as", "at most", "no more than", "no higher than", "no greater than", "a maximum of", "maximum of", "as much as", "as high as",
		"or fewer", "or less", "or under", "or below", "and under":
		return "<="
	case "nearly", "almost", "close to", "just under", "just short of", "not quite":
		return "~<"
	case "just over", "just above", "slightly more than", "a little over":
		return "~>"
	case "as low as", "as little as", "as few as":
		// The low end reached, as "as many as" names the high.
		return "lo"
	case "mere":
		// "a mere €140,000": the writer's scorn, no bound; the
		// figure is exact.
		return ""
	}
	return q
}

// closeTo reports whether x and y are equal up to rounding: "a third" may be
// 0.333… in one version and 1/3 in the other.
func closeTo(x, y float64) bool {
	if x == y {
		return true
	}
	return math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y))
}

// normUnit returns the unit as compared between versions: lower case and
// singular, since the counted noun is given as written ("1 person", "2
// people").
func normUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	switch {
	case isBasisPoints(u):
		return "percentage point"
	case u == "people":
		return "person"
	case strings.HasSuffix(u, "men"):
		return strings.TrimSuffix(u, "men") + "man"
	case strings.HasSuffix(u, "children"):
		return strings.TrimSuffix(u, "ren")
	case strings.HasSuffix(u, "ies") && len(u) > 4:
		return strings.TrimSuffix(u, "ies") + "y"
	case strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") && len(u) > 3:
		return strings.TrimSuffix(u, "s")
	}
	return u
}

// sideOf returns figure f as one side of a change.
func sideOf(f *facts.Figure) *Side {
	s := &Side{
		Value:     f.Value,
		Text:      f.Text,
		Qualifier: f.Qualifier,
		Unit:      f.Unit,
		Sentence:  f.Sentence,
		Start:     f.Start,
		End:       f.End,
	}
	if f.High != nil {
		h := *f.High
		s.High = &h
	}
	return s
}

// formatFloat formats x exactly and briefly.
func formatFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// incidental reports whether figure i, which the other version lacks, is
// no fact of its own: a clock time written as a word ("by midnight", "at
// noon") beside other figures of its sentence marks when they were so: it
// comes and goes with rewording ("had pulled 14 people out by midnight"
// updated "have pulled 21 people out"), and an added or deleted sentence
// tells its news by those figures ("By midday the hospital had treated 212
// patients"). Alone in its sentence it is the fact ("Results are expected
// by midnight."), and paired with another time it is still a change
// ("from midnight" to "from 10 p.m.").
func (s *side) incidental(i int) bool {
	f := s.figs[i].f
	if s.restates(i) || s.another(i) || s.backReference(i) || s.entryDate(i) || s.selector(i) || VagueAmount(f.Text) || SingleSpan(f) {
		return true
	}
	if f.Category != facts.Time || strings.IndexFunc(f.Text, unicode.IsDigit) >= 0 || s.figs[i].sent < 0 {
		return false
	}
	for _, k := range s.bySent[s.figs[i].sent] {
		if c := s.figs[k].f.Category; c != facts.Time && c != facts.Date {
			return true
		}
	}
	return false
}

// selector reports whether figure i is "one" picking out the subject of
// another figure of its clause (see Selector).
func (s *side) selector(i int) bool {
	f := s.figs[i].f
	if f.Category != facts.Count || !strings.EqualFold(f.Text, "one") || s.figs[i].sent < 0 {
		return false
	}
	var others []*facts.Figure
	for _, k := range s.bySent[s.figs[i].sent] {
		if k != i {
			others = append(others, s.figs[k].f)
		}
	}
	return Selector(s.doc.Text, f, others)
}

// Selector reports whether figure f of text is "one" in words picking
// out the subject of another of the figures of its sentence, in its
// clause: "One inspector claimed 1,210 hours", "rose 19 basis points in
// one session". The other figure is the fact; the "one" comes and goes
// with it, so Compare leaves it out when it stands in one version only.
// "One person died" and "one of the 19 crew was hurt" count, and so does
// "one" that a comma, a dash or "and" parts from the other figure ("one
// person, aged 81,").
func Selector(text string, f *facts.Figure, others []*facts.Figure) bool {
	if f.Category != facts.Count || !strings.EqualFold(f.Text, "one") || f.End > len(text) || strings.HasPrefix(text[f.End:], " of ") {
		return false
	}
	for _, g := range others {
		switch g.Category {
		case facts.Date, facts.Time, facts.Ordinal:
			continue
		}
		a, b := g.End, f.Start
		if g.Start > f.Start {
			a, b = f.End, g.Start
		}
		if a > b || b > len(text) {
			continue
		}
		if between := text[a:b]; !strings.ContainsAny(between, ",;:()-\u2013\u2014\n") && !strings.Contains(between, " and ") &&
			!strings.Contains(between, " but ") && !strings.Contains(between, " or ") {
			return true
		}
	}
	return false
}

// echoes reports whether figure i of side s, which the other version o
// lacks, stands in a headline, its version's first sentence with no full
// stop, and echoes a figure of the story below it that both versions
// state unchanged: "Two airliners clip wings on taxiway" dropped from a
// page whose lead still says "Two airliners clipped wingtips". The story
// keeps the fact; the headline only named it.
func echoes(s, o *side, i int) bool {
	fi := &s.figs[i]
	if fi.sent != 0 || len(s.doc.Sentences) < 2 {
		return false
	}
	st := s.doc.Sentences[0]
	if st.End > len(s.doc.Text) || st.Start >= st.End {
		return false
	}
	if t := strings.TrimRight(s.doc.Text[st.Start:st.End], " \n"); t == "" || EndsSentence(t) {
		return false
	}
	for k := range s.figs {
		g := &s.figs[k]
		if g.sent <= 0 || s.pair[k] < 0 || class(g.f.Category) != class(fi.f.Category) || !SameValue(g.f, fi.f) && !yearOf(fi.f, g.f) {
			continue
		}
		if SameValue(g.f, o.figs[s.pair[k]].f) {
			return true
		}
	}
	return false
}

// multipleVerbs write a multiple as a verb: "will double the number of
// checks" is "twice as many checks".
var multipleVerbs = map[float64][]string{
	2: {"double", "doubled", "doubles", "doubling"},
	3: {"triple", "tripled", "triples", "tripling", "treble", "trebled", "trebles", "trebling"},
}

// multipleVerbed reports whether figure i of side s, a multiple ("twice
// as many", "three times"), is the verb of a sentence of side o much like
// its own (Dice of content words at least a half, three words shared):
// "will carry out twice as many checks" rewritten from "will double the
// number of checks". The fact is the same.
func (m *matcher) multipleVerbed(s, o *side, i int) bool {
	fi := &s.figs[i]
	verbs := multipleVerbs[fi.f.Value]
	if fi.f.Unit != "times" || len(verbs) == 0 || fi.sent < 0 {
		return false
	}
	ids := make([]int, len(verbs))
	for k, v := range verbs {
		ids[k] = m.syms.id(v)
	}
	own := s.set(fi.sent, m.syms)
	for k := range o.doc.Sentences {
		other := o.set(k, m.syms)
		verbed := slices.ContainsFunc(ids, func(id int) bool {
			_, found := slices.BinarySearch(other, id)
			return found
		})
		if verbed && overlap(own, other) >= 3 && dice(own, other) >= 0.5 {
			return true
		}
	}
	return false
}

// yearOf reports whether the date y is a year alone and the date d falls
// in it: "until 2027" in a headline over "until March 2027" in the story.
func yearOf(y, d *facts.Figure) bool {
	if y.Category != facts.Date || d.Category != facts.Date || y.High != nil || d.High != nil || y.Value < 1000 || y.Value > 2999 || y.Value != math.Trunc(y.Value) {
		return false
	}
	v := d.Value
	for v >= 10000 {
		v = math.Trunc(v / 100)
	}
	return d.Value >= 100000 && v == y.Value
}

// EndsSentence reports whether t ends as a sentence does, with a full
// stop, a mark, an ellipsis or a closing quote or bracket, which a
// headline on its own line lacks.
func EndsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?\"')\u2026\u201d\u2019", r)
}

// entryDate reports whether figure i is the date that labels an entry of a
// timeline or a list ("March 3, 2024 - The dam failed, killing 12",
// "Nov 2025: Tariffs rise to 25%"), whose other figures tell what an added
// or removed entry says. A corrected date is still a change.
func (s *side) entryDate(i int) bool {
	f := s.figs[i].f
	sent := s.figs[i].sent
	if f.Category != facts.Date || sent < 0 {
		return false
	}
	st := s.doc.Sentences[sent].Start
	lead := s.doc.Text[st:f.Start]
	if t := strings.TrimRight(lead, " \n"); strings.HasSuffix(t, "*") || strings.HasSuffix(t, "\u2022") {
		// A bullet opens the entry, perhaps glued to the one before:
		// "…600 metres long.* Sept. 9 - The kidnappers demand…".
		t = strings.TrimRight(strings.TrimRight(t, "*\u2022"), " \n")
		if t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
			lead = ""
		}
	}
	if strings.TrimLeft(lead, "-\u2022 ") != "" {
		return false
	}
	rest := s.doc.Text[f.End:]
	if !(strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " \u2013 ") || strings.HasPrefix(rest, " \u2014 ") || strings.HasPrefix(rest, ": ")) {
		return false
	}
	for _, k := range s.bySent[sent] {
		if c := s.figs[k].f.Category; c != facts.Date && c != facts.Time {
			return true
		}
	}
	return false
}

// backReference reports whether figure i points back to a count the
// version states elsewhere: "the fourth largest sum of the 312", after
// "shared among 312 charities". It comes and goes with rewording; the
// count itself is the fact.
func (s *side) backReference(i int) bool {
	f := s.figs[i].f
	if f.Category != facts.Count || s.wordBefore(i, 3) != "the" || f.End >= len(s.doc.Text) || s.valueCount(f) < 2 {
		return false
	}
	switch s.doc.Text[f.End] {
	case '.', ',', ';', ')', ':':
	default:
		if s.ofTheOpens(i) {
			// "Of the 260 spaces, 20 are set aside for e-bikes", after
			// "a bike park with 260 spaces": the whole, named again to
			// tell of a part.
			break
		}
		// "Closing the four branches will save £418k", after "voted to
		// close four of its 15 libraries": the count named again with
		// its noun, written in words.
		if !wordNumber(f.Text) {
			return false
		}
	}
	// The count it points to stands in another sentence; a sentence that
	// states both goes and comes with both.
	for _, k := range s.values[valueKeyOf(f)] {
		if s.figs[k].sent != s.figs[i].sent {
			return true
		}
	}
	return false
}

// ofTheOpens reports whether "Of the" and nothing else opens the
// sentence before figure i.
func (s *side) ofTheOpens(i int) bool {
	sent := s.figs[i].sent
	if sent < 0 {
		return false
	}
	lead := strings.TrimLeft(s.doc.Text[s.doc.Sentences[sent].Start:s.figs[i].f.Start], " \n")
	return strings.EqualFold(lead, "of the ")
}

// SingleSpan reports whether a figure is one unit of time written with
// an article, "a week", "within a year", "at least a fortnight": a
// sentence's frame ("jailed for a year", "closed for a week") that comes
// and goes with its rewording, rarely the news itself. Paired with
// another span ("within a year" to "within two years") it is a change.
func SingleSpan(f *facts.Figure) bool {
	if f.Category != facts.Measure || f.Value != 1 || f.High != nil || !timeSpan(f.Unit) && f.Unit != "fortnight" && f.Unit != "hour" && f.Unit != "decade" {
		return false
	}
	t := f.Text
	if q := f.Qualifier; q != "" && len(t) > len(q) && strings.EqualFold(t[:len(q)], q) {
		t = strings.TrimSpace(t[len(q):])
	}
	return len(t) > 2 && strings.EqualFold(t[:2], "a ") || len(t) > 3 && strings.EqualFold(t[:3], "an ")
}

// VagueAmount reports whether a figure's text is only an order of
// magnitude, "millions", "hundreds of thousands", "dozens": alone in a
// version it tells no fact a reader would check, so Compare leaves it
// out, though paired with a number ("dozens" to "63") it is a change.
func VagueAmount(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		switch w {
		case "millions", "thousands", "hundreds", "billions", "dozens", "scores", "tens", "of":
		default:
			return false
		}
	}
	return t != ""
}

// wordNumber reports whether a figure's text is a number in words
// alone: "four", "twenty-two".
func wordNumber(t string) bool {
	for k := 0; k < len(t); k++ {
		if c := t[k]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return t != ""
}

// another reports whether figure i is "first" or "second" in words, as
// in "A second blaze broke out" (another), "the first quarter", "the
// second innings": such ordinals come and go as a sentence is reworded,
// so alone in one version they are no fact; paired with another ordinal
// ("a second night" to "a third night") they are still a change. "A
// fourth man was arrested" counts arrests and stays a fact.
func (s *side) another(i int) bool {
	f := s.figs[i].f
	if f.Category != facts.Ordinal {
		return false
	}
	if strings.EqualFold(f.Text, "second") {
		if w := s.wordBefore(i, 2); w == "a" || w == "an" {
			return true // "a second blaze": another
		}
	} else if !strings.EqualFold(f.Text, "first") {
		return false
	}
	// "first" and "second" in words come and go with rewording ("the
	// first-team squad", "in the second innings"): alone in a version
	// they add or remove no fact, unless the other figures of their
	// sentence went with it ("It is the second derailment in 18
	// months", deleted). Paired, as "the first" revised "the second",
	// they are a change.
	if sent := s.figs[i].sent; sent >= 0 {
		others, kept := 0, 0
		for _, k := range s.bySent[sent] {
			if k != i && s.figs[k].f.Category != facts.Ordinal {
				others++
				if s.pair[k] >= 0 {
					kept++
				}
			}
		}
		return others == 0 || kept > 0
	}
	return true
}

// wordBefore returns, lower-cased, the word of ASCII letters right before
// figure i, past spaces and line breaks, or "" when there is none or it
// is longer than limit letters.
func (s *side) wordBefore(i, limit int) string {
	t := s.doc.Text
	we := s.figs[i].f.Start
	if we > len(t) {
		return ""
	}
	for we > 0 && (t[we-1] == ' ' || t[we-1] == '\n') {
		we--
	}
	ws := we
	for ws > 0 && we-ws <= limit && isASCIILetter(t[ws-1]) {
		ws--
	}
	if we-ws > limit || ws > 0 && isASCIILetter(t[ws-1]) {
		return ""
	}
	return strings.ToLower(t[ws:we])
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// restates reports whether figure i is a conversion in brackets of the
// figure before it, which the other version has too: "47.6C (117.7F)",
// "100 km (62 miles)", "1.2 trillion dorin ($223 million)". It adds no
// fact to it: "hit 47.6C" rewritten "hit 47.6C (117.7F)" is no change. Where the figure before is new too, both
// are told.
func (s *side) restates(i int) bool {
	if i == 0 || s.pair[i-1] < 0 || s.figs[i].sent < 0 || s.figs[i-1].sent != s.figs[i].sent {
		return false
	}
	f, g := s.figs[i].f, s.figs[i-1].f
	if g.End > f.Start || f.Start > len(s.doc.Text) {
		return false
	}
	if between := strings.TrimSpace(s.doc.Text[g.End:f.Start]); between != "(" && between != "[" {
		return false
	}
	if g.Category == facts.Money && f.Category == facts.Money && g.Unit != f.Unit && g.Unit != "" && f.Unit != "" {
		// "1.2 trillion dorin ($223 million)": a sum converted at the
		// day's rate, which no table here holds.
		return true
	}
	cg, cf, ok := convertible(g, f)
	return ok && (SameValue(g, f) || g.High == nil && f.High == nil && sameDifference(g.Value, cg, f.Value, cf, f.Text))
}
