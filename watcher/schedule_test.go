package watcher

import (
	"bytes"
	"context"
	"flag"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
)

var update = flag.Bool("update", false, "rewrite golden files")

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestAlignedNext(t *testing.T) {
	at := func(s string) time.Time {
		tm, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	tests := []struct {
		every time.Duration
		t     string
		want  string
	}{
		{10 * time.Minute, "2026-11-25T17:33:20Z", "2026-11-25T17:40:00Z"},
		{10 * time.Minute, "2026-11-25T17:40:00Z", "2026-11-25T17:50:00Z"}, // strictly after
		{10 * time.Minute, "2026-11-25T17:39:59.999Z", "2026-11-25T17:40:00Z"},
		{time.Second, "2026-11-25T17:33:20.5Z", "2026-11-25T17:33:21Z"},
		{time.Hour, "2026-11-25T23:59:59Z", "2026-11-26T00:00:00Z"},
		{7 * time.Second, "1970-01-01T00:00:00Z", "1970-01-01T00:00:07Z"},
		{7 * time.Second, "1969-12-31T23:59:58Z", "1970-01-01T00:00:00Z"},
		{90 * time.Minute, "2026-11-25T17:33:20Z", "2026-11-25T18:00:00Z"}, // 1764093600 = 19602*5400
		// In another zone: the same instants, the zone kept.
		{10 * time.Minute, "2026-11-25T18:33:20+01:00", "2026-11-25T18:40:00+01:00"},
	}
	for _, tt := range tests {
		got := Aligned{Every: tt.every}.Next(at(tt.t))
		if want := at(tt.want); !got.Equal(want) {
			t.Errorf("Aligned{%v}.Next(%s) = %s; want %s", tt.every, tt.t, got.Format(time.RFC3339Nano), tt.want)
		}
	}
	// Two processes started at different moments name the same runs.
	a := Aligned{Every: 10 * time.Minute}
	p1, p2 := at("2026-11-25T17:31:07Z"), at("2026-11-25T17:38:59Z")
	if n1, n2 := a.Next(p1), a.Next(p2); !n1.Equal(n2) {
		t.Errorf("processes started at %s and %s disagree: %s vs %s", p1, p2, n1, n2)
	}
	if got := (Aligned{}).Next(p1); !got.IsZero() {
		t.Errorf("Aligned{0}.Next = %s; want the zero time (never)", got)
	}
}

// every returns an Aligned schedule for the scheduler tests.
func every(d time.Duration) cron.Schedule { return Aligned{Every: d} }

func TestSchedulerSkipsNotStacks(t *testing.T) {
	var starts, concurrent, maxConcurrent atomic.Int32
	var mu sync.Mutex
	var dues []time.Time
	run := func(ctx context.Context, name string, due time.Time) time.Time {
		starts.Add(1)
		mu.Lock()
		dues = append(dues, due)
		mu.Unlock()
		n := concurrent.Add(1)
		for {
			m := maxConcurrent.Load()
			if n <= m || maxConcurrent.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(230 * time.Millisecond) // longer than four intervals
		concurrent.Add(-1)
		return time.Time{}
	}
	s := NewScheduler([]Entry{{Name: "slow", Schedule: every(50 * time.Millisecond)}}, run, 4, time.Second, discardLogger())
	var skips atomic.Int32
	s.onSkip = func(string) { skips.Add(1) }
	ctx, cancel := context.WithTimeout(context.Background(), 1200*time.Millisecond)
	defer cancel()
	s.Run(ctx)

	if got := maxConcurrent.Load(); got != 1 {
		t.Errorf("runs of one job at once = %d; want 1 (skipped, not stacked)", got)
	}
	if got := starts.Load(); got < 3 || got > 6 {
		t.Errorf("runs started in 1.2s with 230ms runs = %d; want 3 to 6", got)
	}
	if skips.Load() < 8 {
		t.Errorf("skips = %d; want the due times of busy runs skipped (at least 8)", skips.Load())
	}
	mu.Lock()
	defer mu.Unlock()
	for _, d := range dues {
		if d.UnixNano()%int64(50*time.Millisecond) != 0 {
			t.Errorf("due time %s is not a multiple of the interval", d.Format(time.RFC3339Nano))
		}
	}
}

func TestSchedulerRetries(t *testing.T) {
	const retryAfter = 100 * time.Millisecond
	var mu sync.Mutex
	calls := map[time.Time][]time.Time{} // due -> when it ran
	run := func(ctx context.Context, name string, due time.Time) time.Time {
		mu.Lock()
		defer mu.Unlock()
		calls[due] = append(calls[due], time.Now())
		if len(calls[due]) == 1 {
			return time.Now().Add(retryAfter) // as when another process holds the run
		}
		return time.Time{}
	}
	s := NewScheduler([]Entry{{Name: "a", Schedule: every(400 * time.Millisecond)}}, run, 2, time.Second, discardLogger())
	ctx, cancel := context.WithTimeout(context.Background(), 1300*time.Millisecond)
	defer cancel()
	s.Run(ctx)
	mu.Lock()
	defer mu.Unlock()
	settled := 0
	for due, at := range calls {
		if len(at) > 2 {
			t.Errorf("due %s ran %d times; want at most 2 (one retry)", due.Format(time.RFC3339Nano), len(at))
		}
		if len(at) == 2 {
			settled++
			if gap := at[1].Sub(at[0]); gap < retryAfter {
				t.Errorf("due %s retried after %v; want at least %v", due.Format(time.RFC3339Nano), gap, retryAfter)
			}
		}
	}
	if settled < 2 {
		t.Errorf("runs retried = %d of %d; want at least 2", settled, len(calls))
	}
}

func TestSchedulerRecoversPanics(t *testing.T) {
	var calls atomic.Int32
	var good atomic.Int32
	run := func(ctx context.Context, name string, due time.Time) time.Time {
		if name == "bad" {
			calls.Add(1)
			panic("extractor blew up")
		}
		good.Add(1)
		return time.Time{}
	}
	var logs syncBuffer
	logger := slog.New(slog.NewJSONHandler(&logs, nil))
	s := NewScheduler([]Entry{
		{Name: "bad", Schedule: every(50 * time.Millisecond)},
		{Name: "good", Schedule: every(50 * time.Millisecond)},
	}, run, 2, time.Second, logger)
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	s.Run(ctx)
	if calls.Load() < 3 {
		t.Errorf("panicking job ran %d times; want it scheduled again after each panic", calls.Load())
	}
	if good.Load() < 3 {
		t.Errorf("other job ran %d times; want it unaffected", good.Load())
	}
	if !strings.Contains(logs.String(), `"msg":"run panicked","watch":"bad"`) || !strings.Contains(logs.String(), "extractor blew up") {
		t.Errorf("log = %s; want the panic logged with its watch", logs.String())
	}
}

func TestSchedulerShutdown(t *testing.T) {
	tests := []struct {
		name        string
		runFor      time.Duration
		grace       time.Duration
		wantCancel  bool
		maxDuration time.Duration
	}{
		{"running check finishes within grace", 300 * time.Millisecond, 2 * time.Second, false, 1500 * time.Millisecond},
		{"running check abandoned after grace", 10 * time.Second, 200 * time.Millisecond, true, 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			started := make(chan struct{}, 1)
			var cancelled, finished atomic.Bool
			run := func(ctx context.Context, name string, due time.Time) time.Time {
				select {
				case started <- struct{}{}:
				default:
				}
				select {
				case <-time.After(tt.runFor):
					finished.Store(true)
				case <-ctx.Done():
					cancelled.Store(true)
				}
				return time.Time{}
			}
			s := NewScheduler([]Entry{{Name: "a", Schedule: every(20 * time.Millisecond)}}, run, 1, tt.grace, discardLogger())
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { s.Run(ctx); close(done) }()
			<-started
			stop := time.Now()
			cancel()
			select {
			case <-done:
			case <-time.After(tt.maxDuration + 5*time.Second):
				t.Fatal("Run did not return")
			}
			if d := time.Since(stop); d > tt.maxDuration {
				t.Errorf("Run returned %v after cancel; want at most %v", d, tt.maxDuration)
			}
			if cancelled.Load() != tt.wantCancel || finished.Load() == tt.wantCancel {
				t.Errorf("cancelled %v, finished %v; want cancelled %v", cancelled.Load(), finished.Load(), tt.wantCancel)
			}
		})
	}
}
