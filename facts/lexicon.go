package facts

import "strings"

// The word tables of the grammar, all lowercase, all read-only. Keeping them
// in one place is what lets the grammar stay small.

// smallNumbers are the number words below a hundred that stand alone.
var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "mln": 1e6, "mio": 1e6, "tn": 1e12, "trn": 1e12, "bln": 1e9,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
	// German copy: "612 Millionen Euro", "1,2 Mrd. Euro".
	"millionen": 1e6, "milliarden": 1e9, "mrd": 1e9, "milliarde": 1e9,
}

// gluedScales are scale abbreviations valid only glued to digits ("1.5m",
// "$2b", "£300k").
var gluedScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9, "bn": 1e9, "tn": 1e12, "mn": 1e6, "mln": 1e6, "trn": 1e12,
	"tr": 1e12} // "Rs8.7tr"

// vagueWords are plural magnitudes, read as ranges by the SPEC convention.
var vagueWords = map[string][2]float64{
	"dozens": {12, 120}, "scores": {20, 200}, "hundreds": {100, 1000},
	"thousands": {1e3, 1e4}, "millions": {1e6, 1e7}, "billions": {1e9, 1e10},
	"trillions": {1e12, 1e13},
}

// ordinalWords are the spelled ordinals.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
	"thousandth": 1000, "millionth": 1e6,
}

// fractionWords are the denominators; plural forms follow a numerator.
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
	"hundredth": 100, "hundredths": 100,
}

// qualifiers are the hedges that can open a figure, longest first per first
// word; the value is the normalised qualifier.
var qualifiers = phraseTable(map[string]string{
	"at least": "at least", "at most": "at most", "more than": "more than", "over": "over",
	"nearly": "nearly", "almost": "almost", "about": "about", "around": "around",
	"some": "some", "up to": "up to", "fewer than": "fewer than", "less than": "less than",
	"an estimated": "estimated", "estimated": "estimated", "roughly": "roughly",
	"approximately": "approximately", "approx .": "approximately", "approx": "approximately",
	"as many as": "as many as", "as much as": "as much as", "as few as": "as few as",
	"as little as": "as little as", "as high as": "as high as", "as low as": "as low as",
	"as far as": "as far as", "as long as": "as long as",
	"just over": "just over", "just under": "just under", "just below": "just below",
	"just above": "just above", "a little under": "a little under", "a little less than": "a little less than",
	"a little below": "a little below", "slightly under": "slightly under", "slightly below": "slightly below",
	"slightly above": "slightly above", "under": "under", "close to": "close to",
	"upwards of": "upwards of", "in excess of": "in excess of", "no fewer than": "no fewer than",
	"no more than": "no more than", "not more than": "not more than", "no less than": "no less than",
	"not less than": "not less than", "no higher than": "no higher than", "no lower than": "no lower than",
	"no greater than": "no greater than", "well over": "well over", "well above": "well above",
	"well below": "well below", "a little over": "a little over", "a little more than": "a little more than",
	"slightly more than": "slightly more than", "slightly less than": "slightly less than",
	"slightly over": "slightly over", "more or less": "more or less", "at or above": "at or above",
	"at or below": "at or below", "exactly": "exactly",
	"precisely": "precisely", "an approximate": "approximate", "approximate": "approximate",
	"a maximum of": "a maximum of", "a minimum of": "a minimum of",
	"the best part of": "the best part of", "almost exactly": "almost exactly",
	"close on":       "close on",
	"getting on for": "getting on for", "north of": "north of", "south of": "south of",
	"in the region of": "in the region of", "somewhere between": "somewhere between",
	"give or take": "give or take", "barely": "barely", "a mere": "a mere",
	"c .": "circa", "ca .": "circa", "circa": "circa",
	"above": "above", "below": "below", "plus or minus": "plus or minus", "±": "plus or minus",
	"perhaps": "perhaps", "possibly": "possibly", "maybe": "maybe",
	"younger than": "under", "older than": "over",
	// "the kerb was lower than 100mm" bounds the figure as "below 100mm"
	// does.
	"greater than": "greater than", "higher than": "higher than", "lower than": "lower than",
	// German copy: "rund 4.000", "knapp 44 Prozent", "mehr als 900".
	"rund": "about", "etwa": "about", "knapp": "just under", "mehr als": "more than", "mindestens": "at least",
	"bis zu": "up to", "weniger als": "less than",
})

// months maps month names and abbreviations to their numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// unit is a measure or count unit.
type unit struct {
	name string
	cat  Category
}

