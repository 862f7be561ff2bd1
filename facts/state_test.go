package facts

import "testing"

// findFigure returns the figure of text written figure, or nil.
func findFigure(text, figure string) *Figure {
	for _, f := range Extract(text) {
		if f.Text == figure {
			return &f
		}
	}
	return nil
}

// TestState checks that the words of one state give one state whatever
// noun is counted, and that nothing else gives one.
func TestState(t *testing.T) {
	tests := []struct {
		text, figure, state string
	}{
		{"At least 46 miners were trapped underground on Tuesday.", "At least 46", "trapped"},
		{"The storm damaged or destroyed about 410,000 homes.", "about 410,000", "damaged"},
		{"About 410,000 homes were destroyed or damaged by the storm.", "About 410,000", "damaged"},
		{"Rescuers said 35 men remain trapped and 11 miners have been pulled out alive.", "35", "trapped"},
		{"Rescuers said 35 men remain trapped and 11 miners have been pulled out alive.", "11", "rescued"},
		{"Kessa mine collapse: 35 miners trapped; 11 rescued", "11", "rescued"},
		{"Officials said 24 men still trapped; 20 miners brought out.", "20", "rescued"},
		{"Rescuers had brought out 20 miners by Thursday evening.", "20", "rescued"},
		{"Rescuers had brought 20 people up from the ravine by nightfall.", "20", "rescued"},
		{"Rescuers had pulled 52 survivors from the water by dawn.", "52", "rescued"},
		{"Coastguard helicopters freed 43 passengers from the burning deck.", "43", "rescued"},
		{"35 miners in the lower gallery remain trapped.", "35", "trapped"},
		{"A ferry carrying about 180 people capsized off Velin.", "about 180", "aboard"},
		{"A ferry with at least 210 aboard capsized off Velin.", "at least 210", "aboard"},
		{"A coach with 54 people on board left the road.", "54", "aboard"},
		{"Some 1,200 people have been evacuated from villages.", "Some 1,200", "evacuated"},
		{"Police detained 412 protesters in the capital.", "412", "arrested"},
		{"Police arrested 300 people on Thursday.", "300", "arrested"},
		{"Rescuers raced to reach 24 trapped men.", "24", "trapped"},
		{"Gunmen were holding 14 hostages in the bank.", "14", "abducted"},
		{"Ferry capsizes with about 180 aboardAsia Pacific", "about 180", "aboard"},
		{"Police said three hostages were freed.", "three", "rescued"},
		{"Nineteen patients remain in isolation, and 8 have been discharged.", "8", "discharged"},
		{"Twenty-one people remain in isolation and 10 have gone home.", "10", "discharged"},
		{"The storm forced 46 cancelled flights and 12 diverted jets.", "12", "diverted"},
		{"Police sought 12 arrest warrants.", "12", ""},
		{"The city sent 40 rescue workers.", "40", ""},
		{"Nine sailors are still unaccounted for.", "Nine", "missing"},
		{"Boat with 70 migrants sinks off Lessa", "70", "aboard"},
		{"There were 140 people on the plane, officials said.", "140", "aboard"},
		{"At least 31 people were killed when the ferry capsized.", "At least 31", "killed"},
		{"At least 14 people were killed and dozens more were injured.", "dozens", "wounded"},
		{"At least 19 people were killed and some 300 others were feared buried.", "some 300", "missing"},
		{"Key facts• Deaths: 2• Evacuated: 1,200", "2", "killed"},
		{"Key facts• Deaths: 2• Evacuated: 1,200", "1,200", "evacuated"},
		{"Nine people died, and 3 more in the west.", "3", "killed"},
		{"At least 20 people were injured.", "At least 20", "wounded"},
		{"Some 150 residents of nearby villages were evacuated.", "Some 150", "evacuated"},
		{"Police arrested 12 people and 5 more later.", "5", "arrested"},
		{"Hundreds of drivers were stranded overnight.", "Hundreds", "trapped"},
		// No state: the verb states none, or needs a word it lacks, or
		// the figure is not its object.
		{"Around 30 passengers remain trapped in two overturned carriages.", "two", ""},
		{"The army brought 300 troops to the border.", "300", ""},
		{"The company pulled 300 staff from the region.", "300", ""},
		{"About 200 workers were in the mine at the time.", "About 200", ""},
		{"The firm cut 1,200 jobs.", "1,200", ""},
	}
	for _, tt := range tests {
		f := findFigure(tt.text, tt.figure)
		if f == nil {
			t.Errorf("Extract(%q): no figure %q", tt.text, tt.figure)
			continue
		}
		if f.State != tt.state {
			t.Errorf("Extract(%q): figure %q state = %q; want %q", tt.text, tt.figure, f.State, tt.state)
		}
	}
}

