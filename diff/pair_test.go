package diff

import (
	"strings"
	"testing"
)

// TestComparePairing checks pairing inside rewritten sentences on text read
// by the extractor: reordered figures, reworded nouns, vague and hedged
// figures revised, headline figures that are not one fact, converted units.
func TestComparePairing(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string
	}{
		{
			name: "reordered in a rewritten sentence",
			old:  "Over the winter there were 201 cases in the placebo group against 58 among the vaccinated, the company said.",
			new:  "Over the winter, only 58 cases were recorded among the vaccinated, against 201 in the placebo group, the company said.",
		},
		{
			name: "reordered percentages",
			old:  "Side effects were mild: 12% of volunteers reported a runny nose and 3% a headache.",
			new:  "Side effects were mild, with headaches in 3% of volunteers and a runny nose in 12%.",
		},
		{
			name: "reordered with one revised",
			old:  "Unemployment rose to 5.2% in March while inflation eased to 3.1%, the office said.",
			new:  "Inflation eased to 3.1% in March, while unemployment rose to 5.4%, the office said.",
			want: []string{"changed 5.2% -> 5.4%"},
		},
		{
			name: "an item added to a list",
			old:  "Three men, aged 36, 41 and 52, were charged.",
			new:  "Four men, aged 36, 41, 44 and 52, were charged.",
			want: []string{"changed Three -> Four", "added 44"},
		},
		{
			name: "the earlier value of a change is no anchor",
			old:  "Water trucks were supplying 36 villages.",
			new:  "Water trucks were supplying 41 villages, up from 36 a week ago.",
			want: []string{"changed 36 -> 41", "added 36"},
		},
		{
			name: "swap with the wording kept is two changes",
			old:  "The ground holds 12,000 and the club expects 3,500 away fans.",
			new:  "The ground holds 3,500 and the club expects 12,000 away fans.",
			want: []string{"changed 12,000 -> 3,500", "changed 3,500 -> 12,000"},
		},
		{
			name: "a score written whole changes whole",
			old:  "Rovers came from behind to beat Athletic 3-1 in the cup final.",
			new:  "Rovers came from behind to beat Athletic 4-1 in the cup final.",
			want: []string{"changed 3-1 -> 4-1"},
		},
		{
			name: "a vote written whole with both sides revised is one change",
			old:  "The committee voted 6–3 to raise the rate to 4.5%.",
			new:  "The committee voted 7–2 to raise the rate to 4.5%.",
			want: []string{"changed 6–3 -> 7–2"},
		},
		{
			name: "a score removed whole",
			old:  "Rovers won the cup. They beat Athletic 3-1 in the final.",
			new:  "Rovers won the cup.",
			want: []string{"removed 3-1"},
		},
		{
			name: "a score's sides pair side by side",
			old:  "The Lynx lead the Stags 3-2 going into the final period.",
			new:  "The Lynx beat the Stags 4-3 in overtime.",
			want: []string{"changed 3-2 -> 4-3"},
		},
		{
			name: "a vote written out keeps its sides",
			old:  "Councillors voted 31 to 22 in favour of the budget.",
			new:  "Councillors voted 31 to 21 in favour of the budget.",
			want: []string{"changed 22 -> 21"},
		},
		{
			name: "a score whose other side is gone is by side",
			old:  "Rovers led 2-1 at half-time before the storm.",
			new:  "Rovers scored three goals before the storm.",
			want: []string{"removed 1", "changed 2 -> three"},
		},
		{
			name: "a hedge written after the figure means the same as before it",
			old:  "Buyers can secure discounts of at least 50% on bulk orders.",
			new:  "Buyers can secure discounts of 50% or more on bulk orders.",
		},
		{
			name: "a hedge written after the figure is revised",
			old:  "The jab is offered to adults aged 60 and over.",
			new:  "The jab is offered to adults aged 75 and over.",
			want: []string{"changed 60 and over -> 75 and over"},
		},
		{
			name: "a change from and to reordered",
			old:  "The steepest cut applies to an insulin whose list price will fall to $98 a month from $260.",
			new:  "The steepest cut applies to an insulin, whose list price will fall from $260 to $98 a month.",
		},
		{
			name: "a revised toll with the earlier one kept as history",
			old:  "Floods have killed at least 42 people in the north, officials said.",
			new:  "Floods have killed at least 57 people in the north, officials said. Earlier, officials had said at least 42 people had died.",
			want: []string{"changed at least 42 -> at least 57"},
		},
		{
			name: "a revised toll beside the earlier one kept as history",
			old:  "The governor's office confirmed seven deaths and said 14 people were missing.",
			new:  "The governor's office confirmed 11 deaths and said 10 people were missing. Earlier, officials had said seven people had died.",
			want: []string{"changed seven -> 11", "changed 14 -> 10"},
		},
		{
			name: "a revised forecast with the earlier one after from",
			old:  "The economist expects the 10-year yield to end the year at 3.9%. The harvest is estimated at 31.8 million tonnes, up from 28.4 million a year earlier.",
			new:  "The economist now expects the 10-year yield to end the year at 4.0%, up from her earlier call of 3.9%. The ministry raised its estimate of the harvest to 32.4 million tonnes from 31.8 million tonnes, up from 28.4 million a year earlier.",
			want: []string{"changed 3.9% -> 4.0%", "changed 31.8 million tonnes -> 32.4 million tonnes"},
		},
		{
			name: "a back reference to a count stated elsewhere",
			old:  "The money was shared among 312 charities. Hearing Dogs received £98,300, the fourth largest sum of the 312.",
			new:  "The money was shared among 312 charities. Hearing Dogs received £98,300, the fourth largest sum.",
		},
		{
			name: "a correction that keeps the value it replaced",
			old:  "The plans include 1,100 metres of new wall. The council is borrowing £6.2m towards the cost.",
			new:  "The plans include 1,400 metres of new wall. He said the wall would be 1,400 metres long, not 1,100 metres as previously reported. The council is borrowing £6.8m, not £6.2m as previously reported.",
			want: []string{"changed 1,100 metres -> 1,400 metres", "changed £6.2m -> £6.8m"},
		},
		{
			name: "a sum and its rise reworded in the other order",
			old:  "An annual season ticket from Ashcombe to the capital will cost £5,368, up £236, while the Harbury season will rise by £148.",
			new:  "An annual season ticket from Ashcombe to the capital will go up by £236 to £5,368, while the Harbury season will rise by £148.",
		},
		{
			name: "frequencies and pressures written in another unit",
			old:  "Signals were recorded between 1,100 MHz and 1,450 MHz, and the cabin lost 2,100 pascals.",
			new:  "Signals were recorded between 1.1 GHz and 1.45 GHz, and the cabin lost 2.1 kPa.",
		},
		{
			name: "percentage points written as points",
			old:  "Absence fell 1.3 percentage points to 19.4% of sessions.",
			new:  "Absence was 19.4% of sessions, a fall of 1.3 points.",
		},
		{
			name: "a local currency's conversion dropped",
			old:  "The state owes foreign suppliers 410 billion dorin ($223 million), and the dorin fell to 1,840 to the dollar.",
			new:  "The state owes foreign suppliers 410 billion dorin, and the dorin fell to 1,840 to the dollar.",
		},
		{
			name: "a split of shares is one tally",
			old:  "Statistics: Possession 54%-46%, Tackles 162-131.",
			new:  "Statistics: Possession 52%-48%, Tackles 162-131.",
			want: []string{"changed 54%-46% -> 52%-48%"},
		},
		{
			name: "a share split off into a sentence of its own",
			old:  "The wage for workers aged 21 and over will rise by 6.7% to £12.60 an hour from April.",
			new:  "The wage for workers aged 21 and over will rise to £12.60 an hour from April. That is an increase of 6.5%.",
			want: []string{"changed 6.7% -> 6.5%"},
		},
		{
			name: "a measure removed and another added in one hunk",
			old:  "The grid expects peak demand of 11.2 gigawatts on Monday.",
			new:  "The grid said on Monday that households cut off for more than 12 hours will be paid £80.",
			want: []string{"removed 11.2 gigawatts", "added more than 12 hours", "added £80"},
		},
		{
			name: "half points and whole points are one tally",
			old:  "Their top board is unbeaten with 5.5 points from six games.",
			new:  "Their top board is unbeaten with 5 points from six games.",
			want: []string{"changed 5.5 points -> 5"},
		},
		{
			name: "counted noun reworded",
			old:  "The bill passed with 25 votes in favour and 14 against after a long debate.",
			new:  "Twenty-five senators voted for the bill and 14 senators opposed it after a long debate.",
		},
		{
			name: "counted noun reworded and value revised",
			old:  "Rescuers pulled 23 people from buried cars; 4 of them were taken to hospital.",
			new:  "Rescuers pulled 23 survivors from the buried vehicles; 6 of them were taken to hospital.",
			want: []string{"changed 4 -> 6"},
		},
		{
			name: "vague made exact in a reworded sentence",
			old:  "Police arrested hundreds of people in the capital on Thursday as protests turned violent.",
			new:  "Police detained 412 protesters in the capital on Thursday as demonstrations turned violent.",
			want: []string{"changed hundreds -> 412"},
		},
		{
			name: "hedged revision with another noun",
			old:  "Hospitals in Plymstead recorded 1800 admissions over the weekend, many for injuries.",
			new:  "Nearly 2,000 patients were admitted to hospitals in Plymstead over the weekend, many for injuries.",
			want: []string{"changed 1800 -> Nearly 2,000"},
		},
		{
			name: "headline trades a passenger count for a death toll",
			old:  "Ferry with about 180 aboard capsizes off Halde\n\nThe ferry sank at night.",
			new:  "At least 31 dead as ferry capsizes off Halde\n\nThe ferry sank at night.",
			want: []string{"added At least 31", "removed about 180"},
		},
		{
			// Both figures still stand in the story: the headline only
			// named them.
			name: "headline trades one standing figure for another",
			old:  "Ferry with 180 aboard capsizes off Halde\n\nA ferry carrying 180 people capsized. Rescuers pulled 150 survivors from the sea.",
			new:  "Ferry capsizes off Halde, 150 rescued\n\nA ferry carrying 180 people capsized. Rescuers pulled 150 survivors from the sea.",
			want: nil,
		},
		{
			name: "lead rewritten with revised figures",
			old:  "A fire tore through a factory on Tuesday, killing at least 14 workers and injuring dozens more, officials said.",
			new:  "The death toll from a fire at a factory on the outskirts of the city rose to 19 on Tuesday, officials said, and 46 people were being treated in hospital.",
			want: []string{"changed at least 14 -> 19", "changed dozens -> 46"},
		},
		{
			name: "a split sentence moves a figure into another's",
			old:  "The fire grew to 12,000 acres and 900 firefighters were sent, officials said.About 3,200 residents were evacuated, and 14 homes were destroyed.",
			new:  "The fire grew to 18,500 acres, officials said.By evening 1,100 firefighters were at work, and 40 homes were destroyed.Evacuation orders cover 5,000 residents.",
			want: []string{"changed 12,000 acres -> 18,500 acres", "changed 900 -> 1,100", "changed 14 -> 40", "changed About 3,200 -> 5,000"},
		},
		{
			name: "a sentence swaps one percentage for another",
			old:  "The company said sales rose 8% to $4.1 billion in the quarter.",
			new:  "The company said sales rose to $4.1 billion in the quarter, while profit fell 12%.",
			want: []string{"removed 8%", "added 12%"},
		},
		{
			name: "two counts revised as their nouns are reworded",
			old:  "Twenty-three residents and nine staff at the home have fallen ill, officials said.",
			new:  "Twenty-nine people living at the home, and 11 members of staff, have now been taken ill, officials said.",
			want: []string{"changed Twenty-three -> Twenty-nine", "changed nine -> 11"},
		},
		{
			name: "a headline gains a toll beside its revised count",
			old:  "Measles cases in Orlen pass 2,000 as schools shut early",
			new:  "Orlen measles infections cross 2,300; deaths rise to 4",
			want: []string{"changed 2,000 -> 2,300", "added 4"},
		},
		{
			name: "a sentence drops one count and gains another",
			old:  "Intro line here. The company employs 3,000 people at the plant, a spokesman said. It was founded in 1950.",
			new:  "Intro line here. A spokesman said 2,400 cars a week roll off the line. It was founded in 1950.",
			want: []string{"removed 3,000", "added 2,400"},
		},
		{
			name: "a merged sentence drops one sum and quotes another",
			old:  "Intro line here. The fund will invest $2 billion in clean energy. Critics said it was too little.",
			new:  "Intro line here. Critics said the fund was too small, noting that rivals had raised $3 billion.",
			want: []string{"removed $2 billion", "added $3 billion"},
		},
		{
			name: "state beats noun in a rewritten lead",
			old:  "Officials said at least 46 miners were trapped underground after the gallery collapsed.",
			new:  "Rescuers said 35 men remain trapped and 11 miners have been pulled out alive after the gallery collapsed.",
			want: []string{"changed at least 46 -> 35", "added 11"},
		},
		{
			name: "states swapped in order with other nouns",
			old:  "By Wednesday 35 miners were still trapped and 11 had been rescued, the governor said.",
			new:  "Rescuers had brought out 20 miners by Thursday, while 24 men were still trapped, the governor said.",
			want: []string{"changed 11 -> 20", "changed 35 -> 24"},
		},
		{
			name: "synonyms of one state",
			old:  "Twelve crew members remain missing and 40 passengers were rescued, the coastguard said.",
			new:  "Helicopters freed 43 passengers, while nine sailors are still unaccounted for, the coastguard said.",
			want: []string{"changed 40 -> 43", "changed Twelve -> nine"},
		},
		{
			name: "people on board are not the dead",
			old:  "Ferry with about 180 people on board capsizes off Velin\n\nThe ferry sank at night.",
			new:  "At least 31 people dead as ferry capsizes off Velin\n\nThe ferry sank at night.",
			want: []string{"added At least 31", "removed about 180"},
		},
		{
			name: "the rescued are not the dead",
			old:  "Bus carrying 52 plunges into gorge; 20 rescued\n\nThe road was closed.",
			new:  "At least 17 dead as bus carrying 54 plunges into gorge\n\nThe road was closed.",
			want: []string{"added At least 17", "removed 20", "changed 52 -> 54"},
		},
		{
			name: "a toll written in digits revised to a hedged word, moved past a place",
			old:  "Intro line here. Landslides left 7 dead in eastern Ostrel on Tuesday, officials said. Shelters opened.",
			new:  "Intro line here. Shelters opened. Officials said landslides had killed 4 people in western Ostrel and at least nine in eastern Ostrel.",
			want: []string{"added 4", "changed 7 -> at least nine"},
		},
		{
			name: "headline rewritten around a new figure",
			old:  "Dengue cases in Morvath pass 12,000 as wards fill\nDengue cases in Morvath have crossed 12,000 this year.",
			new:  "Morvath dengue infections cross 13,000; deaths rise to 23\nDengue infections in Morvath have crossed 13,000 this year.",
			want: []string{"changed 12,000 -> 13,000", "added 23", "changed 12,000 -> 13,000"},
		},
		{
			name: "values moved with their words in a rewritten sentence",
			old:  "Of the 2.4 million valid ballots cast, about 1.31 million backed the plan and about 1.09 million opposed it.",
			new:  "About 1.31 million of the 2,400,000 valid ballots backed the plan, and about 1.09 million opposed it.",
		},
		{
			name: "two estimates split apart",
			old:  "Police said about 18,000 people joined a march through Calderport on Saturday against plans to close two hospitals, while organisers put the crowd at 45,000.",
			new:  "Organisers said 45,000 people marched through Calderport on Saturday against plans to close 2 hospitals. Police estimated the crowd at about 18,000.",
		},
		{
			name: "basis points as a fraction of a point",
			old:  "The bank cut its main rate by 25 basis points on Thursday.",
			new:  "The bank cut its main rate by a quarter of a percentage point on Thursday.",
		},
		{
			name: "basis points revised",
			old:  "The bank cut its main rate by 25 basis points on Thursday.",
			new:  "The bank cut its main rate by half a percentage point on Thursday.",
			want: []string{"changed 25 basis points -> half a percentage point"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Compare(tt.old, tt.new)
			got := brief(res)
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Compare()\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// TestRewordFactor checks the weight position keeps as wording changes.
func TestRewordFactor(t *testing.T) {
	tests := []struct {
		sim, want float64
	}{{1, 1}, {0.9, 1}, {0.7, 0.5}, {0.5, 0}, {0.2, 0}}
	for _, tt := range tests {
		if got := rewordFactor(tt.sim); !closeTo(got, tt.want) {
			t.Errorf("rewordFactor(%g) = %g; want %g", tt.sim, got, tt.want)
		}
	}
}

// TestLocalStem checks the crude lemmas of local context words.
func TestLocalStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"cases", "case"}, {"admitted", "admit"}, {"injuries", "injur"}, {"injured", "injur"}, {"carried", "carr"},
		{"reporting", "report"}, {"ferry's", "ferr"}, {"bus", "bus"}, {"class", "class"}, {"won", "won"},
		{"containment", "contain"}, {"contained", "contain"}, {"evacuation", "evacuat"}, {"evacuated", "evacuat"},
	}
	for _, tt := range tests {
		if got := localStem(tt.in); got != tt.want {
			t.Errorf("localStem(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
