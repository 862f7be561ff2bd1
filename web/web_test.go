package web

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// get requests path from h and returns the status and body.
func get(t *testing.T, h http.Handler, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return res, string(body)
}

func TestPages(t *testing.T) {
	st := testStore(t)
	h := New(st, Options{})
	flood := versionIDs(t, st, "marlow-floods")
	tests := []struct {
		name    string
		path    string
		status  int
		want    []string
		notWant []string
	}{
		{
			name: "watches", path: "/", status: 200,
			want: []string{
				`<a href="/watch/marlow-floods">marlow-floods</a>`,
				`<td class="num">3</td>`,
				`2026-03-14 08:00:00 UTC`, // last check and change of the floods
				`<tr class="watch failing">`,
				`fetch: 503 Service Unavailable &lt;script&gt;`,
				`href="/feed.atom"`,
			},
		},
		{
			name: "versions", path: "/watch/marlow-floods", status: 200,
			want: []string{
				`<a href="/watch/marlow-floods/version/` + fmt.Sprint(flood[2]) + `">3</a>`,
				`<span class="kind kind-changed">2 changed</span>`,
				`<span class="kind kind-changed">1 changed</span>`,
				`first version`,
				`href="/watch/marlow-floods/timeline"`,
				`href="/watch/marlow-floods/feed.atom"`,
				`<h2>Latest checks</h2>`,
			},
		},
		{
			name: "version changes", path: fmt.Sprintf("/watch/marlow-floods/version/%d", flood[2]), status: 200,
			want: []string{
				`Version 3 of 3`,
				`2 fact changes (2 changed, 0 added, 0 removed)`,
				`<td class="figure old">at least 17<span class="value">17</span></td>`,
				`<td class="figure new">at least 23<span class="value">23</span></td>`,
				`<td class="delta num">&#43;6</td>`,
				`<td class="delta num">&#43;1,500</td>`,
				`killing <mark class="fig">at least 23</mark> people`,
				`<mark class="fig fig-changed" id="fact-1-new"`,
				`<del><mark class="fig fig-changed" id="fact-1-old"`,
				`>17</mark></del><ins><mark class="fig fig-changed" title="changed killed people: at least 17 -&gt; at least 23 (&#43;6)">23</mark></ins>`,
				`<a href="/watch/marlow-floods/timeline?key=killed&#43;people">killed people</a>`,
				`rel="prev" href="/watch/marlow-floods/version/` + fmt.Sprint(flood[1]) + `"`,
			},
			notWant: []string{`rel="next"`},
		},
		{
			name: "first version", path: fmt.Sprintf("/watch/marlow-floods/version/%d", flood[0]), status: 200,
			want:    []string{`The first version kept`, `killing at least 14 people`, `rel="next"`},
			notWant: []string{`rel="prev"`, `<table class="facts">`},
		},
		{
			name: "timelines", path: "/watch/marlow-floods/timeline", status: 200,
			want: []string{
				`<figcaption>killed people</figcaption>`,
				`<figcaption>residents evacuated</figcaption>`,
				`data-value="14"`, `data-value="17"`, `data-value="23"`,
				`data-value="3,000"`, `data-value="4,500"`,
				`<h2>Other facts of the latest version</h2>`,
				`href="/watch/marlow-floods/timeline?key=teams"`,
			},
		},
		{
			name: "one timeline", path: "/watch/marlow-floods/timeline?key=teams", status: 200,
			want:    []string{`<figcaption>teams</figcaption>`, `data-value="6"`},
			notWant: []string{`<figcaption>killed people</figcaption>`},
		},
		{
			name: "watch without versions", path: "/watch/broken-feed", status: 200,
			want: []string{
				`<p class="error">Current error: fetch: 503 Service Unavailable &lt;script&gt;`,
				`No version stored yet.`,
				`<td class="status-error">error</td>`,
			},
		},
		{name: "timeline without versions", path: "/watch/broken-feed/timeline", status: 200, want: []string{"No fact has changed"}},
		{name: "unknown watch", path: "/watch/nowhere", status: 404, want: []string{"404: There is no such page"}},
		{name: "timeline of unknown watch", path: "/watch/nowhere/timeline", status: 404},
		{name: "unknown version", path: "/watch/marlow-floods/version/99999", status: 404},
		{name: "version of another watch", path: fmt.Sprintf("/watch/hostile-page/version/%d", flood[1]), status: 404},
		{name: "bad version id", path: "/watch/marlow-floods/version/x1", status: 404},
		{name: "no such page", path: "/wp-admin", status: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := get(t, h, tt.path)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s: status %d, want %d\n%s", tt.path, res.StatusCode, tt.status, body)
			}
			if got := res.Header.Get("Content-Type"); got != "text/html; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q, want text/html; charset=utf-8", tt.path, got)
			}
			if got := res.Header.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'none'") {
				t.Errorf("GET %s: Content-Security-Policy %q, want default-src 'none'", tt.path, got)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: body lacks %q\n%s", tt.path, w, body)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(body, w) {
					t.Errorf("GET %s: body holds %q", tt.path, w)
				}
			}
			assertSelfContained(t, tt.path, body)
		})
	}
}

