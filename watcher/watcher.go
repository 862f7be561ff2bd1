package watcher

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"github.com/factdiff/factdiff/config"
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

// lease is how long a claim on a run of w lasts: the check's budget plus a
// margin, at most one interval, so that a run whose process died is taken
// over before the next one is due.
func (w *Watcher) lease(sched cron.Schedule, due time.Time) time.Duration {
	l := w.budget() + 5*time.Second
	if interval := sched.Next(due).Sub(due); interval > 0 && l > interval {
		l = interval
	}
	return l
}

// Run schedules every watch until ctx is cancelled, then lets running checks
// finish within the config's shutdown grace and returns. Each scheduled run
// is claimed in the store first and made only if this process got it.
func (w *Watcher) Run(ctx context.Context) error {
	entries := make([]Entry, len(w.cfg.Watches))
	byName := make(map[string]int, len(entries))
	for i := range w.cfg.Watches {
		cw := &w.cfg.Watches[i]
		entries[i] = Entry{Name: cw.Name, Schedule: Schedule(cw)}
		byName[cw.Name] = i
	}
	s := NewScheduler(entries, func(ctx context.Context, name string, due time.Time) {
		i := byName[name]
		w.scheduledRun(ctx, &w.cfg.Watches[i], due, entries[i].Schedule)
	}, w.cfg.Concurrency, w.cfg.ShutdownGrace, w.logger)
	s.onSkip = func(string) { w.metrics.skipped.WithLabelValues("still_running").Inc() }

	w.logger.Info("watching", slog.Int("watches", len(entries)), slog.String("holder", w.holder),
		slog.Int("concurrency", w.cfg.Concurrency))
	w.running.Store(true)
	s.Run(ctx)
	w.running.Store(false)
	w.logger.Info("stopped")
	return nil
}

func (w *Watcher) scheduledRun(ctx context.Context, cw *config.Watch, due time.Time, sched cron.Schedule) {
	name := cw.Name
	ok, err := w.store.Claim(ctx, name, due, w.holder, w.lease(sched, due))
	if err != nil {
		w.logger.Error("claim failed", slog.String("watch", name), slog.Time("due", due), slog.String("error", err.Error()))
		return
	}
	if !ok {
		w.metrics.skipped.WithLabelValues("claimed").Inc()
		w.logger.Debug("run taken by another process", slog.String("watch", name), slog.Time("due", due))
		return
	}
	cctx, cancel := context.WithTimeout(ctx, w.budget())
	w.checker.Check(cctx, cw)
	cancel()
	if err := w.store.Done(ctx, name, due, w.holder); err != nil {
		w.logger.Warn("marking the run done failed", slog.String("watch", name), slog.Time("due", due),
			slog.String("error", err.Error()))
	}
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
