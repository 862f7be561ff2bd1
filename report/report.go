package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/facts"
)

// Format names an output format.
type Format string

// The output formats of `factdiff diff`. Facts listings support Text and
// JSON only.
const (
	Text     Format = "text"
	JSON     Format = "json"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// ErrUnknownFormat is returned for a format name this package does not know.
var ErrUnknownFormat = errors.New("unknown format")

// Options tunes the renderers.
type Options struct {
	// Color marks changes with ANSI colours (text format only).
	Color bool

	// OldName and NewName name the two versions (file names) in the html
	// format's heading.
	OldName, NewName string
}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case Text, JSON, Markdown, HTML:
		return f, nil
	}
	return "", fmt.Errorf("%w %q (want text, json, markdown or html)", ErrUnknownFormat, s)
}

// Write renders the comparison res in format f.
func Write(w io.Writer, res *diff.Result, f Format, opts Options) error {
	switch f {
	case Text, "":
		return WriteText(w, res, opts)
	case JSON:
		return WriteJSON(w, res)
	case Markdown:
		return WriteMarkdown(w, res)
	case HTML:
		return WriteHTML(w, res, HTMLOptions{OldName: opts.OldName, NewName: opts.NewName})
	}
	return fmt.Errorf("%w %q", ErrUnknownFormat, f)
}

// WriteFacts renders the figures of doc in format f (Text or JSON).
func WriteFacts(w io.Writer, doc *facts.Document, f Format) error {
	switch f {
	case Text, "":
		return WriteFactsText(w, doc)
	case JSON:
		return WriteFactsJSON(w, doc)
	case Markdown, HTML:
		return fmt.Errorf("%w for facts: %s (want text or json)", ErrUnknownFormat, f)
	}
	return fmt.Errorf("%w %q", ErrUnknownFormat, f)
}