// measureUnits maps written unit phrases (tokens separated by spaces) to
// their normalised names.
var measureUnits = func() map[string][]phrase {
	m := map[string]string{}
	add := func(name string, forms ...string) {
		for _, f := range forms {
			m[f] = name
		}
	}
	add("km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kilo metres")
	add("m", "metre", "metres", "meter", "meters", "mtrs")
	add("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters", "cms")
	add("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
	add("mile", "mile", "miles", "mi")
	add("nautical mile", "nautical mile", "nautical miles")
	add("ft", "ft", "feet", "foot")
	add("inch", "inch", "inches")
	add("yard", "yard", "yards", "yd", "yds")
	add("light year", "light year", "light years", "light - year", "light - years", "lightyears")
	add("AU", "au", "astronomical unit", "astronomical units")
	add("parsec", "parsec", "parsecs")
	add("sq km", "sq km", "sq . km", "square kilometre", "square kilometres", "square kilometer",
		"square kilometers", "km2", "km ²", "square km", "sqkm", "square - kilometre", "square - kilometres", "square - kilometer",
		"square - kilometers")
	add("sq mile", "square mile", "square miles", "square - mile", "square - miles", "sq mile", "sq miles", "sq mi", "sq . miles")
	add("sq nautical mile", "square nautical mile", "square nautical miles", "sq nautical miles")
	add("sq m", "square metre", "square metres", "square meter", "square meters", "sq m", "sq metres", "sq metre", "sq meters", "sq meter", "m2", "m ²", "sqm",
		"square - metre", "square - metres", "square - meter", "square - meters")
	add("sq ft", "square foot", "square feet", "square - foot", "square - feet", "sq ft", "sq feet", "sq foot", "sq . ft", "sq . ft .", "sqft")
	add("sq yd", "square yard", "square yards", "square - yard", "square - yards", "sq yd", "sq yds", "sq yard", "sq yards")
	add("acre", "acre", "acres")
	add("acre-foot", "acre - foot", "acre - feet", "acre foot", "acre feet") // water, 1,233.5 cubic metres
	add("hectare", "hectare", "hectares", "ha")
	add("rai", "rai") // Thailand's land measure, 1,600 square metres
	add("kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos")
	add("g", "g", "gram", "grams", "gramme", "grammes")
	add("mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes")
	add("µg", "µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes")
	// A lab's counts: bacteria in food, radon in a home's air.
	add("CFU/g", "cfu / g", "cfu per gram", "colony forming units per gram", "colony-forming units per gram")
	add("Bq/m³", "bq / m3", "bq / m ³", "becquerels per cubic metre", "becquerels per cubic meter")
	add("µg/m³", "micrograms per cubic metre", "micrograms per cubic meter", "µg / m3", "μg / m3", "µg / m³", "μg / m³",
		"µg / m ³", "μg / m ³")
	add("mg/m³", "milligrams per cubic metre", "milligrams per cubic meter", "mg / m3", "mg / m³", "mg / m ³")
	add("µg/g", "micrograms per gram", "microgram per gram", "µg / g", "μg / g")
	add("mg/g", "milligrams per gram", "milligram per gram", "mg / g")
	add("µg/kg", "micrograms per kilogram", "microgram per kilogram", "µg / kg", "μg / kg")
	add("mg/l", "milligrams per litre", "milligrams per liter", "mg / l")
	// Salt in seawater or brine, "44 grams per litre" or per kilogram;
	// a dose by body weight, "5 mg/kg".
	add("g/l", "grams per litre", "grams per liter", "gram per litre", "gram per liter", "g / l")
	add("g/kg", "grams per kilogram", "gram per kilogram", "g / kg", "grams per kg")
	add("mg/kg", "milligrams per kilogram", "milligram per kilogram", "mg / kg", "milligrams per kg")
	// A density: "2.7 grams per cubic centimetre".
	add("g/cm³", "g / cm3", "g / cm ³", "g / cc", "grams per cubic centimetre", "grams per cubic centimeter",
		"gram per cubic centimetre", "gram per cubic centimeter")
	// An ore's grade: "14.6 g/t gold", "2.01 grams per tonne".
	add("g/t", "g / t", "gpt", "grams per tonne", "gram per tonne", "grams a tonne", "grams per ton", "g / tonne")
	add("oz/t", "oz / t", "opt", "ounces per ton", "ounce per ton", "ounces per tonne")
	add("g/dL", "g / dl", "grams per decilitre", "grams per deciliter")
	add("mg/dL", "mg / dl", "milligrams per decilitre", "milligrams per deciliter")
	add("µg/dL", "µg / dl", "μg / dl", "mcg / dl", "micrograms per decilitre", "micrograms per deciliter")
	add("mmol/L", "mmol / l", "millimoles per litre", "millimoles per liter")
	add("ng/mL", "ng / ml", "nanograms per millilitre", "nanograms per milliliter")
	add("µg/mL", "µg / ml", "μg / ml", "ug / ml", "mcg / ml", "micrograms per millilitre", "micrograms per milliliter")
	add("mg/mL", "mg / ml", "milligrams per millilitre", "milligrams per milliliter")
	add("µg/l", "micrograms per litre", "micrograms per liter", "µg / l", "μg / l", "mcg / l")
	add("tonne", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonne", "metric tonnes", "mt")
	add("quintal", "quintal", "quintals", "qtl", "qtls") // 100 kg, as Indian mandis weigh crops
	add("lb", "lb", "lbs", "pound", "pounds")
	add("oz", "ounce", "ounces", "oz", "troy ounce", "troy ounces")
	// A miner's thousands and millions of ounces and pounds: "593koz",
	// "1.2Moz" of gold, "2.4Mlb" of uranium oxide.
	add("koz", "koz")
	add("Moz", "moz")
	add("Mlb", "mlb", "mlbs")
	add("litre", "litre", "litres", "liter", "liters", "ltr")
	add("ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters")
	add("gallon", "gallon", "gallons", "gal")
	add("quart", "quart", "quarts")
	add("kilolitre", "kilolitre", "kilolitres", "kiloliter", "kiloliters", "kl")
	// A water authority's volumes: "430 megalitres", "about 1.4
	// gigalitres".
	add("megalitre", "megalitre", "megalitres", "megaliter", "megaliters")
	// A water company's flows: "18 megalitres a day", "35 Ml/d".
	add("megalitre/day", "megalitres a day", "megalitres per day", "megalitre a day", "megaliters a day",
		"megaliters per day", "ml / d", "mld")
	add("gigalitre", "gigalitre", "gigalitres", "gigaliter", "gigaliters")
	add("hectolitre", "hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl")
	add("barrel", "barrel", "barrels", "bbl", "bbls")
	add("barrel/day", "bpd", "b / d", "bbl / d", "barrels per day", "barrels a day", "barrels of oil per day",
		"barrels of oil a day", "barrel per day", "barrels daily", "barrels - per - day", "barrel - per - day",
		"barrels - a - day", "barrel - a - day")
	add("mb/d", "mb / d", "mbpd", "mmb / d", "mmbpd") // million barrels a day, as oil desks write it
	add("Bcf/d", "bcf / d", "bcfd")                   // billion cubic feet of gas a day
	add("Bcf", "bcf")
	add("cubic metre", "cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m ³", "cu m")
	add("cubic hectometre", "cubic hectometre", "cubic hectometres", "cubic hectometer", "cubic hectometers", "hm3", "hm ³")
	add("cubic km", "cubic km", "cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers", "km3", "km ³", "cu km")
	add("cubic foot", "cubic foot", "cubic feet", "cu ft")
	add("cubic yard", "cubic yard", "cubic yards", "cu yd", "cu yds")
	add("cubic inch", "cubic inch", "cubic inches", "cu in")
	// A chilli's heat: "2.64 million Scoville heat units".
	add("SHU", "scoville heat units", "scoville heat unit", "scoville units", "shu")
	add("bcm", "bcm")
	add("nm", "nanometre", "nanometres", "nanometer", "nanometers", "nm")
	add("µm", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns", "µm")
	add("sigma", "sigma")
	add("TEU", "teu", "teus", "twenty-foot equivalent units")
	add("FEU", "feu", "feus")
	add("mmHg", "mmhg", "millimetres of mercury", "millimeters of mercury")
	add("km/h", "km / h", "kmh", "kph", "kmph", "km / hr", "kilometres per hour", "kilometers per hour",
		"kilometres an hour", "kilometers an hour", "km an hour", "km per hour")
	add("mph", "mph", "miles per hour", "miles an hour", "mi / h")
	// A car's efficiency: the distance a unit of energy or fuel takes it.
	add("mi/kWh", "miles per kwh", "mile per kwh", "mi / kwh", "miles / kwh")
	add("km/kWh", "km per kwh", "kilometres per kwh", "kilometers per kwh", "km / kwh")
	add("mpg", "mpg", "miles per gallon", "miles to the gallon")
	add("km/l", "km / l", "kmpl", "km per litre", "kilometres per litre", "km per liter", "kilometers per liter")
	add("knot", "knot", "knots", "kt", "kts")
	add("m/s", "m / s", "metres per second", "meters per second")
	// A racing pigeon's velocity: "1,588.2 m/min", "1,712 ypm".
	add("m/min", "m / min", "metres per minute", "meters per minute", "mpm")
	add("yd/min", "yd / min", "yards per minute", "ypm")
	// A heart's or a lung's rate: "148 beats per minute", "72 bpm".
	add("bpm", "bpm", "beats per minute", "beats a minute", "beats each minute")
	add("breaths/min", "breaths per minute", "breaths a minute")
	// A typist's speed: "87 words per minute", "90 wpm".
	add("wpm", "wpm", "words per minute", "words a minute")
	add("g/km", "g / km", "grams per km", "grams per kilometre", "grams per kilometer")
	add("kg/km", "kg / km")
	// A review's rating, a processor's speed: "4.5 stars", "16.7
	// teraflops".
	add("stars", "stars")
	add("TFLOPS", "teraflops", "tflops")
	add("PFLOPS", "petaflops", "pflops")
	// A blockchain's hash rate: "about 812 EH/s".
	add("EH/s", "eh / s", "exahashes per second", "exahash per second")
	add("PH/s", "ph / s", "petahashes per second")
	add("TH/s", "th / s", "terahashes per second")
	add("km/s", "km / s", "kilometres per second", "kilometers per second", "km per second")
	add("mile/s", "miles per second", "mile per second")
	add("length", "length", "lengths")
	add("cubic metre/s", "cubic metres per second", "cubic meters per second", "cumecs", "m3 / s")
	add("cubic foot/s", "cubic feet per second", "cfs")
	add("AU", "astronomical unit", "astronomical units")
	add("parsec", "parsec", "parsecs")
	add("kilotonne", "kiloton", "kilotons", "kilotonne", "kilotonnes")
	add("megatonne", "megaton", "megatons", "megatonne", "megatonnes")
	add("gigatonne", "gigaton", "gigatons", "gigatonne", "gigatonnes", "gt")
	add("zettajoule", "zettajoule", "zettajoules", "zj")
	add("exajoule", "exajoule", "exajoules", "ej")
	add("petajoule", "petajoule", "petajoules", "pj")
	// Greenhouse gas in tonnes of CO2 or its equivalent, the gas glued
	// to the unit: "57.1 GtCO2e", "41.3 MtCO2e", "3.2 tCO2e". Spaced,
	// "12 Mt CO2" is megatonnes of the gas named after them.
	add("GtCO2e", "gtco2e", "gtco2eq", "gtco2")
	add("MtCO2e", "mtco2e", "mtco2eq", "mtco2")
	add("ktCO2e", "ktco2e", "ktco2")
	add("tCO2e", "tco2e", "tco2")
	add("degree heating week", "degree heating week", "degree heating weeks", "dhw")
	add("bushel", "bushel", "bushels", "bu")
	add("stone", "stone")
	add("pint", "pint", "pints")
	add("°C", "° c", "°c", "degrees celsius", "degree celsius", "degrees centigrade", "celsius",
		"° celsius", "degrees c", "deg c", "\u2103")
	add("°F", "° f", "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "° fahrenheit",
		"degrees f", "deg f", "\u2109")
	add("degree", "degrees", "degree", "°")
	add("kWh", "kwh", "kilowatt hour", "kilowatt hours", "kilowatt - hour", "kilowatt - hours")
	add("MWh", "mwh", "megawatt hour", "megawatt hours", "megawatt - hour", "megawatt - hours")
	add("GWh", "gwh", "gigawatt hour", "gigawatt hours", "gigawatt - hours")
	add("TWh", "twh", "terawatt hour", "terawatt hours", "terawatt - hours")
	add("J", "joule", "joules")
	add("lumen", "lumen", "lumens")
	add("kV", "kv", "kilovolt", "kilovolts")
	add("V", "volt", "volts")
	add("kJ", "kj", "kilojoule", "kilojoules")
	add("MJ", "mj", "megajoule", "megajoules")
	add("GJ", "gj", "gigajoule", "gigajoules")
	add("W", "w", "watt", "watts")
	add("mW", "milliwatt", "milliwatts")
	// A flux of energy, the forcing of climate science.
	add("W/m²", "watts per square metre", "watts per square meter", "watt per square metre", "watt per square meter",
		"w / m2", "w / m ²", "w / m²")
	add("Hz", "hz", "hertz")
	add("kHz", "khz", "kilohertz")
	add("MHz", "mhz", "megahertz")
	add("GHz", "ghz", "gigahertz")
	add("megapixel", "megapixel", "megapixels")
	// A screen's brightness and sharpness, a video's frame rate, a
	// battery's charge.
	add("nits", "nit", "nits")
	// A magnetometer's reading of a geomagnetic storm: "380 nT" (the
	// abbreviation in its own case, see unitAt).
	add("nT", "nanotesla", "nanoteslas")
	// An energy desk's rates: "126 mtpa" of LNG, "120 MIGD" of
	// desalinated water; a dinar's "fils".
	add("mtpa", "mtpa", "million tonnes per annum", "million tonnes a year")
	add("grains/m³", "grains per m ³", "grains per m3", "grains per cubic metre", "grains per cubic meter")
	add("MIGD", "migd", "million imperial gallons per day", "million imperial gallons a day")
	add("fils", "fils")
	add("mAh", "mah", "milliamp hours", "milliamp-hours", "milliampere hours")
	add("Wh", "wh", "watt hour", "watt hours", "watt-hours")
	add("ppi", "ppi")
	add("fps", "fps", "frames per second", "frame per second", "frames a second")
	add("kW", "kw", "kilowatt", "kilowatts")
	add("MW", "mw", "megawatt", "megawatts")
	add("GW", "gw", "gigawatt", "gigawatts")
	add("TW", "tw", "terawatt", "terawatts")
	// A generator's or a transformer's apparent power: "a 30 kVA set".
	add("kVA", "kva", "kilovolt-amperes", "kilovolt amperes")
	add("MVA", "mva", "megavolt-amperes", "megavolt amperes")
	add("eV", "ev", "electronvolt", "electronvolts", "electron volts")
	add("MeV", "mev", "megaelectronvolt", "megaelectronvolts")
	// A physics desk's units: "280 EeV" cosmic rays, "4.2 kelvin" coils,
	// "14 tesla" magnets, "2.1 GPa" of pressure, "350 square degrees"
	// of sky, "2.4 microbecquerels per kilogram" of radon.
	add("PeV", "pev", "petaelectronvolt", "petaelectronvolts")
	add("EeV", "eev", "exaelectronvolt", "exaelectronvolts")
	add("kelvin", "kelvin", "kelvins")
	add("lux", "lux")
	add("arcsecond", "arcsecond", "arcseconds", "arcsec", "arc seconds", "arc second")
	add("arcminute", "arcminute", "arcminutes", "arcmin", "arc minutes", "arc minute")
	add("tesla", "tesla", "teslas")
	add("GPa", "gpa", "gigapascal", "gigapascals")
	add("MPa", "mpa", "megapascal", "megapascals")
	add("square degree", "square degree", "square degrees", "sq deg")
	add("µBq/kg", "microbecquerels per kilogram", "microbecquerel per kilogram", "µbq / kg")
	add("Bq", "becquerel", "becquerels")
	// A radiation dose: "4 millisieverts", "20 mSv a year".
	add("mSv", "millisievert", "millisieverts", "msv")
	add("µSv", "microsievert", "microsieverts", "µsv", "μsv")
	add("Sv", "sievert", "sieverts")
	add("GeV", "gev", "gigaelectronvolt", "gigaelectronvolts")
	add("TeV", "tev", "teraelectronvolt", "teraelectronvolts")
	add("kcal", "kcal", "calorie", "calories", "kilocalorie", "kilocalories")
	add("hp", "hp", "horsepower", "bhp")
	add("Earth mass", "earth mass", "earth masses", "earth-mass")
	add("Jupiter mass", "jupiter mass", "jupiter masses")
	add("solar mass", "solar mass", "solar masses")
	add("kN", "kn", "kilonewton", "kilonewtons")
	add("bar", "bar")
	add("mbar", "mbar", "millibar", "millibars")
	add("hPa", "hpa", "hectopascal", "hectopascals")
	add("kPa", "kpa", "kilopascal", "kilopascals")
	add("Pa", "pascal", "pascals", "pa") // "pa" glued only: "12,000Pa" of suction
	// A drive's endurance in terabytes written: "1,200TBW".
	add("TBW", "tbw")
	add("psi", "psi")
	add("MN", "meganewton", "meganewtons")
	add("year", "year", "years", "yr", "yrs")
	add("month", "month", "months", "mth", "mths")
	add("week", "week", "weeks", "wk", "wks")
	add("fortnight", "fortnight", "fortnights")
	add("day", "day", "days")
	// Days a business counts, which leave weekends out: "within 10
	// working days" is no "10 days".
	add("working day", "working day", "working days", "business day", "business days")
	add("sol", "sol", "sols")
	add("hour", "hour", "hours", "hr", "hrs", "h")
	add("minute", "minute", "minutes", "min", "mins")
	add("second", "second", "seconds", "sec", "secs")
	add("millisecond", "millisecond", "milliseconds", "ms")
	add("microsecond", "microsecond", "microseconds", "µs")
	add("nanosecond", "nanosecond", "nanoseconds", "ns")
	add("picosecond", "picosecond", "picoseconds", "ps")
	add("decade", "decade", "decades")
	add("century", "century", "centuries")
	add("GB", "gb", "gigabyte", "gigabytes")
	add("MB", "mb", "megabyte", "megabytes")
	add("TB", "tb", "terabyte", "terabytes")
	add("KB", "kb", "kilobyte", "kilobytes")
	add("PB", "petabyte", "petabytes") // "PB" itself: see unitAt
	add("megabit", "megabit", "megabits")
	add("gigabit", "gigabit", "gigabits")
	add("terabit", "terabit", "terabits")
	add("Mbps", "mbps", "megabits per second")
	add("Gbps", "gbps", "gigabits per second")
	add("Tbps", "tbps", "terabits per second")
	add("kbps", "kbps", "kilobits per second")
	add("Mpps", "mpps")
	add("ppm", "ppm", "parts per million")
	add("ppb", "ppb", "parts per billion")
	add("ppt", "parts per trillion")
	add("dB", "db", "decibel", "decibels")
	add("carat", "carat", "carats")
	add("magnitude", "magnitude")
	add("points", "points", "point", "pts")
	add("pips", "pips", "pip")
	return phraseTable(m)
}()

// gluedOnlyUnits are the short unit abbreviations that count only when
// glued to the digits ("5h", "12mb"), marked true; the others may follow a
// number after a space ("45 gb", "30 °").
var gluedOnlyUnits = map[string]bool{"h": true, "s": true, "mi": true, "ha": true, "nm": true, "kt": true,
	"gal": true, "°": false, "mt": true, "hr": true, "sec": true, "g": true, "db": true, "mb": true,
	"gb": false, "ms": true, "ns": true, "ps": true, "kl": true, "hl": true, "yr": true, "wk": true, "yd": true, "oz": true,
	"mlb": true, "mlbs": true, // "12 MLB teams" are baseball's
	"pa": true} // "12,000Pa"; "12 PA announcements"

// singleMeasures are the units "a" counts one of ("within a mile", "a
// tonne of rice"); time units are not among them: "a year" and "a week"
// pass in most sentences without being a figure.
var singleMeasures = setOf("km", "m", "mile", "nautical mile", "ft", "yard", "inch", "acre", "hectare", "sq km",
	"sq mile", "kg", "tonne", "litre", "gallon", "barrel", "cubic metre", "kilotonne", "megatonne")

// measureUnitWord reports whether w is a unit written as a word ("miles",
// "barrels"): what a rate's "a" follows ("5 miles a day").
func measureUnitWord(w string) bool {
	_, ok := measureUnits[w]
	return ok
}

// spanParts are the time units a span is written in parts of ("five years
// and six months"), by their length in seconds, whole months as 1/12 of a
// year.
var spanParts = map[string]float64{"year": 12 * 2629800, "month": 2629800, "week": 604800, "day": 86400,
	"hour": 3600, "minute": 60, "second": 1}

// timeUnits are the measure units that are time spans.
var timeUnits = map[string]bool{"year": true, "month": true, "week": true, "fortnight": true, "day": true, "working day": true, "hour": true,
	"minute": true, "second": true, "millisecond": true, "microsecond": true, "nanosecond": true, "picosecond": true,
	"decade": true, "century": true}

// currencySymbols maps currency signs to ISO codes.
var currencySymbols = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
	"₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₴": "UAH",
	"₵": "GHS", "₸": "KZT", "元": "CNY", "₿": "BTC",
}

// dollarPrefixes maps the letters glued before '$' to ISO codes.
var dollarPrefixes = map[string]string{
	"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD",
	"nz": "NZD", "s": "SGD", "sg": "SGD", "r": "BRL", "nt": "TWD", "mex": "MXN", "z": "ZWL",
	"j": "JMD", "tt": "TTD", "ec": "XCD", "bds": "BBD", "fj": "FJD",
}

// currencyPrefixWords are written abbreviations that stand before an amount.
var currencyPrefixWords = map[string]string{
	"rs": "INR", "rp": "IDR", "sfr": "CHF", "dh": "AED", "dhs": "AED", "rm": "MYR", "kes": "KES",
	"sr": "SAR", "qr": "QAR", "kd": "KWD", "ro": "OMR", "bd": "BHD", "le": "EGP", "jd": "JOD", "tl": "TRY",
	"ksh": "KES", "sh": "KES", "ush": "UGX", "tsh": "TZS", "r": "ZAR", "tk": "BDT", "zl": "PLN", "zł": "PLN", "kr": "SEK", "kn": "HRK", "lei": "RON",
	// "P2.3 billion" (the Philippine peso), "K5 million" (the kina),
	// "N2.5bn" (the naira), "Sh250 million" (the shilling), and codes
	// glued to the sum: "VND35 billion", "USD1.2m".
	"p": "PHP", "k": "PGK", "n": "NGN", "usd": "USD", "eur": "EUR", "gbp": "GBP", "vnd": "VND", "php": "PHP",
	"thb": "THB", "idr": "IDR", "myr": "MYR", "inr": "INR", "pkr": "PKR", "bdt": "BDT", "lkr": "LKR",
	"npr": "NPR", "khr": "KHR", "mmk": "MMK", "pgk": "PGK", "ngn": "NGN", "cny": "CNY", "jpy": "JPY",
	"rbs": "RUB", // "Rbs 1.1tn", as Russian business desks write roubles
	"cfa": "XOF", // "CFA 182 billion": the West African franc, as Benin's and Senegal's desks write it
}

// isoCodes are currency codes written as words before or after an amount.
var isoCodes = setOf("usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "hkd",
	"nzd", "sgd", "brl", "mxn", "krw", "rub", "try", "zar", "sek", "nok", "dkk", "pln", "huf", "czk",
	"ils", "sar", "aed", "qar", "kwd", "egp", "ngn", "kes", "php", "thb", "idr", "myr", "vnd", "pkr",
	"bdt", "ars", "clp", "cop", "pen", "uah", "twd", "lkr", "ghs", "mad", "tnd", "omr", "bhd", "jod", "khr", "mmk", "pgk", "npr",
	"gel", "kzt", "byn", "mdl", "azn", "uzs", "bgn", "isk", "rsd", "tzs", "ugx", "etb", "xof", "xaf", "zmw", "mwk",
	"rwf", "dzd", "iqd", "lbp", "irr", "mnt", "kgs", "tjs",
	// Island, Andean and African codes a wire writes out: "MVR 1.2
	// billion", "SCR 450", "PYG 7,300".
	"mvr", "btn", "scr", "mur", "lak", "bnd", "fjd", "wst", "vuv", "sbd", "jmd", "ttd", "bbd", "bsd", "bzd",
	"htg", "dop", "gtq", "hnl", "nio", "crc", "pab", "pyg", "uyu", "bob", "ves", "aoa", "mzn", "nad", "szl",
	"lsl", "bif", "cdf", "sos", "sdg", "ssp", "lyd", "syp", "yer", "afn", "tmt", "mkd", "bam", "amd", "mga",
	"gmd", "gnf", "sll", "lrd", "cve", "kmf", "djf", "ern", "stn", "mop", "xpf")

// cryptoTickers are tokens' tickers written in capitals after an amount:
// "22,000 ETH", "3.125 BTC".
var cryptoTickers = setOf("btc", "eth", "sol", "xrp", "usdt", "usdc", "ada", "doge", "bnb", "ltc", "dot", "avax", "matic", "trx")

// currencyWords maps currency names written after an amount to ISO codes.
var currencyWords = phraseTable(map[string]string{
	"dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
	"american dollars": "USD", "australian dollars": "AUD", "canadian dollars": "CAD",
	"hong kong dollars": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
	"taiwan dollars": "TWD", "new taiwan dollars": "TWD", "taiwanese dollars": "TWD",
	"euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
	"sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
	"rupees": "INR", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
	"nepalese rupees": "NPR", "franc": "CHF", "francs": "CHF", "swiss francs": "CHF",
	"cfa francs": "XOF", "cfa franc": "XOF", "francs cfa": "XOF",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "belarusian roubles": "BYN", "belarusian rubles": "BYN", "peso": "MXN", "pesos": "MXN",
	"mexican pesos": "MXN", "argentine pesos": "ARS", "philippine pesos": "PHP",
	"colombian pesos": "COP", "chilean pesos": "CLP", "real": "BRL", "reais": "BRL", "reals": "BRL",
	"rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "liras": "TRY", "lire": "TRY",
	"riyal": "SAR", "riyals": "SAR", "qatari riyals": "QAR", "dirham": "AED", "dirhams": "AED",
	"naira": "NGN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND", "won": "KRW",
	"krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "danish kroner": "DKK",
	"króna": "ISK", "krónur": "ISK", "kronur": "ISK", "icelandic krónur": "ISK",
	// "150 kr", "612 million kr": the crown's abbreviation after the sum.
	"kr": "SEK",
	// The crown in English: "11.2 billion Danish crowns".
	"danish crowns": "DKK", "swedish crowns": "SEK", "norwegian crowns": "NOK", "czech crowns": "CZK",
	"icelandic crowns": "ISK", "danish crown": "DKK", "swedish crown": "SEK", "norwegian crown": "NOK",
	"zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF",
	"hryvnia": "UAH", "hryvnias": "UAH", "hryvnias.": "UAH", "shilling": "KES", "shillings": "KES",
	"cedi": "GHS", "cedis": "GHS", "taka": "BDT", "dinar": "KWD", "dinars": "KWD",
	"egyptian pounds": "EGP", "lebanese pounds": "LBP", "bitcoin": "BTC", "bitcoins": "BTC", "ether": "ETH",
	"koruna": "CZK", "korun": "CZK", "koruny": "CZK", "crowns": "CZK", "euro cents": "EUR", "lev": "BGN", "leva": "BGN", "leu": "RON", "lei": "RON", "tenge": "KZT", "manat": "AZN", "lari": "GEL", "som": "KGS", "kwacha": "ZMW", "birr": "ETB", "pula": "BWP",
	"riel": "KHR", "riels": "KHR", "kyat": "MMK", "kyats": "MMK", "kina": "PGK",
	"tolar": "SIT", "tolars": "SIT", "kuna": "HRK", "kunas": "HRK", "denar": "MKD", "denars": "MKD", "drams": "AMD",
	"afghani": "AFN", "afghanis": "AFN", "ariary": "MGA", "dalasi": "GMD", "leones": "SLE", "metical": "MZN", "meticais": "MZN",
	"ouguiya": "MRU", "guarani": "PYG", "guaranies": "PYG", "guaranis": "PYG", "bolivianos": "BOB", "colones": "CRC",
	"cordobas": "NIO", "córdobas": "NIO", "quetzal": "GTQ", "quetzales": "GTQ", "quetzals": "GTQ", "lempiras": "HNL",
	"gourdes": "HTG", "bolivars": "VES", "bolívares": "VES", "rial": "IRR", "rials": "IRR", "soles": "PEN",
	"somoni": "TJS", "tugrik": "MNT", "tugriks": "MNT", "ngultrum": "BTN", "rufiyaa": "MVR", "vatu": "VUV", "tala": "WST",
	// Guineas, the pedigree livestock ring's price unit: "16,000gns".
	"guineas": "GNS", "gns": "GNS",
	"pence": "GBP", "p": "GBP", "cents": "USD", "cent": "USD", "us cents": "USD", "u.s. cents": "USD", "australian cents": "AUD", "canadian cents": "CAD", "new zealand cents": "NZD", "singapore cents": "SGD", "hong kong cents": "HKD", "cents us": "USD", "cents u.s.": "USD",
})

// pesoCountries picks the peso by the country named in the sentence.
var countryCurrency = map[string]string{
	"philippine": "PHP", "philippines": "PHP", "manila": "PHP", "argentina": "ARS", "argentine": "ARS",
	"buenos": "ARS", "colombia": "COP", "colombian": "COP", "chile": "CLP", "chilean": "CLP",
	"mexico": "MXN", "mexican": "MXN", "china": "CNY", "chinese": "CNY", "beijing": "CNY",
	"shanghai": "CNY", "pakistan": "PKR", "pakistani": "PKR", "egypt": "EGP", "egyptian": "EGP",
	"qatar": "QAR", "qatari": "QAR", "denmark": "DKK", "danish": "DKK", "norway": "NOK",
	"norwegian": "NOK", "sweden": "SEK", "swedish": "SEK", "czech": "CZK", "uruguay": "UYU",
	"cuba": "CUP", "sri": "LKR", "nepal": "NPR", "lebanon": "LBP", "lebanese": "LBP",
	"kuwait": "KWD", "kuwaiti": "KWD", "bahrain": "BHD", "iraq": "IQD", "iraqi": "IQD",
	"jordan": "JOD", "jordanian": "JOD", "libya": "LYD", "tunisia": "TND", "algeria": "DZD",
	"serbia": "RSD", "uganda": "UGX", "tanzania": "TZS", "kenya": "KES", "kenyan": "KES",
	"somalia": "SOS", "korea": "KRW", "korean": "KRW", "seoul": "KRW",
}

// casualtyConcept maps casualty words to their concept.
var casualtyConcept = map[string]string{
	"killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "dead": "killed",
	"died": "killed", "die": "killed", "dies": "killed", "dying": "killed", "death": "killed",
	"deaths": "killed", "fatalities": "killed", "fatality": "killed", "perished": "killed",
	"slain": "killed", "bodies": "killed", "drowned": "killed", "massacred": "killed",
	"murdered": "killed", "executed": "killed", "lives": "killed", "toll": "killed",
	"wounded": "wounded", "wounding": "wounded", "wound": "wounded", "wounds": "wounded",
	"injured": "wounded", "injuring": "wounded", "injure": "wounded", "injures": "wounded",
	"injuries": "wounded", "hurt": "wounded", "hospitalised": "wounded", "hospitalized": "wounded",
	"missing": "missing", "unaccounted": "missing", "disappeared": "missing",
	"casualties": "casualties", "homicides": "killed", "killings": "killed", "murders": "killed",
}

// auxiliaries stand between a noun and its participle ("were killed").
var auxiliaries = setOf("was", "were", "is", "are", "be", "been", "being", "had", "has", "have",
	"will", "would", "could", "may", "might", "should", "must", "can", "remain", "remained",
	"remains", "still", "reportedly", "also", "later", "now", "all", "either", "both", "got",
	"get", "gets", "not", "already", "so", "far", "since", "then", "originally", "currently",
	"officially", "initially", "feared", "believed", "thought", "said", "reported", "confirmed",
	"to", "seriously", "critically", "badly", "lightly", "slightly", "fatally", "mortally")

// stopWords end a noun phrase and carry no meaning for keys.
var stopWords = setOf("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
	"and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "this",
	"these", "those", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
	"we", "us", "our", "you", "your", "i", "me", "my", "was", "were", "is", "are", "be", "been",
	"being", "had", "has", "have", "having", "will", "would", "could", "may", "might", "should",
	"must", "can", "do", "does", "did", "not", "no", "so", "if", "while", "when", "where", "after",
	"before", "since", "until", "into", "onto", "over", "under", "about", "around", "across",
	"between", "during", "against", "among", "per", "each", "every", "all", "some", "any", "more",
	"most", "less", "least", "than", "there", "here", "also", "only", "just", "up", "down", "out",
	"off", "then", "still", "yet", "said", "says", "say", "told", "according", "including", "such",
	"other", "another", "what", "how", "why", "whether", "both", "either", "neither", "about",
	"via", "through", "within", "without", "toward", "towards", "upon", "amid", "despite", "like",
	"near", "because", "though", "although", "once", "ago", "now", "very", "well", "last", "next",
	"early", "late", "earlier", "later", "again", "even", "around", "mr", "mrs", "ms", "dr", "'s",
	"s", "further", "additional", "extra", "least", "record", "total", "estimated", "nearly",
	"almost", "roughly", "approximately", "over", "annual", "daily", "weekly", "monthly", "yearly",
	"new", "many", "much", "several", "few", "same", "own", "whom", "whose", "whereas", "thus",
	"therefore", "however", "meanwhile", "already", "often", "never", "always", "sometimes")

// nounStop are words that cannot be the counted noun after a number.
var nounStop = setOf("times", "time", "percent", "per", "cent", "pct", "of", "or", "and", "to",
	"more", "less", "fewer", "times", "fold", "each", "apiece", "a", "an", "the", "in", "on",
	"at", "from", "by", "for", "with", "than", "were", "was", "are", "is", "had", "have", "has",
	"will", "would", "could", "who", "which", "that", "out", "up", "down", "remained", "remain",
	"said", "say", "says", "percentage", "since", "after", "before", "ago", "this", "last", "next",
	"as", "if", "into", "among", "including", "between", "but", "while", "when", "where", "over",
	"under", "during", "across", "within", "per", "i", "we", "they", "he", "she", "it", "you",
	"his", "her", "their", "its", "our", "your", "be", "been", "being", "so", "yet", "then",
	"also", "only", "just", "still", "both", "all", "some", "any", "no", "not", "do", "does", "did",
	"killed", "dead", "died", "wounded", "injured", "hurt", "missing", "km", "miles", "via", "aboard",
	"against", "towards", "toward", "people's", "according", "through", "about", "around",
	"like", "amid", "despite", "upon", "until", "till", "because", "though", "although", "nor",
	"whether", "whose", "there", "here", "now", "today", "yesterday", "tomorrow", "earlier",
	"later", "again", "even", "such", "what", "how", "why", "those", "these", "those", "other",
	"another", "others", "can", "may", "might", "must", "should", "shall", "ahead", "behind",
	"above", "below", "away", "back", "off", "instead", "along", "onto", "against", "apart",
	"plus", "minus", "versus", "vs", "respectively", "each", "overall", "altogether", "total",
	"year-on-year", "annually", "apiece", "alone", "aged", "old",
	"straight", "consecutive", "successive", "running", "mostly", "mainly")

// irregularParticiples maps irregular verb forms to the past participle
// used in keys.
var irregularParticiples = func() map[string]string {
	m := map[string]string{}
	for _, line := range irregularVerbs {
		f := strings.Fields(line)
		for _, w := range f {
			m[w] = f[2]
		}
		m[f[1]] = f[2]
	}
	// Words that look like past forms but are nouns or adjectives.
	for _, w := range []string{"red", "bed", "shed", "need", "seed", "speed", "feed", "hundred",
		"sacred", "naked", "wicked", "rugged", "ragged", "kindred", "aged", "armed", "united",
		"limited", "related", "based"} {
		if _, ok := m[w]; !ok {
			m[w] = w
		}
	}
	return m
}()

// irregularBases are the base forms of irregularVerbs that differ from
// their past ("pay", "rise"): often nouns too, and never a past verb.
var irregularBases = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range irregularVerbs {
		if f := strings.Fields(line); f[0] != f[1] {
			m[f[0]] = true
		}
	}
	return m
}()

// irregularVerbs lists irregular verbs: base, past, past participle,
// present participle, third person.
var irregularVerbs = []string{
	"send sent sent sending sends", "feed fed fed feeding feeds", "take took taken taking takes", "give gave given giving gives",
	"make made made making makes", "hold held held holding holds", "win won won winning wins",
	"lose lost lost losing loses", "buy bought bought buying buys", "sell sold sold selling sells",
	"pay paid paid paying pays", "spend spent spent spending spends", "build built built building builds",
	"bring brought brought bringing brings", "keep kept kept keeping keeps", "leave left left leaving leaves",
	"find found found finding finds", "get got got getting gets", "rise rose risen rising rises",
	"fall fell fallen falling falls", "grow grew grown growing grows", "shoot shot shot shooting shoots",
	"strike struck struck striking strikes", "fight fought fought fighting fights", "hit hit hit hitting hits",
	"cut cut cut cutting cuts", "put put put putting puts", "set set set setting sets",
	"seek sought sought seeking seeks", "see saw seen seeing sees", "know knew known knowing knows",
	"draw drew drawn drawing draws", "drive drove driven driving drives", "fly flew flown flying flies",
	"throw threw thrown throwing throws", "show showed shown showing shows", "begin began begun beginning begins",
	"run ran run running runs", "steal stole stolen stealing steals", "break broke broken breaking breaks",
	"choose chose chosen choosing chooses", "speak spoke spoken speaking speaks", "write wrote written writing writes",
	"eat ate eaten eating eats", "lead led led leading leads", "meet met met meeting meets",
	"feel felt felt feeling feels", "tell told told telling tells", "say said said saying says",
	"think thought thought thinking thinks", "teach taught taught teaching teaches", "catch caught caught catching catches",
	"hurt hurt hurt hurting hurts", "bear bore borne bearing bears", "wear wore worn wearing wears",
	"tear tore torn tearing tears", "freeze froze frozen freezing freezes", "hide hid hidden hiding hides",
	"ride rode ridden riding rides", "shake shook shaken shaking shakes", "sink sank sunk sinking sinks",
	"slide slid slid sliding slides", "spread spread spread spreading spreads", "stand stood stood standing stands",
	"sweep swept swept sweeping sweeps", "swim swam swum swimming swims", "slay slew slain slaying slays",
	"bid bid bid bidding bids", "forecast forecast forecast forecasting forecasts", "die died died dying dies",
	"lie lay lain lying lies", "go went gone going goes", "come came come coming comes",
	"become became become becoming becomes", "do did done doing does", "have had had having has",
	"be was been being is", "shed shed shed shedding sheds", "quit quit quit quitting quits",
	"hang hung hung hanging hangs", "flee fled fled fleeing flees", "undergo underwent undergone undergoing undergoes",
	"withdraw withdrew withdrawn withdrawing withdraws", "overtake overtook overtaken overtaking overtakes",
	"arise arose arisen arising arises", "wake woke woken waking wakes", "deal dealt dealt dealing deals",
	"mean meant meant meaning means", "lend lent lent lending lends", "bend bent bent bending bends",
	"sit sat sat sitting sits", "shut shut shut shutting shuts", "split split split splitting splits",
	"bet bet bet betting bets", "beat beat beaten beating beats", "forgive forgave forgiven forgiving forgives",
	"oversee oversaw overseen overseeing oversees", "upset upset upset upsetting upsets",
	"see saw seen seeing sees", "agree agreed agreed agreeing agrees", "free freed freed freeing frees",
}

// phrase is a sequence of lowercase token texts with the value it stands for.
type phrase struct {
	words []string
	val   string
}

// phraseTable turns a map of space-separated phrases into a table keyed by
// the first word, longest phrase first.
func phraseTable(m map[string]string) map[string][]phrase {
	t := map[string][]phrase{}
	for k, v := range m {
		w := strings.Fields(k)
		t[w[0]] = append(t[w[0]], phrase{words: w, val: v})
	}
	for k, ps := range t {
		// Longest first, then alphabetical, so that matching is stable.
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		t[k] = ps
	}
	return t
}

func less(a, b phrase) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return strings.Join(a.words, " ") < strings.Join(b.words, " ")
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// numberWords are the words that carry a number: every figure without
// digits holds one of them.
var numberWords = func() map[string]bool {
	m := map[string]bool{"dozen": true, "noon": true, "midday": true, "midnight": true, "tens": true,
		"half": true, "dozens": true, "fortnight": true,
		// One of a measure: "within a mile" (see singleMeasures).
		"mile": true, "kilometre": true, "kilometer": true, "metre": true, "meter": true, "foot": true,
		"yard": true, "inch": true, "acre": true, "hectare": true, "kilogram": true, "kilo": true, "tonne": true, "ton": true,
		"litre": true, "liter": true, "gallon": true, "barrel": true}
	for _, t := range []map[string]float64{smallNumbers, ordinalWords, fractionWords, scaleWords} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range vagueWords {
		m[w] = true
	}
	for w := range foldWords {
		m[w] = true
	}
	for w := range multipleWords {
		m[w] = true
	}
	return m
}()

// foldWords are multiples written as one word: "fivefold", "tenfold".
var foldWords = func() map[string]float64 {
	m := map[string]float64{"hundredfold": 100, "thousandfold": 1000}
	for w, v := range smallNumbers {
		if v >= 2 {
			m[w+"fold"] = v
		}
	}
	return m
}()

// multipleWords are multiples written as one word that is not a number:
// "twice the national rate", "more than double its target", "nearly
// triple the figure" (see multipleWordAt).
var multipleWords = map[string]float64{"twice": 2, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}

// figureStarters are the words that can open a figure; any other word is
// skipped without trying the grammar.
var figureStarters = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "half": true, "dozen": true, "minus": true, "negative": true,
		"between": true, "no": true, "magnitude": true, "category": true, "ef": true, "level": true, "stage": true, "signal": true, "noon": true, "midday": true, "midnight": true, "tens": true,
		"r": true, "d": true, "mach": true, "gh": true, "worldscale": true, "ws": true, "kp": true, "quarter": true, "e": true, "p": true}
	for _, t := range []map[string][]phrase{qualifiers} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range timeUnitWords {
		m[w] = true // "the past year and a half"
	}
	for _, t := range []map[string]float64{smallNumbers, ordinalWords, fractionWords} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range vagueWords {
		m[w] = true
	}
	for w := range foldWords {
		m[w] = true
	}
	for w := range multipleWords {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	for w := range dollarPrefixes {
		m[w] = true
	}
	for w := range currencyPrefixWords {
		m[w] = true
	}
	for w := range isoCodes {
		m[w] = true
	}
	return m
}()

