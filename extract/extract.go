package extract

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Options says how to reduce a page.
type Options struct {
	Selector string           // CSS selector of the article; empty means readability
	Ignore   []*regexp.Regexp // removed from the reduced text
	URL      *url.URL         // the page's address, to resolve links; may be nil
}

// Method names the way a page was reduced to text.
type Method string

// The methods, in Article.Method.
const (
	// MethodReadability: the main content readability found.
	MethodReadability Method = "readability"
	// MethodSelector: the nodes Options.Selector matched.
	MethodSelector Method = "selector"
	// MethodBody: the whole <body> without its header, footer, navigation
	// and other page furniture, when readability found nothing usable.
	MethodBody Method = "body"
	// MethodTokens: every text outside scripts and styles, read from the
	// token stream, for pages too deeply nested or too large to analyse
	// as a tree.
	MethodTokens Method = "tokens"
	// MethodPlain: a text/plain body, paragraphs kept.
	MethodPlain Method = "plain"
)

// Article is a page reduced to text, with what is known about how.
type Article struct {
	Title  string // the headline: readability's, else the <title>
	Byline string // the author line readability found, if any
	// Text is the article text: UTF-8 (NFC), paragraphs separated by
	// "\n\n", single spaces inside a paragraph, no leading or trailing
	// whitespace, the Options.Ignore patterns removed.
	Text    string
	Method  Method  // how Text was found
	Reason  string  // why a fallback Method was used; empty otherwise
	Charset Charset // the encoding the page was decoded from
}

// Errors returned for pages that cannot be reduced; test with errors.Is.
var (
	// ErrNoText means the page, or what the selector matched, holds no
	// readable text (after the ignore patterns were removed).
	ErrNoText = errors.New("extract: no text found")
	// ErrNotHTML means the body is binary or declared as a non-text type
	// (an image, a PDF, an archive...).
	ErrNotHTML = errors.New("extract: not an HTML page")
	// ErrNoMatch means Options.Selector matched no element.
	ErrNoMatch = errors.New("extract: selector matched nothing")
	// ErrTooLarge means the body is larger than MaxSize.
	ErrTooLarge = errors.New("extract: page too large")
)

const (
	// MaxSize is the largest body HTML and Page accept, in bytes. Fetchers
	// should stop reading well before (the watcher's default is 10 MB).
	MaxSize = 64 << 20

	// MaxElements is the number of tags beyond which a page is not built
	// into a tree but read as a token stream (MethodTokens), so that time
	// and memory stay proportional to its size. Real news pages have a
	// few thousand.
	MaxElements = 100_000

	// minArticle is the length, in runes, under which readability's result
	// is suspected to be a fragment and is compared with the whole body.
	minArticle = 250
)

