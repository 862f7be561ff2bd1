package diff

import "github.com/factdiff/factdiff/facts"

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
}

// Change is one fact difference. Old is nil for Added, New is nil for Removed.
type Change struct {
	Kind     Kind           `json:"kind"`
	Key      string         `json:"key"`
	Category facts.Category `json:"category"`
	Old      *Side          `json:"old"`
	New      *Side          `json:"new"`
	Delta    *float64       `json:"delta"` // New.Value - Old.Value for Changed; nil otherwise
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
	return CompareDocuments(facts.Parse(oldText), facts.Parse(newText))
}

// CompareDocuments compares two parsed versions.
func CompareDocuments(old, new *facts.Document) *Result {
	// TODO(diff): placeholder; the real matcher replaces this.
	return &Result{Facts: []Change{}, Old: old, New: new}
}
