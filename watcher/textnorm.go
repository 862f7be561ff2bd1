package watcher

import (
	"strings"
	"unicode"
)

// TODO(watcher): switch canonical and isBinary to textnorm.Canonical and
// textnorm.IsBinary once the textnorm package lands; these fallbacks only
// keep the watcher working until then. Switching changes the hash of every
// text once, which stores one extra version per watch with no fact change.

// canonical returns the form of an article text that is hashed to decide
// whether it changed: whitespace collapsed to single spaces, trimmed.
func canonical(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// isBinary reports whether data looks like binary content rather than text:
// a NUL byte, or more than one in ten control bytes, in the first 8 KiB.
func isBinary(data []byte) bool {
	if len(data) > 8192 {
		data = data[:8192]
	}
	ctl := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b, c == 0x7f:
			ctl++
		}
	}
	return len(data) > 0 && ctl*10 > len(data)
}