// externalRef matches what would load something: scripts, outside
// stylesheets, images, frames, or a src attribute.
var externalRef = regexp.MustCompile(`(?i)<script|<img|<iframe|<link rel="stylesheet"|\ssrc=|@import|url\(`)

// assertSelfContained fails when body would load or run anything.
func assertSelfContained(t *testing.T, path, body string) {
	t.Helper()
	if m := externalRef.FindString(body); m != "" {
		t.Errorf("GET %s: page holds %q: it must run and load nothing", path, m)
	}
}

func TestHostileArticleIsText(t *testing.T) {
	st := testStore(t)
	h := New(st, Options{})
	ids := versionIDs(t, st, "hostile-page")
	tests := []struct {
		path string
		want []string
	}{
		{"/", []string{`&lt;script&gt;alert(&#34;err&#34;)&lt;/script&gt;`}},
		{"/watch/hostile-page", nil},
		{fmt.Sprintf("/watch/hostile-page/version/%d", ids[0]), []string{
			`&lt;script&gt;alert(1)&lt;/script&gt;`,
			`&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`,
		}},
		{fmt.Sprintf("/watch/hostile-page/version/%d", ids[1]), []string{
			`&lt;script&gt;alert(1)&lt;/script&gt;`,
			`&#34;&gt;&lt;img src=x onerror=alert(1)&gt;`,
			`>15</mark></ins>`,
		}},
		{"/watch/hostile-page/timeline", []string{`data-value="15"`}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, body := get(t, h, tt.path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d, want 200", tt.path, res.StatusCode)
			}
			for _, bad := range []string{"<script>", "<img", "onerror=alert(1)>"} {
				if strings.Contains(body, bad) {
					t.Errorf("GET %s: %q appears as markup", tt.path, bad)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: body lacks the escaped text %q", tt.path, w)
				}
			}
		})
	}
}

// TestConcurrentRequests serves every page from several goroutines at
// once over one handler, which shares its comparison cache (run with -race).
func TestConcurrentRequests(t *testing.T) {
	st := testStore(t)
	h := New(st, Options{CacheSize: 2}) // small, so that entries are evicted meanwhile
	flood := versionIDs(t, st, "marlow-floods")
	paths := []string{
		"/", "/feed.atom", "/watch/marlow-floods", "/watch/marlow-floods/timeline",
		"/watch/marlow-floods/feed.atom", "/watch/hostile-page/feed.atom",
		fmt.Sprintf("/watch/marlow-floods/version/%d", flood[1]),
		fmt.Sprintf("/watch/marlow-floods/version/%d", flood[2]),
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3 * len(paths) {
				p := paths[(i+g)%len(paths)]
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
				if rec.Code != http.StatusOK {
					errs <- fmt.Sprintf("GET %s: status %d, want 200", p, rec.Code)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
