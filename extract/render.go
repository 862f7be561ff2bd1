package extract

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text renders the text of an HTML node the way a reader sees it:
// paragraphs, headings, list items, table rows, line breaks and other
// block elements become paragraphs separated by a blank line ("\n\n"),
// inline elements run on, whitespace inside a paragraph collapses to single
// spaces, and what is not read (scripts, styles, forms, buttons,
// navigation, asides, SVG, hidden elements) is left out.
func Text(n *html.Node) string {
	var w textWriter
	w.node(n, 0, false)
	return w.String()
}

// isSkipped reports whether an element's content is never article text.
func isSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
		atom.Math, atom.Nav, atom.Aside, atom.Form, atom.Button, atom.Input,
		atom.Select, atom.Textarea, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Video, atom.Audio, atom.Map, atom.Head, atom.Title,
		atom.Meta, atom.Link, atom.Dialog, atom.Menu, atom.Rp, atom.Rt,
		atom.Noembed, atom.Noframes, atom.Frameset:
		return true
	}
	return false
}

// isBlock reports whether an element starts and ends a paragraph.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Blockquote, atom.Body, atom.Br,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dir, atom.Div,
		atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Li,
		atom.Listing, atom.Main, atom.Ol, atom.P, atom.Plaintext, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Tfoot,
		atom.Thead, atom.Tr, atom.Ul, atom.Xmp, atom.Option, atom.Optgroup,
		atom.Frame:
		return true
	}
	return false
}

// chromeRole reports whether an ARIA role is that of page furniture.
func chromeRole(s string) bool {
	switch s {
	case "navigation", "banner", "contentinfo", "complementary", "search",
		"menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist":
		return true
	}
	return false
}

// maxRenderDepth bounds the recursion on trees not built by this
// package's parser (which stops at 512 levels).
const maxRenderDepth = 4096

// textWriter accumulates rendered text, deciding lazily whether a space or
// a paragraph break goes before the next word, so that nothing leads,
// trails or doubles.
type textWriter struct {
	b          strings.Builder
	space      bool // a space is due before the next word
	cell       bool // a table cell ended: "; " is due before the next word of its row
	para       bool // a paragraph break is due before the next word
	dropChrome bool // leave out page header, footer and landmark chrome
	elemStart  bool // an inline element began: its first word may need a space
	term       bool // a description list's term ended: ": " is due before its definition
}

func (w *textWriter) String() string { return w.b.String() }

func (w *textWriter) breakPara() { w.para = true }

func (w *textWriter) node(n *html.Node, depth int, inArticle bool) {
	if depth > maxRenderDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c, depth+1, inArticle)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	tag := tagAtom(n)
	if isSkipped(tag) && !(tag == atom.Aside && storyAside(n)) || hidden(n) || junk(n) || landmark(n) || furnitureBox(n, tag) || footnoteMarker(n, tag) || codeBlock(n, tag) {
		return
	}
	if tag == atom.Article || tag == atom.Main {
		inArticle = true
	}
	if w.dropChrome && w.chrome(n, tag, inArticle) {
		return
	}
	block := isBlock(tag)
	if block && !(tag == atom.Dd && w.term) {
		w.breakPara()
	}
	// "<dt>Staff taking part</dt><dd>487</dd>" reads "Staff taking part:
	// 487", a label and its value on one line, as a fact box writes them.
	term := false
	if tag == atom.Dt {
		next := nextElement(n)
		term = next != nil && tagAtom(next) == atom.Dd
	}
	before := w.b.Len()
	cell := tag == atom.Td || tag == atom.Th
	if cell {
		w.space = true
	}
	if !block && tag != atom.Sup && tag != atom.Sub {
		w.elemStart = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, depth+1, inArticle)
	}
	if cell {
		w.space, w.cell = true, true
	}
	if term && w.b.Len() > before && !w.para {
		w.term = true
		return
	}
	if block {
		w.breakPara()
	}
}

// nextElement returns the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// codeBlock reports whether n is a block of code set in a story,
// "<pre><code>$ quarry build … Built 1,204 targets in 41.3s</code></pre>":
// a command and its output, a log line or a request shown as an example,
// whose numbers are the program's, not the story's facts. A <pre> of
// plain text (a weather service's bulletin) stays.
func codeBlock(n *html.Node, tag atom.Atom) bool {
	if tag != atom.Pre {
		return false
	}
	first := firstElement(n)
	if first == nil || tagAtom(first) != atom.Code {
		return false
	}
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// storyAside reports whether an aside's class or id names a part of the
// story set apart: a timeline, a fact box, key figures ("timeline",
// "factbox", "fact-box", "key-facts", "stats"). Other asides (related
// links, pull quotes, sidebars) are left out.
func storyAside(n *html.Node) bool {
	return namedBy(n, func(name string) bool {
		// "fact-box", "fact_file": a part's name split in two.
		return hasNamePart(name, storyAsideParts) || storyAsideParts[nameJoiner.Replace(name)]
	})
}

// nameJoiner joins the parts of a class name: "fact-box" -> "factbox".
var nameJoiner = strings.NewReplacer("-", "", "_", "")

// namedBy reports whether one of n's class or id names, lower-cased,
// satisfies match.
func namedBy(n *html.Node, match func(name string) bool) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(a.Val)) {
			if match(f) {
				return true
			}
		}
	}
	return false
}

