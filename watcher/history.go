package watcher

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/factdiff/factdiff/snapshots"
)

// HistoryStore is what History needs of the snapshot store.
type HistoryStore interface {
	History(ctx context.Context, watch string) ([]snapshots.Version, error)
	Version(ctx context.Context, id int64) (snapshots.Version, error)
}

// History is the versions kept for a watch and each figure key's values
// across them.
type History struct {
	Watch    string         `json:"watch"`
	Versions []VersionInfo  `json:"versions"`
	Facts    []FactTimeline `json:"facts"`
}

// VersionInfo describes one stored version.
type VersionInfo struct {
	ID        int64     `json:"id"`
	FetchedAt time.Time `json:"fetched_at"`
	SHA256    string    `json:"sha256"`
	URL       string    `json:"url"`
	Figures   int       `json:"figures"`
}

// FactTimeline is one figure key's values, version by version.
type FactTimeline struct {
	Key      string      `json:"key"`
	Category string      `json:"category"`
	Values   []FactValue `json:"values"`
}

// FactValue is a figure as it stood in one version; a key found several
// times in a version has several values for it.
type FactValue struct {
	Version int64    `json:"version"`
	Value   float64  `json:"value"`
	High    *float64 `json:"high,omitempty"`
	Text    string   `json:"text"`
}

// LoadHistory reads the history of watch from s. It fails with
// snapshots.ErrNotFound when the store has no version of it.
func LoadHistory(ctx context.Context, s HistoryStore, watch string) (*History, error) {
	vs, err := s.History(ctx, watch)
	if err != nil {
		return nil, fmt.Errorf("history of %q: %w", watch, err)
	}
	if len(vs) == 0 {
		return nil, fmt.Errorf("history of %q: %w", watch, snapshots.ErrNotFound)
	}
	h := &History{Watch: watch, Versions: make([]VersionInfo, 0, len(vs)), Facts: []FactTimeline{}}
	byKey := map[string]int{}
	for _, v := range vs {
		full, err := s.Version(ctx, v.ID)
		if err != nil {
			return nil, fmt.Errorf("history of %q: version %d: %w", watch, v.ID, err)
		}
		h.Versions = append(h.Versions, VersionInfo{
			ID: v.ID, FetchedAt: v.FetchedAt.UTC(), SHA256: v.SHA256, URL: v.URL, Figures: len(full.Figures),
		})
		for _, f := range full.Figures {
			key := f.Key
			if key == "" {
				key = "(no key) " + string(f.Category)
			}
			i, ok := byKey[key]
			if !ok {
				i = len(h.Facts)
				byKey[key] = i
				h.Facts = append(h.Facts, FactTimeline{Key: key, Category: string(f.Category)})
			}
			h.Facts[i].Values = append(h.Facts[i].Values, FactValue{Version: v.ID, Value: f.Value, High: f.High, Text: f.Text})
		}
	}
	return h, nil
}

// WriteJSON writes h as one indented JSON document.
func (h *History) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(h)
}

// WriteText writes h for people: the versions, then each key's values with
// the version they stand in, "-" where a version lacks the key.
func (h *History) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d version", h.Watch, len(h.Versions))
	if len(h.Versions) != 1 {
		b.WriteByte('s')
	}
	b.WriteString("\n")
	for _, v := range h.Versions {
		fmt.Fprintf(&b, "  #%-6d %s  %3d figures  %.12s  %s\n", v.ID, v.FetchedAt.Format("2006-01-02 15:04:05Z"), v.Figures, v.SHA256, v.URL)
	}
	if len(h.Facts) > 0 {
		b.WriteString("\nfigures over time:\n")
	}
	for _, f := range h.Facts {
		var parts []string
		prev := ""
		for i, v := range h.Versions {
			var texts []string
			for _, fv := range f.Values {
				if fv.Version == v.ID {
					texts = append(texts, fv.Text)
				}
			}
			cur := strings.Join(texts, ", ")
			if cur == "" {
				cur = "-"
			}
			if i == 0 || cur != prev {
				parts = append(parts, fmt.Sprintf("#%d %s", v.ID, cur))
			}
			prev = cur
		}
		fmt.Fprintf(&b, "  %s [%s]: %s\n", f.Key, f.Category, strings.Join(parts, " -> "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
