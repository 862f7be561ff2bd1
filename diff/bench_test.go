package diff

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/facts"
)

// seedPath returns the path of the real seed article, read from the shared
// folder beside the repository, or "" when it is not there.
func seedPath() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", "seed", "reuters-baghdad-embassy.txt")
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// seedPair returns the seed and a revision of it: two figures revised and a
// sentence moved, the shape of a real update.
func seedPair(tb testing.TB) (string, string) {
	tb.Helper()
	p := seedPath()
	if p == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("seed article not found beside the repository (../shared/seed); CI must have it")
		}
		tb.Skip("seed article not found beside the repository (../shared/seed)")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		tb.Fatalf("read seed: %v", err)
	}
	old := string(data)
	revised := strings.Replace(old, "25 fighters", "26 fighters", 1)
	revised = strings.Replace(revised, "5,000 U.S.", "5,200 U.S.", 1)
	return old, revised
}

// newsLike returns about size bytes of made-up news sentences drawn from a
// vocabulary of its own: two calls with different seeds share almost no
// sentence, word or figure.
func newsLike(size int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	letters := "bcdfghjklmnpqrstvwz"
	vowels := "aeiou"
	vocab := make([]string, 3000)
	for i := range vocab {
		var w strings.Builder
		for k := 0; k < 2+rng.IntN(3); k++ {
			w.WriteByte(letters[rng.IntN(len(letters))])
			w.WriteByte(vowels[rng.IntN(len(vowels))])
		}
		vocab[i] = w.String()
	}
	var b strings.Builder
	for b.Len() < size {
		n := 8 + rng.IntN(20)
		for k := 0; k < n; k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			switch r := rng.IntN(12); {
			case r == 0:
				b.WriteString(strconv.Itoa(rng.IntN(100000)))
			case r == 1 && k > 0:
				b.WriteString("at least " + strconv.Itoa(1+rng.IntN(500)) + " people were killed")
			case k == 0:
				w := vocab[rng.IntN(len(vocab))]
				b.WriteString(strings.ToUpper(w[:1]) + w[1:])
			default:
				b.WriteString(vocab[rng.IntN(len(vocab))])
			}
		}
		b.WriteString(". ")
	}
	return b.String()
}

func BenchmarkCompareSeed(b *testing.B) {
	old, revised := seedPair(b)
	b.SetBytes(int64(len(old) + len(revised)))
	b.ReportAllocs()
	for b.Loop() {
		Compare(old, revised)
	}
}

// BenchmarkCompareDocumentsSeed times the matching alone, on the seed pair
// parsed beforehand: what Compare adds to extraction.
func BenchmarkCompareDocumentsSeed(b *testing.B) {
	old, revised := seedPair(b)
	od, nd := facts.Parse(old), facts.Parse(revised)
	b.ReportAllocs()
	for b.Loop() {
		CompareDocuments(od, nd)
	}
}

func BenchmarkCompareUnrelated1MB(b *testing.B) {
	a, c := newsLike(1<<20, 1), newsLike(1<<20, 2)
	b.SetBytes(int64(len(a) + len(c)))
	b.ReportAllocs()
	for b.Loop() {
		Compare(a, c)
	}
}

// TestCompareUnrelatedBounded checks the memory bound of two unrelated 1 MB
// texts (the time bound is measured by BenchmarkCompareUnrelated1MB).
func TestCompareUnrelatedBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	a, c := newsLike(1<<20, 1), newsLike(1<<20, 2)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := Compare(a, c)
	runtime.ReadMemStats(&after)
	const limit = 200 << 20
	if got := after.TotalAlloc - before.TotalAlloc; got > limit {
		t.Errorf("Compare(1 MB, unrelated 1 MB) allocated %d MB; want < %d MB", got>>20, limit>>20)
	}
	if len(res.Facts) == 0 {
		t.Errorf("Compare(1 MB, unrelated 1 MB) found no fact change")
	}
}

// TestCompareDegenerate runs inputs that make naive diffs quadratic:
// repetitive sentences and words, a line of a million digits. Each must
// finish (the test's own timeout bounds it) and keep the result invariants.
func TestCompareDegenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	tests := []struct {
		name     string
		old, new string
	}{
		{"million digits", strings.Repeat("7", 1000000), strings.Repeat("7", 999999) + "8"},
		{"repeated sentences swapped", strings.Repeat("One 1. Two 2. ", 40000), strings.Repeat("Two 2. One 1. ", 40000)},
		{"repeated sentences shifted", strings.Repeat("A 1. B 2. C 3. ", 30000), "X 9. " + strings.Repeat("A 1. B 2. C 3. ", 30000)[5:]},
		{"repeated sentence revised", strings.Repeat("The toll rose to 5 people. ", 20000), strings.Repeat("The toll rose to 6 people. ", 20000)},
		{"repeated words", strings.Repeat("a b ", 200000), strings.Repeat("b a ", 200000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Compare(tt.old, tt.new)
			checkResult(t, res)
		})
	}
}
