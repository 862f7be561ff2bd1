package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/factdiff/factdiff/report"
	"github.com/factdiff/factdiff/snapshots"
)

// Store is what the pages read from a snapshot store. *snapshots.Store
// satisfies it.
type Store interface {
	// Watches lists the status of every watch, by name.
	Watches(ctx context.Context) ([]snapshots.WatchStatus, error)
	// History returns the versions of a watch, oldest first, without text.
	History(ctx context.Context, watch string) ([]snapshots.Version, error)
	// Version returns one version with its text and figures.
	Version(ctx context.Context, id int64) (snapshots.Version, error)
	// Previous returns the version stored just before id.
	Previous(ctx context.Context, id int64) (snapshots.Version, error)
	// Timeline returns the values of one fact across the versions.
	Timeline(ctx context.Context, watch, key string) ([]snapshots.Point, error)
	// Checks returns the latest checks of a watch, newest first.
	Checks(ctx context.Context, watch string, limit int) ([]snapshots.Check, error)
}

var _ Store = (*snapshots.Store)(nil)

// Options tunes the pages. The zero value is usable.
type Options struct {
	// Token, when set, is required of every request (see RequireToken).
	Token string
	// Logger receives the errors behind 500 responses; none when nil.
	Logger *slog.Logger
	// Title names the site in page titles; "factdiff" when empty.
	Title string
	// BaseURL is the absolute URL the pages are served at
	// ("https://factdiff.example.org"), for the links of the Atom feeds;
	// when empty it is taken from each request.
	BaseURL string
	// FeedEntries is the most fact changes a feed lists; 100 when zero.
	FeedEntries int
	// Recent is how many of a watch's latest versions are compared with
	// their predecessors for the versions table, the feeds and the choice
	// of timelines; 50 when zero. Any single version's page works for
	// every version.
	Recent int
	// CacheSize is how many version comparisons are remembered; 4096 when
	// zero. Stored versions never change, so neither do comparisons.
	CacheSize int
}

// Limits of the pages.
const (
	checksShown    = 20  // checks on a watch's page
	timelinesShown = 24  // charts on a timeline page
	pointsCharted  = 500 // latest points of one chart
)

//go:embed templates/*.html templates/*.css
var templateFS embed.FS

// server is the handler's state: the store, options and the comparison
// cache, all owned by one handler.
type server struct {
	store Store
	opts  Options
	log   *slog.Logger
	tmpl  *template.Template
	style template.CSS
	cache *changeCache
}

// New returns the handler of the pages over store:
//
//	GET /                           the watches, with their status
//	GET /feed.atom                  fact changes of every watch
//	GET /watch/{name}               a watch's versions and checks
//	GET /watch/{name}/version/{id}  one version's changes from the previous
//	GET /watch/{name}/timeline      a chart of each changing fact (?key= for one)
//	GET /watch/{name}/feed.atom     fact changes of one watch
//
// With opts.Token set, every request needs the token.
func New(store Store, opts Options) http.Handler {
	if opts.FeedEntries <= 0 {
		opts.FeedEntries = 100
	}
	if opts.Recent <= 0 {
		opts.Recent = 50
	}
	if opts.CacheSize <= 0 {
		opts.CacheSize = 4096
	}
	if opts.Title == "" {
		opts.Title = "factdiff"
	}
	opts.BaseURL = strings.TrimSuffix(opts.BaseURL, "/")
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	css, err := templateFS.ReadFile("templates/web.css")
	if err != nil {
		panic(err) // embedded at build time
	}
	s := &server{
		store: store,
		opts:  opts,
		log:   log,
		tmpl:  template.Must(template.New("web").Funcs(templateFuncs()).ParseFS(templateFS, "templates/*.html")),
		// Both stylesheets are ours, embedded at build time.
		style: report.HTMLStyle() + template.CSS(css),
		cache: newChangeCache(opts.CacheSize),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /feed.atom", s.feedAll)
	mux.HandleFunc("GET /watch/{name}", s.watch)
	mux.HandleFunc("GET /watch/{name}/version/{id}", s.version)
	mux.HandleFunc("GET /watch/{name}/timeline", s.timeline)
	mux.HandleFunc("GET /watch/{name}/feed.atom", s.feedWatch)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errNoPage)
	})
	var h http.Handler = mux
	if opts.Token != "" {
		h = RequireToken(opts.Token, h)
	}
	return h
}

