package diff

import (
	"math"
	"strings"

	"github.com/factdiff/factdiff/facts"
)

// Measures written in another unit: "4,100 kg" rewritten "4.1 tonnes" is
// the same quantity, "35 km" rewritten "35 miles" is not. Measures are
// compared in the base unit of their dimension.

// conversion places a unit in its dimension: a value v in the unit is
// v*factor + offset base units (metres, kilograms, seconds, kelvin…).
type conversion struct {
	dim    string
	factor float64
	offset float64
}

// conversions lists the units of facts' measures that convert into one
// another, by the names facts gives them.
var conversions = func() map[string]conversion {
	m := map[string]conversion{}
	add := func(dim string, factor float64, units ...string) {
		for _, u := range units {
			m[u] = conversion{dim: dim, factor: factor}
		}
	}
	const (
		mile   = 1609.344
		foot   = 0.3048
		inch   = 0.0254
		pound  = 0.45359237
		gallon = 3.785411784e-3 // US
		day    = 86400.0
		year   = 365.25 * day
	)
	add("length", 1, "m")
	add("length", 1000, "km")
	add("length", 0.01, "cm")
	add("length", 0.001, "mm")
	add("length", 1e-9, "nm")
	add("length", 1e-6, "µm")
	add("length", mile, "mile")
	add("length", 1852, "nautical mile")
	add("length", foot, "ft")
	add("length", inch, "inch")
	add("length", 0.9144, "yard")
	add("length", 9.4607304725808e15, "light year")
	add("length", 1.495978707e11, "AU")
	add("length", 3.0856775814913673e16, "parsec")
	add("area", 1, "sq m")
	add("area", 1e6, "sq km")
	add("area", mile*mile, "sq mile")
	add("area", 1852*1852, "sq nautical mile")
	add("area", foot*foot, "sq ft")
	add("area", 0.9144*0.9144, "sq yd")
	add("area", 4046.8564224, "acre")
	add("area", 1e4, "hectare")
	add("concentration", 1, "mg/l")
	add("concentration", 1e-3, "µg/l")
	add("concentration", 1e-3, "ng/mL")
	add("concentration", 1, "µg/mL")
	add("concentration", 1e3, "mg/mL")
	// A share of a solid's mass: "38 micrograms per gram" is "38
	// milligrams per kilogram", and "38 ppm" of it.
	add("mass fraction", 1e-6, "µg/g", "mg/kg", "g/t", "ppm")
	add("mass fraction", 1e-3, "mg/g", "g/kg")
	add("mass fraction", 1e-9, "µg/kg", "ppb")
	add("air concentration", 1, "µg/m³")
	add("air concentration", 1e3, "mg/m³")
	add("mass", 1, "kg")
	add("mass", 1e-3, "g")
	add("mass", 1e-6, "mg")
	add("mass", 1e-9, "µg")
	add("mass", 1000, "tonne")
	add("mass", 100, "quintal")
	add("mass", pound, "lb")
	add("mass", 14*pound, "stone")
	add("mass", 1e6, "kilotonne")
	add("mass", 1e9, "megatonne")
	add("mass", 1e12, "gigatonne")
	add("mass", 1e12, "GtCO2e")
	add("mass", 1e9, "MtCO2e")
	add("mass", 1e6, "ktCO2e")
	add("mass", 1e3, "tCO2e")
	add("mass", pound/16, "oz")
	add("mass", 1e3*pound/16, "koz")
	add("mass", 1e6*pound/16, "Moz")
	add("mass", 1e6*pound, "Mlb")
	add("mass", 2e-4, "carat")
	add("volume", 1e-3, "litre")
	add("volume", 1, "kilolitre")
	add("volume", 0.1, "hectolitre")
	add("volume", 1e-6, "ml")
	add("volume", 1e3, "megalitre")
	add("volume", 1e6, "gigalitre")
	add("volume", gallon, "gallon")
	add("volume", gallon/4, "quart")
	add("volume", 42*gallon, "barrel")
	add("volume", 1, "cubic metre")
	add("volume", 1e6, "cubic hectometre")
	add("volume", 1e9, "cubic km")
	add("flow", 1, "cubic metre/s")
	add("flow", foot*foot*foot, "cubic foot/s")
	add("volume", foot*foot*foot, "cubic foot")
	add("volume", 43560*foot*foot*foot, "acre-foot")
	add("volume", 27*foot*foot*foot, "cubic yard")
	add("volume", 1e9*foot*foot*foot, "Bcf")
	add("oil output", 1, "barrel/day")
	add("oil output", 1e6, "mb/d")
	add("speed", 1, "m/s")
	add("speed", 1000.0/3600, "km/h")
	add("speed", 1000, "km/s")
	add("speed", mile, "mile/s")
	add("speed", mile/3600, "mph")
	add("speed", 1852.0/3600, "knot")
	add("energy", 1, "J")
	add("energy", 1e3, "kJ")
	add("energy", 1e6, "MJ")
	add("energy", 1e9, "GJ")
	add("energy", 3.6e6, "kWh")
	add("energy", 3.6e9, "MWh")
	add("energy", 3.6e12, "GWh")
	add("energy", 3.6e15, "TWh")
	add("energy", 4184, "kcal")
	add("pressure", 1e9, "GPa")
	add("pressure", 1e6, "MPa")
	add("energy", 1e15, "petajoule")
	add("energy", 1e18, "exajoule")
	add("energy", 1e21, "zettajoule")
	add("emissions", 1, "g/km")
	add("emissions", 1000, "kg/km")
	add("pressure", 1e5, "bar")
	add("pressure", 100, "mbar")
	add("pressure", 100, "hPa")
	add("pressure", 1000, "kPa")
	add("pressure", 1, "Pa")
	add("frequency", 1, "Hz")
	add("frequency", 1e3, "kHz")
	add("frequency", 1e6, "MHz")
	add("frequency", 1e9, "GHz")
	add("pressure", 6894.757293168361, "psi")
	add("power", 1e-3, "mW")
	add("power", 1, "W")
	add("power", 1e3, "kW")
	add("power", 1e6, "MW")
	add("power", 1e9, "GW")
	add("power", 1e12, "TW")
	add("power", 745.69987158227022, "hp")
	add("voltage", 1, "V")
	add("voltage", 1e3, "kV")
	add("time", 1e-12, "picosecond")
	add("time", 1e-9, "nanosecond")
	add("time", 1e-6, "microsecond")
	add("time", 1e-3, "millisecond")
	add("time", 1, "second")
	add("time", 60, "minute")
	add("time", 3600, "hour")
	add("time", day, "day")
	add("time", 88775.244, "sol") // a Martian day
	add("time", 7*day, "week")
	add("time", 14*day, "fortnight")
	add("time", year/12, "month")
	add("time", year, "year")
	add("time", 10*year, "decade")
	add("time", 100*year, "century")
	add("data", 1e3, "KB")
	add("data", 1e6, "MB")
	add("data", 1e9, "GB")
	add("data", 1e12, "TB")
	add("bitrate", 1e6, "Mbps")
	add("bitrate", 1e9, "Gbps")
	m["°C"] = conversion{dim: "temperature", factor: 1, offset: 273.15}
	m["°F"] = conversion{dim: "temperature", factor: 5.0 / 9, offset: 273.15 - 32*5.0/9}
	return m
}()

