package watcher

import (
	"container/heap"
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"
)

// Aligned is a cron.Schedule that fires at every multiple of Every since
// the Unix epoch: "@every 10m" runs at :00, :10, :20… whenever the process
// started, so that every process sharing a store names a run by the same
// due time.
type Aligned struct {
	Every time.Duration
}

var _ cron.Schedule = Aligned{}

// Next returns the first multiple of a.Every strictly after t, in t's
// location.
func (a Aligned) Next(t time.Time) time.Time {
	e := int64(a.Every)
	if e <= 0 {
		return time.Time{}
	}
	ns := t.UnixNano()
	q := ns / e
	if ns < 0 && ns%e != 0 {
		q-- // floor, for times before 1970
	}
	return time.Unix(0, (q+1)*e).In(t.Location())
}

// Entry is one scheduled job.
type Entry struct {
	Name     string
	Schedule cron.Schedule
}

// RunFunc runs the job called name, due at due. ctx is cancelled when the
// scheduler gives up waiting for running jobs at shutdown. A job that could
// not run yet (another process holds it) returns when to try the same due
// time again; the zero time means the run is settled.
type RunFunc func(ctx context.Context, name string, due time.Time) (retryAt time.Time)

// Scheduler fires jobs at the times of their schedules on a bounded pool
// of workers. A job whose previous run has not finished (or not started:
// the pool may be busy) when it is due again is skipped, not stacked; a
// panicking job is recovered and logged. A job that asks to be retried is
// run again with the same due time at the time it asked for, unless it is
// busy then.
type Scheduler struct {
	entries []Entry
	run     RunFunc
	workers int
	grace   time.Duration
	logger  *slog.Logger
	onSkip  func(name string)
}

// NewScheduler returns a Scheduler for entries running at most workers jobs
// at once; at shutdown, running jobs get grace to finish.
func NewScheduler(entries []Entry, run RunFunc, workers int, grace time.Duration, logger *slog.Logger) *Scheduler {
	if workers < 1 {
		workers = 1
	}
	return &Scheduler{entries: entries, run: run, workers: workers, grace: grace, logger: logger, onSkip: func(string) {}}
}

// slot is the next firing of an entry, or a retry of one of its runs.
type slot struct {
	next  time.Time
	idx   int
	retry bool      // a retry of the run due at due, fired once
	due   time.Time // the due time retried
}

type slotHeap []slot

func (h slotHeap) Len() int           { return len(h) }
func (h slotHeap) Less(i, j int) bool { return h[i].next.Before(h[j].next) }
func (h slotHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *slotHeap) Push(x any)        { *h = append(*h, x.(slot)) }
func (h *slotHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type task struct {
	idx int
	due time.Time
	at  time.Time // when a retry was asked for
}

// Run fires jobs until ctx is cancelled, then stops taking runs, waits up
// to the grace period for running jobs, cancels them if they are still
// going, waits briefly for them to return, and returns.
func (s *Scheduler) Run(ctx context.Context) {
	runCtx, cancelRuns := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRuns()

	busy := make([]atomic.Bool, len(s.entries))
	var stopping atomic.Bool
	// Each job is queued at most once at a time (busy), so the queue never
	// fills and the timer loop never blocks on it.
	queue := make(chan task, len(s.entries))
	// Retries asked for by jobs, for the timer loop. A full channel drops
	// one: the job's next scheduled run stands in for it.
	retries := make(chan task, len(s.entries))
	var wg sync.WaitGroup
	for range s.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range queue {
				var at time.Time
				if !stopping.Load() {
					at = s.runOne(runCtx, t)
				}
				busy[t.idx].Store(false)
				if !at.IsZero() && !stopping.Load() {
					select {
					case retries <- task{idx: t.idx, due: t.due, at: at}:
					default:
					}
				}
			}
		}()
	}

	h := make(slotHeap, 0, len(s.entries))
	now := time.Now().UTC()
	for i, e := range s.entries {
		if next := e.Schedule.Next(now); !next.IsZero() {
			h = append(h, slot{next: next, idx: i})
		}
	}
	heap.Init(&h)

	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
loop:
	for h.Len() > 0 {
		timer.Reset(time.Until(h[0].next))
		select {
		case <-ctx.Done():
			break loop
		case t := <-retries:
			heap.Push(&h, slot{next: t.at, idx: t.idx, retry: true, due: t.due})
			continue
		case <-timer.C:
		}
		now := time.Now().UTC()
		for h.Len() > 0 && !h[0].next.After(now) {
			if h[0].retry {
				sl := heap.Pop(&h).(slot)
				if busy[sl.idx].CompareAndSwap(false, true) {
					queue <- task{idx: sl.idx, due: sl.due}
				} else {
					s.logger.Debug("retry dropped: the watch is running",
						slog.String("watch", s.entries[sl.idx].Name), slog.Time("due", sl.due))
				}
				continue
			}
			sl := &h[0]
			e := s.entries[sl.idx]
			if busy[sl.idx].CompareAndSwap(false, true) {
				queue <- task{idx: sl.idx, due: sl.next}
			} else {
				s.onSkip(e.Name)
				s.logger.Debug("run skipped: the previous run is still going",
					slog.String("watch", e.Name), slog.Time("due", sl.next))
			}
			// Runs missed while the process was stopped or starved are
			// not made up for: the next one is after now.
			sl.next = e.Schedule.Next(now)
			if sl.next.IsZero() {
				heap.Pop(&h)
				continue
			}
			heap.Fix(&h, 0)
		}
	}
	<-ctx.Done()

	stopping.Store(true)
	close(queue)
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return
	case <-time.After(s.grace):
	}
	s.logger.Warn("abandoning running checks after the shutdown grace period", slog.Duration("grace", s.grace))
	cancelRuns()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		s.logger.Error("running checks did not stop after cancellation; exiting anyway")
	}
}

func (s *Scheduler) runOne(ctx context.Context, t task) (retryAt time.Time) {
	name := s.entries[t.idx].Name
	defer func() {
		if r := recover(); r != nil {
			s.logger.Error("run panicked", slog.String("watch", name), slog.Time("due", t.due),
				slog.String("panic", fmt.Sprint(r)), slog.String("stack", string(debug.Stack())))
			retryAt = time.Time{}
		}
	}()
	return s.run(ctx, name, t.due)
}
