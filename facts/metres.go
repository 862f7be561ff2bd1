package facts

import "strings"

// A glued "m" after a number is million in "£2.5m", "7.48m patients" and
// "rose to 7.48m", and metres in "a 7.5m wall" and "jumped 8.95m". The
// reading is decided by what governs the number (millionM).

// millionM decides whether a glued "m" after digits (token k) means million
// rather than metres.
//
// Money is million: a currency sign before the number or a currency word
// after it ("£2.5m", "2.5m euros"). Metres where a length governs the
// number: a dimension word after it ("8m tall", "30m below", "a 7.5m-high
// wall"), a race ("the 100m final", "an 800m title"), a thing measured by
// its length right after it ("a 40m section", "a 3.2m sea wall", "7.5m
// waves"), or, before it in its clause, a verb of jumping and throwing
// ("jumped 8.95m", "cleared 6.05m") or a length noun whose measure it is
// ("waves of up to 7.5m", "a leap of 8.95m", "the surge peaked at 1.4m").
// These hold for numbers under 10,000 only: longer lengths are written in
// km. Otherwise a noun after the number makes a count of millions ("7.48m
// patients", "1.2m trees"), and so does a decimal number ("rose to 7.48m
// in August") or a level reached ("viewers rose to 25m"); a whole number
// alone is metres ("fell 30m from the roof").
func (p *parser) millionM(k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if p.currencyAt(b, false) || b == k-2 && lowerCurrencies[p.raw(b)] && !p.glued(b+1) {
			return true // "£2.5m", "CHF 87m", "RM350m", "R1.2m", "kr 870m"
		}
	}
	num := k - 1
	if p.isPunct(k+1, '/') && p.glued(k+1) {
		return false // "1.4m/s": metres per second
	}
	decimal := strings.IndexByte(p.raw(num), '.') >= 0
	nx := p.word(k + 1)
	if _, ok := currencyWords[nx]; ok && p.kind(k+1) == tWord && nx != "p" {
		return true
	}
	if p.comparedWithCount(num) {
		// "96,000 visits last year, compared with 1.1m across the
		// network": a count set against a count.
		return true
	}
	if metreWords[nx] {
		return false
	}
	if v, _ := p.digitsValue(num); v < 10000 {
		if nx == "-" && p.glued(k+1) && metreWords[p.word(k+2)] {
			return false // "a 7.5m-high wall"
		}
		if p.lengthThingAfter(k+1) || p.lengthBefore(num) {
			return false
		}
		if w := p.word(num - 1); (w == "to" || w == "and" || w == "or") && p.raw(num-2) == "m" && p.kind(num-3) == tNum && p.lengthBefore(num-3) {
			return false // "waves of 3m to 4m": the second of a range of lengths
		}
		if p.word(num-1) == "by" && p.raw(num-2) == "m" && p.glued(num-2) && p.kind(num-3) == tNum && !p.millionM(num-2) {
			return false // "the 60m by 25m arena": a length by a length
		}
		if decimal && (p.kind(k+1) != tWord || stopWords[nx]) && p.wordNear(num, waterLevelWords) {
			// "The River Alder reached 4.87m at the gauge": a water
			// level, which reaching names as a count's level does;
			// "2.1m litres of sewage entered the river" counts litres.
			return false
		}
		if decimal && (p.wordNear(num, fieldEvents) || v < 100 && !isPluralNoun(nx) && !p.levelOf(num) && p.doc != nil && p.doc.aboutFieldEvents()) {
			// "broke the long jump record with 7.12m": a field
			// event's mark, and so is "the record of 2.11m" in a story
			// about the high jump; "1.2m viewers" are still counted.
			return false
		}
		if _, change := changeNouns[nx]; !change && (p.word(num-1) == "a" || p.word(num-1) == "an") && p.kind(k+1) == tWord && !isPluralNoun(nx) && !stopWords[nx] {
			// "a 1.2m sword", "a 90m tower": one thing, which a million
			// of would be plural; "a 2.5m rise" is a change by millions.
			return false
		}
	}
	if (nx == "and" || nx == "to" || nx == "or") && p.kind(k+2) == tNum && p.raw(k+3) == "m" && p.glued(k+3) {
		// "between 3m and 4m subscribers": the first of a range reads
		// as the second does.
		return p.millionM(k + 3)
	}
	if p.millionsBefore(num) {
		// "about 480 million bottles this year, down from a record
		// 627m in 2022": the same millions, written short.
		return true
	}
	if nx == "of" && p.word(num-1) == "within" && !p.wordNear(k+1, targetWords) {
		// "within 4.5m of the nearest front door": a distance; "came
		// within 1.2m of its target" falls short by millions.
		return false
	}
	switch nx {
	case "in", "of", "from", "up", "down", "under", "off", "-", "onto", "into":
		// "fell 30m from the roof", "30m of cable"; "rose to 7.48m in
		// August". A body falling ("a labourer fell 7.5m from a
		// scaffold") falls a length, whatever its decimals.
		return decimal && !(fallVerbs[p.word(num-1)] && (nx == "from" || nx == "onto" || nx == "into" || nx == "down" || nx == "off"))
	}
	// "48m monthly users": a modifier before the counted noun.
	n := k + 1
	for n < k+3 && npModifiers[p.word(n)] {
		n++
	}
	if p.kind(n) == tWord && !stopWords[p.word(n)] && (n == k+1 && !(isVerbForm(p.word(n)) && p.wordNear(num, lengthNouns)) || isPluralNoun(p.word(n))) {
		// ("fog that cut visibility to 50m led to crashes": a verb
		// after a length, no counted noun.)
		return true
	}
	if ls, le := p.labelBefore(num); le > ls {
		// "Visits last year: 162m": a fact box's label counting
		// things; "Height: 30m" measures.
		for l := ls; l < le; l++ {
			if w := p.word(l); isPluralNoun(w) && !lengthPlurals[w] && !metreWords[w] {
				return true
			}
		}
	}
	// "the population could be anywhere between 39m and 52m": people.
	return decimal || p.levelOf(num) || p.wordNear(num, populationWords)
}

