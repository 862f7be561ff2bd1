package scaletest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/factdiff/factdiff/internal/pgtest"
)

// update is the -update flag that `go test ./... -update` passes to every
// test binary. This package has no golden files; the flag is declared so
// that the command works.
var update = flag.Bool("update", false, "rewrite golden files")

// postgresBase skips the multi-process tests in -short mode and returns the
// test PostgreSQL's URL (pgtest.Base: a skip without one, a failure under CI).
func postgresBase(tb testing.TB) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("multi-process test skipped in -short mode")
	}
	return pgtest.Base(tb)
}

// buildFactdiff builds cmd/factdiff into a temporary directory and returns
// the binary's path.
func buildFactdiff(tb testing.TB) string {
	tb.Helper()
	bin := filepath.Join(tb.TempDir(), "factdiff")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/factdiff/factdiff/cmd/factdiff").CombinedOutput()
	if err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// article returns watch i's page: a short news article full of figures.
// Revision 2 revises two of them.
func article(i, rev int) string {
	killed, injured := 20+i, 100+i
	if rev == 2 {
		killed, injured = killed+4, injured+5
	}
	return fmt.Sprintf(`<html><head><title>Floods in district %[1]d</title></head><body><article>
<h1>Flood toll rises in district %[1]d</h1>
<p>RIVERTON (Northwind News) - At least %[2]d people were killed and %[3]d injured when floods swept through district %[1]d on Tuesday, officials said.</p>
<p>Damage was put at $%[4]d million, and about %[5]d%% of homes lost power. The river rose 3 metres in six hours, the highest level since 1998.</p>
</article></body></html>`, i, killed, injured, 3+i%7, 40+i%50)
}

// articleServer serves the articles of n watches at /a/{i}, with ETags,
// after a fixed latency, and records when each was fetched.
type articleServer struct {
	*httptest.Server
	latency  time.Duration
	revised  atomic.Int32 // the watch whose article is at revision 2, -1 for none
	inflight atomic.Int32

	mu      sync.Mutex
	fetches [][]time.Time // by watch
}

func newArticleServer(tb testing.TB, n int, latency time.Duration) *articleServer {
	s := &articleServer{latency: latency, fetches: make([][]time.Time, n)}
	s.revised.Store(-1)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /a/{i}", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(r.PathValue("i"))
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		s.inflight.Add(1)
		defer s.inflight.Add(-1)
		s.mu.Lock()
		s.fetches[i] = append(s.fetches[i], time.Now())
		s.mu.Unlock()
		rev := 1
		if int(s.revised.Load()) == i {
			rev = 2
		}
		time.Sleep(s.latency)
		tag := fmt.Sprintf(`"r%d"`, rev)
		if r.Header.Get("If-None-Match") == tag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", tag)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article(i, rev))
	})
	s.Server = httptest.NewServer(mux)
	tb.Cleanup(s.Close)
	return s
}

// fetchTimes returns a copy of when watch i was fetched.
func (s *articleServer) fetchTimes(i int) []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.fetches[i]...)
}

// watchName names watch i in the config.
func watchName(i int) string { return fmt.Sprintf("w%03d", i) }

