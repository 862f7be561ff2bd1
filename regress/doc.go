// Package regress runs regression cases of fact changes: folders holding
// two versions of an article (old.txt and new.txt, or .html) and want.txt,
// the fact changes expected, one a line in the text format of
// `factdiff diff`. It loads cases, runs them through diff.Compare, compares
// what was found with what was expected as multisets of (kind, old text, new
// text), rewrites want.txt on request, and scores precision and recall.
//
// `factdiff test DIR` and the repository's own tests both run cases through
// this package. It also reads the versions given to `factdiff diff` and
// `factdiff facts`, so that every command reads files the same way.
package regress