// templateFuncs returns the template functions of the pages.
func templateFuncs() template.FuncMap {
	return template.FuncMap{
		"when": func(t time.Time) string {
			if t.IsZero() {
				return "never"
			}
			return t.UTC().Format("2006-01-02 15:04:05 UTC")
		},
		"iso": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"short": func(s string) string {
			if len(s) > 12 {
				return s[:12]
			}
			return s
		},
		"dur": func(d time.Duration) string {
			if d <= 0 {
				return ""
			}
			return d.Round(time.Millisecond).String()
		},
	}
}

// errNoPage is the error of a path that names no page.
var errNoPage = errors.New("no such page")

// setSecurityHeaders forbids scripts, frames and outside loads on every
// response: the pages need only their inline stylesheet. Were the escaping
// of article text ever to fail, nothing injected could run.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
}

// page is what every page's template needs.
type page struct {
	Site    string
	Title   string
	Style   template.CSS
	Crumbs  []crumb
	FeedURL string
	HomeURL string
}

// crumb is one step of the breadcrumb trail.
type crumb struct {
	Name, URL string
}

// newPage returns the common part of a page titled title.
func (s *server) newPage(r *http.Request, title string, crumbs ...crumb) page {
	l := linker{token: queryToken(r)}
	return page{
		Site:    s.opts.Title,
		Title:   title,
		Style:   s.style,
		Crumbs:  crumbs,
		FeedURL: l.feed(""),
		HomeURL: l.home(),
	}
}

// render executes template name into a buffer first, so that a failure
// becomes a clean 500 instead of half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	var b bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		s.fail(w, r, err)
		return
	}
	setSecurityHeaders(w.Header())
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	_, _ = w.Write(b.Bytes())
}

// fail answers r with the page of err: 404 for what does not exist, 500
// (logged, not shown) for the rest.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Something went wrong reading the store; the error is in the log."
	switch {
	case errors.Is(err, snapshots.ErrNotFound), errors.Is(err, errNoPage):
		status, msg = http.StatusNotFound, "There is no such page, watch or version."
	case errors.Is(err, context.Canceled):
		return // the client left
	default:
		s.log.ErrorContext(r.Context(), "web: page failed", slog.String("path", r.URL.Path), slog.Any("error", err))
	}
	var b bytes.Buffer
	data := struct {
		page
		Status  int
		Message string
	}{s.newPage(r, http.StatusText(status)), status, msg}
	setSecurityHeaders(w.Header())
	if s.tmpl.ExecuteTemplate(&b, "error.html", data) != nil {
		http.Error(w, msg, status)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

// linker builds the pages' links, carrying on a token given in the query.
type linker struct {
	token string
}

func (l linker) with(p string, q url.Values) string {
	if l.token != "" {
		if q == nil {
			q = url.Values{}
		}
		q.Set("token", l.token)
	}
	if len(q) > 0 {
		return p + "?" + q.Encode()
	}
	return p
}

func (l linker) home() string { return l.with("/", nil) }

func watchPath(name string) string { return "/watch/" + url.PathEscape(name) }

func (l linker) watch(name string) string { return l.with(watchPath(name), nil) }

func (l linker) version(name string, id int64) string {
	return l.with(watchPath(name)+"/version/"+strconv.FormatInt(id, 10), nil)
}

func (l linker) timeline(name, key string) string {
	var q url.Values
	if key != "" {
		q = url.Values{"key": {key}}
	}
	return l.with(watchPath(name)+"/timeline", q)
}

// feed links the feed of watch name, or of every watch when name is "".
func (l linker) feed(name string) string {
	if name == "" {
		return l.with("/feed.atom", nil)
	}
	return l.with(watchPath(name)+"/feed.atom", nil)
}
