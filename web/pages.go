package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/report"
	"github.com/factdiff/factdiff/snapshots"
)

// watchRow is one line of the list of watches.
type watchRow struct {
	snapshots.WatchStatus
	URL     string
	Failing bool // the latest check failed
}

func (s *server) index(w http.ResponseWriter, r *http.Request) {
	ws, err := s.store.Watches(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	l := linker{token: queryToken(r)}
	data := struct {
		page
		Watches []watchRow
	}{page: s.newPage(r, "Watches")}
	for _, st := range ws {
		data.Watches = append(data.Watches, watchRow{WatchStatus: st, URL: l.watch(st.Watch), Failing: st.LastOutcome == "error"})
	}
	s.render(w, r, "index.html", data)
}

// versionRow is one line of a watch's versions.
type versionRow struct {
	Seq       int
	Version   snapshots.Version
	URL       string
	First     bool
	Compared  bool // its changes are known (a recent version)
	Summary   diff.Summary
	Changes   int
	Timelines []keyLink
}

// keyLink links a fact key to its timeline.
type keyLink struct {
	Key, URL string
}

func (s *server) watch(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.PathValue("name")
	hist, err := s.store.History(ctx, name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status, err := s.status(r, name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	vcs, err := s.recentChanges(ctx, hist)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	checks, err := s.store.Checks(ctx, name, checksShown)
	if err != nil && !errors.Is(err, snapshots.ErrNotFound) {
		s.fail(w, r, err)
		return
	}
	l := linker{token: queryToken(r)}
	data := struct {
		page
		Name        string
		Status      snapshots.WatchStatus
		Failing     bool
		TimelineURL string
		WatchFeed   string
		Versions    []versionRow
		Checks      []snapshots.Check
		Older       int // versions older than the compared ones
	}{
		page:        s.newPage(r, name),
		Name:        name,
		Status:      status,
		Failing:     status.LastOutcome == "error",
		TimelineURL: l.timeline(name, ""),
		WatchFeed:   l.feed(name),
		Checks:      checks,
	}
	data.FeedURL = data.WatchFeed
	for _, vc := range vcs {
		row := versionRow{
			Seq: vc.Seq, Version: vc.Version, URL: l.version(name, vc.Version.ID),
			First: vc.First, Compared: true, Changes: len(vc.Facts),
		}
		for _, c := range vc.Facts {
			switch c.Kind {
			case diff.Changed:
				row.Summary.Changed++
			case diff.Added:
				row.Summary.Added++
			case diff.Removed:
				row.Summary.Removed++
			}
		}
		data.Versions = append(data.Versions, row)
	}
	// Older versions are listed without comparing them.
	for i := len(hist) - len(vcs) - 1; i >= 0; i-- {
		data.Versions = append(data.Versions, versionRow{Seq: i + 1, Version: hist[i], URL: l.version(name, hist[i].ID), First: i == 0})
		data.Older++
	}
	s.render(w, r, "watch.html", data)
}

// status returns the status of watch name, or ErrNotFound.
func (s *server) status(r *http.Request, name string) (snapshots.WatchStatus, error) {
	ws, err := s.store.Watches(r.Context())
	if err != nil {
		return snapshots.WatchStatus{}, err
	}
	for _, st := range ws {
		if st.Watch == name {
			return st, nil
		}
	}
	return snapshots.WatchStatus{}, fmt.Errorf("watch %q: %w", name, snapshots.ErrNotFound)
}

func (s *server) version(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.PathValue("name")
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.fail(w, r, errNoPage)
		return
	}
	v, err := s.store.Version(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if v.Watch != name {
		s.fail(w, r, errNoPage)
		return
	}
	hist, err := s.store.History(ctx, name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	seq, next := 0, int64(0)
	for i, h := range hist {
		if h.ID == id {
			seq = i + 1
			if i+1 < len(hist) {
				next = hist[i+1].ID
			}
		}
	}
	l := linker{token: queryToken(r)}
	data := struct {
		page
		Name        string
		Version     snapshots.Version
		Seq, Total  int
		PrevURL     string
		NextURL     string
		Previous    snapshots.Version
		First       bool
		Report      *report.HTMLReport
		Text        string
		TimelineURL string
	}{
		page:        s.newPage(r, fmt.Sprintf("%s, version %d", name, seq), crumb{Name: name, URL: l.watch(name)}),
		Name:        name,
		Version:     v,
		Seq:         seq,
		Total:       len(hist),
		TimelineURL: l.timeline(name, ""),
	}
	data.FeedURL = l.feed(name)
	if next != 0 {
		data.NextURL = l.version(name, next)
	}
	prev, err := s.store.Previous(ctx, id)
	switch {
	case errors.Is(err, snapshots.ErrNotFound):
		data.First, data.Text = true, v.Text
	case err != nil:
		s.fail(w, r, err)
		return
	default:
		data.Previous = prev
		data.PrevURL = l.version(name, prev.ID)
		res := s.compare(prev, v)
		data.Report = report.NewHTMLReport(res, report.HTMLOptions{
			OldName: "version " + strconv.Itoa(max(seq-1, 0)),
			NewName: "version " + strconv.Itoa(seq),
			KeyURL:  func(key string) string { return l.timeline(name, key) },
		})
	}
	s.render(w, r, "version.html", data)
}

func (s *server) timeline(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.PathValue("name")
	hist, err := s.store.History(ctx, name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	l := linker{token: queryToken(r)}
	only := r.URL.Query().Get("key")
	var keys []string
	if only != "" {
		keys = []string{only}
	} else {
		// The facts that changed lately, the latest first.
		vcs, err := s.recentChanges(ctx, hist)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		seen := map[string]bool{}
		for _, vc := range vcs {
			for _, c := range vc.Facts {
				if k := strings.TrimSpace(c.Key); k != "" && !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
	}
	more := max(0, len(keys)-timelinesShown)
	keys = keys[:min(len(keys), timelinesShown)]

	var charts []chart
	for _, k := range keys {
		pts, err := s.store.Timeline(ctx, name, k)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		c := newChart(k, pts, func(id int64) string { return l.version(name, id) })
		if len(c.Points) > 0 {
			charts = append(charts, c)
		}
	}

	// Every fact of the latest version can be charted on request.
	var others []keyLink
	if len(hist) > 0 {
		latest, err := s.store.Version(ctx, hist[len(hist)-1].ID)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		seen := map[string]bool{}
		for _, k := range keys {
			seen[k] = true
		}
		for _, f := range latest.Figures {
			if k := strings.TrimSpace(f.Key); k != "" && !seen[k] {
				seen[k] = true
				others = append(others, keyLink{Key: k, URL: l.timeline(name, k)})
			}
		}
	}
	title := "Timelines of " + name
	if only != "" {
		title = only + " in " + name
	}
	data := struct {
		page
		Name     string
		Key      string
		Charts   []chart
		More     int
		Others   []keyLink
		AllURL   string
		Versions int
	}{
		page:     s.newPage(r, title, crumb{Name: name, URL: l.watch(name)}),
		Name:     name,
		Key:      only,
		Charts:   charts,
		More:     more,
		Others:   others,
		AllURL:   l.timeline(name, ""),
		Versions: len(hist),
	}
	data.FeedURL = l.feed(name)
	s.render(w, r, "timeline.html", data)
}
