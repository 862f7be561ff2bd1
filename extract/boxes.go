package extract

import (
	"strings"
	"unicode"

	"github.com/factdiff/factdiff/textnorm"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxBoxText bounds the text of a box that its heading can name as page
// furniture: a trivia box, a poll or a correction notice is short, and a
// long block under such a heading is more likely the story.
const maxBoxText = 800

// boxHeadings are the headings, lower-cased and without their closing
// "?" or ":", of boxes that sit inside an article but are not its story:
// trivia, reader polls, lists of links, sponsored blocks.
var boxHeadings = map[string]bool{
	"did you know": true, "poll": true, "quick poll": true, "reader poll": true,
	"have your say": true, "related": true, "related stories": true, "related articles": true,
	"related content": true, "read more": true, "also read": true, "read also": true,
	"more on this story": true, "more on this": true, "most read": true, "most popular": true,
	"you may also like": true, "you might also like": true, "recommended": true,
	"recommended for you": true, "promoted stories": true, "sponsored": true, "sponsored content": true,
	"advertisement": true, "sources": true, "references": true, "footnotes": true, "notes": true,
	// A newsletter's sponsor block, its label alone on its first line.
	"presented by": true, "sponsored by": true, "brought to you by": true, "together with": true,
	"in partnership with": true, "a message from our sponsor": true, "from our sponsor": true,
	"from our sponsors": true, "today's sponsor": true, "today’s sponsor": true, "our sponsor": true,
	"partner content": true, "paid content": true, "paid post": true,
	// A release's or a tracker's note on its method: "About the data",
	// its sample's size and window, not the news.
	"about the data": true, "about this data": true, "methodology": true, "about the survey": true,
	"about the research": true, "about the index": true, "how we did it": true, "how we made this": true,
	"how we made this tracker": true, "notes on methodology": true,
	// A calculator's worked samples: "Use our calculator … you keep
	// £540 a year".
	"use our calculator": true, "try our calculator": true, "calculator": true, "work it out": true,
	// A review's partner prices: "Check prices … LoungePass £39".
	"check prices": true, "compare prices": true, "check availability": true, "best prices": true, "today's best deals": true,
	// A court page's list of coming hearings: "Court lists … Monday 5
	// August - Kelbridge Magistrates' Court, from 10am".
	"court lists": true, "court list": true, "next hearings": true, "upcoming hearings": true, "in court this week": true,
	// A markets page's live board: "Markets at a glance", then index,
	// last, change, by the second.
	"markets at a glance": true, "market data": true, "markets data": true, "market snapshot": true,
	"markets snapshot": true, "market movers": true, "markets now": true, "latest prices": true, "live prices": true,
	"market prices": true, "markets overview": true, "market overview": true,
	// A comparison site's alert sign-up: "Get price alerts … when the
	// price falls below £19".
	"get price alerts": true, "price alerts": true, "set a price alert": true,
	// A newsletter's referral box: "Refer a friend … You have 3
	// referrals so far".
	"refer a friend": true, "refer friends": true, "share and earn": true,
	// A notice page's list of its own revisions: "24 November 2026 Case
	// count revised."
	"updates to this page": true, "page history": true, "change history": true, "version history": true,
	"history of changes": true, "full page history": true,
	// A betting site's tips and consensus.
	"best bets": true, "our picks": true, "expert picks": true, "consensus picks": true, "today's picks": true,
	// A travel site's offers.
	"deals": true, "today's deals": true, "travel deals": true, "holiday deals": true, "compare flights": true,
	// A property site's homes for sale.
	"featured listing": true, "featured listings": true, "properties for sale": true, "featured properties": true,
	"homes for sale": true,
	// A club site's fan poll beside its report.
	"man of the match": true, "player of the match": true, "woman of the match": true,
	"player of the game": true, "fan vote": true, "fans' player of the match": true,
}

// boxPrefixes open the first line of a box that is page furniture whatever
// follows: "Poll: Have you been…", "Correction: An earlier version…".
var boxPrefixes = []string{"poll:", "correction:", "corrections:", "clarification:", "editor's note:", "editor’s note:",
	// A shipping page's live position of the vessel: "AIS tracker:
	// Selvara Spirit … Speed 6.8 kn".
	"ais tracker", "ais position", "vessel tracker", "ship tracker", "live vessel position", "track this vessel"}

// furnitureBox reports whether element n is a short box that its own first
// line names as page furniture: a div, aside or section whose first child
// is a heading "Did you know?" or "Related", or a line opening "Poll:" or
// "Correction:"; in an email's table layout, a cell whose first line is
// "Presented by". The class names of such boxes differ by site ("dyk",
// "poll", "correction-box"); their headings are what readers see.
func furnitureBox(n *html.Node, tag atom.Atom) bool {
	switch tag {
	case atom.Div, atom.Aside, atom.Section, atom.Td:
	case atom.P:
		// A notice in a paragraph of its own, as a box holding one
		// paragraph becomes after readability.
		line := normLine(nodeText(n, maxBoxText))
		if noticeLine(line, line) {
			return true
		}
		// "<p><b>Compare insurance</b> – 50% of drivers could save…":
		// a box of one paragraph led by its heading in bold.
		if first := firstElement(n); first != nil && (tagAtom(first) == atom.B || tagAtom(first) == atom.Strong) {
			return compareHeading(strings.TrimRight(normLine(nodeText(first, 60)), "?:.! "))
		}
		return false
	default:
		return false
	}
	first := firstElement(n)
	if first == nil {
		return false
	}
	switch tagAtom(first) {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Strong, atom.B, atom.Span, atom.Div:
	default:
		return false
	}
	var b strings.Builder
	if !boundedText(n, &b, maxBoxText) {
		return false
	}
	line := normLine(nodeText(first, maxBoxText))
	return noticeLine(line, normLine(b.String())) || boxHeadings[strings.TrimRight(line, "?:.! ")] ||
		compareHeading(strings.TrimRight(line, "?:.! "))
}

// compareHeading reports whether a box's heading, normalised by normLine,
// offers to compare prices in a word or two: "Compare insurance",
// "Compare energy deals". Such a box sells a partner's quotes ("50% of
// drivers could save up to £483"), which change from visit to visit.
func compareHeading(h string) bool {
	rest, ok := strings.CutPrefix(h, "compare ")
	return ok && rest != "" && strings.Count(rest, " ") <= 1 && !strings.ContainsAny(rest, "0123456789")
}

// factBox reports whether element n is a short div, aside or section
// whose first line heads a box of the story's own figures: "Key facts",
// "At a glance".
func factBox(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Div, atom.Aside, atom.Section:
	default:
		return false
	}
	first := firstElement(n)
	if first == nil || namedBy(n, func(name string) bool { return hasNamePart(name, panelParts) }) {
		return false
	}
	var b strings.Builder
	if !boundedText(n, &b, maxBoxText) {
		return false
	}
	h := strings.TrimSpace(nodeText(first, 40))
	return textnorm.FactBoxHeading(h) || reviewHeadings[strings.TrimRight(normLine(h), ": ")]
}

