package main

import "github.com/spf13/cobra"

func newCheckCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "check (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
