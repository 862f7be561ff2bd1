package watcher

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/extract"
	"github.com/factdiff/factdiff/facts"
	"github.com/factdiff/factdiff/snapshots"
)

// Store is what the watcher needs of the snapshot store; *snapshots.Store
// implements it.
type Store interface {
	Head(ctx context.Context, watch string) (snapshots.Version, error)
	Previous(ctx context.Context, id int64) (snapshots.Version, error)
	Save(ctx context.Context, v snapshots.Version) (snapshots.Version, bool, error)
	RecordCheck(ctx context.Context, c snapshots.Check) error
	Prune(ctx context.Context, watch string, r snapshots.Retention) (int, error)
	Claim(ctx context.Context, watch string, due time.Time, holder string, lease time.Duration) (snapshots.Lease, error)
	Done(ctx context.Context, watch string, due time.Time, holder string) error
	PruneClaims(ctx context.Context, before time.Time) (int, error)
	PruneChecks(ctx context.Context, before time.Time) (int, error)
}

var _ Store = (*snapshots.Store)(nil)

// Outcome is how a check ended. The values are those of snapshots.Check.
type Outcome string

// The outcomes of a check.
const (
	Unchanged   Outcome = "unchanged"    // fetched, same text as the latest version
	NotModified Outcome = "not_modified" // the server answered 304
	Changed     Outcome = "changed"      // a new version was saved and compared
	First       Outcome = "first"        // the first version of the watch was saved
	Failed      Outcome = "error"        // see Result.Err
)

// Result is the outcome of one check of one watch.
type Result struct {
	Watch    string
	Outcome  Outcome
	Version  int64         // the version saved, 0 if none
	Changes  []diff.Change // the fact changes alerted
	Err      error
	Duration time.Duration
}

// Checker runs single checks: fetch, reduce, hash, save, compare, alert. It
// remembers per watch the hash and validators of the latest version and the
// current error streak.
type Checker struct {
	cfg     *config.Config
	store   Store
	fetcher *Fetcher
	alerter *Alerter
	metrics *Metrics
	logger  *slog.Logger
	now     func() time.Time
	shared  bool // the store is shared with other processes

	mu     sync.Mutex
	states map[string]*watchState
}

// watchState is what a process remembers about a watch between checks.
type watchState struct {
	mu           sync.Mutex
	loaded       bool
	sha          string
	etag         string
	lastModified string
	versionID    int64
	failures     int    // the current error streak
	warned       string // the last charset warning, so it is said once
}

func (c *Checker) state(name string) *watchState {
	c.mu.Lock()
	defer c.mu.Unlock()
	st := c.states[name]
	if st == nil {
		st = &watchState{}
		c.states[name] = st
	}
	return st
}

