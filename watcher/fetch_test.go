package watcher

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRobotsAllows(t *testing.T) {
	const robotsTxt = `# a comment
User-agent: *
Disallow: /private/
Disallow: /*.pdf$
Allow: /private/press-releases/

User-agent: GreedyBot
User-agent: factdiff
Disallow: /live/
Allow: /live/$
Disallow: /tmp

User-agent: OtherBot
Disallow: /
`
	r := parseRobots([]byte(robotsTxt))
	tests := []struct {
		token, path string
		want        bool
	}{
		{"factdiff", "/world/kiran", true},
		{"factdiff", "/live/blog-123", false},
		{"factdiff", "/live/", true}, // the longer Allow wins
		{"factdiff", "/tmp", false},
		{"factdiff", "/tmpfiles/x", false}, // prefix match
		{"FactDiff", "/live/x", false},     // tokens are case-insensitive
		{"factdiff", "/private/x", true},   // a specific group replaces "*"
		{"somebot", "/private/x", false},
		{"somebot", "/private/press-releases/one", true},
		{"somebot", "/report.pdf", false},
		{"somebot", "/report.pdf?x=1", true}, // '$' anchors the end
		{"somebot", "/a/b/report.pdf", false},
		{"otherbot", "/anything", false},
		{"otherbot", "/robots.txt", true},
	}
	for _, tt := range tests {
		if got := r.allows(tt.token, tt.path); got != tt.want {
			t.Errorf("allows(%q, %q) = %v; want %v", tt.token, tt.path, got, tt.want)
		}
	}
	if !parseRobots(nil).allows("factdiff", "/x") {
		t.Errorf("an empty robots.txt disallows; want everything allowed")
	}
}

func TestMatchRobots(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/", "/anything", true},
		{"/a*c", "/abbbc", true},
		{"/a*c", "/abbbcd", true},
		{"/a*c$", "/abbbcd", false},
		{"/a*c$", "/abcbc", true},
		{"*", "/", true},
		{"/fish", "/Fish", false},
		{"/fish*", "/fish", true},
		{"/x$", "/x", true},
		{"/x$", "/xy", false},
		{"/**a", "/bba", true},
	}
	for _, tt := range tests {
		if got := matchRobots(tt.pattern, tt.path); got != tt.want {
			t.Errorf("matchRobots(%q, %q) = %v; want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func FuzzRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /a*b$\n"), "/a/x/b")
	f.Add([]byte("user-agent:factdiff\nallow:\ndisallow:/\n"), "/")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		r := parseRobots(data)
		_ = r.allows(robotsToken, path)
		_ = r.allows("*", path)
	})
}

func newTestFetcher(o FetcherOptions) *Fetcher {
	if o.Timeout == 0 {
		o.Timeout = 2 * time.Second
	}
	if o.Backoff == 0 {
		o.Backoff = 10 * time.Millisecond
	}
	return NewFetcher(o)
}

func TestFetchRobots(t *testing.T) {
	var robotsHits, pageHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			robotsHits.Add(1)
			fmt.Fprint(w, "User-agent: factdiff\nDisallow: /members/\n")
		default:
			pageHits.Add(1)
			fmt.Fprint(w, "<p>hello</p>")
		}
	}))
	defer srv.Close()
	f := newTestFetcher(FetcherOptions{})
	ctx := context.Background()

	tests := []struct {
		path   string
		robots bool
		want   error
	}{
		{"/news/a", true, nil},
		{"/members/b", true, ErrRobots},
		{"/members/b", false, nil}, // the per-watch opt-out
		{"/news/c", true, nil},
	}
	for _, tt := range tests {
		_, err := f.Fetch(ctx, srv.URL+tt.path, Validators{}, tt.robots)
		if !errors.Is(err, tt.want) {
			t.Errorf("Fetch(%s, robots %v) = %v; want %v", tt.path, tt.robots, err, tt.want)
		}
	}
	if got := robotsHits.Load(); got != 1 {
		t.Errorf("robots.txt fetched %d times; want 1 (cached per host)", got)
	}
	if got := pageHits.Load(); got != 3 {
		t.Errorf("pages fetched %d times; want 3 (the disallowed one not at all)", got)
	}
}

func TestFetchRobotsUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	_, err := newTestFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL+"/a", Validators{}, true)
	if !errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("Fetch with robots.txt answering 503 = %v; want ErrRobots saying unreachable", err)
	}
}

func TestFetchConditionalGET(t *testing.T) {
	var full, notModified atomic.Int32
	const etag = `"v1"`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT")
		fmt.Fprint(w, "<p>hello</p>")
	}))
	defer srv.Close()
	f := newTestFetcher(FetcherOptions{})
	ctx := context.Background()
	p, err := f.Fetch(ctx, srv.URL, Validators{}, false)
	if err != nil || p.ETag != etag || p.NotModified {
		t.Fatalf("first Fetch = %+v, %v; want a full page with ETag %s", p, err, etag)
	}
	for range 3 {
		p, err = f.Fetch(ctx, srv.URL, Validators{ETag: p.ETag, LastModified: p.LastModified}, false)
		if err != nil || !p.NotModified || p.ETag != etag {
			t.Fatalf("conditional Fetch = %+v, %v; want NotModified keeping the ETag", p, err)
		}
	}
	if full.Load() != 1 || notModified.Load() != 3 {
		t.Errorf("server sent %d full pages and %d 304s; want 1 and 3", full.Load(), notModified.Load())
	}
}

