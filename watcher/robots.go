package watcher

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// How long a robots.txt answer is trusted before it is fetched again.
const (
	robotsTTL      = time.Hour
	robotsErrorTTL = time.Minute
	robotsMaxSize  = 512 << 10 // RFC 9309 asks parsers to read at least 500 KiB
)

// robots is a parsed robots.txt: the groups of rules, each for some user
// agents (RFC 9309, without the extensions nobody agrees on).
type robots struct {
	groups []robotsGroup
}

type robotsGroup struct {
	agents []string // lower case
	rules  []robotsRule
}

type robotsRule struct {
	allow   bool
	pattern string
}

// parseRobots parses a robots.txt body. It never fails: lines it does not
// understand are skipped, as the RFC asks.
func parseRobots(data []byte) *robots {
	r := &robots{}
	var cur *robotsGroup
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), robotsMaxSize)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if cur == nil || len(cur.rules) > 0 {
				r.groups = append(r.groups, robotsGroup{})
				cur = &r.groups[len(r.groups)-1]
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
		case "allow", "disallow":
			if cur == nil || val == "" {
				continue
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: val})
		}
	}
	return r
}

// allows reports whether the agent named by token may fetch path (the
// escaped path and query of a URL).
func (r *robots) allows(token, path string) bool {
	if path == "/robots.txt" {
		return true
	}
	token = strings.ToLower(token)
	var rules []robotsRule
	for _, g := range r.groups {
		for _, a := range g.agents {
			if a == token || strings.HasPrefix(a, token+"/") {
				rules = append(rules, g.rules...)
				break
			}
		}
	}
	if rules == nil {
		for _, g := range r.groups {
			for _, a := range g.agents {
				if a == "*" {
					rules = append(rules, g.rules...)
					break
				}
			}
		}
	}
	best, allow := -1, true
	for _, rule := range rules {
		if !matchRobots(rule.pattern, path) {
			continue
		}
		n := len(rule.pattern)
		if n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// matchRobots reports whether path starts with something pattern matches:
// '*' stands for any run of characters and a final '$' anchors the end.
func matchRobots(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	// Classic wildcard matching with one backtrack point; an unanchored
	// pattern ends with an implicit '*'.
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case p == len(pattern) && !anchored:
			return true
		case star >= 0:
			p = star + 1
			mark++
			s = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// robotsCache fetches and keeps the robots.txt of each host.
type robotsCache struct {
	f       *Fetcher
	mu      sync.Mutex
	entries map[string]*robotsEntry // by scheme://host
}

type robotsEntry struct {
	mu      sync.Mutex // held while fetching, so that one request serves all
	rules   *robots
	err     error
	expires time.Time
}

func newRobotsCache(f *Fetcher) *robotsCache {
	return &robotsCache{f: f, entries: make(map[string]*robotsEntry)}
}

// allowed returns nil when robots.txt lets the watcher fetch u, an error
// wrapping ErrRobots when it does not, or when robots.txt could not be read
// because of a server or network error (RFC 9309: assume complete
// disallow).
func (c *robotsCache) allowed(ctx context.Context, u *url.URL) error {
	origin := u.Scheme + "://" + u.Host
	c.mu.Lock()
	e := c.entries[origin]
	if e == nil {
		e = &robotsEntry{}
		c.entries[origin] = e
	}
	c.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if time.Now().After(e.expires) {
		e.rules, e.err = c.fetch(ctx, origin)
		ttl := robotsTTL
		if e.err != nil {
			ttl = robotsErrorTTL
		}
		if ctx.Err() != nil {
			ttl = 0 // our own deadline, not the server's fault: ask again
		}
		e.expires = time.Now().Add(ttl)
	}
	if e.err != nil {
		return e.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !e.rules.allows(robotsToken, path) {
		return fmt.Errorf("%w: %s", ErrRobots, path)
	}
	return nil
}

func (c *robotsCache) fetch(ctx context.Context, origin string) (*robots, error) {
	u, err := url.Parse(origin + "/robots.txt")
	if err != nil {
		return nil, err
	}
	p, err := c.f.get(ctx, u, Validators{})
	var se *StatusError
	switch {
	case err == nil:
		return parseRobots(p.Body), nil
	case errors.As(err, &se) && se.Code >= 400 && se.Code < 500:
		return &robots{}, nil // no robots.txt: everything is allowed
	case errors.Is(err, ErrBinary), errors.Is(err, ErrBodyTooLarge):
		return &robots{}, nil // not a robots.txt at all
	default:
		return nil, fmt.Errorf("%w: robots.txt unreachable, so nothing may be fetched: %w", ErrRobots, err)
	}
}

// hostLimiter holds one token bucket per host.
type hostLimiter struct {
	limit rate.Limit
	burst int
	mu    sync.Mutex
	m     map[string]*rate.Limiter
}

func newHostLimiter(perSecond float64, burst int) *hostLimiter {
	if burst < 1 {
		burst = 1
	}
	return &hostLimiter{limit: rate.Limit(perSecond), burst: burst, m: make(map[string]*rate.Limiter)}
}

// wait blocks until a request to host may go; it fails at once when the
// wait would outlast ctx's deadline.
func (h *hostLimiter) wait(ctx context.Context, host string) error {
	if h.limit <= 0 {
		return nil
	}
	h.mu.Lock()
	l := h.m[host]
	if l == nil {
		l = rate.NewLimiter(h.limit, h.burst)
		h.m[host] = l
	}
	h.mu.Unlock()
	if err := l.Wait(ctx); err != nil {
		return fmt.Errorf("rate limit for %s (%v requests per second): %w", host, float64(h.limit), err)
	}
	return nil
}
