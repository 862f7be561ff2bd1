package watcher

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/internal/pgtest"
	"github.com/factdiff/factdiff/snapshots"
)

// page is a small news text in HTML whose one figure the tests revise.
func page(fighters int) string {
	return fmt.Sprintf(`<html><head><title>Border clash</title></head><body><article>
<h1>Troops repel raid on border post</h1>
<p>KIRAN (Northwind News) - Government troops killed at least %d fighters who attacked a border post near Kiran overnight, the army said on Wednesday.Three soldiers were wounded, a spokesman said, and the post was back under army control by dawn.</p>
<p>Residents said the shooting lasted about four hours and that the road to the capital, 85 km away, was closed.</p>
</article></body></html>`, fighters)
}

// harness is a Watcher on a real SQLite store in a temporary directory,
// with its log and alert records captured.
type harness struct {
	w       *Watcher
	store   *snapshots.Store
	logs    *syncBuffer
	reg     *prometheus.Registry
	cfg     *config.Config
	dir     string
	cleanup func()
}

func newHarness(t *testing.T, yaml string) *harness {
	t.Helper()
	dir := t.TempDir()
	cfg, err := config.Parse([]byte(yaml), dir)
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	ctx := context.Background()
	st, err := snapshots.Open(ctx, cfg.Store)
	if err != nil {
		t.Fatalf("snapshots.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	logs := &syncBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	reg := prometheus.NewRegistry()
	w := New(cfg, st, Options{Logger: logger, Registry: reg, RetryBackoff: 5 * time.Millisecond, Holder: "test"})
	return &harness{w: w, store: st, logs: logs, reg: reg, cfg: cfg, dir: dir}
}

func (h *harness) check(t *testing.T, name string) Result {
	t.Helper()
	cw, ok := h.cfg.Watch(name)
	if !ok {
		t.Fatalf("no watch %q", name)
	}
	return h.w.checker.Check(context.Background(), cw)
}

// records returns the log records whose msg is msg.
func (h *harness) records(msg string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(h.logs.String(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

func TestCheckConditionalGET(t *testing.T) {
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"a1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"a1"`)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(25))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("watches:\n  - name: a\n    url: %s/a\n    robots: false\n", srv.URL))

	want := []Outcome{First, NotModified, NotModified, NotModified}
	for i, w := range want {
		if r := h.check(t, "a"); r.Outcome != w || r.Err != nil {
			t.Errorf("check %d = %s, %v; want %s", i+1, r.Outcome, r.Err, w)
		}
	}
	if full.Load() != 1 || notModified.Load() != 3 {
		t.Errorf("server sent %d pages and %d 304s; want 1 and 3", full.Load(), notModified.Load())
	}

	// A new process starts from the stored version's validators.
	h2 := &harness{cfg: h.cfg}
	h2.w = New(h.cfg, h.store, Options{Logger: discardLogger(), Holder: "second"})
	if r := h2.check(t, "a"); r.Outcome != NotModified {
		t.Errorf("first check in a new process = %s, %v; want not_modified from the stored ETag", r.Outcome, r.Err)
	}
	if got := counterValue(t, h.w.metrics.checks.WithLabelValues("not_modified")); got != 3 {
		t.Errorf("factdiff_checks_total{outcome=not_modified} = %v; want 3", got)
	}
}

func TestCheckUnchangedWithoutValidators(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		// A rotating ad outside the article must not make a new version.
		fmt.Fprintf(w, "<html><body><div class=ad>ad %d</div>%s</body></html>", time.Now().UnixNano(), page(25))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("watches:\n  - name: a\n    url: %s/a\n    robots: false\n    selector: article\n", srv.URL))
	for i, want := range []Outcome{First, Unchanged, Unchanged} {
		if r := h.check(t, "a"); r.Outcome != want {
			t.Errorf("check %d = %s, %v; want %s", i+1, r.Outcome, r.Err, want)
		}
	}
	vs, err := h.store.History(context.Background(), "a")
	if err != nil || len(vs) != 1 {
		t.Errorf("History = %d versions, %v; want 1", len(vs), err)
	}
}

func TestCheckErrorStreak(t *testing.T) {
	var failing atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failing.Load() {
			http.Error(w, "upstream gone", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(25))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("retries: 0\nrate_limit:\n  per_host: 0\nwatches:\n  - name: a\n    url: %s/a\n    robots: false\n", srv.URL))

	steps := []struct {
		failing bool
		want    Outcome
	}{
		{false, First},
		{true, Failed}, {true, Failed}, {true, Failed}, {true, Failed},
		{false, Unchanged},
		{true, Failed}, {true, Failed},
		{false, Unchanged},
	}
	for i, s := range steps {
		failing.Store(s.failing)
		if r := h.check(t, "a"); r.Outcome != s.want {
			t.Fatalf("check %d = %s, %v; want %s", i+1, r.Outcome, r.Err, s.want)
		}
	}
	failed := h.records("check failed")
	again := h.records("check failed again")
	recovered := h.records("check recovered")
	if len(failed) != 2 {
		t.Errorf("%d \"check failed\" records; want 2, one per streak", len(failed))
	}
	for _, r := range failed {
		if r["level"] != "ERROR" || !strings.Contains(r["error"].(string), "502") {
			t.Errorf("first failure record = %v; want level ERROR naming the status", r)
		}
	}
	if len(again) != 4 {
		t.Errorf("%d \"check failed again\" records; want 4", len(again))
	}
	for _, r := range again {
		if r["level"] != "DEBUG" {
			t.Errorf("repeat failure logged at %v; want DEBUG", r["level"])
		}
	}
	if len(recovered) != 2 || recovered[0]["failures"] != 4.0 || recovered[1]["failures"] != 2.0 {
		t.Errorf("recovery records = %v; want two, with failures 4 and 2", recovered)
	}
	if len(recovered) > 0 && recovered[0]["level"] != "INFO" {
		t.Errorf("recovery logged at %v; want INFO", recovered[0]["level"])
	}
}

func TestCheckAlertsAndWebhook(t *testing.T) {
	var fighters atomic.Int32
	fighters.Store(25)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(int(fighters.Load())))
	}))
	defer srv.Close()
	var mu sync.Mutex
	var posted []map[string]any
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var rec map[string]any
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || json.NewDecoder(r.Body).Decode(&rec) != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		mu.Lock()
		posted = append(posted, rec)
		mu.Unlock()
	}))
	defer hook.Close()
	h := newHarness(t, fmt.Sprintf(`alerts:
  webhook:
    url: %s/hook
watches:
  - name: a
    url: %s/a
    robots: false
`, hook.URL, srv.URL))

	if r := h.check(t, "a"); r.Outcome != First || len(h.records(alertMsg)) != 0 {
		t.Fatalf("first check = %s, %v with %d alerts; want first, no alerts", r.Outcome, r.Err, len(h.records(alertMsg)))
	}
	if len(h.records("first version")) != 1 {
		t.Errorf("want one \"first version\" record")
	}
	fighters.Store(26)
	r := h.check(t, "a")
	if r.Outcome != Changed || r.Err != nil || r.Version == 0 {
		t.Fatalf("second check = %s, %v, version %d; want changed", r.Outcome, r.Err, r.Version)
	}
	alerts := h.records(alertMsg)
	if len(alerts) == 0 || len(alerts) != len(r.Changes) {
		t.Fatalf("%d alert records for %d changes; want one per change, at least one", len(alerts), len(r.Changes))
	}
	var found bool
	for _, a := range alerts {
		for _, k := range []string{"watch", "kind", "key", "category", "old", "new", "old_text", "new_text", "delta", "version"} {
			if _, ok := a[k]; !ok {
				t.Errorf("alert record lacks %q: %v", k, a)
			}
		}
		if a["old"] == 25.0 && a["new"] == 26.0 && a["kind"] == "changed" && a["delta"] == 1.0 && a["version"] == float64(r.Version) {
			found = true
		}
	}
	if !found {
		t.Errorf("alert records = %v; want one changing 25 to 26 in version %d", alerts, r.Version)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(posted) != len(alerts) {
		t.Fatalf("webhook got %d records; want %d", len(posted), len(alerts))
	}
	for i, p := range posted {
		for _, k := range []string{"msg", "watch", "kind", "key", "old", "new", "version"} {
			if fmt.Sprint(p[k]) != fmt.Sprint(alerts[i][k]) {
				t.Errorf("webhook record %s = %v; log record has %v", k, p[k], alerts[i][k])
			}
		}
	}
	if got := familySize(t, h.reg, "factdiff_fact_changes_total"); got == 0 {
		t.Errorf("factdiff_fact_changes_total has no series; want the change counted")
	}
}