// shares convert a fraction ("half", "one in five", "3/4") and a
// percentage into one another: "half" rewritten "50%" is one share.
var shares = map[string]conversion{
	"fraction": {dim: "share", factor: 1},
	"percent":  {dim: "share", factor: 0.01},
}

// conversionOf returns the conversion of a measure's unit, or of a
// share's.
func conversionOf(f *facts.Figure) (conversion, bool) {
	if f.Category == facts.Percent {
		c, ok := shares[f.Unit]
		return c, ok
	}
	if f.Category != facts.Measure {
		return conversion{}, false
	}
	c, ok := conversions[f.Unit]
	return c, ok
}

// convertible reports whether two figures are measures of one dimension in
// different units, and returns their conversions.
func convertible(a, b *facts.Figure) (conversion, conversion, bool) {
	if a.Unit == b.Unit {
		return conversion{}, conversion{}, false
	}
	ca, ok := conversionOf(a)
	if !ok {
		return conversion{}, conversion{}, false
	}
	cb, ok := conversionOf(b)
	if !ok || ca.dim != cb.dim {
		return conversion{}, conversion{}, false
	}
	return ca, cb, true
}

// base returns v, in the unit of c, in its dimension's base unit.
func (c conversion) base(v float64) float64 { return v*c.factor + c.offset }