// hyphenCamel returns a camel-case name lower-cased with a hyphen before
// each word ("rcvCounter" -> "rcv-counter"), or "" when f has no lower
// case letter before a capital.
func hyphenCamel(f string) string {
	k := 1
	for k < len(f) && !(f[k] >= 'A' && f[k] <= 'Z' && f[k-1] >= 'a' && f[k-1] <= 'z') {
		k++
	}
	if k >= len(f) {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= 'A' && c <= 'Z' {
			if i > 0 && f[i-1] >= 'a' && f[i-1] <= 'z' {
				b.WriteByte('-')
			}
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// hasNamePart reports whether a class or id name has a part, between
// hyphens or underscores, in parts: "video-embed", "paywall_hidden".
func hasNamePart(name string, parts map[string]bool) bool {
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
		if parts[part] {
			return true
		}
	}
	return false
}

// calcName reports whether a part of a class or id name is a calculator's
// joined to what it sums: "paycalc", "loancalculator", "taxcalc-result".
// A tool's sample sums change with its defaults.
func calcName(name string) bool {
	for part := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '-' || r == '_' }) {
		if len(part) > 4 && (strings.HasSuffix(part, "calc") || strings.HasSuffix(part, "calculator")) {
			return true
		}
	}
	return false
}

// storyAsideParts are the parts of class names that storyAside takes.
var storyAsideParts = map[string]bool{"timeline": true, "chronology": true, "factbox": true, "factfile": true,
	"facts": true, "keyfacts": true, "stats": true, "statistics": true, "figures": true, "explainer": true}

// tagAtom returns the element's tag as an atom. Readability renames
// elements (a div of text becomes a p) without updating DataAtom, so the
// name is looked up again when they disagree.
func tagAtom(n *html.Node) atom.Atom {
	if n.Namespace != "" && n.Namespace != "html" {
		// SVG and MathML have their own vocabulary: skip the roots, and
		// never read a "p" or "title" inside them as HTML.
		switch n.Data {
		case "svg":
			return atom.Svg
		case "math":
			return atom.Math
		}
		return 0
	}
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// chrome reports whether n is a page-level header or footer, left out of
// the whole-body fallback; one inside an article or main is kept, as it
// holds the headline or the correction notes.
func (w *textWriter) chrome(n *html.Node, tag atom.Atom, inArticle bool) bool {
	return (tag == atom.Header || tag == atom.Footer) && !inArticle
}

// landmark reports whether n has the ARIA role of page furniture, or is a
// market widget (see marketWidget).
func landmark(n *html.Node) bool {
	for _, a := range n.Attr {
		if chromeRoleAttr(a) {
			return true
		}
	}
	return marketWidget(n)
}

// chromeRoleAttr reports whether a is a role attribute that names page
// furniture.
func chromeRoleAttr(a html.Attribute) bool {
	return a.Namespace == "" && a.Key == "role" && chromeRole(strings.ToLower(strings.TrimSpace(a.Val)))
}

// dropMarketWidgets removes the market widgets under n before readability
// runs, which keeps classes but not the labels and data attributes that
// name them.
func dropMarketWidgets(n *html.Node) { dropElements(n, marketWidget) }

// dropProgressWidgets removes the boxes built around a progress bar: an
// appeal's tracker ("$95,004 of $250,000 · 38% · 3,726 gifts"), a
// countdown, a poll's bars. No story draws one; the box is the largest
// block around the bar whose text stays short, so the story that holds
// a box keeps its own words.
func dropProgressWidgets(doc *html.Node) {
	for _, bar := range findElements(doc, progressBar) {
		box := widgetBox(bar, maxWidgetText)
		if box == nil {
			box = bar
		}
		if box.Parent != nil {
			box.Parent.RemoveChild(box)
		}
	}
}

// widgetBox returns the largest block around n whose text stays within
// limit bytes and holds no two paragraphs of prose (a short story's
// whole body may be short), or nil when none does.
func widgetBox(n *html.Node, limit int) *html.Node {
	var box *html.Node
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if !blockTags[a.Data] {
			continue
		}
		var b strings.Builder
		if !boundedText(a, &b, limit) || proseParas(a, 2) >= 2 {
			break
		}
		box = a
	}
	return box
}

// dropComponentJunk removes the elements whose data-component names them
// junk ("share-block", "newsletter-promo") before readability runs:
// readability may fold such a box into the paragraph it makes of its
// parent, and the name goes with it, leaving its count of shares a line
// of the story.
func dropComponentJunk(n *html.Node) {
	dropElements(n, func(c *html.Node) bool {
		for _, a := range c.Attr {
			if a.Namespace == "" && a.Key == "data-component" {
				return junk(c)
			}
		}
		return false
	})
}

// dropSponsoredBoxes removes the boxes of paid offers set in or beside a
// story: a price comparison's rows, each with its link marked
// rel="sponsored" ("PawGuard £19.95/mo Excess £99 Go"). A box is the
// largest block around such a link whose text stays short, and it goes
// when it holds two of them or more; a story's one affiliate link keeps
// its paragraph.
func dropSponsoredBoxes(doc *html.Node) {
	count := map[*html.Node]int{}
	var order []*html.Node
	for _, a := range findElements(doc, sponsoredLink) {
		if box := widgetBox(a, maxOfferBoxText); box != nil {
			if count[box] == 0 {
				order = append(order, box)
			}
			count[box]++
		}
	}
	for _, box := range order {
		if count[box] >= 2 && box.Parent != nil {
			box.Parent.RemoveChild(box)
		}
	}
}

// maxOfferBoxText is the most text a box of paid offers may hold: a
// dozen rows of a name, a price and a few terms.
const maxOfferBoxText = 1500

