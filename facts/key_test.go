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
