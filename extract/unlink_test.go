package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestUnlinkProse checks which paragraphs lose their links before
// readability weighs them: a short sentence naming its topic in a link
// does, a teaser, a long paragraph and a note's marker do not.
func TestUnlinkProse(t *testing.T) {
	tests := []struct {
		name, in string
		links    int // links left
	}{
		{"a short sentence with a topic link", `<p>The <a href="/t/dale">Dale Larder</a> network runs 11 sites.</p>`, 0},
		{"a teaser, mostly link", `<p><a href="/s/1">Council tax to rise 4.9% next year</a> - read.</p>`, 1},
		{"no sentence", `<p>See <a href="/t/dale">Dale Larder network</a></p>`, 1},
		{"a note's marker", `<p>The scheme cost £296m<a href="#fn2">2</a> over 14 years in all.</p>`, 1},
		{"few links in a long paragraph", `<p>The <a href="/t/a">Larder</a> runs 11 sites across the valley, and it handed out 22,300 parcels last year to more than 4,000 households, most of them families with children.</p>`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			unlinkProse(doc)
			var b strings.Builder
			if err := html.Render(&b, doc); err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(b.String(), "<a "); got != tt.links {
				t.Errorf("unlinkProse(%s) left %d links; want %d: %s", tt.in, got, tt.links, b.String())
			}
		})
	}
}
