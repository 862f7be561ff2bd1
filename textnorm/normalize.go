package textnorm

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalised text together with the map back to the text it was
// made from.
type Text struct {
	// Orig is the text as given, with invalid UTF-8 replaced by U+FFFD.
	// Every offset returned by OrigStart and OrigEnd refers to it.
	Orig string
	// Norm is the normalised text.
	Norm string

	// marks[k] says that from Norm offset marks[k].n (Orig offset
	// marks[k].o) the text was either copied byte for byte (linear) or
	// replaced as a whole up to the next mark (atomic). The last mark is a
	// sentinel at the two ends.
	marks []mark
}

type mark struct {
	n, o   int
	atomic bool
}

// Normalize returns the normalised form of s and its offset map.
//
// Invalid UTF-8 is first replaced by U+FFFD (that text is Orig). Then the
// text is put in Unicode NFC; curly quotes and apostrophes become ASCII
// quotes; hyphens, en dashes, figure dashes and minus signs become '-', and
// an em dash glued between words becomes " - "; no-break, thin and other
// Unicode spaces become spaces; zero-width characters and soft hyphens are
// dropped; the ellipsis character becomes "..."; control characters count as
// spaces. A run of whitespace becomes one space, or "\n" when it holds one
// line break, or "\n\n" when it holds more (a paragraph break).
func Normalize(s string) *Text {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	b := builder{src: s, out: make([]byte, 0, len(s)+len(s)/64+8)}
	b.marks = append(b.marks, mark{})
	nfcEnd := norm.NFC.QuickSpanString(s)
	i := 0
	for i < len(s) {
		if i >= nfcEnd {
			i = b.nfcSegment(i)
			nfcEnd = i + norm.NFC.QuickSpanString(s[i:])
			continue
		}
		c := s[i]
		switch {
		case c > ' ' && c < 0x7f:
			j := i + 1
			for j < nfcEnd {
				d := s[j]
				if d > ' ' && d < 0x7f {
					j++
					continue
				}
				// A single space between printable bytes is kept as is.
				if d == ' ' && j+1 < nfcEnd && s[j+1] > ' ' && s[j+1] < 0x7f {
					j += 2
					continue
				}
				break
			}
			b.copy(i, j)
			i = j
		case c < 0x80:
			i = b.space(i, nfcEnd)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch class(r) {
			case clsSpace, clsZero, clsNewline, clsPara:
				i = b.space(i, nfcEnd)
				continue
			}
			if i+size > nfcEnd {
				// The rune straddles an NFC problem; let the slow path
				// handle it.
				nfcEnd = i
				continue
			}
			repl, ok := b.mapRune(r, i, i+size)
			if ok {
				b.replace(i, i+size, repl)
			} else {
				b.copy(i, i+size)
			}
			i += size
		}
	}
	b.marks = append(b.marks, mark{n: len(b.out), o: len(s)})
	return &Text{Orig: s, Norm: string(b.out), marks: b.marks}
}

type builder struct {
	src   string
	out   []byte
	marks []mark
}

// copy appends src[o0:o1] unchanged.
func (b *builder) copy(o0, o1 int) {
	last := b.marks[len(b.marks)-1]
	if last.atomic || o0-last.o != len(b.out)-last.n {
		b.marks = append(b.marks, mark{n: len(b.out), o: o0})
	}
	b.out = append(b.out, b.src[o0:o1]...)
}

// replace appends repl in place of src[o0:o1], as one unit.
func (b *builder) replace(o0, o1 int, repl string) {
	if repl == b.src[o0:o1] {
		b.copy(o0, o1)
		return
	}
	if repl == "" {
		// A deletion: the next copy starts a new linear mark; an atomic
		// mark before it must end here.
		if b.marks[len(b.marks)-1].atomic {
			b.marks = append(b.marks, mark{n: len(b.out), o: o0})
		}
		return
	}
	b.marks = append(b.marks, mark{n: len(b.out), o: o0, atomic: true})
	b.out = append(b.out, repl...)
}

const (
	clsKeep = iota
	clsSpace
	clsNewline
	clsPara
	clsZero
)

// class tells how a rune takes part in whitespace handling.
func class(r rune) int {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028:
		return clsNewline
	case 0x2029:
		return clsPara
	case ' ', '\t', 0xa0, 0x1680, 0x202f, 0x205f, 0x3000:
		return clsSpace
	case 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad, 0x180e:
		return clsZero
	}
	if r >= 0x2000 && r <= 0x200a {
		return clsSpace
	}
	if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) {
		return clsSpace
	}
	return clsKeep
}

