// Package report renders comparisons and extracted figures for people and
// tools: the plain text of `factdiff diff` (optionally coloured), the stable
// JSON of SPEC.md, markdown, and a self-contained HTML page; and the listing
// of `factdiff facts`.
//
// Renderers only write; they never compare or extract.
package report
