package watcher

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestScheduledRunTakesOver: a run whose holder died (it claimed the run
// and was never heard of again) is made by another process once the lease
// expires, before the next run is due; a run whose holder finished is not
// made again.
func TestScheduledRunTakesOver(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(25))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("watches:\n  - name: a\n    url: %s/a\n    robots: false\n    schedule: \"@every 2s\"\n", srv.URL))
	ctx := context.Background()
	cw := &h.cfg.Watches[0]
	sched := Schedule(cw)
	tests := []struct {
		name       string
		holderDone bool
		wantHits   int32
	}{
		{"holder finished", true, 0},
		{"holder died", false, 1},
	}
	due := sched.Next(time.Now())
	for _, tt := range tests {
		due = sched.Next(due)
		hits.Store(0)
		if l, err := h.store.Claim(ctx, "a", due, "other", lease(sched, due)); err != nil || !l.Held {
			t.Fatalf("%s: Claim(other) = %+v, %v", tt.name, l, err)
		}
		if tt.holderDone {
			if err := h.store.Done(ctx, "a", due, "other"); err != nil {
				t.Fatal(err)
			}
		}
		retry := h.w.scheduledRun(ctx, cw, due, sched)
		if tt.holderDone {
			if !retry.IsZero() {
				t.Errorf("%s: retry at %s; want none", tt.name, retry)
			}
			continue
		}
		if retry.IsZero() || !retry.Before(sched.Next(due)) {
			t.Fatalf("%s: retry at %s; want one before the next run at %s", tt.name, retry, sched.Next(due))
		}
		time.Sleep(time.Until(retry))
		if again := h.w.scheduledRun(ctx, cw, due, sched); !again.IsZero() {
			t.Errorf("%s: second attempt asks for a retry at %s; want the run made", tt.name, again)
		}
		if hits.Load() != tt.wantHits {
			t.Errorf("%s: fetched %d times; want %d", tt.name, hits.Load(), tt.wantHits)
		}
		if len(h.records("run taken over: its holder's lease expired before it was done")) != 1 {
			t.Errorf("%s: want the takeover logged once; log:\n%s", tt.name, h.logs.String())
		}
	}
}

// TestLeaseRenewedWhileChecking: a check longer than its lease keeps its
// run; another process does not take it over while the holder lives.
func TestLeaseRenewedWhileChecking(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		time.Sleep(2500 * time.Millisecond) // 2.5 leases of a 2s watch
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(25))
	}))
	defer srv.Close()
	h := newHarness(t, fmt.Sprintf("watches:\n  - name: a\n    url: %s/a\n    robots: false\n    schedule: \"@every 2s\"\n", srv.URL))
	other := New(h.cfg, h.store, Options{Logger: discardLogger(), Holder: "other"})
	ctx := context.Background()
	cw := &h.cfg.Watches[0]
	sched := Schedule(cw)
	due := sched.Next(time.Now())

	done := make(chan struct{})
	go func() { defer close(done); h.w.scheduledRun(ctx, cw, due, sched) }()
	deadline := time.Now().Add(10 * time.Second)
	for hits.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	// The other process tries the run while the check goes on, each time
	// its holder's lease was to expire.
	for {
		select {
		case <-done:
			if hits.Load() != 1 {
				t.Errorf("fetched %d times; want 1 (the lease renewed while the check ran)", hits.Load())
			}
			return
		default:
		}
		retry := other.scheduledRun(ctx, cw, due, sched)
		if retry.IsZero() {
			<-done
			if hits.Load() != 1 {
				t.Errorf("fetched %d times; want 1 (the lease renewed while the check ran)", hits.Load())
			}
			return
		}
		time.Sleep(min(time.Until(retry), 300*time.Millisecond))
	}
}

// TestCheckDoesNotSaveOverNewer: a slow check whose text was fetched before
// another process saved a newer version stores nothing and alerts nothing;
// the newer version stays the latest.
func TestCheckDoesNotSaveOverNewer(t *testing.T) {
	var rev atomic.Int32
	rev.Store(25)
	arrived, release := make(chan struct{}, 1), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := rev.Load()
		if r.URL.Query().Get("slow") != "" {
			arrived <- struct{}{}
			<-release
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(int(n)))
	}))
	defer srv.Close()
	yaml := fmt.Sprintf("rate_limit:\n  per_host: 0\nwatches:\n  - name: x\n    url: %s/x\n    robots: false\n", srv.URL)
	a := newHarness(t, yaml)
	a.w.checker.shared = true
	if r := a.check(t, "x"); r.Outcome != First {
		t.Fatalf("first check: %s, %v", r.Outcome, r.Err)
	}
	// a's next check fetches the 26 text slowly; meanwhile b (another
	// process on the same store) saves the 27 text.
	slow := *a.cfg
	slow.Watches = append(slow.Watches[:0:0], a.cfg.Watches...)
	slow.Watches[0].URL += "?slow=1"
	rev.Store(26)
	res := make(chan Result, 1)
	go func() { res <- a.w.checker.Check(context.Background(), &slow.Watches[0]) }()
	<-arrived // a has read the head and is fetching
	b := &harness{cfg: a.cfg, w: New(a.cfg, a.store, Options{Logger: discardLogger(), Holder: "b"})}
	b.w.checker.shared = true
	rev.Store(27)
	if r := b.check(t, "x"); r.Outcome != Changed {
		t.Fatalf("b: %s, %v; want changed", r.Outcome, r.Err)
	}
	close(release) // a's slow answer is the older text, 26
	r := <-res
	if r.Outcome != Unchanged || r.Version != 0 || len(r.Changes) != 0 {
		t.Errorf("slow check = %s, version %d, %d changes, %v; want unchanged, nothing saved", r.Outcome, r.Version, len(r.Changes), r.Err)
	}
	vs, err := a.store.History(context.Background(), "x")
	if err != nil || len(vs) != 2 {
		t.Fatalf("History = %d versions, %v; want 2", len(vs), err)
	}
	if latest, _ := a.store.Latest(context.Background(), "x"); !strings.Contains(latest.Text, "27") {
		t.Errorf("latest text = %q; want the newer version, 27", latest.Text)
	}
}
