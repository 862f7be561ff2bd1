package snapshots

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/factdiff/factdiff/facts"
)

// The conformance suite: every test runs against every backend, each on a
// fresh store. A backend passes when it behaves exactly like the others.

type suiteTest struct {
	name string
	run  func(t *testing.T, fresh func(testing.TB) string)
}

func suite() []suiteTest {
	return []suiteTest{
		{"SaveAndRead", testSaveAndRead},
		{"NotFound", testNotFound},
		{"BadInput", testSaveBadInput},
		{"Timeline", testTimeline},
		{"ChecksAndStatus", testChecksAndStatus},
		{"Prune", testPrune},
		{"PruneRebases", testPruneRebases},
		{"RacingSaves", testRacingSaves},
		{"SaveParent", testSaveParent},
		{"RacingClaims", testRacingClaims},
		{"ClaimLease", testClaimLease},
		{"ConcurrentOpen", testConcurrentOpen},
		{"SchemaTooNew", testSchemaTooNew},
		{"MigrationSteps", testMigrationSteps},
		{"Compression", testCompression},
		{"DetectsCorruption", testDetectsCorruption},
	}
}

func TestConformance(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			for _, st := range suite() {
				t.Run(st.name, func(t *testing.T) { st.run(t, b.fresh) })
			}
		})
	}
}

