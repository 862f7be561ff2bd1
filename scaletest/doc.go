// Package scaletest holds the multi-process tests of factdiff: several
// built `factdiff watch` processes sharing one PostgreSQL store, one local
// HTTP server counting their fetches, and the store read back afterwards.
// They prove that every scheduled run is made once across the processes,
// also when one of them is killed, and (behind -scale-load) measure checks
// per second and database round trips per check with one, two and three
// replicas.
//
// The tests need FACTDIFF_TEST_POSTGRES_DSN (.ci/postgres.sh sets it); they
// skip without it, except under CI=true where they fail. -short skips them.
package scaletest
