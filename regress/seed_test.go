package regress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// seedFile is the real article the project was seeded with. It lives beside
// the repository, not in it: the repository holds only text we wrote.
const seedFile = "reuters-baghdad-embassy.txt"

// readSeed returns the seed article. It skips the test when the shared
// folder is absent, except under CI, where the seed must be present.
func readSeed(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(root, "..", "shared", "seed", seedFile)
	data, err := os.ReadFile(p)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("read seed: %v (CI must provide ../shared/seed)", err)
		}
		t.Skipf("seed not available: %v", err)
	}
	return string(data)
}

// want is one expected change in the seed revisions: its kind, the numeral
// each side's text must hold and the values.
type want struct {
	kind               diff.Kind
	oldNum, newNum     string
	oldValue, newValue float64
}

// replaceOnce replaces the only occurrence of old in s, failing the test if
// old does not occur exactly once: the seed must still be the seed.
func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if n := strings.Count(s, old); n != 1 {
		t.Fatalf("seed holds %q %d times; want once", old, n)
	}
	return strings.Replace(s, old, new, 1)
}

// moveSentenceWith moves the sentence holding the figure whose text holds
// numeral to the start of the text.
func moveSentenceWith(t *testing.T, s, numeral string) string {
	t.Helper()
	doc := facts.Parse(s)
	for _, f := range doc.Figures {
		if !strings.Contains(f.Text, numeral) {
			continue
		}
		st := doc.Sentences[f.SentenceIndex]
		sent := strings.TrimSpace(s[st.Start:st.End])
		return sent + " " + s[:st.Start] + s[st.End:]
	}
	t.Fatalf("no figure %q in the seed", numeral)
	return ""
}

func TestSeedRevisions(t *testing.T) {
	seed := readSeed(t)
	tests := []struct {
		name   string
		revise func(t *testing.T, s string) string
		want   []want
	}{
		{"toll revised", func(t *testing.T, s string) string {
			return replaceOnce(t, s, "25 fighters", "26 fighters")
		}, []want{{diff.Changed, "25", "26", 25, 26}}},
		{"troops revised", func(t *testing.T, s string) string {
			return replaceOnce(t, s, "5,000 U.S. troops", "5,200 U.S. troops")
		}, []want{{diff.Changed, "5,000", "5,200", 5000, 5200}}},
		{"number reformatted", func(t *testing.T, s string) string {
			return replaceOnce(t, s, "5,000", "5000")
		}, nil},
		{"sentence reworded", func(t *testing.T, s string) string {
			return replaceOnce(t, s, " were wounded by", " had been wounded by")
		}, nil},
		{"paragraph moved", func(t *testing.T, s string) string {
			return moveSentenceWith(t, s, "5,000")
		}, nil},
		{"paragraph moved and revised", func(t *testing.T, s string) string {
			return replaceOnce(t, moveSentenceWith(t, s, "5,000"), "5,000", "5,200")
		}, []want{{diff.Changed, "5,000", "5,200", 5000, 5200}}},
		{"two figures revised at once", func(t *testing.T, s string) string {
			s = replaceOnce(t, s, "25 fighters", "26 fighters")
			return replaceOnce(t, s, "5,000 U.S. troops", "5,200 U.S. troops")
		}, []want{{diff.Changed, "25", "26", 25, 26}, {diff.Changed, "5,000", "5,200", 5000, 5200}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := diff.Compare(seed, tt.revise(t, seed))
			if len(res.Facts) != len(tt.want) {
				t.Fatalf("Compare(seed, revision) = %q; want %d changes", texts(res), len(tt.want))
			}
			for i, w := range tt.want {
				c := res.Facts[i]
				if c.Kind != w.kind || c.Old == nil || c.New == nil ||
					!strings.Contains(c.Old.Text, w.oldNum) || !strings.Contains(c.New.Text, w.newNum) ||
					c.Old.Value != w.oldValue || c.New.Value != w.newValue {
					t.Errorf("change %d = %q; want %s %s -> %s", i, texts(res)[i], w.kind, w.oldNum, w.newNum)
				}
				if c.Old != nil && c.New != nil && (c.Old.Sentence == "" || c.New.Sentence == "") {
					t.Errorf("change %d lacks a sentence", i)
				}
			}
		})
	}
}

// TestSeedChain revises the toll twice and checks each step against the one
// before, as the watcher does.
func TestSeedChain(t *testing.T) {
	v1 := readSeed(t)
	v2 := replaceOnce(t, v1, "least 25 fighters", "least 26 fighters")
	v3 := replaceOnce(t, v2, "at least 26 fighters", "28 fighters")
	steps := []struct {
		old, new       string
		oldNum, newNum string
	}{
		{v1, v2, "25", "26"},
		{v2, v3, "26", "28"},
	}
	for i, s := range steps {
		res := diff.Compare(s.old, s.new)
		if len(res.Facts) != 1 || res.Facts[0].Kind != diff.Changed ||
			!strings.Contains(res.Facts[0].Old.Text, s.oldNum) || !strings.Contains(res.Facts[0].New.Text, s.newNum) {
			t.Errorf("step %d: Compare() = %q; want one change %s -> %s", i+1, texts(res), s.oldNum, s.newNum)
		}
	}
}

// texts returns the changes of res in the text format.
func texts(res *diff.Result) []string {
	var out []string
	for _, l := range Lines(res) {
		out = append(out, l.Text)
	}
	return out
}
