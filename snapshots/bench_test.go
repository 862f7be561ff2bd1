package snapshots

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// Benchmarks for BENCHMARKS.md ("## Snapshot store"). PostgreSQL ones need
// FACTDIFF_TEST_POSTGRES_DSN.

// perSecond reports the benchmark's rate as ops/s.
func perSecond(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}

// BenchmarkSave saves a new revision of a 6 KB article, with 20 figures, per
// operation: one durable transaction each.
func BenchmarkSave(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := openStore(b, be.fresh(b))
			r := rand.New(rand.NewPCG(1, 1))
			text := article(r, 6000)
			for b.Loop() {
				text = revise(r, text)
				if _, created, err := s.Save(ctx, Version{Watch: "w", Text: text, Figures: figuresOf(text, 20)}); err != nil || !created {
					b.Fatalf("Save = %v, %v", created, err)
				}
			}
			perSecond(b)
		})
	}
}

// BenchmarkSaveUnchanged saves the text already stored: the hash compare,
// no new version.
func BenchmarkSaveUnchanged(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := openStore(b, be.fresh(b))
			text := article(rand.New(rand.NewPCG(1, 1)), 6000)
			v := Version{Watch: "w", Text: text, SHA256: sha(text), Figures: figuresOf(text, 20)}
			if _, _, err := s.Save(ctx, v); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, created, err := s.Save(ctx, v); err != nil || created {
					b.Fatalf("Save = %v, %v", created, err)
				}
			}
			perSecond(b)
		})
	}
}

// BenchmarkLatest reads the newest version (text and 20 figures) of a watch
// with 100 versions.
func BenchmarkLatest(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := openStore(b, be.fresh(b))
			r := rand.New(rand.NewPCG(2, 2))
			text := article(r, 6000)
			for i := 0; i < 100; i++ {
				if _, _, err := s.Save(ctx, Version{Watch: "w", Text: text, Figures: figuresOf(text, 20)}); err != nil {
					b.Fatal(err)
				}
				text = revise(r, text)
			}
			for b.Loop() {
				if _, err := s.Latest(ctx, "w"); err != nil {
					b.Fatal(err)
				}
			}
			perSecond(b)
		})
	}
}

// BenchmarkHead reads the newest version's id, hash and validators.
func BenchmarkHead(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := openStore(b, be.fresh(b))
			saveRevisions(b, s, "w", 4, 100, time.Now().Add(-200*time.Hour))
			for b.Loop() {
				if _, err := s.Head(ctx, "w"); err != nil {
					b.Fatal(err)
				}
			}
			perSecond(b)
		})
	}
}

// BenchmarkRecordCheck logs one check per operation, each its own durable
// transaction, and (batch100) 100 checks per RecordChecks transaction,
// reported per check.
func BenchmarkRecordCheck(b *testing.B) {
	for _, be := range backends() {
		for _, batch := range []int{1, 100} {
			b.Run(fmt.Sprintf("%s/batch%d", be.name, batch), func(b *testing.B) {
				ctx := context.Background()
				s := openStore(b, be.fresh(b))
				cs := make([]Check, batch)
				for i := range cs {
					cs[i] = Check{Watch: fmt.Sprint("w", i), Outcome: "unchanged", Duration: time.Millisecond}
				}
				for b.Loop() {
					if err := s.RecordChecks(ctx, cs); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "checks/s")
			})
		}
	}
}

// BenchmarkStoredBytes stores 100 small successive revisions of a 6 KB
// article and reports what the store grew by per version: for SQLite the
// file's used pages (page_count - freelist_count) * page_size after a WAL
// checkpoint, for PostgreSQL pg_total_relation_size of the versions and
// figures tables (heap, TOAST and indexes). body-B/version is the
// compressed text alone. Run it with -benchtime=1x.
func BenchmarkStoredBytes(b *testing.B) {
	for _, be := range backends() {
		for _, figures := range []int{0, 20} {
			name := be.name + "/text"
			if figures > 0 {
				name = be.name + "/text+20figures"
			}
			b.Run(name, func(b *testing.B) {
				const n = 100
				var perVersion, body float64
				for b.Loop() {
					ctx := context.Background()
					s := openStore(b, be.fresh(b))
					before := storedBytes(b, s)
					r := rand.New(rand.NewPCG(3, 3))
					text := article(r, 6000)
					for i := 0; i < n; i++ {
						if _, _, err := s.Save(ctx, Version{Watch: "w", Text: text, Figures: figuresOf(text, figures)}); err != nil {
							b.Fatal(err)
						}
						text = revise(r, text)
					}
					perVersion = float64(storedBytes(b, s)-before) / n
					var sum int64
					if err := s.db.queryRow(ctx, "SELECT SUM(LENGTH(body)) FROM versions").Scan(&sum); err != nil {
						b.Fatal(err)
					}
					body = float64(sum) / n
					s.Close()
				}
				b.ReportMetric(perVersion, "B/version")
				b.ReportMetric(body, "body-B/version")
			})
		}
	}
}

// storedBytes returns the space the store's data takes, as
// BenchmarkStoredBytes describes.
func storedBytes(tb testing.TB, s *Store) int64 {
	tb.Helper()
	ctx := context.Background()
	var n int64
	var err error
	if s.Backend() == "sqlite" {
		if _, err = s.db.exec(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err == nil {
			err = s.db.queryRow(ctx, `SELECT (SELECT page_count FROM pragma_page_count())
				- (SELECT freelist_count FROM pragma_freelist_count())`).Scan(&n)
		}
		var size int64
		if err == nil {
			err = s.db.queryRow(ctx, "SELECT page_size FROM pragma_page_size()").Scan(&size)
		}
		n *= size
	} else {
		err = s.db.queryRow(ctx, `SELECT pg_total_relation_size('versions') + pg_total_relation_size('figures')`).Scan(&n)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return n
}
