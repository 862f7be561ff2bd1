package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropOutsideArticle removes from the readable node n the boxes that follow
// the page's one article element, outside it, and hold no prose: a league
// table, a price grid or a list of links a site set after the story within
// the same container. Readability takes that container for the story when
// the article is short, and its boxes come with it. A strip before the
// story (a scoreboard of the race it reports) may state its result, and
// stays. A page of many article elements (a live blog's posts, a list of
// teasers) is left whole, and so is any sibling with a paragraph of prose,
// a figure or a box of the story's own figures.
func dropOutsideArticle(n *html.Node) {
	var story *html.Node
	for a := range outermost(n, atom.Article) {
		if story != nil {
			return
		}
		story = a
	}
	if story == nil {
		// No article element: the story's wrapper is the element that
		// holds its body, the paragraphs' own parent, as a
		// "section.article-wrap" holds its "div.content". What
		// follows the body within the wrapper (a table of the story's)
		// stays; what follows the wrapper is the page's.
		// A body set in a layout table (a newsletter's cells) is left
		// alone: its rows are not boxes.
		if body := storyBody(n); body != nil && !hasAncestor(body, func(p *html.Node) bool { return tagAtom(p) == atom.Table }) {
			switch tagAtom(body.Parent) {
			case atom.Div, atom.Section, atom.Main:
				story = body.Parent
			}
		}
	}
	if story == nil || story == n || !holdsStory(story) {
		return
	}
	for c := story; c != nil && c != n; c = c.Parent {
		for s := c.NextSibling; s != nil; {
			next := s.NextSibling
			if s.Type == html.ElementNode && boxBeside(s) {
				c.Parent.RemoveChild(s)
			}
			s = next
		}
	}
}

// boxBeside reports whether n, a sibling of the article or of one of its
// ancestors, is a box of the page: no paragraph of prose, no figure, no
// heading of the story, no box keepStoryParts named the story's.
func boxBeside(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Figure, atom.H1, atom.Header, atom.Img, atom.Picture, atom.Time:
		return false
	}
	return !hasClass(n, factBoxClass) && proseParas(n, 1) == 0 && !holds(n, atom.Figure) && !holds(n, atom.H1)
}

// storyBody returns the element under n with the most paragraphs of prose
// as its children, the story's body, or nil when none has storyParagraphs.
func storyBody(n *html.Node) *html.Node {
	var best *html.Node
	most := storyParagraphs - 1
	var walk func(e *html.Node)
	walk = func(e *html.Node) {
		count := 0
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if tagAtom(c) == atom.P {
				if prosePara(c) {
					count++
				}
				continue
			}
			walk(c)
		}
		if count > most {
			best, most = e, count
		}
	}
	walk(n)
	return best
}
