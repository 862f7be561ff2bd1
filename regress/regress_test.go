package regress

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/diff"
)

var (
	update        = flag.Bool("update", false, "rewrite want.txt of every case in ../testdata/cases from what factdiff now reports")
	showKeyMisses = flag.Bool("keymisses", false, "print every key of TestCases that disagrees with want.txt's")
)

// casesDir holds the repository's regression cases.
const casesDir = "../testdata/cases"

func TestCases(t *testing.T) {
	cases, err := Load(casesDir)
	if errors.Is(err, ErrNoCases) || errors.Is(err, os.ErrNotExist) {
		t.Skipf("no cases in %s yet", casesDir)
	}
	if err != nil {
		t.Fatalf("Load(%q) = %v", casesDir, err)
	}
	var outs []Outcome
	for _, c := range cases {
		o := Run(c)
		outs = append(outs, o)
		t.Run(c.Name, func(t *testing.T) {
			if *update {
				if err := Update(o); err != nil {
					t.Fatalf("Update: %v", err)
				}
				return
			}
			if o.Err != nil {
				t.Fatalf("Run: %v", o.Err)
			}
			for _, l := range o.Missing {
				t.Errorf("want.txt:%d: want %q; not found", l.Num, l.Text)
			}
			for _, l := range o.Unexpected {
				t.Errorf("got %q; not in want.txt", l.Text)
			}
		})
	}
	if !*update {
		t.Logf("fact changes over %d cases: %s", len(cases), Accuracy(outs))
	}
	if *showKeyMisses {
		var b strings.Builder
		for _, kp := range KeyPairs(outs) {
			if !kp.Agreeing {
				fmt.Fprintf(&b, "%s: got %q, want %q (F1 %.2f): %s\n", kp.Case, kp.Got.Key, kp.Want.Key, kp.F1, kp.Want.Text)
			}
		}
		t.Log("key misses:\n" + b.String())
	}
}

