package watcher

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the watcher's Prometheus metrics, registered in the registry
// given to NewMetrics rather than the global one.
type Metrics struct {
	checks        *prometheus.CounterVec
	fetchDuration prometheus.Histogram
	factChanges   *prometheus.CounterVec
	lastSuccess   *prometheus.GaugeVec
	skipped       *prometheus.CounterVec
	webhookErrors prometheus.Counter
}

// NewMetrics creates the metrics and registers them with reg; a nil reg
// leaves them unregistered (for one-off checks).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		checks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "factdiff_checks_total",
			Help: "Checks of watches, by outcome: unchanged, not_modified, changed, first or error.",
		}, []string{"outcome"}),
		fetchDuration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "factdiff_fetch_duration_seconds",
			Help:    "Time to fetch a page, retries and robots.txt included.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}),
		factChanges: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "factdiff_fact_changes_total",
			Help: "Fact changes alerted, by figure category.",
		}, []string{"category"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "factdiff_last_success_timestamp_seconds",
			Help: "Unix time of the last successful check of each watch.",
		}, []string{"watch"}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "factdiff_runs_skipped_total",
			Help: "Scheduled runs not made, by reason: still_running (the previous run had not finished) or claimed (another process took it).",
		}, []string{"reason"}),
		webhookErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "factdiff_webhook_failures_total",
			Help: "Alert records the webhook did not accept after all retries.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.checks, m.fetchDuration, m.factChanges, m.lastSuccess, m.skipped, m.webhookErrors)
	}
	return m
}

func (m *Metrics) observeCheck(r *Result, now time.Time) {
	m.checks.WithLabelValues(string(r.Outcome)).Inc()
	if r.Err == nil {
		m.lastSuccess.WithLabelValues(r.Watch).Set(float64(now.UnixNano()) / 1e9)
	}
	for _, c := range r.Changes {
		m.factChanges.WithLabelValues(string(c.Category)).Inc()
	}
}
