package facts

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestArticleGolden extracts the figures of made-up scraped articles in
// testdata and compares them with golden JSON files; -update rewrites them.
func TestArticleGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc := Parse(string(data))
			for _, f := range doc.Figures {
				if string(data[f.Start:f.End]) != f.Text {
					t.Errorf("figure %q: raw span [%d,%d) = %q", f.Text, f.Start, f.End, data[f.Start:f.End])
				}
			}
			got, err := json.MarshalIndent(golden(doc), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gpath := path[:len(path)-len(".txt")] + ".golden.json"
			if *update {
				if err := os.WriteFile(gpath, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test ./facts -run TestArticleGolden -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("figures of %s differ from %s (rerun with -update after checking):\n%s", path, gpath, got)
			}
		})
	}
}

// goldenFigure is the part of a figure the golden files pin.
type goldenFigure struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	High      *float64 `json:"high,omitempty"`
	Qualifier string   `json:"qualifier,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Category  Category `json:"category"`
	Key       string   `json:"key"`
	Concept   string   `json:"concept"`
}

type goldenDoc struct {
	Sentences []string       `json:"sentences"`
	Figures   []goldenFigure `json:"figures"`
}

func golden(doc *Document) goldenDoc {
	g := goldenDoc{Sentences: []string{}, Figures: []goldenFigure{}}
	for _, s := range doc.Sentences {
		g.Sentences = append(g.Sentences, s.Norm)
	}
	for _, f := range doc.Figures {
		g.Figures = append(g.Figures, goldenFigure{f.Text, f.Value, f.High, f.Qualifier, f.Unit, f.Category, f.Key, f.Concept})
	}
	return g
}