// findElements returns the elements under n that match reports, in
// document order, without looking inside them.
func findElements(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if match(c) {
			out = append(out, c)
			continue
		}
		out = append(out, findElements(c, match)...)
	}
	return out
}

// sponsoredLink reports whether a is a link marked paid: rel="sponsored".
func sponsoredLink(a *html.Node) bool {
	if tagAtom(a) != atom.A {
		return false
	}
	for _, at := range a.Attr {
		if at.Namespace == "" && at.Key == "rel" {
			for _, v := range strings.Fields(at.Val) {
				if strings.EqualFold(v, "sponsored") {
					return true
				}
			}
		}
	}
	return false
}

// maxWidgetText is the most text, in bytes with the markup's white
// space, that a box around a progress bar may hold and still be taken for
// the bar's widget.
const maxWidgetText = 600

// progressBar reports whether n draws a progress bar: a <progress> or a
// <meter>, or an element whose role says so.
func progressBar(n *html.Node) bool {
	switch tagAtom(n) {
	case atom.Progress, atom.Meter:
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == "role" && strings.EqualFold(strings.TrimSpace(a.Val), "progressbar") {
			return true
		}
	}
	return false
}

// dropElements removes from the tree under n every element drop reports,
// with what it holds.
func dropElements(n *html.Node, drop func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && drop(c) {
			n.RemoveChild(c)
		} else {
			dropElements(c, drop)
		}
		c = next
	}
}

// dropJunkTables removes the tables whose class or id names them page
// furniture ("poll", "related") before readability runs: it unwraps a
// table of one cell into a plain block, and the name that junk reads
// would go with it.
func dropJunkTables(n *html.Node) {
	dropElements(n, func(c *html.Node) bool { return tagAtom(c) == atom.Table && junk(c) })
}

// dropLayoutColumns removes the side columns of a page laid out in a
// table: in a row whose one cell holds the story, the other cells are the
// page's left and right columns (rate boxes, calculators, most-read
// lists), whatever they are named. Readability may keep a column beside
// the story as its sibling.
func dropLayoutColumns(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) == atom.Tr {
			dropSideCells(c)
		}
		dropLayoutColumns(c)
	}
}

// dropSideCells removes the cells of table row tr beside the one cell that
// holds the story, if just one does.
func dropSideCells(tr *html.Node) {
	var story *html.Node
	cells := 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || tagAtom(c) != atom.Td {
			continue
		}
		cells++
		if holdsStory(c) {
			if story != nil {
				return
			}
			story = c
		}
	}
	if story == nil || cells < 2 {
		return
	}
	for c := tr.FirstChild; c != nil; {
		next := c.NextSibling
		if c != story && c.Type == html.ElementNode && tagAtom(c) == atom.Td {
			tr.RemoveChild(c)
		}
		c = next
	}
}

// markSideColumns names a page's side column for the renderer to leave
// out: an element named a rail or a side or right-hand column
// ("col-right", "right-rail", "col-side") holding no paragraph of prose,
// beside a sibling that holds the story. Its boxes (a price table, a
// most-read list, the weather) are the page's whatever each is named,
// and readability, taking the element holding both columns for the
// article, would keep them. The column stays in the tree, so that
// readability weighs the story's column among the same siblings. A
// column holding a fact box is not named: keepStoryParts has found the
// story's own figures there.
func markSideColumns(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if blockTags[c.Data] && sideColumn(c) && proseParas(c, 1) == 0 && !hasFactBox(c) && storySibling(c) {
			addClass(c, sideColumnClass)
			continue
		}
		markSideColumns(c)
	}
}

// sideColumnClass is the class markSideColumns gives a side column.
const sideColumnClass = "factdiff-side-column"

// sideColumn reports whether n's class or id names a side column of the
// page: a part "rail" or "side", or a part "right" with "col", "column" or
// "bar", or one word, "rightcol", "sidecol".
func sideColumn(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(a.Val)) {
			if sideColumnNames[f] || hasNamePart(f, sideColumnParts) ||
				hasNamePart(f, rightParts) && hasNamePart(f, columnParts) {
				return true
			}
		}
	}
	return false
}

// sideColumnNames, sideColumnParts, rightParts and columnParts make up
// the names sideColumn reads.
var (
	sideColumnNames = map[string]bool{"rightcol": true, "sidecol": true, "rightcolumn": true, "rightrail": true}
	sideColumnParts = map[string]bool{"rail": true, "side": true}
	rightParts      = map[string]bool{"right": true}
	columnParts     = map[string]bool{"col": true, "column": true, "bar": true}
)

// storySibling reports whether an element beside n holds the story
// (holdsStory).
func storySibling(n *html.Node) bool {
	for _, sib := range [...]func(*html.Node) *html.Node{
		func(c *html.Node) *html.Node { return c.PrevSibling },
		func(c *html.Node) *html.Node { return c.NextSibling },
	} {
		for c := sib(n); c != nil; c = sib(c) {
			if c.Type == html.ElementNode && holdsStory(c) {
				return true
			}
		}
	}
	return false
}

// proseParas counts, up to limit, the paragraphs under n long enough to
// be prose, each taken whole.
func proseParas(n *html.Node, limit int) int {
	count := 0
	for p := range outermost(n, atom.P) {
		if prosePara(p) {
			if count++; count >= limit {
				break
			}
		}
	}
	return count
}

// prosePara reports whether the paragraph p is prose: long enough, and
// ending as a sentence does unless it is longer than maxProseEnd.
func prosePara(p *html.Node) bool {
	var b strings.Builder
	full := boundedText(p, &b, maxProseEnd)
	return b.Len() >= minProse && (!full || endsProse(b.String()))
}

