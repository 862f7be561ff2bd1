package facts

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	showMisses    = flag.Bool("misses", false, "print every corpus error in TestCorpus")
	showKeyMisses = flag.Bool("keymisses", false, "print every key of TestCorpus that disagrees with the gold key")
)

// TestCorpus scores the extractor on the annotated corpus. The files are
// written separately; a missing file skips its split.
func TestCorpus(t *testing.T) {
	for _, split := range []string{"train", "heldout"} {
		t.Run(split, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "corpus", split+".jsonl"))
			if errors.Is(err, fs.ErrNotExist) {
				t.Skipf("no %s split yet", split)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			ex, err := ReadCorpus(f)
			if err != nil {
				t.Fatal(err)
			}
			s := Evaluate(ex)
			t.Logf("%s: %v", split, s)
			if *showKeyMisses {
				var b strings.Builder
				for _, m := range s.KeyMisses {
					fmt.Fprintf(&b, "%s %q: got %q, gold %q (F1 %.2f)\n    %s\n", m.ID, m.Figure, m.Got, m.Gold, m.F1, m.Sentence)
				}
				t.Log("key misses:\n" + b.String())
			}
			if *showMisses {
				for _, m := range s.Misses {
					var b strings.Builder
					fmt.Fprintf(&b, "%s: %s\n", m.ID, m.Text)
					for _, g := range m.FalseNegatives {
						fmt.Fprintf(&b, "   FN %q=%v %s/%s\n", g.Text, g.Value, g.Unit, g.Category)
					}
					for _, p := range m.FalsePositives {
						h := ""
						if p.High != nil {
							h = fmt.Sprintf("-%v", *p.High)
						}
						fmt.Fprintf(&b, "   FP %q=%v%s %s/%s\n", p.Text, p.Value, h, p.Unit, p.Category)
					}
					for _, u := range m.WrongUnit {
						fmt.Fprintf(&b, "   UNIT %s got %q\n", u[0], u[1])
					}
					for _, c := range m.WrongCategory {
						fmt.Fprintf(&b, "   CAT %s got %s\n", c[0], c[1])
					}
					t.Log(b.String())
				}
			}
		})
	}
}
