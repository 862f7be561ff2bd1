package facts

import (
	"regexp"
	"strconv"
	"strings"
)

// TODO(facts): placeholder grammar; the real extractor replaces this file.
var placeholderNumber = regexp.MustCompile(`\d[\d,]*(\.\d+)?`)

// Parse splits text into sentences and extracts its figures.
func Parse(text string) *Document {
	text = strings.ToValidUTF8(text, "\uFFFD")
	doc := &Document{Text: text}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			doc.Sentences = append(doc.Sentences, Sentence{Start: start, End: i + 1, Norm: strings.TrimSpace(text[start : i+1])})
			start = i + 1
		}
	}
	if strings.TrimSpace(text[start:]) != "" {
		doc.Sentences = append(doc.Sentences, Sentence{Start: start, End: len(text), Norm: strings.TrimSpace(text[start:])})
	}
	for si, s := range doc.Sentences {
		for _, m := range placeholderNumber.FindAllStringIndex(text[s.Start:s.End], -1) {
			lit := text[s.Start+m[0] : s.Start+m[1]]
			v, _ := strconv.ParseFloat(strings.ReplaceAll(lit, ",", ""), 64)
			doc.Figures = append(doc.Figures, Figure{
				Category: Count, Value: v, Text: lit,
				Sentence: text[s.Start:s.End], Start: s.Start + m[0], End: s.Start + m[1],
				SentenceIndex: si,
			})
		}
	}
	return doc
}

// Extract returns the figures of text in document order.
func Extract(text string) []Figure { return Parse(text).Figures }
