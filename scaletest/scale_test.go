package scaletest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/factdiff/factdiff/internal/pgtest"
	"github.com/factdiff/factdiff/snapshots"
)

// The scenario of the issue: three replicas, 100 watches on "@every 2s",
// ten scheduled runs measured, one article revised in the middle.
const (
	replicas    = 3
	watches     = 100
	every       = 2 * time.Second
	runs        = 10                     // scheduled runs of each watch in the measured window
	latency     = 300 * time.Millisecond // the server's, so that runs are in flight when a replica dies
	concurrency = 32
	revisedIdx  = 7                // the watch whose article changes
	reviseAt    = 13 * time.Second // into the window: between runs 6 and 7
	killFrom    = 8 * time.Second  // into the window: the kill waits for runs in flight from here
	killBy      = 11500 * time.Millisecond
	minInflight = 20 // fetches in flight across replicas when one is killed
)

// cluster is the outcome of one scenario: the server's record of fetches,
// the replicas' logs and the store they shared.
type cluster struct {
	srv      *articleServer
	replicas []*replica
	start    time.Time // the first due time measured
	dsn      string
	schema   string
	bin      string
	victim   *replica // the replica killed, if any
	killedAt time.Time
}

// runCluster runs the scenario, killing one replica with SIGKILL halfway
// when kill is set, and returns once the others stopped on SIGTERM.
func runCluster(t *testing.T, kill bool) *cluster {
	postgresBase(t)
	c := &cluster{bin: buildFactdiff(t)}
	c.dsn, c.schema = pgtest.Schema(t, "factdiff_scale_")
	c.srv = newArticleServer(t, watches, latency)
	cfg := writeConfig(t, t.TempDir(), c.dsn, c.srv.URL, watches, fmt.Sprintf("@every %v", every), concurrency)
	c.replicas = startReplicas(t, c.bin, cfg, replicas)
	c.start = alignedNext(waitReady(t, c.replicas), every)
	t.Logf("%d replicas ready; measuring %d runs from %s", replicas, runs, c.start.Format("15:04:05.000"))

	if kill {
		// Kill while runs are in flight, so that some claims die with
		// their holder and must be taken over.
		sleepUntil(c.start.Add(killFrom))
		for c.srv.inflight.Load() < minInflight && time.Now().Before(c.start.Add(killBy)) {
			time.Sleep(2 * time.Millisecond)
		}
		c.victim = c.replicas[len(c.replicas)-1]
		inflight := c.srv.inflight.Load()
		c.killedAt = time.Now()
		c.victim.kill()
		t.Logf("SIGKILL to replica %d at +%v with %d fetches in flight", len(c.replicas)-1,
			c.killedAt.Sub(c.start).Round(time.Millisecond), inflight)
	}
	sleepUntil(c.start.Add(reviseAt))
	c.srv.revised.Store(revisedIdx)
	sleepUntil(c.start.Add(runs*every + every/2))
	for _, r := range c.replicas {
		if r != c.victim {
			r.stop(t)
		}
	}
	return c
}

