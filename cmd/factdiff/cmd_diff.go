package main

import "github.com/spf13/cobra"

func newDiffCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "diff",
		Short: "diff (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
