package main

import (
	"bufio"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/factdiff/factdiff/regress"
)

// testOptions are the flags of `factdiff test`.
type testOptions struct {
	update   bool
	accuracy bool
	verbose  bool
}

func newTestCmd(st streams) *cobra.Command {
	var opts testOptions
	cmd := &cobra.Command{
		Use:   "test DIR",
		Short: "Run regression cases: pinned fact changes between two versions",
		Long: "test runs every case folder in DIR (or DIR itself when it is one case). A case\n" +
			"holds old.txt and new.txt (or .html) and want.txt, the fact changes expected,\n" +
			"one a line in the text format of `factdiff diff`:\n\n" +
			"    changed killed fighters: at least 25 -> at least 26 (+1)\n" +
			"    added U.S. troops: 5,000\n" +
			"    removed aid package: $3.5 billion\n\n" +
			"Exit status: 0 all cases pass, 1 a case failed, 2 trouble (unreadable case).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTest(st, opts, args[0])
		},
	}
	cmd.Flags().BoolVar(&opts.update, "update", false, "rewrite each want.txt with the changes found (review the result before committing it)")
	cmd.Flags().BoolVar(&opts.accuracy, "accuracy", false, "print precision, recall and F1 of the fact changes over the cases")
	cmd.Flags().BoolVarP(&opts.verbose, "verbose", "v", false, "list the changes found in passing cases too")
	return cmd
}

func runTest(st streams, opts testOptions, dir string) error {
	cases, err := regress.Load(dir)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(st.out)
	defer w.Flush()
	var outs []regress.Outcome
	passed, failed, broken := 0, 0, 0
	for _, c := range cases {
		o := regress.Run(c)
		outs = append(outs, o)
		if opts.update && o.Result != nil {
			if err := regress.Update(o); err != nil {
				fmt.Fprintf(w, "ERROR %s: %v\n", c.Name, err)
				broken++
				continue
			}
			fmt.Fprintf(w, "UPDATED %s (%d changes)\n", c.Name, len(o.Got))
			continue
		}
		switch {
		case o.Err != nil:
			broken++
			fmt.Fprintf(w, "ERROR %s: %v\n", c.Name, o.Err)
		case o.Passed():
			passed++
			fmt.Fprintf(w, "PASS  %s\n", c.Name)
			if opts.verbose {
				for _, l := range o.Got {
					fmt.Fprintf(w, "    %s\n", l.Text)
				}
			}
		default:
			failed++
			fmt.Fprintf(w, "FAIL  %s\n", c.Name)
			for _, l := range o.Missing {
				fmt.Fprintf(w, "    expected: %s\n", l.Text)
			}
			for _, l := range o.Unexpected {
				fmt.Fprintf(w, "    got:      %s\n", l.Text)
			}
		}
	}
	if opts.update {
		fmt.Fprintf(w, "%d cases updated, %d errors\n", len(cases)-broken, broken)
	} else {
		fmt.Fprintf(w, "%d cases: %d passed, %d failed, %d errors\n", len(cases), passed, failed, broken)
	}
	if opts.accuracy {
		fmt.Fprintf(w, "fact changes: %s\n", regress.Accuracy(outs))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	switch {
	case broken > 0:
		fmt.Fprintf(st.err, "factdiff: test %s: %d of %d cases could not be run\n", dir, broken, len(cases))
		return exitStatus(exitTrouble)
	case failed > 0:
		return exitStatus(exitFound)
	}
	return nil
}
