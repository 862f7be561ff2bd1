package facts

// wordFilter tells cheaply that a lowercase word is not among the keys of
// a word table, by its length and its first and last bytes, so that the
// grammar's per-token lookups (most tokens are in no table) skip the hash
// map. It answers "maybe" for every key and for some other words.
type wordFilter [32 * 32]uint32

// newWordFilter returns the filter of the given words.
func newWordFilter(words func(yield func(string) bool)) *wordFilter {
	f := new(wordFilter)
	for w := range words {
		if w != "" {
			f[filterSlot(w)] |= 1 << (w[len(w)-1] & 31)
		}
	}
	return f
}

// filterSlot returns the slot of w: its length, capped, and its first
// byte.
func filterSlot(w string) int {
	return min(len(w), 31)<<5 | int(w[0]&31)
}

// mayHave reports whether w may be one of the filter's words.
func (f *wordFilter) mayHave(w string) bool {
	return w != "" && f[filterSlot(w)]&(1<<(w[len(w)-1]&31)) != 0
}

// keysOf iterates over the keys of a map of words.
func keysOf[V any](m map[string]V) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for w := range m {
			if !yield(w) {
				return
			}
		}
	}
}
