package extract

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Charset says which character encoding a page was decoded from, and why.
type Charset struct {
	// Name is the encoding's canonical name in the WHATWG Encoding
	// Standard: "utf-8", "windows-1252", "shift_jis", "gbk"...
	Name string
	// Source says where Name came from: "bom" (a byte order mark),
	// "header" (the Content-Type charset), "meta" (a <meta charset> or
	// <meta http-equiv> in the page), "content" (no usable declaration, or
	// one the bytes contradict: the body is valid UTF-8) or "default"
	// (nothing declared and not UTF-8: windows-1252, as browsers do).
	Source string
	// Ignored lists the declarations that were not followed and why, for
	// logs: an unknown label, or a legacy charset contradicted by a body
	// that is valid UTF-8.
	Ignored []string
}

// metaScanLimit bounds how much of the page is searched for a <meta>
// charset declaration. The HTML standard says 1024 bytes; pages with long
// heads put it later, and the whole body is in memory anyway.
const metaScanLimit = 16 << 10

// Decode converts body to UTF-8. contentType is the HTTP Content-Type
// header, possibly empty.
//
// The encoding is chosen as the HTML standard says (byte order mark, then
// the Content-Type charset, then <meta>), with two corrections for servers
// that declare the wrong charset: a body that is valid UTF-8 and not plain
// ASCII is decoded as UTF-8 whatever an ASCII-compatible legacy declaration
// says (legacy text almost never forms valid multi-byte UTF-8), and a
// declared UTF-8 that the bytes contradict yields to a <meta> declaration
// of another charset. Unknown labels are skipped and listed in
// Charset.Ignored; with nothing usable declared, a body that is not UTF-8
// is read as windows-1252. Bytes that are invalid in the chosen encoding
// become U+FFFD: Decode never fails because of the charset, so a page is
// never lost to a bad declaration, only marred where its bytes are bad.
// The result is always valid UTF-8, without a byte order mark.
func Decode(body []byte, contentType string) (string, Charset, error) {
	if name, n := bomCharset(body); name != "" {
		cs := Charset{Name: name, Source: "bom"}
		s, err := decodeWith(body[n:], name)
		if err != nil {
			return "", cs, err
		}
		return s, cs, nil
	}

	var cs Charset
	header, headerLabel := headerEncoding(contentType)
	if headerLabel != "" && header == "" {
		cs.Ignored = append(cs.Ignored, fmt.Sprintf("header charset %q: unknown encoding", headerLabel))
	}
	meta, metaLabel := metaEncoding(body)
	if metaLabel != "" && meta == "" {
		cs.Ignored = append(cs.Ignored, fmt.Sprintf("meta charset %q: unknown encoding", metaLabel))
	}

	valid := utf8.Valid(body)
	ascii := isASCII(body)

	switch {
	case header != "":
		cs.Name, cs.Source = header, "header"
	case meta != "":
		cs.Name, cs.Source = meta, "meta"
	}

	switch {
	case cs.Name == "":
		if valid {
			cs.Name, cs.Source = "utf-8", "content"
		} else {
			cs.Name, cs.Source = "windows-1252", "default"
		}
	case cs.Name != "utf-8" && valid && !ascii && asciiCompatible(cs.Name):
		cs.Ignored = append(cs.Ignored, fmt.Sprintf("%s charset %s: the body is valid UTF-8", cs.Source, cs.Name))
		cs.Name, cs.Source = "utf-8", "content"
	case cs.Name == "utf-8" && !valid && cs.Source == "header" && meta != "" && meta != "utf-8":
		cs.Ignored = append(cs.Ignored, "header charset utf-8: the body is not valid UTF-8")
		cs.Name, cs.Source = meta, "meta"
	}

	s, err := decodeWith(body, cs.Name)
	if err != nil {
		return "", cs, err
	}
	return s, cs, nil
}

// bomCharset reports the encoding a byte order mark names, and the mark's
// length.
func bomCharset(b []byte) (string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "utf-16be", 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return "utf-16le", 2
	}
	return "", 0
}

// headerEncoding returns the canonical name of the Content-Type charset,
// and the label as written ("" when there is none).
func headerEncoding(contentType string) (name, label string) {
	if contentType == "" {
		return "", ""
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	} else {
		// A malformed header still often carries a usable charset.
		label = charsetParam(contentType)
	}
	if label == "" {
		return "", ""
	}
	return lookup(label), label
}

// charsetParam finds "charset=label" in a Content-Type value or a <meta
// content> attribute, leniently.
func charsetParam(s string) string {
	for {
		i := indexASCIIFold(s, "charset")
		if i < 0 {
			return ""
		}
		s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t\n\f\r")
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			s = s[1:]
			if j := strings.IndexByte(s, q); j >= 0 {
				return s[:j]
			}
			return ""
		}
		if j := strings.IndexAny(s, "; \t\n\f\r"); j >= 0 {
			return s[:j]
		}
		return s
	}
}

// indexASCIIFold is strings.Index ignoring ASCII case, for a lower-case
// ASCII needle. (strings.ToLower would shift the offsets of a haystack
// holding invalid UTF-8.)
func indexASCIIFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for ; j < len(needle); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != needle[j] {
				break
			}
		}
		if j == len(needle) {
			return i
		}
	}
	return -1
}

// metaEncoding returns the canonical name of the first <meta> charset
// declaration near the top of the page, and its label as written.
func metaEncoding(body []byte) (name, label string) {
	if len(body) > metaScanLimit {
		body = body[:metaScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return "", ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) == "body" {
				return "", ""
			}
			if string(tag) != "meta" {
				continue
			}
			var charset, content string
			pragma := false
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case "charset":
					charset = string(val)
				case "content":
					content = string(val)
				case "http-equiv":
					pragma = strings.EqualFold(string(val), "content-type")
				}
			}
			switch {
			case charset != "":
				label = charset
			case pragma && content != "":
				label = charsetParam(content)
			}
			if label == "" {
				continue
			}
			name = lookup(label)
			// A page cannot describe itself in UTF-16 from inside an
			// ASCII-compatible prescan; the standard reads that as UTF-8.
			if strings.HasPrefix(name, "utf-16") {
				name = "utf-8"
			}
			if name == "x-user-defined" {
				name = "windows-1252"
			}
			return name, label
		}
	}
}

// lookup returns the canonical name of an encoding label, or "" when the
// label is unknown or names the "replacement" encoding, which would turn
// the whole page into one U+FFFD.
func lookup(label string) string {
	e, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil || e == encoding.Replacement {
		return ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return ""
	}
	return name
}

// asciiCompatible reports whether an encoding writes ASCII as ASCII, so
// that a valid UTF-8 body can be told apart from it.
func asciiCompatible(name string) bool {
	return !strings.HasPrefix(name, "utf-16")
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// decodeWith decodes b from the named encoding, replacing invalid bytes
// with U+FFFD.
func decodeWith(b []byte, name string) (string, error) {
	var s string
	switch name {
	case "utf-8":
		s = string(b)
	case "utf-16be":
		out, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("extract: decode %s: %w", name, err)
		}
		s = string(out)
	case "utf-16le":
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("extract: decode %s: %w", name, err)
		}
		s = string(out)
	default:
		e, err := htmlindex.Get(name)
		if err != nil {
			return "", fmt.Errorf("extract: decode %s: %w", name, err)
		}
		out, err := e.NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("extract: decode %s: %w", name, err)
		}
		s = string(out)
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.ToValidUTF8(s, "\uFFFD"), nil
}
