package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factdiff/factdiff/diff"
)

// The HTML tests' articles, written for them: a ferry sinking whose toll
// and rescue count are revised.
const (
	htmlFerryOld = `A passenger ferry sank off the coast of Porth Ellis on Friday evening, and at least 9 people died, the coastguard said.

Rescuers pulled 41 survivors from the water before dark.

The ferry, built in 1988, was carrying about 60 passengers and 7 crew.
`
	htmlFerryNew = `A passenger ferry sank off the coast of Porth Ellis on Friday evening, and at least 12 people died, the coastguard said.

Rescuers pulled 44 survivors from the water before dark, and divers were still searching the wreck.

The ferry, built in 1988, was carrying about 60 passengers and 7 crew.
`
)

// htmlGolden compares got with testdata/name, or rewrites it under
// -update (the flag report_test.go declares).
func htmlGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatalf("write golden file: %v", err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("read golden file: %v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("WriteHTML output differs from %s (run go test -update and review)\ngot:\n%s", p, got)
	}
}

func TestWriteHTMLGolden(t *testing.T) {
	var b bytes.Buffer
	res := diff.Compare(htmlFerryOld, htmlFerryNew)
	if err := WriteHTML(&b, res, HTMLOptions{OldName: "ferry-1.txt", NewName: "ferry-2.txt"}); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	htmlGolden(t, "html-report.html", b.Bytes())
}

func TestWriteHTML(t *testing.T) {
	res := diff.Compare(htmlFerryOld, htmlFerryNew)
	var b bytes.Buffer
	if err := WriteHTML(&b, res, HTMLOptions{Title: "Ferry revisions"}); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	got := b.String()
	tests := []struct {
		name string
		want string
	}{
		{"doctype", "<!DOCTYPE html>"},
		{"title", "<title>Ferry revisions</title>"},
		{"inline style", "<style>:root{"},
		{"no scripts allowed", `content="default-src 'none'; style-src 'unsafe-inline'"`},
		{"summary", "2 fact changes (2 changed, 0 added, 0 removed)"},
		{"kind", `<span class="kind kind-changed">changed</span>`},
		{"old value", `<td class="figure old">at least 9<span class="value">9</span></td>`},
		{"new value", `<td class="figure new">at least 12<span class="value">12</span></td>`},
		{"delta", `<td class="delta num">&#43;3</td>`},
		{"category", `<td class="category">casualties</td>`},
		{"old sentence", `and <mark class="fig">at least 9</mark> people died`},
		{"new sentence", `and <mark class="fig">at least 12</mark> people died`},
		{"jump to the text", `href="#fact-1-new"`},
		{"deleted figure", `<del><mark class="fig fig-changed" id="fact-1-old"`},
		{"inserted figure", `>12</mark></ins>`},
		{"second figure", `>44</mark></ins>`},
		{"inserted words", `<ins>, and divers were still searching the wreck</ins>`},
		{"unchanged text", "The ferry, built in 1988, was carrying about 60 passengers and 7 crew.\n</div>"},
	}
	for _, tt := range tests {
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: WriteHTML output lacks %q", tt.name, tt.want)
		}
	}
	if m := regexp.MustCompile(`(?i)<script|<link|\ssrc=|@import|url\(`).FindString(got); m != "" {
		t.Errorf("WriteHTML output holds %q: the page must load and run nothing", m)
	}
}

func TestWriteHTMLNoChanges(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, diff.Compare(htmlFerryOld, htmlFerryOld), HTMLOptions{}); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	for _, want := range []string{`<p class="empty">No fact changes.</p>`, "<title>factdiff report</title>", "no fact changes"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteHTML(no changes) lacks %q", want)
		}
	}
	if strings.Contains(b.String(), "<ins>") || strings.Contains(b.String(), "<del>") {
		t.Errorf("WriteHTML(no changes) marks edits")
	}
}