func sha(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

func ptr(f float64) *float64 { return &f }

// sameVersion reports how got differs from want, "" when it does not.
func sameVersion(got, want Version) string {
	switch {
	case got.ID != want.ID:
		return fmt.Sprintf("ID = %d, want %d", got.ID, want.ID)
	case got.Watch != want.Watch:
		return fmt.Sprintf("Watch = %q, want %q", got.Watch, want.Watch)
	case !got.FetchedAt.Equal(want.FetchedAt):
		return fmt.Sprintf("FetchedAt = %v, want %v", got.FetchedAt, want.FetchedAt)
	case got.SHA256 != want.SHA256:
		return fmt.Sprintf("SHA256 = %s, want %s", got.SHA256, want.SHA256)
	case got.Text != want.Text:
		return fmt.Sprintf("Text = %.40q… (%d bytes), want %.40q… (%d bytes)", got.Text, len(got.Text), want.Text, len(want.Text))
	case got.ETag != want.ETag || got.LastModified != want.LastModified || got.URL != want.URL:
		return fmt.Sprintf("validators = %q %q %q, want %q %q %q", got.ETag, got.LastModified, got.URL,
			want.ETag, want.LastModified, want.URL)
	case len(got.Figures) != len(want.Figures):
		return fmt.Sprintf("%d figures, want %d", len(got.Figures), len(want.Figures))
	}
	for i := range got.Figures {
		g, w := got.Figures[i], want.Figures[i]
		w.Context = nil // not stored
		if !reflect.DeepEqual(g, w) {
			return fmt.Sprintf("figure %d = %+v, want %+v", i, g, w)
		}
	}
	return ""
}

func testSaveAndRead(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	r := rand.New(rand.NewPCG(1, 2))
	text := article(r, 6000)
	at := time.Date(2025, 3, 1, 10, 0, 0, 123456789, time.UTC)

	var saved []Version
	for i := 0; i < 5; i++ {
		want := Version{
			Watch: "baghdad", FetchedAt: at.Add(time.Duration(i) * time.Hour), Text: text,
			ETag: fmt.Sprintf(`"etag-%d"`, i), LastModified: "Sat, 01 Mar 2025 10:00:00 GMT",
			URL: "https://example.org/a", Figures: figuresOf(text, 12),
		}
		if i == 2 {
			// A sentence that is not in the text is stored as given.
			want.Figures[0].Sentence = "A sentence from elsewhere."
			want.Figures[1].Sentence = ""
			// A text that is not the span is stored as given too, and so
			// are offsets outside the text.
			want.Figures[2].Text = "twenty"
			want.Figures[3].Start, want.Figures[3].End = len(text)+5, len(text)+9
		}
		got, created, err := s.Save(ctx, want)
		if err != nil || !created {
			t.Fatalf("Save(version %d) = created %v, %v; want created", i, created, err)
		}
		want.ID, want.SHA256 = got.ID, sha(text)
		if d := sameVersion(got, want); d != "" {
			t.Fatalf("Save(version %d) returned %s", i, d)
		}
		saved = append(saved, want)

		// The same text again is not a new version.
		again, created, err := s.Save(ctx, Version{Watch: "baghdad", Text: text, FetchedAt: at.Add(time.Minute)})
		if err != nil || created {
			t.Fatalf("Save(same text) = created %v, %v; want not created", created, err)
		}
		if d := sameVersion(again, want); d != "" {
			t.Fatalf("Save(same text) returned %s", d)
		}
		text = revise(r, text)
	}

	for i, want := range saved {
		got, err := s.Version(ctx, want.ID)
		if err != nil {
			t.Fatalf("Version(%d): %v", want.ID, err)
		}
		if d := sameVersion(got, want); d != "" {
			t.Errorf("Version(%d): %s", want.ID, d)
		}
		if i > 0 {
			prev, err := s.Previous(ctx, want.ID)
			if err != nil || prev.ID != saved[i-1].ID {
				t.Errorf("Previous(%d) = %d, %v; want %d", want.ID, prev.ID, err, saved[i-1].ID)
			}
		}
	}
	latest, err := s.Latest(ctx, "baghdad")
	if err != nil {
		t.Fatalf("Latest: %v", err)
	}
	if d := sameVersion(latest, saved[len(saved)-1]); d != "" {
		t.Errorf("Latest: %s", d)
	}

	head, err := s.Head(ctx, "baghdad")
	if err != nil {
		t.Fatalf("Head: %v", err)
	}
	wantHead := saved[len(saved)-1]
	wantHead.Text, wantHead.Figures = "", nil
	if d := sameVersion(head, wantHead); d != "" {
		t.Errorf("Head: %s", d)
	}

	hist, err := s.History(ctx, "baghdad")
	if err != nil {
		t.Fatalf("History: %v", err)
	}
	if len(hist) != len(saved) {
		t.Fatalf("History: %d versions, want %d", len(hist), len(saved))
	}
	for i, h := range hist {
		want := saved[i]
		want.Text, want.Figures = "", nil
		if d := sameVersion(h, want); d != "" {
			t.Errorf("History[%d]: %s", i, d)
		}
	}

	// A given hash is used as is: the caller hashes the normalised text.
	custom := sha("normalised form")
	got, created, err := s.Save(ctx, Version{Watch: "other", Text: "Text as shown.", SHA256: custom})
	if err != nil || !created || got.SHA256 != custom {
		t.Errorf("Save(custom sha) = %s, %v, %v; want %s, true, nil", got.SHA256, created, err, custom)
	}
	if _, created, _ := s.Save(ctx, Version{Watch: "other", Text: "Text shown differently.", SHA256: custom}); created {
		t.Errorf("Save(same custom sha, other text) created a version; want not")
	}
	if err := s.Verify(ctx); err != nil {
		t.Errorf("Verify: %v", err)
	}
}

func testNotFound(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	first, _, err := s.Save(ctx, Version{Watch: "w", Text: "one"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		call func() error
	}{
		{"Latest(unknown)", func() error { _, err := s.Latest(ctx, "nope"); return err }},
		{"Version(unknown)", func() error { _, err := s.Version(ctx, first.ID+1000); return err }},
		{"Previous(first)", func() error { _, err := s.Previous(ctx, first.ID); return err }},
		{"Previous(unknown)", func() error { _, err := s.Previous(ctx, first.ID+1000); return err }},
		{"Head(unknown)", func() error { _, err := s.Head(ctx, "nope"); return err }},
		{"History(unknown)", func() error { _, err := s.History(ctx, "nope"); return err }},
		{"Timeline(unknown)", func() error { _, err := s.Timeline(ctx, "nope", "killed"); return err }},
		{"Prune(unknown)", func() error { _, err := s.Prune(ctx, "nope", Retention{Keep: 1}); return err }},
	}
	for _, tt := range tests {
		if err := tt.call(); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s = %v; want ErrNotFound", tt.name, err)
		}
	}
	_, err = s.Latest(ctx, "nope")
	if want := `snapshots: latest "nope": not found`; err == nil || err.Error() != want {
		t.Errorf("Latest(unknown) error = %q; want %q", err, want)
	}
}

func testSaveBadInput(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	tests := []struct {
		name string
		v    Version
	}{
		{"no watch", Version{Text: "x"}},
		{"short sha", Version{Watch: "w", Text: "x", SHA256: "abc"}},
		{"not hex", Version{Watch: "w", Text: "x", SHA256: sha("x")[:62] + "zz"}},
	}
	for _, tt := range tests {
		if _, created, err := s.Save(ctx, tt.v); err == nil || created {
			t.Errorf("Save(%s) = %v, %v; want an error", tt.name, created, err)
		}
	}
	if _, err := s.Claim(ctx, "w", time.Now(), "", time.Minute); err == nil {
		t.Errorf("Claim(no holder) = nil error; want an error")
	}
	if _, err := s.Prune(ctx, "w", Retention{Keep: -1}); err == nil {
		t.Errorf("Prune(Keep -1) = nil error; want an error")
	}
	// Invalid UTF-8 and NUL bytes are stored as they are.
	odd := "caf\xe9 \x00 end"
	v, _, err := s.Save(ctx, Version{Watch: "odd", Text: odd})
	if err != nil {
		t.Fatalf("Save(odd bytes): %v", err)
	}
	if got, err := s.Version(ctx, v.ID); err != nil || got.Text != odd {
		t.Errorf("Version(odd bytes) = %q, %v; want %q", got.Text, err, odd)
	}
}

func testTimeline(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	texts := []string{
		"Officials said at least 25 fighters were killed. Ten people were hurt.",
		"Officials said at least 26 fighters were killed. Ten people were hurt.",
		"Officials said the death toll rose to 30. Twelve people were hurt.",
	}
	fig := func(text, key, concept, span string, value float64) facts.Figure {
		i := indexOf(text, span)
		end := indexOf(text, ".") + 1
		if i > end {
			end = len(text)
		}
		return facts.Figure{Key: key, Concept: concept, Category: facts.Casualties, Value: value,
			Text: span, Start: i, End: i + len(span), Sentence: text[:end], Unit: "fighters"}
	}
	var ids []int64
	for i, text := range texts {
		var figs []facts.Figure
		switch i {
		case 0:
			figs = []facts.Figure{fig(text, "killed fighters", "killed", "at least 25", 25)}
		case 1:
			figs = []facts.Figure{fig(text, "killed fighters", "killed", "at least 26", 26)}
		case 2:
			figs = []facts.Figure{fig(text, "death toll", "killed", "30", 30)}
		}
		v, _, err := s.Save(ctx, Version{Watch: "w", Text: text, Figures: figs})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.ID)
	}
	tests := []struct {
		key  string
		want []float64
	}{
		{"killed fighters", []float64{25, 26}},
		{"killed", []float64{25, 26, 30}},
		{"death toll", []float64{30}},
		{"wounded", nil},
	}
	for _, tt := range tests {
		points, err := s.Timeline(ctx, "w", tt.key)
		if err != nil {
			t.Fatalf("Timeline(%q): %v", tt.key, err)
		}
		var got []float64
		for _, p := range points {
			got = append(got, p.Figure.Value)
			if p.Figure.Sentence == "" || p.Figure.Sentence != texts[slices.Index(ids, p.VersionID)][:len(p.Figure.Sentence)] {
				t.Errorf("Timeline(%q) point %d sentence = %q", tt.key, p.VersionID, p.Figure.Sentence)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Timeline(%q) = %v; want %v", tt.key, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func testChecksAndStatus(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	v, _, err := s.Save(ctx, Version{Watch: "a", Text: "first", FetchedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	checks := []Check{
		{Watch: "a", At: t0, Outcome: "first", Duration: time.Second, VersionID: v.ID},
		{Watch: "a", At: t0.Add(2 * time.Minute), Outcome: "error", Error: "timeout"},
		// Recorded late: the status keeps the newest check.
		{Watch: "a", At: t0.Add(time.Minute), Outcome: "unchanged", Duration: time.Millisecond},
		{Watch: "b", At: t0, Outcome: "error", Error: "404"},
	}
	for _, c := range checks[:2] {
		if err := s.RecordCheck(ctx, c); err != nil {
			t.Fatalf("RecordCheck(%+v): %v", c, err)
		}
	}
	if err := s.RecordChecks(ctx, checks[2:]); err != nil {
		t.Fatalf("RecordChecks: %v", err)
	}
	if err := s.RecordChecks(ctx, []Check{{Watch: "c", Outcome: "first"}, {Outcome: "nameless"}}); err == nil {
		t.Errorf("RecordChecks(one without a watch) = nil error; want an error")
	}
	got, err := s.Watches(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []WatchStatus{
		{Watch: "a", Versions: 1, LastCheck: t0.Add(2 * time.Minute), LastOutcome: "error", LastError: "timeout",
			LastChange: t0, LastSuccess: t0.Add(time.Minute)},
		{Watch: "b", LastCheck: t0, LastOutcome: "error", LastError: "404"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Watches() = %+v\nwant %+v", got, want)
	}
	log, err := s.Checks(ctx, "a", 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].Outcome != "error" || log[1].Outcome != "unchanged" || log[1].Duration != time.Millisecond {
		t.Errorf("Checks(a, 2) = %+v; want the error then the unchanged check", log)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Watches: 2, Versions: 1, Figures: 0, Checks: 4}); st != want {
		t.Errorf("Stats() = %+v; want %+v", st, want)
	}
	if n, err := s.PruneChecks(ctx, t0.Add(90*time.Second)); n != 3 || err != nil {
		t.Errorf("PruneChecks = %d, %v; want 3, nil", n, err)
	}
	if got, _ := s.Watches(ctx); !reflect.DeepEqual(got, want) {
		t.Errorf("Watches() after PruneChecks = %+v; want unchanged", got)
	}
}

// saveRevisions saves n successive revisions for watch, an hour apart from
// start, and returns them as saved.
func saveRevisions(t testing.TB, s *Store, watch string, seed uint64, n int, start time.Time) []Version {
	t.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(seed, 7))
	text := article(r, 3000)
	var out []Version
	for i := 0; i < n; i++ {
		v, created, err := s.Save(ctx, Version{Watch: watch, Text: text, FetchedAt: start.Add(time.Duration(i) * time.Hour),
			Figures: figuresOf(text, 3)})
		if err != nil || !created {
			t.Fatalf("Save(%s #%d) = %v, %v", watch, i, created, err)
		}
		out = append(out, v)
		text = revise(r, text)
	}
	return out
}

func testPrune(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	now := time.Now()
	start := now.Add(-10 * time.Hour) // versions at -10h … -1h
	tests := []struct {
		name string
		r    Retention
		keep []int // indexes of the versions kept
	}{
		{"nothing set keeps all", Retention{}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"keep 3", Retention{Keep: 3}, []int{0, 7, 8, 9}},
		{"keep 1 keeps first and latest", Retention{Keep: 1}, []int{0, 9}},
		{"keep more than there are", Retention{Keep: 50}, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"younger than 4.5h", Retention{MaxAge: 4*time.Hour + 30*time.Minute}, []int{0, 6, 7, 8, 9}},
		{"either rule keeps", Retention{Keep: 2, MaxAge: 3*time.Hour + 30*time.Minute}, []int{0, 7, 8, 9}},
		{"all too old", Retention{MaxAge: time.Minute}, []int{0, 9}},
	}
	s := openStore(t, fresh(t))
	for i, tt := range tests {
		watch := fmt.Sprintf("w%d", i)
		saved := saveRevisions(t, s, watch, uint64(i), 10, start)
		n, err := s.Prune(ctx, watch, tt.r)
		if err != nil {
			t.Fatalf("%s: Prune: %v", tt.name, err)
		}
		if want := len(saved) - len(tt.keep); n != want {
			t.Errorf("%s: Prune = %d; want %d", tt.name, n, want)
		}
		hist, err := s.History(ctx, watch)
		if err != nil {
			t.Fatal(err)
		}
		var got, want []int64
		for _, h := range hist {
			got = append(got, h.ID)
		}
		for _, k := range tt.keep {
			want = append(want, saved[k].ID)
			v, err := s.Version(ctx, saved[k].ID)
			if err != nil {
				t.Errorf("%s: Version(%d) after prune: %v", tt.name, saved[k].ID, err)
			} else if d := sameVersion(v, saved[k]); d != "" {
				t.Errorf("%s: Version(%d) after prune: %s", tt.name, saved[k].ID, d)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: kept %v; want %v", tt.name, got, want)
		}
	}
	if err := s.Verify(ctx); err != nil {
		t.Errorf("Verify: %v", err)
	}
}

// testPruneRebases deletes keyframes that kept versions depend on.
func testPruneRebases(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	start := time.Now().Add(-100 * time.Hour)
	// Two unrelated articles in turn under one watch: each switch makes a
	// keyframe, the revisions after it deltas.
	var saved []Version
	r := rand.New(rand.NewPCG(3, 4))
	texts := []string{article(r, 4000), noise(r, 4000)}
	for i := 0; i < 40; i++ {
		k := (i / 10) % 2
		texts[k] = revise(r, texts[k])
		v, _, err := s.Save(ctx, Version{Watch: "w", Text: texts[k], FetchedAt: start.Add(time.Duration(i) * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		saved = append(saved, v)
	}
	before := codecs(t, s)
	if before[codecZlib] < 4 || before[codecZlibDict] < 30 {
		t.Fatalf("codecs before prune = %v; want ≥4 keyframes and ≥30 deltas", before)
	}
	n, err := s.Prune(ctx, "w", Retention{Keep: 5})
	if err != nil || n != 34 {
		t.Fatalf("Prune = %d, %v; want 34", n, err)
	}
	for _, k := range []int{0, 35, 36, 37, 38, 39} {
		v, err := s.Version(ctx, saved[k].ID)
		if err != nil {
			t.Fatalf("Version(#%d) after prune: %v", k, err)
		}
		if d := sameVersion(v, saved[k]); d != "" {
			t.Errorf("Version(#%d) after prune: %s", k, d)
		}
	}
	after := codecs(t, s)
	if after[codecZlibDict] != 4 {
		t.Errorf("codecs after prune = %v; want the 4 survivors after a keyframe re-encoded as deltas", after)
	}
	if err := s.Verify(ctx); err != nil {
		t.Errorf("Verify: %v", err)
	}
	// Saving goes on from the re-based versions.
	next := revise(r, texts[1])
	v, _, err := s.Save(ctx, Version{Watch: "w", Text: next})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.Version(ctx, v.ID); err != nil || got.Text != next {
		t.Errorf("Version(after re-base) = %v; want the saved text", err)
	}
}

// noise returns size bytes of made-up words that share nothing with article.
func noise(r *rand.Rand, size int) string {
	b := make([]byte, 0, size)
	for len(b) < size {
		for n := 2 + r.IntN(8); n > 0; n-- {
			b = append(b, byte('a'+r.IntN(26)))
		}
		b = append(b, ' ')
		if r.IntN(12) == 0 {
			b = append(b, "1. "...)
		}
	}
	return string(b)
}

func codecs(t testing.TB, s *Store) map[int64]int {
	t.Helper()
	r, err := s.db.query(context.Background(), "SELECT codec, COUNT(*) FROM versions GROUP BY codec")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	out := map[int64]int{}
	for r.Next() {
		var c int64
		var n int
		if err := r.Scan(&c, &n); err != nil {
			t.Fatal(err)
		}
		out[c] = n
	}
	return out
}

// testRacingSaves has several handles on one store (several connections,
// as several processes would) save the same text at once.
func testRacingSaves(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	dsn := fresh(t)
	const writers = 6
	stores := make([]*Store, writers)
	for i := range stores {
		stores[i] = openStore(t, dsn)
	}
	r := rand.New(rand.NewPCG(5, 6))
	text := article(r, 6000)
	for round := 0; round < 5; round++ {
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			created int
			ids     = map[int64]bool{}
		)
		startGun := make(chan struct{})
		for i := 0; i < writers; i++ {
			wg.Add(1)
			go func(s *Store) {
				defer wg.Done()
				<-startGun
				v, c, err := s.Save(ctx, Version{Watch: "race", Text: text, Figures: figuresOf(text, 5)})
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					t.Errorf("round %d: Save: %v", round, err)
					return
				}
				if c {
					created++
				}
				ids[v.ID] = true
			}(stores[i%len(stores)])
		}
		close(startGun)
		wg.Wait()
		if created != 1 || len(ids) != 1 {
			t.Errorf("round %d: %d writers created %d versions with ids %v; want exactly 1", round, writers, created, ids)
		}
		text = revise(r, text)
	}
	hist, err := stores[0].History(ctx, "race")
	if err != nil || len(hist) != 5 {
		t.Errorf("History = %d versions, %v; want 5", len(hist), err)
	}
}

// testSaveParent: a save conditional on its parent creates nothing once
// another writer stored a newer version, so a slow check's older text never
// lands on top of it.
func testSaveParent(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	v1, _, err := s.Save(ctx, Version{Watch: "p", Text: "25 killed."})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		text        string
		parent      int64
		wantCreated bool
		wantText    string
	}{
		{"on the latest", "26 killed.", v1.ID, true, "26 killed."},
		{"on an older version", "27 killed.", v1.ID, false, "26 killed."},
		{"same text, older parent", "26 killed.", v1.ID, false, "26 killed."},
		{"unconditional", "28 killed.", 0, true, "28 killed."},
	}
	for _, tt := range tests {
		got, created, err := s.Save(ctx, Version{Watch: "p", Text: tt.text, Parent: tt.parent})
		if err != nil || created != tt.wantCreated || got.Text != tt.wantText {
			t.Errorf("%s: Save = %q, created %v, %v; want %q, created %v", tt.name, got.Text, created, err, tt.wantText, tt.wantCreated)
		}
	}
}

func testRacingClaims(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	dsn := fresh(t)
	stores := []*Store{openStore(t, dsn), openStore(t, dsn), openStore(t, dsn)}
	const racers = 12
	due := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	for round := 0; round < 5; round++ {
		due := due.Add(time.Duration(round) * time.Minute)
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			winners []string
		)
		startGun := make(chan struct{})
		for i := 0; i < racers; i++ {
			wg.Add(1)
			go func(s *Store, holder string) {
				defer wg.Done()
				<-startGun
				l, err := s.Claim(ctx, "w", due, holder, time.Minute)
				if err != nil {
					t.Errorf("Claim(%s): %v", holder, err)
				}
				if l.Held {
					mu.Lock()
					winners = append(winners, holder)
					mu.Unlock()
				}
			}(stores[i%len(stores)], fmt.Sprintf("proc-%d", i))
		}
		close(startGun)
		wg.Wait()
		if len(winners) != 1 {
			t.Errorf("round %d: winners %v; want exactly one", round, winners)
		}
	}
}

func testClaimLease(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	due := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	// Only expiries are waited for, never their absence, so a slow
	// machine cannot make the test flaky.
	const short, long, expire = 200 * time.Millisecond, time.Minute, 400 * time.Millisecond
	type step struct {
		wait   time.Duration // before the call
		call   string        // "claim" or "done"
		holder string
		lease  time.Duration
		want   bool  // claim: owns the run
		err    error // done: the error wanted
	}
	steps := []step{
		{call: "claim", holder: "a", lease: long, want: true},
		{call: "claim", holder: "b", lease: long, want: false},
		{call: "claim", holder: "a", lease: short, want: true},               // idempotent; renews, here shorter
		{wait: expire, call: "claim", holder: "b", lease: short, want: true}, // a's lease expired
		{call: "done", holder: "a", err: ErrClaimLost},
		{call: "done", holder: "b"},                                          // fine though b's lease may have expired: nobody took over
		{wait: expire, call: "claim", holder: "c", lease: long, want: false}, // done: never taken over
		{call: "claim", holder: "a", lease: long, want: false},
		{call: "claim", holder: "b", lease: long, want: false},
	}
	for i, st := range steps {
		time.Sleep(st.wait)
		switch st.call {
		case "claim":
			got, err := s.Claim(ctx, "w", due, st.holder, st.lease)
			if err != nil || got.Held != st.want {
				t.Fatalf("step %d: Claim(%s) = %+v, %v; want held %v", i, st.holder, got, err, st.want)
			}
		case "done":
			if err := s.Done(ctx, "w", due, st.holder); !errors.Is(err, st.err) {
				t.Fatalf("step %d: Done(%s) = %v; want %v", i, st.holder, err, st.err)
			}
		}
	}
	// A loser learns who holds the run and for how long, or that it is done.
	due2 := due.Add(-time.Minute)
	if l, err := s.Claim(ctx, "w", due2, "a", long); !l.Held || l.Holder != "a" || l.Remaining <= 0 || l.Remaining > long || err != nil {
		t.Errorf("Claim(a, fresh run) = %+v, %v; want held by a for at most %v", l, err, long)
	}
	if l, err := s.Claim(ctx, "w", due2, "b", short); l.Held || l.Done || l.Holder != "a" || l.Remaining <= short || l.Remaining > long || err != nil {
		t.Errorf("Claim(b, run a holds) = %+v, %v; want a's lease, up to %v left", l, err, long)
	}
	if err := s.Done(ctx, "w", due2, "a"); err != nil {
		t.Errorf("Done(a) = %v", err)
	}
	if l, err := s.Claim(ctx, "w", due2, "b", short); l.Held || !l.Done || err != nil {
		t.Errorf("Claim(b, run done) = %+v, %v; want done, not held", l, err)
	}
	// Another run of the same watch is a separate claim.
	if l, err := s.Claim(ctx, "w", due.Add(time.Minute), "c", long); !l.Held || err != nil {
		t.Errorf("Claim(next run) = %+v, %v; want held", l, err)
	}
	if err := s.Done(ctx, "w", due.Add(2*time.Minute), "c"); !errors.Is(err, ErrClaimLost) {
		t.Errorf("Done(unclaimed run) = %v; want ErrClaimLost", err)
	}
	if n, err := s.PruneClaims(ctx, due.Add(time.Second)); n != 2 || err != nil {
		t.Errorf("PruneClaims = %d, %v; want 2", n, err)
	}
}

func testConcurrentOpen(t *testing.T, fresh func(testing.TB) string) {
	dsn := fresh(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(context.Background(), dsn)
			if err != nil {
				t.Errorf("Open: %v", err)
				return
			}
			s.Close()
		}()
	}
	wg.Wait()
	s := openStore(t, dsn)
	v, err := schemaVersion(context.Background(), s.db, s.db.dialect())
	if err != nil || v != SchemaVersion() {
		t.Errorf("schema version = %d, %v; want %d", v, err, SchemaVersion())
	}
}

func testSchemaTooNew(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	dsn := fresh(t)
	s := openStore(t, dsn)
	if _, _, err := s.Save(ctx, Version{Watch: "w", Text: "kept"}); err != nil {
		t.Fatal(err)
	}
	newer := SchemaVersion() + 1
	if _, err := s.db.exec(ctx, "INSERT INTO schema_version (version, name, applied_ns) VALUES (?, 'from the future', 0)", newer); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)
	s.Close()
	snap := snapshotFile(t, dsn)

	_, err := Open(ctx, dsn)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open(newer schema) = %v; want ErrSchemaTooNew", err)
	}
	t.Logf("Open(newer schema): %v", err)
	snap.check(t)
	// Look inside without Open (which refuses): reuse the low-level open.
	var db database
	if isPostgres(dsn) {
		db, err = openPostgres(ctx, dsn)
	} else {
		db, err = rawSQLite(dsn)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer db.close()
	if after := dump(t, &Store{db: db}); !reflect.DeepEqual(after, before) {
		t.Errorf("store changed by a refused Open:\nbefore %v\nafter  %v", before, after)
	}
}

