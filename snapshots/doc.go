// Package snapshots keeps every version of every watched article, the figures
// extracted from each version, and a log of checks.
//
// One Store type serves two backends: an embedded SQLite file (the default,
// pure Go through modernc.org/sqlite) and a PostgreSQL database shared by
// several watcher processes (github.com/jackc/pgx/v5). Losing a stored version
// is the worst thing this product can do, so every write is one durable
// transaction.
//
// # Backends
//
// Open takes a postgres:// or postgresql:// URL, or else a file path. The
// SQLite file runs in WAL mode with synchronous=FULL (a commit survives a
// power cut), a 10 s busy timeout, foreign keys on, and write transactions
// that take the write lock at BEGIN (BEGIN IMMEDIATE). Before SQLite touches
// a file, Open refuses one that is not an SQLite database (ErrNotStore) or
// whose permission bits make it read-only (ErrReadOnly). A PostgreSQL store
// lives in the connection's current schema (choose one with a search_path
// URL parameter); the schema must be empty or a factdiff store. The SQL is
// written once; dialect.go holds every difference.
//
// # Versions
//
// Save stores a version only when its hash differs from the latest one of
// its watch. The watch's row is locked for the transaction (an upsert in
// PostgreSQL, the write lock in SQLite), so racing writers of the same text
// create exactly one version, and UNIQUE (watch_id, seq) backs that up.
//
// Texts are stored compressed, most as zlib deltas: a version's text
// compressed with the text of an earlier keyframe version as preset
// dictionary (codec.go). A keyframe is stored on its own, so any version
// decodes from at most two rows. A foreign key stops a keyframe from being
// deleted while versions depend on it; Prune re-encodes those first, in the
// same transaction. A keyframe's group ends when a delta would be larger
// than the group's average. 100 small revisions of a 6 KB article take
// about 570 bytes each on SQLite, 1.6 KB with 20 figures each
// (BENCHMARKS.md).
//
// Figures are rows, one per figure and version, so a fact's timeline is a
// query (Timeline, or the figure_values view for ad-hoc SQL). The words
// naming a figure are shared by a watch's versions (figure_terms), and a
// figure's text and sentence are offsets into the version's text.
//
// # Scheduling across processes
//
// Claim and Done let several processes share the schedule: a claim on a
// (watch, due time) run is a lease timed by the database's clock, renewed
// by its holder, taken over when it expires, and never after Done. Claims
// need not be durable (a lost one only makes a run be made again), so on
// PostgreSQL they commit without waiting for the disk. Save, conditional on
// its Version.Parent, never stores a slow check's older text over a newer
// version another process saved.
//
// # Schema
//
// migrations.go lists the schema's steps in order; each runs in its own
// transaction and is recorded in the schema_version table. A store whose
// schema is newer than the binary is refused with ErrSchemaTooNew, untouched.
package snapshots
