package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/factdiff/factdiff/config"
	"github.com/factdiff/factdiff/watcher"
)

// progressMin is the number of watches from which `check` shows a progress
// bar on a terminal.
const progressMin = 10

type checkOptions struct {
	config string
}

func newCheckCmd(st streams) *cobra.Command {
	var o checkOptions
	cmd := &cobra.Command{
		Use:   "check [--config factdiff.yaml] [WATCH...]",
		Short: "Check every watch, or the named ones, once, now",
		Long: "check runs the watches once, without schedules or claims, and prints one line\n" +
			"per watch. Exit status: 0 no fact change, 1 fact changes, 2 errors.",
		RunE: func(cmd *cobra.Command, args []string) error { return runCheck(cmd.Context(), st, o, args) },
	}
	cmd.Flags().StringVarP(&o.config, "config", "c", defaultConfig, "config file")
	return cmd
}

func runCheck(ctx context.Context, st streams, o checkOptions, names []string) error {
	cfg, err := config.Load(o.config)
	if err != nil {
		return err
	}
	n := len(names)
	if n == 0 {
		n = len(cfg.Watches)
	}
	logOut := st.err
	var bar *progressbar.ProgressBar
	if f, ok := st.err.(*os.File); ok && n >= progressMin && term.IsTerminal(int(f.Fd())) {
		bar = progressbar.NewOptions(n, progressbar.OptionSetWriter(st.err), progressbar.OptionSetDescription("checking"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		logOut = clearLine{st.err}
	}
	logger := newLogger(logOut, cfg.LogLevel)
	store, alerts, closeAll, err := openForChecks(ctx, cfg, logger, st.out)
	if err != nil {
		return err
	}
	defer closeAll()

	w := watcher.New(cfg, store, watcher.Options{Logger: logger, Alerts: alerts})
	results, err := w.CheckNow(ctx, names, func(watcher.Result) {
		if bar != nil {
			_ = bar.Add(1)
		}
	})
	if err != nil {
		return err
	}
	if bar != nil {
		_ = bar.Finish()
	}
	status := exitOK
	for _, r := range results {
		switch {
		case r.Err != nil:
			fmt.Fprintf(st.out, "%s\terror\t%v\n", r.Watch, r.Err)
			status = exitTrouble
		case r.Version != 0:
			fmt.Fprintf(st.out, "%s\t%s\tversion %d\t%d fact changes\n", r.Watch, r.Outcome, r.Version, len(r.Changes))
		default:
			fmt.Fprintf(st.out, "%s\t%s\n", r.Watch, r.Outcome)
		}
		if len(r.Changes) > 0 && status == exitOK {
			status = exitFound
		}
	}
	if status != exitOK {
		return exitStatus(status)
	}
	return nil
}

// clearLine erases the progress bar's line before each log line, which the
// bar then redraws below.
type clearLine struct{ w io.Writer }

func (c clearLine) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, "\r\x1b[K"); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
