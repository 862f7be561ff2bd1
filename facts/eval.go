package facts

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// Example is one annotated sentence of the figure corpus
// (testdata/corpus/*.jsonl).
type Example struct {
	ID      string       `json:"id"`
	Domain  string       `json:"domain"`
	Text    string       `json:"text"`
	Figures []GoldFigure `json:"figures"`
}

// GoldFigure is a figure as annotated in the corpus.
type GoldFigure struct {
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	High      *float64 `json:"high,omitempty"`
	Unit      string   `json:"unit"`
	Category  Category `json:"category"`
	Key       string   `json:"key"`
	Qualifier string   `json:"qualifier"`
}

// ReadCorpus reads JSON Lines examples; blank lines are skipped.
func ReadCorpus(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var ex Example
		if err := json.Unmarshal([]byte(b), &ex); err != nil {
			return nil, fmt.Errorf("facts: corpus line %d: %w", line, err)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("facts: read corpus: %w", err)
	}
	return out, nil
}

// Scores are the extraction scores over a corpus.
//
// A predicted figure is a true positive when an unmatched gold figure of the
// same example has the same value (and the same high end, or neither has
// one); each gold figure is matched once. Value+unit additionally requires
// equal units, compared case-insensitively with plural and singular folded.
// Category accuracy and key agreement are measured over value-matched pairs.
type Scores struct {
	Examples, Gold, Predicted int
	Matched, UnitMatched      int
	CategoryRight, KeyRight   int
	KeyAgreed                 int     // value-matched pairs whose KeyF1 >= KeyAgreeThreshold
	KeyF1Sum                  float64 // sum of KeyF1 over value-matched pairs

	Precision, Recall, F1 float64
	UnitF1                float64 // value+unit F1
	CategoryAccuracy      float64
	KeyExact              float64 // exact key match, case-insensitive
	KeyAgreement          float64 // share of keys agreeing with gold by KeyF1
	KeyMeanF1             float64 // mean KeyF1

	// KeyMisses lists the value-matched figures whose key disagrees with
	// the gold key, for tuning.
	KeyMisses []KeyMiss

	// Misses lists, per example with an error, what was missed and what
	// was wrongly found, for tuning.
	Misses []Miss
}

// KeyMiss is one figure whose key disagrees with the gold key.
type KeyMiss struct {
	ID, Sentence, Figure string
	Gold, Got            string
	F1                   float64
}

// Miss records the errors on one example.
type Miss struct {
	ID             string
	Text           string
	FalseNegatives []GoldFigure
	FalsePositives []Figure
	WrongUnit      [][2]string // gold, predicted
	WrongCategory  [][2]string
}

// Evaluate extracts the figures of every example and scores them against
// the gold annotation.
func Evaluate(examples []Example) Scores {
	var s Scores
	s.Examples = len(examples)
	for _, ex := range examples {
		pred := Extract(ex.Text)
		s.Gold += len(ex.Figures)
		s.Predicted += len(pred)
		used := make([]bool, len(ex.Figures))
		usedU := make([]bool, len(ex.Figures))
		m := Miss{ID: ex.ID, Text: ex.Text}
		for _, f := range pred {
			gi := -1
			for k, g := range ex.Figures {
				if !used[k] && sameValue(f, g) {
					gi = k
					break
				}
			}
			if gi < 0 {
				m.FalsePositives = append(m.FalsePositives, f)
			} else {
				used[gi] = true
				s.Matched++
				g := ex.Figures[gi]
				if g.Category == f.Category {
					s.CategoryRight++
				} else {
					m.WrongCategory = append(m.WrongCategory, [2]string{g.Text + "=" + string(g.Category), string(f.Category)})
				}
				if strings.EqualFold(g.Key, f.Key) {
					s.KeyRight++
				}
				kf := KeyF1(f.Key, g.Key)
				s.KeyF1Sum += kf
				if kf >= KeyAgreeThreshold {
					s.KeyAgreed++
				} else {
					s.KeyMisses = append(s.KeyMisses, KeyMiss{ID: ex.ID, Sentence: ex.Text, Figure: f.Text, Gold: g.Key, Got: f.Key, F1: kf})
				}
				if !sameUnit(g.Unit, f.Unit) {
					m.WrongUnit = append(m.WrongUnit, [2]string{g.Text + "=" + g.Unit, f.Unit})
				}
			}
			for k, g := range ex.Figures {
				if !usedU[k] && sameValue(f, g) && sameUnit(g.Unit, f.Unit) {
					usedU[k] = true
					s.UnitMatched++
					break
				}
			}
		}
		for k, g := range ex.Figures {
			if !used[k] {
				m.FalseNegatives = append(m.FalseNegatives, g)
			}
		}
		if len(m.FalseNegatives)+len(m.FalsePositives)+len(m.WrongUnit)+len(m.WrongCategory) > 0 {
			s.Misses = append(s.Misses, m)
		}
	}
	s.Precision = ratio(s.Matched, s.Predicted)
	s.Recall = ratio(s.Matched, s.Gold)
	s.F1 = f1(s.Precision, s.Recall)
	s.UnitF1 = f1(ratio(s.UnitMatched, s.Predicted), ratio(s.UnitMatched, s.Gold))
	s.CategoryAccuracy = ratio(s.CategoryRight, s.Matched)
	s.KeyExact = ratio(s.KeyRight, s.Matched)
	s.KeyAgreement = ratio(s.KeyAgreed, s.Matched)
	if s.Matched > 0 {
		s.KeyMeanF1 = s.KeyF1Sum / float64(s.Matched)
	}
	return s
}

// String renders the headline scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("examples=%d gold=%d predicted=%d value P=%.3f R=%.3f F1=%.3f value+unit F1=%.3f category accuracy=%.3f key agreement=%.3f key word F1=%.3f key exact=%.3f",
		s.Examples, s.Gold, s.Predicted, s.Precision, s.Recall, s.F1, s.UnitF1, s.CategoryAccuracy, s.KeyAgreement, s.KeyMeanF1, s.KeyExact)
}

func sameValue(f Figure, g GoldFigure) bool {
	if !closeTo(f.Value, g.Value) {
		return false
	}
	switch {
	case f.High == nil && g.High == nil:
		return true
	case f.High != nil && g.High != nil:
		return closeTo(*f.High, *g.High)
	}
	return false
}

func closeTo(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d <= 1e-6*math.Max(math.Abs(a), math.Abs(b)) || d < 1e-9
}

// sameUnit compares units case-insensitively with plural and singular
// folded.
func sameUnit(a, b string) bool {
	return foldUnit(a) == foldUnit(b)
}

func foldUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	switch {
	case strings.HasSuffix(u, "ies") && len(u) > 4:
		return u[:len(u)-3] + "y"
	case strings.HasSuffix(u, "ches") || strings.HasSuffix(u, "shes") || strings.HasSuffix(u, "xes"):
		return u[:len(u)-2]
	case strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss") && len(u) > 1:
		return u[:len(u)-1]
	}
	return u
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