func TestWebhookFailureKeepsSnapshot(t *testing.T) {
	var fighters atomic.Int32
	fighters.Store(25)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(int(fighters.Load())))
	}))
	defer srv.Close()
	var hookHits atomic.Int32
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hookHits.Add(1)
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer hook.Close()
	h := newHarness(t, fmt.Sprintf(`alerts:
  webhook:
    url: %s/hook
    retries: 2
    timeout: 1s
watches:
  - name: a
    url: %s/a
    robots: false
`, hook.URL, srv.URL))
	h.check(t, "a")
	fighters.Store(26)
	r := h.check(t, "a")
	if r.Outcome != Changed || r.Err != nil {
		t.Fatalf("check with a failing webhook = %s, %v; want changed without error", r.Outcome, r.Err)
	}
	latest, err := h.store.Latest(context.Background(), "a")
	if err != nil || latest.ID != r.Version || !strings.Contains(latest.Text, "26 fighters") {
		t.Errorf("Latest = %d, %v; want version %d with the new text saved", latest.ID, err, r.Version)
	}
	if n := len(r.Changes); hookHits.Load() != int32(3*n) {
		t.Errorf("webhook tried %d times for %d records; want 3 tries each", hookHits.Load(), n)
	}
	if fails := h.records("webhook failed"); len(fails) != len(r.Changes) {
		t.Errorf("%d \"webhook failed\" records; want %d", len(fails), len(r.Changes))
	}
}

