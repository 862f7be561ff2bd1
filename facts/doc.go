// Package facts finds the figures in a news text: counts, casualties, sums of
// money, percentages, measures, dates, clock times and ordinals, each with its
// normalised value, its literal span, its qualifier ("at least"), its unit and
// a key that names what it counts ("killed fighters").
//
// Extraction is a pure function of the text: no I/O, no clock.
package facts
