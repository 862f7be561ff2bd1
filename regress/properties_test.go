package regress

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// revision is an edit of an article whose number of fact changes is known
// whatever the article says.
type revision struct {
	name  string
	text  string
	wantN int
	// want, when set, lists the changes expected in want.txt's format
	// ("changed k: 46 -> 31", "added k: 15"), compared as (kind, old
	// text, new text) like a case's: the right pairing, not only the
	// right number of changes.
	want []string
}

// bumpFigure raises (or lowers, for a 9) the last digit of figure f.
func bumpFigure(text string, f facts.Figure) (string, bool) {
	i := strings.LastIndexAny(f.Text, "0123456789")
	if i < 0 {
		return "", false
	}
	d := f.Text[i] + 1
	if f.Text[i] == '9' {
		d = '8'
	}
	return text[:f.Start+i] + string(d) + text[f.Start+i+1:], true
}

// gluedListEnd reports whether the sentence s ends in a list number
// glued to its last word or heading: "Halvorsen +3.905s3.", "Rents jump
// again3.", "Top three:1.".
func gluedListEnd(s string) bool {
	s = strings.TrimSuffix(s, ".")
	k := len(s)
	for k > 0 && len(s)-k < 2 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	return k < len(s) && k > 0 && (isLetter(s[k-1]) || s[k-1] == ':') // "Top three:1."
}

// otherFigures reports whether g's sentence holds a figure other than
// ordinals.
func otherFigures(doc *facts.Document, g facts.Figure) bool {
	for _, h := range doc.Figures {
		if h.SentenceIndex == g.SentenceIndex && h.Category != facts.Ordinal {
			return true
		}
	}
	return false
}

// anotherBefore reports whether s ends in the indefinite article, as
// before "a second blaze".
func anotherBefore(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 {
		return false
	}
	l := strings.ToLower(w[len(w)-1])
	if i := strings.LastIndexAny(l, ".!?"); i >= 0 {
		l = l[i+1:] // glued after a full stop: "out.A second"
	}
	return l == "a" || l == "an"
}

// backReference reports whether count g is "the" and a number ending its
// phrase whose value another sentence of doc states (see diff's
// incidental): it goes with its sentence unreported.
func backReference(text string, doc *facts.Document, g facts.Figure) bool {
	if g.Category != facts.Count || g.End >= len(text) || !strings.ContainsRune(".,;):", rune(text[g.End])) && !inWords(g.Text) {
		return false
	}
	before := strings.TrimRight(text[:g.Start], " \n")
	if !strings.HasSuffix(strings.ToLower(before), " the") {
		return false
	}
	for _, h := range doc.Figures {
		if h.SentenceIndex != g.SentenceIndex && h.Category == facts.Count && h.Value == g.Value {
			return true
		}
	}
	return false
}

