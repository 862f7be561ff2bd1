package diff

import (
	"flag"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factdiff/factdiff/facts"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// update is accepted so that `go test ./... -update` runs in every package;
// this package has no golden files.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

func TestCompareDocuments(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string
	}{
		{
			name: "identical",
			old:  "Strikes killed {at least 25|killed|fighters} fighters. More than {5,000|troop|troops} troops are there.",
			new:  "Strikes killed {at least 25|killed|fighters} fighters. More than {5,000|troop|troops} troops are there.",
		},
		{
			name: "value revised",
			old:  "Air raids on the camps killed {at least 25|killed|fighters} fighters and wounded {55|wounded} on Sunday. The mayor spoke.",
			new:  "Air raids on the camps killed {at least 26|killed|fighters} fighters and wounded {55|wounded} on Sunday. The mayor spoke.",
			want: []string{"changed at least 25 -> at least 26"},
		},
		{
			name: "qualifier dropped",
			old:  "The flood displaced {at least 400|displaced|families} families in the valley.",
			new:  "The flood displaced {400|displaced|families} families in the valley.",
			want: []string{"changed at least 400 -> 400"},
		},
		{
			name: "reworded sentence keeps its figure",
			old:  "The council approved a budget of {$3.5 billion|budget} for the new harbour on Monday. Work starts soon.",
			new:  "On Monday, councillors backed the {$3.5 billion|budget} harbour budget after a long debate. Work starts soon.",
		},
		{
			name: "moved sentence",
			old:  "Rain fell all week. Officials counted {12|bridge|bridges} damaged bridges in the north. Schools stayed shut. Roads were closed.",
			new:  "Officials counted {12|bridge|bridges} damaged bridges in the north. Rain fell all week. Schools stayed shut. Roads were closed.",
		},
		{
			name: "moved and revised",
			old:  "Rain fell all week. Officials counted {12|bridge|bridges} damaged bridges in the north. Schools stayed shut. Roads were closed.",
			new:  "Officials counted {14|bridge|bridges} damaged bridges in the north. Rain fell all week. Schools stayed shut. Roads were closed.",
			want: []string{"changed 12 -> 14"},
		},
		{
			name: "swap is two changes",
			old:  "In the final count the Greens won {3|seat|seats} seats and the Liberals won {5|seat|seats} seats.",
			new:  "In the final count the Greens won {5|seat|seats} seats and the Liberals won {3|seat|seats} seats.",
			want: []string{"changed 3 -> 5", "changed 5 -> 3"},
		},
		{
			name: "reordered clauses are not a change",
			old:  "The blast killed {9|killed|people} people and wounded {40|wounded} others near the market.",
			new:  "The blast wounded {40|wounded} people and killed {9|killed} others near the market.",
		},
		{
			name: "only the revised concept changes",
			old:  "The blast killed {9|killed|people} people and wounded {40|wounded} others near the market.",
			new:  "The blast wounded {40|wounded} people and killed {11|killed|people} others near the market.",
			want: []string{"changed 9 -> 11"},
		},
		{
			name: "sentence split",
			old:  "The storm cut power to {80,000|home|homes} homes and closed {200|school|schools} schools across the coastal region on Friday.",
			new:  "The storm cut power to {80,000|home|homes} homes across the coastal region on Friday. It also closed {210|school|schools} schools.",
			want: []string{"changed 200 -> 210"},
		},
		{
			name: "sentences merged",
			old:  "The ministry hired {300|nurse|nurses} nurses this spring. The ministry also opened {4|clinic|clinics} clinics in rural districts.",
			new:  "The ministry hired {300|nurse|nurses} nurses this spring and opened {4|clinic|clinics} clinics in rural districts.",
		},
		{
			name: "added and removed",
			old:  "The port handled {2.5|cargo|million tonnes} million tonnes of cargo. A strike lasted {6|strike day|days} days.",
			new:  "The port handled {2.5|cargo|million tonnes} million tonnes of cargo. Exports rose {8%|export} last year.",
			want: []string{"removed 6", "added 8%"},
		},
		{
			name: "unrelated sentence replaced",
			old:  "Voting went smoothly, though {12|station} polling stations opened late. The count began at once.",
			new:  "Voting went smoothly, and observers logged {212|complaint} complaints about ballots. The count began at once.",
			want: []string{"removed 12", "added 212"},
		},
		{
			name: "casualty family across phrasing",
			old:  "Officials said the quake killed {1,100|killed|people} people in the hill towns. Rescuers dug through rubble.",
			new:  "The death toll from the quake has risen to {1,350|killed}, officials said on Thursday. Rescuers dug through rubble.",
			want: []string{"changed 1,100 -> 1,350"},
		},
		{
			name: "range revised",
			old:  "Forecasters expect {25 to 30|storm|storms} storms this season.",
			new:  "Forecasters expect {25 to 35|storm|storms} storms this season.",
			want: []string{"changed 25 to 30 -> 25 to 35"},
		},
		{
			name: "repeated values each reported once",
			old:  "Team A scored {2|goal} and team B scored {2|goal}. Later team C scored {2|goal}.",
			new:  "Team A scored {3|goal} and team B scored {2|goal}. Later team C scored {2|goal}.",
			want: []string{"changed 2 -> 3"},
		},
		{
			name: "number written another way",
			old:  "The bank lent {5,000|loan} loans to farmers last year.",
			new:  "The bank lent {5000|loan} loans to farmers last year.",
		},
		{
			name: "order follows the new version",
			old:  "Alpha rose {4%|alpha}. Beta fell {2%|beta}. Gamma held {7|gamma} stores. Delta sold {9|delta} boats.",
			new:  "Delta sold {10|delta} boats. Alpha rose {5%|alpha}. Beta fell {2%|beta}.",
			want: []string{"changed 9 -> 10", "changed 4% -> 5%", "removed 7"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := CompareDocuments(markedDoc(t, tt.old), markedDoc(t, tt.new))
			if got := brief(res); !slices.Equal(got, tt.want) {
				t.Errorf("CompareDocuments() = %q; want %q", got, tt.want)
			}
			checkResult(t, res)
		})
	}
}