func TestCheckFileWatch(t *testing.T) {
	h := newHarness(t, "watches:\n  - name: txt\n    file: article.txt\n  - name: bin\n    file: blob.dat\n  - name: missing\n    file: nowhere.txt\n")
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(h.dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("article.txt", "KIRAN - Troops killed at least 25 fighters, the army said.\n\nThree soldiers were wounded.\n")
	write("blob.dat", "\x00\x01\x02binary\x00")
	tests := []struct {
		watch   string
		edit    func()
		want    Outcome
		wantErr string
	}{
		{"txt", nil, First, ""},
		{"txt", nil, Unchanged, ""},
		{"txt", func() {
			write("article.txt", "KIRAN - Troops killed at least 26 fighters, the army said.\n\nThree soldiers were wounded.\n")
		}, Changed, ""},
		{"bin", nil, Failed, "binary"},
		{"missing", nil, Failed, "no such file"},
	}
	for i, tt := range tests {
		if tt.edit != nil {
			tt.edit()
		}
		r := h.check(t, tt.watch)
		if r.Outcome != tt.want || (tt.wantErr != "") != (r.Err != nil) || (r.Err != nil && !strings.Contains(r.Err.Error(), tt.wantErr)) {
			t.Errorf("step %d: check %s = %s, %v; want %s %q", i+1, tt.watch, r.Outcome, r.Err, tt.want, tt.wantErr)
		}
	}
}

func TestScheduledRunClaimedOnce(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(25))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("watches:\n  - name: a\n    url: %s/a\n    robots: false\n    schedule: \"@every 10s\"\n", srv.URL))
	other := New(h.cfg, h.store, Options{Logger: discardLogger(), Registry: prometheus.NewRegistry(), Holder: "other"})

	sched := Schedule(&h.cfg.Watches[0])
	due := sched.Next(time.Now())
	ctx := context.Background()
	var wg sync.WaitGroup
	for _, w := range []*Watcher{h.w, other} {
		wg.Add(1)
		go func() { defer wg.Done(); w.scheduledRun(ctx, &h.cfg.Watches[0], due, sched) }()
	}
	wg.Wait()
	// Both again: a run marked done is never taken over.
	h.w.scheduledRun(ctx, &h.cfg.Watches[0], due, sched)
	other.scheduledRun(ctx, &h.cfg.Watches[0], due, sched)
	if hits.Load() != 1 {
		t.Errorf("server fetched %d times for one scheduled run in two processes; want 1", hits.Load())
	}
	skipped := counterValue(t, h.w.metrics.skipped.WithLabelValues("claimed")) + counterValue(t, other.metrics.skipped.WithLabelValues("claimed"))
	if skipped != 3 {
		t.Errorf("runs skipped as claimed = %v; want 3", skipped)
	}
	// The next due time is a new run.
	h.w.scheduledRun(ctx, &h.cfg.Watches[0], sched.Next(due), sched)
	if hits.Load() != 2 {
		t.Errorf("server fetched %d times after the next due run; want 2", hits.Load())
	}
}

