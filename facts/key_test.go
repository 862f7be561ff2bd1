package facts

import "testing"

// TestKeys checks that phrasings of one fact give one key and concept, and
// that the casualty family shares its concept across phrasing.
func TestKeys(t *testing.T) {
	tests := []struct {
		text, figure, key, concept string
	}{
		{"Air strikes killed 25 fighters on Sunday.", "25", "killed fighters", "killed"},
		{"Twenty-five fighters were killed in air strikes.", "Twenty-five", "killed fighters", "killed"},
		{"The strikes left 25 fighters dead.", "25", "killed fighters", "killed"},
		{"The army said 25 fighters died in the strikes.", "25", "killed fighters", "killed"},
		{"Officials said 1,350 people had lost their lives.", "1,350", "killed people", "killed"},
		{"The floods killed 1,100 people last week.", "1,100", "killed people", "killed"},
		{"The death toll has risen to 1,350.", "1,350", "death toll", "killed"},
		{"The raid killed 9 rebels and wounded 14.", "14", "wounded rebels", "wounded"},
		{"The strikes injured 40 civilians and 12 soldiers.", "12", "wounded soldiers", "wounded"},
		{"Forty civilians were hurt in the blast.", "Forty", "wounded civilians", "wounded"},
		{"Twelve miners remain missing after the collapse.", "Twelve", "missing miners", "missing"},
		{"Three police officers were among the dead.", "Three", "killed officers", "killed"},
		{"The bodies of 12 miners were recovered on Sunday.", "12", "killed miners", "killed"},
		{"The crash claimed the lives of four teenagers.", "four", "killed teenagers", "killed"},
		{"Casualties included 40 soldiers, the army said.", "40", "casualties soldiers", "casualties"},
		{"Two firefighters suffered minor injuries.", "Two", "wounded firefighters", "wounded"},
		{"More than 5,000 U.S. troops are stationed in Iraq.", "More than 5,000", "U.S. troops stationed", "troop stationed"},
		{"The U.S. has stationed more than 5,000 troops in Iraq.", "more than 5,000", "U.S. troops stationed", "troop stationed"},
		{"The company cut 1,200 jobs.", "1,200", "jobs cut", "job cut"},
		{"The company said 1,200 jobs would be cut.", "1,200", "jobs cut", "job cut"},
		{"Congress approved a $3.5 billion aid package.", "$3.5 billion", "aid package", "packag money"},
		{"The aid package, worth $3.5 billion, was approved.", "$3.5 billion", "aid package", "packag money"},
		{"Inflation rose to 5.2% in March.", "5.2%", "inflation", "inflation percent"},
		{"Overseas members make up about 14% of the total.", "about 14%", "overseas members make", "made percent"},
		{"The vote was 7 to 4, with one abstention.", "4", "votes against", "votes against"},
		{"Visitors rose to 427,000, 23% more than in 2023.", "23%", "visitors rise", "visitor change"},
		{"The committee approved it by 7 votes to 5.", "5", "votes against", "votes against"},
		{"Owners raised prices in the past 12 months, by an average of 11%.", "11%", "prices rise", "pric change"},
		{"Rents rose by an average of 4% last year.", "4%", "rents rise", "rent change"},
	}
	for _, tt := range tests {
		var got *Figure
		for _, f := range Extract(tt.text) {
			if f.Text == tt.figure {
				got = &f
				break
			}
		}
		if got == nil {
			t.Errorf("Extract(%q): no figure %q", tt.text, tt.figure)
			continue
		}
		if got.Key != tt.key || got.Concept != tt.concept {
			t.Errorf("Extract(%q): figure %q key/concept = %q/%q; want %q/%q", tt.text, tt.figure, got.Key, got.Concept, tt.key, tt.concept)
		}
	}
}

// TestSentenceNorm checks that re-wrapped and re-typeset versions of a
// sentence have the same normalised form.
func TestSentenceNorm(t *testing.T) {
	a := Parse("Rescuers found at least\n25 survivors \u2014 \u201cmore\u201d than expected.")
	b := Parse("Rescuers found at least 25 survivors - \"more\" than expected.")
	if len(a.Sentences) != 1 || len(b.Sentences) != 1 {
		t.Fatalf("sentences: %d and %d; want 1 and 1", len(a.Sentences), len(b.Sentences))
	}
	if a.Sentences[0].Norm != b.Sentences[0].Norm {
		t.Errorf("Norm = %q and %q; want equal", a.Sentences[0].Norm, b.Sentences[0].Norm)
	}
}