// HTML reduces an HTML page to its article text. contentType is the HTTP
// Content-Type header, possibly empty; the body is converted to UTF-8 from
// its declared or sniffed charset. It is Page without the metadata, and
// like Page it is safe for concurrent use.
func HTML(body []byte, contentType string, opts Options) (string, error) {
	a, err := Page(body, contentType, opts)
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// Page reduces an HTML page to its article text, like HTML, and also
// reports the title, the byline, the charset and the method used.
//
// Without a selector the text is the main content readability finds, its
// title first; if that is missing or a short fragment of a longer page,
// it is the <body> text without page furniture (MethodBody). With a
// selector it is the text of every matched element, in document order.
// Either way the content is rendered by Text. Pages nested deeper than the
// HTML parser allows, or with more than MaxElements tags, are read as a
// token stream (MethodTokens), or fail when a selector was given; a
// text/plain body is kept as it is (MethodPlain). Binary bodies fail with ErrNotHTML, bodies over MaxSize
// with ErrTooLarge, and pages without text with ErrNoText.
func Page(body []byte, contentType string, opts Options) (Article, error) {
	var a Article
	var sel cascadia.Selector
	if opts.Selector != "" {
		var err error
		if sel, err = compileSelector(opts.Selector); err != nil {
			return a, err
		}
	}
	if len(body) > MaxSize {
		return a, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(body), MaxSize)
	}
	mediaType, err := checkType(body, contentType)
	if err != nil {
		return a, err
	}
	s, cs, err := Decode(body, contentType)
	if err != nil {
		return a, err
	}
	a.Charset = cs

	var doc *html.Node
	switch {
	case mediaType == "text/plain":
		a.Method, a.Text = MethodPlain, plainText(s)
	case countTags(s) > MaxElements:
		a.Method, a.Reason = MethodTokens, fmt.Sprintf("more than %d elements", MaxElements)
	default:
		if doc, err = html.Parse(strings.NewReader(s)); err != nil {
			// The parser refuses trees deeper than 512 elements.
			a.Method, a.Reason = MethodTokens, fmt.Sprintf("html parser: %v", err)
		}
	}
	if a.Method == MethodTokens {
		if sel != nil {
			// The whole page is no substitute for the part the user chose.
			return a, fmt.Errorf("extract: selector %q cannot be applied: %s", opts.Selector, a.Reason)
		}
		a.Text = tokenText(s)
	}
	if doc != nil {
		a.Title = documentTitle(doc)
		if sel == nil {
			article(&a, doc, s, opts.URL)
		} else {
			a.Method = MethodSelector
			if a.Text, err = selected(doc, sel, opts.Selector); err != nil {
				return a, err
			}
		}
	}

	a.Text = norm.NFC.String(strings.ToValidUTF8(a.Text, "\uFFFD"))
	a.Title = norm.NFC.String(strings.ToValidUTF8(collapse(a.Title), "\uFFFD"))
	a.Byline = norm.NFC.String(strings.ToValidUTF8(collapse(a.Byline), "\uFFFD"))
	if len(opts.Ignore) > 0 {
		if a.Text, err = ignore(a.Text, opts.Ignore); err != nil {
			return a, err
		}
	}
	if a.Text == "" {
		if a.Method == MethodSelector {
			return a, fmt.Errorf("%w in the elements matching %q", ErrNoText, opts.Selector)
		}
		return a, fmt.Errorf("%w (method %s)", ErrNoText, a.Method)
	}
	return a, nil
}

// CheckSelector returns nil if Options.Selector accepts s (an empty s,
// meaning readability, included), and the selector parser's complaint if
// not; for validating configuration before any page is fetched.
func CheckSelector(s string) error {
	if s == "" {
		return nil
	}
	_, err := compileSelector(s)
	return err
}

func compileSelector(s string) (cascadia.Selector, error) {
	sel, err := cascadia.Compile(s)
	if err != nil {
		return nil, fmt.Errorf("extract: selector %q: %w", s, err)
	}
	return sel, nil
}

// checkType rejects bodies that are not text, and returns the declared
// media type ("" when none was declared).
func checkType(body []byte, contentType string) (string, error) {
	var mediaType string
	if contentType != "" {
		if mt, _, err := mime.ParseMediaType(contentType); err == nil {
			mediaType = mt
		}
	}
	if binaryType(mediaType) {
		return "", fmt.Errorf("%w: Content-Type %s", ErrNotHTML, mediaType)
	}
	if len(body) == 0 {
		return "", fmt.Errorf("%w: empty body", ErrNoText)
	}
	if name, _ := bomCharset(body); strings.HasPrefix(name, "utf-16") {
		return mediaType, nil
	}
	if h, _ := headerEncoding(contentType); strings.HasPrefix(h, "utf-16") {
		return mediaType, nil
	}
	sniffed, _, err := mime.ParseMediaType(http.DetectContentType(body))
	switch {
	case err != nil:
	case !textType(sniffed):
		return "", fmt.Errorf("%w: content looks like %s", ErrNotHTML, sniffed)
	case mediaType == "text/plain" && sniffed == "text/html":
		// A page served as plain text by a careless server (or read
		// from a file) is still a page.
		return sniffed, nil
	}
	return mediaType, nil
}

// binaryType reports whether a declared media type can hold no page.
func binaryType(mt string) bool {
	switch {
	case mt == "":
		return false
	case strings.HasPrefix(mt, "image/"), strings.HasPrefix(mt, "audio/"),
		strings.HasPrefix(mt, "video/"), strings.HasPrefix(mt, "font/"),
		strings.HasPrefix(mt, "model/"):
		return true
	case strings.HasPrefix(mt, "application/"):
		// Servers label pages octet-stream often enough to let the
		// content decide.
		return !textType(mt) && mt != "application/octet-stream"
	}
	return false
}

