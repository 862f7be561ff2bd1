package facts

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that extraction never panics and that every span and
// sentence is in range, ordered and equal to its text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"Air strikes killed at least 25 fighters and wounded 55.",
		"More than 5,000 U.S. troops are stationed there.Officials said on Dec. 31, 2019 at 10:30 a.m.",
		"The fund raised $3.5bn, or 62%, from 1.2 million investors in the 1990s.",
		"\xff\xfe 12\u00a0000 \u201cquoted 5\u201d \u2014 twenty-five \u2013 30",
		"between 25 and 30 people; 25-30; 3/4; one in five; two-thirds of 1,500",
		"call 555-123-4567 or see COVID-19 F-35 G7 v2.1.3 iOS 17 Section 427 Row 21",
		"for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-up",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := Parse(s)
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("Parse(%q).Text is not valid UTF-8", s)
		}
		prev := 0
		for i, sen := range doc.Sentences {
			if sen.Start < prev || sen.End < sen.Start || sen.End > len(doc.Text) {
				t.Fatalf("Parse(%q): sentence %d = [%d,%d) out of order or range (prev end %d, len %d)", s, i, sen.Start, sen.End, prev, len(doc.Text))
			}
			prev = sen.End
		}
		lastStart := -1
		for _, fg := range doc.Figures {
			if fg.Start < 0 || fg.Start > fg.End || fg.End > len(doc.Text) {
				t.Fatalf("Parse(%q): figure %q span [%d,%d) out of range %d", s, fg.Text, fg.Start, fg.End, len(doc.Text))
			}
			if doc.Text[fg.Start:fg.End] != fg.Text {
				t.Fatalf("Parse(%q): figure text %q != doc.Text[%d:%d] = %q", s, fg.Text, fg.Start, fg.End, doc.Text[fg.Start:fg.End])
			}
			if fg.SentenceIndex < 0 || fg.SentenceIndex >= len(doc.Sentences) {
				t.Fatalf("Parse(%q): figure %q sentence index %d out of range", s, fg.Text, fg.SentenceIndex)
			}
			sen := doc.Sentences[fg.SentenceIndex]
			if fg.Start < sen.Start || fg.End > sen.End {
				t.Fatalf("Parse(%q): figure %q [%d,%d) outside its sentence [%d,%d)", s, fg.Text, fg.Start, fg.End, sen.Start, sen.End)
			}
			if fg.Start < lastStart {
				t.Fatalf("Parse(%q): figures out of order at %q", s, fg.Text)
			}
			lastStart = fg.Start
		}
	})
}
