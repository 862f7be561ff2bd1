// Package diff compares two versions of an article and reports which of its
// figures changed, were added or were removed, beside a word-level text diff.
//
// A figure whose value, unit and meaning agree in both versions is unchanged
// even when its sentence was reworded or moved, or its number written another
// way, or its measure in another unit ("4,100 kg" and "4.1 tonnes", "48
// hours" and "2 days"; see sameConverted for the rounding allowed), or a
// share written as a fraction or a percentage ("half" and "50%").
//
// Figures are paired in stages, most certain first: the figures of equal
// sentences; those of the sentence groups of an edited hunk (one sentence
// rewritten, split or merged), by meaning, the words next to them, value
// and position; what a group left, in order, when each class has as many
// on both sides and the values are plausible revisions, or, with reworded
// nouns, close enough not to be two facts by chance (nearValue); then
// across a hunk, moved sentences and the whole document. Counts whose
// states differ (the trapped, the rescued) never pair.
//
// Some figures that only one version has are no fact change of their own
// (incidental): a clock time written as a word beside other figures ("by
// midnight"), and a conversion in brackets of a figure both versions have
// ("46.4C (115.5F)").
//
// Comparison is a pure function of the two texts: no I/O, no clock.
package diff
