package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/factdiff/factdiff/watcher"
)

type historyOptions struct {
	config string
	format string
}

func newHistoryCmd(st streams) *cobra.Command {
	var o historyOptions
	cmd := &cobra.Command{
		Use:   "history WATCH [--config factdiff.yaml] [--format text|json]",
		Short: "List the versions kept for a watch and each figure's values over time",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runHistory(cmd.Context(), st, o, args[0], cmd.Flags().Changed("config"))
		},
	}
	cmd.Flags().StringVarP(&o.config, "config", "c", defaultConfig, "config file (for the store)")
	cmd.Flags().StringVar(&o.format, "format", "text", "output format: text or json")
	return cmd
}

func runHistory(ctx context.Context, st streams, o historyOptions, watch string, explicit bool) error {
	if o.format != "text" && o.format != "json" {
		return fmt.Errorf("--format %q: want text or json", o.format)
	}
	cfg, err := loadConfigOrDefault(o.config, explicit)
	if err != nil {
		return err
	}
	if !cfg.IsPostgres() {
		if _, err := os.Stat(cfg.Store); err != nil {
			return fmt.Errorf("no store: %w", err)
		}
	}
	store, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer store.Close()
	h, err := watcher.LoadHistory(ctx, store, watch)
	if err != nil {
		return err
	}
	if o.format == "json" {
		return h.WriteJSON(st.out)
	}
	return h.WriteText(st.out)
}
