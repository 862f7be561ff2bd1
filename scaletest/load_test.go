package scaletest

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// The load measurement of BENCHMARKS.md ("Scale-out"), off by default.
var (
	scaleLoad    = flag.Bool("scale-load", false, "measure checks per second and database round trips per check with 1, 2 and 3 replicas")
	loadWatches  = flag.Int("scale-watches", 3000, "watches in the -scale-load throughput runs")
	loadEvery    = flag.Duration("scale-every", 2*time.Second, "their @every interval")
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
	checks     int64         // completed checks (rows of the checks log)
	trips      int64         // database round trips, with the proxy
	machineCPU time.Duration // busy CPU time of the whole machine
	replicaCPU time.Duration // CPU time of the factdiff processes
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
	base := postgresBase(t)
	bin := buildFactdiff(t)
	for _, r := range []int{1, 2, 3} {
		tp := measureLoad(t, bin, base, loadRun{replicas: r, watches: *loadWatches, every: *loadEvery, window: *loadDuration})
		rt := measureLoad(t, bin, base, loadRun{replicas: r, watches: 200, every: 2 * time.Second, window: 10 * time.Second, proxy: true})
		t.Logf("| %d | %.0f | %.1f | %.2f | %.2f |", r, float64(tp.checks)/loadDuration.Seconds(),
			float64(rt.trips)/float64(max(rt.checks, 1)),
			float64(rt.machineCPU.Microseconds())/1000/float64(max(rt.checks, 1)),
			float64(rt.replicaCPU.Microseconds())/1000/float64(max(rt.checks, 1)))
	}
}

// measureLoad runs lr and returns what its window measured, after two
// intervals of warm-up (the first versions are saved then).
func measureLoad(t *testing.T, bin, base string, lr loadRun) loadResult {
	t.Helper()
	dsn, schema := freshSchema(t, base)
	storeDSN := dsn
	var proxy *pgProxy
	if lr.proxy {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		proxy = newPGProxy(t, u.Host)
		u.Host = proxy.Addr()
		storeDSN = u.String()
	}
	srv := newArticleServer(t, lr.watches, 0)
	cfg := writeConfig(t, t.TempDir(), storeDSN, srv.URL, lr.watches, fmt.Sprintf("@every %v", lr.every), 16)
	rs := startReplicas(t, bin, cfg, lr.replicas)
	start := alignedNext(waitReady(t, rs), lr.every).Add(2 * lr.every)
	end := start.Add(lr.window)
	sleepUntil(start)
	var trips0 int64
	if proxy != nil {
		trips0 = proxy.trips.Load()
	}
	m0, r0 := machineCPU(), replicasCPU(rs)
	sleepUntil(end)
	var res loadResult
	if proxy != nil {
		res.trips = proxy.trips.Load() - trips0
	}
	res.machineCPU, res.replicaCPU = machineCPU()-m0, replicasCPU(rs)-r0
	for _, r := range rs {
		r.stop(t)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM checks WHERE at_ns >= $1 AND at_ns < $2",
		start.UnixNano(), end.UnixNano()).Scan(&res.checks); err != nil {
		t.Fatal(err)
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(max(res.checks, 1)) }
	t.Logf("%d replica(s), %d watches @every %v, %v, proxy %v: %d checks (%.0f/s), %d round trips (%.2f per check), "+
		"CPU per check %.2f ms (factdiff %.2f ms), machine busy %.0f%% [schema %s]",
		lr.replicas, lr.watches, lr.every, lr.window, lr.proxy, res.checks, float64(res.checks)/lr.window.Seconds(),
		res.trips, float64(res.trips)/float64(max(res.checks, 1)), per(res.machineCPU), per(res.replicaCPU),
		100*res.machineCPU.Seconds()/lr.window.Seconds()/float64(runtime.NumCPU()), schema)
	return res
}

// clockTick is the unit of /proc CPU times (USER_HZ, 100 on Linux).
const clockTick = 10 * time.Millisecond

// machineCPU returns the busy CPU time of the machine so far (all but idle
// and iowait), zero where there is no /proc/stat.
func machineCPU() time.Duration {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line) // cpu user nice system idle iowait irq softirq steal …
	var busy int64
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		if i != 3 && i != 4 && i < 8 {
			busy += n
		}
	}
	return time.Duration(busy) * clockTick
}

// replicasCPU returns the CPU time the replicas used so far (user and
// system), from /proc/PID/stat.
func replicasCPU(rs []*replica) time.Duration {
	var total int64
	for _, r := range rs {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", r.cmd.Process.Pid))
		if err != nil {
			continue
		}
		// The fields after the command name, which may hold spaces.
		_, rest, _ := strings.Cut(string(b), ") ")
		f := strings.Fields(rest) // from field 3, state; utime and stime are fields 14 and 15
		if len(f) > 13 {
			u, _ := strconv.ParseInt(f[11], 10, 64)
			s, _ := strconv.ParseInt(f[12], 10, 64)
			total += u + s
		}
	}
	return time.Duration(total) * clockTick
}
