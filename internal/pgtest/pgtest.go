package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env names the variable holding the test PostgreSQL's URL.
const Env = "FACTDIFF_TEST_POSTGRES_DSN"

// Base returns the test PostgreSQL's URL. Without one it skips tb, except
// under CI (CI=true), where the PostgreSQL tests must run: then it fails.
func Base(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(Env)
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: under CI the PostgreSQL tests must run (.ci/postgres.sh sets it)", Env)
		}
		tb.Skipf("%s is not set", Env)
	}
	return dsn
}

// Schema creates a schema named prefix plus a random suffix in the test
// database and returns a URL whose search_path is that schema, and the
// schema's name. The schema is dropped, with all it holds, when tb ends.
func Schema(tb testing.TB, prefix string) (dsn, schema string) {
	tb.Helper()
	base := Base(tb)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connect %s: %v", Env, err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema = prefix + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema %s: %v", schema, err)
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
		tb.Fatalf("parse %s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), schema
}