// TestStateAndCasualty checks that another state than a casualty's keeps a
// figure from a casualty word elsewhere in its sentence, and that a place
// between a figure and its casualty word does not.
func TestStateAndCasualty(t *testing.T) {
	tests := []struct {
		text, figure string
		cat          Category
		key          string
	}{
		{"At least 31 people were killed when a ferry with at least 210 aboard capsized.", "at least 210", Count, ""},
		{"At least 17 dead as bus carrying 54 plunges into gorge", "54", Count, ""},
		{"At least nine people in eastern Ostrel were confirmed dead.", "At least nine", Casualties, "killed people"},
		{"Officials said at least nine in eastern Ostrel had died.", "at least nine", Casualties, "killed"},
		{"Landslides killed 4 people in western Ostrel and at least nine in eastern Ostrel.", "at least nine", Casualties, "killed people"},
		{"Another 46 people were still unaccounted for.", "46", Casualties, "missing people"},
		{"Officials said at least nine people in the eastern district of Ardel had been killed.", "at least nine", Casualties, "killed people"},
		{"Twelve people were taken to hospital in Marren.", "Twelve", Count, ""},
	}
	for _, tt := range tests {
		f := findFigure(tt.text, tt.figure)
		if f == nil {
			t.Errorf("Extract(%q): no figure %q", tt.text, tt.figure)
			continue
		}
		if f.Category != tt.cat || tt.key != "" && f.Key != tt.key {
			t.Errorf("Extract(%q): figure %q category/key = %s/%q; want %s/%q", tt.text, tt.figure, f.Category, f.Key, tt.cat, tt.key)
		}
	}
}

// TestFourDigitCount checks when four plain digits are a year and when a
// count: a plural noun or verb after them, or a level verb before them,
// makes a count; "in", "since" and a noun a year dates make a year.
func TestFourDigitCount(t *testing.T) {
	tests := []struct {
		text, figure string
		cat          Category
	}{
		{"1800 people were admitted to hospital last week.", "1800", Count},
		{"Hospital admissions rose to 1800 last week.", "1800", Count},
		{"The number of cases reached 1450 on Monday.", "1450", Count},
		{"Admissions stood at 1250 in March.", "1250", Count},
		{"Arrests were up from 1250 a year earlier.", "1250", Count},
		{"Officials said 1250 were sent home within a week.", "1250", Count},
		{"Officials said the 1850 residents would be rehoused.", "1850", Count},
		{"A total of 1800 people were evacuated.", "1800", Count},
		{"About 1800 patients were treated.", "About 1800", Count},
		{"At least 1863 rescue workers were deployed.", "At least 1863", Count},
		{"Clinics reported 1800 heat-related admissions.", "1800", Count},
		{"The 2004 tsunami-hit villages were rebuilt.", "2004", Date},
		{"In 2019 flood-hit towns asked for aid.", "2019", Date},
		{"The railway opened in 1800.", "1800", Date},
		{"It was the highest figure since 1998.", "1998", Date},
		{"The 1800 census counted 950 households.", "1800", Date},
		{"The 1996 floods destroyed the bridge.", "1996", Date},
		{"Emissions fell below 1990 levels.", "1990", Date},
		{"Prices returned to 2019 levels.", "2019", Date},
		{"1998 was a dry year.", "1998", Date},
		{"The museum moved from 1998 to 2004.", "1998", Date},
		{"The town was founded around 1800.", "around 1800", Date},
	}
	for _, tt := range tests {
		f := findFigure(tt.text, tt.figure)
		if f == nil {
			t.Errorf("Extract(%q): no figure %q", tt.text, tt.figure)
			continue
		}
		if f.Category != tt.cat {
			t.Errorf("Extract(%q): figure %q category = %s; want %s", tt.text, tt.figure, f.Category, tt.cat)
		}
	}
}