// millionsBefore reports whether a count in millions of a like size
// stands earlier in the sentence, "from" or "to" just before the number at
// token num setting it against that count.
func (p *parser) millionsBefore(num int) bool {
	from := false
	for b := num - 1; b >= 0 && b >= num-3 && p.kind(b) == tWord; b-- {
		if w := p.word(b); w == "from" || w == "to" {
			from = true
			break
		}
	}
	v, _ := p.digitsValue(num)
	if !from || v <= 0 {
		return false
	}
	for _, f := range p.figs {
		// Of a like size: "480 million" set against "627m", not "2
		// million people" against a tower's "30m".
		if r := f.value / (v * 1e6); f.te <= num && f.mult == 1e6 && f.cat == Count && r > 0.25 && r < 4 {
			return true
		}
	}
	return false
}

// populationWords near a glued "m" make millions of people of it: "the
// population could be 52m", "raise its annual passenger cap from 25m to
// 32m".
var populationWords = setOf("population", "populations", "inhabitants", "passenger", "passengers", "visitors",
	"viewers", "subscribers", "customers", "users", "residents", "tourists", "voters")

// comparedWithCount reports whether the number at token num is set
// against a count a few words before it in its sentence: "96,000 visits
// last year, compared with 1.1m", "1.4 billion trips, about 60m more
// than a year earlier".
func (p *parser) comparedWithCount(num int) bool {
	w, nx := p.word(num-1), p.word(num+2)
	if !((w == "with" || w == "to") && compareWords[p.word(num-2)] || nx == "more" || nx == "fewer") {
		return false
	}
	n := len(p.figs)
	if n == 0 || p.figs[n-1].cat != Count || p.figs[n-1].te < num-12 {
		return false
	}
	for k := p.figs[n-1].te; k < num; k++ {
		if p.isPunct(k, '.') || p.isPunct(k, ';') || p.isPunct(k, '?') || p.toks[k].nl {
			return false
		}
	}
	return true
}

// compareWords before "with" or "to" set a figure beside another.
var compareWords = setOf("compared", "comparing", "compares")

// waterLevelWords near a decimal before a glued "m" make it a water
// level in metres.
var waterLevelWords = setOf("river", "gauge", "tide", "tides", "flood", "floods", "flooding", "reservoir", "surge")

