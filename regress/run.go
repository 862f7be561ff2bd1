package regress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/factdiff/factdiff/diff"
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

// Match compares want and got as multisets of (kind, old text, new text)
// and returns the wanted lines not got and the got lines not wanted, each in
// its original order.
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

// Score counts fact changes found against fact changes expected.
type Score struct {
	TP int // found and expected
	FP int // found, not expected
	FN int // expected, not found
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
	return s
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
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)",
		s.Precision(), s.Recall(), s.F1(), s.TP, s.FP, s.FN)
}