// checkResult checks the invariants of any result: each figure reported at
// most once, both sentences on every change, deltas on changes only,
// summary counts in agreement, spans in range.
func checkResult(t *testing.T, res *Result) {
	t.Helper()
	seenOld, seenNew := map[int]bool{}, map[int]bool{}
	var sum Summary
	for _, c := range res.Facts {
		if c.Old != nil {
			if seenOld[c.Old.Start] {
				t.Errorf("old figure at %d reported twice", c.Old.Start)
			}
			seenOld[c.Old.Start] = true
			if c.Old.Start < 0 || c.Old.End > len(res.Old.Text) || res.Old.Text[c.Old.Start:c.Old.End] != c.Old.Text {
				t.Errorf("old span %d:%d does not hold %q", c.Old.Start, c.Old.End, c.Old.Text)
			}
		}
		if c.New != nil {
			if seenNew[c.New.Start] {
				t.Errorf("new figure at %d reported twice", c.New.Start)
			}
			seenNew[c.New.Start] = true
			if c.New.Start < 0 || c.New.End > len(res.New.Text) || res.New.Text[c.New.Start:c.New.End] != c.New.Text {
				t.Errorf("new span %d:%d does not hold %q", c.New.Start, c.New.End, c.New.Text)
			}
		}
		switch c.Kind {
		case Changed:
			sum.Changed++
			if c.Old == nil || c.New == nil {
				t.Errorf("changed fact %+v lacks a side", c)
			} else if c.Delta == nil && c.Old.Unit == c.New.Unit && c.Category != facts.Date && c.Category != facts.Time {
				// Only figures in different units, or dates of different
				// kinds, have no distance between them.
				t.Errorf("changed fact %+v in one unit lacks its delta", c)
			} else if want := c.New.Value - c.Old.Value; c.Delta != nil && c.DeltaUnit == "" &&
				math.Abs(*c.Delta-want) > 1e-9*math.Max(1, math.Max(math.Abs(c.Old.Value), math.Abs(c.New.Value))) {
				// The delta is rounded to the figures' precision: 1.1 - 2
				// is -0.9, not -0.8999999999999999.
				t.Errorf("delta = %v; want %v", *c.Delta, want)
			}
		case Added:
			sum.Added++
			if c.Old != nil || c.New == nil || c.Delta != nil {
				t.Errorf("added fact %+v: want only new, no delta", c)
			}
		case Removed:
			sum.Removed++
			if c.Old == nil || c.New != nil || c.Delta != nil {
				t.Errorf("removed fact %+v: want only old, no delta", c)
			}
		default:
			t.Errorf("kind %q unknown", c.Kind)
		}
		if c.Old != nil && c.Old.Sentence == "" || c.New != nil && c.New.Sentence == "" {
			t.Errorf("change %+v lacks a sentence", c)
		}
	}
	if sum != res.Summary {
		t.Errorf("summary = %+v; want %+v", res.Summary, sum)
	}
}

