package facts

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeed checks the known figures of the real scraped seed article, read
// from ../shared/seed when it is there (CI always has it).
func TestSeed(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "seed", "reuters-baghdad-embassy.txt")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && os.Getenv("CI") != "true" {
		t.Skipf("no seed at %s", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	doc := Parse(string(data))
	want := []struct {
		text     string
		value    float64
		unit     string
		category Category
		key      string
		concept  string
	}{
		{"nearly 17 years", 17, "year", Measure, "", ""},
		{"2003", 2003, "", Date, "", ""},
		{"at least 25", 25, "fighters", Casualties, "killed fighters", "killed"},
		{"55", 55, "fighters", Casualties, "wounded fighters", "wounded"},
		{"at least 25", 25, "Iraqis", Casualties, "killed Iraqis", "killed"},
		{"62", 62, "militiamen", Casualties, "wounded militiamen and civilians", "wounded"},
		{"More than 5,000", 5000, "troops", Count, "U.S. troops stationed", ""},
	}
	next := 0
	for _, w := range want {
		found := false
		for k := next; k < len(doc.Figures); k++ {
			f := doc.Figures[k]
			if f.Text != w.text || f.Value != w.value {
				continue
			}
			found = true
			next = k + 1
			if f.Unit != w.unit || f.Category != w.category {
				t.Errorf("figure %q: unit/category = %q/%s; want %q/%s", w.text, f.Unit, f.Category, w.unit, w.category)
			}
			if w.key != "" && f.Key != w.key {
				t.Errorf("figure %q: key = %q; want %q", w.text, f.Key, w.key)
			}
			if w.concept != "" && f.Concept != w.concept {
				t.Errorf("figure %q: concept = %q; want %q", w.text, f.Concept, w.concept)
			}
			if string(data[f.Start:f.End]) != w.text {
				t.Errorf("figure %q: raw span [%d,%d) = %q", w.text, f.Start, f.End, data[f.Start:f.End])
			}
			break
		}
		if !found {
			t.Errorf("figure %q=%v not found in order", w.text, w.value)
		}
	}
	// The junk tail yields nothing and is no sentence.
	tail := strings.Index(doc.Text, "for-phone-only")
	if tail < 0 {
		t.Fatal("seed has no junk tail")
	}
	for _, f := range doc.Figures {
		if f.End > tail {
			t.Errorf("figure %q taken from the junk tail", f.Text)
		}
	}
	for _, s := range doc.Sentences {
		if s.End > tail {
			t.Errorf("sentence %q reaches into the junk tail", doc.Text[s.Start:s.End])
		}
	}
	// Glued sentences are split.
	for _, s := range doc.Sentences {
		if strings.Contains(doc.Text[s.Start:s.End], "country.Embassy") {
			t.Errorf("glued sentences not split: %q", doc.Text[s.Start:s.End])
		}
	}
}
