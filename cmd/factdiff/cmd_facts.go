package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/factdiff/factdiff/facts"
	"github.com/factdiff/factdiff/report"
)

// factsOptions are the flags of `factdiff facts`.
type factsOptions struct {
	format string
}

func newFactsCmd(st streams) *cobra.Command {
	var opts factsOptions
	cmd := &cobra.Command{
		Use:   "facts FILE",
		Short: "List the figures extracted from one version of an article",
		Long: "facts lists the figures found in one version of an article (a file; - reads\n" +
			"standard input; .html and .htm files are reduced to their article text),\n" +
			"in document order.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			format, err := report.ParseFormat(opts.format)
			if err != nil {
				return fmt.Errorf("--format: %w", err)
			}
			if format != report.Text && format != report.JSON {
				return fmt.Errorf("--format %s: facts are listed as text or json", format)
			}
			text, err := readVersion(st, args[0])
			if err != nil {
				return err
			}
			return report.WriteFacts(st.out, facts.Parse(text), format)
		},
	}
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text or json")
	return cmd
}
