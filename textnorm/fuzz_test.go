package textnorm

import (
	"testing"
	"unicode/utf8"
)

// FuzzNormalize checks that the offset map is monotonic and in range and
// that sentences are ordered spans of the normalised text.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", " ", "a", "\u201cHi,\u201d she said.\u00a0Then\u2014nothing\u2026",
		"e\u0301t\u00e9 \u200b\ufeff x\r\n\r\ny", "\xff\xfe\x00abc", "U.S.-led country.Embassy",
		"base.'NO AMERICA'\"Iran killed", "Mr. Smith paid $3.5m on Dec. 31.\n\nNext",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tx := Normalize(s)
		if !utf8.ValidString(tx.Orig) || !utf8.ValidString(tx.Norm) {
			t.Fatalf("Normalize(%q): invalid UTF-8 out", s)
		}
		prevS, prevE := 0, 0
		for n := 0; n <= len(tx.Norm); n++ {
			os, oe := tx.OrigStart(n), tx.OrigEnd(n)
			if os < 0 || os > len(tx.Orig) || oe < 0 || oe > len(tx.Orig) {
				t.Fatalf("Normalize(%q): offset %d maps to %d/%d, out of [0,%d]", s, n, os, oe, len(tx.Orig))
			}
			if os < prevS || oe < prevE {
				t.Fatalf("Normalize(%q): map not monotonic at %d: start %d<%d or end %d<%d", s, n, os, prevS, oe, prevE)
			}
			prevS, prevE = os, oe
		}
		if len(tx.Norm) > 0 {
			if a, b := tx.OrigSpan(0, len(tx.Norm)); a != 0 || b != len(tx.Orig) {
				t.Fatalf("Normalize(%q): whole span maps to [%d,%d), want [0,%d)", s, a, b, len(tx.Orig))
			}
		}
		prev := 0
		for _, sen := range tx.Sentences() {
			if sen.Start < prev || sen.End <= sen.Start || sen.End > len(tx.Norm) {
				t.Fatalf("Normalize(%q): sentence [%d,%d) out of order or range", s, sen.Start, sen.End)
			}
			prev = sen.End
			a, b := tx.OrigSpan(sen.Start, sen.End)
			if a > b {
				t.Fatalf("Normalize(%q): sentence maps to [%d,%d)", s, a, b)
			}
		}
	})
}
