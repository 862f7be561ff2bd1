package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdiff/factdiff/facts"
	"github.com/factdiff/factdiff/snapshots"
)

// benchVersions is how many versions the benchmark watch keeps.
const benchVersions = 200

// benchArticle returns version i of a long article (about 9 KB): sixty
// paragraphs of a running story, one toll revised in every version.
func benchArticle(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Storms across the northern provinces have killed at least %d people, the civil protection agency said.\n\n", 10+i)
	for p := 0; p < 60; p++ {
		fmt.Fprintf(&b, "In district %d, crews cleared %d roads and restored power to about %d,000 homes by the evening.\n\n", p+1, p%7+2, p%9+1)
	}
	return b.String()
}

// benchStore returns a store holding benchVersions versions of one watch.
func benchStore(b *testing.B) *snapshots.Store {
	b.Helper()
	ctx := context.Background()
	st, err := snapshots.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatalf("snapshots.Open: %v", err)
	}
	b.Cleanup(func() { st.Close() })
	for i := 0; i < benchVersions; i++ {
		text := benchArticle(i)
		_, _, err := st.Save(ctx, snapshots.Version{Watch: "storms", FetchedAt: t0.Add(time.Duration(i) * 10 * time.Minute), Text: text, Figures: facts.Extract(text)})
		if err != nil {
			b.Fatalf("Save: %v", err)
		}
	}
	return st
}

// BenchmarkPages serves each page of a watch with 200 versions, with a
// cold comparison cache (a new handler per request) and a warm one.
func BenchmarkPages(b *testing.B) {
	st := benchStore(b)
	hist, err := st.History(context.Background(), "storms")
	if err != nil {
		b.Fatal(err)
	}
	latest := hist[len(hist)-1].ID
	paths := []string{
		"/",
		"/watch/storms",
		fmt.Sprintf("/watch/storms/version/%d", latest),
		"/watch/storms/timeline",
		"/watch/storms/feed.atom",
		"/feed.atom",
	}
	serve := func(b *testing.B, h http.Handler, path string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", path, rec.Code)
		}
	}
	for _, path := range paths {
		b.Run("cold"+path, func(b *testing.B) {
			for b.Loop() {
				serve(b, New(st, Options{}), path)
			}
		})
		b.Run("warm"+path, func(b *testing.B) {
			h := New(st, Options{})
			serve(b, h, path)
			for b.Loop() {
				serve(b, h, path)
			}
		})
	}
}