// openStore opens the shared store, closed when t ends.
func (c *cluster) openStore(t *testing.T) *snapshots.Store {
	t.Helper()
	st, err := snapshots.Open(context.Background(), c.dsn)
	if err != nil {
		t.Fatalf("open the shared store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// fetchSlots returns, per watch, the server's fetches in each measured run.
func (c *cluster) fetchSlots() [][]int {
	out := make([][]int, watches)
	for i := range watches {
		out[i] = slots(c.srv.fetchTimes(i), c.start, every, runs)
	}
	return out
}

// checkSlots returns, per watch, the checks completed (recorded in the
// store) in each measured run.
func (c *cluster) checkSlots(t *testing.T, st *snapshots.Store) [][]int {
	t.Helper()
	out := make([][]int, watches)
	for i := range watches {
		cs, err := st.Checks(context.Background(), watchName(i), 0)
		if err != nil {
			t.Fatalf("Checks(%s): %v", watchName(i), err)
		}
		var at []time.Time
		for _, ch := range cs {
			at = append(at, ch.At)
		}
		out[i] = slots(at, c.start, every, runs)
	}
	return out
}

// total sums counts per watch and returns the sum, the fewest and the most.
func total(perWatch [][]int) (sum, least, most int) {
	least = 1 << 30
	for _, counts := range perWatch {
		n := 0
		for _, k := range counts {
			n += k
		}
		sum += n
		least, most = min(least, n), max(most, n)
	}
	return sum, least, most
}

// assertOncePerRun: the fetches and the completed checks of the measured
// window are one per scheduled run, within one run per watch in total, not
// one per replica.
func (c *cluster) assertOncePerRun(t *testing.T, st *snapshots.Store) {
	t.Helper()
	want := watches * runs
	for _, m := range []struct {
		what   string
		counts [][]int
	}{
		{"server fetches", c.fetchSlots()},
		{"completed checks", c.checkSlots(t, st)},
	} {
		sum, least, most := total(m.counts)
		t.Logf("%s in %d scheduled runs of %d watches: %d (per watch %d to %d); want %d ± %d",
			m.what, runs, watches, sum, least, most, want, watches)
		if sum < want-watches || sum > want+watches {
			t.Errorf("%s = %d in %d scheduled runs across %d replicas; want %d within one run per watch (±%d)",
				m.what, sum, want, replicas, want, watches)
		}
		if most > runs+2 {
			t.Errorf("%s: a watch has %d in %d runs; want at most %d", m.what, most, runs, runs+2)
		}
	}
}

// assertVersions: every watch has exactly one version, the revised one two;
// the store verifies.
func (c *cluster) assertVersions(t *testing.T, st *snapshots.Store) (revised int64) {
	t.Helper()
	ctx := context.Background()
	for i := range watches {
		vs, err := st.History(ctx, watchName(i))
		want := 1
		if i == revisedIdx {
			want = 2
		}
		if err != nil || len(vs) != want {
			t.Errorf("History(%s) = %d versions, %v; want %d (nothing saved twice)", watchName(i), len(vs), err, want)
			continue
		}
		if i == revisedIdx {
			revised = vs[1].ID
		}
	}
	if err := st.Verify(ctx); err != nil {
		t.Errorf("Verify: %v", err)
	}
	return revised
}

// expectedChanges returns the fact changes of the revision, as `factdiff
// diff` reports them.
func (c *cluster) expectedChanges(t *testing.T) map[string]bool {
	t.Helper()
	dir := t.TempDir()
	v1, v2 := filepath.Join(dir, "v1.html"), filepath.Join(dir, "v2.html")
	for path, rev := range map[string]int{v1: 1, v2: 2} {
		if err := os.WriteFile(path, []byte(article(revisedIdx, rev)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(c.bin, "diff", "--format", "json", v1, v2).Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("factdiff diff: %v", err)
	}
	var d struct {
		Facts []struct{ Kind, Key string }
	}
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("factdiff diff: %v\n%s", err, out)
	}
	want := map[string]bool{}
	for _, f := range d.Facts {
		want[f.Kind+" "+f.Key] = true
	}
	if len(want) == 0 {
		t.Fatalf("the revision has no fact change to alert; diff says %s", out)
	}
	return want
}

// assertAlertsOnce: across all replicas' logs, one first-version record per
// watch and one alert record per fact change of the revision, naming its
// version.
func (c *cluster) assertAlertsOnce(t *testing.T, revised int64) {
	t.Helper()
	want := c.expectedChanges(t)
	got := map[string]int{}
	firsts := map[string]int{}
	for _, r := range c.replicas {
		for _, rec := range r.records(t, "fact changed") {
			if rec["watch"] != watchName(revisedIdx) || rec["version"] != float64(revised) {
				t.Errorf("alert %v; want only alerts of %s version %d", rec, watchName(revisedIdx), revised)
			}
			got[fmt.Sprint(rec["kind"], " ", rec["key"])]++
		}
		for _, rec := range r.records(t, "first version") {
			firsts[fmt.Sprint(rec["watch"])]++
		}
	}
	t.Logf("alert records across %d logs: %v; fact changes: %d", len(c.replicas), got, len(want))
	for k := range want {
		if got[k] != 1 {
			t.Errorf("alert records of %q = %d across all logs; want exactly 1", k, got[k])
		}
	}
	for k, n := range got {
		if !want[k] {
			t.Errorf("alert %q (%d records) is not a fact change of the revision", k, n)
		}
	}
	for i := range watches {
		if n := firsts[watchName(i)]; n != 1 {
			t.Errorf("first-version records of %s = %d across all logs; want 1", watchName(i), n)
		}
	}
}

// TestEachRunOnceAcrossReplicas is issue 6's test: three `factdiff watch`
// processes, one PostgreSQL, 100 watches on "@every 2s": each scheduled
// run is fetched once, not once per process, and the one revised article
// yields one new version and one alert record per fact change across all
// logs.
func TestEachRunOnceAcrossReplicas(t *testing.T) {
	c := runCluster(t, false)
	st := c.openStore(t)
	c.assertOncePerRun(t, st)
	revised := c.assertVersions(t, st)
	c.assertAlertsOnce(t, revised)
}

// TestReplicaKilled is the same with one replica killed (SIGKILL) while it
// has runs in flight: the runs it held are taken over when their leases
// expire, no watch misses more than one consecutive run (in fact, none is
// expected to miss any), nothing is saved twice and the store verifies.
func TestReplicaKilled(t *testing.T) {
	c := runCluster(t, true)
	st := c.openStore(t)
	c.assertOncePerRun(t, st)
	revised := c.assertVersions(t, st)
	c.assertAlertsOnce(t, revised)

	for _, m := range []struct {
		what   string
		counts [][]int
	}{
		{"server fetches", c.fetchSlots()},
		{"completed checks", c.checkSlots(t, st)},
	} {
		worst, missed := 0, 0
		for i, counts := range m.counts {
			g := longestGap(counts)
			worst = max(worst, g)
			for _, k := range counts {
				if k == 0 {
					missed++
				}
			}
			if g > 1 {
				t.Errorf("%s of %s per run: %v; want no two consecutive runs missed", m.what, watchName(i), counts)
			}
		}
		t.Logf("%s: %d of %d scheduled runs missed; longest gap %d run(s)", m.what, missed, watches*runs, worst)
	}

	// The runs the dead replica held were taken over: it holds no claim
	// left undone, and the survivors logged the takeovers.
	holder, _ := c.victim.records(t, "watching")[0]["holder"].(string)
	var undone int
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, c.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM claims WHERE holder = $1 AND done_ns = 0", holder).Scan(&undone); err != nil {
		t.Fatal(err)
	}
	if undone != 0 {
		t.Errorf("runs claimed by the killed replica %s and never made = %d; want 0 (taken over)", holder, undone)
	}
	takeovers := 0
	for _, r := range c.replicas {
		if r != c.victim {
			takeovers += len(r.records(t, "run taken over: its holder's lease expired before it was done"))
		}
	}
	t.Logf("runs taken over from the killed replica: %d", takeovers)
	if takeovers == 0 {
		t.Errorf("no run taken over from the replica killed with runs in flight; want some")
	}
}
