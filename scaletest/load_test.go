package scaletest

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/factdiff/factdiff/internal/pgtest"
)

// The load measurement of BENCHMARKS.md ("Scale-out"), off by default.
var (
	scaleLoad    = flag.Bool("scale-load", false, "measure checks per second and database round trips per check with 1, 2 and 3 replicas")
	loadWatches  = flag.Int("scale-watches", 3000, "watches in the -scale-load throughput runs")
	loadEvery    = flag.Duration("scale-every", time.Second, "their @every interval")
	loadDuration = flag.Duration("scale-for", 20*time.Second, "how long each throughput run is measured")
)

// loadRun is one measurement.
type loadRun struct {
	replicas int
	watches  int
	every    time.Duration
	window   time.Duration
	proxy    bool // through the round-trip counting proxy
}

// loadResult is what one run measured in its window.
type loadResult struct {
	checks      int64         // completed checks (rows of the checks log)
	trips       int64         // database round trips, with the proxy
	replicaCPU  time.Duration // CPU time of the factdiff processes
	postgresCPU time.Duration // CPU time of their PostgreSQL backends
}

// TestScaleLoad measures, with 1, 2 and 3 replicas on one PostgreSQL,
// completed checks per second under more scheduled runs than they can make
// (-scale-watches on -scale-every), and database round trips per check on
// a load they keep up with (counted by a proxy between the replicas and
// PostgreSQL). It needs -scale-load.
func TestScaleLoad(t *testing.T) {
	if !*scaleLoad {
		t.Skip("the load measurement needs -scale-load")
	}
	postgresBase(t)
	bin := buildFactdiff(t)
	for _, r := range []int{1, 2, 3} {
		tp := measureLoad(t, bin, loadRun{replicas: r, watches: *loadWatches, every: *loadEvery, window: *loadDuration})
		rt := measureLoad(t, bin, loadRun{replicas: r, watches: 200, every: 2 * time.Second, window: 10 * time.Second, proxy: true})
		per := func(d time.Duration, r loadResult) float64 {
			return float64(d.Microseconds()) / 1000 / float64(max(r.checks, 1))
		}
		t.Logf("| %d | %.0f | %.2f | %.2f | %.1f | %.2f | %.2f |", r, float64(tp.checks)/loadDuration.Seconds(),
			per(tp.replicaCPU, tp), per(tp.postgresCPU, tp),
			float64(rt.trips)/float64(max(rt.checks, 1)), per(rt.replicaCPU, rt), per(rt.postgresCPU, rt))
	}
}

// measureLoad runs lr and returns what its window measured, once the first
// versions are saved.
func measureLoad(t *testing.T, bin string, lr loadRun) loadResult {
	t.Helper()
	dsn, schema := pgtest.Schema(t, "factdiff_scale_")
	// The replicas' sessions carry the schema's name, so that their
	// backends can be found in pg_stat_activity.
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("application_name", schema)
	u.RawQuery = q.Encode()
	storeDSN := u.String()
	var proxy *pgProxy
	if lr.proxy {
		proxy = newPGProxy(t, u.Host)
		u.Host = proxy.Addr()
		storeDSN = u.String()
	}
	srv := newArticleServer(t, lr.watches, 0)
	cfg := writeConfig(t, t.TempDir(), storeDSN, srv.URL, lr.watches, fmt.Sprintf("@every %v", lr.every), 16)
	rs := startReplicas(t, bin, cfg, lr.replicas)
	waitReady(t, rs)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// Warm-up: every watch has its first version (saving it is the slow
	// path), then one more interval.
	for deadline := time.Now().Add(5 * time.Minute); ; time.Sleep(200 * time.Millisecond) {
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM versions").Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n >= lr.watches {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d first versions saved after 5 minutes", n, lr.watches)
		}
	}
	start := alignedNext(time.Now(), lr.every).Add(lr.every)
	end := start.Add(lr.window)
	sleepUntil(start)
	var trips0 int64
	if proxy != nil {
		trips0 = proxy.trips.Load()
	}
	r0, pg0 := replicasCPU(rs), backendsCPU(t, conn, schema)
	sleepUntil(end)
	var res loadResult
	if proxy != nil {
		res.trips = proxy.trips.Load() - trips0
	}
	res.replicaCPU = replicasCPU(rs) - r0
	for pid, cpu := range backendsCPU(t, conn, schema) {
		res.postgresCPU += cpu - pg0[pid]
	}
	for _, r := range rs {
		r.stop(t)
	}
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM checks WHERE at_ns >= $1 AND at_ns < $2",
		start.UnixNano(), end.UnixNano()).Scan(&res.checks); err != nil {
		t.Fatal(err)
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(max(res.checks, 1)) }
	t.Logf("%d replica(s), %d watches @every %v, %v, proxy %v: %d checks (%.0f/s), %d round trips (%.2f per check), "+
		"CPU per check: factdiff %.2f ms, PostgreSQL %.2f ms [schema %s]",
		lr.replicas, lr.watches, lr.every, lr.window, lr.proxy, res.checks, float64(res.checks)/lr.window.Seconds(),
		res.trips, float64(res.trips)/float64(max(res.checks, 1)), per(res.replicaCPU), per(res.postgresCPU), schema)
	return res
}

// clockTick is the unit of /proc CPU times (USER_HZ, 100 on Linux).
const clockTick = 10 * time.Millisecond

// backendsCPU returns the CPU time used so far by each PostgreSQL backend
// whose application_name is app, by pid (PostgreSQL runs on this machine).
func backendsCPU(t *testing.T, conn *pgx.Conn, app string) map[int]time.Duration {
	t.Helper()
	rows, err := conn.Query(context.Background(), "SELECT pid FROM pg_stat_activity WHERE application_name = $1", app)
	if err != nil {
		t.Fatal(err)
	}
	pids, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[int]time.Duration, len(pids))
	for _, pid := range pids {
		out[pid] = processCPU(pid)
	}
	return out
}

// replicasCPU returns the CPU time the replicas used so far.
func replicasCPU(rs []*replica) time.Duration {
	var total time.Duration
	for _, r := range rs {
		total += processCPU(r.cmd.Process.Pid)
	}
	return total
}

// processCPU returns the user and system CPU time of process pid so far,
// from /proc/PID/stat; zero where there is none.
func processCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name, which may hold spaces.
	_, rest, _ := strings.Cut(string(b), ") ")
	f := strings.Fields(rest) // from field 3, state; utime and stime are fields 14 and 15
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * clockTick
}
