// Package diff compares two versions of an article and reports which of its
// figures changed, were added or were removed, beside a word-level text diff.
//
// A figure whose value, unit and meaning agree in both versions is unchanged
// even when its sentence was reworded or moved, or its number written another
// way, or its measure in another unit ("4,100 kg" and "4.1 tonnes", "48
// hours" and "2 days"; see sameConverted for the rounding allowed).
// Comparison is a pure function of the two texts: no I/O, no clock.
package diff
