package watcher_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/factdiff/factdiff/snapshots"
)

// binary is the factdiff command built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "factdiff-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "factdiff")
	out, err := exec.Command("go", "build", "-o", binary, "github.com/factdiff/factdiff/cmd/factdiff").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building factdiff: %v\n%s", err, out)
		return 2
	}
	return m.Run()
}

// articleHTML is a news page in the style the product watches: furniture
// around an article whose sentences are glued together as scrapers leave
// them. fighters is the figure the second version revises.
func articleHTML(fighters int) string {
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Army says dozens of fighters killed near Kiran - Northwind News</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Army says fighters killed in night-long battle near Kiran</h1>
<p class="byline">By a Northwind News reporter</p>
<p>KIRAN (Northwind News) - Government troops killed at least ` + fmt.Sprint(fighters) + ` fighters in a night-long battle near the border town of Kiran, the army said on Wednesday, in the heaviest fighting in the province this year.Three soldiers were wounded and taken to the military hospital in the provincial capital, a spokesman said.</p>
<p>The fighting began shortly after 11 p.m. when a column of about 40 pickup trucks crossed the dry riverbed east of the town, residents told Northwind News by telephone.Shops in the main market stayed shut on Wednesday morning and the road to the capital, 85 km to the west, was closed to civilian traffic.</p>
<p>The province has seen repeated raids since the spring, and aid agencies say more than 12,000 people have fled their villages.A local official said two schools had been turned into shelters for about 600 families.</p>
<p>The army did not say how many of its troops took part in the operation, which it described as the third of its kind since March.</p>
</article></main>
<aside><h2>Most read</h2><ul><li>Markets slip as oil climbs</li><li>Cup final tickets sold out</li></ul></aside>
<footer><p>Copyright Northwind News. All rights reserved.</p></footer>
</body></html>`
}

// daemon is a running factdiff process whose stderr is kept for reading.
type daemon struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	errb bytes.Buffer
	done chan error
}

func (d *daemon) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.errb.Write(p)
}

func startDaemon(t *testing.T, args ...string) *daemon {
	t.Helper()
	d := &daemon{done: make(chan error, 1)}
	d.cmd = exec.Command(binary, args...)
	d.cmd.Stderr = d
	d.cmd.Stdout = d
	if err := d.cmd.Start(); err != nil {
		t.Fatalf("start factdiff %v: %v", args, err)
	}
	go func() { d.done <- d.cmd.Wait() }()
	t.Cleanup(func() {
		if d.cmd.ProcessState == nil {
			_ = d.cmd.Process.Kill()
			<-d.done
		}
		if t.Failed() {
			t.Logf("factdiff log:\n%s", d.log())
		}
	})
	return d
}

func (d *daemon) log() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.errb.String()
}

// records returns the JSON log records written so far.
func (d *daemon) records() []map[string]any {
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(d.log()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			out = append(out, rec)
		}
	}
	return out
}

// waitFor waits until a record satisfies match and returns it.
func (d *daemon) waitFor(t *testing.T, timeout time.Duration, what string, match func(map[string]any) bool) map[string]any {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, rec := range d.records() {
			if match(rec) {
				return rec
			}
		}
		select {
		case err := <-d.done:
			d.done <- err
			t.Fatalf("factdiff exited (%v) before %s", err, what)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatalf("no %s within %v", what, timeout)
	return nil
}

// stop sends SIGTERM and returns the exit code.
func (d *daemon) stop(t *testing.T, within time.Duration) int {
	t.Helper()
	if err := d.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("SIGTERM: %v", err)
	}
	select {
	case <-d.done:
	case <-time.After(within):
		t.Fatalf("factdiff did not exit within %v of SIGTERM", within)
	}
	return d.cmd.ProcessState.ExitCode()
}

func writeConfig(t *testing.T, dir, body string) string {
	t.Helper()
	path := filepath.Join(dir, "factdiff.yaml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func msgIs(msg, watch string) func(map[string]any) bool {
	return func(r map[string]any) bool { return r["msg"] == msg && (watch == "" || r["watch"] == watch) }
}

func TestEndToEndFactChange(t *testing.T) {
	var fighters atomic.Int64
	fighters.Store(25)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/world/kiran" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML(int(fighters.Load())))
	}))
	defer srv.Close()

	dir := t.TempDir()
	cfg := writeConfig(t, dir, fmt.Sprintf(`store: store.db
watches:
  - name: kiran
    url: %s/world/kiran
    schedule: "@every 1s"
`, srv.URL))
	d := startDaemon(t, "watch", "--config", cfg, "--listen", "127.0.0.1:0")
	listening := d.waitFor(t, 30*time.Second, "listening record", msgIs("listening", ""))
	d.waitFor(t, 30*time.Second, "first version", msgIs("first version", "kiran"))
	for path, want := range map[string]string{"/healthz": "ok", "/metrics": `factdiff_checks_total{outcome="first"} 1`} {
		// The check is counted once recorded in the store, just after the
		// "first version" record: a loaded machine may need a moment.
		var (
			code int
			body []byte
		)
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			resp, err := http.Get(fmt.Sprintf("http://%s%s", listening["addr"], path))
			if err != nil {
				t.Fatalf("GET %s: %v", path, err)
			}
			body, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
			code = resp.StatusCode
			if (code == 200 && strings.Contains(string(body), want)) || time.Now().After(deadline) {
				break
			}
		}
		if code != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d %.300q; want 200 with %q", path, code, body, want)
		}
	}
	fighters.Store(26)
	alert := d.waitFor(t, 30*time.Second, "fact changed record", func(r map[string]any) bool {
		return r["msg"] == "fact changed" && r["old"] == 25.0 && r["new"] == 26.0
	})
	want := map[string]any{"watch": "kiran", "kind": "changed", "old": 25.0, "new": 26.0, "delta": 1.0, "category": "casualties"}
	for k, v := range want {
		if alert[k] != v {
			t.Errorf("alert %s = %v; want %v (record %v)", k, alert[k], v, alert)
		}
	}
	for _, k := range []string{"key", "old_text", "new_text", "version"} {
		if _, ok := alert[k]; !ok {
			t.Errorf("alert has no %q: %v", k, alert)
		}
	}
	if code := d.stop(t, 20*time.Second); code != 0 {
		t.Errorf("watch exit status = %d; want 0", code)
	}

	out, err := exec.Command(binary, "history", "kiran", "--config", cfg, "--format", "json").Output()
	if err != nil {
		t.Fatalf("factdiff history: %v", err)
	}
	var h struct {
		Versions []struct{ ID int64 } `json:"versions"`
	}
	if err := json.Unmarshal(out, &h); err != nil {
		t.Fatalf("history JSON: %v\n%s", err, out)
	}
	if len(h.Versions) != 2 {
		t.Errorf("history lists %d versions; want 2\n%s", len(h.Versions), out)
	}
	text, err := exec.Command(binary, "history", "kiran", "--config", cfg).Output()
	if err != nil || !strings.Contains(string(text), "kiran: 2 versions") {
		t.Errorf("history text = %q, %v; want \"kiran: 2 versions\"", text, err)
	}
}

// gzipBomb returns a gzip stream that inflates to n bytes of spaces.
func gzipBomb(t *testing.T, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for written := 0; written < n; written += len(chunk) {
		if _, err := zw.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestHostileServers(t *testing.T) {
	bomb := gzipBomb(t, 200<<20)
	var goodHits atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/good", func(w http.ResponseWriter, r *http.Request) {
		goodHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML(25))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		line := bytes.Repeat([]byte("more words about nothing at all. "), 1<<10)
		for sent := 0; sent < 50<<20; sent += len(line) {
			if _, err := w.Write(line); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fl := w.(http.Flusher)
		for i := 0; i < 300; i++ { // 30 seconds, one byte at a time
			if _, err := w.Write([]byte("a")); err != nil {
				return
			}
			fl.Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/sniffed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(append([]byte("<html>"), bytes.Repeat([]byte{0, 1, 2, 3, 0xff}, 2000)...))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	mux.HandleFunc("/charset", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=x-no-such-charset")
		fmt.Fprint(w, articleHTML(25))
	})
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "database on fire", http.StatusInternalServerError)
	})
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			if tc, ok := conn.(interface{ SetLinger(int) error }); ok {
				_ = tc.SetLinger(0) // RST rather than FIN
			}
			conn.Close()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	hostile := map[string]string{
		"big":     "body larger than the limit",
		"slow":    "timed out",
		"binary":  "binary content",
		"sniffed": "binary",
		"loop":    "too many redirects",
		"bomb":    "body larger than the limit",
		"500":     "HTTP status 500",
		"reset":   "connection reset|EOF",
	}
	var cfg strings.Builder
	fmt.Fprintf(&cfg, "store: store.db\ntimeout: 2s\nretries: 1\nconcurrency: 8\nrate_limit:\n  per_host: 0\nwatches:\n")
	for _, name := range []string{"good", "big", "slow", "binary", "sniffed", "loop", "bomb", "charset", "500", "reset"} {
		fmt.Fprintf(&cfg, "  - name: %s\n    url: %s/%s\n    schedule: \"@every 2s\"\n", name, srv.URL, name)
	}
	dir := t.TempDir()
	path := writeConfig(t, dir, cfg.String())
	d := startDaemon(t, "watch", "--config", path)

	for name, want := range hostile {
		rec := d.waitFor(t, 40*time.Second, "error for "+name, msgIs("check failed", name))
		t.Logf("%s: %s", name, rec["error"])
		if e, _ := rec["error"].(string); !containsAny(e, strings.Split(want, "|")) {
			t.Errorf("watch %s: error = %q; want it to say %q", name, e, want)
		}
		if rec["level"] != "ERROR" {
			t.Errorf("watch %s: level = %v; want ERROR", name, rec["level"])
		}
	}
	d.waitFor(t, 10*time.Second, "charset warning", func(r map[string]any) bool {
		e, _ := r["error"].(string)
		return r["msg"] == "bad charset" && r["watch"] == "charset" && strings.Contains(e, "x-no-such-charset")
	})
	d.waitFor(t, 10*time.Second, "first version of the good watch", msgIs("first version", "good"))
	before := goodHits.Load()
	time.Sleep(8 * time.Second)
	if after := goodHits.Load(); after < before+2 {
		t.Errorf("good watch fetched %d times in 8s among hostile servers; want at least 2", after-before)
	}
	if code := d.stop(t, 20*time.Second); code != 0 {
		t.Errorf("watch exit status = %d; want 0", code)
	}
	// Each failing watch is reported once per streak, not once per run.
	counts := map[string]int{}
	for _, r := range d.records() {
		if r["msg"] == "check failed" {
			counts[r["watch"].(string)]++
		}
	}
	for name := range hostile {
		if counts[name] != 1 {
			t.Errorf("watch %s: %d \"check failed\" records; want 1 per streak", name, counts[name])
		}
	}
}

func TestSIGTERMDuringRun(t *testing.T) {
	started := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/slow-article" {
			http.NotFound(w, r)
			return
		}
		select {
		case started <- struct{}{}:
		default:
		}
		time.Sleep(2 * time.Second)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML(25))
	}))
	defer srv.Close()

	dir := t.TempDir()
	cfg := writeConfig(t, dir, fmt.Sprintf("store: store.db\nwatches:\n  - name: slow\n    url: %s/slow-article\n    schedule: \"@every 1s\"\n", srv.URL))
	d := startDaemon(t, "watch", "--config", cfg)
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("the watch never fetched")
	}
	if code := d.stop(t, 30*time.Second); code != 0 {
		t.Fatalf("exit status after SIGTERM during a run = %d; want 0", code)
	}
	d.waitFor(t, time.Second, "stopped record", msgIs("stopped", ""))

	ctx := context.Background()
	st, err := snapshots.Open(ctx, filepath.Join(dir, "store.db"))
	if err != nil {
		t.Fatalf("store after SIGTERM: Open = %v", err)
	}
	defer st.Close()
	if _, err := st.History(ctx, "slow"); err != nil {
		t.Errorf("store after SIGTERM: History = %v", err)
	}
	// The run in flight was allowed to finish: its version is there.
	if v, err := st.Latest(ctx, "slow"); err != nil || !strings.Contains(v.Text, "fighters") {
		t.Errorf("store after SIGTERM: Latest = %q, %v; want the article finished during shutdown", v.Text, err)
	}
}

func TestCheckCommand(t *testing.T) {
	var fighters atomic.Int64
	fighters.Store(25)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML(int(fighters.Load())))
	}))
	defer srv.Close()
	dir := t.TempDir()
	cfg := writeConfig(t, dir, fmt.Sprintf("watches:\n  - name: a\n    url: %s/a\n  - name: b\n    url: %s/b\n", srv.URL, srv.URL))

	run := func(args ...string) (string, int) {
		cmd := exec.Command(binary, append([]string{"check", "--config", cfg}, args...)...)
		out, _ := cmd.Output()
		return string(out), cmd.ProcessState.ExitCode()
	}
	tests := []struct {
		name     string
		fighters int64
		args     []string
		wantOut  string
		wantCode int
	}{
		{"first versions", 25, nil, "a\tfirst", 0},
		{"unchanged", 25, nil, "b\tunchanged", 0},
		{"one watch changed", 26, []string{"a"}, "a\tchanged", 1},
		{"unknown watch", 26, []string{"nope"}, "", 2},
	}
	for _, tt := range tests {
		fighters.Store(tt.fighters)
		out, code := run(tt.args...)
		if !strings.Contains(out, tt.wantOut) || code != tt.wantCode {
			t.Errorf("%s: check %v = %q, exit %d; want %q, exit %d", tt.name, tt.args, out, code, tt.wantOut, tt.wantCode)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "factdiff.db")); err != nil {
		t.Errorf("default store next to the config: %v", err)
	}
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