// TestHTMLEscapesArticleText feeds article text that carries markup: it must
// come out as text, never as markup, in every part of the report.
func TestHTMLEscapesArticleText(t *testing.T) {
	const script = `<script>alert(1)</script>`
	const img = `"><img src=x onerror=alert(1)>`
	tests := []struct {
		name     string
		old, new string
		opts     HTMLOptions
		want     []string
	}{
		{
			name: "script in a changed sentence",
			old:  "Officials said 30 people were hurt " + script + " in the blast.\n",
			new:  "Officials said 34 people were hurt " + script + " in the blast.\n",
			want: []string{`&lt;script&gt;alert(1)&lt;/script&gt;`},
		},
		{
			name: "attribute breakout in a changed sentence",
			old:  "The mayor counted 5 " + img + " buses.\n",
			new:  "The mayor counted 8 " + img + " buses.\n",
			want: []string{`&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`},
		},
		{
			name: "markup inserted",
			old:  "Police arrested 3 men.\n",
			new:  "Police arrested 4 men. " + script + img + "\n",
			want: []string{`&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`},
		},
		{
			name: "markup in names and keys",
			old:  "Rain fell for 2 days.\n",
			new:  "Rain fell for 3 days.\n",
			opts: HTMLOptions{Title: script, OldName: img, NewName: script, KeyURL: func(string) string { return "javascript:alert(1)" }},
			want: []string{`<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>`, `href="#ZgotmplZ"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteHTML(&b, diff.Compare(tt.old, tt.new), tt.opts); err != nil {
				t.Fatalf("WriteHTML: %v", err)
			}
			got := b.String()
			for _, bad := range []string{"<script>", "<img", "onerror=alert(1)>", "javascript:"} {
				if strings.Contains(got, bad) {
					t.Errorf("WriteHTML output holds %q as markup:\n%s", bad, got)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("WriteHTML output lacks the escaped text %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestHTMLReportFragments(t *testing.T) {
	rep := NewHTMLReport(diff.Compare(htmlFerryOld, htmlFerryNew), HTMLOptions{KeyURL: func(k string) string { return "/timeline?key=" + k }})
	tests := []struct {
		name string
		frag func() (string, error)
		want string
	}{
		{"summary", func() (string, error) { h, err := rep.Summary(); return string(h), err }, `<p class="summary">2 fact changes`},
		{"facts", func() (string, error) { h, err := rep.Facts(); return string(h), err }, `<a href="/timeline?key=killed%20people">`},
		{"text diff", func() (string, error) { h, err := rep.TextDiff(); return string(h), err }, `<div class="textdiff">A passenger ferry`},
	}
	for _, tt := range tests {
		got, err := tt.frag()
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s fragment lacks %q:\n%s", tt.name, tt.want, got)
		}
		if strings.Contains(got, "<html") || strings.Contains(got, "<style") {
			t.Errorf("%s fragment holds page parts", tt.name)
		}
	}
	if !strings.HasPrefix(string(HTMLStyle()), ":root{") {
		t.Errorf("HTMLStyle() = %.20q...; want the stylesheet", HTMLStyle())
	}
}

// sides returns the old and new texts that spans show.
func sides(spans []htmlSpan) (old, new string) {
	var o, n strings.Builder
	for _, s := range spans {
		for _, p := range s.Pieces {
			if s.Op != "ins" {
				o.WriteString(p.Text)
			}
			if s.Op != "del" {
				n.WriteString(p.Text)
			}
		}
	}
	return o.String(), n.String()
}

func TestTextDiff(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		oldMarks []figMark
		newMarks []figMark
		want     string // spans as op[text] with marks as {text}
	}{
		{
			name: "a figure changes", old: "killed 25 fighters", new: "killed 26 fighters",
			oldMarks: []figMark{{start: 7, end: 9, kind: diff.Changed, id: "o"}},
			newMarks: []figMark{{start: 7, end: 9, kind: diff.Changed, id: "n"}},
			want:     "eq[killed ]del[{25}]ins[{26}]eq[ fighters]",
		},
		{
			name: "qualified figure, prefix equal", old: "at least 25 dead", new: "at least 26 dead",
			oldMarks: []figMark{{start: 0, end: 11, kind: diff.Changed, id: "o"}},
			newMarks: []figMark{{start: 0, end: 11, kind: diff.Changed, id: "n"}},
			want:     "eq[{at least }]del[{25}]ins[{26}]eq[ dead]",
		},
		{
			name: "removed figure inside equal text", old: "about 60 passengers", new: "about 60 passengers",
			oldMarks: []figMark{{start: 6, end: 8, kind: diff.Removed, id: "o"}},
			want:     "eq[about {60} passengers]",
		},
		{name: "insertion", old: "Rain fell.", new: "Heavy rain fell.", want: "del[Rain]ins[Heavy rain]eq[ fell.]"},
		{name: "empty old", old: "", new: "New text", want: "ins[New text]"},
		{name: "empty new", old: "Old text", new: "", want: "del[Old text]"},
		{name: "both empty", old: "", new: "", want: ""},
		{name: "numbers are words", old: "cost $5,000 today", new: "cost $5,500 today", want: "eq[cost $]del[5,000]ins[5,500]eq[ today]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := textDiff(tt.old, tt.new, tt.oldMarks, tt.newMarks)
			var b strings.Builder
			for _, s := range spans {
				b.WriteString(s.Op + "[")
				for _, p := range s.Pieces {
					if p.Mark != "" {
						b.WriteString("{" + p.Text + "}")
					} else {
						b.WriteString(p.Text)
					}
				}
				b.WriteString("]")
			}
			if got := b.String(); got != tt.want {
				t.Errorf("textDiff(%q, %q) = %s; want %s", tt.old, tt.new, got, tt.want)
			}
			if o, n := sides(spans); o != tt.old || n != tt.new {
				t.Errorf("textDiff(%q, %q) shows old %q, new %q", tt.old, tt.new, o, n)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"killed 5,000 people.", []string{"killed", " ", "5,000", " ", "people", "."}},
		{"the U.S. army", []string{"the", " ", "U.S", ".", " ", "army"}},
		{"Iraq's  toll\n\n", []string{"Iraq's", "  ", "toll", "\n\n"}},
		{"-7°C", []string{"-", "7", "°", "C"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := tokenize(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzHTMLTextDiff checks that the text diff of any two texts shows each
// text whole, with any marks.
func FuzzHTMLTextDiff(f *testing.F) {
	f.Add(htmlFerryOld, htmlFerryNew, 10, 20)
	f.Add("a 1 b", "a 2 b", 2, 3)
	f.Add("", "x", 0, 1)
	f.Add("\xff\xfe 5", "5 \xff", 1, 4)
	f.Fuzz(func(t *testing.T, old, new string, s, e int) {
		if len(old) > 1<<14 || len(new) > 1<<14 {
			return
		}
		var oldMarks, newMarks []figMark
		if s >= 0 && s < e && e <= len(old) {
			oldMarks = append(oldMarks, figMark{start: s, end: e, kind: diff.Changed, id: "o"})
		}
		if s >= 0 && s < e && e <= len(new) {
			newMarks = append(newMarks, figMark{start: s, end: e, kind: diff.Changed, id: "n"})
		}
		spans := textDiff(old, new, oldMarks, newMarks)
		if o, n := sides(spans); o != old || n != new {
			t.Fatalf("textDiff(%q, %q) shows old %q, new %q", old, new, o, n)
		}
		if utf8.ValidString(old) && utf8.ValidString(new) {
			var b bytes.Buffer
			if err := htmlTemplates.ExecuteTemplate(&b, "html-textdiff", &htmlView{Diff: spans}); err != nil {
				t.Fatalf("html-textdiff: %v", err)
			}
			if strings.Contains(b.String(), "<script") {
				t.Fatalf("text diff of %q, %q holds <script", old, new)
			}
		}
	})
}
