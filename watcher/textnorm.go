package watcher

import "github.com/factdiff/factdiff/textnorm"

// canonical returns the form of an article text that is hashed to decide
// whether it changed; factdiff diff normalises the same way.
func canonical(s string) string { return textnorm.Canonical(s) }

// isBinary reports whether data looks like binary content rather than text.
func isBinary(data []byte) bool { return textnorm.IsBinary(data) }