// maxProseEnd bounds the text read of a paragraph to see how it ends: a
// longer one is prose whatever its end.
const maxProseEnd = 1200

// endsProse reports whether text ends as a paragraph of prose does, with
// a full stop, a mark, a quote or a bracket. A widget's line made a
// paragraph by readability ("LOT 174 T. Achterberg – Untitled est.
// $250,000–$300,000 sold $265,000") ends without one.
//
// A bracket that closes a figure without a full stop ends a listing's
// line, not a sentence: "Tickets from £20 (208 left)".
func endsProse(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(t)
	if r == ')' {
		if k := strings.LastIndexByte(t, '('); k >= 0 && len(t)-k <= 24 && strings.ContainsAny(t[k:], "0123456789") &&
			!strings.ContainsAny(t[len(t)-2:len(t)-1], ".!?") {
			return false
		}
	}
	return strings.ContainsRune(".!?:;\"')]\u2026\u201d\u2019", r)
}

// minProse is the length of text that makes a paragraph prose rather
// than a box's line.
const minProse = 80

// hasFactBox reports whether a box keepStoryParts named the story's own
// figures lies under n.
func hasFactBox(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (hasClass(c, factBoxClass) || hasFactBox(c)) {
			return true
		}
	}
	return false
}

// marketWidget reports whether n is a stock quote or a ticker strip, named
// by its ARIA role or label or its data attributes ("data-symbol",
// "data-widget"): prices that move by the minute.
func marketWidget(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "data-symbol", "data-ticker":
			// A box for one ticker; a link to its quote inside a
			// sentence keeps its words.
			if blockTags[n.Data] {
				return true
			}
		case "data-widget":
			if hasNamePart(strings.ToLower(a.Val), marketParts) {
				return true
			}
		case "aria-label":
			l := strings.ToLower(strings.TrimSpace(a.Val))
			if marketLabels[l] {
				return true
			}
			// "Live commodity prices", "Live market data": a box
			// named live for its figures, which move by the minute.
			if f := strings.Fields(l); len(f) > 1 && f[0] == "live" && marketParts[f[len(f)-1]] {
				return true
			}
		case "role":
			// A marquee scrolls what is not essential: a strip of
			// prices, a ticker of headlines.
			if strings.EqualFold(strings.TrimSpace(a.Val), "marquee") {
				return true
			}
		}
	}
	return false
}

// blockTags are the elements that hold a widget as a box of its own.
var blockTags = map[string]bool{"div": true, "section": true, "aside": true, "table": true, "ul": true,
	"figure": true, "dl": true}

// marketParts name a market widget in a data-widget attribute: "quote",
// "stock-ticker", "market_data".
var marketParts = map[string]bool{"quote": true, "quotes": true, "ticker": true, "stock": true, "stocks": true,
	"market": true, "markets": true, "price": true, "prices": true}

// marketLabels are the ARIA labels of market widgets.
var marketLabels = map[string]bool{"stock quote": true, "market data": true, "stock ticker": true,
	"share price": true, "market summary": true}

// junkClass reports whether a class or id name, as a whole word, marks an
// advertisement, a share bar, a sign-up box, comments or related links.
// The list is short on purpose: a false match loses article text.
func junkClass(s string) bool {
	if gatedStory(s) {
		return false
	}
	switch s {
	case "ad", "ads", "advert", "adverts", "advertisement", "ad-slot",
		"ad-container", "ad-wrapper", "ad-unit", "adunit", "adslot",
		"ad-label", "sponsored", "share", "share-bar", "share-buttons",
		"social-share", "sharing", "newsletter", "newsletter-signup",
		"cookie-banner", "cookie-consent", "comments", "comment-section",
		"related", "related-links", "related-articles", "related-stories",
		"most-read", "trending", "recommended",
		// A page's feedback and consultation boxes: "Rate this page:
		// 3.1 out of 5 from 172 ratings", "3,542 responses so far".
		"rate-this-page", "page-rating", "page-feedback", "feedback", "was-this-helpful", "is-this-page-useful",
		"have-your-say", "haveyoursay", "consultation-box",
		// Links to a series' other parts and to topics to follow: "Part
		// 1: How a $200bn industry escaped scrutiny".
		"series-links", "series-nav", "explore-series", "follow-topics", "article-topics", "topic-tags",
		// A paper's list of its other coverage: "Tracking 46 Bills
		// Through Congress", "13 Charts That Explain the Budget Fight".
		"our-coverage", "ourcoverage", "more-coverage", "related-coverage", "go-deeper", "godeeper",
		// Posts embedded from social networks.
		"twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed", "threads-embed":
		return true
	}
	// "paywall-teaser", "subscribe-box", "subscription-offer": a sales
	// pitch, whose prices and offer dates change by the day; "cookieprompt",
	// "cookie-notice": a consent prompt.
	if strings.HasPrefix(s, "paywall") || strings.HasPrefix(s, "subscribe") || strings.HasPrefix(s, "subscription") ||
		strings.HasPrefix(s, "cookie") || strings.HasPrefix(s, "author-") || s == "about-the-author" ||
		strings.HasPrefix(s, "correction") {
		// "author-bio": the writer's counts of articles and followers;
		// "correction-box": what an earlier version said.
		return true
	}
	switch s {
	case "newsletter-signup-box", "trending-now", "most-viewed", "most-popular",
		"read-more", "readmore", "read-next", "readnext", "read-next-list", "more-stories", "widget", "sidebar", "poll", "quiz":
		// Lists of links to other stories.
		return true
	}
	return false
}