// writeConfig writes a config of n watches of srv on schedule into dir and
// returns its path.
func writeConfig(tb testing.TB, dir, dsn, srvURL string, n int, schedule string, concurrency int) string {
	tb.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "store: %q\nconcurrency: %d\ntimeout: 10s\nretries: 0\nrobots: false\n", dsn, concurrency)
	b.WriteString("rate_limit:\n  per_host: 0\nshutdown_grace: 5s\nlog_level: info\nwatches:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - name: %s\n    url: %s/a/%d\n    schedule: %q\n", watchName(i), srvURL, i, schedule)
	}
	path := filepath.Join(dir, "factdiff.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// replica is one running `factdiff watch` process.
type replica struct {
	cmd    *exec.Cmd
	log    string // its stderr, the JSON log and the alert records
	exited chan struct{}
	err    error // once exited is closed
}

// startReplicas starts n `factdiff watch` processes on one config. They are
// stopped (SIGKILL) when tb ends if the test did not stop them.
func startReplicas(tb testing.TB, bin, cfg string, n int) []*replica {
	tb.Helper()
	dir := filepath.Dir(cfg)
	var rs []*replica
	for i := range n {
		r := &replica{log: filepath.Join(dir, fmt.Sprintf("replica-%d.log", i)), exited: make(chan struct{})}
		f, err := os.Create(r.log)
		if err != nil {
			tb.Fatal(err)
		}
		r.cmd = exec.Command(bin, "watch", "--config", cfg)
		r.cmd.Stderr, r.cmd.Stdout = f, f
		if err := r.cmd.Start(); err != nil {
			f.Close()
			tb.Fatalf("start replica %d: %v", i, err)
		}
		go func() { r.err = r.cmd.Wait(); f.Close(); close(r.exited) }()
		tb.Cleanup(func() {
			select {
			case <-r.exited:
			default:
				_ = r.cmd.Process.Kill()
				<-r.exited
			}
		})
		rs = append(rs, r)
	}
	return rs
}

// stop sends SIGTERM and waits for the process to exit; it fails tb when
// the exit is not clean.
func (r *replica) stop(tb testing.TB) {
	tb.Helper()
	select {
	case <-r.exited:
		tb.Errorf("replica %s exited early: %v\n%s", r.log, r.err, tail(r.log))
		return
	default:
	}
	_ = r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.exited:
		if r.err != nil {
			tb.Errorf("replica %s: %v\n%s", r.log, r.err, tail(r.log))
		}
	case <-time.After(30 * time.Second):
		_ = r.cmd.Process.Kill()
		<-r.exited
		tb.Errorf("replica %s did not stop within 30s of SIGTERM", r.log)
	}
}

// kill sends SIGKILL and waits for the process to be gone.
func (r *replica) kill() {
	_ = r.cmd.Process.Kill()
	<-r.exited
}

// records returns the JSON records of the replica's log whose msg is msg
// (every record when msg is empty).
func (r *replica) records(tb testing.TB, msg string) []map[string]any {
	tb.Helper()
	f, err := os.Open(r.log)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			continue // a line cut by SIGKILL
		}
		if msg == "" || rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// waitReady waits until every replica has logged that it is watching and
// returns when the last did.
func waitReady(tb testing.TB, rs []*replica) time.Time {
	tb.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		ready := 0
		for _, r := range rs {
			select {
			case <-r.exited:
				tb.Fatalf("replica %s exited: %v\n%s", r.log, r.err, tail(r.log))
			default:
			}
			if len(r.records(tb, "watching")) > 0 {
				ready++
			}
		}
		if ready == len(rs) {
			return time.Now()
		}
		if time.Now().After(deadline) {
			tb.Fatalf("%d of %d replicas ready after 60s", ready, len(rs))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// tail returns the end of a log file, for failure messages.
func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(bytes.TrimSpace(b))
}

// alignedNext returns the first multiple of every strictly after t, as
// `@every` schedules fire.
func alignedNext(t time.Time, every time.Duration) time.Time {
	e := int64(every)
	return time.Unix(0, (t.UnixNano()/e+1)*e)
}

// slots counts the times falling in each of the n intervals of length every
// from start; times outside are ignored.
func slots(times []time.Time, start time.Time, every time.Duration, n int) []int {
	out := make([]int, n)
	for _, t := range times {
		if t.Before(start) {
			continue
		}
		if k := int(t.Sub(start) / every); k < n {
			out[k]++
		}
	}
	return out
}

// longestGap returns the longest run of consecutive empty slots.
func longestGap(counts []int) int {
	longest, cur := 0, 0
	for _, c := range counts {
		if c == 0 {
			cur++
			longest = max(longest, cur)
		} else {
			cur = 0
		}
	}
	return longest
}

// sleepUntil sleeps until t.
func sleepUntil(t time.Time) { time.Sleep(time.Until(t)) }
