package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/snapshots"
	"github.com/factdiff/factdiff/watcher"
	"github.com/factdiff/factdiff/web"
)

// defaultServeAddr is where serve listens unless told otherwise: this
// machine only.
const defaultServeAddr = "127.0.0.1:8080"

type serveOptions struct {
	config string
	store  string
	listen string
	token  string
}

func newServeCmd(st streams) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve [--config factdiff.yaml | --store DSN] [--listen ADDR] [--token TOKEN]",
		Short: "Serve read-only pages of the store: watches, versions, changes, timelines, Atom feeds",
		Long: "serve shows what the store holds in a browser: the watches with their status, each\n" +
			"watch's versions, what changed in each version (the HTML report), a timeline chart\n" +
			"of each fact, and Atom feeds of fact changes (/feed.atom, /watch/NAME/feed.atom).\n\n" +
			"It listens on " + defaultServeAddr + " by default (a bare port means 127.0.0.1). To listen\n" +
			"on another address it needs a token (--token or " + web.TokenEnv + "), which every\n" +
			"request must then give as \"Authorization: Bearer TOKEN\" or ?token=TOKEN.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), st, o, cmd.Flags().Changed("config"))
		},
	}
	cmd.Flags().StringVarP(&o.config, "config", "c", defaultConfig, "config file (for its store)")
	cmd.Flags().StringVar(&o.store, "store", "", "store to serve (SQLite file or postgres:// URL), instead of the config's")
	cmd.Flags().StringVar(&o.listen, "listen", defaultServeAddr, "address to listen on (\"8080\", \"127.0.0.1:8080\", \"0.0.0.0:8080\" with a token)")
	cmd.Flags().StringVar(&o.token, "token", "", "access token required of every request (default $"+web.TokenEnv+")")
	return cmd
}

func runServe(ctx context.Context, st streams, o serveOptions, explicitConfig bool) error {
	addr, err := config.ListenAddr(o.listen)
	if err != nil {
		return fmt.Errorf("--listen: %w", err)
	}
	token := o.token
	if token == "" {
		token = os.Getenv(web.TokenEnv)
	}
	// Refuse before opening anything: pages beyond this machine need a token.
	if err := web.CheckListen(addr, token); err != nil {
		return err
	}

	dsn, logLevel := o.store, "info"
	if dsn == "" {
		cfg, err := loadConfigOrDefault(o.config, explicitConfig)
		if err != nil {
			return err
		}
		dsn, logLevel = cfg.Store, cfg.LogLevel
	}
	if !isPostgresDSN(dsn) {
		// Serving is read-only: an absent store is a mistake, not one to create.
		if _, err := os.Stat(dsn); err != nil {
			return fmt.Errorf("no store: %w", err)
		}
	}
	store, err := snapshots.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer store.Close()

	logger := newLogger(st.err, logLevel)
	h := web.New(store, web.Options{Token: token, Logger: logger})
	_, done, err := watcher.Serve(ctx, addr, h, logger)
	if err != nil {
		return err
	}
	return <-done
}

// isPostgresDSN reports whether dsn names a PostgreSQL store.
func isPostgresDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
