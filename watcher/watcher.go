package watcher

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/snapshots"
)

// Options are what a Watcher needs beyond its config and store.
type Options struct {
	// Logger receives the watcher's own log; required.
	Logger *slog.Logger
	// Alerts receives the alert records; nil means Logger.
	Alerts *slog.Logger
	// Registry receives the metrics; nil leaves them unregistered.
	Registry prometheus.Registerer
	// Holder names this process in claims; empty means HolderID().
	Holder string
	// RetryBackoff is the first retry delay of fetches and webhooks;
	// zero means one second.
	RetryBackoff time.Duration
}

// Watcher runs the watches of a config against a store.
type Watcher struct {
	cfg     *config.Config
	store   Store
	checker *Checker
	logger  *slog.Logger
	metrics *Metrics
	holder  string
	running atomic.Bool

	lostMu sync.Mutex
	lost   map[string]lostRun // by watch: the run lost to another holder, to be retried
}

// New returns a Watcher for cfg, which must have been validated.
func New(cfg *config.Config, store Store, o Options) *Watcher {
	if o.Alerts == nil {
		o.Alerts = o.Logger
	}
	if o.Holder == "" {
		o.Holder = HolderID()
	}
	m := NewMetrics(o.Registry)
	f := NewFetcher(FetcherOptions{
		UserAgent:   cfg.UserAgent,
		Timeout:     cfg.Timeout,
		BodyLimit:   int64(cfg.BodyLimit),
		Retries:     cfg.RetryCount(),
		Backoff:     o.RetryBackoff,
		RatePerHost: cfg.RateLimit.Rate(),
		Burst:       cfg.RateLimit.Burst,
		MaxConns:    cfg.Concurrency,
	})
	a := NewAlerter(o.Alerts, o.Logger, cfg.Alerts.Webhook, m)
	if o.RetryBackoff > 0 {
		a.backoff = o.RetryBackoff
	}
	return &Watcher{
		cfg:   cfg,
		store: store,
		checker: &Checker{
			cfg: cfg, store: store, fetcher: f, alerter: a, metrics: m, logger: o.Logger,
			now: time.Now, states: make(map[string]*watchState), shared: cfg.IsPostgres(),
		},
		logger:  o.Logger,
		metrics: m,
		holder:  o.Holder,
		lost:    make(map[string]lostRun),
	}
}

// HolderID returns a name for this process in run claims: host name,
// process id and a random suffix, unique even across container restarts
// that reuse both.
func HolderID() string {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown"
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// Schedule returns the schedule of w: Aligned for "@every", else its cron
// spec, evaluated in UTC unless the spec names a zone.
func Schedule(w *config.Watch) cron.Schedule {
	if w.Every > 0 {
		return Aligned{Every: w.Every}
	}
	return w.Cron
}

// budget is the longest one check may take: robots.txt, every fetch
// attempt with its backoff, the webhook deliveries, and a margin for
// extraction and the store.
func (w *Watcher) budget() time.Duration {
	n := w.cfg.RetryCount()
	d := time.Duration(n+2) * w.cfg.Timeout
	for i := 1; i <= n; i++ {
		d += (time.Second << min(i-1, 6)) * 6 / 5
	}
	return d + webhookBudget(w.cfg.Alerts.Webhook) + 30*time.Second
}

// The bounds of a claim's lease. The holder renews its lease while the
// check runs, so the lease only bounds how long a dead holder's run waits
// before another process takes it over, not how long a check may take.
const (
	minLease = time.Second
	maxLease = time.Minute
)

// retrySlack is added to a lost claim's remaining lease before trying
// again, so that the retry comes after the expiry, not just before it.
const retrySlack = 50 * time.Millisecond

// Claims are pruned every claimPruneEvery (by every process, each at its
// own moment), those of runs due more than claimHorizon ago.
const (
	claimPruneEvery = 5 * time.Minute
	claimHorizon    = 15 * time.Minute
)

// lease is how long a claim on the run of sched due at due lasts: half the
// interval to the next run, within [minLease, maxLease], so that a run
// whose holder died is taken over before the next run is due.
func lease(sched cron.Schedule, due time.Time) time.Duration {
	l := maxLease
	if interval := sched.Next(due).Sub(due); interval > 0 {
		l = min(max(interval/2, minLease), maxLease)
	}
	return l
}

// claimHorizon is how old a run's claim gets before it is pruned: long
// enough for any process to have fired the run, its retries and its check
// (the processes' clocks may disagree by up to this much, less the check).
func (w *Watcher) claimHorizon() time.Duration {
	return max(claimHorizon, 2*w.budget())
}

// Run schedules every watch until ctx is cancelled, then lets running checks
// finish within the config's shutdown grace and returns. Each scheduled run
// is claimed in the store first and made only if this process got it; a
// run another process holds is tried again when that process's lease
// expires, in case it died.
func (w *Watcher) Run(ctx context.Context) error {
	entries := make([]Entry, len(w.cfg.Watches))
	for i := range w.cfg.Watches {
		cw := &w.cfg.Watches[i]
		entries[i] = Entry{Name: cw.Name, Schedule: Schedule(cw)}
	}
	byName := make(map[string]int, len(entries))
	for i, e := range entries {
		byName[e.Name] = i
	}
	s := NewScheduler(entries, func(ctx context.Context, name string, due time.Time) time.Time {
		i := byName[name]
		return w.scheduledRun(ctx, &w.cfg.Watches[i], due, entries[i].Schedule)
	}, w.cfg.Concurrency, w.cfg.ShutdownGrace, w.logger)
	s.onSkip = func(string) { w.metrics.skipped.WithLabelValues("still_running").Inc() }

	w.logger.Info("watching", slog.Int("watches", len(entries)), slog.String("holder", w.holder),
		slog.Int("concurrency", w.cfg.Concurrency))
	pctx, stopPruning := context.WithCancel(ctx)
	pruned := make(chan struct{})
	go func() { defer close(pruned); w.housekeep(pctx) }()
	w.running.Store(true)
	s.Run(ctx)
	w.running.Store(false)
	stopPruning()
	<-pruned
	w.logger.Info("stopped")
	return nil
}

// housekeep prunes old claims, and checks older than the check log's
// retention, now and then until ctx is cancelled. Every process does, at a
// random moment of each period, so that the tables stay small whichever
// processes are running; the deletes are idempotent.
func (w *Watcher) housekeep(ctx context.Context) {
	wait := mrand.N(claimPruneEvery)
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = claimPruneEvery
		w.prune(ctx, time.Now())
	}
}

