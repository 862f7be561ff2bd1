package snapshots

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// migration is one step of the schema, run in one transaction. Its SQL is
// shared by both dialects, with the {{tokens}} of dialect.go.
type migration struct {
	name  string
	stmts []string
}

// migrations returns the schema's steps in order; step i brings the store
// to schema version i+1. Steps are only ever appended.
//
// Times are unix nanoseconds in BIGINT columns in both dialects: exact round
// trips and the same SQL everywhere. 0 means "never".
func migrations() []migration {
	return []migration{{
		name: "initial schema",
		stmts: []string{
			`CREATE TABLE schema_version (
				version BIGINT NOT NULL PRIMARY KEY,
				name TEXT NOT NULL,
				applied_ns BIGINT NOT NULL
			)`,
			// One row per watch. The last_* columns are kept by
			// RecordCheck so that listing watches never scans the log.
			`CREATE TABLE watches (
				id {{id}},
				name TEXT NOT NULL UNIQUE,
				created_ns BIGINT NOT NULL,
				last_check_ns BIGINT NOT NULL DEFAULT 0,
				last_outcome TEXT NOT NULL DEFAULT '',
				last_error TEXT NOT NULL DEFAULT '',
				last_success_ns BIGINT NOT NULL DEFAULT 0
			)`,
			// seq numbers a watch's versions 1, 2, 3…; UNIQUE (watch_id,
			// seq) makes a second writer of the same next version fail
			// rather than fork the history. body is the text compressed
			// as codec says, against base_id's text for a delta (codec.go).
			`CREATE TABLE versions (
				id {{id}},
				watch_id BIGINT NOT NULL REFERENCES watches (id),
				seq BIGINT NOT NULL,
				fetched_ns BIGINT NOT NULL,
				sha256 TEXT NOT NULL,
				size BIGINT NOT NULL,
				codec INTEGER NOT NULL,
				base_id BIGINT REFERENCES versions (id),
				body {{blob}} NOT NULL,
				etag TEXT NOT NULL DEFAULT '',
				last_modified TEXT NOT NULL DEFAULT '',
				url TEXT NOT NULL DEFAULT '',
				UNIQUE (watch_id, seq)
			)`,
			`CREATE INDEX versions_base ON versions (base_id)`,
			// The figures of each version (figures.go): the words naming
			// a figure are a figure_terms row shared by the versions of a
			// watch; text and sentence are NULL when they are the
			// version's text at the row's offsets.
			`CREATE TABLE figure_terms (
				id {{id}},
				watch_id BIGINT NOT NULL REFERENCES watches (id),
				fkey TEXT NOT NULL,
				concept TEXT NOT NULL,
				category TEXT NOT NULL,
				unit TEXT NOT NULL,
				qualifier TEXT NOT NULL,
				UNIQUE (watch_id, fkey, concept, category, unit, qualifier)
			)`,
			`CREATE INDEX figure_terms_concept ON figure_terms (watch_id, concept)`,
			`CREATE TABLE figures (
				version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
				ord INTEGER NOT NULL,
				term_id BIGINT NOT NULL REFERENCES figure_terms (id),
				value DOUBLE PRECISION NOT NULL,
				high DOUBLE PRECISION,
				text TEXT,
				sentence TEXT,
				sentence_start INTEGER NOT NULL,
				sentence_end INTEGER NOT NULL,
				sentence_index INTEGER NOT NULL,
				start_off INTEGER NOT NULL,
				end_off INTEGER NOT NULL,
				PRIMARY KEY (version_id, ord)
			) {{without_rowid}}`,
			`CREATE INDEX figures_term ON figures (term_id)`,
			// Every figure of every version in plain words, for ad-hoc
			// queries: a fact's timeline is
			// SELECT … FROM figure_values WHERE watch = ? AND key = ? ORDER BY seq.
			`CREATE VIEW figure_values AS
				SELECT w.name AS watch, v.id AS version_id, v.seq, v.fetched_ns,
					t.fkey AS key, t.concept, t.category, f.value, f.high, t.qualifier, t.unit
				FROM figures f
				JOIN figure_terms t ON t.id = f.term_id
				JOIN versions v ON v.id = f.version_id
				JOIN watches w ON w.id = v.watch_id`,
			// The log of checks. version_id is a plain number, not a
			// foreign key: the log outlives pruned versions.
			`CREATE TABLE checks (
				id {{id}},
				watch_id BIGINT NOT NULL REFERENCES watches (id),
				at_ns BIGINT NOT NULL,
				outcome TEXT NOT NULL,
				error TEXT NOT NULL,
				duration_ns BIGINT NOT NULL,
				version_id BIGINT NOT NULL DEFAULT 0
			)`,
			`CREATE INDEX checks_watch ON checks (watch_id, at_ns)`,
			// Run claims (Claim, Done): one row per scheduled run, by watch
			// name so that a run can be claimed before its watch has a row.
			`CREATE TABLE claims (
				watch TEXT NOT NULL,
				due_ns BIGINT NOT NULL,
				holder TEXT NOT NULL,
				expires_ns BIGINT NOT NULL,
				done_ns BIGINT NOT NULL DEFAULT 0,
				PRIMARY KEY (watch, due_ns)
			)`,
		},
	}}
}

