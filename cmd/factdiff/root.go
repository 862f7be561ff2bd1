package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit statuses shared by the commands.
const (
	exitOK      = 0 // nothing found
	exitFound   = 1 // fact differences, failing cases or changes found
	exitTrouble = 2 // unreadable input, bad flag, store or network errors
)

// exitStatus is returned by a command that has already said what it had to
// say and only needs the process to exit with a status.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// streams are the standard streams a command reads and writes; tests give
// their own.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// run executes the command line args and returns the process exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	st := streams{in: stdin, out: stdout, err: stderr}
	root := newRootCmd(st)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var es exitStatus
	if errors.As(err, &es) {
		return int(es)
	}
	fmt.Fprintf(stderr, "factdiff: %v\n", err)
	return exitTrouble
}

func newRootCmd(st streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "factdiff",
		Short: "Watch news articles and report when their facts change",
		Long: "factdiff compares versions of news articles and reports changed figures\n" +
			"(death tolls, sums of money, percentages...), not reworded sentences.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(st.in)
	root.SetOut(st.out)
	root.SetErr(st.err)
	root.AddCommand(
		newDiffCmd(st),
		newFactsCmd(st),
		newTestCmd(st),
		newWatchCmd(st),
		newCheckCmd(st),
		newHistoryCmd(st),
		newServeCmd(st),
	)
	return root
}

// errNotImplemented is returned by commands still being built.
var errNotImplemented = errors.New("not implemented yet")
