package main

import "github.com/spf13/cobra"

func newHistoryCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "history",
		Short: "history (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
