package extract

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenCase is a page reduced and compared with testdata/<name>.golden.
type goldenCase struct {
	name        string
	file        string // under testdata/; empty when body is set
	body        []byte
	contentType string
	selector    string
	ignore      []string
}

func goldenCases(t *testing.T) []goldenCase {
	t.Helper()
	latin1, err := os.ReadFile("testdata/latin1.html")
	if err != nil {
		t.Fatal(err)
	}
	// The same French article as UTF-16LE with a byte order mark.
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(
		[]byte(strings.Replace(decodeLatin1(latin1), "charset=ISO-8859-1", "charset=utf-16", 1)))
	if err != nil {
		t.Fatal(err)
	}
	return []goldenCase{
		{name: "news", file: "news-floods.html", contentType: "text/html; charset=utf-8"},
		// A fact box and a captioned table set beside the element of the
		// text, inside <article>; a tide table in the sidebar is not the
		// story's.
		{name: "story-siblings", file: "story-siblings.html"},
		// A box of labelled sums closing the text, after its last
		// paragraph; a labelled box in the sidebar is not the story's.
		{name: "closing-box", file: "closing-box.html"},
		{name: "news-ignore", file: "news-floods.html", contentType: "text/html",
			ignore: []string{`(?m)^Reporting by .*$`, `\(Daily Ledger\) - `, `Roads and power cut`}},
		{name: "news-selector", file: "news-floods.html", selector: "article .story-body"},
		{name: "latin1", file: "latin1.html", contentType: "text/html"},
		{name: "cp1252", file: "cp1252.html", contentType: "text/html; charset=windows-1252"},
		{name: "cp1252-undeclared", file: "cp1252.html"},
		{name: "shift_jis", file: "shift_jis.html", contentType: "text/html"},
		{name: "gbk", file: "gbk.html"},
		{name: "utf16-bom", body: utf16, contentType: "text/html; charset=iso-8859-1"},
		{name: "mismatch-header-latin1-body-utf8", file: "mismatch-header-latin1-body-utf8.html",
			contentType: "text/html; charset=ISO-8859-1"},
		{name: "mismatch-header-1252-meta-utf8", file: "mismatch-header-1252-meta-utf8.html",
			contentType: "text/html; charset=windows-1252"},
		{name: "mismatch-header-utf8-meta-latin1", file: "mismatch-header-utf8-meta-latin1.html",
			contentType: "text/html; charset=utf-8"},
		{name: "unknown-charset", file: "latin1.html", contentType: "text/html; charset=x-klingon"},
		{name: "live-blog", file: "live-blog.html"},
		{name: "live-blog-selector", file: "live-blog.html", selector: "#live-updates .entry-body"},
		{name: "live-blog-selector-nested", file: "live-blog.html", selector: ".entry-body p, .entry"},
		{name: "brief", file: "brief.html"},
		{name: "factbox", file: "factbox.html"},
		{name: "sidebar-factbox", file: "sidebar-factbox.html"},
		{name: "terms-box", file: "terms-box.html"},
		{name: "board-after-wrapper", file: "board-after-wrapper.html"},
		{name: "standfirst", file: "standfirst.html"},
		{name: "lead-caption", file: "lead-caption.html"},
		{name: "gallery-caption", file: "gallery-caption.html"},
		{name: "key-developments", file: "key-developments.html"},
		{name: "liveblog-summary", file: "liveblog-summary.html"},
		{name: "key-highlights", file: "key-highlights.html"},
		{name: "article-takeaways", file: "article-takeaways.html"},
		{name: "commentary", file: "commentary.html"},
		{name: "photo-gallery", file: "photo-gallery.html"},
		{name: "live-widgets", file: "live-widgets.html"},
		{name: "table-after-article", file: "table-after-article.html"},
		{name: "component-share", file: "component-share.html"},
		{name: "plain", file: "plain.txt", contentType: "text/plain; charset=utf-8"},
		{name: "html-served-as-plain", file: "brief.html", contentType: "text/plain"},
		{name: "deep", body: []byte("<!DOCTYPE html><title>Deep</title><p>Before the nest.</p>" +
			strings.Repeat("<div>", 600) + "<p>Inside 600 divs, 42 items.</p>" +
			strings.Repeat("</div>", 600) + "<script>var x = 1;</script><p>After: 7 more.</p>")},
		{name: "many-elements", body: []byte("<html><body><h1>Wide page</h1>" +
			strings.Repeat("<i></i>", MaxElements) + "<p>Still read: 12 apples.</p><p>And 3 pears.</p></body></html>")},
	}
}

func decodeLatin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func TestPageGolden(t *testing.T) {
	for _, tc := range goldenCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			body := tc.body
			if tc.file != "" {
				var err error
				if body, err = os.ReadFile(filepath.Join("testdata", tc.file)); err != nil {
					t.Fatal(err)
				}
			}
			opts := Options{Selector: tc.selector}
			for _, p := range tc.ignore {
				opts.Ignore = append(opts.Ignore, regexp.MustCompile(p))
			}
			a, err := Page(body, tc.contentType, opts)
			if err != nil {
				t.Fatalf("Page(%s) error: %v", tc.name, err)
			}
			got := describe(a)

			// HTML is Page's text.
			text, err := HTML(body, tc.contentType, opts)
			if err != nil || text != a.Text {
				t.Errorf("HTML(%s) = %q, %v; want Page's text", tc.name, text, err)
			}
			checkShape(t, a.Text)

			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("Page(%s) differs from %s:\n--- got\n%s\n--- want\n%s", tc.name, golden, got, want)
			}
		})
	}
}

