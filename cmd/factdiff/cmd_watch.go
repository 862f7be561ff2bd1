package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/snapshots"
	"github.com/factdiff/factdiff/watcher"
	"github.com/factdiff/factdiff/web"
)

// defaultConfig is the config file read when --config is not given.
const defaultConfig = "factdiff.yaml"

type watchOptions struct {
	config      string
	listen      string
	token       string
	checkConfig bool
}

func newWatchCmd(st streams) *cobra.Command {
	var o watchOptions
	cmd := &cobra.Command{
		Use:   "watch [--config factdiff.yaml] [--listen ADDR] [--check-config]",
		Short: "Run every watch on its schedule until SIGINT or SIGTERM",
		Long: "watch runs the watches of the config file on their schedules, stores each new\n" +
			"version of an article and writes one JSON alert record per fact change.\n" +
			"--listen serves /metrics, /healthz and the read-only pages of `factdiff serve`\n" +
			"(a bare port means 127.0.0.1; another address needs a token).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runWatch(cmd.Context(), st, o) },
	}
	cmd.Flags().StringVarP(&o.config, "config", "c", defaultConfig, "config file")
	cmd.Flags().StringVar(&o.listen, "listen", "", "serve /metrics and /healthz on this address (\"9090\", \"127.0.0.1:9090\")")
	cmd.Flags().StringVar(&o.token, "token", "", "access token the pages require beyond the loopback (default $"+web.TokenEnv+")")
	cmd.Flags().BoolVar(&o.checkConfig, "check-config", false, "validate the config file and exit")
	return cmd
}

func runWatch(ctx context.Context, st streams, o watchOptions) error {
	cfg, err := config.Load(o.config)
	if err != nil {
		return err
	}
	if o.listen != "" {
		if cfg.Listen, err = config.ListenAddr(o.listen); err != nil {
			return fmt.Errorf("--listen: %w", err)
		}
	}
	token := o.token
	if token == "" {
		token = os.Getenv(web.TokenEnv)
	}
	if cfg.Listen != "" {
		// Refuse before opening anything: pages beyond this machine need a token.
		if err := web.CheckListen(cfg.Listen, token); err != nil {
			return fmt.Errorf("--listen: %w", err)
		}
	}
	if o.checkConfig {
		fmt.Fprintf(st.out, "%s: ok: %d watches, store %s\n", o.config, len(cfg.Watches), cfg.RedactedStore())
		return nil
	}
	logger := newLogger(st.err, cfg.LogLevel)
	store, alerts, closeAll, err := openForChecks(ctx, cfg, logger, st.out)
	if err != nil {
		return err
	}
	defer closeAll()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	w := watcher.New(cfg, store, watcher.Options{Logger: logger, Alerts: alerts, Registry: reg})
	if cfg.Listen != "" {
		pages := web.New(store, web.Options{Token: token, Logger: logger})
		if _, _, err := watcher.Serve(ctx, cfg.Listen, watcher.Handler(reg, w.Healthy, pages), logger); err != nil {
			return err
		}
	}
	return w.Run(ctx)
}

// newLogger returns the JSON logger of the watcher commands.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
}

// loadConfigOrDefault loads path; when path is the default and there is no
// such file, it returns the default config (the default store in the
// current directory) so that read-only commands work without a file.
func loadConfigOrDefault(path string, explicit bool) (*config.Config, error) {
	cfg, err := config.Load(path)
	if err != nil && !explicit && errors.Is(err, fs.ErrNotExist) {
		return config.Default(filepath.Dir(path)), nil
	}
	return cfg, err
}

// openForChecks opens what checking needs: the config's store and the sink
// of alert records (logger itself when alerts go to stderr). closeAll
// releases both.
func openForChecks(ctx context.Context, cfg *config.Config, logger *slog.Logger, stdout io.Writer) (store *snapshots.Store, alerts *slog.Logger, closeAll func(), err error) {
	store, err = openStore(ctx, cfg)
	if err != nil {
		return nil, nil, nil, err
	}
	alerts, closer, err := watcher.OpenAlertLog(cfg.Alerts.Log, logger, stdout)
	if err != nil {
		store.Close()
		return nil, nil, nil, err
	}
	return store, alerts, func() { closer.Close(); store.Close() }, nil
}

// openStore opens the config's store, creating the directory of a SQLite
// file if needed.
func openStore(ctx context.Context, cfg *config.Config) (*snapshots.Store, error) {
	if !cfg.IsPostgres() {
		if err := os.MkdirAll(filepath.Dir(cfg.Store), 0o755); err != nil {
			return nil, fmt.Errorf("store %s: %w", cfg.Store, err)
		}
	}
	return snapshots.Open(ctx, cfg.Store)
}