func TestParseLine(t *testing.T) {
	tests := []struct {
		in   string
		want Line
	}{
		{"changed killed fighters: at least 25 -> at least 26 (+1)",
			Line{Kind: diff.Changed, Key: "killed fighters", Old: "at least 25", New: "at least 26"}},
		{"changed killed fighters: at least 25 -> 25 (qualifier: at least -> (none))",
			Line{Kind: diff.Changed, Key: "killed fighters", Old: "at least 25", New: "25"}},
		{"changed troops: 5,000 -> 5,200 (+200, qualifier: more than -> about)",
			Line{Kind: diff.Changed, Key: "troops", Old: "5,000", New: "5,200"}},
		{"changed meeting time: 10:30 a.m. -> 11:00 a.m.",
			Line{Kind: diff.Changed, Key: "meeting time", Old: "10:30 a.m.", New: "11:00 a.m."}},
		{"added U.S. troops: 5,000", Line{Kind: diff.Added, Key: "U.S. troops", New: "5,000"}},
		{"removed aid package: $3.5 billion", Line{Kind: diff.Removed, Key: "aid package", Old: "$3.5 billion"}},
		{"  removed : 12  ", Line{Kind: diff.Removed, Old: "12"}},
	}
	for _, tt := range tests {
		got, err := ParseLine(tt.in)
		if err != nil {
			t.Errorf("ParseLine(%q) error %v", tt.in, err)
			continue
		}
		got.Text = ""
		if got != tt.want {
			t.Errorf("ParseLine(%q) = %+v; want %+v", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"moved x: 1", "changed x: 1", "added x 1", "changed x: -> 2", "added x: "} {
		if l, err := ParseLine(bad); err == nil {
			t.Errorf("ParseLine(%q) = %+v; want an error", bad, l)
		}
	}
}

func TestParseWant(t *testing.T) {
	text := "# expected\n\nchanged a: 1 -> 2 (+1)\n  added b: 3\n"
	got, err := ParseWant("want.txt", text)
	if err != nil {
		t.Fatalf("ParseWant() error %v", err)
	}
	if len(got) != 2 || got[0].Num != 3 || got[1].Num != 4 || got[1].New != "3" {
		t.Errorf("ParseWant() = %+v; want lines 3 and 4", got)
	}
	if _, err := ParseWant("want.txt", "changed a: 1\n"); err == nil {
		t.Errorf("ParseWant(bad) = nil error; want one naming the line")
	}
}

func TestMatch(t *testing.T) {
	l := func(s string) Line {
		t.Helper()
		x, err := ParseLine(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	want := []Line{l("changed k: 1 -> 2 (+1)"), l("added k: at least 3"), l("added k: at least 3")}
	got := []Line{l("changed other key: 1 -> 2"), l("added k: At least  3"), l("removed k: 4")}
	missing, unexpected := Match(want, got)
	if len(missing) != 1 || missing[0].New != "at least 3" {
		t.Errorf("Match() missing = %+v; want the second added at least 3", missing)
	}
	if len(unexpected) != 1 || unexpected[0].Old != "4" {
		t.Errorf("Match() unexpected = %+v; want removed 4", unexpected)
	}
	s := Accuracy([]Outcome{{Want: want, Got: got, Result: &diff.Result{}}})
	if s != (Score{TP: 2, FP: 1, FN: 1, KeyPairs: 2, KeyAgreed: 1, KeyF1Sum: 1}) {
		t.Errorf("Accuracy() = %+v; want TP 2, FP 1, FN 1, keys 1 of 2 agreeing", s)
	}
	if p, r := s.Precision(), s.Recall(); p != 2.0/3 || r != 2.0/3 {
		t.Errorf("precision, recall = %v, %v; want 2/3, 2/3", p, r)
	}
}

func TestLoadRunUpdate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b-same/old.txt", "The club sold 40 tickets.")
	write("b-same/new.txt", "The club sold 40 tickets.")
	write("b-same/want.txt", "# nothing changes\n")
	write("a-rise/old.txt", "The club sold 40 tickets.")
	write("a-rise/new.txt", "The club sold 45 tickets.")
	write("notes/README.md", "not a case")

	cases, err := Load(dir)
	if err != nil {
		t.Fatalf("Load() error %v", err)
	}
	var names []string
	for _, c := range cases {
		names = append(names, c.Name)
	}
	if want := []string{"a-rise", "b-same"}; !slices.Equal(names, want) {
		t.Fatalf("Load() names = %q; want %q", names, want)
	}
	o := Run(cases[0])
	if !errors.Is(o.Err, ErrNoWant) {
		t.Fatalf("Run(no want.txt).Err = %v; want ErrNoWant", o.Err)
	}
	if err := Update(o); err != nil {
		t.Fatalf("Update() error %v", err)
	}
	if o := Run(cases[0]); !o.Passed() || len(o.Want) != 1 {
		t.Errorf("Run(after Update) = %+v; want a pass with one change", o)
	}
	write("b-same/old.txt", "The club sold 41 tickets.")
	o = Run(cases[1])
	if err := Update(o); err != nil {
		t.Fatalf("Update() error %v", err)
	}
	if data, _ := os.ReadFile(cases[1].WantPath); !strings.HasPrefix(string(data), "# nothing changes\nchanged ") || strings.Count(string(data), "\n") != 2 {
		t.Errorf("want.txt after Update = %q; want the comment kept and one change", data)
	}
	write("b-same/old.txt", "The club sold 40 tickets.")
	write("b-same/want.txt", "# nothing changes\n")
	if o := Run(cases[1]); !o.Passed() || len(o.Got) != 0 {
		t.Errorf("Run(b-same) = %+v; want a pass with no change", o)
	}

	single, err := Load(filepath.Join(dir, "b-same"))
	if err != nil || len(single) != 1 {
		t.Errorf("Load(one case folder) = %v, %v; want that case", single, err)
	}
	write("c-broken/old.txt", "only one version")
	if _, err := Load(dir); err == nil {
		t.Errorf("Load(folder with old.txt only) = nil error; want one")
	}
	if _, err := Load(filepath.Join(dir, "notes")); !errors.Is(err, ErrNoCases) {
		t.Errorf("Load(no cases) = %v; want ErrNoCases", err)
	}
}

func TestDecodeVersion(t *testing.T) {
	tests := []struct {
		name, data string
		want       string
		wantErr    error
	}{
		{"a.txt", "", "", nil},
		{"a.txt", "plain 5 words", "plain 5 words", nil},
		{"a.txt", "bad \xff byte", "bad \uFFFD byte", nil},
		{"a.bin", "\x7fELF\x02\x01\x01\x00\x00", "", ErrBinary},
		{"a.txt", "\x01\x02\x03\x04\x05 text", "", ErrBinary},
	}
	for _, tt := range tests {
		got, err := DecodeVersion(tt.name, []byte(tt.data))
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("DecodeVersion(%q, %q) = %q, %v; want %q, %v", tt.name, tt.data, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := ReadVersion(filepath.Join(t.TempDir(), "missing.txt")); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadVersion(missing) = %v; want a not-exist error", err)
	}
}
