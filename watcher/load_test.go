package watcher

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/snapshots"
)

var (
	load        = flag.Bool("load", false, "run the watcher load test of BENCHMARKS.md")
	loadWatches = flag.Int("load-watches", 10000, "watches in the load test")
)

// loadArticle is a news page of about 6 KB; n makes each watch's text its
// own and v is the revision, which changes one figure.
func loadArticle(n, v int) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=utf-8><title>Floods cut off valley towns</title></head><body>")
	b.WriteString("<header><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/business>Business</a></nav></header><main><article>")
	fmt.Fprintf(&b, "<h1>Floods cut off valley towns (%d)</h1>", n)
	fmt.Fprintf(&b, "<p>ARDEN (Northwind News) - Floodwater cut off at least %d villages in the Arden valley on Thursday, killing %d people and forcing about 4,500 from their homes, the regional emergency service said.Rescue crews used boats to reach farms along the river, which rose 3.2 metres in 24 hours.</p>", 14+n%7, 9+v)
	for i := range 8 {
		fmt.Fprintf(&b, "<p>Paragraph %d of report %d: the regional governor said %d million euros would be released for repairs, and that about %d%% of the roads in the district remained closed on Friday morning.Engineers were inspecting %d bridges, officials said, after two were swept away in the night.</p>", i, n, 12+i, 40+i, 30+i)
	}
	b.WriteString("</article></main><aside><ul><li>Markets close higher</li><li>Cup draw announced</li></ul></aside><footer>Northwind News</footer></body></html>")
	return b.String()
}

// TestLoadServer is the load test's HTTP server, run in its own process so
// that its CPU time is not counted as the watcher's.
func TestLoadServer(t *testing.T) {
	if os.Getenv("FACTDIFF_LOAD_SERVER") == "" {
		t.Skip("helper process of TestLoad")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var version, etags atomic.Int64
	etags.Store(1)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /bump", func(w http.ResponseWriter, r *http.Request) { version.Add(1) })
	mux.HandleFunc("POST /etags/{on}", func(w http.ResponseWriter, r *http.Request) {
		etags.Store(map[bool]int64{true: 1}[r.PathValue("on") == "on"])
	})
	mux.HandleFunc("GET /a/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		v := int(version.Load())
		if etags.Load() == 1 {
			tag := fmt.Sprintf(`"%d-%d"`, n, v)
			if r.Header.Get("If-None-Match") == tag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", tag)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, loadArticle(n, v))
	})
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); os.Exit(0) }()
	fmt.Println(ln.Addr())
	_ = http.Serve(ln, mux)
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func maxRSS() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Maxrss // KiB on Linux
}

// TestLoad checks -load-watches watches against one local server in this
// process and reports checks per second, CPU per check and peak RSS for
// each kind of check. Run:
//
//	go test ./watcher -run '^TestLoad$' -load -v -timeout 30m
func TestLoad(t *testing.T) {
	if !*load {
		t.Skip("run with -load")
	}
	srv := exec.Command(os.Args[0], "-test.run=^TestLoadServer$")
	srv.Env = append(os.Environ(), "FACTDIFF_LOAD_SERVER=1")
	stdin, _ := srv.StdinPipe()
	stdout, _ := srv.StdoutPipe()
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); _ = srv.Wait() }()
	addr, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + strings.TrimSpace(addr)
	post := func(path string) {
		resp, err := http.Post(base+path, "text/plain", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}

	var yaml strings.Builder
	fmt.Fprintf(&yaml, "concurrency: 8\nrate_limit:\n  per_host: 0\nwatches:\n")
	for i := range *loadWatches {
		fmt.Fprintf(&yaml, "  - name: w%d\n    url: %s/a/%d\n", i, base, i)
	}
	dir := t.TempDir()
	cfg, err := config.Parse([]byte(yaml.String()), dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := snapshots.Open(ctx, cfg.Store)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := New(cfg, st, Options{Logger: discardLogger()})

	var due atomic.Int64
	due.Store(time.Now().Unix())
	// scheduled checks every watch as the daemon does: claim, check, done.
	scheduled := func(ctx context.Context, _ []string, _ func(Result)) ([]Result, error) {
		d := time.Unix(due.Add(60), 0)
		sched := Aligned{Every: time.Minute}
		sem := make(chan struct{}, cfg.Concurrency)
		var wg sync.WaitGroup
		for i := range cfg.Watches {
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer func() { <-sem; wg.Done() }()
				w.scheduledRun(ctx, &cfg.Watches[i], d, sched)
			}()
		}
		wg.Wait()
		return nil, nil
	}
	phase := func(name string, want Outcome) {
		run := w.CheckNow
		if strings.HasPrefix(name, "scheduled") {
			run = scheduled
		}
		cpu0, t0 := cpuTime(), time.Now()
		results, err := run(ctx, nil, nil)
		wall, cpu := time.Since(t0), cpuTime()-cpu0
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for _, r := range results {
			if r.Outcome != want {
				if bad == 0 {
					t.Errorf("%s: watch %s: %s, %v; want %s", name, r.Watch, r.Outcome, r.Err, want)
				}
				bad++
			}
		}
		n := len(results)
		if results == nil {
			n = len(cfg.Watches)
		}
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		t.Logf("%-26s %6d checks  %6.1fs  %7.0f checks/s  CPU %6.3f ms/check  peak RSS %4d MiB  live heap %3d MiB  (%d not %s)",
			name, n, wall.Seconds(), float64(n)/wall.Seconds(), float64(cpu.Microseconds())/1000/float64(n), maxRSS()>>10, ms.HeapAlloc>>20, bad, want)
	}
	phase("first versions", First)
	phase("unchanged, 304", NotModified)
	post("/etags/off")
	phase("unchanged, full fetch", Unchanged)
	post("/bump")
	phase("changed (1 fact each)", Changed)
	post("/etags/on")
	post("/bump")
	phase("changed again, with ETag", Changed)
	phase("unchanged, 304 again", NotModified)
	phase("scheduled: claim, 304, done", NotModified)
}
