// Package web serves read-only pages over a snapshot store: the list of
// watches with their status, a watch's versions, one version's changes (the
// HTML report of package report: the fact-change table and the word-level
// text diff with the changed figures highlighted), a timeline chart of each
// fact across versions drawn as inline SVG, and Atom feeds of fact changes.
//
// Pages are html/template renderings of untrusted article text, with their
// stylesheet inline; they load nothing and run no script, and say so in
// their Content-Security-Policy. New returns the handler; RequireToken
// guards it when it listens beyond the loopback interface (see CheckListen).
package web