func TestLease(t *testing.T) {
	due := time.Unix(1_764_000_000, 0)
	tests := []struct {
		every time.Duration
		want  time.Duration
	}{
		{500 * time.Millisecond, minLease},
		{2 * time.Second, time.Second}, // half the interval: a dead holder's run is retried before the next
		{time.Minute, 30 * time.Second},
		{time.Hour, maxLease}, // renewed while the check runs, so a long check keeps it
	}
	for _, tt := range tests {
		if got := lease(Aligned{Every: tt.every}, due); got != tt.want {
			t.Errorf("lease(@every %v) = %v; want %v", tt.every, got, tt.want)
		}
	}
}

func TestHandler(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.checks.WithLabelValues("unchanged").Inc()
	healthy := atomic.Bool{}
	pages := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "pages") })
	srv := httptest.NewServer(Handler(reg, func() error {
		if !healthy.Load() {
			return fmt.Errorf("watcher: not running")
		}
		return nil
	}, pages))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	tests := []struct {
		path    string
		healthy bool
		code    int
		body    string
	}{
		{"/metrics", true, 200, `factdiff_checks_total{outcome="unchanged"} 1`},
		{"/healthz", true, 200, "ok"},
		{"/healthz", false, 503, "not running"},
		{"/watches/a", true, 200, "pages"},
	}
	for _, tt := range tests {
		healthy.Store(tt.healthy)
		code, body := get(tt.path)
		if code != tt.code || !strings.Contains(body, tt.body) {
			t.Errorf("GET %s = %d %q; want %d containing %q", tt.path, code, body, tt.code, tt.body)
		}
	}
}

// counterValue reads a counter or gauge.
func counterValue(t *testing.T, m prometheus.Metric) float64 {
	t.Helper()
	var pb dto.Metric
	if err := m.Write(&pb); err != nil {
		t.Fatal(err)
	}
	if pb.Counter != nil {
		return pb.Counter.GetValue()
	}
	return pb.Gauge.GetValue()
}

// familySize returns how many series the metric family name has in reg.
func familySize(t *testing.T, reg *prometheus.Registry, name string) int {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() == name {
			return len(f.Metric)
		}
	}
	return 0
}

func TestCheckRetention(t *testing.T) {
	var fighters atomic.Int32
	fighters.Store(20)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(int(fighters.Load())))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("retention:\n  keep: 2\nwatches:\n  - name: a\n    url: %s/a\n    robots: false\n", srv.URL))
	var last Result
	for i := range 5 {
		fighters.Store(int32(20 + i))
		if last = h.check(t, "a"); last.Err != nil {
			t.Fatalf("check %d: %v", i+1, last.Err)
		}
	}
	vs, err := h.store.History(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	// The first version and the last two are kept.
	if len(vs) != 3 || vs[len(vs)-1].ID != last.Version {
		t.Errorf("after 5 versions with keep 2: %d versions, newest %d; want 3 ending with %d", len(vs), vs[len(vs)-1].ID, last.Version)
	}
}

