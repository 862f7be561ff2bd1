package diff

import (
	"strconv"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/facts"
)

// markedDoc builds a parsed document from marked-up text, so that matching
// is tested independently of the extractor. Sentences end at ". "; a figure
// is written {SPAN} or {SPAN|CONCEPT} or {SPAN|CONCEPT|UNIT}: the value is the
// number in SPAN ("5,000", "2.5", "25 to 30" is a range), the qualifier the
// words before it, the category casualties for the concepts killed and
// wounded, percent for "%", money for "$", count otherwise.
func markedDoc(t testing.TB, marked string) *facts.Document {
	t.Helper()
	var text strings.Builder
	var figs []facts.Figure
	for {
		i := strings.IndexByte(marked, '{')
		if i < 0 {
			text.WriteString(marked)
			break
		}
		j := strings.IndexByte(marked[i:], '}')
		if j < 0 {
			t.Fatalf("markedDoc: unclosed { in %q", marked)
		}
		text.WriteString(marked[:i])
		parts := strings.Split(marked[i+1:i+j], "|")
		marked = marked[i+j+1:]
		f := figureOf(t, parts)
		f.Start = text.Len()
		text.WriteString(f.Text)
		f.End = text.Len()
		figs = append(figs, f)
	}
	doc := &facts.Document{Text: text.String()}
	s := doc.Text
	start := 0
	for start < len(s) {
		end := strings.Index(s[start:], ". ")
		if end < 0 {
			end = len(s)
		} else {
			end += start + 1
		}
		doc.Sentences = append(doc.Sentences, facts.Sentence{Start: start, End: end, Norm: strings.TrimSpace(s[start:end])})
		start = end
		for start < len(s) && s[start] == ' ' {
			start++
		}
	}
	for k := range figs {
		f := &figs[k]
		for si, st := range doc.Sentences {
			if st.Start <= f.Start && f.End <= st.End {
				f.SentenceIndex = si
				f.Sentence = s[st.Start:st.End]
			}
		}
	}
	doc.Figures = figs
	return doc
}

// figureOf reads the parts of one figure mark.
func figureOf(t testing.TB, parts []string) facts.Figure {
	t.Helper()
	f := facts.Figure{Text: parts[0], Category: facts.Count}
	if len(parts) > 1 {
		f.Concept = parts[1]
		f.Key = parts[1]
	}
	if len(parts) > 2 {
		f.Unit = parts[2]
	}
	fields := strings.Fields(strings.NewReplacer("$", "$ ", "%", " %").Replace(parts[0]))
	var nums []float64
	var qual []string
	for _, w := range fields {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err == nil {
			nums = append(nums, v)
			continue
		}
		switch w {
		case "$":
			f.Category, f.Unit = facts.Money, "USD"
		case "%":
			f.Category, f.Unit = facts.Percent, "%"
		case "to":
		default:
			if len(nums) == 0 {
				qual = append(qual, w)
			}
		}
	}
	if len(nums) == 0 {
		t.Fatalf("markedDoc: no number in %q", parts[0])
	}
	f.Value = nums[0]
	if len(nums) > 1 {
		h := nums[1]
		f.High = &h
	}
	f.Qualifier = strings.Join(qual, " ")
	switch f.Concept {
	case "killed", "wounded":
		f.Category = facts.Casualties
	}
	return f
}

// brief renders changes compactly for comparison in tests:
// "changed 25 -> 26", "added 5", "removed 7".
func brief(res *Result) []string {
	var out []string
	for _, c := range res.Facts {
		switch c.Kind {
		case Changed:
			out = append(out, "changed "+c.Old.Text+" -> "+c.New.Text)
		case Added:
			out = append(out, "added "+c.New.Text)
		case Removed:
			out = append(out, "removed "+c.Old.Text)
		}
	}
	return out
}
