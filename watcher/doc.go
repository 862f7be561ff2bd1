// Package watcher runs the watches of a factdiff configuration: it fetches
// each article on its schedule, reduces it to text, stores a new version when
// the text changed, compares its figures with the previous version and sends
// one alert record per fact change.
//
// The pipeline of one run is Checker.Check: Fetcher (HTTP with conditional
// GET, limits, robots.txt and per-host rate limits, or a local file) ->
// extract.HTML -> ignore patterns -> hash of the canonical text -> Store.Save
// -> diff.CompareDocuments -> Alerter. Scheduler fires runs at the times of
// their cron.Schedule; "@every" schedules are Aligned to wall-clock multiples
// of their interval so that several processes sharing a store agree on which
// run is due, and each process claims a run in the store before taking it,
// renews the claim while it runs, and tries a run another process holds
// again when that holder's lease expires, in case it died
// (docs/scaling.md).
//
// Watcher ties these together for `factdiff watch` (Run) and `factdiff
// check` (CheckNow); Handler serves /metrics and /healthz.
package watcher