// space consumes the run of whitespace, control and zero-width characters at
// src[i:] (not past limit) and appends its normalised form.
func (b *builder) space(i, limit int) int {
	s := b.src
	j := i
	newlines, paras, spaces := 0, 0, 0
	for j < limit {
		r, size := rune(s[j]), 1
		if r >= 0x80 {
			r, size = utf8.DecodeRuneInString(s[j:])
			if j+size > limit {
				break
			}
		}
		switch class(r) {
		case clsSpace:
			spaces++
		case clsNewline:
			if r == '\r' && j+1 < limit && s[j+1] == '\n' {
				size = 2
			}
			newlines++
		case clsPara:
			paras++
		case clsZero:
		default:
			goto done
		}
		j += size
	}
done:
	if j == i {
		// Cannot happen for callers that saw a space-class rune, but never
		// loop forever.
		j = i + 1
		b.copy(i, j)
		return j
	}
	switch {
	case paras > 0 || newlines > 1:
		b.replace(i, j, "\n\n")
	case newlines == 1:
		b.replace(i, j, "\n")
	case spaces > 0:
		b.replace(i, j, " ")
	default:
		b.replace(i, j, "")
	}
	return j
}

// mapRune gives the replacement of a non-ASCII rune at src[o0:o1], if any.
func (b *builder) mapRune(r rune, o0, o1 int) (string, bool) {
	switch r {
	case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0xff07, 0x02bc:
		return "'", true
	case 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb, 0xff02, 0x301d, 0x301e:
		return `"`, true
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d, 0x2043:
		return "-", true
	case 0x2014, 0x2015, 0x2e3a, 0x2e3b:
		before := o0 > 0 && isSpaceByte(b.src[o0-1])
		after := o1 < len(b.src) && isSpaceByte(b.src[o1])
		if o0 == 0 || before || len(b.out) == 0 || b.out[len(b.out)-1] == ' ' {
			before = true
		}
		switch {
		case before && after:
			return "-", true
		case before:
			return "- ", true
		case after:
			return " -", true
		}
		return " - ", true
	case 0x2026:
		return "...", true
	case 0x2044, 0x2215:
		return "/", true
	case 0xfffd:
		return "", false
	}
	return "", false
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}

// nfcSegment normalises the segment at src[i:] that is not already in NFC
// and returns the offset after it.
func (b *builder) nfcSegment(i int) int {
	var it norm.Iter
	it.InitString(norm.NFC, b.src[i:])
	seg := it.Next()
	j := i + it.Pos()
	if j <= i {
		j = i + 1
		for j < len(b.src) && !utf8.RuneStart(b.src[j]) {
			j++
		}
		seg = []byte(b.src[i:j])
	}
	var out []byte
	for k := 0; k < len(seg); {
		r, size := utf8.DecodeRune(seg[k:])
		switch class(r) {
		case clsSpace, clsNewline, clsPara:
			out = append(out, ' ')
		case clsZero:
		default:
			if repl, ok := b.mapRune(r, i, j); ok {
				out = append(out, repl...)
			} else {
				out = append(out, seg[k:k+size]...)
			}
		}
		k += size
	}
	b.replace(i, j, string(out))
	return j
}

// find returns the index of the last mark at or before norm offset n, or
// strictly before it when strict is set.
func (t *Text) find(n int, strict bool) int {
	k := sort.Search(len(t.marks), func(k int) bool {
		if strict {
			return t.marks[k].n >= n
		}
		return t.marks[k].n > n
	})
	if k > 0 {
		k--
	}
	return k
}

// OrigStart maps a normalised offset that starts a span to the offset in
// Orig where that span starts.
func (t *Text) OrigStart(n int) int {
	if n <= 0 {
		return 0
	}
	if n >= len(t.Norm) {
		return len(t.Orig)
	}
	k := t.find(n, false)
	m := t.marks[k]
	if m.atomic {
		return m.o
	}
	return min(m.o+(n-m.n), len(t.Orig))
}

// OrigEnd maps a normalised offset that ends a span (exclusive) to the
// offset in Orig where that span ends.
func (t *Text) OrigEnd(n int) int {
	if n <= 0 {
		return 0
	}
	if n >= len(t.Norm) {
		return len(t.Orig)
	}
	k := t.find(n, true)
	m := t.marks[k]
	if m.atomic {
		if k+1 < len(t.marks) {
			return t.marks[k+1].o
		}
		return len(t.Orig)
	}
	return min(m.o+(n-m.n), len(t.Orig))
}

// OrigSpan maps the normalised span [start, end) to its span in Orig.
func (t *Text) OrigSpan(start, end int) (int, int) {
	if end < start {
		end = start
	}
	os, oe := t.OrigStart(start), t.OrigEnd(end)
	if end == start {
		oe = os
	}
	if oe < os {
		oe = os
	}
	return os, oe
}

// Canonical returns the normalised form of s with all whitespace, line
// breaks included, collapsed to single spaces and trimmed. Two texts with
// the same canonical form read the same; it is meant for hashing.
func Canonical(s string) string {
	n := Normalize(s).Norm
	var sb strings.Builder
	sb.Grow(len(n))
	space := false
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c == ' ' || c == '\n' {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// IsBinary reports whether data looks like binary content rather than text:
// it holds a NUL byte, or more than one in ten of its first 8 KiB are
// control bytes other than whitespace.
func IsBinary(data []byte) bool {
	if len(data) > 8192 {
		data = data[:8192]
	}
	ctl := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b:
			ctl++
		case c == 0x7f:
			ctl++
		}
	}
	return len(data) > 0 && ctl*10 > len(data)
}
