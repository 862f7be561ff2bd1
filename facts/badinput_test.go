package facts

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestBadInput feeds degenerate texts: nothing may panic, and large inputs
// must finish in bounded time.
func TestBadInput(t *testing.T) {
	long := func(n int, s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	tests := []struct {
		name  string
		text  string
		limit time.Duration
	}{
		{"empty", "", time.Second},
		{"spaces", "   \n\n\t ", time.Second},
		{"invalid utf-8", "killed \xff\xfe 25 \xc3 fighters \xed\xa0\x80.", time.Second},
		{"million digits", long(1_000_000, "1234567890"), 10 * time.Second},
		{"digits with commas", long(1_000_000, "1,000,"), 10 * time.Second},
		{"one long word", long(1_000_000, "abcdefghij"), 10 * time.Second},
		{"dots", long(1_000_000, "a."), 10 * time.Second},
		{"dashes", long(1_000_000, "1-"), 10 * time.Second},
		{"quotes", long(1_000_000, "\u201c5\u201d"), 10 * time.Second},
		{"no sentences", long(2_000_000, "killed 25 fighters and wounded 55 "), 20 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			doc := Parse(tt.text)
			if d := time.Since(start); d > tt.limit {
				t.Errorf("Parse(%s) took %v; want under %v", tt.name, d, tt.limit)
			}
			for _, f := range doc.Figures {
				if doc.Text[f.Start:f.End] != f.Text {
					t.Fatalf("Parse(%s): figure text %q != span", tt.name, f.Text)
				}
			}
		})
	}
	t.Run("million digits yield no figure", func(t *testing.T) {
		if figs := Extract(long(1_000_000, "1234567890")); len(figs) != 0 {
			t.Errorf("Extract(million digits) = %d figures; want 0", len(figs))
		}
	})
}

// TestLargeInput parses 50 MB of news text; skipped with -short.
func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input skipped in short mode")
	}
	text := strings.Repeat(benchText, 50<<20/len(benchText)+1)
	start := time.Now()
	doc := Parse(text)
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("Parse(50 MB) took %v", d)
	}
	if len(doc.Figures) == 0 {
		t.Errorf("Parse(50 MB) found no figures")
	}
}

// TestRepeatedPatterns repeats short patterns that once made the
// tokenizer or the grammar scan ahead or back without bound: each must
// stay linear.
func TestRepeatedPatterns(t *testing.T) {
	size := 1_000_000
	if testing.Short() {
		size = 100_000
	}
	for _, s := range []string{"ab.", "ab@", "a1.", "x:", "Ab.Cd", "1.Ab", "'A", "\"A.", "ab-cd-", "12 ",
		"one ", "and ", "$1 ", "1,", "1/", "No. 1 ", "Dec. ", "U.S. ", "a.m. ", "http://x ", "www.a", ".",
		"- ", "5 000 ", "twenty-", "between 1 and ", "1 to ", "1-", "killed 5 and "} {
		in := strings.Repeat(s, size/len(s))
		start := time.Now()
		doc := Parse(in)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("Parse(%q x %d) took %v", s, size/len(s), d)
		}
		for _, f := range doc.Figures {
			if doc.Text[f.Start:f.End] != f.Text {
				t.Fatalf("Parse(%q x %d): figure text %q != span", s, size/len(s), f.Text)
			}
		}
	}
}

func TestLongSentenceIsCut(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "item %d weighs %d kg ", i, i%97+1)
	}
	text := b.String()
	doc := Parse(text)
	if len(doc.Figures) < 5000 {
		t.Fatalf("Parse found %d figures; want at least 5000", len(doc.Figures))
	}
	total := 0
	for _, f := range doc.Figures {
		total += len(f.Sentence)
		if len(f.Sentence) > maxSentence+len(f.Text)+2*len("…") {
			t.Fatalf("figure %q carries a sentence of %d bytes; want at most %d", f.Text, len(f.Sentence), maxSentence)
		}
		if !strings.Contains(f.Sentence, f.Text) {
			t.Fatalf("figure %q: its sentence %q does not hold it", f.Text, f.Sentence)
		}
		if !utf8.ValidString(f.Sentence) {
			t.Fatalf("figure %q: sentence is not valid UTF-8", f.Text)
		}
	}
	if total > 700*len(doc.Figures) {
		t.Errorf("sentences total %d bytes for %d figures; want them bounded", total, len(doc.Figures))
	}
}