// describe renders an Article for a golden file: metadata, a blank line,
// then the text.
func describe(a Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\nmethod: %s\n", a.Title, a.Byline, a.Method)
	if a.Reason != "" {
		fmt.Fprintf(&b, "reason: %s\n", a.Reason)
	}
	fmt.Fprintf(&b, "charset: %s (%s)\n", a.Charset.Name, a.Charset.Source)
	for _, s := range a.Charset.Ignored {
		fmt.Fprintf(&b, "ignored: %s\n", s)
	}
	b.WriteString("\n")
	b.WriteString(a.Text)
	b.WriteString("\n")
	return b.String()
}

// checkShape checks the promises Article.Text makes about its form.
func checkShape(t *testing.T, text string) {
	t.Helper()
	if !utf8.ValidString(text) {
		t.Errorf("text is not valid UTF-8: %q", text)
	}
	if strings.TrimSpace(text) != text {
		t.Errorf("text has leading or trailing whitespace: %q", text)
	}
	for _, para := range strings.Split(text, "\n\n") {
		if para == "" || strings.ContainsAny(para, "\n\t\r") || strings.Contains(para, "  ") ||
			strings.TrimSpace(para) != para {
			t.Errorf("malformed paragraph %q", para)
		}
	}
}

func TestPageErrors(t *testing.T) {
	noText, err := os.ReadFile("testdata/no-text.html")
	if err != nil {
		t.Fatal(err)
	}
	news, err := os.ReadFile("testdata/news-floods.html")
	if err != nil {
		t.Fatal(err)
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3}, 64)...)
	tests := []struct {
		name        string
		body        []byte
		contentType string
		opts        Options
		want        error // nil: any error
	}{
		{"empty", nil, "text/html", Options{}, ErrNoText},
		{"whitespace", []byte(" \n\t "), "", Options{}, ErrNoText},
		{"empty document", []byte("<html><head></head><body></body></html>"), "", Options{}, ErrNoText},
		{"scripts only", noText, "text/html; charset=utf-8", Options{}, ErrNoText},
		{"png body", png, "", Options{}, ErrNotHTML},
		{"png declared", news, "image/png", Options{}, ErrNotHTML},
		{"pdf declared", news, "application/pdf", Options{}, ErrNotHTML},
		{"gzip body", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage"), "text/html", Options{}, ErrNotHTML},
		{"selector matches nothing", news, "", Options{Selector: "div.no-such-thing"}, ErrNoMatch},
		{"selector matches empty", news, "", Options{Selector: "img"}, ErrNoText},
		{"bad selector", news, "", Options{Selector: "div[["}, nil},
		{"ignore everything", news, "", Options{Ignore: []*regexp.Regexp{regexp.MustCompile(`(?s).+`)}}, ErrNoText},
		{"nil ignore", news, "", Options{Ignore: []*regexp.Regexp{nil}}, nil},
		{"too large", make([]byte, MaxSize+1), "text/html", Options{}, ErrTooLarge},
		{"selector on a page too deep", []byte(strings.Repeat("<div>", 600) + "<p>x</p>"), "", Options{Selector: "p"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := HTML(tc.body, tc.contentType, tc.opts)
			if err == nil {
				t.Fatalf("HTML(%s) = %q, nil; want an error", tc.name, got)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("HTML(%s) error = %v; want %v", tc.name, err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "extract: ") {
				t.Errorf("HTML(%s) error %q lacks the package prefix", tc.name, err)
			}
		})
	}
}

func TestCheckSelector(t *testing.T) {
	tests := []struct {
		sel string
		ok  bool
	}{
		{"article .story-body", true},
		{"#live-updates > .entry p:not(.time)", true},
		{"div[[", false},
		{"", true},
	}
	for _, tc := range tests {
		if err := CheckSelector(tc.sel); (err == nil) != tc.ok {
			t.Errorf("CheckSelector(%q) = %v; want ok=%v", tc.sel, err, tc.ok)
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs never glue", "<p>in the country.</p><p>Embassy guards</p>", "in the country.\n\nEmbassy guards"},
		{"inline runs on", "<p>at <b>least</b> <a href=x>25</a><span>th</span></p>", "at least 25th"},
		{"a tile's figure and label", `<div><span class="value">64</span><span class="label">shelter sites</span></div><p>5<span>km</span> and 2<sup>nd</sup></p>`, "64 shelter sites\n\n5km and 2nd"},
		{"divs and headings", "<h2>Title</h2><div>one</div><div>two</div>", "Title\n\none\n\ntwo"},
		{"br breaks", "<p>first line<br>second line<br><br><br>third</p>", "first line\n\nsecond line\n\nthird"},
		{"whitespace collapses", "<p>  a \n\t b\u00a0\u00a0c  </p>", "a b c"},
		{"list items", "<ul><li>25 dead</li><li>17 <i>missing</i></li></ul>", "25 dead\n\n17 missing"},
		{"table cells", "<table><tr><td>Harn</td><td>8</td></tr><tr><td>Ostry</td><td>3</td></tr></table>", "Harn; 8\n\nOstry; 3"},
		{"figure and caption", "<figure><img alt=x><figcaption>A street, on Monday.</figcaption></figure><p>Text</p>", "A street, on Monday.\n\nText"},
		{"blockquote", "<p>He said:</p><blockquote>“No.”</blockquote>", "He said:\n\n“No.”"},
		{"dropped elements", "<p>a</p><script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template>" +
			"<svg><text>s</text></svg><nav>n</nav><aside>r</aside><form>f<input></form><button>b</button><p>z</p>", "a\n\nz"},
		{"hidden", `<p>a<span hidden>h</span><span aria-hidden="true">i</span><span style="display: none">d</span>b</p>`, "ab"},
		{"ads and share bars", `<p>a</p><div class="ad-slot x">Advertisement</div><div id="share">Share</div><p>b</p>`, "a\n\nb"},
		{"site-prefixed and data-component junk", `<p>a</p><div class="dcr-newsletter">Read by more than 590,000 people</div><div id="cookiePrompt" class="ssrcss-cookie">We use 10 types of cookies</div><div data-component="key-events"><a><time>08.08 GMT</time> Power cut to 11,000 homes</a></div><p>b</p>`, "a\n\nb"},
		{"inline widget", `<p>a</p><div class="widget aftershock-monitor">29 events since 04:12</div><aside class="sidebar">Popular: 5 posts</aside><p>b</p>`, "a\n\nb"},
		{"a note's link glued to a figure", `<p>Revenue was £296m<a class="footnote-anchor" href="#footnote-2">2</a> and costs £40m<a href="#fn3">3</a>, up from <a href="/report">2</a> years ago.</p>`, "Revenue was £296m and costs £40m, up from 2 years ago."},
		{"words for screen readers", `<figure><img src="a.jpg"><figcaption><span class="visually-hidden">Image caption, </span>The lab handles 9,500 a day</figcaption></figure><p>a <span class="sr-only">(opens in new window)</span>b</p>`, "The lab handles 9,500 a day\n\na b"},
		{"a page's rating and consultation boxes", `<p>a</p><section class="have-your-say"><h2>Have your say</h2><p>3,542 responses received so far.</p></section><section class="rate-this-page"><p>Average rating 3.1 out of 5 from 172 ratings</p></section><p>b</p>`, "a\n\nb"},
		{"a series' other parts and topics to follow", `<p>a</p><section class="series-links"><h3>Explore the series</h3><ul><li><a href="/1">Part 1: How a $200bn industry escaped scrutiny</a></li></ul></section><section class="follow-topics"><ul><li>Ostra Motors</li></ul></section><p>b</p>`, "a\n\nb"},
		{"key events as links to entries", `<p>a</p><nav class="key-events"><ul><li><a href="#block-1"><time>01:20</time> Minister loses seat by 412 votes</a></li><li><a href="#block-2">Greens clear 5% threshold</a></li></ul></nav><p>b</p>`, "a\n\nb"},
		{"key events as sentences", `<p>a</p><section class="key-events"><h2>Key events</h2><ul><li>At least 212 people have died.</li><li>Seismologists have recorded 58 aftershocks.</li></ul></section><p>b</p>`, "a\n\nKey events\n\nAt least 212 people have died.\n\nSeismologists have recorded 58 aftershocks.\n\nb"},
		{"a list of links inside the story", `<p>a</p><ul><li><a href="/1">Council approves 12-storey tower</a></li><li><a href="/2">Flat sells for £1</a> <span>Sept. 20</span></li></ul><p>b</p>`, "a\n\nb"},
		{"a list of the story's points with a link in one", `<p>a</p><ul><li>Opened in 1884, the pub has 12 staff.</li><li>Its owners cite <a href="/r">a report</a> that bills rose 40% this year.</li></ul><p>b</p>`, "a\n\nOpened in 1884, the pub has 12 staff.\n\nIts owners cite a report that bills rose 40% this year.\n\nb"},
		{"a paper's list of its coverage", `<p>a</p><div class="css-ourcoverage"><h2>Our Coverage</h2><ul><li><a href="/c/0">Tracking 46 Bills Through Congress</a></li></ul></div><p>b</p>`, "a\n\nb"},
		{"match stats and standings", `<p>a</p><section class="match-stats"><ul><li>Overtakes: 35</li></ul></section><section class="standings"><table><tr><td>1</td><td>Brandt</td><td>212</td></tr></table></section><p>b</p>`, "a\n\nb"},
		{"a portal's price chips beside a company's name", `<p>Halvorsen Pharma (<a class="ticker" href="/quote/HLVP/">HLVP</a> <span class="chip up">+2.43%</span>) agreed to pay $66 a share.</p>`, "Halvorsen Pharma ( ) agreed to pay $66 a share."},
		{"a travel site's offers and search boxes", `<p>a</p><div class="flight-search"><p>Compare flights: Esterlund to Kaldora from £58</p></div><section class="deals"><div class="deal-card">Save 39% <span>10 nights from £809pp</span></div></section><p>b</p>`, "a\n\nb"},
		{"a box or a paragraph that offers to compare prices", `<p>a</p><div class="compare-box"><b>Compare insurance</b> &#8211; 50% of drivers could save up to &pound;483* with our partner.<br><small>Quotes from 140+ insurers.</small></div><p><strong>Compare energy deals:</strong> fixes from 24.1p per kWh.</p><p><strong>Compare 2024 and 2026:</strong> fares rose 12%.</p><p>b</p>`, "a\n\nCompare 2024 and 2026: fares rose 12%.\n\nb"},
		{"a ratings table in the story stays, a box of player ratings goes", `<p>a</p><table class="ratings"><tr><td>Dockside</td><td>1.7m</td></tr></table><div class="player-ratings"><p>Okafor 8</p></div><p>b</p>`, "a\n\nDockside; 1.7m\n\nb"},
		{"a block of code goes, a preformatted bulletin stays", "<p>a</p><pre><code>$ quarry build\nBuilt 1,204 targets in 41.3s</code></pre><pre>WINDS 40 TO 50 MPH</pre><p>b</p>", "a\n\nWINDS 40 TO 50 MPH\n\nb"},
		{"a newsletter's referral box", `<p>a</p><div class="refer-box"><h4>Refer a friend</h4><p>You have 3 referrals so far.</p></div><p>b</p>`, "a\n\nb"},
		{"a transfer page's table of deals stays, a travel site's deal card goes", `<p>a</p><table class="deals"><tr><td>Tremlett</td><td>£34m</td></tr></table><div class="deal-card"><p>Lisbon from £58</p></div><p>b</p>`, "a\n\nTremlett; £34m\n\nb"},
		{"a note on the method under its heading", `<p>a</p><section class="about-the-data"><h3>About the data</h3><p>Prices over the previous 30 days.</p></section><p>b</p>`, "a\n\nb"},
		{"a buy-photo link beside a picture", `<p>a</p><ul class="slide-actions"><li><a class="buy-photo" href="/p">Buy this photo – prints from £16.00</a></li></ul><p>b</p>`, "a\n\nb"},
		{"a comparison site's price alert box", `<p>a</p><div class="alerts"><h4>Get price alerts</h4><p>We will email you when it falls below £19.</p></div><p>b</p>`, "a\n\nb"},
		{"a ship tracker box", `<p>a</p><div class="ais-box"><h4>AIS tracker: Orla Bay</h4><p>Speed 6.8 kn, course 82°</p></div><p>b</p>`, "a\n\nb"},
		{"a markets board", `<p>a</p><div class="glance"><h2>Markets at a glance</h2><table><tr><td>Dow</td><td>43,104</td></tr></table></div><p>b</p>`, "a\n\nb"},
		{"a calculator's worked samples", `<p>a</p><div class="calc"><h3>Use our calculator</h3><p class="calc-sample">Children: 9. You keep £540 a year.</p></div><p>b</p>`, "a\n\nb"},
		{"a betting site's tips box", `<p>a</p><div class="best-bets"><h3>Best bets</h3><ul><li>Stags +7 (-170)</li></ul><p class="best-bets__record">Season record: 87-52 (+18.4 units)</p></div><p>b</p>`, "a\n\nb"},
		{"a property site's listing cards", `<p>a</p><div class="featured-listing"><h4>Featured listing</h4><div class="property-card"><div class="pc-badge">Auction Sat 27 Nov</div><div class="pc-price">$785,000</div><div class="pc-features">4 bed | 3 bath | 2 car | 797m²</div></div></div><p>b</p>`, "a\n\nb"},
		{"a notice page's history of its updates", `<p>a</p><section class="page-history"><h2>Updates to this page</h2><ul><li><time>24 November 2026</time> Case count revised.</li></ul></section><p>b</p>`, "a\n\nb"},
		{"a stats table under its heading, boxed", `<p>a</p><section class="match-stats"><h2>Match stats</h2><table><tr><th>Shots</th><td>19</td><td>11</td></tr></table></section><section class="standings"><h2>Table</h2><table><tr><td>1</td><td>Brandt</td><td>212</td></tr></table></section><p>b</p>`, "a\n\nMatch stats\n\nShots; 19; 11\n\nb"},
		{"the story's own stats table", `<p>a</p><table class="stats"><tr><td>North East</td><td>7.9%</td></tr></table><p>b</p>`, "a\n\nNorth East; 7.9%\n\nb"},
		{"team sheets, ratings and odds", `<p>a</p><section class="lineups"><ul><li>1 Reyes</li><li>4 Kerrow</li></ul></section><div class="player-ratings"><p>Reyes 9/10</p></div><div class="odds-strip">Home 2/1 Draw 9/4</div><p>b</p>`, "a\n\nb"},
		{"calls to action, tickers and a map's caption", `<div id="top-bar"><span class="date">Tuesday, 29 September 2026</span> <span class="weather">Tovar: 35&deg;C</span> <span class="ticker">Brent $83.03 -2.0%</span></div><p>a</p><div class="cta"><h3>Donate now</h3><p>$15 can provide clean water for a family for a month.</p></div><div class="map-embed"><iframe src="about:blank"></iframe><p class="map-caption">The zones cover about 7,400 sq km.</p></div><div class="video-embed"><p>Watch: 2:14</p></div><p>b</p>`, "a\n\nThe zones cover about 7,400 sq km.\n\nb"},
		{"embedded posts, ratings and gallery counts", `<p>a</p><blockquote class="twitter-tweet"><p>must be 1000 people here</p></blockquote><div class="review-score"><div class="rating">4/5</div></div><figure><figcaption>Screenshot <span class="count">1 of 16</span> - the map</figcaption></figure><p>b</p>`, "a\n\nScreenshot - the map\n\nb"},
		{"story behind a paywall", `<div class="paywall-visible"><p>17 were stolen.</p></div><div class="paywall-promo"><p>Subscribe: £1 for 4 months.</p></div><div class="paywall-hidden"><p>Police came 14 minutes later.</p></div><div class="subscriber-content"><p>A reward of £100,000 is offered.</p></div>`, "17 were stolen.\n\nPolice came 14 minutes later.\n\nA reward of £100,000 is offered."},
		{"a story aside and a sidebar", `<p>a</p><aside class="timeline"><h4>How it fell</h4><ul><li>2018: 2:06:20</li></ul></aside><aside class="pull-quote">"We ran 5 km"</aside><aside class="key-facts"><p>Cases: 212</p></aside><aside>Related: 3 ways</aside><p>b</p>`, "a\n\nHow it fell\n\n2018: 2:06:20\n\nCases: 212\n\nb"},
		{"market widgets named by their labels and data attributes", `<p>a</p><div class="qw" role="region" aria-label="Stock quote"><b>HWG</b> 1,842p +3.1%</div><div class="box" data-widget="stock-quote"><div>Mkt cap £9.8bn</div></div><div data-symbol="HWG"><div>52w 1,310p-1,905p</div></div><blockquote aria-label="Quote"><p>We sold 40,000 units.</p></blockquote><p>Shares in <a data-ticker="HWG" href="/q/HWG">Harrowgate</a> rose.</p>`, "a\n\nWe sold 40,000 units.\n\nShares in Harrowgate rose."},
		{"junk by a part of a class name", `<p>a</p><div class="weather-widget"><span>8°C</span></div><p class="counters">1,033 comments</p><div class="update-log"><p>09:52 - toll updated</p></div><div class="video-embed full-width"><span class="video-duration">3:02</span> <span>18,920 views</span></div><div class="bio"><p>Hannah has won 2 awards.</p></div><div class="inline-ad">Offer: 40% off</div><div class="newsletter-inline"><p>Read by 316,000 people.</p></div><div class="promo_box">Win £500</div><section class="comments-teaser"><a href="#c">76 comments</a></section><div class="live-meta"><span>Last updated 3 minutes ago</span> <span>13,245 watching</span></div><p>b</p>`, "a\n\nb"},
		{"a story whose wrapper's class has a junk part", `<div class="post has-ads newsletter-post">` + strings.Repeat("<p>The council approved 40 homes on the old bus depot site on Monday night after a long debate.</p>", 3) + `<div class="ad-slot-inline">Ad</div></div>`, strings.TrimSuffix(strings.Repeat("The council approved 40 homes on the old bus depot site on Monday night after a long debate.\n\n", 3), "\n\n")},
		{"footnote markers and sources", `<p>It has 46 cases.<sup><a href="#fn1">1</a></sup> Area: 10 km<sup>2</sup>.</p><div class="slide"><span class="slide-counter">1/3</span></div><section class="sources"><h2>Sources</h2><ol><li>Briefing 2, 9 May 2024</li></ol></section>`, "It has 46 cases. Area: 10 km2."},
		{"boxes named by their heading", `<p>a</p><div class="dyk"><h3>Did you know?</h3><p>The first one weighed 122 kg.</p></div><div class="x"><p class="q">Poll: Are you affected?</p><ul><li>Yes 41%</li></ul></div><section><h2>Cost</h2><p>It cost $5m.</p></section><p>b</p>`, "a\n\nCost\n\nIt cost $5m.\n\nb"},
		{"an email's sponsor cell", `<table><tr><td><p>The budget is $1.84 billion.</p></td></tr><tr><td style="background:#fff8e1"><p>PRESENTED BY</p><p>Sofas start at $249. Book before the 3rd for 10% off.</p></td></tr><tr><td><p>Libraries get $2.3 million.</p></td></tr></table>`, "The budget is $1.84 billion.\n\nLibraries get $2.3 million."},
		{"editor's note and correction boxes", `<p>a</p><div class="note"><p><strong>Editor&#8217;s note:</strong> First published at 7.15am.</p></div><div class="fix"><p><strong>Correction:</strong> An earlier version said 112 years.</p></div><p>b</p>`, "a\n\nb"},
		{"a site's search tool and its listings", `<p>a</p><section class="course-finder-panel"><h2>Course finder</h2><ul><li>BSc Computer Science</li><li>£21,496 per year</li><li>167 tariff points</li></ul></section><p>b</p>`, "a\n\nb"},
		{"a ticker whose lines readability makes paragraphs", `<p>a</p><div class="ticker-box"><div>Lots ticker</div><p class="tk-item"><span>LOT 174</span> <span>T. Achterberg</span> - <i>Untitled (red grid)</i> <span>est. $250,000-$300,000</span> <b>sold $265,000</b></p><p class="tk-item"><span>LOT 174</span> <span>T. Achterberg</span> - <i>Untitled (red grid)</i> <span>est. $250,000-$300,000</span> <b>sold $265,000</b></p><p class="tk-item"><span>LOT 174</span> <span>T. Achterberg</span> - <i>Untitled (red grid)</i> <span>est. $250,000-$300,000</span> <b>sold $265,000</b></p></div><p>b</p>`, "a\n\nb"},
		{"a shop's chart of bestsellers", `<p>a</p><section class="amp-bestsellers"><h2>Bestsellers this week</h2><p>Chart week 48</p><div class="carousel-card"><span>Whirlwind Stunt Drone</span> <span>£58.99</span> <span>4,403 reviews</span></div></section><p>b</p>`, "a\n\nb"},
		{"a currency converter named in parts", `<p>a</p><div class="box currency-box"><b>Converter</b><table><tr><td>GBP/USD</td><td>1.2730</td></tr></table></div><section class="card fx"><p>2,500 USD = 2,324.91 EUR</p></section><p>b</p>`, "a\n\nb"},
		{"a strip of live prices named by its role or its label", `<p>a</p><div class="prices-strip" role="marquee"><span>Ethanol T2</span> <b>€792/m³</b> +0.1%</div><div class="px" aria-label="Live commodity prices"><span>Feed wheat</span> £170.59/t</div><section aria-label="Live coverage"><p>Crews found 12 fields.</p></section><p>b</p>`, "a\n\nCrews found 12 fields.\n\nb"},
		{"a status box and a listing whose lines end in a bracketed count", `<p>a</p><div class="bathing-status-box"><h3>Bathing water</h3><ul><li>Sea temperature 11&deg;C</li><li>Overflow alerts today: 6</li></ul></div><div class="whatson-box"><p>Mon 8 Apr &middot; 1.30pm &ndash; Film in Concert, Assembly Rooms, Brackwater. Tickets from &pound;20 (208 left)</p><p>Wed 17 Apr &middot; 11.30am &ndash; Late Night Bach, Assembly Rooms, Brackwater. Tickets from &pound;14 (136 left)</p><p>Thu 25 Apr &middot; 3pm &ndash; New Music Showcase, Assembly Rooms, Brackwater. Tickets from &pound;14 (394 left)</p></div><p>b</p>`, "a\n\nb"},
		{"a widget named in short and a venue's timetable box, a timetable table kept", `<p>a</p><div class="wgt wgt-recall"><div class="wgt-hd">Recall checker</div><p class="lookup-stat">18,668 lookups today &middot; 61 live recalls</p></div><div class="pool-timetable"><h2>Pool timetable</h2><table><tr><td>Mon</td><td>06:15&ndash;07:15</td><td>6 lanes</td></tr></table></div><table class="timetable"><tr><td>Route 4</td><td>every 12 minutes</td></tr></table><p>b</p>`, "a\n\nRoute 4; every 12 minutes\n\nb"},
		{"a live gauge's dial and its readings", `<p>a</p><div class="live-gauge" data-component="fill-gauge"><p class="live-gauge-value"><strong>90.7%</strong> full</p><p>1,034.2 TWh in store &middot; 99 days of cover</p></div><p>b</p>`, "a\n\nb"},
		{"a poll box whose question's answers are shares", `<p>a</p><div class="poll-box"><div class="poll-q">Is the government spending enough?</div><div class="poll-a">Yes 72% &middot; No 28%</div></div><div class="poll-results"><p>Yes 52% No 48% in the referendum, the commission said.</p></div><p>b</p>`, "a\n\nYes 52% No 48% in the referendum, the commission said.\n\nb"},
		{"a live post's anchor made of its page's slug, an offer box's id", `<p>a</p><article class="lb-entry" id="post-porters-strike-a-pay-offer-3"><p>The firm offered 4%.</p></article><div id="fin-offer"><p>From &pound;199 a month</p></div><p>b</p>`, "a\n\nThe firm offered 4%.\n\nb"},
		{"a calculator named in one word with what it sums", `<p>a</p><section class="paycalc"><h2>What is your rise worth?</h2><p>On a salary of &pound;38,500, a 7.5% award is worth &pound;2,888 a year.</p></section><div class="taxcalc-result"><p>You pay &pound;412 a month.</p></div><p>b</p>`, "a\n\nb"},
		{"a port's board of arrivals", `<p>a</p><section class="amp-arrivals"><h3>Ships due</h3><ul><li><b>Tern</b> &ndash; ETA 21:25, draught 4.8 m</li><li><b>Orla K</b> &ndash; ETA 19:58, draught 10.4 m</li></ul></section><p>b</p>`, "a\n\nb"},
		{"a chart named a widget", `<p>a</p><section class="chart-widget"><h3>This weekend's top five</h3><ol><li>1. Vantage Point II - $71.0m</li><li>2. Starfall Road - $43.2m</li></ol></section><div class="chart-embed"><table><tr><th>Mill Lane</th><td>44.1</td></tr></table></div><p>b</p>`, "a\n\nMill Lane; 44.1\n\nb"},
		{"a Datawrapper chart's fallback table", `<p>a</p><div class="dw-embed"><iframe src="https://datawrapper.dwcdn.net/aP19z/11/"></iframe><div class="dw-fallback"><table><tr><th>Mill Lane</th><td>44.1</td></tr></table></div></div><p>b</p>`, "a\n\nMill Lane; 44.1\n\nb"},
		{"a portal's slideshow of another story and emoji counts", `<p>a</p><div class="slideshow" data-embed="gallery"><div class="slide-title">16 cheapest places to buy a home</div><div class="slide-caption">Slide 1: average asking price &pound;313,000</div></div><div class="reactions"><span>5.7K</span> <span>462</span></div><p>b</p>`, "a\n\nb"},
		{"a live post restated under a correction label", `<p>a</p><div class="post"><p><strong>CORRECTION:</strong> The firm cut about 2,400 jobs. An earlier version of this post misstated it.</p></div><p>b</p>`, "a\n\nCORRECTION: The firm cut about 2,400 jobs. An earlier version of this post misstated it.\n\nb"},
		{"a story opening with a correction keeps its story", `<div class="body"><p>Correction: see below.</p><p>` + strings.Repeat("The council approved 40 homes. ", 30) + `</p></div>`, strings.TrimSpace(strings.Repeat("The council approved 40 homes. ", 30))},
		{"author bio", `<p>a</p><div class="author-bio"><p>Elena has written 540 articles and has 85,459 followers.</p></div><p>b</p>`, "a\n\nb"},
		{"paywall teaser", `<p>a</p><div class="paywall-teaser"><p>Subscribe for £1 a week for 3 months.</p></div><div class="subscribe-box">Offer ends in 5 days</div><p>b</p>`, "a\n\nb"},
		{"soft hyphen and controls", "<p>Bun\u00addes\x01tag</p>", "Bundestag"},
		{"replacement kept", "<p>a\ufffdb</p>", "a\ufffdb"},
		{"ruby", "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>都</p>", "東京都"},
		{"empty", "<div> <p> </p> </div>", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.html))
			if err != nil {
				t.Fatal(err)
			}
			if got := Text(doc); got != tc.want {
				t.Errorf("Text(%q) = %q; want %q", tc.html, got, tc.want)
			}
		})
	}
}