// partJunk reports whether a class or id name holds a part that marks junk
// joined to anything ("inline-ad", "promo_box", "newsletter-inline") or
// a site's prefix before a name junkClass knows ("dcr-newsletter").
// Such a match is weaker than junkClass's: "has-ads" may be a story's
// wrapper, so the element must also hold no story (holdsStory).
func partJunk(s string) bool {
	if gatedStory(s) {
		return false
	}
	// A site's prefix before a plain name: "dcr-newsletter",
	// "ssrcss-cookie", "css-share".
	if k := strings.IndexByte(s, '-'); k > 0 && k <= 6 && k+1 < len(s) && (junkClass(s[k+1:]) || newsletterBox(s[k+1:])) {
		return true
	}
	return newsletterBox(s) || hasNamePart(s, junkParts) || calcName(s) || strings.HasPrefix(s, "whats-on")
}

// newsletterBox reports whether a class or id name is a sign-up box's,
// "newsletter-inline", "newsletter-box", where a "newsletter-post" is a
// site's story.
func newsletterBox(s string) bool {
	rest, ok := strings.CutPrefix(s, "newsletter-")
	return ok && boxSuffixes[rest]
}

// gatedStory reports whether a class or id name marks the story's own
// text behind a paywall ("paywall-hidden", "paywall-visible",
// "subscriber-content", "premium-body"), which is story, unlike the
// sales pitch beside it ("paywall-promo", "subscribe-box").
func gatedStory(s string) bool {
	if !strings.HasPrefix(s, "paywall") && !strings.HasPrefix(s, "subscriber") && !strings.HasPrefix(s, "premium") &&
		!strings.HasPrefix(s, "metered") {
		return false
	}
	return hasNamePart(s, gatedParts)
}

// gatedParts name the text a paywall hides or shows.
var gatedParts = map[string]bool{"visible": true, "hidden": true, "content": true, "body": true, "text": true,
	"article": true, "story": true, "locked": true, "gated": true, "free": true, "preview": true}

// boxSuffixes after "newsletter-" name a box: "newsletter-inline".
var boxSuffixes = map[string]bool{"inline": true, "box": true, "signup": true, "sign-up": true, "promo": true,
	"cta": true, "form": true, "widget": true, "banner": true, "block": true, "container": true, "module": true,
	"embed": true, "wrapper": true, "panel": true, "card": true}