// textType reports whether a media type is text a page can be read from.
func textType(mt string) bool {
	return strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml" ||
		mt == "application/xml" || strings.HasSuffix(mt, "+xml")
}

// countTags counts what look like start tags, cheaply, to decide whether
// a page is small enough to build into a tree.
func countTags(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '<' {
			if c := s[i+1]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				n++
			}
		}
	}
	return n
}

// selected renders the elements sel matches, in document order; an
// element inside another matched one is rendered once, with its ancestor.
func selected(doc *html.Node, sel cascadia.Selector, selector string) (string, error) {
	nodes := goquery.NewDocumentFromNode(doc).FindMatcher(sel).Nodes
	if len(nodes) == 0 {
		return "", fmt.Errorf("%w: %q", ErrNoMatch, selector)
	}
	matched := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		matched[n] = true
	}
	var w textWriter
	for _, n := range nodes {
		if hasAncestorIn(n, matched) {
			continue
		}
		w.breakPara()
		w.node(n, 0, false)
		w.breakPara()
	}
	return w.String(), nil
}

func hasAncestorIn(n *html.Node, set map[*html.Node]bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if set[p] {
			return true
		}
	}
	return false
}

// article fills a with readability's main content, or with the body text
// when readability finds none or a fragment. doc is consumed (readability
// rewrites it); s is the page, parsed again for the fallback.
func article(a *Article, doc *html.Node, s string, u *url.URL) {
	sf := standfirst(doc)
	box := summaryBox(doc)
	caption := leadCaption(doc)
	keepStoryParts(doc)
	dropMarketWidgets(doc)
	dropProgressWidgets(doc)
	dropLiveWidgets(doc)
	dropOddsTables(doc)
	dropSponsoredBoxes(doc)
	dropComponentJunk(doc)
	dropJunkTables(doc)
	dropLayoutColumns(doc)
	markSideColumns(doc)
	unlinkProse(doc)
	boxes := storyBoxes(doc)
	r, err := readable(doc, u)
	var text string
	if err == nil && r.Node != nil {
		dropOutsideArticle(r.Node)
		text = Text(r.Node)
		if t := collapse(r.Title()); t != "" && text != "" && !leadsWith(text, t) {
			text = t + "\n\n" + text
		}
		text = withStandfirst(text, sf)
		text = withSummaryBox(text, sf, box)
		text = withSummaryBox(text, sf, caption)
		text = withStoryBoxes(text, boxes)
		if t := r.Title(); t != "" {
			a.Title = t
		}
		a.Byline = r.Byline()
	}
	a.Method, a.Text = MethodReadability, text
	if bodyLen(text) >= minArticle {
		return
	}

	// Readability found nothing, or a fragment: see what the body holds.
	body := bodyText(s)
	switch {
	case text == "":
		a.Method, a.Text = MethodBody, body
		if err != nil {
			a.Reason = fmt.Sprintf("readability: %v", err)
		} else {
			a.Reason = "readability found no article"
		}
	case body == "":
	case bodyLen(body) > 3*bodyLen(text):
		// A fragment: the article is elsewhere.
		a.Method, a.Text = MethodBody, body
		a.Reason = fmt.Sprintf("readability found only %d of %d characters", bodyLen(text), bodyLen(body))
	case bodyLen(body) <= bodyLen(text):
		// Readability gave up and kept the page, furniture included.
		a.Method, a.Text = MethodBody, body
		a.Reason = fmt.Sprintf("readability kept page furniture (%d characters, %d without)", bodyLen(text), bodyLen(body))
	}
}

// factBoxClass is the class keepStoryParts gives a box of the story's own
// figures ("Key facts"); readability keeps an element so named, and the
// renderer reads it as the story's whatever its other classes say.
const factBoxClass = "article-factbox"