func TestTokenText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"blocks", "<p>a</p><p>b<br>c</p>", "a\n\nb\n\nc"},
		{"raw text skipped", "<p>a</p><script>if (a < b) { x() }</script><style>p{}</style><title>T</title><p>b</p>", "a\n\nb"},
		{"self-closing script", "<p>a</p><script/>var x;</script><p>b</p>", "a\n\nb"},
		{"unclosed script", "<p>a</p><script>var x;", "a"},
		{"cells", "<tr><td>x</td><td>1</td></tr>", "x 1"},
	}
	for _, tc := range tests {
		if got := tokenText(tc.html); got != tc.want {
			t.Errorf("tokenText(%q) = %q; want %q", tc.html, got, tc.want)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name        string
		body        []byte
		contentType string
		want        string // a substring of the result
		charset     string
		source      string
	}{
		{"utf-8 undeclared", []byte("<p>€5</p>"), "", "€5", "utf-8", "content"},
		{"ascii undeclared", []byte("<p>5</p>"), "", "<p>5</p>", "utf-8", "content"},
		{"latin-1 undeclared", []byte("<p>caf\xe9</p>"), "", "café", "windows-1252", "default"},
		{"latin-1 label is windows-1252", []byte("<p>\x93q\x94 \x80</p>"), "text/html; charset=ISO-8859-1", "“q” €", "windows-1252", "header"},
		{"meta charset", []byte("<meta charset=\"windows-1252\"><p>\x80</p>"), "", "€", "windows-1252", "meta"},
		{"meta http-equiv", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>"), "", "Привет", "koi8-r", "meta"},
		{"quoted header", []byte("<p>\xe9</p>"), `text/html; charset="iso-8859-15"`, "é", "iso-8859-15", "header"},
		{"malformed header", []byte("<p>\xe9</p>"), `text/html;; charset=latin1;`, "é", "windows-1252", "header"},
		{"header beats meta", []byte("<meta charset=\"koi8-r\"><p>\xe9</p>"), "text/html; charset=windows-1252", "é", "windows-1252", "header"},
		{"valid utf-8 beats legacy", []byte(`<meta charset="windows-1252"><p>caf` + "\u00e9" + `</p>`), "text/html; charset=iso-8859-1", "café", "utf-8", "content"},
		{"utf-8 bom", []byte("\xef\xbb\xbf<p>\u00e9</p>"), "text/html; charset=windows-1252", "<p>é</p>", "utf-8", "bom"},
		{"utf-16be bom", []byte("\xfe\xff\x00<\x00p\x00>\x00\xe9"), "", "<p>é", "utf-16be", "bom"},
		{"invalid utf-8 replaced", []byte("<p>a\xffb</p>"), "text/html; charset=utf-8", "a\ufffdb", "utf-8", "header"},
		{"unknown header falls to meta", []byte("<meta charset=\"windows-1252\"><p>\x80</p>"), "text/html; charset=bogus", "€", "windows-1252", "meta"},
		{"replacement label ignored", []byte("<p>\xe9</p>"), "text/html; charset=iso-2022-kr", "é", "windows-1252", "default"},
		{"meta utf-16 means utf-8", []byte(`<meta charset="utf-16"><p>` + "\u00e9</p>"), "", "é", "utf-8", "meta"},
		{"invalid shift_jis replaced", []byte("<p>\x82\xa0\x82</p>"), "text/html; charset=shift_jis", "あ\ufffd", "shift_jis", "header"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, cs, err := Decode(tc.body, tc.contentType)
			if err != nil {
				t.Fatalf("Decode(%q, %q) error: %v", tc.body, tc.contentType, err)
			}
			if !strings.Contains(got, tc.want) || !utf8.ValidString(got) {
				t.Errorf("Decode(%q, %q) = %q; want it to contain %q", tc.body, tc.contentType, got, tc.want)
			}
			if cs.Name != tc.charset || cs.Source != tc.source {
				t.Errorf("Decode(%q, %q) charset = %s (%s); want %s (%s)", tc.body, tc.contentType, cs.Name, cs.Source, tc.charset, tc.source)
			}
		})
	}
}

