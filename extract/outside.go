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
