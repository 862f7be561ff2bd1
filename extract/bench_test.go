package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// largePage builds a news page of about 100 KB the way big sites ship
// them: the article from testdata/news-floods.html, four times longer,
// inside a mega menu, inline state and styles, teaser grids, comments and
// a long footer.
func largePage(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile("testdata/news-floods.html")
	if err != nil {
		tb.Fatal(err)
	}
	page := string(b)

	var menu strings.Builder
	menu.WriteString(`<nav class="mega-menu"><ul>`)
	for i := range 120 {
		fmt.Fprintf(&menu, `<li class="menu-item"><a href="/section/%d" data-track="menu-%d">Section %d</a></li>`, i, i, i)
	}
	menu.WriteString(`</ul></nav>`)

	var state strings.Builder
	state.WriteString(`<script id="__STATE__" type="application/json">{"articles":[`)
	for i := range 250 {
		fmt.Fprintf(&state, `{"id":%d,"headline":"Teaser headline number %d","url":"/world/story-%d","img":"/img/%d.jpg"},`, i, i, i, i)
	}
	state.WriteString(`{}]}</script><style>`)
	for i := range 400 {
		fmt.Fprintf(&state, ".c%d{margin:%dpx;padding:0 %dpx}", i, i%16, i%8)
	}
	state.WriteString(`</style>`)

	// The story body, repeated with numbered paragraphs so that the text is
	// as long as a feature article.
	start := strings.Index(page, `<div class="story-body">`)
	end := strings.Index(page, `<div class="share-bar bottom">`)
	story := page[start:end]
	var longer strings.Builder
	for i := range 4 {
		longer.WriteString(strings.ReplaceAll(story, "<p>", fmt.Sprintf(`<p data-part="%d">`, i)))
	}

	var teasers strings.Builder
	teasers.WriteString(`<section class="more-stories"><h2>More from World</h2>`)
	for i := range 110 {
		fmt.Fprintf(&teasers, `<div class="teaser"><a href="/world/story-%d"><img src="/img/%d.jpg" alt=""><h3>Teaser headline number %d about events somewhere</h3></a><p class="teaser-summary">A short summary of story %d, with %d figures in it.</p></div>`, i, i, i, i, i*7)
	}
	teasers.WriteString(`</section><div class="comments"><h2>Comments</h2>`)
	for i := range 60 {
		fmt.Fprintf(&teasers, `<div class="comment"><p class="author">reader%d</p><p>Comment number %d says something about the 25 people and the %d homes.</p></div>`, i, i, i*100)
	}
	teasers.WriteString(`</div>`)

	page = page[:start] + longer.String() + page[end:]
	page = strings.Replace(page, `<nav class="main-nav">`, menu.String()+`<nav class="main-nav">`, 1)
	page = strings.Replace(page, `</head>`, state.String()+`</head>`, 1)
	page = strings.Replace(page, `<footer class="site-footer">`, teasers.String()+`<footer class="site-footer">`, 1)
	return []byte(page)
}

func BenchmarkHTML(b *testing.B) {
	page := largePage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(page, "text/html; charset=utf-8", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTMLSelector(b *testing.B) {
	page := largePage(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(page, "text/html; charset=utf-8", Options{Selector: "article .story-body"}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLargePage(t *testing.T) {
	page := largePage(t)
	if n := len(page); n < 90_000 || n > 130_000 {
		t.Errorf("largePage is %d bytes; want about 100 KB", n)
	}
	a, err := Page(page, "text/html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Method != MethodReadability || strings.Contains(a.Text, "Teaser headline") ||
		strings.Contains(a.Text, "Comment number") || strings.Contains(a.Text, "Section 7") {
		t.Errorf("Page(largePage) = method %s, text with page furniture:\n%s", a.Method, a.Text)
	}
}
