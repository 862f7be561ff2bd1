package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestLoadInvalid(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"invalid-empty.yml", "empty file: no watches"},
		{"invalid-no-watches.yml", "watches: none"},
		{"invalid-unknown-key.yml", "field schedul not found"},
		{"invalid-unknown-top-key.yml", "field stor not found"},
		{"invalid-schedule.yml", `watch "baghdad": schedule: "every ten minutes"`},
		{"invalid-every.yml", `watch "baghdad": schedule: "@every 10 minutes"`},
		{"invalid-every-short.yml", `watch "baghdad": schedule: "@every 100ms": interval shorter than 1s`},
		{"invalid-url-scheme.yml", `watch "baghdad": url: "ftp://example.org/a": scheme must be http or https`},
		{"invalid-url-and-file.yml", `watch "baghdad": url and file: give one, not both`},
		{"invalid-no-target.yml", `watch "baghdad": url or file: missing`},
		{"invalid-no-name.yml", `watch "#1": name: missing`},
		{"invalid-name.yml", `watch "baghdad embassy": name: "baghdad embassy" must be`},
		{"invalid-duplicate-name.yml", `watch "baghdad": name: used by another watch`},
		{"invalid-ignore.yml", `watch "baghdad": ignore[0]: error parsing regexp`},
		{"invalid-selector.yml", `watch "baghdad": selector: extract: selector "article >> [["`},
		{"invalid-body-limit.yml", `size "10 parsecs": unknown unit "parsecs"`},
		{"invalid-timeout.yml", "cannot unmarshal !!str `soon` into time.Duration"},
		{"invalid-concurrency.yml", "concurrency: -3 is not between 1 and 10000"},
		{"invalid-webhook.yml", `alerts: webhook: url: "hooks.example.org/x": scheme must be http or https`},
		{"invalid-listen.yml", `listen: "localhost:http-alt": port "http-alt" is not a number`},
		{"invalid-log-level.yml", `log_level: "loud" is not debug, info, warn or error`},
		{"invalid-store.yml", "store: not a valid postgres URL"},
		{"invalid-two-documents.yml", "more than one YAML document"},
		{"invalid-rate.yml", "rate_limit: per_host: -1 is negative"},
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "invalid-*.yml"))
	listed := map[string]bool{}
	for _, tt := range tests {
		listed[tt.file] = true
	}
	for _, f := range files {
		if !listed[filepath.Base(f)] {
			t.Errorf("%s has no entry in the table", f)
		}
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			_, err := Load(path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%q) = %v; want %q", path, err, tt.want)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("Load(%q) = %v; want the file named", path, err)
			}
		})
	}
}

func TestLoadValid(t *testing.T) {
	path := filepath.Join("testdata", "valid.yml")
	c, err := Load(path)
	if err != nil {
		t.Fatalf("Load(%q) = %v; want no error", path, err)
	}
	dir, _ := filepath.Abs("testdata")
	checks := []struct {
		name      string
		got, want any
	}{
		{"store", c.Store, filepath.Join(dir, "data/factdiff.db")},
		{"user_agent", c.UserAgent, "factdiff-test/1.0"},
		{"timeout", c.Timeout, 15 * time.Second},
		{"retries", c.RetryCount(), 0},
		{"body_limit", c.BodyLimit, ByteSize(5_000_000)},
		{"concurrency", c.Concurrency, 4},
		{"rate", c.RateLimit.Rate(), 0.5},
		{"burst", c.RateLimit.Burst, 2},
		{"retention keep", c.Retention.Keep, 50},
		{"retention max_age", c.Retention.MaxAge, 720 * time.Hour},
		{"alerts log", c.Alerts.Log, filepath.Join(dir, "alerts.jsonl")},
		{"webhook timeout", c.Alerts.Webhook.Timeout, 5 * time.Second},
		{"webhook retries", c.Alerts.Webhook.RetryCount(), 2},
		{"listen", c.Listen, "127.0.0.1:9090"},
		{"log_level", c.LogLevel, "debug"},
		{"shutdown_grace", c.ShutdownGrace, DefaultShutdownGrace},
		{"retention checks", c.Retention.Checks, DefaultCheckLogAge},
		{"watches", len(c.Watches), 2},
		{"every", c.Watches[0].Every, 10 * time.Minute},
		{"cron is nil for @every", c.Watches[0].Cron == nil, true},
		{"ignore compiled", len(c.Watches[0].IgnoreRE), 1},
		{"robots inherited", c.Watches[0].FollowsRobots(), true},
		{"file resolved", c.Watches[1].File, filepath.Join(dir, "article.txt")},
		{"cron parsed", c.Watches[1].Cron != nil, true},
		{"robots opt-out", c.Watches[1].FollowsRobots(), false},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("Load(%q): %s = %v; want %v", path, ch.name, ch.got, ch.want)
		}
	}
}