func TestCompareSelf(t *testing.T) {
	texts := []string{
		"",
		"No figures here at all.",
		"Strikes killed at least 25 fighters and wounded 55.Officials said 5,000 troops remain. Prices rose 3.5% in May.",
		strings.Repeat("The count rose to 12 and then 12 again. ", 50),
	}
	for _, text := range texts {
		res := Compare(text, text)
		if len(res.Facts) != 0 || res.Text != (TextStats{}) {
			t.Errorf("Compare(%.30q, itself) = %d facts, %+v; want none", text, len(res.Facts), res.Text)
		}
		if res.Facts == nil {
			t.Errorf("Compare(%.30q, itself).Facts = nil; want empty, not nil", text)
		}
	}
}

func TestTextStats(t *testing.T) {
	tests := []struct {
		old, new string
		want     TextStats
	}{
		{"One two three.", "One two three.", TextStats{}},
		{"One two three.", "One four three.", TextStats{Insertions: 1, Deletions: 1}},
		{"The army sent 5,000 troops.", "The army sent 5,200 more troops.", TextStats{Insertions: 2, Deletions: 1}},
		{"First line. Second line.", "First line. Second line. Third line here.", TextStats{Insertions: 3}},
		{"Gone now. Kept.", "Kept.", TextStats{Deletions: 2}},
	}
	for _, tt := range tests {
		if got := Compare(tt.old, tt.new).Text; got != tt.want {
			t.Errorf("Compare(%q, %q).Text = %+v; want %+v", tt.old, tt.new, got, tt.want)
		}
	}
}

func TestSymbolRune(t *testing.T) {
	for _, id := range []int{0, 1, 0xD7FF, 0xD800, 0xDFFF, 0xE000, runeLimit - 1, runeLimit, 3 * runeLimit} {
		r := symbolRune(id)
		if r >= 0xD800 && r <= 0xDFFF || r < 0 || r > 0x10FFFF {
			t.Errorf("symbolRune(%d) = %U; want a non-surrogate code point", id, r)
		}
		if got := runeSymbol(r); got != id%runeLimit {
			t.Errorf("runeSymbol(symbolRune(%d)) = %d; want %d", id, got, id%runeLimit)
		}
	}
}

