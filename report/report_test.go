package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// doc builds a document whose sentences end at ". ".
func doc(text string) *facts.Document {
	d := &facts.Document{Text: text}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], ". ")
		if end < 0 {
			end = len(text)
		} else {
			end += start + 1
		}
		d.Sentences = append(d.Sentences, facts.Sentence{Start: start, End: end, Norm: text[start:end]})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return d
}

// side returns the figure of d whose literal span is span.
func side(t *testing.T, d *facts.Document, span string, value float64, qualifier, unit string) *diff.Side {
	t.Helper()
	i := strings.Index(d.Text, span)
	if i < 0 {
		t.Fatalf("%q not in %q", span, d.Text)
	}
	s := diff.Side{Value: value, Text: span, Qualifier: qualifier, Unit: unit, Start: i, End: i + len(span)}
	for _, st := range d.Sentences {
		if st.Start <= i && i < st.End {
			s.Sentence = d.Text[st.Start:st.End]
		}
	}
	return &s
}

// sample returns a comparison with one change of each kind, a qualifier-only
// change and a long scraped sentence.
func sample(t *testing.T) *diff.Result {
	old := doc("Air raids on the camps killed at least 25 fighters and wounded 55 on Sunday. " +
		"The flood displaced at least 400 families. A strike at the port lasted 6 days. " +
		strings.Repeat("Words of a long glued sentence go on and on ", 5) + "before 12 boats left " + strings.Repeat("and more words follow them here ", 5) + "to the end.")
	new := doc("Air raids on the camps killed at least 26 fighters and wounded 55 on Sunday. " +
		"The flood displaced 400 families. Exports rose 8% last year | *really*. " +
		strings.Repeat("Words of a long glued sentence go on and on ", 5) + "before 14 boats left " + strings.Repeat("and more words follow them here ", 5) + "to the end.")
	d := func(x float64) *float64 { return &x }
	return &diff.Result{
		Facts: []diff.Change{
			{Kind: diff.Changed, Key: "killed fighters", Category: facts.Casualties,
				Old: side(t, old, "at least 25", 25, "at least", "fighters"), New: side(t, new, "at least 26", 26, "at least", "fighters"), Delta: d(1)},
			{Kind: diff.Changed, Key: "displaced families", Category: facts.Count,
				Old: side(t, old, "at least 400", 400, "at least", "families"), New: side(t, new, "400", 400, "", "families"), Delta: d(0)},
			{Kind: diff.Removed, Key: "strike duration", Category: facts.Measure, Old: side(t, old, "6 days", 6, "", "day")},
			{Kind: diff.Added, Key: "", Category: facts.Percent, New: side(t, new, "8%", 8, "", "percent")},
			{Kind: diff.Changed, Key: "boats", Category: facts.Count,
				Old: side(t, old, "12", 12, "", "boats"), New: side(t, new, "14", 14, "", "boats"), Delta: d(2)},
		},
		Summary: diff.Summary{Changed: 3, Added: 1, Removed: 1},
		Text:    diff.TextStats{Insertions: 9, Deletions: 8},
		Old:     old,
		New:     new,
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("read golden file: %v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review)\ngot:\n%s\nwant:\n%s", p, got, want)
	}
}

func TestWriteGolden(t *testing.T) {
	res := sample(t)
	tests := []struct {
		file   string
		format Format
		opts   Options
	}{
		{"diff.txt", Text, Options{}},
		{"diff-color.txt", Text, Options{Color: true}},
		{"diff.json", JSON, Options{}},
		{"diff.md", Markdown, Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, res, tt.format, tt.opts); err != nil {
				t.Fatalf("Write(%s) error %v", tt.format, err)
			}
			golden(t, tt.file, b.Bytes())
		})
	}
}

