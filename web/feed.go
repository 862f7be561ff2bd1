package web

import (
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/report"
	"github.com/factdiff/factdiff/snapshots"
)

// atomNS is the Atom namespace.
const atomNS = "http://www.w3.org/2005/Atom"

// tagPrefix starts the ids of feeds and entries: tag URIs (RFC 4151), the
// same whatever address the pages are served at.
const tagPrefix = "tag:factdiff,2026:"

// atomFeed is an Atom feed document (RFC 4287).
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Updated   string      `xml:"updated"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Links     []atomLink  `xml:"link"`
	Entries   []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID       string       `xml:"id"`
	Title    string       `xml:"title"`
	Updated  string       `xml:"updated"`
	Links    []atomLink   `xml:"link"`
	Category atomCategory `xml:"category"`
	Summary  string       `xml:"summary"`
	Content  atomContent  `xml:"content"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// feedEntry is one fact change of one version.
type feedEntry struct {
	watch   string
	version snapshots.Version
	index   int // the change's place in the version's comparison
	change  diff.Change
}

// entryID is the id of a fact change: the watch, the version and the
// change's place among the version's changes.
func entryID(watch string, versionID int64, index int) string {
	return tagPrefix + "watch/" + url.PathEscape(watch) + "/version/" + strconv.FormatInt(versionID, 10) +
		"/fact/" + strconv.Itoa(index+1)
}

// watchEntries returns the fact changes of the latest versions of watch,
// newest first, at most opts.FeedEntries of them.
func (s *server) watchEntries(ctx context.Context, watch string) ([]feedEntry, error) {
	hist, err := s.store.History(ctx, watch)
	if err != nil {
		return nil, err
	}
	vcs, err := s.recentChanges(ctx, hist)
	if err != nil {
		return nil, err
	}
	var out []feedEntry
	for _, vc := range vcs {
		for i, c := range vc.Facts {
			if len(out) == s.opts.FeedEntries {
				return out, nil
			}
			out = append(out, feedEntry{watch: watch, version: vc.Version, index: i, change: c})
		}
	}
	return out, nil
}

// allEntries returns the latest fact changes of every watch, newest first.
// Watches are visited from the latest changed, and no further once none
// could hold a change newer than the feed's oldest.
func (s *server) allEntries(ctx context.Context) ([]feedEntry, error) {
	ws, err := s.store.Watches(ctx)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(ws, func(a, b snapshots.WatchStatus) int { return b.LastChange.Compare(a.LastChange) })
	var out []feedEntry
	for _, w := range ws {
		if w.Versions < 2 {
			continue
		}
		if len(out) >= s.opts.FeedEntries && w.LastChange.Before(out[len(out)-1].version.FetchedAt) {
			break
		}
		es, err := s.watchEntries(ctx, w.Watch)
		if errors.Is(err, snapshots.ErrNotFound) {
			continue // removed meanwhile
		}
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
		slices.SortStableFunc(out, func(a, b feedEntry) int {
			if c := b.version.FetchedAt.Compare(a.version.FetchedAt); c != 0 {
				return c
			}
			if c := cmp.Compare(b.version.ID, a.version.ID); c != 0 {
				return c
			}
			return cmp.Compare(a.index, b.index)
		})
		out = out[:min(len(out), s.opts.FeedEntries)]
	}
	return out, nil
}

func (s *server) feedAll(w http.ResponseWriter, r *http.Request) {
	es, err := s.allEntries(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var updated time.Time
	if len(es) == 0 {
		// Without entries the feed changed when a watch last did.
		ws, err := s.store.Watches(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, st := range ws {
			if st.LastChange.After(updated) {
				updated = st.LastChange
			}
		}
	}
	s.writeFeed(w, r, "", s.opts.Title+": fact changes", tagPrefix+"feed", es, updated)
}

func (s *server) feedWatch(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	es, err := s.watchEntries(r.Context(), name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var updated time.Time
	if len(es) == 0 {
		if hist, err := s.store.History(r.Context(), name); err == nil && len(hist) > 0 {
			updated = hist[len(hist)-1].FetchedAt
		}
	}
	s.writeFeed(w, r, name, s.opts.Title+": fact changes in "+name, tagPrefix+"watch/"+url.PathEscape(name)+"/feed", es, updated)
}

// writeFeed writes the Atom feed of entries es (newest first). updated is
// the feed's time when it has no entries.
func (s *server) writeFeed(w http.ResponseWriter, r *http.Request, watch, title, id string, es []feedEntry, updated time.Time) {
	base := s.baseURL(r)
	l := linker{token: queryToken(r)}
	page := l.home()
	if watch != "" {
		page = l.watch(watch)
	}
	feed := atomFeed{
		ID:        id,
		Title:     title,
		Author:    atomPerson{Name: "factdiff"},
		Generator: "factdiff",
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + l.feed(watch)},
			{Rel: "alternate", Type: "text/html", Href: base + page},
		},
	}
	for _, e := range es {
		if e.version.FetchedAt.After(updated) {
			updated = e.version.FetchedAt
		}
		content, err := entryContent(e)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		feed.Entries = append(feed.Entries, atomEntry{
			ID:       entryID(e.watch, e.version.ID, e.index),
			Title:    e.watch + ": " + report.Line(e.change),
			Updated:  atomTime(e.version.FetchedAt),
			Links:    []atomLink{{Rel: "alternate", Type: "text/html", Href: base + l.version(e.watch, e.version.ID) + "#fact-" + strconv.Itoa(e.index+1)}},
			Category: atomCategory{Term: string(e.change.Category)},
			Summary:  report.Line(e.change),
			Content:  atomContent{Type: "html", Body: content},
		})
	}
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}
	feed.Updated = atomTime(updated)

	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(feed); err != nil {
		s.fail(w, r, fmt.Errorf("web: feed: %w", err))
		return
	}
	b.WriteByte('\n')
	setSecurityHeaders(w.Header())
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	_, _ = w.Write(b.Bytes())
}

// entryContent renders one fact change as the report's table row, with its
// old and new sentences: HTML that the feed carries escaped.
func entryContent(e feedEntry) (string, error) {
	rep := report.NewHTMLReport(&diff.Result{Facts: []diff.Change{e.change}}, report.HTMLOptions{})
	h, err := rep.Facts()
	return string(h), err
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// baseURL returns the absolute URL the pages are served at.
func (s *server) baseURL(r *http.Request) string {
	if s.opts.BaseURL != "" {
		return s.opts.BaseURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
