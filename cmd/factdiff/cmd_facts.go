package main

import "github.com/spf13/cobra"

func newFactsCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "facts",
		Short: "facts (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