// The word tables of keys (key.go, measured.go): what a figure measures.

// changeNouns name the change a verb or adverb states when a figure follows
// it directly or after "by" ("rose 2%", "up 0.3%", "fell by a third").
var changeNouns = map[string]string{
	"rose": "rise", "risen": "rise", "rise": "rise", "rises": "rise", "rising": "rise",
	"climbed": "rise", "climb": "rise", "climbs": "rise", "jumped": "rise", "jump": "rise", "jumps": "rise",
	"up": "rise", "increased": "rise", "increase": "rise", "increases": "rise", "surged": "rise",
	"surge": "rise", "soared": "rise", "soar": "rise", "advanced": "rise", "rallied": "rise",
	"spiked": "rise", "widened": "rise", "raised": "rise", "raise": "rise", "lifted": "rise",
	"grew": "growth", "grow": "growth", "grown": "growth", "grows": "growth", "expanded": "growth",
	"gained": "gain", "gain": "gain", "gains": "gain", "added": "gain", "add": "gain", "adds": "gain",
	"fell": "fall", "fallen": "fall", "fall": "fall", "falls": "fall", "dropped": "fall", "drop": "fall",
	"drops": "fall", "down": "fall", "declined": "fall", "decline": "fall", "declines": "fall",
	"slid": "fall", "slide": "fall", "slides": "fall", "slipped": "fall", "slip": "fall", "tumbled": "fall",
	"plunged": "fall", "plummeted": "fall", "sank": "fall", "sunk": "fall", "slumped": "fall", "decreased": "fall",
	"eased": "fall", "dipped": "fall", "dip": "fall", "narrowed": "fall", "shrank": "fall", "shrunk": "fall",
	"contracted": "fall", "lowered": "fall", "retreated": "fall", "cut": "cut", "cuts": "cut", "slashed": "cut",
	"lost": "loss", "lose": "loss", "loses": "loss", "shed": "loss", "sheds": "loss",
	"doubled": "rise", "tripled": "rise", "quadrupled": "rise", "halved": "fall",
}