// Check runs one check of w. It never panics: a panic in the pipeline is
// recovered and reported as the check's error.
func (c *Checker) Check(ctx context.Context, w *config.Watch) (res Result) {
	start := c.now()
	st := c.state(w.Name)
	st.mu.Lock()
	defer st.mu.Unlock()

	res.Watch = w.Name
	func() {
		defer func() {
			if r := recover(); r != nil {
				c.logger.Error("check panicked", slog.String("watch", w.Name),
					slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
				res.Err = fmt.Errorf("panic: %v", r)
			}
		}()
		c.check(ctx, w, st, &res)
	}()
	if res.Err != nil {
		res.Outcome = Failed
		res.Err = fmt.Errorf("watch %q: %w", w.Name, res.Err)
	}
	res.Duration = c.now().Sub(start)

	rec := snapshots.Check{
		Watch: w.Name, At: start.UTC(), Outcome: string(res.Outcome),
		Duration: res.Duration, VersionID: res.Version,
	}
	if res.Err != nil {
		rec.Error = res.Err.Error()
	}
	if err := c.store.RecordCheck(ctx, rec); err != nil && res.Err == nil {
		res.Outcome, res.Err = Failed, fmt.Errorf("watch %q: record check: %w", w.Name, err)
	}
	c.metrics.observeCheck(&res, c.now())
	c.reportStreak(w, st, &res)
	return res
}

// reportStreak logs errors once per streak: the first failure at error
// level, the repeats at debug level with their count, and the recovery once.
func (c *Checker) reportStreak(w *config.Watch, st *watchState, res *Result) {
	if res.Err != nil {
		st.failures++
		if st.failures == 1 {
			c.logger.Error("check failed", slog.String("watch", w.Name),
				slog.String("target", w.Target()), slog.String("error", res.Err.Error()))
		} else {
			c.logger.Debug("check failed again", slog.String("watch", w.Name),
				slog.Int("failures", st.failures), slog.String("error", res.Err.Error()))
		}
		return
	}
	if st.failures > 0 {
		c.logger.Info("check recovered", slog.String("watch", w.Name),
			slog.Int("failures", st.failures), slog.String("outcome", string(res.Outcome)))
		st.failures = 0
	}
	c.logger.Debug("checked", slog.String("watch", w.Name), slog.String("outcome", string(res.Outcome)),
		slog.Duration("duration", res.Duration))
}

func (c *Checker) check(ctx context.Context, w *config.Watch, st *watchState, res *Result) {
	// A shared store may have a newer version saved by another process:
	// read its head every time (one indexed lookup) so that the validators
	// and the hash compared are the store's, not this process's memory.
	if !st.loaded || c.shared {
		v, err := c.store.Head(ctx, w.Name)
		switch {
		case errors.Is(err, snapshots.ErrNotFound):
		case err != nil:
			res.Err = fmt.Errorf("load latest version: %w", err)
			return
		default:
			if v.ID != st.versionID {
				st.sha, st.etag, st.lastModified, st.versionID = v.SHA256, v.ETag, v.LastModified, v.ID
			}
		}
		st.loaded = true
	}

	text, page, err := c.text(ctx, w, st)
	if err != nil {
		res.Err = err
		return
	}
	if page.NotModified {
		st.etag, st.lastModified = page.ETag, page.LastModified
		res.Outcome = NotModified
		return
	}
	sum := sha256.Sum256([]byte(canonical(text)))
	hash := hex.EncodeToString(sum[:])
	if st.versionID != 0 && hash == st.sha {
		st.etag, st.lastModified = page.ETag, page.LastModified
		res.Outcome = Unchanged
		return
	}

	doc := facts.Parse(text)
	// Parent: the version this check started from. Should another process
	// save a newer one while this check ran, this check's text may be the
	// older one and is not stored on top of it; the next run looks again.
	saved, created, err := c.store.Save(ctx, snapshots.Version{
		Watch: w.Name, FetchedAt: c.now().UTC(), SHA256: hash, Text: text,
		ETag: page.ETag, LastModified: page.LastModified, URL: page.URL,
		Figures: doc.Figures, Parent: st.versionID,
	})
	if err != nil {
		res.Err = fmt.Errorf("save version: %w", err)
		return
	}
	if !created {
		// Another process stored this text (or a newer version) first and
		// alerts for it: Save is the one place that decides, so alerts go
		// out exactly once.
		st.sha, st.versionID, st.etag, st.lastModified = saved.SHA256, saved.ID, saved.ETag, saved.LastModified
		if saved.SHA256 == hash {
			st.etag, st.lastModified = page.ETag, page.LastModified
		} else {
			c.logger.Debug("not saved: another process saved a newer version meanwhile", slog.String("watch", w.Name),
				slog.Int64("version", saved.ID))
		}
		res.Outcome = Unchanged
		return
	}
	st.sha, st.versionID, st.etag, st.lastModified = hash, saved.ID, page.ETag, page.LastModified
	res.Version = saved.ID

	prev, err := c.store.Previous(ctx, saved.ID)
	if errors.Is(err, snapshots.ErrNotFound) {
		res.Outcome = First
		c.logger.Info("first version", slog.String("watch", w.Name), slog.Int64("version", saved.ID),
			slog.Int("figures", len(doc.Figures)))
		return
	}
	if err != nil {
		res.Err = fmt.Errorf("version %d saved, but its previous version: %w", saved.ID, err)
		return
	}
	cmp := diff.CompareDocuments(facts.Parse(prev.Text), doc)
	res.Outcome, res.Changes = Changed, detach(cmp.Facts)
	c.logger.Info("new version", slog.String("watch", w.Name), slog.Int64("version", saved.ID),
		slog.Int64("previous", prev.ID), slog.Int("fact_changes", len(cmp.Facts)))
	if len(cmp.Facts) > 0 {
		alerts := make([]Alert, len(cmp.Facts))
		for i, ch := range cmp.Facts {
			alerts[i] = newAlert(w.Name, saved.ID, ch)
		}
		c.alerter.Send(ctx, alerts)
	}
	if r := c.cfg.Retention; r.Enabled() {
		if n, err := c.store.Prune(ctx, w.Name, snapshots.Retention{Keep: r.Keep, MaxAge: r.MaxAge}); err != nil {
			c.logger.Warn("prune failed", slog.String("watch", w.Name), slog.String("error", err.Error()))
		} else if n > 0 {
			c.logger.Debug("pruned", slog.String("watch", w.Name), slog.Int("versions", n))
		}
	}
}

// text fetches or reads w and reduces it to article text, the ignore
// patterns removed. A 304 answer returns a Page with NotModified and no
// text.
func (c *Checker) text(ctx context.Context, w *config.Watch, st *watchState) (string, *Page, error) {
	opts := extract.Options{Selector: w.Selector, Ignore: w.IgnoreRE}
	if w.File != "" {
		body, err := readFile(w.File, int64(c.cfg.BodyLimit))
		if err != nil {
			return "", nil, fmt.Errorf("read %s: %w", w.File, err)
		}
		ct := "text/plain"
		switch strings.ToLower(filepath.Ext(w.File)) {
		case ".html", ".htm", ".xhtml":
			ct = "text/html"
		}
		if ct == "text/plain" && isBinary(body) {
			return "", nil, fmt.Errorf("read %s: %w", w.File, ErrBinary)
		}
		text, err := extract.HTML(body, ct, opts)
		if err != nil {
			return "", nil, fmt.Errorf("extract %s: %w", w.File, err)
		}
		return text, &Page{URL: "file://" + filepath.ToSlash(w.File)}, nil
	}

	start := time.Now()
	page, err := c.fetcher.Fetch(ctx, w.URL, Validators{ETag: st.etag, LastModified: st.lastModified}, w.FollowsRobots())
	c.metrics.fetchDuration.Observe(time.Since(start).Seconds())
	if err != nil {
		return "", nil, err
	}
	if page.NotModified {
		return "", page, nil
	}
	opts.URL, _ = url.Parse(page.URL)
	a, err := extract.Page(page.Body, page.ContentType, opts)
	if err != nil {
		return "", nil, fmt.Errorf("extract %s: %w", page.URL, err)
	}
	c.warnCharset(w, st, a.Charset)
	return a.Text, page, nil
}

// warnCharset logs, once for as long as they last, the charset
// declarations extraction could not follow (an unknown label, a legacy
// charset the bytes contradict); the page was decoded all the same.
func (c *Checker) warnCharset(w *config.Watch, st *watchState, cs extract.Charset) {
	msg := strings.Join(cs.Ignored, "; ")
	if msg != "" && msg != st.warned {
		c.logger.Warn("bad charset", slog.String("watch", w.Name), slog.String("url", w.URL),
			slog.String("error", msg), slog.String("charset", cs.Name))
	}
	st.warned = msg
}

// detach copies the strings of changes out of the article texts they slice,
// so that a Result kept by a caller does not keep both whole versions alive.
func detach(changes []diff.Change) []diff.Change {
	out := make([]diff.Change, len(changes))
	for i, c := range changes {
		for _, side := range []**diff.Side{&c.Old, &c.New} {
			if *side != nil {
				s := **side
				s.Text, s.Sentence = strings.Clone(s.Text), strings.Clone(s.Sentence)
				*side = &s
			}
		}
		out[i] = c
	}
	return out
}
