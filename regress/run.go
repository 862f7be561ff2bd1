package regress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
	"github.com/factdiff/factdiff/report"
)

// ErrNoWant is returned when a case has no want.txt; Update creates it.
var ErrNoWant = errors.New("want.txt missing (run with --update to create it)")

// Outcome is the result of running one case.
type Outcome struct {
	Case   Case
	Want   []Line       // the expected changes, from want.txt
	Got    []Line       // the changes found
	Result *diff.Result // the comparison, nil when Err is set before it

	// Missing are the expected changes not found; Unexpected the changes
	// found but not expected. Both are empty when the case passes.
	Missing, Unexpected []Line

	// Err is set when the case could not be run: a version or want.txt
	// unreadable or malformed. Got is still filled when the comparison ran.
	Err error
}

// Passed reports whether the case ran and found exactly the expected
// changes.
func (o *Outcome) Passed() bool {
	return o.Err == nil && len(o.Missing) == 0 && len(o.Unexpected) == 0
}

// Run runs case c: it reads both versions, compares them and matches the
// changes found against want.txt.
func Run(c Case) Outcome {
	o := Outcome{Case: c}
	oldText, err := ReadVersion(c.OldPath)
	if err != nil {
		o.Err = err
		return o
	}
	newText, err := ReadVersion(c.NewPath)
	if err != nil {
		o.Err = err
		return o
	}
	o.Result = diff.Compare(oldText, newText)
	o.Got = Lines(o.Result)

	data, err := os.ReadFile(c.WantPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		o.Err = fmt.Errorf("case %s: %w", c.Name, ErrNoWant)
		return o
	case err != nil:
		o.Err = fmt.Errorf("read %s: %w", c.WantPath, bare(err))
		return o
	}
	o.Want, err = ParseWant(c.WantPath, string(data))
	if err != nil {
		o.Err = err
		return o
	}
	o.Missing, o.Unexpected = Match(o.Want, o.Got)
	return o
}

// Lines returns the changes of res as lines of the text format.
func Lines(res *diff.Result) []Line {
	lines := make([]Line, 0, len(res.Facts))
	for _, c := range res.Facts {
		l := Line{Kind: c.Kind, Key: c.Key, Text: report.Line(c)}
		if c.Old != nil {
			l.Old = c.Old.Text
		}
		if c.New != nil {
			l.New = c.New.Text
		}
		lines = append(lines, l)
	}
	return lines
}

// Match compares want and got as multisets of (kind, old text, new text), case
// folded, and returns the wanted lines not got and the got lines not wanted,
// each in its original order.
func Match(want, got []Line) (missing, unexpected []Line) {
	left := make(map[string]int)
	for _, g := range got {
		left[g.id()]++
	}
	for _, w := range want {
		if left[w.id()] > 0 {
			left[w.id()]--
			continue
		}
		missing = append(missing, w)
	}
	need := make(map[string]int)
	for _, w := range want {
		need[w.id()]++
	}
	for _, g := range got {
		if need[g.id()] > 0 {
			need[g.id()]--
			continue
		}
		unexpected = append(unexpected, g)
	}
	return missing, unexpected
}

// Update rewrites the case's want.txt with the changes found, keeping the
// comment lines that open the old one. The comparison must have run.
func Update(o Outcome) error {
	if o.Result == nil {
		return fmt.Errorf("case %s: nothing to write: %w", o.Case.Name, o.Err)
	}
	var b strings.Builder
	if old, err := os.ReadFile(o.Case.WantPath); err == nil {
		for _, line := range strings.SplitAfter(string(old), "\n") {
			if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
				break
			}
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				b.WriteString(strings.TrimRight(line, "\n") + "\n")
			}
		}
	}
	for _, l := range o.Got {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(o.Case.WantPath, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", o.Case.WantPath, bare(err))
	}
	return nil
}

// Score counts fact changes found against fact changes expected, and how
// well the keys of the changes found agree with the keys an editor wrote in
// want.txt.
type Score struct {
	TP int // found and expected
	FP int // found, not expected
	FN int // expected, not found

	// KeyPairs is the number of true positives whose keys were compared;
	// KeyAgreed those whose key agrees with want.txt's (facts.KeyF1 at
	// least facts.KeyAgreeThreshold); KeyF1Sum the sum of their KeyF1.
	KeyPairs, KeyAgreed int
	KeyF1Sum            float64
}

// KeyPair is a change found with the change expected that it matches: the
// key factdiff gave it and the key an editor wrote.
type KeyPair struct {
	Case     string
	Want     Line
	Got      Line
	F1       float64 // facts.KeyF1(Got.Key, Want.Key)
	Agreeing bool
}

// KeyPairs pairs the changes found with the expected changes they match,
// by (kind, old text, new text) in order, and scores their keys.
func KeyPairs(outs []Outcome) []KeyPair {
	var out []KeyPair
	for _, o := range outs {
		if o.Result == nil {
			continue
		}
		byID := make(map[string][]Line)
		for _, g := range o.Got {
			byID[g.id()] = append(byID[g.id()], g)
		}
		for _, w := range o.Want {
			gs := byID[w.id()]
			if len(gs) == 0 {
				continue
			}
			g := gs[0]
			byID[w.id()] = gs[1:]
			f := facts.KeyF1(g.Key, w.Key)
			out = append(out, KeyPair{Case: o.Case.Name, Want: w, Got: g, F1: f, Agreeing: f >= facts.KeyAgreeThreshold})
		}
	}
	return out
}

// Accuracy scores the outcomes: a found change is a true positive when it
// matches an expected one by (kind, old text, new text), as multisets per
// case. Cases that could not be compared count their expected changes as
// missed.
func Accuracy(outs []Outcome) Score {
	var s Score
	for _, o := range outs {
		if o.Result == nil || o.Want == nil && o.Err != nil {
			s.FN += len(o.Want)
			continue
		}
		missing, unexpected := Match(o.Want, o.Got)
		s.FN += len(missing)
		s.FP += len(unexpected)
		s.TP += len(o.Got) - len(unexpected)
	}
	for _, kp := range KeyPairs(outs) {
		s.KeyPairs++
		s.KeyF1Sum += kp.F1
		if kp.Agreeing {
			s.KeyAgreed++
		}
	}
	return s
}

// KeyAgreement returns the share of compared keys that agree with
// want.txt's, 1 when none was compared.
func (s Score) KeyAgreement() float64 {
	if s.KeyPairs == 0 {
		return 1
	}
	return float64(s.KeyAgreed) / float64(s.KeyPairs)
}

// KeyMeanF1 returns the mean word F1 of the compared keys against
// want.txt's, 1 when none was compared.
func (s Score) KeyMeanF1() float64 {
	if s.KeyPairs == 0 {
		return 1
	}
	return s.KeyF1Sum / float64(s.KeyPairs)
}

// Precision returns TP/(TP+FP), 1 when nothing was found.
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall returns TP/(TP+FN), 1 when nothing was expected.
func (s Score) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 returns the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String formats the score on one line.
func (s Score) String() string {
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)  key agreement %.3f  key word F1 %.3f  (%d of %d keys)",
		s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN, s.KeyAgreement(), s.KeyMeanF1(), s.KeyAgreed, s.KeyPairs)
}
