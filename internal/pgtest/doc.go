// Package pgtest gives tests a fresh PostgreSQL schema on the server named
// by FACTDIFF_TEST_POSTGRES_DSN (.ci/postgres.sh starts one and sets it),
// so that tests of several packages can share one server without seeing
// each other's tables.
package pgtest
