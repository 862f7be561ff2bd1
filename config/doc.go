// Package config reads and validates the factdiff configuration file: the
// store, the watches and their schedules, and how the watcher fetches pages
// and sends alerts.
//
// A Config is parsed and validated once, by Load or Parse; every error names
// the watch and the field it is about, so that `factdiff watch
// --check-config` can point at the line to fix.
package config
