package main

import (
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/regress"
	"github.com/factdiff/factdiff/report"
)

// diffOptions are the flags of `factdiff diff`.
type diffOptions struct {
	format string
	color  string
}

func newDiffCmd(st streams) *cobra.Command {
	var opts diffOptions
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Compare two versions of an article and report changed figures",
		Long: "diff compares two versions of an article (files; - reads standard input;\n" +
			".html and .htm files are reduced to their article text) and reports the\n" +
			"figures that changed, were added or were removed.\n\n" +
			"Exit status: 0 no fact difference, 1 fact differences, 2 trouble.",
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDiff(st, opts, args[0], args[1])
		},
	}
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text, json, markdown, html (one self-contained page)")
	cmd.Flags().StringVar(&opts.color, "color", "auto", "colour the text format: auto (on a terminal, unless NO_COLOR is set), always, never")
	return cmd
}

func runDiff(st streams, opts diffOptions, oldName, newName string) error {
	format, err := report.ParseFormat(opts.format)
	if err != nil {
		return fmt.Errorf("--format: %w", err)
	}
	color, err := useColor(opts.color, st.out)
	if err != nil {
		return err
	}
	if oldName == "-" && newName == "-" {
		return fmt.Errorf("diff: only one of OLD and NEW can be - (standard input)")
	}
	oldText, err := readVersion(st, oldName)
	if err != nil {
		return err
	}
	newText, err := readVersion(st, newName)
	if err != nil {
		return err
	}
	res := diff.Compare(oldText, newText)
	if err := report.Write(st.out, res, format, report.Options{Color: color, OldName: oldName, NewName: newName}); err != nil {
		return err
	}
	if len(res.Facts) > 0 {
		return exitStatus(exitFound)
	}
	return nil
}

// readVersion reads a version named on the command line; "-" is standard
// input.
func readVersion(st streams, name string) (string, error) {
	if name == "-" {
		return regress.ReadVersionFrom(st.in, "standard input")
	}
	return regress.ReadVersion(name)
}

// fdWriter is an output that may be a terminal.
type fdWriter interface {
	Fd() uintptr
}

// useColor decides whether to colour output written to out: mode is auto,
// always or never; auto colours a terminal unless NO_COLOR is set.
func useColor(mode string, out io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if os.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		f, ok := out.(fdWriter)
		return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())), nil
	}
	return false, fmt.Errorf("--color %q: want auto, always or never", mode)
}