// TestKeyF1 checks the key agreement measure: content words, stems, the
// casualty family and generic words.
func TestKeyF1(t *testing.T) {
	tests := []struct {
		got, want string
		f1        float64
	}{
		{"killed fighters", "killed fighters", 1},
		{"Killed Fighters", "fighters killed", 1},
		{"dead fighters", "killed fighters", 1},
		{"death toll", "killed", 1},
		{"strong winds", "area burned", 0},
		{"wind gusts", "gust", 0.6666666666666666},
		{"date talks", "talks date", 1},
		{"date", "talks date", 0},
		{"time", "date", 1},
		{"Brent crude", "Brent price", 0.5},
		{"President's age", "president age", 1},
		{"S&P 500 change", "S&P 500 level", 2.0 / 3},
		{"kindergartners vaccinated", "vaccination rate", 0.5},
		{"rain received", "rainfall", 2.0 / 3},
		{"station", "state", 0},
		{"party", "part", 0},
	}
	for _, tt := range tests {
		if got := KeyF1(tt.got, tt.want); got != tt.f1 {
			t.Errorf("KeyF1(%q, %q) = %v; want %v", tt.got, tt.want, got, tt.f1)
		}
	}
}

// TestMeasuredKeys checks that keys name what a figure measures: the noun
// it is the complement of, the noun after it, the subject of its clause,
// the verb taking it as object, whose age, the event a date dates.
func TestMeasuredKeys(t *testing.T) {
	tests := []struct {
		text, figure, key string
	}{
		{"Wind gusts of up to 70 mph brought down trees.", "up to 70 mph", "wind gusts"},
		{"Temperatures of 44°C were recorded in the south.", "44°C", "temperatures"},
		{"The regulator imposed a fine of £300k on the airline.", "£300k", "fine"},
		{"Regulators fined the airline £300k in May.", "£300k", "regulators fined"},
		{"Shares in the company rose 4.8% to 265 pence.", "4.8%", "shares rise"},
		{"Shares in the company rose 4.8% to 265 pence.", "265 pence", "share price"},
		{"The unemployment rate rose to 3.8% in March.", "3.8%", "unemployment rate"},
		{"About 52% of voters backed Smith in the runoff.", "About 52%", "voters backed Smith"},
		{"Brent crude rose $3.40, or 3.8%, to $92.75 a barrel.", "$3.40", "brent crude rise"},
		{"Brent crude rose $3.40, or 3.8%, to $92.75 a barrel.", "3.8%", "brent crude rise"},
		{"Brent crude rose $3.40, or 3.8%, to $92.75 a barrel.", "$92.75", "brent crude price"},
		{"A wildfire has burned more than 12,000 hectares since Friday.", "more than 12,000 hectares", "area burned"},
		{"More than 12,000 hectares have burned since Friday.", "More than 12,000 hectares", "area burned"},
		{"The National Renewal leader, Dmitar Vass, 53, said his party had won.", "53", "Dmitar Vass age"},
		{"The 22-year-old Spaniard won the final.", "22-year-old", "Spaniard age"},
		{"Talks will resume on Dec. 31, the ministry said.", "Dec. 31", "talks date"},
		{"The strike hit at 3:15 a.m. on Sunday.", "3:15 a.m.", "strike time"},
		{"The 1999 earthquake killed thousands.", "1999", "earthquake year"},
		{"Satellite images showed a crater roughly 15 metres wide.", "roughly 15 metres", "crater width"},
		{"The quake struck at a depth of 10 km.", "10 km", "quake depth"},
		{"The epicentre was about 35 km north-east of the capital.", "about 35 km", "distance from capital"},
		{"The bank raised its benchmark rate by 25 basis points to 5.5%.", "5.5%", "benchmark rate"},
		{"The bank raised rates for the 11th time, its 11th increase in 18 months.", "18 months", "period"},
		{"Night-time temperatures in the valley fell to -7°C.", "-7°C", "night-time temperatures"},
		{"Some areas received 180 mm of rain in 48 hours.", "180 mm", "rain received"},
		{"The government released $2 million in emergency funds.", "$2 million", "emergency funds"},
		{"The company cut its annual sales forecast to $8.2 billion.", "$8.2 billion", "annual sales forecast"},
		{"Schools in the province will stay closed until March 3.", "March 3", "schools date"},
		{"Turnout was 68.4%, the highest since 1998.", "1998", "turnout comparison year"},
		{"Vaccination rates fell to 91.3 percent, from 95.1 percent a year earlier.", "95.1 percent", "previous vaccination rates"},
		{"Junior doctors went on strike for 48 hours.", "48 hours", "strike duration"},
		{"Factory output contracted for a sixth straight month.", "sixth", "factory output straight month"},
		{"The club finished the season 17th in the table.", "17th", "table position"},
		{"Outbreak in numbers• Confirmed cases: 187• Target: about 48,000", "about 48,000", "Target"},
		{"Outbreak in numbers• Confirmed cases: 187• Target: about 48,000", "187", "Confirmed cases"},
		{"Arai was third, with Tomas Reyes fourth and Paulo Santi fifth.", "fifth", "Paulo Santi position"},
		{"Air traffic controllers staged a 24-hour walkout.", "24-hour", "walkout duration"},
		{"The Labour candidate had a lead of 3,400 votes.", "3,400", "lead"},
		{"The ruling Civic Union won 148 seats.", "148", "Civic Union seats won"},
		{"Arsenal beat Chelsea 3-1 on Saturday.", "3", "Arsenal score"},
		{"Arsenal beat Chelsea 3-1 on Saturday.", "1", "Chelsea score"},
		{"The Senate passed the bill 70-29 on Tuesday.", "70", "Senate votes for"},
		{"The Senate passed the bill 70-29 on Tuesday.", "29", "Senate votes against"},
		{"Opinion polls give the Liberals 41% of the vote.", "41%", "Liberals share of vote"},
		{"The wildfire is 30% contained, officials said.", "30%", "wildfire contained"},
		{"The FTSE 100 closed down 0.6% at 7,912 points.", "7,912 points", "FTSE 100"},
		{"Exports fell 8.4% in March, while imports rose 2.1%.", "2.1%", "imports rise"},
	}
	for _, tt := range tests {
		var got *Figure
		for _, f := range Extract(tt.text) {
			if f.Text == tt.figure {
				got = &f
				break
			}
		}
		if got == nil {
			t.Errorf("Extract(%q): no figure %q", tt.text, tt.figure)
			continue
		}
		if got.Key != tt.key {
			t.Errorf("Extract(%q): figure %q key = %q; want %q", tt.text, tt.figure, got.Key, tt.key)
		}
	}
}

