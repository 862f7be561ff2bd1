package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHTML checks that any body, Content-Type, selector and ignore pattern
// give text that is valid UTF-8, tidy and free of the pattern's matches,
// or an error, and never a panic. Run it with a short minimization budget:
//
//	go test ./extract -run '^$' -fuzz FuzzHTML -fuzztime 30s -fuzzminimizetime 200x
func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "text/html", "", `\d+`)
	}
	f.Add([]byte("<p>a</p><p>b\xff</p>"), "text/html; charset=utf-8", "p", "a")
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0\x82</p>"), "", "", "")
	f.Add([]byte("\xfe\xff\x00<\x00p\x00>\x00\xe9"), "text/html; charset=bogus", "", ` `)
	f.Add([]byte("<table><tr><td>1<td>2</table><br><br>x"), "text/plain", "td", `\n`)
	f.Add([]byte(strings.Repeat("<div>", 600)+"x"), "", "div", "aabb|ab")
	f.Fuzz(func(t *testing.T, body []byte, contentType, selector, pattern string) {
		opts := Options{Selector: selector}
		var re *regexp.Regexp
		if pattern != "" {
			var err error
			if re, err = regexp.Compile(pattern); err != nil {
				return
			}
			opts.Ignore = []*regexp.Regexp{re}
		}
		a, err := Page(body, contentType, opts)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "extract: ") {
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		text := a.Text
		if text == "" {
			t.Fatalf("Page returned empty text and no error")
		}
		if !utf8.ValidString(text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Byline) {
			t.Fatalf("invalid UTF-8: %q", text)
		}
		if strings.TrimSpace(text) != text {
			t.Fatalf("untidy ends: %q", text)
		}
		if re != nil && matches(text, re) {
			t.Fatalf("ignore %q still matches %q", pattern, text)
		}
	})
}
