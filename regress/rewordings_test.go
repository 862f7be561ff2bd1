package regress

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// hedgeSynonyms rewrite a qualifier with another of the same meaning.
var hedgeSynonyms = map[string]string{
	"more than": "over", "over": "more than", "about": "around", "around": "about", "some": "about",
	"nearly": "almost", "almost": "nearly", "roughly": "about", "approximately": "about",
	"at least": "no fewer than", "up to": "as many as", "fewer than": "less than",
}

// nounSynonyms rewrite a counted noun with another naming the same people
// or things, as editors do.
var nounSynonyms = map[string]string{
	"people": "residents", "workers": "employees", "soldiers": "troops", "vehicles": "cars",
	"homes": "houses", "villages": "communities", "students": "pupils", "officers": "police",
	"passengers": "travellers", "children": "youngsters", "buildings": "structures",
	"firefighters": "fire crews", "staff": "employees", "members": "lawmakers", "flights": "services",
	"jobs": "posts", "schools": "classrooms", "patients": "people", "fans": "supporters",
	"trucks": "lorries", "boats": "vessels", "residents": "people", "miners": "workers",
	"civilians": "people", "troops": "soldiers", "families": "households", "seats": "places",
}

// vagueExact replaces a vague magnitude with a number inside its range.
var vagueExact = map[string]string{
	"dozens": "35", "hundreds": "412", "thousands": "4,500", "tens of thousands": "45,000", "scores": "60",
}

// rewordings derives from one article the edits editors make to a
// sentence's wording around its figures, with the number of fact changes
// each must give: two clauses trading places, a hedge or a counted noun
// reworded (none); a vague magnitude made exact, a bare count revised and
// hedged (one each); page counters and stamps that move between scrapes
// (none).
func rewordings(text string, doc *facts.Document, rng *rand.Rand) []revision {
	var revs []revision
	for si, st := range doc.Sentences {
		var figs []facts.Figure
		for _, f := range doc.Figures {
			if f.SentenceIndex == si {
				figs = append(figs, f)
			}
		}
		if len(figs) == 0 {
			continue
		}
		sent := text[st.Start:st.End]
		replace := func(s string) string { return text[:st.Start] + s + text[st.End:] }
		if r, ok := clausesSwapped(sent, st.Start, figs); ok {
			if st.End < len(text) && text[st.End] != ' ' && text[st.End] != '\n' {
				r += " " // the next sentence was glued to this one's last word
			}
			if st.Start > 0 && text[st.Start-1] != ' ' && text[st.Start-1] != '\n' {
				r = " " + r // and this one to the previous one's full stop
			}
			revs = append(revs, revision{"clauses swapped", replace(r), 0})
		}
		f := figs[rng.IntN(len(figs))]
		at := func(s string) string { return text[:f.Start] + s + text[f.End:] }
		if q := strings.ToLower(f.Qualifier); q != "" && strings.HasPrefix(strings.ToLower(f.Text), q) {
			if syn, ok := hedgeSynonyms[q]; ok {
				revs = append(revs, revision{"hedge reworded", at(matchCase(f.Text[:len(q)], syn) + f.Text[len(q):]), 0})
			}
		}
		if (f.Category == facts.Count || f.Category == facts.Casualties) && f.Unit != "" {
			rest := text[f.End:]
			if strings.HasPrefix(rest, " "+f.Unit) {
				if syn, ok := nounSynonyms[strings.ToLower(f.Unit)]; ok {
					k := f.End + 1 + len(f.Unit)
					if k == len(text) || !isLetter(text[k]) {
						revs = append(revs, revision{"noun reworded", text[:f.End+1] + syn + text[k:], 0})
					}
				}
			}
		}
		if f.High != nil && (f.Category == facts.Count || f.Category == facts.Casualties) {
			lt := strings.ToLower(f.Text)
			if exact, ok := vagueExact[lt]; ok && strings.HasPrefix(text[f.End:], " of ") {
				revs = append(revs, revision{"vague made exact", text[:f.Start] + exact + text[f.End+len(" of"):], 1})
			}
		}
		if f.Qualifier == "" && f.High == nil && (f.Category == facts.Count || f.Category == facts.Casualties) &&
			f.Value >= 10 && f.Value < 1e5 && f.Value == float64(int(f.Value)) && isDigits(f.Text) {
			v := int(f.Value) + 1 + rng.IntN(int(f.Value)/5+1)
			revs = append(revs, revision{"revised and hedged", at("at least " + strconv.Itoa(v)), 1})
		}
	}
	return revs
}

// clausesSwapped puts the two clauses of a sentence that each hold a
// figure the other way round: "A rose to 5% while B fell to 3%." becomes
// "B fell to 3% while A rose to 5%."
func clausesSwapped(sent string, start int, figs []facts.Figure) (string, bool) {
	for _, sep := range []string{" while ", ", while ", " whereas ", ", and ", " and "} {
		k := strings.Index(sent, sep)
		if k <= 0 {
			continue
		}
		left, right := 0, 0
		for _, f := range figs {
			switch {
			case f.End <= start+k:
				left++
			case f.Start >= start+k+len(sep):
				right++
			default:
				return "", false
			}
		}
		if left == 0 || right == 0 {
			continue
		}
		a, b := sent[:k], strings.TrimRight(sent[k+len(sep):], ".!? ")
		if strings.ContainsAny(a, "\n\"") || strings.ContainsAny(b, "\n\"") {
			continue
		}
		return upperFirst(b) + sep + lowerFirst(a) + ".", true
	}
	return "", false
}

// counterNoise wraps an article in page furniture whose numbers differ
// between the versions: a relative stamp, a reading time, a comment
// counter.
func counterNoise(text string, v int) string {
	return "Updated " + strconv.Itoa(2+v*7) + " minutes ago\n" + strconv.Itoa(3+v) + " min read\n" + text + "\nComments (" + strconv.Itoa(12+v*19) + ")\n"
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' {
			return false
		}
	}
	return s != ""
}

// matchCase writes s capitalised when like is.
func matchCase(like, s string) string {
	if r, _ := utf8.DecodeRuneInString(like); unicode.IsUpper(r) {
		return upperFirst(s)
	}
	return s
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases the first letter of s unless its first word is
// a name or an acronym (capitalised again later in s, or all capitals).
func lowerFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if strings.ToUpper(w) == w || strings.Contains(s[len(w):], w) {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// TestRewordingProperties rewords the articles of the regression cases in
// the ways editors do and checks the number of fact changes each must
// give: matching must hold on rewordings it was not tuned on.
func TestRewordingProperties(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(casesDir, "*", "old.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no cases in %s yet", casesDir)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	seen := make(map[string]bool)
	runs, failures := 0, 0
	byKind := make(map[string][2]int)
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
		doc := facts.Parse(text)
		revs := rewordings(text, doc, rng)
		revs = append(revs, revision{"counters", counterNoise(text, 1), 0})
		for _, r := range revs {
			old := text
			if r.name == "counters" {
				old = counterNoise(text, 0)
			}
			runs++
			res := diff.Compare(old, r.text)
			k := byKind[r.name]
			k[0]++
			if len(res.Facts) != r.wantN {
				failures++
				k[1]++
				t.Errorf("%s, %s: Compare() = %q; want %d changes", p, r.name, texts(res), r.wantN)
			}
			byKind[r.name] = k
		}
	}
	for name, k := range byKind {
		t.Logf("%s: %d revisions, %d failures", name, k[0], k[1])
	}
	t.Logf("%d revisions, %d failures", runs, failures)
}