// levelVerbs state the level of their subject when a figure follows them
// ("turnout was 68%", "Brent settled at $84").
var levelVerbs = setOf("is", "was", "are", "were", "be", "been", "being", "stood", "stands", "stand",
	"reached", "reach", "reaches", "hit", "hits", "totalled", "totaled", "total", "totals", "topped",
	"top", "tops", "settled", "settle", "settles", "closed", "close", "closes", "ended", "end", "ends",
	"finished", "finish", "remained", "remain", "remains", "stayed", "stay", "stays", "averaged",
	"average", "averages", "peaked", "hovered", "amounted", "amount", "amounts", "touched", "neared",
	"exceeded", "exceed", "exceeds", "passed", "surpassed", "crossed", "opened", "traded", "measured",
	"measuring", "came", "come", "comes", "sat", "sits", "held", "holds", "hold")

// verbLinks stand inside a verb group: "is expected to grow", "are due to
// take effect", "will likely reach".
var verbLinks = setOf("to", "not", "expected", "forecast", "projected", "set", "due", "likely",
	"poised", "estimated", "seen", "predicted", "now", "also", "already", "still", "again", "further",
	"then", "just", "only", "even", "never", "ever", "reportedly", "currently", "initially", "finally")

// genericOfHeads are nouns before "of" that do not say what a figure
// measures: "an average of £8,900", "a total of 1,200", "a record high of".
var genericOfHeads = setOf("average", "total", "sum", "maximum", "minimum", "max", "min", "record",
	"high", "low", "peak", "level", "range", "figure", "amount", "estimate", "tally", "count", "number",
	"value", "worth", "region", "excess", "upwards", "part", "best", "order", "equivalent",
	"margin", "low", "lows", "highs", "sum", "total", "mere", "one", "some", "each", "all")

