package web

import (
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdiff/factdiff/facts"
	"github.com/factdiff/factdiff/snapshots"
)

// update is accepted like in every package (`go test ./... -update`); the
// web tests keep no golden files.
var update = flag.Bool("update", false, "rewrite golden files")

// floodV1 is the first version of the test article; the next versions
// revise its death toll and the number evacuated.
const floodV1 = `Flash floods swept through the river town of Marlow Creek overnight, killing at least 14 people, local officials said on Sunday.

About 3,000 residents were evacuated from low-lying streets as the river rose 4 metres above its usual level.

The regional governor, Elena Varga, said 6 rescue teams were searching flooded homes.
`

// floodVersions are the three versions of the flood article: the toll goes
// 14 -> 17 -> 23 and the evacuees 3,000 -> 4,500 in the third.
var floodVersions = []string{
	floodV1,
	strings.Replace(floodV1, "at least 14 people", "at least 17 people", 1),
	strings.NewReplacer("at least 14 people", "at least 23 people", "About 3,000 residents", "About 4,500 residents").Replace(floodV1),
}

// hostileVersions are an article whose text carries markup, as a scraped
// page might: it must be shown as text, never run.
var hostileVersions = []string{
	`The council said 12 homes were damaged. <script>alert(1)</script> Officials urged calm.
A reader's comment read "><img src=x onerror=alert(1)> and nothing else.
`,
	`The council said 15 homes were damaged. <script>alert(1)</script> Officials urged calm.
A reader's comment read "><img src=x onerror=alert(1)> and nothing else.
`,
}

// t0 is when the test articles were first fetched.
var t0 = time.Date(2026, 3, 14, 6, 0, 0, 0, time.UTC)

// testStore returns a SQLite store in a temporary directory holding the
// flood article (three versions, an hour apart) as watch "marlow-floods",
// the hostile article (two versions) as watch "hostile-page", and a watch
// whose last check failed.
func testStore(t *testing.T) *snapshots.Store {
	t.Helper()
	ctx := context.Background()
	st, err := snapshots.Open(ctx, filepath.Join(t.TempDir(), "factdiff.db"))
	if err != nil {
		t.Fatalf("snapshots.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	save := func(watch string, texts []string, start time.Time) {
		for i, text := range texts {
			at := start.Add(time.Duration(i) * time.Hour)
			v, _, err := st.Save(ctx, snapshots.Version{
				Watch: watch, FetchedAt: at, Text: text, Figures: facts.Extract(text),
				URL: "https://news.example.org/" + watch,
			})
			if err != nil {
				t.Fatalf("Save(%s #%d): %v", watch, i+1, err)
			}
			outcome := "changed"
			if i == 0 {
				outcome = "first"
			}
			if err := st.RecordCheck(ctx, snapshots.Check{Watch: watch, At: at, Outcome: outcome, Duration: 120 * time.Millisecond, VersionID: v.ID}); err != nil {
				t.Fatalf("RecordCheck(%s): %v", watch, err)
			}
		}
	}
	save("marlow-floods", floodVersions, t0)
	save("hostile-page", hostileVersions, t0.Add(30*time.Minute))
	if err := st.RecordCheck(ctx, snapshots.Check{
		Watch: "broken-feed", At: t0.Add(3 * time.Hour), Outcome: "error",
		Error: `fetch: 503 Service Unavailable <script>alert("err")</script>`,
	}); err != nil {
		t.Fatalf("RecordCheck(broken-feed): %v", err)
	}
	return st
}

// versionIDs returns the ids of watch's versions, oldest first.
func versionIDs(t *testing.T, st *snapshots.Store, watch string) []int64 {
	t.Helper()
	hist, err := st.History(context.Background(), watch)
	if err != nil {
		t.Fatalf("History(%s): %v", watch, err)
	}
	ids := make([]int64, len(hist))
	for i, v := range hist {
		ids[i] = v.ID
	}
	return ids
}