// junkParts are the parts of a class or id name that mark it junk joined
// to anything: no story paragraph is an "inline-ad" or a "newsletter-box".
var junkParts = map[string]bool{
	"advert": true, "adverts": true, "advertisement": true,
	"ad": true, "ads": true, "adslot": true, "promo": true, "promoted": true, "sponsored": true,
	"outbrain": true, "taboola": true, "paywall": true, "cookie": true, "cookies": true,
	"consent": true, // "consent", "consent-banner": a cookie prompt's count of partners
	"bio":     true, // "bio", "writer-bio": the writer's years and awards
	// "slide-counter": a gallery's "1/8"; "sources", "footnotes": the
	// notes a story's markers point to.
	"counter": true, "pagination": true, "sources": true, "footnotes": true, "endnotes": true, "references": true,
	// "video-embed": a player's title, length and views.
	"video": true, "embed": true, "player": true,
	// "weather-widget", "wgt-recall", "counters", "update-log": a widget's readings,
	// a page's counts, a list of the edits made.
	"widget": true, "wdgt": true, "wdg": true, "wgt": true, "counters": true, "log": true,
	// "box nl", "box mkt": a newsletter box and a markets box named in
	// abbreviations.
	"nl": true, "mkt": true,
	// "departures", "dep-board", "amp-arrivals": a station's or a
	// port's live board of trains and ships.
	"departures": true, "arrivals": true,
	// A charity's counters and boxes: "donor-count",
	// "appeal-thermometer", "couldbuy": its running totals and what a
	// gift buys (see "donate" below).
	"donor": true, "donors": true, "couldbuy": true, "appealbox": true, "thermo": true, "thermometer": true,
	"fundraiser": true,
	// "live-gauge", "fill-gauge": a dial of a live reading, a store's fill.
	"gauge": true,
	// "live-toolbar": a live page's refresh switch and comment count.
	"toolbar": true,
	// "sharebox", "sharebar": a share bar named in one word;
	// "share-block", "post-shares": one named in parts, its count of
	// shares beside its buttons.
	"sharebox": true, "sharebar": true, "share": true, "shares": true,
	// "course-finder-panel", "store-locator": a site's search tool and
	// the listings it shows, with their fees and prices.
	"finder": true, "locator": true,
	// "amp-bestsellers", "bestseller-list": a shop's chart of products,
	// their prices and review counts. ("carousel" is no such part: a
	// page left unclosed may hold its story inside a gallery's slider.)
	"bestsellers": true, "bestseller": true,
	// "bathing-status-box", "service-status": a box of the state of
	// things now, its readings refreshed by the hour.
	"status": true,
	// "currency-converter", "currency-box", "card fx": a converter and
	// its table of exchange rates, which move by the minute.
	"currency": true, "converter": true, "fx": true, "forex": true,
	// "recipe-card", "bookings-box", "best-places": a food page's recipe
	// with its times and calories, a table-booking box ("booking" is
	// below), a list of other places with their prices.
	"recipe": true, "bookings": true, "reservation": true, "reservations": true, "best": true,
	// "lb-likes", "post-reactions": a live post's likes.
	"likes": true, "upvotes": true,
	// "comments-teaser": a count of readers' comments; "comment" alone
	// may name an opinion piece.
	"comments": true,
	// "live-meta", "article-meta": a stamp, a byline, a count of readers.
	"meta": true,
	// "count": a gallery's "1 of 16", a view or share count; "rating",
	// "stars": a review's "4/5"; "tweet": a post embedded from elsewhere,
	// whose figures are its writer's, not the story's.
	"count": true, "rating": true, "stars": true, "tweet": true,
	// "disclaimer", "risk-warning": a broker's legal notice ("78% of
	// retail investor accounts lose money"), changed by the day.
	"disclaimer": true, "disclaimers": true,
	// "cta", "donate-box": a call to action, a charity's ask ("$15 can
	// provide clean water…", "$821,000 raised"), its sums the appeal's.
	"cta": true, "donate": true, "donation": true, "donations": true,
	// "travel-inline": a box of travel news, its roads shut and
	// delays in minutes; "dashboard": a live page's panel of running
	// totals, refreshed apart from the story's text.
	"travel": true, "dashboard": true,
	// "w-tides", "tide-table": a port's tide times and heights, with
	// sunrise and sunset.
	"tides": true, "tide": true,
	// "countdown-card": a launch or event clock, its weather odds;
	// "whatson": a listing of local events with their times and ticket
	// prices ("whats-on", see partJunk; a "whats-changing" box is the
	// story's).
	"countdown": true, "whatson": true,
	// "ticker", "weather", "wx-box", "date": a strip of market prices,
	// the day's forecast or a town's readings (wind, humidity, air
	// quality) set in the story, the date across the page's top.
	"ticker": true, "weather": true, "wx": true, "date": true,
	// "chip", "quote-change": a portal's live price move set beside a
	// company's name in a sentence ("(HLVP +2.43%)").
	"chip": true, "chips": true,
	// "best-bets", "expert-picks": a betting site's tips box, its lines
	// and its season's record.
	"bets": true, "picks": true, "consensus": true,
	// "flight-search", "booking-widget", "trip-planner": a travel site's
	// search boxes ("deal-card", its offers, is a sideline part).
	"booking": true, "search": true, "planner": true,
	// "featured-listings", "property-card": a property site's homes for
	// sale beside its story, each with its price and auction date.
	"listing": true, "listings": true,
	// "lineups", "odds-strip": a match page's team sheets and a
	// bookmaker's prices ("player-ratings", marks out of ten, is a
	// sideline part: a TV page's "ratings" table is its story's).
	"lineup": true, "lineups": true, "odds": true,
	// "slideshow": another story's slides ("16 cheapest places to buy a
	// home", "Slide 1: average asking price £313,000"), dropped into
	// the body by a portal (a gallery of the story's own pictures
	// stays, its captions the story's); "reactions": a count of
	// readers' emoji.
	"slideshow": true, "reactions": true,
	// "buy-photo", "buy-button": a shop's offer beside a picture or a
	// product ("prints from £16.00").
	"buy": true,
	// "fin-offer", "cfg-box", "dealer-widget": a carmaker's finance
	// offer, configurator and dealer finder, whose prices and monthly
	// payments change by the day.
	"offer": true, "offers": true, "cfg": true, "configurator": true, "dealer": true, "dealers": true,
	// "calc", "calculator": a tool's sample outputs, the reader's sums.
	"calc": true, "calculator": true,
}

// sidelineParts name a box of figures beside the story: "match-stats",
// "standings", "player-ratings", a sports page's tallies, table and
// marks, which move with every game. A table or a definition list so named inside the story
// ("<table class="stats">" between paragraphs) is the story's own data,
// and stays. A scoreboard stays too: it states the result the story
// reports.
var sidelineParts = map[string]bool{"stats": true, "standings": true, "ratings": true,
	// "deal-card": a travel site's offer and its fare by the day; a
	// transfer page's "<table class="deals">" is its story's.
	"deal": true, "deals": true}

// pollParts name a poll, a reader poll's box or an opinion poll's table
// in a story; readerPoll tells the first.
var pollParts = map[string]bool{"poll": true, "polls": true, "vote": true, "voting": true}