// relationalHeads are nouns that name an aspect of the noun after them:
// "shares in Orbis", "the yield on the 10-year note", "the price of gold".
var relationalHeads = setOf("share", "shares", "stock", "stocks", "price", "prices", "yield",
	"yields", "value", "cost", "costs", "rate", "rates", "level", "levels", "number", "output",
	"production", "sales", "revenue", "profit", "profits")

// moneyNouns follow "in" after an amount that they name: "$2bn in
// emergency funds".
var moneyNouns = setOf("funds", "fund", "aid", "loans", "loan", "damages", "compensation", "revenue",
	"revenues", "sales", "investment", "investments", "grants", "fines", "bonuses", "cash", "assets",
	"debt", "debts", "bonds", "subsidies", "profits", "profit", "losses", "funding", "spending",
	"costs", "donations", "contracts", "payments", "reparations", "relief", "bribes", "taxes", "tax",
	"tariffs", "savings", "deposits", "credit", "financing", "capital", "stimulus", "support",
	"assistance", "pledges", "add-ons", "bonus", "fees", "royalties", "wages", "pay", "dividends",
	"buybacks", "bail", "reserves", "inflows", "outflows", "imports", "exports", "orders")

// perUnitWords after an amount make it a price: "$84 a barrel", "4.5 pence
// per share", "$1,850 each".
var perUnitWords = setOf("barrel", "ounce", "share", "litre", "liter", "gallon", "tonne", "ton",
	"kilo", "kg", "pound", "unit", "ticket", "head", "piece", "bushel", "megawatt-hour", "mwh",
	"kilowatt-hour", "kwh", "dose", "night", "seat")

