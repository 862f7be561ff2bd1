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
// score. Keys and concepts come last (key.go, measured.go). A count keeps
// its noun with proper modifiers and the governing verb as a participle, so
// that "25 fighters were killed" and "killed 25 fighters" share the key
// "killed fighters", and a named subject tells counts apart ("Civic Union
// seats won"). Other figures are named by what they measure, read from the
// clause: the noun they are the complement of ("gusts of up to 70 mph" ->
// "wind gusts"), the noun after them ("a £300k fine"), the subject of a level
// or a change ("the unemployment rate rose to 3.8%", "Brent crude rose
// $3.40" -> "brent crude rise"), the verb taking them as object ("burned
// 12,000 hectares" -> "area burned"), whose age, the event a date or time
// dates ("talks on Dec. 31" -> "talks date"), what an ordinal ranks. The
// concept is the stemmed head of that thing with the category or the
// aspect ("crud change", "talk date"), the same across rewordings; the diff
// takes it as soft evidence when pairing figures.
//
// A count or casualty figure also gets a state (state.go): what befell what
// it counts, read from the verb or adjective governing it whatever noun it
// counts, with the words of one meaning folded together ("pulled out
// alive", "brought out" and "freed" are "rescued"; "aboard", "on board"
// and "carrying" are "aboard"; "unaccounted for" is "missing"). The diff
// never pairs two counts whose states differ and takes a shared state as
// strongly as a shared concept, so that "46 miners were trapped" is "35
// men remain trapped", not "11 miners have been pulled out alive". Things
// have states too ("46 flights cancelled", "12 diverted jets"), and some
// nouns carry one where no verb does ("14 hostages"). A fact box's label
// names a bare figure and gives it its casualty or state ("• Deaths: 2",
// "Evacuated: 1,200").
//
// Scrapers glue a page's parts together. The tokenizer cuts a word where a
// lowercase word, a month or a page label runs into a capitalised one
// ("180 aboardAsia Pacific", "19 AprilMillions", "Video1:42"), and a number
// glued to a capitalised word of prose is still a number ("48,000Clinics
// are open"); textnorm cuts headlines from wire datelines and reading times.
//
// Four plain digits are a year after "in" or "since" or before a noun a
// year dates ("the 1800 census"), and a count before a plural noun or verb
// ("1800 people", "1250 were sent home") or after a level verb or a hedge
// ("admissions rose to 1800", "at least 1863").
//
// All word lists live in lexicon.go. The conventions (what value a date
// takes, which unit a measure gets, what is not a quantity) are those of the
// annotated corpus in testdata/corpus; Evaluate scores the extractor on it,
// key agreement included (KeyF1).
package facts
