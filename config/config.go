package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"

	"github.com/factdiff/factdiff/extract"
)

// Defaults applied by Validate to the keys a file leaves out.
const (
	DefaultStore          = "factdiff.db"
	DefaultSchedule       = "@every 10m"
	DefaultTimeout        = 30 * time.Second
	DefaultRetries        = 2
	DefaultBodyLimit      = 10 << 20
	DefaultConcurrency    = 16
	DefaultRatePerHost    = 1.0
	DefaultRateBurst      = 4
	DefaultShutdownGrace  = 10 * time.Second
	DefaultWebhookTimeout = 10 * time.Second
	DefaultWebhookRetries = 3
	DefaultLogLevel       = "info"
	DefaultCheckLogAge    = 30 * 24 * time.Hour

	// MinEvery is the shortest @every interval accepted.
	MinEvery = time.Second
)

// Config is the whole configuration file.
type Config struct {
	// Store is a SQLite file path (relative to the config file's directory)
	// or a postgres:// URL.
	Store string `yaml:"store"`

	// UserAgent replaces the descriptive default User-Agent when set.
	UserAgent string `yaml:"user_agent"`

	// Timeout bounds one fetch attempt, from dialling to the last body byte.
	Timeout time.Duration `yaml:"timeout"`

	// Retries is how many times a fetch is retried, with backoff, after a
	// 5xx status, a timeout or a reset connection. Use RetryCount.
	Retries *int `yaml:"retries"`

	// BodyLimit is the largest response body read, after decompression.
	BodyLimit ByteSize `yaml:"body_limit"`

	// Concurrency is how many checks run at once.
	Concurrency int `yaml:"concurrency"`

	// Robots says whether robots.txt is honoured; a watch may opt out.
	// Use Watch.FollowsRobots.
	Robots *bool `yaml:"robots"`

	// RateLimit bounds the requests sent to one host.
	RateLimit RateLimit `yaml:"rate_limit"`

	// Retention says which old versions are pruned after a new one is saved.
	Retention Retention `yaml:"retention"`

	// Alerts says where fact-change records go.
	Alerts Alerts `yaml:"alerts"`

	// Listen is the address of /metrics and /healthz ("127.0.0.1:9090"; a
	// bare port means 127.0.0.1); empty means no listener.
	Listen string `yaml:"listen"`

	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level"`

	// ShutdownGrace is how long running checks may go on after SIGTERM.
	ShutdownGrace time.Duration `yaml:"shutdown_grace"`

	// Watches are the articles to watch.
	Watches []Watch `yaml:"watches"`

	// Dir is the directory relative paths were resolved against.
	Dir string `yaml:"-"`
}

// RateLimit bounds the request rate to one host.
type RateLimit struct {
	// PerHost is in requests per second; 0 means unlimited. Use Rate.
	PerHost *float64 `yaml:"per_host"`
	// Burst is how many requests may go at once before the rate applies.
	Burst int `yaml:"burst"`
}

// Rate returns the per-host rate in requests per second, 0 for unlimited.
func (r RateLimit) Rate() float64 {
	if r.PerHost == nil {
		return DefaultRatePerHost
	}
	return *r.PerHost
}

// Retention says which versions are kept: the last Keep and those younger
// than MaxAge; zero fields keep everything by that rule.
type Retention struct {
	Keep   int           `yaml:"keep"`
	MaxAge time.Duration `yaml:"max_age"`

	// Checks is how long the log of checks (outcomes, errors, durations)
	// is kept; versions are never pruned by it. Default 30 days.
	Checks time.Duration `yaml:"checks"`
}

// Enabled reports whether r prunes anything.
func (r Retention) Enabled() bool { return r.Keep > 0 || r.MaxAge > 0 }

// Alerts are the sinks of fact-change records.
type Alerts struct {
	// Log is "stderr" (the default), "stdout" or a file path, appended to.
	Log string `yaml:"log"`
	// Webhook, when set, also receives each record as a JSON POST.
	Webhook *Webhook `yaml:"webhook"`
}