// unitDimensions name what a unit measures when nothing else does.
var unitDimensions = map[string]string{
	"hectare": "area", "acre": "area", "sq km": "area", "sq mile": "area", "sq m": "area", "sq ft": "area", "sq yd": "area",
	"°C": "temperature", "°F": "temperature", "degree": "temperature",
	"km/h": "speed", "mph": "speed", "knot": "speed", "m/s": "speed", "m/min": "speed", "yd/min": "speed",
	"bpm": "heart rate", "breaths/min": "breathing rate", "wpm": "typing speed",
	"mi/kWh": "efficiency", "km/kWh": "efficiency", "mpg": "efficiency", "km/l": "efficiency",
	"magnitude": "magnitude", "barrel/day": "output", "mb/d": "output", "Bcf/d": "output", "kN": "thrust", "MN": "thrust",
	"kW": "capacity", "MW": "capacity", "GW": "capacity", "TW": "capacity",
	"kWh": "energy", "MWh": "energy", "GWh": "energy", "TWh": "energy",
	"kg": "weight", "tonne": "weight", "quintal": "weight", "lb": "weight", "g": "weight", "mg": "weight", "oz": "weight",
	"km": "distance", "mile": "distance", "nautical mile": "distance", "litre": "volume", "gallon": "volume", "quart": "volume",
	"cubic metre": "volume", "cubic hectometre": "volume", "cubic km": "volume", "barrel": "volume", "acre-foot": "volume", "cubic yard": "volume",
}

