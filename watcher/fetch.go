package watcher

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime/debug"
	"strings"
	"syscall"
	"time"
)

// Errors a fetch fails with; test with errors.Is.
var (
	// ErrBodyTooLarge means the body, after decompression, is longer than
	// the configured body limit.
	ErrBodyTooLarge = errors.New("watcher: body larger than the limit")
	// ErrBinary means the content is declared or sniffed as binary.
	ErrBinary = errors.New("watcher: binary content, not an article")
	// ErrTooManyRedirects means the page redirected more than MaxRedirects
	// times, a loop most likely.
	ErrTooManyRedirects = errors.New("watcher: too many redirects")
	// ErrTimeout means one fetch attempt took longer than the timeout.
	ErrTimeout = errors.New("watcher: fetch timed out")
	// ErrRobots means robots.txt does not allow fetching the page.
	ErrRobots = errors.New("watcher: disallowed by robots.txt")
)

// MaxRedirects is the number of redirects a fetch follows.
const MaxRedirects = 10

// StatusError is a response status other than 2xx and 304.
type StatusError struct {
	Code   int
	Status string
}

// Error returns "HTTP status " and the status line.
func (e *StatusError) Error() string { return "HTTP status " + e.Status }

// Page is a fetched document.
type Page struct {
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	URL          string // after redirects
	NotModified  bool   // the server answered 304 to the conditional GET
	Attempts     int
}

// Validators are the cache validators of the stored version, sent with a
// conditional GET.
type Validators struct {
	ETag         string
	LastModified string
}

// FetcherOptions configure a Fetcher; zero fields take the config defaults.
type FetcherOptions struct {
	UserAgent   string
	Timeout     time.Duration // one attempt
	BodyLimit   int64
	Retries     int
	Backoff     time.Duration // first retry delay, doubled each time; default 1s
	RatePerHost float64       // requests per second, 0 for none
	Burst       int
	MaxConns    int // idle connections kept per host
}

// Fetcher gets pages over HTTP with a plain net/http client: timeouts,
// redirect and body limits, transparent gzip, conditional GET, robots.txt,
// a per-host rate limit and retries with backoff.
type Fetcher struct {
	client  *http.Client
	opts    FetcherOptions
	limiter *hostLimiter
	robots  *robotsCache
}

// NewFetcher returns a Fetcher.
func NewFetcher(o FetcherOptions) *Fetcher {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent()
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.BodyLimit <= 0 {
		o.BodyLimit = 10 << 20
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxConns <= 0 {
		o.MaxConns = 16
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = o.MaxConns
	tr.MaxIdleConns = 4 * o.MaxConns
	f := &Fetcher{
		client: &http.Client{
			Transport: tr,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) >= MaxRedirects {
					return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, len(via))
				}
				return nil
			},
		},
		opts:    o,
		limiter: newHostLimiter(o.RatePerHost, o.Burst),
	}
	f.robots = newRobotsCache(f)
	return f
}

// DefaultUserAgent is the User-Agent sent unless the config names another.
func DefaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	return "factdiff/" + v + " (+https://github.com/factdiff/factdiff)"
}

// robotsToken is the product token matched against robots.txt groups.
const robotsToken = "factdiff"

// Fetch gets rawURL, conditionally on v, after checking robots.txt when
// robots is set. Server errors, timeouts and reset connections are retried
// with exponential backoff.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, v Validators, robots bool) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if robots {
		if err := f.robots.allowed(ctx, u); err != nil {
			return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
	}
	for attempt := 1; ; attempt++ {
		p, err := f.get(ctx, u, v)
		if err == nil {
			p.Attempts = attempt
			return p, nil
		}
		if attempt > f.opts.Retries || !retryable(err) || ctx.Err() != nil {
			if attempt > 1 {
				return nil, fmt.Errorf("fetch %s: %w (after %d attempts)", rawURL, err, attempt)
			}
			return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
		if serr := sleep(ctx, backoff(f.opts.Backoff, attempt)); serr != nil {
			return nil, fmt.Errorf("fetch %s: %w (retry abandoned: %v)", rawURL, err, serr)
		}
	}
}

// backoff returns the delay before retry n (1-based): base, 2·base, 4·base…
// with up to 20% jitter so that retries to one host spread out.
func backoff(base time.Duration, n int) time.Duration {
	d := base << min(n-1, 6)
	return d + time.Duration(rand.Int64N(int64(d)/5+1))
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// retryable reports whether a failed attempt may succeed if tried again.
func retryable(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests
	}
	return errors.Is(err, ErrTimeout) || isTimeout(err) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// get makes one attempt.
func (f *Fetcher) get(ctx context.Context, u *url.URL, v Validators) (*Page, error) {
	if err := f.limiter.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	actx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	p, err := f.do(actx, u, v)
	if err != nil && ctx.Err() == nil && errors.Is(actx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Errorf("%w after %v", ErrTimeout, f.opts.Timeout)
	}
	return p, err
}

func (f *Fetcher) do(ctx context.Context, u *url.URL, v Validators) (*Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the URL is named by the caller
		}
		return nil, err
	}
	defer resp.Body.Close()

	p := &Page{
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		URL:          resp.Request.URL.String(),
	}
	if resp.StatusCode == http.StatusNotModified {
		p.NotModified = true
		if p.ETag == "" {
			p.ETag = v.ETag
		}
		if p.LastModified == "" {
			p.LastModified = v.LastModified
		}
		return p, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10)) // lets the connection be reused
		return nil, &StatusError{Code: resp.StatusCode, Status: resp.Status}
	}
	if mt := mediaType(p.ContentType); binaryType(mt) {
		return nil, fmt.Errorf("%w: Content-Type %s", ErrBinary, mt)
	}
	if resp.ContentLength > f.opts.BodyLimit {
		return nil, fmt.Errorf("%w: Content-Length %d, the limit is %d", ErrBodyTooLarge, resp.ContentLength, f.opts.BodyLimit)
	}
	body := io.Reader(resp.Body)
	if !resp.Uncompressed && strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		// Sent compressed although the transport did not ask: decompress
		// here; the limit below then bounds the decompressed bytes.
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		body = zr
	}
	if p.Body, err = readLimited(body, f.opts.BodyLimit); err != nil {
		return nil, err
	}
	if isBinary(p.Body) {
		return nil, fmt.Errorf("%w: the body holds binary bytes", ErrBinary)
	}
	return p, nil
}

// readLimited reads r to the end, failing with ErrBodyTooLarge as soon as
// more than limit bytes arrive: a huge or endless body costs at most limit
// bytes of memory.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w of %d bytes", ErrBodyTooLarge, limit)
	}
	if err != nil {
		return nil, err
	}
	return b, nil
}

func mediaType(contentType string) string {
	if contentType == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt
}

// binaryType reports whether a declared media type cannot hold an article.
// Undeclared and unusual text types are let through to sniffing.
func binaryType(mt string) bool {
	switch {
	case mt == "", strings.HasPrefix(mt, "text/"), strings.HasSuffix(mt, "+xml"),
		mt == "application/xml", mt == "application/json", mt == "application/octet-stream":
		// octet-stream is what misconfigured servers send for anything;
		// the body is sniffed instead.
		return false
	}
	return true
}

// readFile reads a local file of at most limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return readLimited(fh, limit)
}

// isTimeout reports whether err is a network timeout.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
