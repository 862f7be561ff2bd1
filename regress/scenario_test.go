package regress

import (
	"strings"
	"testing"

	"github.com/factdiff/factdiff/diff"
)

// stormArticle is a made-up article in the manner of a scraped news page:
// a glued headline, glued sentences and page junk at the end.
const stormArticle = "Storm batters coastal townsWeather3 min readPORT ALDER (Meridian Wire) - " +
	"A winter storm killed at least 14 people and injured 60 along the northern coast on Saturday, emergency officials said." +
	"Winds of up to 120 km/h tore roofs from about 300 homes in Port Alder, and 42,000 households lost power." +
	"The regional governor said 1,200 soldiers had been sent to clear roads and that the cost of repairs could reach $45 million." +
	"Forecasters expect the storm to weaken by Monday." +
	"Schools in 12 districts will stay closed until Wednesday, the education ministry said.share-linkfooter-nav\n"

// TestScenarios runs revisions of the storm article that combine edits, as
// editors make them, and checks the changes found, in the text format of
// want.txt.
func TestScenarios(t *testing.T) {
	const governor = "The regional governor said 1,200 soldiers had been sent to clear roads and that the cost of repairs could reach $45 million."
	tests := []struct {
		name string
		edit func(string) string
		want []string
	}{
		{"toll revised, another casualty sentence added", func(s string) string {
			s = strings.Replace(s, "at least 14 people", "at least 16 people", 1)
			return strings.Replace(s, "Forecasters expect", "In a separate incident, a landslide killed 3 villagers in the hills.Forecasters expect", 1)
		}, []string{"changed killed: at least 14 -> at least 16", "added killed villagers: 3"}},
		{"a casualty sentence replaced by another event", func(s string) string {
			return strings.Replace(s, "A winter storm killed at least 14 people and injured 60 along the northern coast on Saturday, emergency officials said.",
				"A ferry capsized off the southern cape, drowning 5 fishermen, the coastguard said.", 1)
		}, []string{"removed killed: at least 14", "removed injured: 60", "added drowned: 5"}},
		{"sentence reworded, moved and revised", func(s string) string {
			s = strings.Replace(s, governor, "", 1)
			return strings.Replace(s, "Schools in", "Repairs could cost up to $50 million, the regional governor said, adding that 1,200 soldiers had been sent to clear roads.Schools in", 1)
		}, []string{"changed repair cost: $45 million -> up to $50 million"}},
		{"sentence split, second half revised", func(s string) string {
			return strings.Replace(s, "Port Alder, and 42,000 households", "Port Alder.Some 45,000 households", 1)
		}, []string{"changed households without power: 42,000 -> Some 45,000"}},
		{"two casualty figures revised", func(s string) string {
			return strings.Replace(s, "at least 14 people and injured 60", "at least 15 people and injured 72", 1)
		}, []string{"changed killed: at least 14 -> at least 15", "changed injured: 60 -> 72"}},
		{"numbers rewritten, clauses reordered", func(s string) string {
			s = strings.Replace(s, "and 42,000 households lost power", "and power was cut to 42000 households", 1)
			return strings.Replace(s, "Schools in 12 districts will stay closed until Wednesday, the education ministry said.",
				"The education ministry said schools in twelve districts would stay closed until Wednesday.", 1)
		}, nil},
		{"headline and body revised", func(s string) string {
			s = strings.Replace(s, "Storm batters coastal towns", "Storm kills 16 in coastal towns", 1)
			return strings.Replace(s, "at least 14 people", "at least 16 people", 1)
		}, []string{"added killed (headline): 16", "changed killed: at least 14 -> at least 16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			revised := tt.edit(stormArticle)
			if revised == stormArticle {
				t.Fatal("edit changed nothing")
			}
			var want []Line
			for _, w := range tt.want {
				l, err := ParseLine(w)
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, l)
			}
			res := diff.Compare(stormArticle, revised)
			missing, unexpected := Match(want, Lines(res))
			for _, l := range missing {
				t.Errorf("want %q; not found", l.Text)
			}
			for _, l := range unexpected {
				t.Errorf("got %q; not wanted", l.Text)
			}
		})
	}
}
