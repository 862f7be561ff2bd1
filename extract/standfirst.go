package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many sites print a summary of the story between its headline and its
// body: the standfirst, or dek ("Brandt won by 4.8 seconds to move 12
// points clear"). Readability keeps the body and often drops it, as it
// sits outside the body's element; yet it states the story's main figures
// and is revised with them.

// Bounds on a standfirst's text, in bytes.
const (
	minStandfirst = 30
	maxStandfirst = 600
)

// standfirstNames are class or id names of a standfirst, whole or after a
// site's prefix ("article-dek", "c-standfirst", "hero__summary").
var standfirstNames = setOfNames("standfirst", "strapline", "dek", "deck", "summary", "subheadline",
	"sub-headline", "subtitle", "lede", "intro", "introduction", "article-summary", "story-summary")

func setOfNames(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// standfirstName reports whether a class or id name marks a standfirst.
func standfirstName(s string) bool {
	s = strings.ToLower(s)
	if standfirstNames[s] || strings.Contains(s, "standfirst") {
		return true
	}
	// "article-dek", "hero__summary": a site's block, then the name.
	if k := strings.LastIndexAny(s, "-_"); k > 0 && k+1 < len(s) {
		return standfirstNames[s[k+1:]]
	}
	return false
}

// standfirst returns the text of the page's standfirst, or "": the first
// element after the page's first <h1> whose class or id names a
// standfirst, that sits near the headline (see nearHeadline), is not
// furniture, and holds a sentence's worth of text. It must run before
// readability, which rewrites the tree.
func standfirst(doc *html.Node) string {
	return nearHeadline(doc, func(n *html.Node) (string, bool) {
		if !marked(n) {
			return "", false
		}
		t := collapse(Text(n))
		return t, len(t) >= minStandfirst && len(t) <= maxStandfirst
	})
}

// nearHeadline returns what take accepts of the first element after the
// page's first <h1>, in document order, that sits near the headline (it
// and the <h1> share an ancestor at most three levels above the <h1>)
// and is not furniture; or "".
func nearHeadline(doc *html.Node, take func(n *html.Node) (string, bool)) string {
	h1 := findElement(doc, atom.H1)
	if h1 == nil {
		return ""
	}
	var scope *html.Node
	for p, up := h1.Parent, 1; p != nil && up <= 3; p, up = p.Parent, up+1 {
		scope = p
	}
	if scope == nil {
		return ""
	}
	after := false
	var found string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n == h1 {
			after = true
			return false
		}
		if n.Type == html.ElementNode {
			tag := tagAtom(n)
			if isSkipped(tag) || hidden(n) || junk(n) || landmark(n) {
				return false
			}
			if after {
				if t, ok := take(n); ok {
					found = t
					return true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(scope)
	return found
}

// leadCaption returns the caption of the story's lead picture, or "": the
// first caption (see isCaption) near the headline (see nearHeadline) that states a
// figure ("…where 140 firefighters were deployed"). Readability drops it
// with the page's header when the picture sits above the body, yet its
// figures are the story's.
func leadCaption(doc *html.Node) string {
	return nearHeadline(doc, func(n *html.Node) (string, bool) {
		if !isCaption(n) || inGallery(n) {
			return "", false
		}
		t := collapse(Text(n))
		// "Photo: Herald staff. 37 photos in gallery": a gallery's
		// count, not the picture's story.
		if strings.Contains(strings.ToLower(t), "gallery") {
			return "", false
		}
		return t, len(t) >= minStandfirst && len(t) <= maxStandfirst && strings.ContainsAny(t, "0123456789")
	})
}

// isCaption reports whether n is a picture's caption: a <figcaption>, or
// a paragraph or block beside a picture whose class or id names a
// caption ("wdp-caption", "image__caption") where a template has no
// <figure>.
func isCaption(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Figcaption:
		return true
	case atom.P, atom.Div, atom.Span:
		// A widget's "caption" ("Updated at 08:16. 23 spaces free")
		// has no picture beside it.
		return n.Parent != nil && namedBy(n, func(name string) bool { return strings.HasSuffix(name, "caption") }) &&
			hasPicture(n.Parent)
	}
	return false
}

// hasPicture reports whether n holds an image: an <img>, a <picture> or
// an AMP page's <amp-img>.
func hasPicture(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if t := tagAtom(c); t == atom.Img || t == atom.Picture || c.Data == "amp-img" || hasPicture(c) {
			return true
		}
	}
	return false
}

// inGallery reports whether the caption n belongs to a gallery or a
// carousel ("Photo 2 of 10: Residents gather…"), whose pictures change
// from one scrape to the next, rather than to the story's lead picture.
func inGallery(n *html.Node) bool {
	for p, up := n.Parent, 0; p != nil && up < 4; p, up = p.Parent, up+1 {
		if namedBy(p, func(name string) bool {
			name = strings.ToLower(name)
			return strings.Contains(name, "gallery") || strings.Contains(name, "carousel") || strings.Contains(name, "slide")
		}) {
			return true
		}
	}
	return false
}

// maxSummaryBox bounds the text of a summary box, in bytes.
const maxSummaryBox = 1500

// summaryBoxNames are class or id names, lower-cased and without their
// separators, of a list of the story's main points printed between its
// headline and its body ("KeyDevelopments", "key-points", "highlights",
// a live blog's "liveblog-summary").
// Like a standfirst, readability drops it with the page's header.
var summaryBoxNames = setOfNames("keydevelopments", "keypoints", "keyfacts", "highlights", "takeaways",
	"keytakeaways", "whatweknow", "ataglance", "storyhighlights", "articlehighlights", "keyhighlights",
	"quickfacts", "fastfacts", "inbrief", "inshort")

// summaryListNames name a summary box only when it is a list of points
// ("liveblog-summary"): a "story-summary" paragraph is a standfirst.
var summaryListNames = setOfNames("summary", "liveblogsummary", "livesummary", "blogsummary", "storysummary",
	"articlesummary")

// summaryBox returns the text of the first element near the headline
// (see nearHeadline) whose class or id names a summary box, with its
// items on lines of their own; or "".
func summaryBox(doc *html.Node) string {
	return nearHeadline(doc, func(n *html.Node) (string, bool) {
		if !namedSummary(n) {
			return "", false
		}
		t := strings.TrimSpace(Text(n))
		return t, len(t) >= minStandfirst && len(t) <= maxSummaryBox
	})
}

// namedSummary reports whether n's class or id names a summary box,
// its separators aside.
func namedSummary(n *html.Node) bool {
	if namedBy(n, func(name string) bool { return endsWithName(nameSeparators.Replace(name), summaryBoxNames) }) {
		return true
	}
	return namedBy(n, func(name string) bool { return summaryListNames[nameSeparators.Replace(name)] }) && findElement(n, atom.Li) != nil
}

// endsWithName reports whether name, its separators dropped, is one of
// names or ends with one after a site's prefix: "c-article-takeaways".
func endsWithName(name string, names map[string]bool) bool {
	if names[name] {
		return true
	}
	for k := range names {
		if strings.HasSuffix(name, k) {
			return true
		}
	}
	return false
}

// nameSeparators drops the separators of a class name: "key-points" is
// "keypoints".
var nameSeparators = strings.NewReplacer("-", "", "_", "")

// withSummaryBox puts the summary box box into text after its headline
// and standfirst sf, unless the text already holds it.
func withSummaryBox(text, sf, box string) string {
	if box == "" || text == "" || strings.Contains(collapse(text), collapse(box)) {
		return text
	}
	at := strings.Index(text, "\n\n")
	if at < 0 {
		return text + "\n\n" + box
	}
	if sf != "" {
		if k := strings.Index(text, sf); k >= 0 && k < len(text)/2 {
			at = k + len(sf)
		}
	}
	return text[:at] + "\n\n" + box + text[at:]
}

// marked reports whether n's class or id names a standfirst.
func marked(n *html.Node) bool { return namedBy(n, standfirstName) }

// findElement returns the first element of type a under n, in document
// order, or nil.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && tagAtom(n) == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// withStandfirst puts the standfirst sf into text after its first
// paragraph, the headline, unless the text already holds it.
func withStandfirst(text, sf string) string {
	if sf == "" || text == "" || strings.Contains(collapse(text), sf) {
		return text
	}
	head, rest, ok := strings.Cut(text, "\n\n")
	if !ok {
		return text + "\n\n" + sf
	}
	return head + "\n\n" + sf + "\n\n" + rest
}
