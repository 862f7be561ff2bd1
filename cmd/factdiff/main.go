// Command factdiff watches news articles and reports when their facts change.
//
// See SPEC.md for the commands, their output and their exit status.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
