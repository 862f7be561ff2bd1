package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tokenText renders a page without building a tree, for pages the tree
// builder refuses (nested deeper than 512 elements) or that have too many
// elements to analyse in bounded time and memory. It follows the same
// rules as Text as far as a token stream allows: block tags break
// paragraphs, and scripts, styles and the other raw-text elements are
// skipped. Elements such as nav or aside are kept here, because their end
// tags cannot be trusted in a page this broken.
func tokenText(s string) string {
	var w textWriter
	z := html.NewTokenizer(strings.NewReader(s))
	raw := false // inside a raw-text element whose text is never read
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.String()
		case html.TextToken:
			if !raw {
				w.text(string(z.Text()))
			}
		case html.EndTagToken:
			// The tokenizer ends raw text only at its own end tag.
			raw = false
			name, _ := z.TagName()
			if isBlock(atom.Lookup(name)) {
				w.breakPara()
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if rawSkipped(a) {
				raw = true
				continue
			}
			if isBlock(a) {
				w.breakPara()
			}
			if a == atom.Td || a == atom.Th {
				w.space = true
			}
		}
	}
}

// rawSkipped reports whether an element is one the tokenizer reads as raw
// text and whose text is not article text.
func rawSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Textarea, atom.Title,
		atom.Iframe, atom.Noembed, atom.Noframes:
		return true
	}
	return false
}

// plainText renders text/plain content: blank lines separate paragraphs,
// and whitespace inside a paragraph collapses.
func plainText(s string) string {
	var w textWriter
	for line := range strings.Lines(s) {
		if strings.TrimFunc(line, isSpace) == "" {
			w.breakPara()
			continue
		}
		w.text(line)
		w.space = true
	}
	return w.String()
}
