package web

import (
	"encoding/xml"
	"fmt"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/factdiff/factdiff/facts"
	"github.com/factdiff/factdiff/snapshots"
)

func TestNiceTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
	}{
		{14, 23},
		{3000, 4500},
		{6, 6},
		{0, 1e6},
		{-5, 5},
		{0.25, 0.3},
		{1e300, 1.7e308},
	}
	for _, tt := range tests {
		ticks, lo, hi := niceTicks(tt.lo, tt.hi)
		if lo > tt.lo || hi < tt.hi {
			t.Errorf("niceTicks(%v, %v) spans [%v, %v]; want it to cover the values", tt.lo, tt.hi, lo, hi)
		}
		if len(ticks) < 2 || len(ticks) > 12 {
			t.Errorf("niceTicks(%v, %v) = %v; want 2 to 12 ticks", tt.lo, tt.hi, ticks)
			continue
		}
		if ticks[0] != lo || ticks[len(ticks)-1] < hi-1e-9 {
			t.Errorf("niceTicks(%v, %v) = %v over [%v, %v]; want ticks from end to end", tt.lo, tt.hi, ticks, lo, hi)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{14, "14"},
		{4500, "4,500"},
		{1200000, "1.2 million"},
		{3.5e9, "3.5 billion"},
		{0.3333333, "0.3333"},
		{-7, "-7"},
		{1234567, "1,234,567"},
	}
	for _, tt := range tests {
		if got := formatValue(tt.v); got != tt.want {
			t.Errorf("formatValue(%v) = %q; want %q", tt.v, got, tt.want)
		}
	}
}

// svgDoc is the part of a chart checked: its points and labels.
type svgDoc struct {
	Circles []struct {
		Class string `xml:"class,attr"`
		CX    string `xml:"cx,attr"`
		CY    string `xml:"cy,attr"`
		Value string `xml:"data-value,attr"`
	} `xml:"a>circle"`
	Texts []struct {
		Class string `xml:"class,attr"`
		Body  string `xml:",chardata"`
	} `xml:"text"`
	PointTexts []struct {
		Class string `xml:"class,attr"`
		Body  string `xml:",chardata"`
	} `xml:"a>text"`
}

// svgRE finds the charts of a page.
var svgRE = regexp.MustCompile(`(?s)<svg class="timeline".*?</svg>`)

func TestTimelineChart(t *testing.T) {
	h := New(testStore(t), Options{})
	res, body := get(t, h, "/watch/marlow-floods/timeline?key=killed+people")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d, want 200", res.StatusCode)
	}
	svgs := svgRE.FindAllString(body, -1)
	if len(svgs) != 1 {
		t.Fatalf("%d charts, want 1", len(svgs))
	}
	var doc svgDoc
	if err := xml.Unmarshal([]byte(svgs[0]), &doc); err != nil {
		t.Fatalf("the chart is not well-formed XML: %v\n%s", err, svgs[0])
	}
	var values []string
	var xs, ys []float64
	for _, c := range doc.Circles {
		values = append(values, c.Value)
		x, _ := strconv.ParseFloat(c.CX, 64)
		y, _ := strconv.ParseFloat(c.CY, 64)
		xs, ys = append(xs, x), append(ys, y)
	}
	if got, want := fmt.Sprint(values), "[14 17 23]"; got != want {
		t.Fatalf("points %s; want %s", got, want)
	}
	// Later is further right, more is higher (smaller y).
	for i := 1; i < len(xs); i++ {
		if xs[i] <= xs[i-1] || ys[i] >= ys[i-1] {
			t.Errorf("point %d at (%v, %v) after (%v, %v): want right of and above it", i, xs[i], ys[i], xs[i-1], ys[i-1])
		}
	}
	labels := map[string]bool{}
	for _, tx := range doc.Texts {
		labels[tx.Class+":"+tx.Body] = true
	}
	for _, tx := range doc.PointTexts {
		labels[tx.Class+":"+tx.Body] = true
	}
	for _, want := range []string{"value:14", "value:17", "value:23", "tick:14 Mar 06:00", "tick:14 Mar 08:00", "ylabel:killed people", "tick:fetched (UTC)"} {
		if !labels[want] {
			t.Errorf("chart lacks the label %q; has %v", want, labels)
		}
	}
}

func TestNewChart(t *testing.T) {
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	high := 30.0
	point := func(id int64, h int, v float64, hi *float64) snapshots.Point {
		return snapshots.Point{VersionID: id, FetchedAt: at(h), Figure: facts.Figure{Key: "k", Value: v, High: hi, Text: "x"}}
	}
	tests := []struct {
		name       string
		points     []snapshots.Point
		wantPoints int
		wantLabels int
		wantRanges int
	}{
		{"none", nil, 0, 0, 0},
		{"one", []snapshots.Point{point(1, 0, 5, nil)}, 1, 1, 0},
		{"same instant", []snapshots.Point{point(1, 0, 5, nil), point(2, 0, 6, nil)}, 2, 2, 0},
		{"range", []snapshots.Point{point(1, 0, 25, &high), point(2, 1, 26, nil)}, 2, 2, 1},
		{"huge", []snapshots.Point{point(1, 0, -math.MaxFloat64, nil), point(2, 1, math.MaxFloat64, nil)}, 2, 2, 0},
		{"two figures in one version", []snapshots.Point{point(1, 0, 5, nil), point(1, 0, 9, nil), point(2, 1, 5, nil)}, 3, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newChart("k", tt.points, func(id int64) string { return "/v/" + strconv.FormatInt(id, 10) })
			labels, ranges := 0, 0
			for _, p := range c.Points {
				for _, coord := range []string{p.X, p.Y} {
					if f, err := strconv.ParseFloat(coord, 64); err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
						t.Errorf("point %+v: coordinate %q is not a finite number", p, coord)
					}
				}
				if p.Label {
					labels++
				}
				if p.HighY != "" {
					ranges++
				}
			}
			if len(c.Points) != tt.wantPoints || labels != tt.wantLabels || ranges != tt.wantRanges {
				t.Errorf("newChart: %d points, %d labels, %d ranges; want %d, %d, %d",
					len(c.Points), labels, ranges, tt.wantPoints, tt.wantLabels, tt.wantRanges)
			}
		})
	}
}