// Webhook is an HTTP endpoint that receives alert records.
type Webhook struct {
	URL     string            `yaml:"url"`
	Timeout time.Duration     `yaml:"timeout"`
	Retries *int              `yaml:"retries"`
	Headers map[string]string `yaml:"headers"`
}

// RetryCount returns how many times a failed POST is retried.
func (w *Webhook) RetryCount() int {
	if w.Retries == nil {
		return DefaultWebhookRetries
	}
	return *w.Retries
}

// Watch is one watched article.
type Watch struct {
	Name     string   `yaml:"name"`
	URL      string   `yaml:"url"`
	File     string   `yaml:"file"` // resolved against the config file's directory
	Schedule string   `yaml:"schedule"`
	Selector string   `yaml:"selector"`
	Ignore   []string `yaml:"ignore"`
	Robots   *bool    `yaml:"robots"`

	// IgnoreRE are the compiled Ignore patterns.
	IgnoreRE []*regexp.Regexp `yaml:"-"`
	// Every is the interval of an "@every" schedule, 0 for a cron spec.
	Every time.Duration `yaml:"-"`
	// Cron is the parsed cron spec when Every is 0.
	Cron cron.Schedule `yaml:"-"`
}

// FollowsRobots reports whether robots.txt is honoured for w.
func (w *Watch) FollowsRobots() bool { return w.Robots == nil || *w.Robots }

// Target returns the watch's URL or file path, for messages.
func (w *Watch) Target() string {
	if w.File != "" {
		return w.File
	}
	return w.URL
}

// RetryCount returns how many times a failed fetch is retried.
func (c *Config) RetryCount() int {
	if c.Retries == nil {
		return DefaultRetries
	}
	return *c.Retries
}

// Watch returns the watch called name.
func (c *Config) Watch(name string) (*Watch, bool) {
	for i := range c.Watches {
		if c.Watches[i].Name == name {
			return &c.Watches[i], true
		}
	}
	return nil, false
}

// IsPostgres reports whether the store is a PostgreSQL URL.
func (c *Config) IsPostgres() bool { return isPostgres(c.Store) }

// RedactedStore returns Store fit for logs: a PostgreSQL URL without its
// password.
func (c *Config) RedactedStore() string {
	if !c.IsPostgres() {
		return c.Store
	}
	u, err := url.Parse(c.Store)
	if err != nil {
		return "postgres://(unparsable)"
	}
	return u.Redacted()
}

func isPostgres(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Load reads, parses and validates the file at path; relative paths in it
// are resolved against its directory.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data, dir)
	if err != nil {
		return nil, fmt.Errorf("config: %s: %w", path, err)
	}
	return c, nil
}

// Default returns the configuration used when there is no file: the default
// store in dir and no watches.
func Default(dir string) *Config {
	c := &Config{Dir: dir}
	c.applyDefaults()
	return c
}