func TestFetchRetries(t *testing.T) {
	tests := []struct {
		name      string
		failures  int32 // answers before success
		status    int
		retries   int
		wantErr   bool
		wantTries int32
	}{
		{"503 then success", 2, http.StatusServiceUnavailable, 2, false, 3},
		{"500 beyond retries", 5, http.StatusInternalServerError, 2, true, 3},
		{"404 is not retried", 5, http.StatusNotFound, 2, true, 1},
		{"429 is retried", 1, http.StatusTooManyRequests, 1, false, 2},
		{"no retries", 1, http.StatusBadGateway, 0, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tries atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tries.Add(1) <= tt.failures {
					http.Error(w, "no", tt.status)
					return
				}
				fmt.Fprint(w, "<p>ok</p>")
			}))
			defer srv.Close()
			_, err := newTestFetcher(FetcherOptions{Retries: tt.retries}).Fetch(context.Background(), srv.URL, Validators{}, false)
			if (err != nil) != tt.wantErr || tries.Load() != tt.wantTries {
				t.Errorf("Fetch = %v after %d tries; want error %v after %d", err, tries.Load(), tt.wantErr, tt.wantTries)
			}
			var se *StatusError
			if tt.wantErr && (!errors.As(err, &se) || se.Code != tt.status) {
				t.Errorf("Fetch = %v; want a StatusError %d", err, tt.status)
			}
		})
	}
}

func TestFetchResetRetried(t *testing.T) {
	var tries atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tries.Add(1) == 1 {
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
			return
		}
		fmt.Fprint(w, "<p>ok</p>")
	}))
	defer srv.Close()
	p, err := newTestFetcher(FetcherOptions{Retries: 1}).Fetch(context.Background(), srv.URL, Validators{}, false)
	if err != nil || p.Attempts != 2 {
		t.Errorf("Fetch after a dropped connection = %v, %v; want success on attempt 2", p, err)
	}
}

func TestFetchLimits(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		want    error
	}{
		{"declared too large", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "5000")
			w.Write([]byte(strings.Repeat("a", 5000)))
		}, ErrBodyTooLarge},
		{"chunked too large", func(w http.ResponseWriter, r *http.Request) {
			for range 10 {
				w.Write([]byte(strings.Repeat("a", 500)))
				w.(http.Flusher).Flush()
			}
		}, ErrBodyTooLarge},
		{"at the limit", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(strings.Repeat("a", 1000)))
		}, nil},
		{"pdf", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7"))
		}, ErrBinary},
		{"redirect loop", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path+"x", http.StatusMovedPermanently)
		}, ErrTooManyRedirects},
		{"slow", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("a"))
			w.(http.Flusher).Flush()
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		}, ErrTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			f := newTestFetcher(FetcherOptions{BodyLimit: 1000, Timeout: 300 * time.Millisecond})
			_, err := f.Fetch(context.Background(), srv.URL+"/p", Validators{}, false)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("Fetch = %v; want %v", err, tt.want)
			}
		})
	}
}

func TestFetchRateLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") }))
	defer srv.Close()
	tests := []struct {
		name    string
		rate    float64
		burst   int
		n       int
		minTime time.Duration
		maxTime time.Duration
	}{
		{"10 per second, burst 2", 10, 2, 6, 350 * time.Millisecond, 2 * time.Second},
		{"unlimited", 0, 1, 6, 0, 300 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newTestFetcher(FetcherOptions{RatePerHost: tt.rate, Burst: tt.burst})
			start := time.Now()
			for range tt.n {
				if _, err := f.Fetch(context.Background(), srv.URL, Validators{}, false); err != nil {
					t.Fatal(err)
				}
			}
			if d := time.Since(start); d < tt.minTime || d > tt.maxTime {
				t.Errorf("%d fetches took %v; want %v to %v", tt.n, d, tt.minTime, tt.maxTime)
			}
		})
	}
	// A wait longer than the deadline fails at once, naming the host.
	f := newTestFetcher(FetcherOptions{RatePerHost: 0.1, Burst: 1})
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	_, _ = f.Fetch(ctx, srv.URL, Validators{}, false)
	if _, err := f.Fetch(ctx, srv.URL, Validators{}, false); err == nil || !strings.Contains(err.Error(), "rate limit for 127.0.0.1") {
		t.Errorf("Fetch beyond the rate within the deadline = %v; want a rate limit error", err)
	}
}

func TestFetchUserAgent(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	if _, err := newTestFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{}, false); err != nil {
		t.Fatal(err)
	}
	got, _ := ua.Load().(string)
	if !strings.HasPrefix(got, "factdiff/") || !strings.Contains(got, "(+https://github.com/factdiff/factdiff)") {
		t.Errorf("User-Agent = %q; want factdiff/<version> (+https://github.com/factdiff/factdiff)", got)
	}
}
