package web

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factdiff/factdiff/snapshots"
)

// Chart geometry, in SVG user units; the SVG scales to the page's width.
const (
	chartWidth  = 720
	chartHeight = 260
	marginLeft  = 78
	marginRight = 24
	marginTop   = 24
	marginBot   = 48
	// labelsUpTo is how many points get a value label each; past it only
	// the points whose value changed are labelled.
	labelsUpTo = 40
)

// chart is a timeline of one fact drawn as SVG: a step line through the
// fact's value in each version, a point per figure, axes with labels.
type chart struct {
	Key    string
	Unit   string
	Width  int
	Height int
	// Plot area.
	Left, Right, Top, Bottom string
	MidX                     string
	Path                     string // the step line
	Points                   []chartPoint
	YTicks                   []tick
	XTicks                   []tick
	XLabel, YLabel           string
	YLabelX, YLabelY         string
	Truncated                int // points left out, the oldest
}

// chartPoint is one figure of the timeline.
type chartPoint struct {
	X, Y      string
	HighY     string // top of a range's bar; "" for a single value
	Value     string // the value as shown
	Text      string // the figure as written
	Label     bool   // whether the value is written beside the point
	Title     string // the tooltip: value, time, sentence
	VersionID int64
	URL       string // the version's page
}

// tick is one axis label.
type tick struct {
	Pos    string // x or y of the tick
	Label  string
	Anchor string // text-anchor of an x label: the last one ends at its point
}

// newChart draws the points of key, oldest first. version links each
// point to its version's page.
func newChart(key string, points []snapshots.Point, version func(id int64) string) chart {
	c := chart{
		Key: key, Width: chartWidth, Height: chartHeight,
		Left: num(marginLeft), Right: num(chartWidth - marginRight),
		Top: num(marginTop), Bottom: num(chartHeight - marginBot),
		MidX:   num((marginLeft + chartWidth - marginRight) / 2),
		XLabel: "fetched (UTC)",
	}
	if len(points) > pointsCharted {
		c.Truncated = len(points) - pointsCharted
		points = points[len(points)-pointsCharted:]
	}
	if len(points) == 0 {
		return c
	}
	c.Unit = points[len(points)-1].Figure.Unit
	c.YLabel = key
	if c.Unit != "" && !strings.Contains(key, c.Unit) {
		c.YLabel += " (" + c.Unit + ")"
	}
	c.YLabelX, c.YLabelY = num(16), num((marginTop+chartHeight-marginBot)/2)

	// Value scale: nice ticks around every value and range end.
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range points {
		lo, hi = math.Min(lo, p.Figure.Value), math.Max(hi, p.Figure.Value)
		if p.Figure.High != nil {
			lo, hi = math.Min(lo, *p.Figure.High), math.Max(hi, *p.Figure.High)
		}
	}
	ticks, lo, hi := niceTicks(clampPlot(lo), clampPlot(hi))
	plotH := float64(chartHeight - marginTop - marginBot)
	y := func(v float64) float64 {
		return float64(chartHeight-marginBot) - (clampPlot(v)-lo)/(hi-lo)*plotH
	}
	for _, t := range ticks {
		c.YTicks = append(c.YTicks, tick{Pos: num(y(t)), Label: formatValue(t)})
	}

	// Time scale; versions fetched at one instant are spread evenly.
	t0, t1 := points[0].FetchedAt, points[len(points)-1].FetchedAt
	plotW := float64(chartWidth - marginLeft - marginRight)
	inset := 12.0 // keep the end points off the axes
	x := func(i int, t time.Time) float64 {
		if !t1.After(t0) {
			if len(points) == 1 {
				return marginLeft + plotW/2
			}
			return marginLeft + inset + float64(i)/float64(len(points)-1)*(plotW-2*inset)
		}
		return marginLeft + inset + float64(t.Sub(t0))/float64(t1.Sub(t0))*(plotW-2*inset)
	}
	layout := timeLayout(t1.Sub(t0))
	c.XTicks = append(c.XTicks, tick{Pos: num(x(0, t0) - inset), Label: t0.UTC().Format(layout), Anchor: "start"})
	if t1.After(t0) {
		c.XTicks = append(c.XTicks, tick{Pos: num(x(len(points)-1, t1) + inset), Label: t1.UTC().Format(layout), Anchor: "end"})
	}

	var path strings.Builder
	lastVersion := int64(-1)
	var lastValue float64
	for i, p := range points {
		f := p.Figure
		px, py := x(i, p.FetchedAt), y(f.Value)
		cp := chartPoint{
			X: num(px), Y: num(py),
			Value:     formatRange(f.Value, f.High),
			Text:      f.Text,
			VersionID: p.VersionID,
			URL:       version(p.VersionID),
		}
		if f.High != nil {
			cp.HighY = num(y(*f.High))
		}
		cp.Title = cp.Value + " (" + f.Text + ") at " + p.FetchedAt.UTC().Format("2006-01-02 15:04 UTC")
		if f.Sentence != "" {
			cp.Title += ": " + clip(f.Sentence, 240)
		}
		// The line follows the first figure of each version.
		if p.VersionID != lastVersion {
			switch {
			case lastVersion < 0:
				path.WriteString("M" + num(px) + " " + num(py))
			default:
				path.WriteString(" H" + num(px) + " V" + num(py))
			}
			cp.Label = len(points) <= labelsUpTo || i == 0 || f.Value != lastValue
			lastVersion, lastValue = p.VersionID, f.Value
		}
		c.Points = append(c.Points, cp)
	}
	c.Path = path.String()
	return c
}

