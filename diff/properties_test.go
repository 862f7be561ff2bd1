package diff_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// casesDir holds the repository's regression cases, whose articles the
// property tests below rewrite.
const casesDir = "../testdata/cases"

// caseTexts returns the distinct old versions of the regression cases.
func caseTexts(t *testing.T) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(casesDir, "*", "old.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no cases in %s", casesDir)
	}
	out := make(map[string]string)
	seen := make(map[string]bool)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(data); !seen[s] {
			seen[s] = true
			out[p] = s
		}
	}
	return out
}

// sortedKeys returns the keys of m in order, so that runs are repeatable.
func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// rewrite converts a measure to another unit: the unit word written and
// the value in it, from the value in the source unit.
type rewrite struct {
	word string
	conv func(v float64) (float64, bool)
}

// rewrites are the unit conversions editors make, by the unit name facts
// gives the source.
var rewrites = map[string]rewrite{
	"kg":     {"tonnes", func(v float64) (float64, bool) { return v / 1000, v >= 100 }},
	"tonne":  {"kg", func(v float64) (float64, bool) { return v * 1000, v < 1e5 }},
	"m":      {"km", func(v float64) (float64, bool) { return v / 1000, v >= 100 }},
	"km":     {"metres", func(v float64) (float64, bool) { return v * 1000, v < 100 }},
	"mile":   {"km", func(v float64) (float64, bool) { return round(v*1.609344, 3), true }},
	"mm":     {"cm", func(v float64) (float64, bool) { return v / 10, true }},
	"cm":     {"mm", func(v float64) (float64, bool) { return v * 10, true }},
	"hour":   {"minutes", func(v float64) (float64, bool) { return v * 60, true }},
	"minute": {"seconds", func(v float64) (float64, bool) { return v * 60, true }},
	"day":    {"hours", func(v float64) (float64, bool) { return v * 24, true }},
	"week":   {"days", func(v float64) (float64, bool) { return v * 7, true }},
	"°C":     {"degrees Fahrenheit", func(v float64) (float64, bool) { return round(v*9/5+32, 1), true }},
	"GB":     {"terabytes", func(v float64) (float64, bool) { return v / 1000, true }},
	"MW":     {"kilowatts", func(v float64) (float64, bool) { return v * 1000, true }},
	"GW":     {"megawatts", func(v float64) (float64, bool) { return v * 1000, true }},
	"hectare": {"square kilometres", func(v float64) (float64, bool) {
		return v / 100, v >= 10
	}},
}

func round(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(x*p) / p
}

// numberSpan returns the offsets of the first number in s and its end.
func numberSpan(s string) (int, int) {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return -1, -1
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++
	}
	return i, j
}

// converted rewrites measure f of text in another unit, its value scaled
// by revise (1 for the same quantity), or reports false when f is no
// plain measure written "<number> <unit>".
func converted(text string, f facts.Figure, revise float64) (string, bool) {
	rw, ok := rewrites[f.Unit]
	if !ok || f.Category != facts.Measure || f.High != nil {
		return "", false
	}
	i, j := numberSpan(f.Text)
	if i < 0 || j == len(f.Text) || f.Text[j] == '-' || strings.ContainsAny(f.Text[j:], "0123456789") {
		return "", false
	}
	if strings.Contains(f.Text, " and ") || strings.Contains(f.Text, ", ") || strings.ContainsAny(f.Text[:i], "0123456789") {
		return "", false // a span in parts: "three hours and 52 minutes", "4 hours 41 minutes"
	}
	if i > 0 && f.Text[i-1] == '-' {
		i-- // the sign goes with the number: "-7°C" is "19.4 degrees Fahrenheit"
	} else if strings.HasSuffix(f.Text[:i], "\u2212") {
		i -= len("\u2212") // "−17℃", the minus sign
	}
	v, ok := rw.conv(f.Value)
	if !ok || v <= 0 || v >= 1e6 {
		return "", false
	}
	v *= revise
	lit := strconv.FormatFloat(v, 'f', -1, 64)
	if len(lit) > 8 {
		return "", false
	}
	return text[:f.Start+i] + lit + " " + rw.word + text[f.End:], true
}