// panelParts name a live page's panel of running totals, "dashboard",
// refreshed apart from the story's text however its heading reads ("At a
// glance").
var panelParts = map[string]bool{"dashboard": true}

// reviewHeadings head the boxes of a product review that state its own
// findings beside the text: the spec sheet, pros and cons, the verdict
// with its score. Review sites set them apart from the text's container,
// where readability would leave them.
var reviewHeadings = map[string]bool{
	"specs": true, "specifications": true, "tech specs": true, "key specs": true, "full specs": true,
	"specification": true, "pros": true, "cons": true, "pros and cons": true, "the good": true, "the bad": true,
	"our verdict": true, "verdict": true, "the verdict": true,
}

// firstElement returns the first child of n, past blank text and
// comments, when it is an element, else nil: the box's first line.
func firstElement(n *html.Node) *html.Node {
	first := n.FirstChild
	for first != nil && (first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" || first.Type == html.CommentNode) {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode {
		return nil
	}
	return first
}

// noticeLine reports whether a box's first line, normalised by normLine,
// opens with one of boxPrefixes. A correction's box must also read as a
// notice, its whole text given: a live post restated under a "Correction:"
// label is the story.
func noticeLine(line, whole string) bool {
	for _, p := range boxPrefixes {
		if strings.HasPrefix(line, p) {
			if !strings.HasPrefix(p, "correction") && !strings.HasPrefix(p, "clarification") {
				return true
			}
			// Its first sentence tells: "Correction: The company cut
			// about 2,400 jobs. An earlier version misstated…" restates.
			if e := strings.Index(whole, ". "); e >= 0 {
				whole = whole[:e]
			}
			return textnorm.CorrectionNotice(whole)
		}
	}
	return false
}