// prune deletes the claims and checks that are older, at now, than what
// the watcher keeps.
func (w *Watcher) prune(ctx context.Context, now time.Time) {
	n, err := w.store.PruneClaims(ctx, now.Add(-w.claimHorizon()))
	switch {
	case err != nil && ctx.Err() == nil:
		w.logger.Warn("pruning old run claims failed", slog.String("error", err.Error()))
	case n > 0:
		w.logger.Debug("pruned old run claims", slog.Int("claims", n))
	}
	if age := w.cfg.Retention.Checks; age > 0 {
		n, err := w.store.PruneChecks(ctx, now.Add(-age))
		switch {
		case err != nil && ctx.Err() == nil:
			w.logger.Warn("pruning the check log failed", slog.String("error", err.Error()))
		case n > 0:
			w.logger.Debug("pruned old checks", slog.Int("checks", n))
		}
	}
}

// scheduledRun makes the run of cw due at due if this process claims it. A
// run another process holds and has not finished is to be tried again when
// that holder's lease expires, if that is before the next run: the time is
// returned to the scheduler. The lease is renewed while the check runs and
// the run marked done after it, whatever its outcome, except when the check
// was abandoned at shutdown: then the lease runs out and another process
// takes the run over.
func (w *Watcher) scheduledRun(ctx context.Context, cw *config.Watch, due time.Time, sched cron.Schedule) (retryAt time.Time) {
	name := cw.Name
	l := lease(sched, due)
	got, err := w.store.Claim(ctx, name, due, w.holder, l)
	if err != nil {
		w.logger.Error("claim failed", slog.String("watch", name), slog.Time("due", due), slog.String("error", err.Error()))
		return time.Time{}
	}
	if !got.Held {
		w.metrics.skipped.WithLabelValues("claimed").Inc()
		if got.Done {
			w.forgetLost(name)
			w.logger.Debug("run made by another process", slog.String("watch", name), slog.Time("due", due),
				slog.String("holder", got.Holder))
			return time.Time{}
		}
		at := time.Now().Add(max(got.Remaining, 0) + retrySlack)
		if next := sched.Next(due); next.IsZero() || !at.Before(next) {
			// The next run stands in for this one.
			w.forgetLost(name)
			return time.Time{}
		}
		w.rememberLost(name, due, got.Holder)
		w.logger.Debug("run held by another process; trying again when its lease expires",
			slog.String("watch", name), slog.Time("due", due), slog.String("holder", got.Holder),
			slog.Duration("lease_left", got.Remaining))
		return at
	}
	if prev, ok := w.takenOver(name, due); ok {
		w.logger.Info("run taken over: its holder's lease expired before it was done",
			slog.String("watch", name), slog.Time("due", due), slog.String("previous_holder", prev))
	}
	stop := w.keepLease(ctx, name, due, l)
	cctx, cancel := context.WithTimeout(ctx, w.budget())
	w.checker.Check(cctx, cw)
	cancel()
	stop()
	if ctx.Err() != nil {
		w.logger.Warn("run abandoned at shutdown; another process may take it over when its lease expires",
			slog.String("watch", name), slog.Time("due", due))
		return time.Time{}
	}
	w.markDone(ctx, name, due)
	return time.Time{}
}