// timeLayout returns how the times of a chart spanning span are written:
// to the second over minutes, with the year over months.
func timeLayout(span time.Duration) string {
	switch {
	case span < 10*time.Minute:
		return "2 Jan 15:04:05"
	case span > 180*24*time.Hour:
		return "2 Jan 2006 15:04"
	}
	return "2 Jan 15:04"
}

// niceTicks returns about five round values spanning [lo, hi], and the
// span they cover.
func niceTicks(lo, hi float64) ([]float64, float64, float64) {
	if hi == lo {
		pad := math.Max(1, math.Abs(lo)*0.1)
		lo, hi = lo-pad, hi+pad
	}
	step := niceStep((hi - lo) / 4)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	var ticks []float64
	for v := lo; v <= hi+step/2 && len(ticks) < 12; v += step {
		ticks = append(ticks, math.Round(v/step)*step)
	}
	return ticks, lo, hi
}

// clampPlot keeps v where the scale's arithmetic stays finite: an absurd
// figure (a line of a thousand digits) is drawn at the edge.
func clampPlot(v float64) float64 {
	const limit = 1e300
	switch {
	case math.IsNaN(v):
		return 0
	case v > limit:
		return limit
	case v < -limit:
		return -limit
	}
	return v
}

// niceStep rounds x up to 1, 2 or 5 times a power of ten.
func niceStep(x float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	switch f := x / p; {
	case f <= 1:
		return p
	case f <= 2:
		return 2 * p
	case f <= 5:
		return 5 * p
	}
	return 10 * p
}

// formatRange formats a value, or a range "25–30".
func formatRange(v float64, high *float64) string {
	s := formatValue(v)
	if high != nil {
		s += "–" + formatValue(*high)
	}
	return s
}

// formatValue formats a value for people: thousands separated, at most
// four decimals, large magnitudes in millions or billions.
func formatValue(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	a := math.Abs(v)
	sign := ""
	if v < 0 {
		sign = "-"
	}
	switch {
	case a >= 1e15:
		return sign + strconv.FormatFloat(a, 'g', 4, 64)
	case a >= 1e9 && math.Mod(a, 1e7) == 0:
		return sign + trimZeros(strconv.FormatFloat(a/1e9, 'f', 2, 64)) + " billion"
	case a >= 1e6 && math.Mod(a, 1e4) == 0:
		return sign + trimZeros(strconv.FormatFloat(a/1e6, 'f', 2, 64)) + " million"
	}
	s := trimZeros(strconv.FormatFloat(a, 'f', 4, 64))
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

func trimZeros(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// num formats a coordinate with one decimal.
func num(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// clip shortens s to about n bytes at a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