// readerPoll reports whether n is a poll of the site's readers: it asks
// them, or counts their votes ("7,733 readers voted", "Vote now"). An
// opinion poll's table in a story does neither.
func readerPoll(n *html.Node) bool {
	t := strings.ToLower(nodeText(n, 600))
	for _, w := range [...]string{"readers voted", "reader poll", "readers' poll", " votes", "vote now", "your vote", "have your say", "cast your vote"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	// "Is the government spending enough? Yes 72% · No 28%": a
	// question put to readers and their answers' shares.
	return strings.IndexByte(t, '?') >= 0 && pollShares.MatchString(t)
}

// pollShares matches the shares of a poll's answers: "yes 72% · no 28%".
var pollShares = regexp.MustCompile(`\byes:? ?\d{1,3}(?:\.\d)?%.{0,12}\bno:? ?\d{1,3}(?:\.\d)?%`)

// standingsPart names a league's table, which a box never makes the
// story's.
var standingsPart = map[string]bool{"standings": true}

// graphicParts name a story's own graphic, whose caption states its
// figures ("map-embed": "The burned area stretches 400 metres…"), where
// a part such as "embed" alone names a player or a post from elsewhere.
var graphicParts = map[string]bool{"map": true, "chart": true, "graphic": true, "infographic": true, "diagram": true,
	// "dw-embed", "flourish-embed": a chart of Datawrapper or Flourish, its
	// fallback table the chart's data.
	"dw": true, "datawrapper": true, "flourish": true}

// junk reports whether n's class, id or data-component names it as junk:
// by a whole name (see junkClass), or by a part of one (see partJunk)
// when n holds no story.
func junk(n *html.Node) bool {
	if t := tagAtom(n); (t == atom.Ul || t == atom.Ol) && linkOnlyList(n) {
		return true
	}
	if hasClass(n, factBoxClass) {
		// Headed "Key stats", the story's own figures, whatever its
		// class ("key-stats") names.
		return false
	}
	if hasClass(n, sideColumnClass) {
		return true
	}
	weak := false
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == "data-widget" && !hasNamePart(strings.ToLower(a.Val), graphicParts) {
			// A CMS's widget slot, "data-widget="rivers"": gauges,
			// travel news, prices, set in or beside the story.
			weak = true
			continue
		}
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" && a.Key != "data-component" {
			continue
		}
		if a.Key == "id" && slugName(a.Val) {
			// "post-handler-strike-a-pay-offer-8": a live post's
			// anchor made of its page's slug, whose words ("offer",
			// "weather") name the story, not a box.
			continue
		}
		for _, f := range strings.Fields(a.Val) {
			if h := hyphenCamel(f); h != "" && partJunk(h) && !hasNamePart(h, graphicParts) {
				weak = true // "rcvCounter": a live counter's box
			}
			f = strings.ToLower(f)
			if (f == "rating" || f == "stars") && inFactBox(n) {
				// "Our verdict … Rating: 6/10": the review's own score.
				continue
			}
			if junkClass(f) || (f == "key-events" || f == "keyevents") && linkedItems(n) {
				return true
			}
			// "chart-widget": a site's box of the week's chart, named a
			// widget, where a "chart-embed" is the story's graphic.
			weak = weak || partJunk(f) && (!hasNamePart(f, graphicParts) || hasNamePart(f, widgetParts)) || hasNamePart(f, sidelineParts) && !dataElement(n, f) ||
				hasNamePart(f, pollParts) && readerPoll(n) ||
				// "card symptom", "card price": a widget set as a card
				// beside or after the story; a "kpi-card" or a
				// "reward-card" is the story's own.
				f == "card" ||
				// "price-tracker", "recovery-tracker": a live widget's
				// running figures in a box; a table so named ("tracker"
				// of a window's transfers, a "timetable" of new bus
				// times) is the story's own.
				hasNamePart(f, trackerParts) && tagAtom(n) != atom.Table
		}
	}
	return weak && !holdsStory(n)
}

// slugName reports whether an id is made of a headline's words, five
// parts or more joined by hyphens ("post-handler-strike-a-pay-offer-8",
// "update-storm-ingrid-latest-news"), where a box's id names it in a
// few ("ad-slot-2", "most-read-box").
func slugName(id string) bool {
	return strings.Count(id, "-") >= 4 && strings.IndexByte(id, ' ') < 0 && strings.IndexByte(id, '_') < 0
}

// widgetParts name a widget whatever else its name holds.
var widgetParts = map[string]bool{"widget": true, "wdgt": true, "wgt": true}

// trackerParts name a live widget's box: "price-tracker", or a venue's
// "pool-timetable" of sessions beside the story.
var trackerParts = map[string]bool{"tracker": true, "timetable": true}

// inFactBox reports whether an ancestor of n is a box that keepStoryParts
// named a part of the story: a verdict, a spec sheet, "Key facts".
func inFactBox(n *html.Node) bool {
	return hasAncestor(n, func(p *html.Node) bool { return hasClass(p, factBoxClass) })
}

// linkOnlyList reports whether the list n is headlines of links and
// nothing else: two items or more, each all link but for a few bytes (a
// date, "Sept. 20"). A story's own list states its points in text;
// one whose every item is a link sends the reader elsewhere ("Council
// approves 12-storey tower", "Two-bed flat sells for £1").
func linkOnlyList(n *html.Node) bool {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) != atom.Li {
			return false
		}
		all := len(strings.TrimSpace(nodeText(c, 400)))
		linked := linkedText(c)
		if all == 0 || linked == 0 || all-linked > 15 {
			return false
		}
		items++
	}
	return items >= 2
}

// unlinkProse unwraps the links of each short paragraph that reads as a
// sentence, "The <a>Cradle Share</a> network runs 14 sites.": readability
// drops a block whose text is more than a fifth link, which such a
// paragraph easily is, and with it the story's figure. A paragraph that
// is mostly link (a teaser, "Read more: …") keeps its links, and so does
// a note's marker ("£296m<a href="#fn2">2</a>").
func unlinkProse(n *html.Node) {
	// Only the links inside each paragraph change, never the walk's
	// way past it.
	for p := range outermost(n, atom.P) {
		t := strings.TrimSpace(nodeText(p, maxUnlinked+1))
		if len(t) > maxUnlinked || !strings.ContainsAny(t[max(0, len(t)-4):], ".!?") {
			continue
		}
		linked := linkedText(p)
		if linked*5 <= len(t) || len(t)-linked < max(linked, 20) {
			continue // readability keeps it, or it is mostly link
		}
		for c := p.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && tagAtom(c) == atom.A && hasHref(c) && !footnoteMarker(c, atom.A) {
				for g := c.FirstChild; g != nil; {
					gn := g.NextSibling
					c.RemoveChild(g)
					p.InsertBefore(g, c)
					g = gn
				}
				p.RemoveChild(c)
			}
			c = next
		}
	}
}

// maxUnlinked is the longest paragraph unlinkProse looks at: a longer one
// has text enough that its links do not weigh.
const maxUnlinked = 240