// TestKeyRewording checks that one fact worded two ways gets one concept,
// which the diff uses to pair figures between versions.
func TestKeyRewording(t *testing.T) {
	tests := []struct {
		a, figA, b, figB string
	}{
		{"Brent crude rose $3.40 to $92.75.", "$3.40", "Brent crude was at $92.75 after a $3.40 rise.", "$3.40"},
		{"Brent crude rose $3.40 to $92.75.", "$92.75", "Brent crude was at $92.75 after a $3.40 rise.", "$92.75"},
		{"A wildfire has burned 12,000 hectares of forest.", "12,000 hectares", "12,000 hectares have burned since Friday.", "12,000 hectares"},
		{"The unemployment rate rose to 3.8%.", "3.8%", "The unemployment rate climbed to 3.8% in March.", "3.8%"},
		{"The strike began at 3:15 a.m.", "3:15 a.m.", "At 3:15 a.m. the strike began.", "3:15 a.m."},
		{"Dmitar Vass, 53, spoke.", "53", "The 53-year-old Dmitar Vass spoke.", "53-year-old"},
	}
	for _, tt := range tests {
		ca, cb := conceptOf(t, tt.a, tt.figA), conceptOf(t, tt.b, tt.figB)
		if ca != cb {
			t.Errorf("concepts of %q in %q and %q in %q = %q and %q; want equal", tt.figA, tt.a, tt.figB, tt.b, ca, cb)
		}
	}
}

// conceptOf returns the concept of the figure written fig in text.
func conceptOf(t *testing.T, text, fig string) string {
	t.Helper()
	for _, f := range Extract(text) {
		if f.Text == fig {
			return f.Concept
		}
	}
	t.Errorf("Extract(%q): no figure %q", text, fig)
	return ""
}