func TestDefaults(t *testing.T) {
	c, err := Parse([]byte("watches:\n  - name: a\n    url: http://127.0.0.1/x\n"), "/srv/fd")
	if err != nil {
		t.Fatalf("Parse = %v", err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"store", c.Store, "/srv/fd/factdiff.db"},
		{"timeout", c.Timeout, DefaultTimeout},
		{"retries", c.RetryCount(), DefaultRetries},
		{"body_limit", c.BodyLimit, ByteSize(10 << 20)},
		{"concurrency", c.Concurrency, DefaultConcurrency},
		{"rate", c.RateLimit.Rate(), DefaultRatePerHost},
		{"alerts", c.Alerts.Log, "stderr"},
		{"schedule", c.Watches[0].Schedule, DefaultSchedule},
		{"robots", c.Watches[0].FollowsRobots(), true},
		{"listen", c.Listen, ""},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("default %s = %v; want %v", ch.name, ch.got, ch.want)
		}
	}
}

func TestPostgresStoreKept(t *testing.T) {
	c, err := Parse([]byte("store: postgres://fd@db:5432/factdiff\nwatches:\n  - name: a\n    url: http://127.0.0.1/x\n"), "/srv")
	if err != nil {
		t.Fatalf("Parse = %v", err)
	}
	if got := c.RedactedStore(); got != "postgres://fd@db:5432/factdiff" {
		t.Errorf("RedactedStore() = %q", got)
	}
	if c.Store != "postgres://fd@db:5432/factdiff" || !c.IsPostgres() {
		t.Errorf("store = %q (postgres %v); want the URL untouched", c.Store, c.IsPostgres())
	}
}

func TestListenAddr(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"9090", "127.0.0.1:9090", ""},
		{":9090", "127.0.0.1:9090", ""},
		{"0.0.0.0:9090", "0.0.0.0:9090", ""},
		{"[::1]:80", "[::1]:80", ""},
		{"localhost:8080", "localhost:8080", ""},
		{"99999", "", "missing port"},
		{"host:x", "", "not a number"},
	}
	for _, tt := range tests {
		got, err := ListenAddr(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ListenAddr(%q) = %q, %v; want error %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ListenAddr(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want ByteSize
		ok   bool
	}{
		{"4096", 4096, true},
		{"10MB", 10_000_000, true},
		{"10 MiB", 10 << 20, true},
		{"1.5kb", 1500, true},
		{"2GiB", 2 << 30, true},
		{"", 0, false},
		{"MB", 0, false},
		{"10 furlongs", 0, false},
		{"5000 GiB", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseByteSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseByteSize(%q) = %d, %v; want %d (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestParseSchedule(t *testing.T) {
	tests := []struct {
		spec  string
		every time.Duration
		cron  bool
		ok    bool
	}{
		{"@every 10m", 10 * time.Minute, false, true},
		{"@every   1s", time.Second, false, true},
		{"*/15 * * * *", 0, true, true},
		{"@hourly", 0, true, true},
		{"TZ=Europe/Paris 0 9 * * *", 0, true, true},
		{"@every 0s", 0, false, false},
		{"@every -1m", 0, false, false},
		{"61 * * * *", 0, false, false},
		{"* * *", 0, false, false},
		{"TZ=Nowhere/Atlantis 0 9 * * *", 0, false, false},
	}
	for _, tt := range tests {
		every, sched, err := ParseSchedule(tt.spec)
		if (err == nil) != tt.ok || every != tt.every || (sched != nil) != tt.cron {
			t.Errorf("ParseSchedule(%q) = %v, %v, %v; want every %v, cron %v, ok %v", tt.spec, every, sched, err, tt.every, tt.cron, tt.ok)
		}
	}
}

func FuzzConfig(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.yml"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("watches:\n  - name: a\n    url: http://x/\n    schedule: \"TZ=\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, "/tmp/fd")
		if err == nil && len(c.Watches) == 0 {
			t.Errorf("Parse accepted a config with no watches")
		}
	})
}

func TestRedactedStore(t *testing.T) {
	c, err := Parse([]byte("store: postgres://fd:secret@db:5432/factdiff\nwatches:\n  - name: a\n    url: http://127.0.0.1/x\n"), "/srv")
	if err != nil {
		t.Fatalf("Parse = %v", err)
	}
	if got := c.RedactedStore(); strings.Contains(got, "secret") || !strings.Contains(got, "fd:xxxxx@db") {
		t.Errorf("RedactedStore() = %q; want the password hidden", got)
	}
}

func TestExamplesLoad(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no example configs: %v", err)
	}
	for _, p := range paths {
		if _, err := Load(p); err != nil {
			t.Errorf("Load(%q) = %v; want the example valid", p, err)
		}
	}
}