// from returns the base value x in the unit of c.
func (c conversion) from(x float64) float64 { return (x - c.offset) / c.factor }

// sameDifference reports whether a in unit ca and b in unit cb are one
// difference of temperatures, which converts without the scales' offset:
// "a margin of 0.09°C (0.16°F)".
func sameDifference(a float64, ca conversion, b float64, cb conversion, textB string) bool {
	return ca.dim == "temperature" && closeTo(roundTo(a*ca.factor/cb.factor, decimalsOf(textB)), b)
}

// conversionTolerance is how far apart, relative to the larger, two
// measures in different units may always be and still be one quantity:
// the rounding of a precise conversion ("10 km" is 6.21 miles, written "6.2
// miles"). Coarser ones must also round to each other (sameConverted).
const conversionTolerance = 0.005

// sameConverted reports whether a in unit ca and b in unit cb are one
// quantity. Temperatures, whose zero is arbitrary, are the same when the
// conversion of one, rounded as the other is written, gives the other
// ("40C" and "104F", "4C" and "39F"); other measures when they differ by
// no more than conversionTolerance ("4,100 kg" and "4.1 tonnes", "48
// hours" and "2 days"), or when one, converted and rounded to the other's
// significant digits, gives the other ("3 miles" and "4.8 km").
func sameConverted(a float64, ca conversion, textA string, b float64, cb conversion, textB string) bool {
	if ca.dim == "share" {
		// "a third" is 33%, "two-thirds" 67%; "half" is not 48%.
		x, y := ca.base(a), cb.base(b)
		return math.Abs(x-y) <= shareTolerance*math.Max(math.Abs(x), math.Abs(y))
	}
	if ca.dim == "temperature" {
		ab := cb.from(ca.base(a)) // a in b's unit
		ba := ca.from(cb.base(b))
		if larger := math.Max(math.Abs(a), math.Abs(b)); larger >= 1000 && math.Abs(ab-b) <= conversionTolerance*larger {
			// "150 million °C (270 million °F)": the offset is lost in
			// the rounding.
			return true
		}
		return closeTo(roundTo(ab, decimalsOf(textB)), b) || closeTo(roundTo(ba, decimalsOf(textA)), a)
	}
	x, y := ca.base(a), cb.base(b)
	gap := math.Abs(x - y)
	larger := math.Max(math.Abs(x), math.Abs(y))
	if gap <= conversionTolerance*larger {
		return true
	}
	// A conversion written as precisely as its source: "3 miles (4.8 km)",
	// "5 miles" and "8 km". The one written with fewer significant digits,
	// converted and rounded to them, gives the other; within
	// roundingTolerance, so that "20 km" (one significant digit) does not
	// swallow "15 miles" (24 km).
	if gap > roundingTolerance*larger {
		return false
	}
	ab := cb.from(ca.base(a)) // a in b's unit
	ba := ca.from(cb.base(b)) // b in a's unit
	return closeTo(significant(ab, sigDigitsOf(textB)), b) || closeTo(significant(ba, sigDigitsOf(textA)), a)
}