func TestWriteEmpty(t *testing.T) {
	res := &diff.Result{Old: doc(""), New: doc("")}
	var b bytes.Buffer
	if err := WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Facts []json.RawMessage `json:"facts"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil || got.Facts == nil {
		t.Errorf("WriteJSON(no changes) = %s; want \"facts\": []", b.String())
	}
	b.Reset()
	if err := WriteText(&b, res, Options{}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "no fact changes; text: 0 words inserted, 0 words deleted\n"; got != want {
		t.Errorf("WriteText(no changes) = %q; want %q", got, want)
	}
}

func TestJSONSchema(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sample(t)); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	first := got["facts"].([]any)[0].(map[string]any)
	for _, k := range []string{"kind", "key", "category", "old", "new", "delta"} {
		if _, ok := first[k]; !ok {
			t.Errorf("fact lacks %q: %v", k, first)
		}
	}
	old := first["old"].(map[string]any)
	for _, k := range []string{"value", "text", "qualifier", "unit", "sentence", "start", "end"} {
		if _, ok := old[k]; !ok {
			t.Errorf("old lacks %q: %v", k, old)
		}
	}
	added := got["facts"].([]any)[3].(map[string]any)
	if added["old"] != nil || added["delta"] != nil {
		t.Errorf("added fact = %v; want old and delta null", added)
	}
	for _, k := range []string{"summary", "text"} {
		if _, ok := got[k]; !ok {
			t.Errorf("result lacks %q", k)
		}
	}
}

func TestLine(t *testing.T) {
	res := sample(t)
	want := []string{
		"changed killed fighters: at least 25 -> at least 26 (+1)",
		"changed displaced families: at least 400 -> 400 (qualifier: at least -> (none))",
		"removed strike duration: 6 days",
		"added percent: 8%",
		"changed boats: 12 -> 14 (+2)",
	}
	for i, c := range res.Facts {
		if got := Line(c); got != want[i] {
			t.Errorf("Line(%d) = %q; want %q", i, got, want[i])
		}
	}
}

func TestSigned(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{1, "+1"}, {-3, "-3"}, {200, "+200"}, {1250000, "+1,250,000"}, {0.5, "+0.5"},
		{-0.16666666, "-0.1667"}, {1e20, "+1e+20"}, {-4.1234e-11, "-4.12e-11"},
	}
	for _, tt := range tests {
		if got := signed(tt.in); got != tt.want {
			t.Errorf("signed(%v) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestFacts(t *testing.T) {
	d := doc("Strikes killed at least 25 fighters. Turnout was 25 to 30%.")
	h := 30.0
	d.Figures = []facts.Figure{
		{Key: "killed fighters", Category: facts.Casualties, Value: 25, Text: "at least 25", Qualifier: "at least", Unit: "fighters", Start: 15, End: 26},
		{Key: "turnout", Category: facts.Percent, Value: 25, High: &h, Text: "25 to 30%", Unit: "percent", Start: 50, End: 59},
	}
	for i := range d.Figures {
		d.Figures[i].Sentence = d.Text[d.Sentences[i].Start:d.Sentences[i].End]
	}
	for _, tt := range []struct {
		file   string
		format Format
	}{{"facts.txt", Text}, {"facts.json", JSON}} {
		var b bytes.Buffer
		if err := WriteFacts(&b, d, tt.format); err != nil {
			t.Fatalf("WriteFacts(%s) error %v", tt.format, err)
		}
		golden(t, tt.file, b.Bytes())
	}
	var b bytes.Buffer
	if err := WriteFactsJSON(&b, &facts.Document{}); err != nil || strings.TrimSpace(b.String()) != "{\n  \"facts\": []\n}" {
		t.Errorf("WriteFactsJSON(empty) = %q, %v; want an empty array", b.String(), err)
	}
}

func TestFormats(t *testing.T) {
	for _, s := range []string{"text", "JSON", " markdown ", "html"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q) error %v", s, err)
		}
	}
	if _, err := ParseFormat("yaml"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("ParseFormat(yaml) = %v; want ErrUnknownFormat", err)
	}
	var page bytes.Buffer
	if err := Write(&page, sample(t), HTML, Options{OldName: "v1.txt", NewName: "v2.txt"}); err != nil {
		t.Fatalf("Write(html) error %v", err)
	}
	if got := page.String(); !strings.Contains(got, "<!DOCTYPE html>") || !strings.Contains(got, "v2.txt") {
		t.Errorf("Write(html) = %.200q...; want a whole page naming v2.txt", got)
	}
}

func TestDeltaText(t *testing.T) {
	tests := []struct {
		d    float64
		unit string
		want string
	}{
		{3, "", "+3"},
		{-25, "minute", "-25 minutes"},
		{1, "days", "+1 day"},
		{-5138.9492, "sq ft", "-5,139 sq ft"},
		{0.5678912, "km", "+0.5679 km"},
	}
	for _, tt := range tests {
		if got := deltaText(tt.d, tt.unit); got != tt.want {
			t.Errorf("deltaText(%v, %q) = %q; want %q", tt.d, tt.unit, got, tt.want)
		}
	}
}