func TestIgnore(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		patterns []string
		want     string
	}{
		{"removes all matches", "Updated 2 hours ago\n\nToll 25. Updated 1 hour ago.", []string{`Updated \d+ hours? ago\.?`}, "Toll 25."},
		{"tidies spaces", "a  AD b", []string{`AD`}, "a b"},
		{"joins into a new match", "aabb", []string{`ab`}, ""},
		{"several patterns", "x1 y2 z3", []string{`x\d`, `z\d`}, "y2"},
		{"empty matches remove nothing", "abc", []string{`q*`}, "abc"},
		{"paragraph break pattern", "a\n\nb", []string{`\n\n`}, "ab"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var res []*regexp.Regexp
			for _, p := range tc.patterns {
				res = append(res, regexp.MustCompile(p))
			}
			got, err := ignore(tc.text, res)
			if err != nil || got != tc.want {
				t.Errorf("ignore(%q, %q) = %q, %v; want %q", tc.text, tc.patterns, got, err, tc.want)
			}
		})
	}
}

// TestHostile checks that pathological pages end in bounded time with a
// result or a clear error, never a panic.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	nested := bytes.Repeat([]byte("<div>"), 10<<20) // 50 MB
	nested = append(nested, "<p>deep 5 text</p>"...)
	wide := bytes.Repeat([]byte("<div><p>x</p></div>"), 1<<20) // 19 MB, 3M elements
	unclosed := bytes.Repeat([]byte("<b><i><a href=x>"), 100_000)
	tests := []struct {
		name string
		body []byte
		want string // a substring of the text; empty: an error is fine
	}{
		{"50 MB of nested divs", nested, "deep 5 text"},
		{"3 million elements", wide, "x"},
		{"unclosed formatting", unclosed, ""},
		{"random bytes", bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef, 0x3c}, 1<<16), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			got, err := HTML(tc.body, "", Options{})
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("HTML(%s) took %v", tc.name, d)
			}
			if tc.want != "" && (err != nil || !strings.Contains(got, tc.want)) {
				t.Errorf("HTML(%s) = %.80q, %v; want text containing %q", tc.name, got, err, tc.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("HTML(%s) is not valid UTF-8", tc.name)
			}
		})
	}
}

