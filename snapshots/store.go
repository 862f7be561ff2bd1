package snapshots

import (
	"context"
	"errors"
	"time"

	"github.com/factdiff/factdiff/facts"
)

// ErrNotFound is returned when a watch or version does not exist.
var ErrNotFound = errors.New("snapshots: not found")

// ErrSchemaTooNew is returned by Open when the store was written by a newer
// factdiff whose schema this binary does not know.
var ErrSchemaTooNew = errors.New("snapshots: store schema is newer than this binary")

// Version is one stored version of a watched article.
type Version struct {
	ID           int64
	Watch        string
	FetchedAt    time.Time
	SHA256       string // hex sha256 of the normalised text
	Text         string // the article text as extracted; figure offsets refer to it
	ETag         string
	LastModified string
	URL          string
	Figures      []facts.Figure
}

// Check is one run of a watch, whatever its outcome.
type Check struct {
	Watch     string
	At        time.Time
	Outcome   string // "unchanged", "changed", "not_modified", "error", "first"
	Error     string
	Duration  time.Duration
	VersionID int64 // the version saved by this check, 0 if none
}

// Point is one value of a fact key in one version.
type Point struct {
	VersionID int64
	FetchedAt time.Time
	Figure    facts.Figure
}

// WatchStatus summarises a watch for listings and metrics.
type WatchStatus struct {
	Watch       string
	Versions    int
	LastCheck   time.Time
	LastOutcome string
	LastError   string
	LastChange  time.Time // fetched time of the latest version
	LastSuccess time.Time
}

// Stats counts what the store holds.
type Stats struct {
	Watches  int
	Versions int
	Figures  int
	Checks   int
}

// Retention says which versions Prune keeps: the last Keep versions, and
// those younger than MaxAge. Zero fields keep everything by that rule. The
// first and the latest version of a watch are always kept.
type Retention struct {
	Keep   int
	MaxAge time.Duration
}

// Store is a snapshot store, SQLite or PostgreSQL.
type Store struct{}

// Open opens (creating and migrating if needed) the store named by dsn: a
// postgres:// or postgresql:// URL, or else a SQLite file path.
func Open(ctx context.Context, dsn string) (*Store, error) {
	return nil, errors.New("snapshots: not implemented")
}

// Close releases the store.
func (s *Store) Close() error { return nil }

// Save stores v as the newest version of v.Watch unless its SHA256 equals
// that of the latest stored version. It reports whether a new version was
// created and returns the stored version (the existing latest one when not
// created). It is one transaction and safe when several writers race: exactly
// one of them creates the version.
func (s *Store) Save(ctx context.Context, v Version) (Version, bool, error) {
	return Version{}, false, errors.New("snapshots: not implemented")
}

// Latest returns the newest version of watch, or ErrNotFound.
func (s *Store) Latest(ctx context.Context, watch string) (Version, error) {
	return Version{}, errors.New("snapshots: not implemented")
}

// History returns the versions of watch, oldest first, without their text
// and figures.
func (s *Store) History(ctx context.Context, watch string) ([]Version, error) {
	return nil, errors.New("snapshots: not implemented")
}

// Version returns one version with its text and figures, or ErrNotFound.
func (s *Store) Version(ctx context.Context, id int64) (Version, error) {
	return Version{}, errors.New("snapshots: not implemented")
}

// Previous returns the version of the same watch stored just before id, or
// ErrNotFound when id is the first.
func (s *Store) Previous(ctx context.Context, id int64) (Version, error) {
	return Version{}, errors.New("snapshots: not implemented")
}

// Timeline returns the values of one fact key across the versions of watch,
// oldest first.
func (s *Store) Timeline(ctx context.Context, watch, key string) ([]Point, error) {
	return nil, errors.New("snapshots: not implemented")
}

// RecordCheck appends a check to the log.
func (s *Store) RecordCheck(ctx context.Context, c Check) error {
	return errors.New("snapshots: not implemented")
}

// Watches lists the status of every watch the store knows.
func (s *Store) Watches(ctx context.Context) ([]WatchStatus, error) {
	return nil, errors.New("snapshots: not implemented")
}

// Prune deletes the versions of watch that r does not keep and returns how
// many were deleted.
func (s *Store) Prune(ctx context.Context, watch string, r Retention) (int, error) {
	return 0, errors.New("snapshots: not implemented")
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	return Stats{}, errors.New("snapshots: not implemented")
}

// Claim tries to take the run of watch scheduled at due for holder, as a
// lease of the given length. It reports whether holder now owns the run: true
// when nobody claimed it, when holder already did, or when the previous
// holder's lease expired before the run was marked done.
func (s *Store) Claim(ctx context.Context, watch string, due time.Time, holder string, lease time.Duration) (bool, error) {
	return false, errors.New("snapshots: not implemented")
}

// Done marks the claimed run of watch at due as finished, so that it is never
// taken over.
func (s *Store) Done(ctx context.Context, watch string, due time.Time, holder string) error {
	return errors.New("snapshots: not implemented")
}