// SchemaVersion is the schema version this binary writes and understands.
func SchemaVersion() int { return len(migrations()) }

// schemaVersion returns the store's schema version, 0 for an empty store.
// A store that holds tables but no schema_version table was not made by
// factdiff and is refused.
func schemaVersion(ctx context.Context, q querier, d dialect) (int, error) {
	var one int
	err := q.queryRow(ctx, d.tableExists, "schema_version").Scan(&one)
	switch {
	case errors.Is(err, errNoRows):
		var n int
		if err := q.queryRow(ctx, d.userTables).Scan(&n); err != nil {
			return 0, err
		}
		if n > 0 {
			// Another process may have committed the first migration
			// between the two reads; its tables come with schema_version,
			// in one transaction, so look once more before refusing.
			if err := q.queryRow(ctx, d.tableExists, "schema_version").Scan(&one); err == nil {
				break
			}
			return 0, ErrNotStore
		}
		return 0, nil
	case err != nil:
		return 0, err
	}
	var v int
	if err := q.queryRow(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_version").Scan(&v); err != nil {
		return 0, err
	}
	return v, nil
}

// migrate brings the store to the version of steps (migrations() but in
// tests), one transaction per step, and
// refuses a store from a newer binary without touching it. Several processes
// may migrate at once: each step re-reads the version under the write lock.
func migrate(ctx context.Context, db database, steps []migration) error {
	d := db.dialect()
	current, err := schemaVersion(ctx, db, d)
	if err != nil {
		return err
	}
	if current > len(steps) {
		return fmt.Errorf("%w: store has schema version %d, this binary knows up to %d; upgrade factdiff",
			ErrSchemaTooNew, current, len(steps))
	}
	for i := current; i < len(steps); i++ {
		if err := runStep(ctx, db, i+1, steps[i]); err != nil {
			return fmt.Errorf("migration %d (%s): %w", i+1, steps[i].name, err)
		}
	}
	return nil
}

func runStep(ctx context.Context, db database, version int, m migration) error {
	d := db.dialect()
	t, err := db.begin(ctx, true)
	if err != nil {
		return err
	}
	defer t.rollback(ctx)
	if d.lockMigrations != "" {
		if _, err := t.exec(ctx, d.lockMigrations); err != nil {
			return err
		}
	}
	current, err := schemaVersion(ctx, t, d)
	if err != nil {
		return err
	}
	if current >= version {
		return nil // another process got here first
	}
	for _, s := range m.stmts {
		if _, err := t.exec(ctx, s); err != nil {
			return err
		}
	}
	if _, err := t.exec(ctx, "INSERT INTO schema_version (version, name, applied_ns) VALUES (?, ?, ?)",
		version, m.name, time.Now().UnixNano()); err != nil {
		return err
	}
	return t.commit(ctx)
}
