// Package extract reduces an HTML page to its article text: the main content
// found by readability (codeberg.org/readeck/go-readability), or the nodes a
// CSS selector names (github.com/PuerkitoBio/goquery), converted to UTF-8
// from the page's charset, with paragraphs separated by blank lines.
package extract
