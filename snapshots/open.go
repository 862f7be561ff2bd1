package snapshots

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"modernc.org/sqlite" // also registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

// sqliteMagic opens every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// sqliteParams are set on every SQLite connection. synchronous=FULL makes a
// commit durable in WAL mode (NORMAL may lose the last commits on power
// loss); _txlock=immediate makes write transactions take the write lock at
// BEGIN, so concurrent writers queue on busy_timeout instead of failing
// when they upgrade a read lock.
const sqliteParams = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_txlock=immediate"

// isPostgres reports whether dsn names a PostgreSQL database.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// displayName is dsn fit for an error message: a URL without its password.
func displayName(dsn string) string {
	if !isPostgres(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres URL"
	}
	u.RawQuery = ""
	return u.Redacted()
}

// openSQLite opens the SQLite store at path, refusing, before SQLite writes
// a byte, anything that is not an SQLite file or that the user marked
// read-only (even for root, who could write it anyway).
func openSQLite(ctx context.Context, path string) (database, error) {
	if path == "" {
		return nil, errors.New("empty store path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, errors.New("store path must not contain '?' or '#'")
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		dir := filepath.Dir(path)
		if di, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("cannot create the store: %w", err)
		} else if !di.IsDir() {
			return nil, fmt.Errorf("cannot create the store: %s is not a directory", dir)
		}
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%w: not a regular file", ErrNotStore)
	case fi.Mode().Perm()&0o222 == 0:
		return nil, ErrReadOnly
	default:
		if err := checkSQLiteHeader(path, fi.Size()); err != nil {
			return nil, err
		}
	}

	db, err := sql.Open("sqlite", path+"?"+sqliteParams)
	if err != nil {
		return nil, err
	}
	// Writers queue on the write lock anyway; a few connections let reads
	// go on beside a write (WAL).
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &sqlDB{db: db, d: sqliteDialect()}
	if err := prepareSQLite(ctx, s); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// checkSQLiteHeader refuses a non-empty file that does not start as an
// SQLite database does. (An empty file is a valid, empty database.)
func checkSQLiteHeader(path string, size int64) error {
	if size == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 100) // the SQLite header
	if _, err := io.ReadFull(f, head); err != nil || !bytes.HasPrefix(head, []byte(sqliteMagic)) {
		return fmt.Errorf("%w: not an SQLite database", ErrNotStore)
	}
	return nil
}

// prepareSQLite checks that the file is a factdiff store this binary can
// use (reading only), then switches it to WAL, which is persistent.
func prepareSQLite(ctx context.Context, s *sqlDB) error {
	v, err := schemaVersion(ctx, s, s.d)
	if err != nil {
		return sqliteError(err)
	}
	if v > SchemaVersion() {
		return fmt.Errorf("%w: store has schema version %d, this binary knows up to %d; upgrade factdiff",
			ErrSchemaTooNew, v, SchemaVersion())
	}
	mode, err := switchToWAL(ctx, s)
	if err != nil {
		return sqliteError(err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("cannot switch the store to WAL mode (journal_mode is %q)", mode)
	}
	return nil
}

// switchToWAL puts the store in WAL mode and returns the journal mode it
// ends in. Reading the mode takes no lock; switching needs the database to
// itself and SQLite answers "database is locked" at once, without waiting
// for busy_timeout, while another process opens the same new store. So the
// switch is retried for as long as busy_timeout would have waited.
func switchToWAL(ctx context.Context, s *sqlDB) (string, error) {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return "", err
	}
	if strings.EqualFold(mode, "wal") {
		return mode, nil
	}
	deadline := time.Now().Add(walSwitchTimeout)
	for delay := 5 * time.Millisecond; ; delay = min(2*delay, 200*time.Millisecond) {
		err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return mode, err
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("switch to WAL: %w", ctx.Err())
		case <-time.After(delay):
		}
	}
}

// walSwitchTimeout bounds the retries of switchToWAL, like busy_timeout
// bounds every other wait for a lock.
const walSwitchTimeout = 10 * time.Second

// isBusy reports whether err is SQLite's "database is locked" or "busy".
func isBusy(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return true
		}
	}
	return false
}

// sqliteError gives the SQLite errors a user can meet on open a plain
// meaning.
func sqliteError(err error) error {
	msg := err.Error()
	var se *sqlite.Error
	switch {
	case errors.Is(err, ErrNotStore), errors.Is(err, ErrSchemaTooNew):
		return err
	case errors.As(err, &se) && se.Code() == sqlite3.SQLITE_IOERR_SHMSIZE:
		// A store closed cleanly has no shared-memory file (STORE-shm);
		// the first read must create it (32 KB), which fails only when
		// the disk is full or over quota, and SQLite says just "disk
		// I/O error".
		return fmt.Errorf("disk full or over quota: cannot create the store's shared-memory file (its -shm file): %w", err)
	case strings.Contains(msg, "file is not a database"), strings.Contains(msg, "malformed"):
		return fmt.Errorf("%w: %v", ErrNotStore, err)
	case strings.Contains(msg, "readonly"), strings.Contains(msg, "read-only"):
		return fmt.Errorf("%w: %v", ErrReadOnly, err)
	}
	return err
}

// openPostgres connects a pool to dsn and checks that the server answers.
func openPostgres(ctx context.Context, dsn string) (database, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = 10 * time.Second
	}
	acfg := cfg.Copy()
	acfg.ConnConfig.RuntimeParams["synchronous_commit"] = "off"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("cannot reach PostgreSQL: %w", err)
	}
	// Connects on first use, like the main pool beyond its first connection.
	async, err := pgxpool.NewWithConfig(ctx, acfg)
	if err != nil {
		pool.Close()
		return nil, err
	}
	return &pgDB{pool: pool, async: async, d: postgresDialect()}, nil
}