// Parse parses and validates a configuration; dir is the directory relative
// paths are resolved against.
func Parse(data []byte, dir string) (*Config, error) {
	c := &Config{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("empty file: no watches")
		}
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("more than one YAML document")
	}
	c.Dir = dir
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// Validate checks every key, fills in the defaults, compiles the patterns
// and schedules and resolves relative paths. It returns every problem found,
// joined, each naming its watch and field.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	c.applyDefaults()
	if strings.TrimSpace(c.Store) == "" {
		bad("store: empty")
	} else if isPostgres(c.Store) {
		if u, err := url.Parse(c.Store); err != nil || u.Host == "" {
			bad("store: not a valid postgres URL")
		}
	} else if !filepath.IsAbs(c.Store) {
		c.Store = filepath.Join(c.Dir, c.Store)
	}
	if c.Timeout < 0 {
		bad("timeout: %v is negative", c.Timeout)
	}
	if c.Retries != nil && (*c.Retries < 0 || *c.Retries > 10) {
		bad("retries: %d is not between 0 and 10", *c.Retries)
	}
	if c.BodyLimit < 0 {
		bad("body_limit: %d is negative", c.BodyLimit)
	}
	if c.Concurrency < 0 || c.Concurrency > 10000 {
		bad("concurrency: %d is not between 1 and 10000", c.Concurrency)
	}
	if r := c.RateLimit.Rate(); r < 0 {
		bad("rate_limit: per_host: %v is negative", r)
	}
	if c.RateLimit.Burst < 0 {
		bad("rate_limit: burst: %d is negative", c.RateLimit.Burst)
	}
	if c.Retention.Keep < 0 {
		bad("retention: keep: %d is negative", c.Retention.Keep)
	}
	if c.Retention.Checks < 0 {
		bad("retention: checks: %v is negative", c.Retention.Checks)
	}
	if c.Retention.MaxAge < 0 {
		bad("retention: max_age: %v is negative", c.Retention.MaxAge)
	}
	switch c.Alerts.Log {
	case "stderr", "stdout":
	default:
		if !filepath.IsAbs(c.Alerts.Log) {
			c.Alerts.Log = filepath.Join(c.Dir, c.Alerts.Log)
		}
	}
	if w := c.Alerts.Webhook; w != nil {
		if err := checkHTTPURL(w.URL); err != nil {
			bad("alerts: webhook: url: %v", err)
		}
		if w.Timeout < 0 {
			bad("alerts: webhook: timeout: %v is negative", w.Timeout)
		}
		if w.Timeout == 0 {
			w.Timeout = DefaultWebhookTimeout
		}
		if w.Retries != nil && (*w.Retries < 0 || *w.Retries > 10) {
			bad("alerts: webhook: retries: %d is not between 0 and 10", *w.Retries)
		}
	}
	if c.Listen != "" {
		addr, err := ListenAddr(c.Listen)
		if err != nil {
			bad("listen: %v", err)
		}
		c.Listen = addr
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		bad("log_level: %q is not debug, info, warn or error", c.LogLevel)
	}
	if c.ShutdownGrace < 0 {
		bad("shutdown_grace: %v is negative", c.ShutdownGrace)
	}

	if len(c.Watches) == 0 {
		bad("watches: none")
	}
	seen := make(map[string]bool, len(c.Watches))
	for i := range c.Watches {
		w := &c.Watches[i]
		name := w.Name
		if name == "" {
			name = "#" + strconv.Itoa(i+1)
		}
		for _, err := range c.validateWatch(w) {
			bad("watch %q: %w", name, err)
		}
		if w.Name != "" {
			if seen[w.Name] {
				bad("watch %q: name: used by another watch", name)
			}
			seen[w.Name] = true
		}
	}
	return errors.Join(errs...)
}