// levelOf reports whether the number at token num is a level something
// reached, with no length in sight: "viewers rose to 25m", "reached 25m".
func (p *parser) levelOf(num int) bool {
	l := num - 1
	for n := 0; n < 4 && l >= 0 && hedgeWords[p.word(l)] && p.word(l) != "to" && p.word(l) != "at"; n++ {
		l--
	}
	switch w := p.word(l); w {
	case "reached", "reaches", "topped", "tops", "passed", "exceeded", "hit", "hits":
		return true
	case "were", "totalled", "totaled", "numbered":
		// "Total admissions were 128m last year", "admissions in
		// Britain were 128m": a count's level; "the waves were 7m"
		// measure.
		s := p.word(l - 1)
		if b := p.word(l - 2); b == "in" || b == "at" || b == "across" {
			s = p.word(l - 3)
		}
		return isPluralNoun(s) && !lengthPlurals[s] && !lengthNouns[strings.TrimSuffix(s, "s")] || totalNouns[s]
	case "to", "at":
		// "rose to 25m"; "taking its total to about 281m".
		return levelMoves[p.word(l-1)] && !jumpVerbs[p.word(l-1)] || totalNouns[p.word(l-1)]
	}
	return false
}

// totalNouns name a count brought to a new level: "taking its total to
// 281m", "bringing the tally to 3m".
var totalNouns = setOf("total", "tally", "number", "membership", "audience")

// metreWords after a length in metres: dimensions, places, races.
var metreWords = setOf("tall", "high", "deep", "long", "wide", "thick", "away", "below", "above",
	"higher", "lower", "deeper", "taller", "wider", "thicker",
	"across", "underground", "underwater", "inland", "offshore", "upstream", "downstream", "uphill", "downhill",
	"further", "farther", "apart", "sprint", "race", "races", "hurdles", "freestyle", "backstroke",
	"breaststroke", "butterfly", "medley", "relay", "dash", "steeplechase", "final", "finals", "title",
	"titles", "heat", "heats", "semi-final", "semi-finals", "semifinal", "semifinals", "gold", "silver",
	"bronze", "medal", "medals", "champion", "champions", "championship", "event", "runner", "runners",
	"sprinter", "sprinters", "swimmer", "swimmers", "hurdler", "swim", "swims", "leg", "legs", "lap", "laps")

// lengthNouns are things measured by their length, height or depth ("a
// 40m section", "a height of 8.95m"); lengthPlurals are those of them
// whose plural still takes metres ("7.5m waves", not "1.2m trees").
var (
	lengthNouns = setOf("wall", "seawall", "fence", "tower", "spire", "mast", "pole", "crater", "tunnel",
		"bridge", "cliff", "drop", "jump", "leap", "throw", "vault", "distance", "section", "stretch",
		"span", "radius", "diameter", "hole", "sinkhole", "pit", "trench", "ladder", "statue", "sculpture",
		"yacht", "boat", "vessel", "whale", "shark", "crocodile", "snake", "python", "snowdrift", "dune",
		"ramp", "barrier", "dam", "dyke", "levee", "hedge", "screen", "banner", "tree", "wave", "swell",
		"surge", "tide", "height", "depth", "length", "width", "wingspan", "gap", "building", "block",
		"chimney", "slope", "shaft", "well", "pipe", "cable", "rope", "flag", "mural", "billboard", "arch",
		"waterfall", "iceberg", "avalanche", "snowfall", "rise", "climb", "pipeline", "runway", "road",
		"track", "path", "walkway", "footbridge", "pier", "jetty", "wharf", "canal", "queue", "altitude",
		"elevation", "clearance", "headroom", "draught", "visibility", "pool", "lane", "slide", "platform",
		"bay", "berth", "pitch", "course")
	lengthPlurals = setOf("waves", "swells", "surges", "tides", "heights", "depths", "lengths", "widths",
		"cliffs", "dunes", "snowdrifts", "drifts", "walls", "jumps", "leaps", "throws", "drops", "altitudes",
		"elevations")
)

// lengthThingAfter reports whether the noun phrase starting at token k is
// headed by a thing measured by its length: "a 40m section", "a 3.2m sea
// wall collapsed", "7.5m waves", "the 12m yacht Meridian Tern".
func (p *parser) lengthThingAfter(k int) bool {
	head := ""
	for n := 0; n < 3 && p.kind(k) == tWord && p.toks[k].sp; n, k = n+1, k+1 {
		w := p.word(k)
		if stopWords[w] || isVerbForm(w) || head != "" && p.capitalized(k) && !p.capitalized(k-1) {
			// "the 12m yacht Meridian Tern": the name after the thing
			// is no part of it.
			break
		}
		head = w
	}
	return lengthNouns[head] || lengthPlurals[head]
}