func TestDiffSeqScript(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	seq := func(n, alphabet int) []rune {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = rune('a' + rng.IntN(alphabet))
		}
		return rs
	}
	unique := func(n, from int) []rune {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = symbolRune(from + i)
		}
		return rs
	}
	edited := func(rs []rune) []rune {
		out := slices.Clone(rs)
		for k := 0; k < 20; k++ {
			i := rng.IntN(len(out))
			switch k % 3 {
			case 0:
				out[i] = symbolRune(900000 + k)
			case 1:
				out = slices.Delete(out, i, i+1)
			default:
				out = slices.Insert(out, i, symbolRune(800000+k))
			}
		}
		return out
	}
	long := unique(9000, 100)
	tests := []struct {
		name string
		a, b []rune
	}{
		{"small", seq(50, 3), seq(60, 3)},
		{"empty", nil, seq(10, 2)},
		{"repetitive", seq(6000, 2), seq(6000, 2)},
		{"unique edited", long, edited(long)},
		{"unrelated", unique(5000, 0), unique(5000, 20000)},
	}
	for _, tt := range tests {
		edits := diffSeq(tt.a, tt.b, time.Now().Add(time.Second))
		i, j := 0, 0
		for _, e := range edits {
			switch e.op {
			case diffmatchpatch.DiffDelete:
				i += e.n
			case diffmatchpatch.DiffInsert:
				j += e.n
			default:
				if !slices.Equal(tt.a[i:i+e.n], tt.b[j:j+e.n]) {
					t.Fatalf("%s: equal run at %d,%d differs", tt.name, i, j)
				}
				i += e.n
				j += e.n
			}
		}
		if i != len(tt.a) || j != len(tt.b) {
			t.Errorf("%s: script covers %d of %d and %d of %d elements", tt.name, i, len(tt.a), j, len(tt.b))
		}
		if tt.name == "unique edited" {
			kept := 0
			for _, e := range edits {
				if e.op == diffmatchpatch.DiffEqual {
					kept += e.n
				}
			}
			if kept < len(tt.a)-40 {
				t.Errorf("%s: kept %d of %d elements; want all but the edits", tt.name, kept, len(tt.a))
			}
		}
	}
}