func TestCheckSharedStoreFollowsHead(t *testing.T) {
	var rev atomic.Int32
	rev.Store(1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tag := fmt.Sprintf(`"r%d"`, rev.Load())
		if r.Header.Get("If-None-Match") == tag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", tag)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(24+int(rev.Load())))
	}))
	defer srv.Close()
	a := newHarness(t, fmt.Sprintf("rate_limit:\n  per_host: 0\nwatches:\n  - name: x\n    url: %s/x\n    robots: false\n", srv.URL))
	a.w.checker.shared = true // as with PostgreSQL
	b := &harness{cfg: a.cfg, w: New(a.cfg, a.store, Options{Logger: discardLogger(), Holder: "b"})}
	b.w.checker.shared = true

	steps := []struct {
		who  *harness
		rev  int32
		want Outcome
	}{
		{a, 1, First},
		{b, 2, Changed},     // another process saves the revision
		{a, 2, NotModified}, // a asks with the stored ETag, not its own stale one
	}
	for i, s := range steps {
		rev.Store(s.rev)
		if r := s.who.check(t, "x"); r.Outcome != s.want {
			t.Errorf("step %d: %s, %v; want %s", i+1, r.Outcome, r.Err, s.want)
		}
	}
}

// TestScheduledRunClaimedOncePostgres runs three watchers, each with its own
// connection pool as separate processes would have, on one PostgreSQL
// store: every scheduled run is fetched once. It needs
// FACTDIFF_TEST_POSTGRES_DSN (.ci/postgres.sh sets it).
func TestScheduledRunClaimedOncePostgres(t *testing.T) {
	dsn, _ := pgtest.Schema(t, "factdiff_watcher_")
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(25))
	}))
	defer srv.Close()
	name := fmt.Sprintf("claims-%d", time.Now().UnixNano())
	cfg, err := config.Parse([]byte(fmt.Sprintf("store: %q\nrate_limit:\n  per_host: 0\nwatches:\n  - name: %s\n    url: %s/a\n    robots: false\n    schedule: \"@every 1m\"\n", dsn, name, srv.URL)), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var ws []*Watcher
	for i := range 3 {
		st, err := snapshots.Open(ctx, cfg.Store)
		if err != nil {
			t.Fatalf("snapshots.Open(postgres): %v", err)
		}
		defer st.Close()
		ws = append(ws, New(cfg, st, Options{Logger: discardLogger(), Holder: fmt.Sprintf("p%d", i)}))
	}
	sched := Schedule(&cfg.Watches[0])
	due := sched.Next(time.Now())
	const runs = 4
	for range runs {
		var wg sync.WaitGroup
		for _, w := range ws {
			wg.Add(1)
			go func() { defer wg.Done(); w.scheduledRun(ctx, &cfg.Watches[0], due, sched) }()
		}
		wg.Wait()
		due = sched.Next(due)
	}
	if hits.Load() != runs {
		t.Errorf("%d scheduled runs in three processes fetched %d times; want %d", runs, hits.Load(), runs)
	}
}

func TestPruneCheckLog(t *testing.T) {
	article := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(article, []byte("The ministry said 14 schools would stay shut."), 0o644); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, "retention:\n  checks: 48h\nwatches:\n  - name: a\n    file: "+article+"\n")
	ctx := context.Background()
	now := time.Now()
	for _, age := range []time.Duration{96 * time.Hour, 72 * time.Hour, time.Hour} {
		if err := h.store.RecordCheck(ctx, snapshots.Check{Watch: "a", At: now.Add(-age), Outcome: "unchanged"}); err != nil {
			t.Fatalf("RecordCheck: %v", err)
		}
	}
	h.w.prune(ctx, now)
	checks, err := h.store.Checks(ctx, "a", 10)
	if err != nil {
		t.Fatalf("Checks: %v", err)
	}
	if len(checks) != 1 || now.Sub(checks[0].At) > 2*time.Hour {
		t.Errorf("after pruning checks older than 48h, %d checks remain (%v); want the one an hour old", len(checks), checks)
	}
}
