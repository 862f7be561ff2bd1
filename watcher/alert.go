package watcher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/diff"
)

// Alert is one fact change of one watch: the record of SPEC.md.
type Alert struct {
	Watch    string   `json:"watch"`
	Kind     string   `json:"kind"`
	Key      string   `json:"key"`
	Category string   `json:"category"`
	Old      *float64 `json:"old"`
	New      *float64 `json:"new"`
	OldText  string   `json:"old_text"`
	NewText  string   `json:"new_text"`
	Delta    *float64 `json:"delta"`
	Version  int64    `json:"version"`

	// DeltaUnit is "minutes", "days", "months" or "years" when Delta
	// measures the distance between clock times or dates; else empty.
	DeltaUnit string `json:"delta_unit,omitempty"`
}

// alertMsg is the message of every alert record.
const alertMsg = "fact changed"

// newAlert makes the record of change c, found when version was saved.
func newAlert(watch string, version int64, c diff.Change) Alert {
	a := Alert{
		Watch: watch, Kind: string(c.Kind), Key: c.Key, Category: string(c.Category),
		Version: version, Delta: c.Delta, DeltaUnit: c.DeltaUnit,
	}
	if c.Old != nil {
		v := c.Old.Value
		a.Old, a.OldText = &v, c.Old.Text
	}
	if c.New != nil {
		v := c.New.Value
		a.New, a.NewText = &v, c.New.Text
	}
	return a
}

func number(key string, v *float64) slog.Attr {
	if v == nil {
		return slog.Any(key, nil) // JSON null
	}
	return slog.Float64(key, *v)
}

// Alerter sends alert records to the log sink and, when configured, to a
// webhook.
type Alerter struct {
	log     *slog.Logger // the alert sink
	logger  *slog.Logger // for the alerter's own troubles
	hook    *config.Webhook
	client  *http.Client
	backoff time.Duration
	metrics *Metrics
}

// NewAlerter returns an Alerter writing records to sink and POSTing them to
// hook when it is not nil; logger reports webhook failures.
func NewAlerter(sink, logger *slog.Logger, hook *config.Webhook, m *Metrics) *Alerter {
	return &Alerter{log: sink, logger: logger, hook: hook, client: &http.Client{}, backoff: time.Second, metrics: m}
}

// Send delivers the records: each to the log at once, then each to the
// webhook, retried with backoff. Webhook failures are logged; they never
// undo anything, the version being saved before Send is called.
func (a *Alerter) Send(ctx context.Context, alerts []Alert) {
	for _, al := range alerts {
		attrs := []slog.Attr{
			slog.String("watch", al.Watch),
			slog.String("kind", al.Kind),
			slog.String("key", al.Key),
			slog.String("category", al.Category),
			number("old", al.Old),
			number("new", al.New),
			slog.String("old_text", al.OldText),
			slog.String("new_text", al.NewText),
			number("delta", al.Delta),
			slog.Int64("version", al.Version),
		}
		if al.DeltaUnit != "" {
			attrs = append(attrs, slog.String("delta_unit", al.DeltaUnit))
		}
		a.log.LogAttrs(ctx, slog.LevelInfo, alertMsg, attrs...)
	}
	if a.hook == nil {
		return
	}
	for _, al := range alerts {
		if err := a.post(ctx, al); err != nil {
			a.metrics.webhookErrors.Inc()
			a.logger.LogAttrs(ctx, slog.LevelError, "webhook failed",
				slog.String("watch", al.Watch), slog.String("key", al.Key),
				slog.Int64("version", al.Version), slog.String("error", err.Error()))
		}
	}
}

// webhookRecord is the JSON body POSTed: the alert record as the log sink
// writes it.
type webhookRecord struct {
	Time  time.Time `json:"time"`
	Level string    `json:"level"`
	Msg   string    `json:"msg"`
	Alert
}

func (a *Alerter) post(ctx context.Context, al Alert) error {
	body, err := json.Marshal(webhookRecord{Time: time.Now().UTC(), Level: "INFO", Msg: alertMsg, Alert: al})
	if err != nil {
		return err
	}
	retries := a.hook.RetryCount()
	for attempt := 1; ; attempt++ {
		err = a.postOnce(ctx, body)
		if err == nil {
			return nil
		}
		if attempt > retries || ctx.Err() != nil {
			return fmt.Errorf("webhook %s: %w (after %d attempts)", a.hook.URL, err, attempt)
		}
		if serr := sleep(ctx, backoff(a.backoff, attempt)); serr != nil {
			return fmt.Errorf("webhook %s: %w (retry abandoned: %v)", a.hook.URL, err, serr)
		}
	}
}

func (a *Alerter) postOnce(ctx context.Context, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, a.hook.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.hook.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", DefaultUserAgent())
	for k, v := range a.hook.Headers {
		req.Header.Set(k, v)
	}
	resp, err := a.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &StatusError{Code: resp.StatusCode, Status: resp.Status}
	}
	return nil
}

// webhookBudget is the longest a webhook delivery of one record may take.
func webhookBudget(h *config.Webhook) time.Duration {
	if h == nil {
		return 0
	}
	n := h.RetryCount()
	d := time.Duration(n+1) * h.Timeout
	for i := 1; i <= n; i++ {
		d += (time.Second << min(i-1, 6)) * 6 / 5 // backoff with its most jitter
	}
	return d
}

// OpenAlertLog returns the logger alert records are written to: the daemon's
// logger for "stderr", a JSON logger on stdout for "stdout", else a JSON
// logger appending to the named file, which the returned closer closes.
func OpenAlertLog(dest string, logger *slog.Logger, stdout io.Writer) (*slog.Logger, io.Closer, error) {
	switch dest {
	case "", "stderr":
		return logger, io.NopCloser(nil), nil
	case "stdout":
		return slog.New(slog.NewJSONHandler(stdout, nil)), io.NopCloser(nil), nil
	}
	f, err := os.OpenFile(dest, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("alerts: log: %w", err)
	}
	return slog.New(slog.NewJSONHandler(f, nil)), f, nil
}