// dimensionWords after a length make it a dimension: "15 metres wide".
var dimensionWords = map[string]string{
	"wide": "width", "long": "length", "high": "height", "tall": "height", "deep": "depth",
	"thick": "thickness", "across": "diameter", "away": "distance", "offshore": "distance",
	"inland": "distance", "downstream": "distance", "upstream": "distance", "apart": "distance",
	"below": "depth", "underground": "depth", "above": "height", "in diameter": "diameter",
}

// compassWords before "of" make a length a distance: "35 km north-east of".
var compassWords = setOf("north", "south", "east", "west", "northeast", "northwest", "southeast",
	"southwest", "north-east", "north-west", "south-east", "south-west", "northern", "southern",
	"off", "outside", "from", "short", "beyond")

// eventNouns name events that dates and clock times date: "talks on Dec.
// 31", "the 1999 earthquake", "the strike began at 3 a.m.".
var eventNouns = setOf("talks", "meeting", "meetings", "summit", "election", "elections", "vote",
	"referendum", "strike", "strikes", "walkout", "attack", "attacks", "hearing", "trial", "launch",
	"ceasefire", "truce", "deadline", "landfall", "match", "game", "race", "final", "conference",
	"visit", "speech", "ceremony", "funeral", "rally", "protest", "protests", "opening", "closure",
	"announcement", "sale", "auction", "flight", "departure", "arrival", "earthquake", "quake",
	"tremor", "aftershock", "blast", "explosion", "crash", "collision", "derailment", "eruption",
	"update", "briefing", "session", "debate", "inauguration", "verdict", "sentencing", "ruling",
	"raid", "offensive", "invasion", "war", "storm", "flood", "floods", "fire", "wildfire", "outbreak",
	"shooting", "stabbing", "bombing", "robbery", "kick-off", "kickoff", "start", "deal", "agreement",
	"poll", "polls", "count", "recount", "runoff", "ballot", "budget", "merger", "takeover", "listing",
	"results", "report", "release", "shutdown", "outage", "lockdown", "curfew", "evacuation",
	"closure", "reopening", "return", "resignation", "appointment", "test", "tests", "exercise",
	"drill", "drills", "parade", "festival", "tournament", "season", "contract", "term", "programme",
	"program", "scheme", "plan", "policy", "law", "ban", "rule", "rules", "tariff", "tariffs")

// figureModifiers stand between a verb and its figure without changing
// what it measures: "hit a record 9,850 megawatts".
var figureModifiers = setOf("record", "new", "fresh", "further", "additional", "extra", "combined",
	"total", "whopping", "mere", "staggering", "hefty", "modest", "meagre", "meager", "paltry",
	"massive", "estimated", "all-time", "provisional", "preliminary", "revised", "initial", "final",
	"cumulative", "net", "gross", "annual", "annualised", "annualized", "average", "typical", "median")

// dimensionHeads are nouns of measurement that take the thing measured
// from their clause: "the quake struck at a depth of 10 km".
var dimensionHeads = setOf("depth", "height", "width", "length", "speed", "diameter", "radius",
	"altitude", "elevation", "distance", "magnitude", "temperature", "temperatures", "range", "size",
	"weight", "capacity", "volume", "area", "thickness", "velocity")

// lengthUnits are the units a dimension word can follow ("15 metres wide").
var lengthUnits = setOf("km", "m", "cm", "mm", "mile", "nautical mile", "ft", "inch", "yard", "nm")

// extremeHeads before "of" name a record level of the clause's subject:
// "Gold hit a record high of $2,431.50".
var extremeHeads = setOf("record", "high", "low", "peak", "highs", "lows", "maximum", "minimum", "max", "min", "trough")

// lessWords are comparatives of a smaller figure: "2.4% lower than".
var lessWords = setOf("lower", "smaller", "fewer", "cheaper", "weaker", "shorter", "slower", "lighter",
	"lesser", "thinner", "narrower", "poorer", "colder", "cooler", "drier", "older")

// superlatives mark a record that a date is measured against: "the
// highest since 1998".
var superlatives = setOf("highest", "lowest", "biggest", "largest", "smallest", "best", "worst",
	"strongest", "weakest", "fastest", "slowest", "steepest", "sharpest", "longest", "shortest",
	"deadliest", "hottest", "coldest", "wettest", "driest", "warmest", "most", "least", "record")

// lyNouns end in "-ly" but are nouns, not adverbs.
var lyNouns = setOf("supply", "family", "assembly", "rally", "italy", "july", "ally", "belly", "jelly",
	"monopoly", "anomaly", "melancholy", "homily", "lily", "bully", "tally", "folly", "rely", "reply",
	"gully", "sully", "jolly", "holly", "apply", "fly", "ply", "comply", "multiply", "oily")

// marginVerbs take a margin after "by": "won by 84 runs", "trailing by 12
// points".
var marginVerbs = setOf("won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "trailing",
	"trailed", "trail", "trails", "leading", "led", "lead", "leads", "beat", "beaten", "defeated",
	"edged", "finished", "ahead")

// reportingVerbs report a figure; their subject is the source, not what
// the figure counts: "the commission said 642 million people voted".
var reportingVerbs = setOf("said", "says", "say", "told", "reported", "reports", "announced",
	"announces", "estimated", "estimates", "showed", "shows", "found", "finds", "added", "noted",
	"stated", "confirmed", "confirms", "claimed", "claims", "believes", "believed", "predicted",
	"warned", "warns")

// aggregateNouns before "of" name what a count is the size of: "a lead of
// 3,400 votes", "a crowd of 74,310", "a poll of 1,021 adults".
var aggregateNouns = setOf("lead", "margin", "majority", "poll", "survey", "sample", "crowd", "team",
	"fleet", "force", "field", "army", "staff", "workforce", "population", "audience", "attendance",
	"turnout", "backlog", "shortfall", "gap", "tally", "convoy", "delegation", "squad", "class",
	"cohort", "queue", "list", "waiting", "caseload", "membership", "electorate", "contingent",
	"flotilla", "herd", "flock", "swarm", "wave", "batch", "shipment", "consignment", "haul", "stockpile")