// fieldEvents name the athletics events marked in metres.
var fieldEvents = setOf("jump", "jumps", "vault", "javelin", "discus", "hammer", "shot", "throw", "throws",
	"jumper", "vaulter", "thrower", "leap", "leapt", "leaped", "jumped")

// targetWords after "within 1.2m of" make a shortfall of millions of it.
var targetWords = setOf("target", "targets", "goal", "record", "total", "forecast", "budget", "estimate", "figure", "mark", "pledge")

// fallVerbs before a glued "m" and "from" or "onto" make a fall of it:
// "fell 7.5m from a scaffold", "plunged 4.2m onto the deck".
var fallVerbs = setOf("fell", "fallen", "falling", "falls", "plunged", "plummeted", "tumbled", "dropped", "slipped")

// jumpVerbs take a length as their measure: "jumped 8.95m", "threw 70.5m".
var jumpVerbs = setOf("jumped", "jumps", "jump", "leapt", "leaped", "leaps", "threw", "throws", "thrown",
	"vaulted", "cleared", "clears", "clear", "clearing", "hurled", "measured", "measuring", "measures", "towering", "towers", "stands",
	"stood", "spanning", "spans", "stretching", "stretches")

// lengthSubjects rise or fall by lengths: "the river rose 2.4m", "the surge
// peaked at 1.4m".
var lengthSubjects = setOf("river", "rivers", "sea", "seas", "floodwater", "floodwaters", "water", "waters",
	"snow", "lake", "reservoir", "tide")

// lengthBefore reports whether a length governs the number at token num
// from the left, in its clause: a verb of jumping or throwing ("jumped
// 8.95m"), a length noun before "of" ("waves of up to 7.5m", "a leap of
// 8.95m"), or a length noun or a water level rising or falling to it ("the
// surge peaked at 1.4m", "the river rose to 5.2m").
func (p *parser) lengthBefore(num int) bool {
	if p.word(num-1) == "than" && lengthComparatives[p.word(num-2)] {
		return true // "no longer than 1.5m", "taller than 2m"
	}
	l := num - 1
	level := false // "stood at 7.42m" is a level; "stood 30m tall" a height
	for n := 0; n < 4 && l >= 0 && hedgeWords[p.word(l)]; n++ {
		level = level || p.word(l) == "at" || p.word(l) == "to"
		l--
	}
	w := p.word(l)
	switch {
	case jumpVerbs[w] && !(level && levelMoves[w]):
		return true
	case w == "of":
		h := p.word(l - 1)
		return lengthNouns[h] || lengthPlurals[h]
	case p.isPunct(l, ':'):
		// "Visibility at the time: 300 m", "Depth: 40 m": a label
		// naming a length.
		for b := l - 1; b >= 0 && b >= l-4 && p.kind(b) == tWord; b-- {
			if lengthNouns[p.word(b)] || lengthPlurals[p.word(b)] {
				return true
			}
		}
		return false
	case w == "at" || w == "to" || w == "by":
		l--
		w = p.word(l)
	}
	if !levelMoves[w] {
		return false
	}
	s := p.word(l - 1)
	if s == "levels" || s == "level" {
		s = p.word(l - 2)
	}
	return lengthNouns[s] || lengthPlurals[s] || lengthSubjects[s]
}

// hedgeWords stand between a length word and its number: the words of the
// qualifiers but "of" ("waves of up to 7.5m", "a leap of just over 8m", "as
// much as 3m"), articles and "record".
var hedgeWords = func() map[string]bool {
	m := setOf("a", "an", "the", "record", "to", "at")
	for _, ps := range qualifiers {
		for _, ph := range ps {
			for _, w := range ph.words {
				if w != "of" {
					m[w] = true
				}
			}
		}
	}
	return m
}()

// levelMoves are the verbs by which a level reaches a value: "peaked at
// 1.4m", "rose to 5.2m", "fell 2m".
var levelMoves = setOf("rose", "risen", "rises", "rising", "reached", "reaches", "peaked", "peaks", "hit",
	"hits", "climbed", "fell", "fallen", "dropped", "surged", "swelled", "topped", "stood", "stands")

// lengthComparatives compare a length with the one after "than": "no
// longer than 1.5m", "taller than 2m".
var lengthComparatives = setOf("longer", "shorter", "taller", "higher", "lower", "wider", "narrower", "deeper",
	"shallower", "thicker", "thinner")
