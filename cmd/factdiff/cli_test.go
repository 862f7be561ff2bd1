package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update is accepted so that `go test ./... -update` works in every package;
// this package has no golden files of its own.
var update = flag.Bool("update", false, "rewrite golden files")

// invoke runs the command line in-process and returns its exit status and
// output.
func invoke(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	oldStory = "KHARVAN (Wire) - Artillery fire on the border town killed at least 25 fighters and wounded 55, officials said on Monday.More than 5,000 troops are stationed in the region.Reporting by staff"
	newStory = "KHARVAN (Wire) - Artillery fire on the border town killed at least 26 fighters and wounded 55, officials said on Monday.More than 5000 troops are stationed in the region.Reporting by staff"
)

func TestDiffExitStatus(t *testing.T) {
	dir := t.TempDir()
	oldPath := writeFile(t, dir, "old.txt", oldStory)
	newPath := writeFile(t, dir, "new.txt", newStory)
	binPath := writeFile(t, dir, "photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")

	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantStdout string // substring
		wantStderr string // substring; "" means stderr must be empty
	}{
		{"same text", "", []string{"diff", oldPath, oldPath}, 0, "", ""},
		{"figure changed", "", []string{"diff", oldPath, newPath}, 1, "at least 25 -> at least 26 (+1)", ""},
		{"stdin as new", newStory, []string{"diff", oldPath, "-"}, 1, "at least 26", ""},
		{"missing file", "", []string{"diff", oldPath, filepath.Join(dir, "nope.txt")}, 2, "", "nope.txt"},
		{"binary file", "", []string{"diff", oldPath, binPath}, 2, "", "binary"},
		{"bad format", "", []string{"diff", "--format", "yaml", oldPath, newPath}, 2, "", "yaml"},
		{"one argument", "", []string{"diff", oldPath}, 2, "", "arg"},
		{"both stdin", "", []string{"diff", "-", "-"}, 2, "", "standard input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := invoke(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status = %d; want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantStdout) {
				t.Errorf("stdout = %q; want it to contain %q", stdout, tt.wantStdout)
			}
			if tt.wantStderr == "" && stderr != "" {
				t.Errorf("stderr = %q; want nothing", stderr)
			}
			if tt.wantStderr != "" {
				if !strings.Contains(stderr, tt.wantStderr) {
					t.Errorf("stderr = %q; want it to contain %q", stderr, tt.wantStderr)
				}
				if n := strings.Count(strings.TrimRight(stderr, "\n"), "\n"); n != 0 {
					t.Errorf("stderr has %d lines; want one clear line: %q", n+1, stderr)
				}
			}
		})
	}
}