// normLine lower-cases a line and collapses its white space.
func normLine(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// boundedText writes the text of n into b and reports whether it stays
// within limit bytes.
func boundedText(n *html.Node, b *strings.Builder, limit int) bool {
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
		return b.Len() <= limit
	}
	if n.Type == html.ElementNode && isSkipped(tagAtom(n)) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !boundedText(c, b, limit) {
			return false
		}
	}
	return true
}

// nodeText returns the text of n, cut at about limit bytes.
func nodeText(n *html.Node, limit int) string {
	var b strings.Builder
	boundedText(n, &b, limit)
	return b.String()
}

// footnoteMarker reports whether n is a superscript marker pointing to a
// note: "<sup><a href=#fn1>1</a></sup>", "<sup>[3]</sup>", or a note's
// link without one ("<a class="footnote-anchor" href="#footnote-2">2</a>").
// A plain "<sup>2</sup>" after "km" squares the unit and stays.
func footnoteMarker(n *html.Node, tag atom.Atom) bool {
	if tag == atom.A {
		// "£296m<a class="footnote-anchor" href="#footnote-2">2</a>": a
		// link to a note, its number glued to the figure before it.
		t := strings.TrimSpace(nodeText(n, 16))
		return t != "" && len(t) <= 4 && strings.Trim(t, "0123456789[]") == "" && noteLink(n)
	}
	if tag != atom.Sup {
		return false
	}
	t := strings.TrimSpace(nodeText(n, 16))
	if len(t) == 0 || len(t) > 8 {
		return false
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return true
	}
	return findElement(n, atom.A) != nil && strings.Trim(t, "0123456789") == ""
}

// noteLink reports whether link n points to a note on the page: its
// target is an anchor named a footnote ("#footnote-2", "#fn2", "#note-2")
// or its class names one ("footnote-anchor").
func noteLink(n *html.Node) bool {
	for _, a := range n.Attr {
		v := strings.ToLower(a.Val)
		switch a.Key {
		case "href":
			if strings.HasPrefix(v, "#fn") || strings.HasPrefix(v, "#footnote") || strings.HasPrefix(v, "#note") || strings.HasPrefix(v, "#cite") {
				return true
			}
		case "class":
			if strings.Contains(v, "footnote") {
				return true
			}
		}
	}
	return false
}