// inWords reports whether a figure is a number in words alone, "four":
// after "the" it points back wherever it ends (see diff's backReference).
func inWords(t string) bool {
	for _, c := range t {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return t != ""
}

// echoesStory reports whether g stands in a headline, the first sentence
// with no full stop, and a later sentence states its value too: deleted
// with its headline, it is no change (see diff's echoes).
func echoesStory(text string, doc *facts.Document, g facts.Figure) bool {
	if g.SentenceIndex != 0 || len(doc.Sentences) < 2 {
		return false
	}
	st := doc.Sentences[0]
	if t := strings.TrimRight(text[st.Start:st.End], " \n"); t == "" || diff.EndsSentence(t) {
		return false
	}
	for _, h := range doc.Figures {
		if h.SentenceIndex > 0 && h.Category == g.Category && diff.SameValue(&h, &g) {
			return true
		}
	}
	return false
}

// sentenceFigures returns the figures of the sentence of figure k of
// doc, k left out.
func sentenceFigures(doc *facts.Document, k int) []*facts.Figure {
	var out []*facts.Figure
	for j := range doc.Figures {
		if j != k && doc.Figures[j].SentenceIndex == doc.Figures[k].SentenceIndex {
			out = append(out, &doc.Figures[j])
		}
	}
	return out
}

// revisions derives edits from one article around a figure chosen by rng:
// its sentence moved, deleted, merged with the next, split, swapped with the
// next; its value revised, alone, after a move or with another's; numbers
// reformatted; lines re-wrapped; page junk appended.
func revisions(text string, doc *facts.Document, rng *rand.Rand) []revision {
	f := doc.Figures[rng.IntN(len(doc.Figures))]
	if f.Category == facts.Date || f.Category == facts.Time || f.SentenceIndex+1 >= len(doc.Sentences) {
		return nil
	}
	st, next := doc.Sentences[f.SentenceIndex], doc.Sentences[f.SentenceIndex+1]
	sent := text[st.Start:st.End]
	rest := text[:st.Start] + text[st.End:]
	at := doc.Sentences[rng.IntN(len(doc.Sentences))].Start
	if at > st.Start {
		at -= st.End - st.Start
	}
	// A clock time written as a word beside other figures ("by
	// midnight") goes with its sentence unreported (see diff's
	// incidental).
	inSentence, wordTimes, others := 0, 0, 0
	for k, g := range doc.Figures {
		if g.SentenceIndex != f.SentenceIndex {
			continue
		}
		if k > 0 && wholeTally(text, doc.Figures[k-1], g) {
			continue // "3-1" goes as one (see diff's tallies)
		}
		if g.Category == facts.Ordinal && strings.EqualFold(g.Text, "second") && anotherBefore(text[:g.Start]) {
			continue // "a second blaze": "another", unreported alone
		}
		if g.Category == facts.Ordinal && (strings.EqualFold(g.Text, "first") || strings.EqualFold(g.Text, "second")) && !otherFigures(doc, g) {
			continue // "for the second time": alone in its sentence, unreported (see diff's another)
		}
		if backReference(text, doc, g) {
			continue // "the largest sum of the 312": the count stands elsewhere
		}
		if echoesStory(text, doc, g) {
			continue // a headline's figure the story states too (see diff's echoes)
		}
		if g.Category == facts.Count && diff.Selector(text, &doc.Figures[k], sentenceFigures(doc, k)) {
			continue // "One inspector claimed 1,210 hours": the hours are the fact
		}
		if diff.SingleSpan(&doc.Figures[k]) {
			continue // "for a week": goes with its sentence unreported (see diff.SingleSpan)
		}
		if diff.VagueAmount(g.Text) {
			others++ // a figure beside a word time all the same
			continue // "millions" alone: unreported (see diff.VagueAmount)
		}
		inSentence++
		switch {
		case g.Category == facts.Time && strings.IndexFunc(g.Text, unicode.IsDigit) < 0:
			wordTimes++
		case g.Category != facts.Time && g.Category != facts.Date:
			others++
		}
	}
	if others > 0 {
		inSentence -= wordTimes
	}
	// A headline moved into the body is punctuated there, as an editor
	// would; unpunctuated it would run into the sentence after it.
	placed := sent
	if t := strings.TrimRight(sent, " \n"); t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?\"'") {
		placed = t + "."
	}
	revs := []revision{
		{"sentence moved", rest[:at] + placed + " " + rest[at:], 0, nil},
		{"sentence deleted", rest, inSentence, nil},
		{"sentences swapped", text[:st.Start] + text[next.Start:next.End] + " " + sent + " " + text[next.End:], 0, nil},
		{"junk appended", text + "share-buttonnewsletter-signupfooter-links", 0, nil},
	}
	// An item of a glued numbered list ("Halvorsen +3.905s3.") ends in
	// the next item's number; no editor merges it into a sentence.
	// Nor is a live page's entry, opening with its time ("3.35pm Police
	// say…"), merged into the sentence before it.
	// Two sentences merge where they stand side by side; one with page
	// junk between ("…each day.Reading time: 2 minutes\nVideo 0:58")
	// would lose the junk and take the furniture after it into prose.
	if body := strings.TrimRight(sent, " "); strings.HasSuffix(body, ".") && !gluedListEnd(body) && !isDigits(text[next.Start:next.Start+1]) &&
		strings.TrimSpace(text[st.End:next.Start]) == "" {
		_, w := utf8.DecodeRuneInString(text[next.Start:])
		merged := text[:st.Start] + body[:len(body)-1] + ", and " + strings.ToLower(text[next.Start:next.Start+w]) + text[next.Start+w:]
		revs = append(revs, revision{"sentences merged", merged, 0, nil})
	}
	if i := strings.Index(sent, ", and "); i > 0 {
		revs = append(revs, revision{"sentence split", text[:st.Start+i] + ". And " + text[st.Start+i+6:], 0, nil})
	}
	if revised, ok := bumpFigure(text, f); ok {
		revs = append(revs, revision{"value revised", revised, 1, nil})
		moved := revised[:st.Start] + revised[st.End:]
		movedSent := revised[st.Start:st.End]
		if t := strings.TrimRight(movedSent, " \n"); t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?\"'") {
			movedSent = t + "."
		}
		revs = append(revs, revision{"value revised and moved", moved[:at] + movedSent + " " + moved[at:], 1, nil})
		g := doc.Figures[rng.IntN(len(doc.Figures))]
		if g.SentenceIndex != f.SentenceIndex && g.Category != facts.Date && g.Category != facts.Time {
			if two, ok := bumpFigure(revised, g); ok {
				revs = append(revs, revision{"two values revised", two, 2, nil})
			}
		}
	}
	// Only large numbers: "1500" may be a year, a reading the extractor
	// is free to take.
	if strings.Contains(f.Text, ",") && f.Value >= 10000 && f.High == nil && !decimalComma.MatchString(f.Text) {
		plain := strings.ReplaceAll(f.Text, ",", "")
		revs = append(revs, revision{"separators dropped", text[:f.Start] + plain + text[f.End:], 0, nil})
	}
	return revs
}