// shareTolerance is how far apart, relative to the larger, a fraction
// and a percentage may be and be one share: a third written as a whole
// percentage (33%) is 1% off.
const shareTolerance = 0.015

// roundingTolerance bounds how far apart two measures that round to each
// other may be: the rounding of a one- or two-digit conversion ("3 miles"
// is 4.83 km, written "4.8 km"; "5 miles", 8.05 km, written "8 km").
const roundingTolerance = 0.05

// sigDigitsOf returns how many significant digits the first number of a
// figure's text is written with, trailing zeros of a whole number not
// counted: 1 for "3 miles" and "20 km", 2 for "4.8 km" and "4,100 kg".
func sigDigitsOf(text string) int {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return 1
	}
	var digits []byte
	decimal := false
	for ; i < len(text); i++ {
		c := text[i]
		switch {
		case isDigit(c):
			digits = append(digits, c)
		case c == ',' && i+1 < len(text) && isDigit(text[i+1]):
		case c == '.' && !decimal && i+1 < len(text) && isDigit(text[i+1]):
			decimal = true
			digits = append(digits, '.')
		default:
			i = len(text)
		}
	}
	s := strings.TrimLeft(string(digits), "0.")
	if !decimal {
		s = strings.TrimRight(s, "0")
	}
	n := len(strings.ReplaceAll(s, ".", ""))
	return max(n, 1)
}

// roundTo rounds x to d decimals.
func roundTo(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(x*p) / p
}

// decimalsOf returns how many decimals the first number of a figure's text
// is written with: 0 for "40C", 1 for "-2.5C".
func decimalsOf(text string) int {
	i := strings.IndexAny(text, "0123456789")
	if i < 0 {
		return 0
	}
	for i < len(text) && (isDigit(text[i]) || text[i] == ',') {
		i++
	}
	if i+1 >= len(text) || text[i] != '.' || !isDigit(text[i+1]) {
		return 0
	}
	d := 0
	for i++; i < len(text) && isDigit(text[i]); i++ {
		d++
	}
	return d
}

// commonRanges returns the values and high ends (the value again when a
// figure is no range) of two figures in a common unit: the base unit of
// their dimension when they are measures in convertible units, percentage
// points for basis points, else as given.
func commonRanges(a, b *facts.Figure) (loA, hiA, loB, hiB float64) {
	loA, hiA = rangeOf(a)
	loB, hiB = rangeOf(b)
	if ca, cb, ok := convertible(a, b); ok {
		return ca.base(loA), ca.base(hiA), cb.base(loB), cb.base(hiB)
	}
	ka, kb := unitScale(a.Unit), unitScale(b.Unit)
	return loA * ka, hiA * ka, loB * kb, hiB * kb
}

// rangeOf returns a figure's value and high end, the value again when it
// is no range.
func rangeOf(f *facts.Figure) (lo, hi float64) {
	if f.High != nil {
		return f.Value, *f.High
	}
	return f.Value, f.Value
}

// valueKeyOf returns the key under which hasValue finds a figure: a
// convertible measure by its dimension and its value in the base unit, to
// four significant digits ("4,100 kg" and "4.1 tonnes" meet), other figures
// by class and value.
func valueKeyOf(f *facts.Figure) valueKey {
	if c, ok := conversionOf(f); ok {
		return valueKey{cls: f.Category, dim: c.dim, value: significant(c.base(f.Value), 4)}
	}
	return valueKey{cls: class(f.Category), value: f.Value * unitScale(f.Unit)}
}

// significant rounds x to n significant digits.
func significant(x float64, n int) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	e := math.Floor(math.Log10(math.Abs(x)))
	p := math.Pow(10, float64(n-1)-e)
	if math.IsInf(p, 0) || p == 0 {
		return x
	}
	return math.Round(x*p) / p
}