// stateWords are adjectives after "be" that say what a counted noun is:
// "people are eligible", "families remain homeless".
var stateWords = setOf("eligible", "ineligible", "homeless", "jobless", "unemployed", "absent", "present",
	"available", "ill", "sick", "infected", "unable", "vacant", "idle", "uninsured", "alive", "trapped",
	"stranded", "displaced", "affected", "registered", "employed", "enrolled", "vaccinated", "unvaccinated",
	"detained", "held", "hospitalised", "hospitalized", "evacuated", "isolated", "quarantined", "involved")

// genericCountNouns count without saying what: "289.4 million units".
var genericCountNouns = setOf("units", "items", "pieces", "times", "instances", "ones", "things")

// toVerbs take an infinitive with "to": "plans to raise", "able to pay".
var toVerbs = setOf("able", "going", "want", "wants", "plan", "plans", "need", "needs", "try", "tries",
	"aim", "aims", "seek", "seeks", "hope", "hopes", "intend", "intends", "expect", "expects", "refuse",
	"refuses", "vote", "votes", "agree", "agrees", "decide", "decides", "promise", "promises", "threaten",
	"threatens", "help", "helps", "continue", "continues", "began", "begin", "begins", "started", "start",
	"order", "orders", "allowed", "ready", "willing", "unable", "likely", "unlikely", "set", "due", "about")

// voteVerbs pass or decide by a tally: "the Senate passed the bill 70-29".
var voteVerbs = setOf("voted", "vote", "votes", "passed", "approved", "ruled", "backed", "rejected",
	"adopted", "confirmed", "endorsed", "defeated")

// scoreVerbs take the losing side as object before a score: "Arsenal beat
// Chelsea 3-1".
var scoreVerbs = setOf("beat", "beats", "edged", "edges", "thrashed", "routed", "downed", "stunned",
	"overcame", "outscored", "hammered", "crushed", "trounced", "defeat", "defeats")

// countStates maps the words that state what befell what a figure counts,
// as they stand right after it or its noun ("35 men remain trapped") or as
// the verb taking it as object ("freed 43 passengers"), to their state.
var countStates = map[string]string{
	"trapped": "trapped", "stuck": "trapped", "entombed": "trapped", "stranded": "trapped",
	"rescued": "rescued", "rescue": "rescued", "rescues": "rescued", "rescuing": "rescued",
	"freed": "rescued", "free": "rescued", "frees": "rescued", "freeing": "rescued",
	"saved": "rescued", "saving": "rescued",
	"evacuated": "evacuated", "evacuate": "evacuated", "evacuates": "evacuated", "evacuating": "evacuated",
	"displaced": "evacuated", "displacing": "evacuated", "homeless": "evacuated", "fled": "evacuated",
	"aboard": "aboard", "carrying": "aboard", "carried": "aboard", "carries": "aboard",
	"arrested": "arrested", "arresting": "arrested", "arrest": "arrested", "arrests": "arrested",
	"detained": "arrested", "detaining": "arrested", "detain": "arrested", "detains": "arrested",
	"kidnapped": "abducted", "abducted": "abducted", "kidnapping": "abducted", "abducting": "abducted",
	"infected": "infected", "discharged": "discharged", "discharging": "discharged",
	// What befell things rather than people: flights, homes, schools.
	"cancelled": "cancelled", "canceled": "cancelled", "cancelling": "cancelled", "canceling": "cancelled",
	"scrapped": "cancelled", "axed": "cancelled",
	"delayed": "delayed", "delaying": "delayed",
	"diverted": "diverted", "diverting": "diverted", "grounded": "grounded", "grounding": "grounded",
	"destroyed": "destroyed", "destroying": "destroyed", "razed": "destroyed", "flattened": "destroyed",
	"damaged": "damaged", "damaging": "damaged",
	"flooded": "flooded", "inundated": "flooded",
}

// nounStates are nouns that say what befell those they name, when no verb
// says otherwise: "gunmen held 14 hostages" and "11 captives remained"
// count the abducted; "three hostages were freed" counts the rescued.
var nounStates = map[string]string{
	"hostage": "abducted", "hostages": "abducted", "captive": "abducted", "captives": "abducted",
	"abductees": "abducted", "evacuees": "evacuated", "detainees": "arrested", "detainee": "arrested",
}

// rescueVerbs state a rescue only with a word that says so after them or
// after their object: "pulled out alive", "brought 20 people up from the
// ravine", "pulled 52 survivors from the water"; "brought 300 troops" and
// "pulled 300 troops from the region" are no rescue.
var rescueVerbs = setOf("pulled", "pull", "pulling", "brought", "bring", "bringing", "dug", "dig", "found",
	"digging", "lifted", "airlifted", "winched", "hoisted", "hauled", "plucked", "led")

// rescueParticles complete a rescue verb: "pulled out", "brought up",
// "dug free", "winched to safety".
var rescueParticles = setOf("out", "up", "alive", "free", "clear", "safely")

// rescuePlaces are what people are pulled or brought from in a rescue:
// "pulled from the water", "from the rubble".
var rescuePlaces = setOf("water", "rubble", "wreckage", "sea", "river", "debris", "ruins", "flames",
	"mud", "ravine", "gorge", "mine", "shaft", "cave", "sea", "lake", "rapids", "floodwaters",
	"floodwater", "wreck", "tunnel", "gallery", "ice", "snow", "avalanche", "hull", "building")

// vehicleNouns carry people: "a boat with 70 migrants" and "70 people on
// the ferry" count the people aboard.
var vehicleNouns = setOf("boat", "boats", "ferry", "ship", "vessel", "plane", "aircraft", "jet",
	"airliner", "helicopter", "bus", "coach", "minibus", "train", "truck", "lorry", "van", "flight",
	"dinghy", "trawler", "raft", "liner", "carrier", "tanker", "freighter", "yacht", "craft")

// placePreps open a phrase saying where the counted stand or come from,
// which may part a count from its state: "nine people in eastern Ostrel
// were confirmed dead", "35 miners in the lower gallery remain trapped",
// "150 residents of nearby villages were evacuated".
var placePreps = setOf("in", "across", "from", "near", "outside", "inside", "throughout", "around", "at", "of")

// datedPlurals are plural nouns a year dates rather than four digits count:
// "the 2024 elections", "the 1996 floods", "below 1990 levels".
var datedPlurals = setOf("elections", "polls", "primaries", "midterms", "games", "olympics",
	"championships", "finals", "playoffs", "floods", "fires", "wildfires", "riots", "protests", "attacks",
	"bombings", "killings", "earthquakes", "storms", "hurricanes", "uprisings", "revolutions", "wars",
	"talks", "negotiations", "accords", "agreements", "levels", "lows", "highs", "prices", "figures",
	"rates", "results", "accounts", "budgets", "standards", "rules", "regulations", "laws", "reforms",
	"dollars", "terms", "models", "editions", "seasons", "rankings", "sales", "earnings", "revenues",
	"profits", "forecasts", "estimates", "numbers", "statistics", "totals", "emissions", "sanctions",
	"tariffs", "cuts", "events", "celebrations", "commemorations", "festivities", "winners", "awards",
	"nominations", "graduates", "series", "tournaments", "matches", "races", "crops", "harvests",
	"plans", "targets", "goals", "guidelines", "contracts", "deals", "treaties", "summits", "visits",
	"releases", "versions", "vintages", "census", "returns", "outbreaks", "pandemics", "strikes")

// countLevelVerbs state the level a count reached: four digits after them
// count ("admissions rose to 1800", "the toll stood at 1250", "cases
// reached 1800").
var countLevelVerbs = setOf("rose", "risen", "rise", "rises", "rising", "fell", "fallen", "falls",
	"climbed", "climbs", "increased", "increases", "dropped", "drops", "jumped", "jumps", "grew",
	"grown", "swelled", "soared", "surged", "declined", "decreased", "doubled", "tripled", "reached",
	"reaches", "totalled", "totaled", "totals", "topped", "tops", "exceeded", "exceeds", "surpassed",
	"neared", "numbered", "stood", "stands", "put", "estimated", "up", "down", "edged", "crept")

// countedStates are participles and adjectives that say what befell the
// people four digits before them count: "with 1800 admitted", "1250
// evacuated", "1500 killed".
var countedStates = setOf("admitted", "treated", "hospitalised", "hospitalized", "infected", "vaccinated",
	"displaced", "affected", "arrested", "detained", "evacuated", "rescued", "trapped", "stranded",
	"missing", "killed", "dead", "injured", "wounded", "hurt", "homeless", "aboard", "unaccounted")

// pluralVerbs agree with a plural subject: four digits before them count
// people, since a year takes a singular verb.
var pluralVerbs = setOf("were", "are", "have", "remain", "remained")

// clauseOpeners open a clause of their own: a casualty word before them
// does not govern a figure after them ("31 were killed when a ferry with
// 210 aboard capsized").
var clauseOpeners = setOf("when", "as", "after", "before", "because", "where", "whereas", "though",
	"although", "if", "until", "once", "whose")