// linkedText returns how many bytes of text n holds inside links with an
// href.
func linkedText(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) == atom.A && hasHref(c) {
			total += len(strings.TrimSpace(nodeText(c, 400)))
			continue
		}
		total += linkedText(c)
	}
	return total
}

// hasHref reports whether n has an href attribute.
func hasHref(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "href" {
			return true
		}
	}
	return false
}

// dataElement reports whether n, named name, lays out data itself: a
// table or a definition list, or a box of stats holding one under its
// heading (a league's standings so boxed move with every game).
func dataElement(n *html.Node, name string) bool {
	switch tagAtom(n) {
	case atom.Table, atom.Dl:
		return true
	case atom.Div, atom.Section:
		if hasNamePart(name, standingsPart) {
			return false
		}
		// "<section class="match-stats"><h2>Match stats</h2><table>…":
		// the table under its heading, wrapped.
		tables := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch tagAtom(c) {
			case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			case atom.Table, atom.Dl:
				tables++
			default:
				return false
			}
		}
		return tables == 1
	}
	return false
}

// linkedItems reports whether the items of the list in n are links, as
// a live page's "Key events" are when they point to its own entries
// ("01:20 Finance minister loses her seat"), which restate them. Key
// events written as sentences, without links, are the page's summary,
// and stay. A box with no list items counts as links.
func linkedItems(n *html.Node) bool {
	items, linked := 0, 0
	for li := range outermost(n, atom.Li) {
		items++
		if holdsLink(li) {
			linked++
		}
	}
	return items == 0 || 2*linked >= items
}

// outermost yields, in document order, the elements with tag below n
// that no other such element holds: the paragraphs of a box, the items
// of its lists, each taken whole.
func outermost(n *html.Node, tag atom.Atom) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		var walk func(n *html.Node) bool
		walk = func(n *html.Node) bool {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if tagAtom(c) == tag {
					if !yield(c) {
						return false
					}
					continue
				}
				if !walk(c) {
					return false
				}
			}
			return true
		}
		walk(n)
	}
}

// holdsLink reports whether n has an <a> element with an href.
func holdsLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) == atom.A && hasHref(c) || holdsLink(c) {
			return true
		}
	}
	return false
}

// storyParagraphs is how many paragraphs of prose an element needs to
// hold the story, whatever its class says.
const storyParagraphs = 3

// holdsStory reports whether n, whose class has a part that names junk,
// holds the story after all: several paragraphs of prose (minProse bytes
// or more each). A sign-up box, an advertisement or a list of links holds
// none; a story whose wrapper's class is "has-ads" keeps its text.
func holdsStory(n *html.Node) bool {
	return proseParas(n, storyParagraphs) >= storyParagraphs
}

// hidden reports whether n is hidden from readers by its attributes.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ToLower(a.Val)
			s = strings.Join(strings.Fields(s), "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "class":
			// "<span class="visually-hidden">Image caption, </span>":
			// words for screen readers, which no reader sees on the
			// page.
			for _, f := range strings.Fields(strings.ToLower(a.Val)) {
				switch f {
				case "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screen-reader-only", "a11y-hidden", "u-hidden-visually":
					return true
				}
			}
		}
	}
	return false
}

// text writes a run of character data, collapsing whitespace.
func (w *textWriter) text(s string) {
	start := -1 // start of the current word in s
	for i, r := range s {
		if isSpace(r) || dropped(r) {
			if start >= 0 {
				w.word(s[start:i])
				start = -1
			}
			if isSpace(r) {
				w.space = true
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

// word writes non-space text, preceded by whatever separator is due.
func (w *textWriter) word(s string) {
	if w.b.Len() > 0 {
		switch {
		case w.para:
			w.b.WriteString("\n\n")
		case w.term:
			if strings.HasSuffix(w.b.String(), ":") {
				w.b.WriteByte(' ')
			} else {
				w.b.WriteString(": ")
			}
		case w.cell:
			// "Beech Ward; 9; Closed": a row's cells kept apart, so that
			// a name in one and a number in the next are not read as one
			// name ("Boeing 737").
			w.b.WriteString("; ")
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	if w.elemStart && !w.para && !w.space && !w.cell && w.b.Len() > 0 && labelAfterDigits(w.b.String(), s) {
		// "<span class="value">64</span><span class="label">emergency
		// shelter sites</span>": a tile's figure and its label, which
		// a style sets on lines of their own.
		w.b.WriteByte(' ')
	}
	w.para, w.space, w.cell, w.elemStart, w.term = false, false, false, false, false
	w.b.WriteString(s)
}

// labelAfterDigits reports whether word s, starting an element, is a
// label's word glued to the digits that text so far ends with: a word of
// three letters or more, not a unit's abbreviation ("5<span>km</span>").
func labelAfterDigits(text, s string) bool {
	if c := text[len(text)-1]; c < '0' || c > '9' {
		return false
	}
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	return n >= 3
}

// isSpace reports whether r separates words: HTML whitespace, the other
// Unicode spaces and line separators (a no-break space included, since
// in text it only ever separates words).
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r', '\v',
		'\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u205F', '\u3000':
		return true
	}
	return '\u2000' <= r && r <= '\u200A'
}

// dropped reports whether r is invisible noise that would only split or
// disguise words: control characters, the soft hyphen and the byte order
// mark. U+FFFD stays: it marks bytes that could not be decoded.
func dropped(r rune) bool {
	switch {
	case r < 0x20, 0x7F <= r && r < 0xA0:
		return true
	case r == '\u00AD', r == '\uFEFF':
		return true
	}
	return false
}
