package diff

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factdiff/factdiff/facts"
)

// delta returns how far a changed figure moved and, for dates and clock
// times, the unit of that distance. The values of dates and times are
// encodings (yyyymmdd, hhmm), so subtracting them says nothing: 3:15 a.m. to
// 2:50 a.m. is 25 minutes earlier, not -65, and Dec. 31 to Jan. 2 is two days
// later. Measures in convertible units move in the new figure's unit
// ("800 kg" to "1.2 tonnes" is +0.4 tonne). It returns nil where no
// distance makes sense: figures in units that do not convert, or a
// calendar date against a year.
func delta(a, b *facts.Figure) (*float64, string) {
	var d float64
	unit := ""
	switch {
	case a.Category == facts.Time && b.Category == facts.Time:
		d, unit = float64(minutesOf(b.Value)-minutesOf(a.Value)), "minutes"
		if spokenTime(a) || spokenTime(b) {
			// "twenty past eleven" to "11.10pm": the nearer half of
			// the day, 10 minutes earlier.
			d = math.Remainder(d, 12*60)
		} else if math.Abs(d) > 12*60 {
			// "11.50pm" to "12.20am": past midnight, 30 minutes
			// later, the nearer way round the clock.
			d = math.Remainder(d, 24*60)
		}
	case a.Category == facts.Date && b.Category == facts.Date:
		var ok bool
		if d, unit, ok = dateDelta(a, b); !ok {
			return nil, ""
		}
	case a.Category == facts.Date || b.Category == facts.Date ||
		a.Category == facts.Time || b.Category == facts.Time:
		return nil, ""
	case a.Unit != b.Unit && isConvertible(a, b):
		// "800 kg" to "1.2 tonnes": +0.4 tonne, in the new figure's unit.
		ca, cb, _ := convertible(a, b)
		d, unit = b.Value-cb.from(ca.base(a.Value)), b.Unit
	case !sameUnit(a, b) && !(class(a.Category) == facts.Count && class(b.Category) == facts.Count):
		// Paired counts are one figure whatever noun they are given.
		return nil, ""
	case unitScale(a.Unit) != unitScale(b.Unit):
		// 25 basis points to 0.5 percentage points: counted in the
		// latter.
		d = b.Value*unitScale(b.Unit) - a.Value*unitScale(a.Unit)
	default:
		d = b.Value - a.Value
	}
	d = facts.Finite(d) // the distance between two huge values may not be finite
	d = facts.Rounded(d, math.Max(math.Abs(a.Value), math.Abs(b.Value)))
	return &d, unit
}

// isConvertible reports whether a and b are measures in convertible units.
func isConvertible(a, b *facts.Figure) bool {
	_, _, ok := convertible(a, b)
	return ok
}

// minutesOf turns an hhmm clock value into minutes since midnight.
func minutesOf(v float64) int {
	hhmm := int(math.Round(v))
	return hhmm/100*60 + hhmm%100
}

// dateKind says how a date figure's value is encoded.
type dateKind int

const (
	yearOnly  dateKind = iota + 1 // 2003
	yearMonth                     // 202403
	fullDate                      // 20191231
	monthDay                      // 1231
)

// kindOf tells how f's value encodes its date. A four-digit value is a year
// when the text holds those digits ("2003", "1990s"), else a month and day
// ("Dec. 31" is 1231).
func kindOf(f *facts.Figure) dateKind {
	v := f.Value
	switch {
	case v >= 1e7:
		return fullDate
	case v >= 1e5:
		return yearMonth
	case v >= 1000 && strings.Contains(f.Text, strconv.Itoa(int(v))), eraYear(f.Text):
		return yearOnly
	}
	return monthDay
}

// eraYear reports whether a date is written with its era: "AD 160",
// "3200 BC".
func eraYear(text string) bool {
	for _, w := range strings.Fields(text) {
		switch w {
		case "AD", "BC", "BCE", "CE":
			return true
		}
	}
	return false
}

// dateDelta returns the distance between two dates of the same encoding:
// years between years, months between months, days between days. A month
// and day without a year move by the shorter way round the calendar, so
// Dec. 31 to Jan. 2 is +2 days.
func dateDelta(a, b *facts.Figure) (float64, string, bool) {
	ka, kb := kindOf(a), kindOf(b)
	if ka != kb {
		return 0, "", false
	}
	va, vb := int(math.Round(a.Value)), int(math.Round(b.Value))
	switch ka {
	case yearOnly:
		return float64(vb - va), "years", true
	case yearMonth:
		return float64((vb/100*12 + vb%100) - (va/100*12 + va%100)), "months", true
	case fullDate:
		ta := time.Date(va/10000, time.Month(va/100%100), va%100, 0, 0, 0, 0, time.UTC)
		tb := time.Date(vb/10000, time.Month(vb/100%100), vb%100, 0, 0, 0, 0, time.UTC)
		return math.Round(tb.Sub(ta).Hours() / 24), "days", true
	default:
		// A leap year, so that Feb. 29 exists.
		ta := time.Date(2024, time.Month(va/100), va%100, 0, 0, 0, 0, time.UTC)
		tb := time.Date(2024, time.Month(vb/100), vb%100, 0, 0, 0, 0, time.UTC)
		days := math.Round(tb.Sub(ta).Hours() / 24)
		switch {
		case days > 183:
			days -= 366
		case days < -183:
			days += 366
		}
		return days, "days", true
	}
}
