package snapshots

import (
	"context"
	"flag"
	"path/filepath"
	"testing"

	"github.com/factdiff/factdiff/internal/pgtest"
)

// update is the -update flag that `go test ./... -update` passes to every
// test binary. This package has no golden files; the flag is declared so
// that the command works.
var update = flag.Bool("update", false, "rewrite golden files")

// backend makes fresh, empty stores of one kind.
type backend struct {
	name string
	// fresh returns the DSN of a new empty store, removed when tb ends.
	fresh func(tb testing.TB) string
}

// backends returns the stores to test: SQLite always, PostgreSQL when
// pgtest.Env is set. Under CI (CI=true) a missing PostgreSQL is a failure,
// never a skip.
func backends() []backend {
	return []backend{
		{name: "sqlite", fresh: freshSQLite},
		{name: "postgres", fresh: freshPostgres},
	}
}

func freshSQLite(tb testing.TB) string {
	return filepath.Join(tb.TempDir(), "factdiff.db")
}

// freshPostgres returns the URL of a new, empty schema in the test
// PostgreSQL, dropped when tb ends.
func freshPostgres(tb testing.TB) string {
	dsn, _ := pgtest.Schema(tb, "factdiff_test_")
	return dsn
}

// openStore opens dsn and closes the store when tb ends.
func openStore(tb testing.TB, dsn string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