// keepStoryParts readies the tree for readability, which drops every
// aside and every element whose class says "comment" or "sidebar": an
// aside that storyAside takes for a part of the story (a timeline, a fact
// box) becomes a div, a box headed "Key facts" is named a part of the
// article, and a live commentary ("commentary",
// "match-commentary"), the story of a match minute by minute, gains the
// class "article-commentary", which readability keeps.
func keepStoryParts(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) == atom.Aside && (storyAside(c) || (inTextFlow(c) || inArticle(c)) && !junk(c) && labelledList(c)) {
			c.Data, c.DataAtom = "div", atom.Div
			// Named a part of the story, as a "Key facts" box is:
			// readability, keeping only the element of the text
			// beside it, would drop it.
			addClass(c, factBoxClass)
		}
		if factBox(c) {
			// "Key facts" in a box a site names "sidebar-box": the
			// story's own figures, which readability would drop with
			// the sidebar it takes it for.
			if tagAtom(c) == atom.Aside {
				c.Data, c.DataAtom = "div", atom.Div
			}
			// Its role may call it a sidebar ("complementary"), which
			// the renderer leaves out as a landmark of the page.
			dropChromeRole(c)
			addClass(c, factBoxClass)
		}
		for _, a := range c.Attr {
			if a.Namespace != "" || a.Key != "class" {
				continue
			}
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "commentary") {
				addClass(c, "article-commentary")
			}
			if strings.Contains(v, "gallery") && !strings.Contains(v, "slideshow") && countCaptions(c, 2) >= 2 {
				// A photo story told in its slides' captions: "The
				// display team flies 100 metres above the runway."
				addClass(c, "article-gallery")
			}
		}
		keepStoryParts(c)
	}
}

// countCaptions counts the figure captions under n, up to limit.
func countCaptions(n *html.Node, limit int) int {
	count := 0
	for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if tagAtom(c) == atom.Figcaption {
			count++
			continue
		}
		count += countCaptions(c, limit-count)
	}
	return count
}

// dropChromeRole removes from n a role attribute that names it page
// furniture, for a box that is the story's own.
func dropChromeRole(n *html.Node) {
	for k, a := range n.Attr {
		if chromeRoleAttr(a) {
			n.Attr = append(n.Attr[:k], n.Attr[k+1:]...)
			return
		}
	}
}

// addClass adds name to the class of element n.
func addClass(n *html.Node, name string) {
	for k, a := range n.Attr {
		if a.Namespace == "" && a.Key == "class" {
			n.Attr[k].Val = a.Val + " " + name
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: name})
}

// readable runs readability, turning a panic in it into an error: the
// page then falls back to its body text instead of taking the caller
// down.
func readable(doc *html.Node, u *url.URL) (r readability.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = readability.Article{}, fmt.Errorf("panic: %v", p)
		}
	}()
	p := readability.NewParser()
	p.KeepClasses = true // for junk()
	return p.ParseAndMutate(doc, u)
}

// bodyLen is the length that compares texts: runes.
func bodyLen(s string) int { return utf8.RuneCountInString(s) }

// bodyText renders the page's body without page furniture.
func bodyText(s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return tokenText(s)
	}
	w := textWriter{dropChrome: true}
	w.node(doc, 0, false)
	return w.String()
}

// leadsWith reports whether one of the text's first paragraphs is the
// title, or a part of it of two words or more when it is "headline - site
// name", so that the title is not repeated.
func leadsWith(text, title string) bool {
	parts := titleParts(title)
	for i, para := range strings.SplitN(text, "\n\n", 6) {
		if i == 5 {
			break
		}
		if para == title {
			return true
		}
		for _, part := range parts {
			if para == part && strings.Contains(part, " ") {
				return true
			}
		}
	}
	return false
}

// titleParts splits a "headline | site name" title at its separators: a
// punctuation mark between spaces.
func titleParts(title string) []string {
	var parts []string
	for {
		cut := -1
		for _, sep := range []string{" - ", " | ", " – ", " — ", " : ", " :: ", " » ", " · ", " / "} {
			if i := strings.Index(title, sep); i >= 0 && (cut < 0 || i < cut) {
				cut = i
			}
		}
		if cut < 0 {
			return append(parts, title)
		}
		parts = append(parts, title[:cut])
		rest := title[cut+1:]
		title = rest[strings.IndexByte(rest, ' ')+1:]
	}
}

// documentTitle returns the text of the page's first <title>.
func documentTitle(doc *html.Node) string {
	var find func(*html.Node, int) *html.Node
	find = func(n *html.Node, depth int) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			return n
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body || depth > 8 {
			return nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := find(c, depth+1); t != nil {
				return t
			}
		}
		return nil
	}
	t := find(doc, 0)
	if t == nil {
		return ""
	}
	var b strings.Builder
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// collapse renders s as one paragraph.
func collapse(s string) string {
	var w textWriter
	w.text(s)
	return w.String()
}
