package snapshots

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
)

// update is the -update flag that `go test ./... -update` passes to every
// test binary. This package has no golden files; the flag is declared so
// that the command works.
var update = flag.Bool("update", false, "rewrite golden files")

// postgresEnv names the variable holding the test PostgreSQL's URL.
const postgresEnv = "FACTDIFF_TEST_POSTGRES_DSN"

// backend makes fresh, empty stores of one kind.
type backend struct {
	name string
	// fresh returns the DSN of a new empty store, removed when tb ends.
	fresh func(tb testing.TB) string
}

// backends returns the stores to test: SQLite always, PostgreSQL when
// postgresEnv is set. Under CI (CI=true) a missing PostgreSQL is a failure,
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

// postgresBase returns the test PostgreSQL's URL, skipping (or failing, under
// CI) when there is none.
func postgresBase(tb testing.TB) string {
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: under CI the PostgreSQL tests must run (.ci/postgres.sh sets it)", postgresEnv)
		}
		tb.Skipf("%s is not set", postgresEnv)
	}
	return dsn
}

// freshPostgres creates a uniquely named schema in the test database and
// returns a URL whose search_path is that schema; the schema is dropped
// when tb ends.
func freshPostgres(tb testing.TB) string {
	base := postgresBase(tb)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connect %s: %v", postgresEnv, err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	schema := "factdiff_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("parse %s: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
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