func (c *Config) applyDefaults() {
	if c.Store == "" {
		c.Store = DefaultStore
	}
	if c.Retention.Checks == 0 {
		c.Retention.Checks = DefaultCheckLogAge
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.BodyLimit == 0 {
		c.BodyLimit = DefaultBodyLimit
	}
	if c.Concurrency == 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.RateLimit.Burst == 0 {
		c.RateLimit.Burst = DefaultRateBurst
	}
	if c.Alerts.Log == "" {
		c.Alerts.Log = "stderr"
	}
	if c.LogLevel == "" {
		c.LogLevel = DefaultLogLevel
	}
	if c.ShutdownGrace == 0 {
		c.ShutdownGrace = DefaultShutdownGrace
	}
}

// validName is what a watch name may hold: it appears in metric labels,
// log lines and web addresses.
var validName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$`)

func (c *Config) validateWatch(w *Watch) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	switch {
	case w.Name == "":
		bad("name: missing")
	case !validName.MatchString(w.Name):
		bad("name: %q must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit", w.Name)
	}
	switch {
	case w.URL == "" && w.File == "":
		bad("url or file: missing")
	case w.URL != "" && w.File != "":
		bad("url and file: give one, not both")
	case w.URL != "":
		if err := checkHTTPURL(w.URL); err != nil {
			bad("url: %v", err)
		}
	default:
		if !filepath.IsAbs(w.File) {
			w.File = filepath.Join(c.Dir, w.File)
		}
	}
	if w.Schedule == "" {
		w.Schedule = DefaultSchedule
	}
	every, sched, err := ParseSchedule(w.Schedule)
	if err != nil {
		bad("schedule: %v", err)
	}
	w.Every, w.Cron = every, sched
	if w.Selector != "" {
		if err := extract.CheckSelector(w.Selector); err != nil {
			bad("selector: %v", err)
		}
	}
	w.IgnoreRE = w.IgnoreRE[:0]
	for j, p := range w.Ignore {
		re, err := regexp.Compile(p)
		if err != nil {
			bad("ignore[%d]: %v", j, err)
			continue
		}
		w.IgnoreRE = append(w.IgnoreRE, re)
	}
	if w.Robots == nil {
		w.Robots = c.Robots
	}
	return errs
}

// ParseSchedule parses a schedule: "@every 10m" (aligned to wall-clock
// multiples of the interval; returned as every) or a standard five-field
// cron spec or descriptor such as "@hourly" (returned as sched). A cron spec
// is read in UTC unless it starts with "TZ=Zone/Name", so that processes in
// different time zones agree on which run is due.
func ParseSchedule(spec string) (every time.Duration, sched cron.Schedule, err error) {
	spec = strings.TrimSpace(spec)
	if rest, ok := strings.CutPrefix(spec, "@every"); ok {
		d, err := time.ParseDuration(strings.TrimSpace(rest))
		if err != nil {
			return 0, nil, fmt.Errorf("%q: %v", spec, err)
		}
		if d < MinEvery {
			return 0, nil, fmt.Errorf("%q: interval shorter than %v", spec, MinEvery)
		}
		return d, nil, nil
	}
	s, err := parseCron(spec)
	if err != nil {
		return 0, nil, fmt.Errorf("%q: %v", spec, err)
	}
	return 0, s, nil
}

// parseCron parses a standard cron spec, turning the parser's panics on odd
// input (if any) into errors.
func parseCron(spec string) (s cron.Schedule, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("invalid cron spec: %v", r)
		}
	}()
	return cron.ParseStandard(spec)
}

func checkHTTPURL(s string) error {
	if s == "" {
		return errors.New("missing")
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q: %v", s, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q: scheme must be http or https", s)
	}
	if u.Host == "" {
		return fmt.Errorf("%q: no host", s)
	}
	return nil
}

// ListenAddr normalises a listen address: a bare port ("9090") or one with
// an empty host (":9090") listens on 127.0.0.1; name 0.0.0.0 or [::] to
// listen everywhere.
func ListenAddr(s string) (string, error) {
	s = strings.TrimSpace(s)
	if _, err := strconv.ParseUint(s, 10, 16); err == nil {
		return net.JoinHostPort("127.0.0.1", s), nil
	}
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		return "", fmt.Errorf("%q: %v", s, err)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return "", fmt.Errorf("%q: port %q is not a number from 0 to 65535", s, port)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port), nil
}

// ByteSize is a size in bytes, written as a number or with a unit: "10MB",
// "512 KiB", "1.5 GB" (kB, MB and GB are powers of 1000; KiB, MiB and GiB
// of 1024).
type ByteSize int64

// UnmarshalYAML implements yaml.Unmarshaler.
func (b *ByteSize) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a size must be a number or a string such as \"10MB\"", n.Line)
	}
	v, err := ParseByteSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %v", n.Line, err)
	}
	*b = v
	return nil
}

// sizeUnit returns the multiplier of a size unit, lower case.
func sizeUnit(unit string) (float64, bool) {
	switch unit {
	case "", "b":
		return 1, true
	case "k", "kb":
		return 1e3, true
	case "m", "mb":
		return 1e6, true
	case "g", "gb":
		return 1e9, true
	case "kib":
		return 1 << 10, true
	case "mib":
		return 1 << 20, true
	case "gib":
		return 1 << 30, true
	}
	return 0, false
}

// ParseByteSize parses a size such as "10MB" or "4096".
func ParseByteSize(s string) (ByteSize, error) {
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	num, unit := t, ""
	if i >= 0 {
		num, unit = t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	}
	mult, ok := sizeUnit(unit)
	if !ok {
		return 0, fmt.Errorf("size %q: unknown unit %q", s, unit)
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("size %q: not a number", s)
	}
	v := f * mult
	if v > 1<<40 {
		return 0, fmt.Errorf("size %q: larger than 1 TiB", s)
	}
	return ByteSize(v), nil
}