func TestLeadsWith(t *testing.T) {
	tests := []struct {
		text, title string
		want        bool
	}{
		{"Floods kill 25\n\nText", "Floods kill 25", true},
		{"Floods kill 25\n\nText", "Floods kill 25 - The Daily Ledger", true},
		{"Floods kill 25\n\nText", "Live | Floods kill 25 | World | The Daily Ledger", true},
		{"Covid-19 cases rise\n\nText", "Covid-19 cases rise – Site", true},
		{"Other text", "Floods kill 25 - The Daily Ledger", false},
		{"Ledger\n\nText", "Floods kill 25 in the valley - Ledger", false},
	}
	for _, tc := range tests {
		if got := leadsWith(tc.text, tc.title); got != tc.want {
			t.Errorf("leadsWith(%q, %q) = %v; want %v", tc.text, tc.title, got, tc.want)
		}
	}
}

func TestCharsetParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=utf-8", "utf-8"},
		{"text/html; CHARSET = 'Shift_JIS' ", "Shift_JIS"},
		{`text/html; charset="koi8-r`, ""},
		{"text/html; charsets; charset=gbk;x", "gbk"},
		{"\xf4charset=latin1", "latin1"},
		{"\xf4\xf4\xf4charset", ""},
	}
	for _, tc := range tests {
		if got := charsetParam(tc.in); got != tc.want {
			t.Errorf("charsetParam(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestIgnoreBounded(t *testing.T) {
	// Each round removes only the middle "ab", joining a new one.
	text := strings.Repeat("a", 100) + strings.Repeat("b", 100)
	got, err := ignore(text, []*regexp.Regexp{regexp.MustCompile(`ab`)})
	if err == nil || !strings.Contains(err.Error(), "still matching") {
		t.Errorf("ignore(a…ab…b, ab) = %.20q, %v; want a still-matching error", got, err)
	}
	if _, err := HTML([]byte("<p>"+text+"</p>"), "", Options{Ignore: []*regexp.Regexp{regexp.MustCompile(`ab`)}}); err == nil {
		t.Errorf("HTML with a never-settling ignore pattern: no error")
	}
}

// TestStandfirstName checks which class names mark a standfirst: whole,
// after a site's prefix, or after a block's "__".
func TestStandfirstName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"standfirst", true},
		{"c-standfirst", true},
		{"article-dek", true},
		{"hero__summary", true},
		{"summary", true},
		{"story-body", false},
		{"summary-card-list", false},
		{"hero", false},
	}
	for _, tt := range tests {
		if got := standfirstName(tt.name); got != tt.want {
			t.Errorf("standfirstName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLeadCaption checks which caption near the headline is taken for the
// lead picture's: a <figcaption>, or a block named a caption beside a
// picture; not a widget's "caption" or a gallery's count.
func TestLeadCaption(t *testing.T) {
	const head = `<div class="top"><div class="hl"><h1>Rescue to close</h1></div><div class="media">`
	tests := []struct {
		name, page, want string
	}{
		{"figcaption", head + `<figure><img src="a.jpg"><figcaption>The pens, which shut on 31 January.</figcaption></figure></div></div>`,
			"The pens, which shut on 31 January."},
		{"named caption beside a picture", head + `<img src="a.jpg"><p class="story-caption">The pens, which shut on 31 January.</p></div></div>`,
			"The pens, which shut on 31 January."},
		{"named caption beside an AMP picture", head + `<amp-img src="a.jpg"></amp-img><div class="caption">The pens, which shut on 31 January.</div></div></div>`,
			"The pens, which shut on 31 January."},
		{"a widget's caption", head + `<ul><li>Harlow 3h 35m</li></ul><p class="panel-caption">Estimated waits. Updated at 08:16. 23 spaces free.</p></div></div>`, ""},
		{"a gallery's count", head + `<figure><img src="a.jpg"><figcaption>Photo: Post staff. 37 photos in gallery</figcaption></figure></div></div>`, ""},
		{"a caption with no figure", head + `<img src="a.jpg"><p class="story-caption">Volunteers feed the animals at dusk.</p></div></div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := leadCaption(doc); got != tt.want {
				t.Errorf("leadCaption(%s) = %q, want %q", tt.page, got, tt.want)
			}
		})
	}
}

// TestKeepStoryParts checks that a live commentary's class gains a part
// readability keeps, and other classes stay as they are.
func TestKeepStoryParts(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div class="story"><ol class="commentary"><li>54' Try</li></ol><ul class="related"></ul></div>`))
	if err != nil {
		t.Fatal(err)
	}
	keepStoryParts(doc)
	var got []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			if a.Key == "class" {
				got = append(got, a.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	want := []string{"story", "commentary article-commentary", "related"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("classes after keepStoryParts = %q; want %q", got, want)
	}
}