// keepLease renews the claim on the run of watch due at due every third of
// its lease until the returned stop is called, so that a check longer than
// the lease keeps its run. It stops renewing when the claim was lost (this
// process stalled beyond its lease and another took the run over): the
// check goes on, and saving stays exactly-once (snapshots.Store.Save).
func (w *Watcher) keepLease(ctx context.Context, watch string, due time.Time, l time.Duration) (stop func()) {
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(l / 3)
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			got, err := w.store.Claim(ctx, watch, due, w.holder, l)
			switch {
			case err != nil:
				w.logger.Warn("renewing the run's lease failed", slog.String("watch", watch), slog.Time("due", due),
					slog.String("error", err.Error()))
			case !got.Held:
				w.logger.Warn("lease lost: another process took the run over", slog.String("watch", watch),
					slog.Time("due", due), slog.String("holder", got.Holder))
				return
			}
		}
	}()
	return func() { close(quit); <-finished }
}

// markDone marks the run done, trying a few times within the lease: a run
// left undone is made again by another process once the lease expires (a
// second fetch; saving and alerting stay exactly-once).
func (w *Watcher) markDone(ctx context.Context, watch string, due time.Time) {
	const attempts = 3
	for i := 1; ; i++ {
		err := w.store.Done(ctx, watch, due, w.holder)
		switch {
		case err == nil:
			return
		case errors.Is(err, snapshots.ErrClaimLost):
			w.logger.Warn("run taken over by another process while this one made it", slog.String("watch", watch),
				slog.Time("due", due))
			return
		case i == attempts || ctx.Err() != nil:
			w.logger.Warn("marking the run done failed", slog.String("watch", watch), slog.Time("due", due),
				slog.String("error", err.Error()))
			return
		}
		if sleep(ctx, time.Duration(i)*100*time.Millisecond) != nil {
			return
		}
	}
}

// lostRun is a run this process lost to another holder and means to retry.
type lostRun struct {
	due    time.Time
	holder string
}

func (w *Watcher) rememberLost(watch string, due time.Time, holder string) {
	w.lostMu.Lock()
	defer w.lostMu.Unlock()
	w.lost[watch] = lostRun{due: due, holder: holder}
}

func (w *Watcher) forgetLost(watch string) {
	w.lostMu.Lock()
	defer w.lostMu.Unlock()
	delete(w.lost, watch)
}

// takenOver reports whether the run of watch due at due, just claimed, was
// lost to another holder before, and returns that holder.
func (w *Watcher) takenOver(watch string, due time.Time) (string, bool) {
	w.lostMu.Lock()
	defer w.lostMu.Unlock()
	r, ok := w.lost[watch]
	delete(w.lost, watch)
	return r.holder, ok && r.due.Equal(due)
}

// CheckNow checks the named watches (every watch when names is empty) once,
// at once, without claims, at most the config's concurrency at a time. It
// calls progress, if not nil, after each check, from one goroutine at a
// time, and returns the results in the order of the config.
func (w *Watcher) CheckNow(ctx context.Context, names []string, progress func(Result)) ([]Result, error) {
	var todo []*config.Watch
	if len(names) == 0 {
		for i := range w.cfg.Watches {
			todo = append(todo, &w.cfg.Watches[i])
		}
	}
	for _, n := range names {
		cw, ok := w.cfg.Watch(n)
		if !ok {
			return nil, fmt.Errorf("watcher: no watch called %q in the config", n)
		}
		todo = append(todo, cw)
	}
	results := make([]Result, len(todo))
	sem := make(chan struct{}, w.cfg.Concurrency)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i, cw := range todo {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			cctx, cancel := context.WithTimeout(ctx, w.budget())
			defer cancel()
			results[i] = w.checker.Check(cctx, cw)
			if progress != nil {
				mu.Lock()
				progress(results[i])
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return results, nil
}

// Healthy returns nil while Run is scheduling.
func (w *Watcher) Healthy() error {
	if !w.running.Load() {
		return fmt.Errorf("watcher: not running")
	}
	return nil
}
