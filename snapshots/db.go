package snapshots

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// The store speaks to either database through these few methods, so that
// every query is written once. database/sql serves SQLite; pgxpool serves
// PostgreSQL directly, for its connection handling and error detail.

type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

type row interface {
	Scan(dest ...any) error
}

// querier runs the package's SQL, written with ? placeholders and {{tokens}}.
type querier interface {
	exec(ctx context.Context, q string, args ...any) (int64, error)
	query(ctx context.Context, q string, args ...any) (rows, error)
	queryRow(ctx context.Context, q string, args ...any) row
}

type tx interface {
	querier
	commit(ctx context.Context) error
	rollback(ctx context.Context) error
}

type database interface {
	querier
	// begin starts a transaction. A write transaction takes the write lock
	// at once (SQLite's BEGIN IMMEDIATE), so that two writers never both
	// read the old state and then collide; a read transaction sees one
	// consistent snapshot.
	begin(ctx context.Context, write bool) (tx, error)
	// claims returns the querier of the run claims (claims.go): statements
	// whose commits need not survive a crash of the database, since a lost
	// claim or done mark only makes a run be made again, and saving is
	// idempotent. PostgreSQL runs them with synchronous_commit off, so that
	// they do not wait for the WAL to reach the disk; SQLite as the rest.
	claims() querier
	close() error
	dialect() dialect
}

// errNoRows is what row.Scan returns when the query found nothing; pgx's
// ErrNoRows matches it too.
var errNoRows = sql.ErrNoRows

// sqlDB adapts database/sql (SQLite).
type sqlDB struct {
	db *sql.DB
	d  dialect
}

type sqlQuerier struct {
	q interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}
	d dialect
}

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

func (s sqlQuerier) exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := s.q.ExecContext(ctx, s.d.expand(q), args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (s sqlQuerier) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := s.q.QueryContext(ctx, s.d.expand(q), args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (s sqlQuerier) queryRow(ctx context.Context, q string, args ...any) row {
	return s.q.QueryRowContext(ctx, s.d.expand(q), args...)
}

func (s *sqlDB) exec(ctx context.Context, q string, args ...any) (int64, error) {
	return sqlQuerier{s.db, s.d}.exec(ctx, q, args...)
}

func (s *sqlDB) query(ctx context.Context, q string, args ...any) (rows, error) {
	return sqlQuerier{s.db, s.d}.query(ctx, q, args...)
}

func (s *sqlDB) queryRow(ctx context.Context, q string, args ...any) row {
	return sqlQuerier{s.db, s.d}.queryRow(ctx, q, args...)
}

func (s *sqlDB) begin(ctx context.Context, write bool) (tx, error) {
	// The DSN sets _txlock=immediate; a read-only transaction is a plain
	// (deferred) BEGIN, which in WAL mode never waits for writers.
	t, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: !write})
	if err != nil {
		return nil, err
	}
	return &sqlTx{sqlQuerier{t, s.d}, t}, nil
}

func (s *sqlDB) claims() querier  { return s }
func (s *sqlDB) close() error     { return s.db.Close() }
func (s *sqlDB) dialect() dialect { return s.d }

type sqlTx struct {
	sqlQuerier
	t *sql.Tx
}

func (t *sqlTx) commit(context.Context) error { return t.t.Commit() }

func (t *sqlTx) rollback(context.Context) error {
	if err := t.t.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}

// pgDB adapts a pgx pool (PostgreSQL).
type pgDB struct {
	pool *pgxpool.Pool
	// async is a second pool on the same database whose sessions commit
	// without waiting for the WAL flush, for the run claims.
	async *pgxpool.Pool
	d     dialect
}

type pgRunner interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
	QueryRow(context.Context, string, ...any) pgx.Row
}

func pgExec(ctx context.Context, r pgRunner, d dialect, q string, args ...any) (int64, error) {
	// Query rather than Exec so that pool and transaction share one path;
	// the rows are drained for the command tag.
	rs, err := r.Query(ctx, d.expand(q), args...)
	if err != nil {
		return 0, err
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return 0, err
	}
	return rs.CommandTag().RowsAffected(), nil
}

func (p *pgDB) exec(ctx context.Context, q string, args ...any) (int64, error) {
	return pgExec(ctx, p.pool, p.d, q, args...)
}

func (p *pgDB) query(ctx context.Context, q string, args ...any) (rows, error) {
	return p.pool.Query(ctx, p.d.expand(q), args...)
}

func (p *pgDB) queryRow(ctx context.Context, q string, args ...any) row {
	return p.pool.QueryRow(ctx, p.d.expand(q), args...)
}

func (p *pgDB) begin(ctx context.Context, write bool) (tx, error) {
	opts := pgx.TxOptions{}
	if !write {
		opts = pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	}
	t, err := p.pool.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &pgTx{t: t, d: p.d}, nil
}

func (p *pgDB) claims() querier { return &pgDB{pool: p.async, d: p.d} }

func (p *pgDB) close() error {
	p.pool.Close()
	p.async.Close()
	return nil
}
func (p *pgDB) dialect() dialect { return p.d }

type pgTx struct {
	t pgx.Tx
	d dialect
}

func (t *pgTx) exec(ctx context.Context, q string, args ...any) (int64, error) {
	return pgExec(ctx, t.t, t.d, q, args...)
}

func (t *pgTx) query(ctx context.Context, q string, args ...any) (rows, error) {
	return t.t.Query(ctx, t.d.expand(q), args...)
}

func (t *pgTx) queryRow(ctx context.Context, q string, args ...any) row {
	return t.t.QueryRow(ctx, t.d.expand(q), args...)
}

func (t *pgTx) commit(ctx context.Context) error { return t.t.Commit(ctx) }

func (t *pgTx) rollback(ctx context.Context) error {
	// A rollback after a failed statement or a cancelled context must still
	// release the connection; pgx closes it when the rollback cannot be sent.
	if err := t.t.Rollback(context.WithoutCancel(ctx)); err != nil && !errors.Is(err, pgx.ErrTxClosed) {
		return err
	}
	return nil
}
