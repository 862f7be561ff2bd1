package facts

// Category is the kind of quantity a figure is. The values are part of the
// JSON contract in SPEC.md.
type Category string

// The categories of SPEC.md.
const (
	Casualties Category = "casualties" // killed, dead, wounded, injured, missing…
	Money      Category = "money"
	Percent    Category = "percent"
	Measure    Category = "measure" // a unit: km, tonnes, degrees…
	Count      Category = "count"   // any other count of people or things
	Date       Category = "date"    // years, calendar dates
	Time       Category = "time"    // clock times
	Ordinal    Category = "ordinal" // "22nd", "third"
)

// Figure is one quantity found in a text.
//
// Start and End are byte offsets into Document.Text, so that
// Text == doc.Text[Start:End] always holds.
type Figure struct {
	Key       string   `json:"key"`
	Category  Category `json:"category"`
	Value     float64  `json:"value"`          // always finite, so that JSON can carry it
	High      *float64 `json:"high,omitempty"` // high end of a range; nil for a single value
	Text      string   `json:"text"`
	Qualifier string   `json:"qualifier"` // "at least", "more than"…; "" when none
	Unit      string   `json:"unit"`
	Sentence  string   `json:"sentence"` // the sentence holding the figure, as in Document.Text; one over 600 bytes is cut to the words around the figure, marked with "…"
	Start     int      `json:"start"`
	End       int      `json:"end"`

	// SentenceIndex is the index in Document.Sentences of the sentence
	// holding the figure.
	SentenceIndex int `json:"-"`

	// Concept is the canonical meaning of the figure, the same across
	// phrasings, used to pair figures between versions: "killed" for killed,
	// dead, died, death toll, lives lost; "wounded" for wounded, injured, hurt;
	// otherwise the lemmatised head of Key ("troop stationed").
	Concept string `json:"-"`

	// State is what befell what a count or casualty figure counts, the
	// same across phrasings and nouns: the casualty concept ("killed",
	// "wounded", "missing"), or a state such as "trapped", "rescued"
	// (rescued, pulled out alive, brought out, freed), "aboard" (aboard,
	// on board, carrying), "evacuated", "arrested"; "" when nothing in the
	// sentence states it. See state.go.
	State string `json:"-"`

	// Run is the time unit of the run an ordinal ranks the latest of
	// ("day" for "a ninth consecutive day"), "" for other figures: the
	// same fact as the span "nine days in a row", which a revision may
	// write instead.
	Run string `json:"-"`

	// Context holds the lemmatised content words of the figure's clause,
	// figures excluded, for judging whether two figures say the same thing.
	Context []string `json:"-"`
}

// Sentence is one sentence of a document.
type Sentence struct {
	Start, End int    // byte offsets in Document.Text
	Norm       string // the normalised sentence, used to align versions
}

// Document is a parsed version of an article.
type Document struct {
	// Text is the version's text as given, with invalid UTF-8 replaced by
	// U+FFFD. All offsets refer to it.
	Text      string
	Sentences []Sentence
	Figures   []Figure // in document order
}
