package main

import "github.com/spf13/cobra"

func newWatchCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "watch",
		Short: "watch (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
