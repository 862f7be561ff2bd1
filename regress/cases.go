package regress

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/factdiff/factdiff/diff"
)

// WantFile is the name of the file of expected changes in a case folder.
const WantFile = "want.txt"

// ErrNoCases is returned by Load for a folder that holds no case.
var ErrNoCases = errors.New("no cases (folders with old.txt and new.txt)")

// Case is one regression case.
type Case struct {
	Name     string // the folder's name, relative to the loaded directory
	Dir      string
	OldPath  string
	NewPath  string
	WantPath string
}

// Load returns the cases in dir, sorted by name: each sub-folder holding an
// old and a new version, or dir itself when it is one case. A folder with
// only one of the two versions is an error.
func Load(dir string) ([]Case, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, bare(err))
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("read %s: not a directory", dir)
	}
	if c, ok, err := loadCase(dir, filepath.Base(dir)); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return []Case{c}, nil
	}
	var cases []Case
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("read %s: %w", path, bare(err))
		}
		if !d.IsDir() || path == dir {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(dir, path)
		c, ok, err := loadCase(path, filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		if ok {
			cases = append(cases, c)
			return filepath.SkipDir
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("read %s: %w", dir, ErrNoCases)
	}
	slices.SortFunc(cases, func(a, b Case) int { return strings.Compare(a.Name, b.Name) })
	return cases, nil
}

// loadCase looks for a case in dir; ok is false when dir holds neither
// version.
func loadCase(dir, name string) (c Case, ok bool, err error) {
	old, new := findVersion(dir, "old"), findVersion(dir, "new")
	switch {
	case old == "" && new == "":
		return Case{}, false, nil
	case old == "":
		return Case{}, false, fmt.Errorf("case %s: old.txt missing beside %s", dir, filepath.Base(new))
	case new == "":
		return Case{}, false, fmt.Errorf("case %s: new.txt missing beside %s", dir, filepath.Base(old))
	}
	return Case{Name: name, Dir: dir, OldPath: old, NewPath: new, WantPath: filepath.Join(dir, WantFile)}, true, nil
}

// findVersion returns the path of dir/base.txt (or .html, .htm), or "".
func findVersion(dir, base string) string {
	for _, ext := range []string{".txt", ".html", ".htm"} {
		p := filepath.Join(dir, base+ext)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// Line is one fact change in the text format of want.txt.
type Line struct {
	Kind diff.Kind
	Key  string
	Old  string // the old literal span; "" for an added figure
	New  string // the new literal span; "" for a removed figure
	Text string // the line as written or rendered
	Num  int    // line number in want.txt; 0 for a change found
}

// id is what two lines must share to match: kind and both spans, white
// space collapsed and case folded ("At least 12" opening a sentence is
// the "at least 12" an editor writes).
func (l Line) id() string {
	return string(l.Kind) + "\x00" + strings.ToLower(squash(l.Old)) + "\x00" + strings.ToLower(squash(l.New))
}

// squash collapses runs of white space, as the text format does.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// ParseWant parses the text of a want.txt: one change a line, blank lines
// and lines starting with # ignored. name is used in errors.
func ParseWant(name, text string) ([]Line, error) {
	var lines []Line
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	num := 0
	for sc.Scan() {
		num++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		l, err := ParseLine(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, num, err)
		}
		l.Num = num
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return lines, nil
}

// ParseLine parses one change in the text format:
//
//	changed KEY: OLD -> NEW [(NOTES)]
//	added KEY: TEXT
//	removed KEY: TEXT
//
// Trailing parenthesised notes of a changed line ("(+1)", "(qualifier: at
// least -> (none))") are informative and dropped.
func ParseLine(s string) (Line, error) {
	s = strings.TrimSpace(s)
	kind, rest, _ := strings.Cut(s, " ")
	l := Line{Kind: diff.Kind(kind), Text: s}
	switch l.Kind {
	case diff.Changed, diff.Added, diff.Removed:
	default:
		return Line{}, fmt.Errorf("line %q: want changed, added or removed first", s)
	}
	key, spans, ok := strings.Cut(rest, ": ")
	if !ok {
		if strings.HasPrefix(rest, ":") {
			key, spans = "", strings.TrimPrefix(rest, ":")
		} else {
			return Line{}, fmt.Errorf("line %q: want KEY: followed by the figure", s)
		}
	}
	l.Key = strings.TrimSpace(key)
	spans = strings.TrimSpace(spans)
	switch l.Kind {
	case diff.Changed:
		spans = stripNotes(spans)
		old, new, ok := strings.Cut(spans, " -> ")
		if !ok {
			return Line{}, fmt.Errorf("line %q: want OLD -> NEW after a changed key", s)
		}
		l.Old, l.New = strings.TrimSpace(old), strings.TrimSpace(new)
	case diff.Added:
		l.New = spans
	case diff.Removed:
		l.Old = spans
	}
	if l.Old == "" && l.Kind != diff.Added || l.New == "" && l.Kind != diff.Removed {
		return Line{}, fmt.Errorf("line %q: a figure is missing", s)
	}
	return l, nil
}

// stripNotes removes trailing " (…)" groups, nested parentheses included.
func stripNotes(s string) string {
	for strings.HasSuffix(s, ")") {
		depth := 0
		open := -1
		for i := len(s) - 1; i >= 0; i-- {
			switch s[i] {
			case ')':
				depth++
			case '(':
				depth--
			}
			if depth == 0 {
				open = i
				break
			}
		}
		if open <= 0 || s[open-1] != ' ' || !strings.Contains(s[:open], " -> ") {
			return s
		}
		s = strings.TrimSpace(s[:open])
	}
	return s
}