// decimalComma matches a decimal comma ("€1,3 billion"), which is no
// thousands separator to drop.
var decimalComma = regexp.MustCompile(`\d,\d{1,2}(?:\D|$)`)

// rewrap hard-wraps text at about width columns.
func rewrap(text string, width int) string {
	var b strings.Builder
	col := 0
	for i, w := range strings.Split(text, " ") {
		if i > 0 {
			if col+len(w) > width {
				b.WriteByte('\n')
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

// caseText is the old version of a regression case, with its path.
type caseText struct{ path, text string }

// caseTexts returns the old versions of the regression cases, in path
// order, each text once; it skips the test when there are none.
func caseTexts(t *testing.T) []caseText {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(casesDir, "*", "old.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no cases in %s yet", casesDir)
	}
	seen := make(map[string]bool)
	var out []caseText
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if seen[text] {
			continue
		}
		seen[text] = true
		out = append(out, caseText{p, text})
	}
	return out
}

// TestRevisionProperties edits the articles of the regression cases in ways
// whose number of fact changes is known, and checks that number: matching
// must hold on text it was not tuned on.
func TestRevisionProperties(t *testing.T) {
	cases := caseTexts(t)
	rng := rand.New(rand.NewPCG(1, 2))
	runs, failures := 0, 0
	for _, c := range cases {
		p, text := c.path, c.text
		doc := facts.Parse(text)
		if len(doc.Sentences) < 4 || len(doc.Figures) < 3 {
			continue
		}
		revs := []revision{{"re-wrapped", rewrap(text, 64), 0, nil}}
		for range 6 {
			revs = append(revs, revisions(text, doc, rng)...)
		}
		for _, r := range revs {
			runs++
			res := diff.Compare(text, r.text)
			if len(res.Facts) != r.wantN {
				failures++
				t.Errorf("%s, %s: Compare() = %q; want %d changes", p, r.name, texts(res), r.wantN)
			}
		}
	}
	t.Logf("%d revisions, %d failures", runs, failures)
}

// wholeTally reports whether figures a and b are the two sides of a score
// or a vote written whole ("3-1", a cricket score "287 for 6"), which the
// diff reports as one.
func wholeTally(text string, a, b facts.Figure) bool {
	if a.End > b.Start || !tallyKey(a.Key) || !tallyKey(b.Key) {
		return false
	}
	switch text[a.End:b.Start] {
	case "-", "–", "—":
		return true
	case " for ":
		// A cricket score, "287 for 6".
		return strings.HasSuffix(a.Key, " score") && strings.HasSuffix(b.Key, " score")
	}
	return false
}

// tallyKey reports whether a key names a side of a score or a vote.
func tallyKey(k string) bool {
	return strings.HasSuffix(k, " score") || strings.HasSuffix(k, "votes for") || strings.HasSuffix(k, "votes against")
}
