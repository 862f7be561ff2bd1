package extract

import (
	"errors"
	"net/url"
	"regexp"
)

// Options says how to reduce a page.
type Options struct {
	Selector string           // CSS selector of the article; empty means readability
	Ignore   []*regexp.Regexp // removed from the reduced text
	URL      *url.URL         // the page's address, to resolve links; may be nil
}

// HTML reduces an HTML page to its article text. contentType is the HTTP
// Content-Type header, possibly empty; the body is converted to UTF-8 from
// its declared or sniffed charset.
func HTML(body []byte, contentType string, opts Options) (string, error) {
	return "", errors.New("extract: not implemented")
}
