// Package textnorm prepares scraped article text for analysis.
//
// Normalize rewrites a text into a canonical form (valid UTF-8, Unicode NFC,
// ASCII quotes and dashes, collapsed whitespace, no zero-width characters)
// and keeps a map from every normalised byte back to the original, so that
// anything found in the normalised text can be reported at its place in the
// text as given. Sentences splits the normalised text into sentences,
// coping with sentences glued together by scrapers ("the country.Embassy
// guards") without breaking abbreviations ("U.S.", "Dec. 31", "No. 2"), and
// marks trailing page junk (CSS breakpoint chains, share and cookie crumbs)
// so that callers can ignore it.
//
// IsBinary tells text from binary input; Canonical gives the form used to
// decide whether a text changed at all. Everything here is a pure function
// of its input.
package textnorm