func TestSameUnit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"fighters", "fighters", true},
		{"person", "people", true},
		{"fighters", "", true},
		{"epidemologists", "epidemiologists", true},
		{"fighters", "civilians", false},
		{"militants", "militias", false},
		{"men", "man", true},
		{"cats", "bats", false},
	}
	for _, tt := range tests {
		a := &facts.Figure{Category: facts.Count, Unit: tt.a}
		b := &facts.Figure{Category: facts.Casualties, Unit: tt.b}
		if got := sameUnit(a, b); got != tt.want {
			t.Errorf("sameUnit(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
	measures := []struct {
		a, b string
		want bool
	}{
		{"km", "mile", true}, // one dimension: the values tell the change
		{"kg", "tonne", true},
		{"°C", "°F", true},
		{"km", "kg", false},
		{"hour", "km", false},
	}
	for _, tt := range measures {
		a := &facts.Figure{Category: facts.Measure, Unit: tt.a}
		b := &facts.Figure{Category: facts.Measure, Unit: tt.b}
		if got := sameUnit(a, b); got != tt.want {
			t.Errorf("sameUnit(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSameValueConverted(t *testing.T) {
	fig := func(v float64, text, unit string) *facts.Figure {
		return &facts.Figure{Category: facts.Measure, Value: v, Text: text, Unit: unit}
	}
	share := func(v float64, text, unit string) *facts.Figure {
		return &facts.Figure{Category: facts.Percent, Value: v, Text: text, Unit: unit}
	}
	tests := []struct {
		a, b *facts.Figure
		want bool
	}{
		{fig(4100, "4,100 kg", "kg"), fig(4.1, "4.1 tonnes", "tonne"), true},
		{fig(1500, "1,500 metres", "m"), fig(1.5, "1.5 km", "km"), true},
		{fig(33000, "33,000 volts", "V"), fig(33, "33 kV", "kV"), true},
		{fig(33000, "33,000 volts", "V"), fig(11, "11 kV", "kV"), false},
		{fig(48, "48 hours", "hour"), fig(2, "2 days", "day"), true},
		{fig(1200, "1,200 hm³", "cubic hectometre"), fig(1.2, "1.2 km³", "cubic km"), true},
		{fig(2500, "2,500 megalitres", "megalitre"), fig(2.5, "2.5 gigalitres", "gigalitre"), true},
		{fig(150, "150 ML", "megalitre"), fig(150000, "150,000 cubic metres", "cubic metre"), true},
		{fig(90, "90 minutes", "minute"), fig(1.5, "1.5 hours", "hour"), true},
		{fig(18, "18 months", "month"), fig(1.5, "1.5 years", "year"), true},
		{fig(1.5, "1.5 TB", "TB"), fig(1500, "1,500 GB", "GB"), true},
		{fig(10, "10 km", "km"), fig(6.2, "6.2 miles", "mile"), true}, // 0.2% off: a rounding
		{fig(3, "3 miles", "mile"), fig(4.8, "4.8 km", "km"), true},   // 4.83 km, written to two digits
		{fig(5, "5 miles", "mile"), fig(8, "8 km", "km"), true},       // 8.05 km, written to one digit
		{fig(3, "3 miles", "mile"), fig(5.2, "5.2 km", "km"), false},  // 3.23 miles: a revision
		{fig(20, "20 km", "km"), fig(15, "15 miles", "mile"), false},  // 24 km: too far to be a rounding
		{fig(4100, "4,100 kg", "kg"), fig(4.3, "4.3 tonnes", "tonne"), false},
		{fig(100, "100 km/h", "km/h"), fig(62, "62 mph", "mph"), true}, // 0.2% off
		{fig(40, "40C", "°C"), fig(104, "104F", "°F"), true},           // exact
		{fig(4, "4C", "°C"), fig(39, "39F", "°F"), true},               // 39.2F written whole
		{fig(38.5, "38.5C", "°C"), fig(101, "101F", "°F"), true},       // 101.3F written whole
		{fig(4, "4C", "°C"), fig(41, "41F", "°F"), false},              // 5C
		{fig(-10, "-10C", "°C"), fig(14, "14F", "°F"), true},           // below zero
		{fig(800, "800 kg", "kg"), fig(1.2, "1.2 tonnes", "tonne"), false},
		{fig(35, "35 km", "km"), fig(35, "35 miles", "mile"), false},
		{fig(1, "a fortnight", "fortnight"), fig(14, "14 days", "day"), true},
		{share(0.5, "half", "fraction"), share(50, "50%", "percent"), true},
		{share(1.0/3, "a third", "fraction"), share(33, "33%", "percent"), true},
		{share(0.2, "one in five", "fraction"), share(20, "20 per cent", "percent"), true},
		{share(0.5, "nearly half", "fraction"), share(48, "48%", "percent"), false},
	}
	for _, tt := range tests {
		if got := SameValue(tt.a, tt.b); got != tt.want {
			t.Errorf("SameValue(%q, %q) = %v; want %v", tt.a.Text, tt.b.Text, got, tt.want)
		}
		if got := SameValue(tt.b, tt.a); got != tt.want {
			t.Errorf("SameValue(%q, %q) = %v; want %v", tt.b.Text, tt.a.Text, got, tt.want)
		}
	}
}

// TestSameQualifier checks which hedges say the same of a figure.
func TestSameQualifier(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"about", "around", true},
		{"more than", "over", true},
		{"at least", "", false},
		{"about", "", false},
		{"some", "", true},
		{"", "Some", true},
		{"some", "about", true},
		{"some", "more than", false},
		{"up to", "as many as", true},
		{"a maximum of", "", true},
		{"", "a minimum of", true},
		{"a maximum of", "up to", true},
		{"a maximum of", "at least", false},
		{"up to", "", false},
		{"as low as", "as little as", true},
		{"as few as", "as low as", true},
		{"as low as", "as many as", false},
		{"more than", "well over", true},
		{"well above", "above", true},
		{"well below", "more than", false},
	}
	for _, tt := range tests {
		if got := SameQualifier(tt.a, tt.b); got != tt.want {
			t.Errorf("SameQualifier(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