func TestDiffJSONContract(t *testing.T) {
	dir := t.TempDir()
	oldPath := writeFile(t, dir, "old.txt", oldStory)
	newPath := writeFile(t, dir, "new.txt", newStory)
	code, stdout, stderr := invoke(t, "", "diff", "--format", "json", oldPath, newPath)
	if code != 1 {
		t.Fatalf("exit status = %d; want 1 (stderr %q)", code, stderr)
	}
	var got struct {
		Facts []struct {
			Kind     string          `json:"kind"`
			Key      string          `json:"key"`
			Category string          `json:"category"`
			Old      json.RawMessage `json:"old"`
			New      json.RawMessage `json:"new"`
			Delta    *float64        `json:"delta"`
		} `json:"facts"`
		Summary map[string]int `json:"summary"`
		Text    map[string]int `json:"text"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if len(got.Facts) != 1 {
		t.Fatalf("facts = %d; want 1 (5,000 -> 5000 is no change)\n%s", len(got.Facts), stdout)
	}
	f := got.Facts[0]
	if f.Kind != "changed" || f.Category != "casualties" || f.Delta == nil || *f.Delta != 1 {
		t.Errorf("fact = %+v; want a casualties change with delta 1", f)
	}
	for _, side := range []struct {
		raw       json.RawMessage
		text      string
		value     float64
		story     string
		qualifier string
	}{{f.Old, "at least 25", 25, oldStory, "at least"}, {f.New, "at least 26", 26, newStory, "at least"}} {
		var s struct {
			Value     float64 `json:"value"`
			Text      string  `json:"text"`
			Qualifier string  `json:"qualifier"`
			Unit      string  `json:"unit"`
			Sentence  string  `json:"sentence"`
			Start     int     `json:"start"`
			End       int     `json:"end"`
		}
		if err := json.Unmarshal(side.raw, &s); err != nil {
			t.Fatalf("side %s: %v", side.raw, err)
		}
		if s.Value != side.value || s.Text != side.text || s.Qualifier != side.qualifier || s.Unit != "fighters" {
			t.Errorf("side = %+v; want value %v text %q qualifier %q unit fighters", s, side.value, side.text, side.qualifier)
		}
		if s.Start < 0 || s.End > len(side.story) || side.story[s.Start:s.End] != s.Text {
			t.Errorf("offsets [%d:%d] do not hold %q in the input", s.Start, s.End, s.Text)
		}
		if !strings.Contains(s.Sentence, "killed") {
			t.Errorf("sentence = %q; want the sentence holding the figure", s.Sentence)
		}
	}
	if got.Summary["changed"] != 1 || got.Summary["added"] != 0 || got.Summary["removed"] != 0 {
		t.Errorf("summary = %v; want changed 1", got.Summary)
	}
	if got.Text["insertions"] < 1 || got.Text["deletions"] < 1 {
		t.Errorf("text = %v; want at least one insertion and deletion", got.Text)
	}
}

func TestDiffNoChangeJSONHasEmptyList(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", oldStory)
	code, stdout, _ := invoke(t, "", "diff", "--format", "json", p, p)
	if code != 0 || !strings.Contains(stdout, `"facts": []`) && !strings.Contains(stdout, `"facts":[]`) {
		t.Errorf("diff --format json of a text with itself = %d, %s; want 0 and an empty facts list", code, stdout)
	}
}

func TestFactsJSON(t *testing.T) {
	code, stdout, stderr := invoke(t, oldStory, "facts", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("exit status = %d; want 0 (stderr %q)", code, stderr)
	}
	var got struct {
		Facts []struct {
			Key      string  `json:"key"`
			Category string  `json:"category"`
			Value    float64 `json:"value"`
			Text     string  `json:"text"`
			Start    int     `json:"start"`
			End      int     `json:"end"`
		} `json:"facts"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	var values []float64
	for _, f := range got.Facts {
		if oldStory[f.Start:f.End] != f.Text {
			t.Errorf("figure %q: offsets [%d:%d] hold %q", f.Text, f.Start, f.End, oldStory[f.Start:f.End])
		}
		values = append(values, f.Value)
	}
	want := []float64{25, 55, 5000}
	if len(values) != len(want) {
		t.Fatalf("values = %v; want %v", values, want)
	}
	for i := range want {
		if values[i] != want[i] {
			t.Errorf("values = %v; want %v in document order", values, want)
			break
		}
	}
}

func TestTestCommand(t *testing.T) {
	dir := t.TempDir()
	pass := filepath.Join(dir, "cases", "toll-revised")
	fail := filepath.Join(dir, "cases", "wrong-pin")
	for _, d := range []string{pass, fail} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, d, "old.txt", oldStory)
		writeFile(t, d, "new.txt", newStory)
	}
	writeFile(t, pass, "want.txt", "# the toll rises by one\nchanged killed fighters: at least 25 -> at least 26 (+1)\n")
	writeFile(t, fail, "want.txt", "changed killed fighters: at least 25 -> at least 27 (+2)\n")

	code, stdout, _ := invoke(t, "", "test", pass)
	if code != 0 || !strings.Contains(stdout, "PASS") {
		t.Errorf("test on a passing case = %d, %q; want 0 and PASS", code, stdout)
	}
	code, stdout, _ = invoke(t, "", "test", filepath.Join(dir, "cases"))
	if code != 1 || !strings.Contains(stdout, "FAIL") || !strings.Contains(stdout, "at least 27") {
		t.Errorf("test with a failing case = %d, %q; want 1, FAIL and the expected line", code, stdout)
	}
	code, _, stderr := invoke(t, "", "test", filepath.Join(dir, "missing"))
	if code != 2 || stderr == "" {
		t.Errorf("test on a missing dir = %d, %q; want 2 and an error line", code, stderr)
	}
}