// storyBoxes returns the text of each box that keepStoryParts named a part
// of the story (a "Key facts" box, a review's spec sheet, its pros and
// cons) and of each captioned table in the page's <article>, in document
// order, leaving out those inside the page's header, footer or
// navigation. A site may set such a box beside the element that holds the
// text, where readability, which keeps that element, drops it.
func storyBoxes(doc *html.Node) []string {
	var boxes []string
	// A page that marks its story with <article> sets the story's boxes
	// inside it; one beside it ("Orlan at a glance: Share price…") is
	// the site's.
	needArticle := findElement(doc, atom.Article) != nil
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		if n.Type == html.ElementNode {
			switch tagAtom(n) {
			case atom.Nav, atom.Footer, atom.Header, atom.Script, atom.Style, atom.Template:
				return
			case atom.Article:
				inArticle = true
			}
			if hasClass(n, factBoxClass) && (inArticle || !needArticle) || inArticle && captionedTable(n) && !inFurniture(n) {
				if t := strings.TrimSpace(Text(n)); t != "" && len(t) <= maxBoxText {
					boxes = append(boxes, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(doc, false)
	return boxes
}

// inTextFlow reports whether element n stands in the text: between
// paragraphs among its siblings, or after two or more of them with no
// element after it, the box that closes a story ("Where last year's
// money went").
func inTextFlow(n *html.Node) bool {
	para := func(c *html.Node) bool { return c.Type == html.ElementNode && tagAtom(c) == atom.P }
	before := 0
	for c := n.PrevSibling; c != nil && before < 2; c = c.PrevSibling {
		if para(c) {
			before++
		}
	}
	if before == 0 {
		return false
	}
	last := true
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if para(c) {
			return true
		}
		if c.Type == html.ElementNode {
			last = false
		}
	}
	return last && before >= 2
}

// labelledList reports whether box n, past an optional heading, is a
// short list of labelled items, each opening with a label of a few words
// and a colon ("<li><strong>Hall capacity:</strong> 400 visitors</li>",
// "<li>Weight: 136 kg</li>"): the story's particulars set in a box
// ("Show day", "Marlowe SL-100"), whatever the box is named.
func labelledList(n *html.Node) bool {
	var b strings.Builder
	if !boundedText(n, &b, maxBoxText) {
		return false
	}
	c := firstElement(n)
	if c == nil {
		return false
	}
	switch tagAtom(c) {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.P:
		c = c.NextSibling
		for c != nil && c.Type != html.ElementNode {
			c = c.NextSibling
		}
	}
	if c != nil && tagAtom(c) == atom.Dl {
		// A box that links on ("Full sky guide ›") is a feature of the
		// site's, its values refreshed apart from the story.
		return labelledTerms(c) && findElement(n, atom.A) == nil
	}
	if c == nil || tagAtom(c) != atom.Ul && tagAtom(c) != atom.Ol {
		return false
	}
	items := 0
	for li := c.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if tagAtom(li) != atom.Li || !labelled(nodeText(li, 80)) {
			return false
		}
		items++
	}
	return items >= 2
}

// labelledTerms reports whether the description list dl pairs two or
// more short labels with their values ("<dt>Staff taking part</dt>
// <dd>487</dd>"), the markup's own way of writing "Staff taking part:
// 487".
func labelledTerms(dl *html.Node) bool {
	terms := 0
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch tagAtom(c) {
		case atom.Dt:
			if !label(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(nodeText(c, 80)), ":"))) {
				return false
			}
			terms++
		case atom.Dd:
			if len(strings.TrimSpace(nodeText(c, 120))) > 100 {
				return false
			}
		default:
			return false
		}
	}
	return terms >= 2
}

// labelled reports whether an item's text opens with a label of one to
// five words and a colon: "Hall capacity: 400 visitors".
func labelled(t string) bool {
	t = strings.TrimSpace(t)
	k := strings.IndexByte(t, ':')
	return k > 0 && k+1 < len(t) && label(t[:k])
}

// label reports whether s reads as a label: one to five words of letters
// ("Hall capacity", "Staff taking part"), which a comma may part
// ("Winning time, men").
func label(s string) bool {
	if s == "" || strings.Count(s, " ") > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' && r != '’' && r != ',' {
			return false
		}
	}
	return true
}

// inArticle reports whether an ancestor of n is the page's <article>.
func inArticle(n *html.Node) bool {
	return hasAncestor(n, func(p *html.Node) bool { return tagAtom(p) == atom.Article })
}

// inFurniture reports whether n, or an element between it and the
// <article> holding it, is named page furniture (see junk): a captioned
// table in a "price-tracker" box is a live widget's.
func inFurniture(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		if junk(p) {
			return true
		}
		if tagAtom(p) == atom.Article {
			return false
		}
	}
	return false
}

// hasAncestor reports whether an element above n satisfies match.
func hasAncestor(n *html.Node, match func(*html.Node) bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && match(p) {
			return true
		}
	}
	return false
}

// captionedTable reports whether n is a table with a caption: inside the
// page's <article>, a table the story titles ("Entries by bow style") is
// its own, however far from the element of the text the site sets it.
func captionedTable(n *html.Node) bool {
	if tagAtom(n) != atom.Table {
		return false
	}
	first := firstElement(n)
	return first != nil && tagAtom(first) == atom.Caption
}

// withStoryBoxes appends to text each of boxes that it does not already
// hold.
func withStoryBoxes(text string, boxes []string) string {
	if text == "" {
		return text
	}
	have := collapse(text)
	for _, b := range boxes {
		if c := collapse(b); !strings.Contains(have, c) {
			text += "\n\n" + b
			have += " " + c
		}
	}
	return text
}

// hasClass reports whether element n's class attribute lists name.
func hasClass(n *html.Node, name string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == "class" {
			for _, f := range strings.Fields(a.Val) {
				if f == name {
					return true
				}
			}
		}
	}
	return false
}
