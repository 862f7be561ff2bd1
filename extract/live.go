package extract

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropLiveWidgets removes the boxes of live data set in or beside a
// story: a dock finder's rows ("Harbour Road 14 bikes 3 e-bikes 15 free
// docks"), a canal's queue ("Waiting north: 120 · Cleared today: 49"),
// each stamped with its refresh ("Live feed, refreshed 12 minutes ago",
// "Refreshed 19:05"). Their figures move by the minute whatever the
// story says, and the box may be named for anything ("docks", "qbox").
//
// A box is the largest block around the stamp whose text stays short and
// holds no paragraph of prose, no headline and no box of the story's own
// figures, and it goes only when it holds minLiveFigures figures besides
// the stamp's: a live blog's post stamped "updated 5 min ago" keeps its
// paragraph.
func dropLiveWidgets(doc *html.Node) {
	for _, stamp := range findElements(doc, liveStamp) {
		box := widgetBox(stamp, maxLiveBoxText)
		if box == nil && blockTags[stamp.Data] {
			// The stamp's own box: "<div>Waiting north: 120 · …
			// Refreshed 19:05</div>".
			box = stamp
		}
		if box == nil || box.Parent == nil || hasClass(box, factBoxClass) || !bareBox(box) {
			continue
		}
		text := nodeText(box, maxLiveBoxText)
		if figureRuns(text)-figureRuns(liveStampRe.FindString(ownText(stamp))) < minLiveFigures {
			continue
		}
		box.Parent.RemoveChild(box)
	}
}

// dropOddsTables removes the betting boxes set in or beside a story: a
// race card or a market whose table prices its runners in fractional
// odds ("Gorse Fire (1) 8 8-8 L. Penrose 9/1"). The odds move by the
// minute, and the box around the table (its title, "RACECARD: 17:40
// Tallow Creek", and its terms) goes with it when it holds no prose.
func dropOddsTables(doc *html.Node) {
	for _, t := range findElements(doc, oddsTable) {
		box := widgetBox(t, maxLiveBoxText)
		if box == nil || !bareBox(box) {
			box = t
		}
		if box.Parent != nil {
			box.Parent.RemoveChild(box)
		}
	}
}

// bareBox reports whether box, found around a widget's part, holds no
// paragraph of prose, no box of the story's own figures and no headline:
// the widget's box, not the story's.
func bareBox(box *html.Node) bool {
	return proseParas(box, 1) == 0 && !hasFactBox(box) && !holds(box, atom.H1)
}

// minOddsCells is the fewest cells of odds that make a table a betting
// box's.
const minOddsCells = 3

// oddsTable reports whether n is a table with minOddsCells cells or more
// that hold fractional odds against and nothing else: "9/1", "10/3",
// "100/30". A box score's "7/12" (shots made of those taken) never has
// more above the line than below it.
func oddsTable(n *html.Node) bool {
	if tagAtom(n) != atom.Table || !textHas(n, '/') {
		return false
	}
	count := 0
	for td := range outermost(n, atom.Td) {
		m := oddsRe.FindStringSubmatch(strings.TrimSpace(nodeText(td, 16)))
		if m == nil {
			continue
		}
		a, errA := strconv.Atoi(m[1])
		b, errB := strconv.Atoi(m[2])
		if errA == nil && errB == nil && a > b {
			if count++; count >= minOddsCells {
				return true
			}
		}
	}
	return false
}

// textHas reports whether a text node below n holds byte c: a cheap
// look before reading each cell.
func textHas(n *html.Node, c byte) bool {
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.Type == html.TextNode && strings.IndexByte(k.Data, c) >= 0 || k.Type == html.ElementNode && textHas(k, c) {
			return true
		}
	}
	return false
}

// oddsRe matches a price in fractional odds, "9/1", "11/4", "100/30".
var oddsRe = regexp.MustCompile(`^([1-9][0-9]{0,2})/([1-9][0-9]?)$`)

// maxLiveBoxText is the most text, in bytes with the markup's white
// space, that a live data box may hold: a dozen rows of a name and a few
// figures.
const maxLiveBoxText = 1500

// minLiveFigures is the fewest figures, besides its stamp's, that make a
// box of live data rather than a stamped post.
const minLiveFigures = 4

// liveStamp reports whether n's own text, the text directly inside it,
// is a live box's refresh stamp (liveStampRe).
func liveStamp(n *html.Node) bool {
	if n.Type != html.ElementNode || isSkipped(tagAtom(n)) {
		return false
	}
	// Most elements hold no stamp: look for its words before joining
	// the text.
	maybe := false
	for c := n.FirstChild; c != nil && !maybe; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		for _, h := range stampHints {
			if strings.Contains(c.Data, h) {
				maybe = true
				break
			}
		}
	}
	if !maybe {
		return false
	}
	t := ownText(n)
	return len(t) < 200 && liveStampRe.MatchString(t)
}

// stampHints are pieces of liveStampRe's words, in the cases pages write
// them, that a text must hold for the expression to be worth trying.
var stampHints = []string{"ago", "efreshed", "EFRESHED", "AGO", "ive at", "IVE AT", "ource", "ata updated", "ollected"}

// liveStampRe matches a refresh stamp: "refreshed 12 minutes ago",
// "updated 6 min ago", "checked 2 minutes ago", "Refreshed 19:05",
// "Power mix – live at 08:05". A story's own stamp is in hours
// ("Updated 2 hours ago") or a clock time after "updated" ("Updated 19:05
// BST"); a note on the source of a story's table says how often it is
// updated ("updated every 5 minutes"), not when; neither is matched.
// A data box's stamp names its data or source with the clock of this
// morning's reading: "Source: Gazette price survey, 9.30am", "Data
// updated 8.30am", "collected 6.30am".
var liveStampRe = regexp.MustCompile(`(?i)\b(?:(?:refreshed|updated|checked)\s+(?:\d+|a)\s*(?:s|secs?|seconds?|m|mins?|minutes?)\s+ago|refreshed\s+(?:at\s+)?\d{1,2}[:.]\d{2}|live\s+at\s+\d{1,2}[:.]\d{2})\b|` +
	`(?i)(?:^source:[^.;]{1,60},\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|[ap]\.m\.)?$|data\s+updated\s+(?:at\s+)?\d{1,2}[:.]\d{2}|collected\s+(?:at\s+)?\d{1,2}[:.]\d{2})`)

// holds reports whether an element with tag lies below n.
func holds(n *html.Node, tag atom.Atom) bool {
	for range outermost(n, tag) {
		return true
	}
	return false
}

// ownText returns the text of the text nodes directly inside n, joined
// with spaces.
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// figureRuns counts the runs of digits in s, a figure's grouping and
// decimal marks inside one run: "1,292" and "4.5" are one figure each.
func figureRuns(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if !in {
				n++
			}
			in = true
		case (c == ',' || c == '.') && in && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
		default:
			in = false
		}
	}
	return n
}
