// Package facts finds the figures in a news text: counts, casualties, sums of
// money, percentages, measures, dates, clock times and ordinals, each with its
// normalised value, its literal span, its qualifier ("at least"), its unit and
// a key that names what it counts ("killed fighters").
//
// Extraction is a pure function of the text: no I/O, no clock.
//
// # How it reads a text
//
// Parse normalises the text with textnorm (quotes, dashes, spaces, NFC),
// splits it into sentences (glued sentences and page junk handled there),
// and tokenizes each sentence: words, numbers with their separators,
// punctuation, symbols, and identifiers (letters mixed with digits, versions,
// addresses), which never yield a figure. A hand-written grammar then reads
// figures at the tokens near a number or a number word:
//
//	figure   = [qualifier] ( clock | date | ordinal | quantity [range] )
//	quantity = [currency] [sign] number [scale…] [percent | currency | unit] [noun phrase]
//	number   = digits | number words | vague magnitude | fraction
//	range    = ("to" | "-" | "or") quantity, or "between" quantity "and" quantity
//
// A second pass over the sentence's figures settles what each one counts:
// the noun of a later figure after "of" ("31 of the 38 drones"), an elided
// noun from an earlier one ("killed 14 militants and wounded 30 more"), the
// casualty verb or noun that governs it, ages, index levels, the sides of a
// score. Keys and concepts come last: the counted noun with proper modifiers
// and the governing verb as a participle, so that "25 fighters were killed"
// and "killed 25 fighters" share the key "killed fighters".
//
// All word lists live in lexicon.go. The conventions (what value a date
// takes, which unit a measure gets, what is not a quantity) are those of the
// annotated corpus in testdata/corpus; Evaluate scores the extractor on it.
package facts
