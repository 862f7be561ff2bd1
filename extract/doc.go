// Package extract reduces an HTML page to its article text: the main content
// found by readability (codeberg.org/readeck/go-readability), or the nodes a
// CSS selector names (github.com/PuerkitoBio/goquery), converted to UTF-8
// from the page's charset, with paragraphs separated by blank lines.
//
// The pipeline is Decode (bytes to UTF-8), then one of the methods named by
// Method (readability, selector, the whole body as a fallback, a token
// stream for pages too deep or too large to build into a tree, or plain
// text), then Text, which renders a node the way a reader sees it: block
// elements are paragraphs, inline elements run on, scripts, forms,
// navigation, hidden elements and advertisement or share boxes are left
// out. Finally the Options.Ignore patterns are removed.
//
// HTML returns the text alone; Page also says how it was found. Both are
// pure functions of their input: no I/O, no clock, bounded time and memory
// (MaxSize, MaxElements), valid UTF-8 out, errors instead of panics.
package extract
