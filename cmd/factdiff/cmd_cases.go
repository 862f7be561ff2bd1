package main

import "github.com/spf13/cobra"

func newTestCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "test",
		Short: "test (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
