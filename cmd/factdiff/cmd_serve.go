package main

import "github.com/spf13/cobra"

func newServeCmd(st streams) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "serve (being built)",
		RunE:  func(cmd *cobra.Command, args []string) error { return errNotImplemented },
	}
}
