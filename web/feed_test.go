package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
)

// feedDoc is an Atom feed as a reader parses it.
type feedDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Content struct {
			Type string `xml:"type,attr"`
			Body string `xml:",chardata"`
		} `xml:"content"`
	} `xml:"entry"`
}

func TestFeeds(t *testing.T) {
	st := testStore(t)
	h := New(st, Options{})
	flood := versionIDs(t, st, "marlow-floods")
	tests := []struct {
		path    string
		id      string
		updated string
		// want are the entries' titles, newest first: each fact change once.
		want []string
	}{
		{
			path: "/watch/marlow-floods/feed.atom", id: "tag:factdiff,2026:watch/marlow-floods/feed",
			updated: "2026-03-14T08:00:00Z",
			want: []string{
				"marlow-floods: changed killed people: at least 17 -> at least 23 (+6)",
				"marlow-floods: changed residents evacuated: About 3,000 -> About 4,500 (+1,500)",
				"marlow-floods: changed killed people: at least 14 -> at least 17 (+3)",
			},
		},
		{
			path: "/watch/hostile-page/feed.atom", id: "tag:factdiff,2026:watch/hostile-page/feed",
			updated: "2026-03-14T07:30:00Z",
			want:    []string{"hostile-page: changed homes damaged: 12 -> 15 (+3)"},
		},
		{
			path: "/watch/broken-feed/feed.atom", id: "tag:factdiff,2026:watch/broken-feed/feed",
			updated: "1970-01-01T00:00:00Z",
		},
		{
			path: "/feed.atom", id: "tag:factdiff,2026:feed",
			updated: "2026-03-14T08:00:00Z",
			want: []string{
				"marlow-floods: changed killed people: at least 17 -> at least 23 (+6)",
				"marlow-floods: changed residents evacuated: About 3,000 -> About 4,500 (+1,500)",
				"hostile-page: changed homes damaged: 12 -> 15 (+3)",
				"marlow-floods: changed killed people: at least 14 -> at least 17 (+3)",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, body := get(t, h, tt.path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d, want 200\n%s", tt.path, res.StatusCode, body)
			}
			if got := res.Header.Get("Content-Type"); got != "application/atom+xml; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q, want application/atom+xml", tt.path, got)
			}
			var f feedDoc
			if err := xml.Unmarshal([]byte(body), &f); err != nil {
				t.Fatalf("xml.Unmarshal(%s) = %v\n%s", tt.path, err, body)
			}
			if f.ID != tt.id {
				t.Errorf("feed id = %q, want %q", f.ID, tt.id)
			}
			if f.Updated != tt.updated {
				t.Errorf("feed updated = %q, want %q", f.Updated, tt.updated)
			}
			if f.Author.Name == "" || f.Title == "" {
				t.Errorf("feed author %q, title %q: want both", f.Author.Name, f.Title)
			}
			var self bool
			for _, l := range f.Links {
				self = self || l.Rel == "self" && strings.HasPrefix(l.Href, "http://example.com/") && strings.HasSuffix(l.Href, tt.path)
			}
			if !self {
				t.Errorf("feed links %+v: want an absolute self link to %s", f.Links, tt.path)
			}
			var titles []string
			ids := map[string]bool{}
			for _, e := range f.Entries {
				titles = append(titles, e.Title)
				if ids[e.ID] {
					t.Errorf("entry id %q appears twice", e.ID)
				}
				ids[e.ID] = true
				if !strings.HasPrefix(e.ID, "tag:factdiff,2026:watch/") {
					t.Errorf("entry id %q: want a tag URI", e.ID)
				}
				if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
					t.Errorf("entry %q updated %q: %v", e.ID, e.Updated, err)
				}
				if !strings.HasPrefix(e.Link.Href, "http://example.com/watch/") {
					t.Errorf("entry %q link %q: want an absolute link to its version", e.ID, e.Link.Href)
				}
				if e.Content.Type != "html" || !strings.Contains(e.Content.Body, `<mark class="fig">`) {
					t.Errorf("entry %q content (%s) %q: want the fact row with its sentences marked", e.ID, e.Content.Type, e.Content.Body)
				}
				for _, bad := range []string{"<script", "<img"} {
					if strings.Contains(e.Content.Body, bad) {
						t.Errorf("entry %q content holds markup %q from the article", e.ID, bad)
					}
				}
			}
			if got, want := strings.Join(titles, "\n"), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("GET %s: entries\n%s\nwant\n%s", tt.path, got, want)
			}
		})
	}

	// The same fact change has the same id in every feed.
	wantID := fmt.Sprintf("tag:factdiff,2026:watch/marlow-floods/version/%d/fact/1", flood[1])
	for _, path := range []string{"/feed.atom", "/watch/marlow-floods/feed.atom"} {
		_, body := get(t, h, path)
		if !strings.Contains(body, "<id>"+wantID+"</id>") {
			t.Errorf("GET %s: lacks entry id %s", path, wantID)
		}
	}
}

func TestFeedLimits(t *testing.T) {
	st := testStore(t)
	tests := []struct {
		opts Options
		path string
		want int
	}{
		{Options{FeedEntries: 2}, "/feed.atom", 2},
		{Options{FeedEntries: 1}, "/watch/marlow-floods/feed.atom", 1},
		{Options{Recent: 1}, "/watch/marlow-floods/feed.atom", 2}, // the latest version's changes only
		{Options{Recent: 1}, "/feed.atom", 3},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %+v", tt.path, tt.opts), func(t *testing.T) {
			_, body := get(t, New(st, tt.opts), tt.path)
			var f feedDoc
			if err := xml.Unmarshal([]byte(body), &f); err != nil {
				t.Fatalf("xml.Unmarshal = %v", err)
			}
			if len(f.Entries) != tt.want {
				t.Errorf("GET %s with %+v: %d entries, want %d", tt.path, tt.opts, len(f.Entries), tt.want)
			}
		})
	}
}

func TestFeedOfUnknownWatch(t *testing.T) {
	h := New(testStore(t), Options{})
	if res, _ := get(t, h, "/watch/nowhere/feed.atom"); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /watch/nowhere/feed.atom: status %d, want 404", res.StatusCode)
	}
}