// dump returns a summary of a store's content for before/after checks.
func dump(t testing.TB, s *Store) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		"SELECT version || ':' || name FROM schema_version ORDER BY version",
		"SELECT name FROM watches ORDER BY id",
		"SELECT id || ':' || sha256 FROM versions ORDER BY id",
	} {
		r, err := s.db.query(context.Background(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for r.Next() {
			var v string
			if err := r.Scan(&v); err != nil {
				t.Fatal(err)
			}
			out = append(out, v)
		}
		r.Close()
	}
	return out
}

func testCompression(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	r := rand.New(rand.NewPCG(9, 9))
	text := article(r, 6000)
	var body int
	const n = 40
	for i := 0; i < n; i++ {
		if _, _, err := s.Save(ctx, Version{Watch: "w", Text: text}); err != nil {
			t.Fatal(err)
		}
		text = revise(r, text)
	}
	if err := s.db.queryRow(ctx, "SELECT SUM(LENGTH(body)) FROM versions").Scan(&body); err != nil {
		t.Fatal(err)
	}
	if per := body / n; per > 600 {
		t.Errorf("%d revisions of a 6 KB article stored in %d body bytes each; want ≤ 600", n, per)
	}
}

func testDetectsCorruption(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	s := openStore(t, fresh(t))
	saved := saveRevisions(t, s, "w", 1, 3, time.Now())
	if err := s.Verify(ctx); err != nil {
		t.Fatalf("Verify(healthy store) = %v", err)
	}
	// Damage the first version, the keyframe the others depend on.
	var body []byte
	if err := s.db.queryRow(ctx, "SELECT body FROM versions WHERE id = ?", saved[0].ID).Scan(&body); err != nil {
		t.Fatal(err)
	}
	body[len(body)/2] ^= 0x10
	if _, err := s.db.exec(ctx, "UPDATE versions SET body = ? WHERE id = ?", body, saved[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(ctx); !errors.Is(err, ErrInconsistent) {
		t.Errorf("Verify(damaged) = %v; want ErrInconsistent", err)
	}
	for _, v := range saved {
		if _, err := s.Version(ctx, v.ID); !errors.Is(err, errCorrupt) {
			t.Errorf("Version(%d) of a damaged store = %v; want errCorrupt", v.ID, err)
		}
	}
}

// testMigrationSteps runs later steps over a store, as a newer binary
// would, and a failing step, which must leave no trace.
func testMigrationSteps(t *testing.T, fresh func(testing.TB) string) {
	ctx := context.Background()
	dsn := fresh(t)
	s := openStore(t, dsn)
	if _, _, err := s.Save(ctx, Version{Watch: "w", Text: "kept across migrations"}); err != nil {
		t.Fatal(err)
	}
	steps := append(migrations(),
		migration{name: "add notes", stmts: []string{
			"CREATE TABLE notes (id {{id}}, body TEXT NOT NULL)",
			"INSERT INTO notes (body) VALUES ('first')",
		}},
		migration{name: "broken", stmts: []string{
			"CREATE TABLE half_done (x INTEGER)",
			"INSERT INTO no_such_table VALUES (1)",
		}},
	)
	tableCount := func(name string) int {
		var n int
		if err := s.db.queryRow(ctx, "SELECT COUNT(*) FROM ("+s.db.dialect().tableExists+") t", name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	tests := []struct {
		steps       int
		wantErr     bool
		wantVersion int
		wantNotes   int // 1 when the notes table exists
		wantHalf    int // 1 when the broken step's first table exists
	}{
		{steps: SchemaVersion(), wantVersion: SchemaVersion()},
		{steps: SchemaVersion() + 1, wantVersion: SchemaVersion() + 1, wantNotes: 1},
		{steps: SchemaVersion() + 1, wantVersion: SchemaVersion() + 1, wantNotes: 1}, // again: nothing to do
		{steps: SchemaVersion() + 2, wantErr: true, wantVersion: SchemaVersion() + 1, wantNotes: 1},
	}
	for i, tt := range tests {
		err := migrate(ctx, s.db, steps[:tt.steps])
		if (err != nil) != tt.wantErr {
			t.Fatalf("case %d: migrate(%d steps) = %v; want error %v", i, tt.steps, err, tt.wantErr)
		}
		v, err := schemaVersion(ctx, s.db, s.db.dialect())
		if err != nil || v != tt.wantVersion {
			t.Errorf("case %d: schema version = %d, %v; want %d", i, v, err, tt.wantVersion)
		}
		if got := tableCount("notes"); got != tt.wantNotes {
			t.Errorf("case %d: notes table count = %d; want %d", i, got, tt.wantNotes)
		}
		if got := tableCount("half_done"); got != tt.wantHalf {
			t.Errorf("case %d: a failed step left its first table (%d)", i, got)
		}
	}
	var notes int
	if err := s.db.queryRow(ctx, "SELECT COUNT(*) FROM notes").Scan(&notes); err != nil || notes != 1 {
		t.Errorf("notes rows = %d, %v; want 1 (the step ran once)", notes, err)
	}
	if v, err := s.Latest(ctx, "w"); err != nil || v.Text != "kept across migrations" {
		t.Errorf("Latest after migrations = %q, %v", v.Text, err)
	}
	// This binary now refuses the store, which is newer than it.
	if _, err := Open(ctx, dsn); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open(store migrated further) = %v; want ErrSchemaTooNew", err)
	}
}
