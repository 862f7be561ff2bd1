package diff

import (
	"testing"

	"github.com/factdiff/factdiff/facts"
)

func TestDelta(t *testing.T) {
	fig := func(c facts.Category, v float64, text, unit string) *facts.Figure {
		return &facts.Figure{Category: c, Value: v, Text: text, Unit: unit}
	}
	tests := []struct {
		name     string
		old, new *facts.Figure
		want     float64
		wantUnit string
		wantNil  bool
	}{
		{"count", fig(facts.Casualties, 25, "at least 25", "fighters"), fig(facts.Casualties, 26, "at least 26", "fighters"), 1, "", false},
		{"clock time earlier", fig(facts.Time, 315, "3:15 a.m.", ""), fig(facts.Time, 250, "2:50 a.m.", ""), -25, "minutes", false},
		{"clock time across the hour", fig(facts.Time, 2300, "11 p.m.", ""), fig(facts.Time, 2330, "11:30 p.m.", ""), 30, "minutes", false},
		{"day across new year", fig(facts.Date, 1231, "Dec. 31", ""), fig(facts.Date, 102, "Jan. 2", ""), 2, "days", false},
		{"day back across new year", fig(facts.Date, 102, "Jan. 2", ""), fig(facts.Date, 1231, "Dec. 31", ""), -2, "days", false},
		{"days in March", fig(facts.Date, 303, "March 3", ""), fig(facts.Date, 310, "March 10", ""), 7, "days", false},
		{"full dates", fig(facts.Date, 20191231, "Dec. 31, 2019", ""), fig(facts.Date, 20200302, "March 2, 2020", ""), 62, "days", false},
		{"years", fig(facts.Date, 1998, "1998", ""), fig(facts.Date, 1994, "1994", ""), -4, "years", false},
		{"years of the era", fig(facts.Date, 240, "around AD 240", ""), fig(facts.Date, 260, "around AD 260", ""), 20, "years", false},
		{"years before the era", fig(facts.Date, -31, "31 BC", ""), fig(facts.Date, -44, "44 BC", ""), -13, "years", false},
		{"months", fig(facts.Date, 202403, "March 2024", ""), fig(facts.Date, 202502, "February 2025", ""), 11, "months", false},
		{"year against date", fig(facts.Date, 2019, "2019", ""), fig(facts.Date, 20191231, "Dec. 31, 2019", ""), 0, "", true},
		{"converted units", fig(facts.Measure, 35, "about 35 km", "km"), fig(facts.Measure, 35, "about 35 miles", "mile"), 35 - 35000/1609.344, "mile", false},
		{"converted mass", fig(facts.Measure, 800, "800 kg", "kg"), fig(facts.Measure, 1.2, "1.2 tonnes", "tonne"), 0.4, "tonne", false},
		{"converted temperature", fig(facts.Measure, 4, "4C", "°C"), fig(facts.Measure, 41, "41F", "°F"), 1.8, "°F", false},
		{"converted pressure", fig(facts.Measure, 7, "7 bar", "bar"), fig(facts.Measure, 100, "100 psi", "psi"), 100 - 7e5/6894.757293168361, "psi", false},
		{"different dimensions", fig(facts.Measure, 35, "35 km", "km"), fig(facts.Measure, 35, "35 kg", "kg"), 0, "", true},
		{"count reworded", fig(facts.Count, 2000, "2,000", "people"), fig(facts.Count, 2500, "About 2,500", "residents"), 500, "", false},
		{"basis points to points", fig(facts.Percent, 25, "25 basis points", "basis points"), fig(facts.Percent, 0.5, "half a percentage point", "percentage points"), 0.25, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, unit := delta(tt.old, tt.new)
			if tt.wantNil {
				if got != nil {
					t.Errorf("delta(%q, %q) = %v %s; want nil", tt.old.Text, tt.new.Text, *got, unit)
				}
				return
			}
			if got == nil || !closeTo(roundTo(*got, 9), roundTo(tt.want, 9)) || unit != tt.wantUnit {
				t.Errorf("delta(%q, %q) = %v %q; want %v %q", tt.old.Text, tt.new.Text, got, unit, tt.want, tt.wantUnit)
			}
		})
	}
}