// TestConversionProperties rewrites the measures of the regression cases'
// articles in other units: the same quantity converted is no fact change
// ("4,100 kg" -> "4.1 tonnes", "2 hours" -> "120 minutes"); converted and
// revised by half again it is one.
func TestConversionProperties(t *testing.T) {
	texts := caseTexts(t)
	runs, failures := 0, 0
	for _, p := range sortedKeys(texts) {
		text := texts[p]
		doc := facts.Parse(text)
		for _, f := range doc.Figures {
			for _, tc := range []struct {
				name   string
				revise float64
				want   int
			}{{"converted", 1, 0}, {"converted and revised", 1.5, 1}} {
				rev, ok := converted(text, f, tc.revise)
				if !ok {
					continue
				}
				runs++
				res := diff.Compare(text, rev)
				if len(res.Facts) != tc.want {
					failures++
					t.Errorf("%s, %s %q: Compare() = %q; want %d changes", p, tc.name, f.Text, changeTexts(res), tc.want)
				}
			}
		}
	}
	if runs == 0 {
		t.Fatal("no measure to convert")
	}
	t.Logf("%d conversions, %d failures", runs, failures)
}

// changeTexts renders the changes of a result briefly.
func changeTexts(res *diff.Result) []string {
	var out []string
	for _, c := range res.Facts {
		s := string(c.Kind) + " " + c.Key + ": "
		if c.Old != nil {
			s += c.Old.Text
		}
		s += " -> "
		if c.New != nil {
			s += c.New.Text
		}
		out = append(out, s)
	}
	return out
}

// furniture is page furniture glued into an article between its first and
// second sentence, its numbers set by v: a comment counter, a publication
// stamp whose AM or PM is glued to the next sentence.
func furniture(v int) []string {
	return []string{
		fmt.Sprintf("Comments (%d)", 12+v*37),
		fmt.Sprintf("Published %d:%02d AM", 7+v, 5+v*11),
		fmt.Sprintf("Comments (%d)Updated %d:%02d PM", 3+v*90, 1+v, 40-v*9),
		fmt.Sprintf("\nJuly %d at %d:%02d a.m.\n", 3+v*20, 9+v, 15+v*20),
		fmt.Sprintf("Comments: %d", 5+v*6),
		fmt.Sprintf(" %d Comments", 30+v*7),
		fmt.Sprintf("March %d, 2026", 4+v),
		fmt.Sprintf("Thursday, March %d, 2026 %d:%02d PM", 5+v, 7+v, 45-v*40),
		fmt.Sprintf(" %d.%dK shares", 1+v, 2+v*5),
		fmt.Sprintf("Updated %d:%02d AM ET March %d, 2026", 8+v, 12+v*30, 4+v),
		fmt.Sprintf("\nThursday, March %d, 2026 \u2022 %d:%02d PM\n", 5+v, 7+v, 45-v*40),
	}
}

// figureList renders a document's figures as text, value and category,
// the sentences they stand in aside.
func figureList(doc *facts.Document) []string {
	var out []string
	for _, f := range doc.Figures {
		out = append(out, fmt.Sprintf("%s=%g/%s", f.Text, f.Value, f.Category))
	}
	return out
}

// TestFurnitureGlueProperties glues page furniture whose numbers change
// between scrapes into the articles of the regression cases, where a
// headline meets the first sentence: no fact changes between two
// scrapes, and the article's own figures are read as without it.
func TestFurnitureGlueProperties(t *testing.T) {
	texts := caseTexts(t)
	runs, failures := 0, 0
	for _, p := range sortedKeys(texts) {
		text := texts[p]
		doc := facts.Parse(text)
		if len(doc.Sentences) < 2 {
			continue
		}
		// Between the first sentence and the next, in place of the
		// space or page junk between them.
		end, next := doc.Sentences[0].End, doc.Sentences[1].Start
		want := figureList(doc)
		old, cur := furniture(0), furniture(1)
		for k := range old {
			a := text[:end] + old[k] + text[next:]
			b := text[:end] + cur[k] + text[next:]
			runs++
			if res := diff.Compare(a, b); len(res.Facts) != 0 {
				failures++
				t.Errorf("%s, %q glued: Compare() = %q; want no change", p, old[k], changeTexts(res))
				continue
			}
			if got := figureList(facts.Parse(a)); !slices.Equal(got, want) {
				failures++
				t.Errorf("%s, %q glued: figures\n got: %q\nwant: %q", p, old[k], got, want)
			}
		}
	}
	t.Logf("%d glued versions, %d failures", runs, failures)
}
