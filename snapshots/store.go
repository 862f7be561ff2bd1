package snapshots

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/factdiff/factdiff/facts"
)

// ErrNotFound is returned when a watch or version does not exist.
var ErrNotFound = errors.New("snapshots: not found")

// ErrSchemaTooNew is returned by Open when the store was written by a newer
// factdiff whose schema this binary does not know. The store is left as it
// was.
var ErrSchemaTooNew = errors.New("snapshots: store schema is newer than this binary")

// ErrNotStore is returned by Open when the file or database named is not a
// factdiff store: not an SQLite file, a damaged one, or a database that
// holds other tables but no factdiff schema. Nothing is written to it.
var ErrNotStore = errors.New("snapshots: not a factdiff store")

// ErrReadOnly is returned by Open when the SQLite file is read-only (its
// permission bits allow no writing, which Open honours even for root).
var ErrReadOnly = errors.New("snapshots: store file is read-only")

// ErrClaimLost is returned by Done when holder does not hold the claim: it
// never claimed the run, or its lease expired and another holder took the
// run over.
var ErrClaimLost = errors.New("snapshots: run claimed by another holder")

// Version is one stored version of a watched article.
type Version struct {
	ID           int64
	Watch        string
	FetchedAt    time.Time // stored to the nanosecond; returned in UTC
	SHA256       string    // hex sha256 of the normalised text; Save computes it from Text when empty
	Text         string    // the article text as extracted; figure offsets refer to it
	ETag         string
	LastModified string
	URL          string

	// Parent, when not zero, makes Save conditional: it creates the
	// version only while Parent is still the latest version of the watch.
	// A writer whose check started from an older version than the latest
	// (another process saved one meanwhile) then creates nothing, so that
	// a slow check never stores its older text on top of a newer one. Only
	// Save reads it; versions read from the store leave it zero.
	Parent int64

	// Figures are the figures of Text. Every field is stored except
	// Context, which is for pairing figures and is re-derived by
	// extracting Text again when needed.
	Figures []facts.Figure
}

// Check is one run of a watch, whatever its outcome.
type Check struct {
	Watch     string
	At        time.Time // RecordCheck uses the current time when zero
	Outcome   string    // "unchanged", "changed", "not_modified", "error", "first"
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
	LastSuccess time.Time // time of the latest check whose outcome is not "error"
}

// Stats counts what the store holds.
type Stats struct {
	Watches  int
	Versions int
	Figures  int
	Checks   int
}

// Retention says which versions Prune keeps: the last Keep versions, and
// those younger than MaxAge. A zero field sets no rule; a version is kept
// when any rule that is set keeps it, so Retention{Keep: 10} keeps the last
// ten and Retention{} keeps everything. The first and the latest version of
// a watch are always kept.
type Retention struct {
	Keep   int
	MaxAge time.Duration
}

// Store is a snapshot store, SQLite or PostgreSQL. It is safe for
// concurrent use, and several processes may share one store.
type Store struct {
	db   database
	name string // the store's name for messages, without password
}

// opError is every error the Store returns: "snapshots: OP: cause", where
// the cause keeps its own chain for errors.Is.
type opError struct {
	op  string
	err error
}

func (e *opError) Error() string {
	return "snapshots: " + e.op + ": " + strings.TrimPrefix(e.err.Error(), "snapshots: ")
}

func (e *opError) Unwrap() error { return e.err }

func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	return &opError{op: op, err: err}
}

// Open opens (creating and migrating if needed) the store named by dsn: a
// postgres:// or postgresql:// URL, or else a SQLite file path.
//
// A PostgreSQL store lives in the first schema of the connection's
// search_path (set it with a search_path=NAME URL parameter); that schema
// must be empty or a factdiff store.
func Open(ctx context.Context, dsn string) (*Store, error) {
	s := &Store{name: displayName(dsn)}
	op := fmt.Sprintf("open %q", s.name)
	var err error
	if isPostgres(dsn) {
		s.db, err = openPostgres(ctx, dsn)
	} else {
		s.db, err = openSQLite(ctx, dsn)
	}
	if err != nil {
		return nil, wrap(op, err)
	}
	if err := migrate(ctx, s.db, migrations()); err != nil {
		s.db.close()
		return nil, wrap(op, err)
	}
	return s, nil
}

// Close releases the store.
func (s *Store) Close() error {
	if err := s.db.close(); err != nil {
		return wrap(fmt.Sprintf("close %q", s.name), err)
	}
	return nil
}

// Backend names the database behind the store: "sqlite" or "postgres".
func (s *Store) Backend() string { return s.db.dialect().name }

// inTx runs fn in one transaction, committed when fn returns nil.
func (s *Store) inTx(ctx context.Context, write bool, fn func(tx) error) error {
	t, err := s.db.begin(ctx, write)
	if err != nil {
		return err
	}
	if err := fn(t); err != nil {
		_ = t.rollback(ctx)
		return err
	}
	return t.commit(ctx)
}

// Save stores v as the newest version of v.Watch unless its SHA256 equals
// that of the latest stored version. It reports whether a new version was
// created and returns the stored version (the existing latest one when not
// created). It is one transaction and safe when several writers race: exactly
// one of them creates the version. With v.Parent set, it also creates nothing
// when the latest version is no longer v.Parent.
func (s *Store) Save(ctx context.Context, v Version) (Version, bool, error) {
	op := fmt.Sprintf("save %q", v.Watch)
	if v.Watch == "" {
		return Version{}, false, wrap(op, errors.New("empty watch name"))
	}
	if v.SHA256 == "" {
		sum := sha256.Sum256([]byte(v.Text))
		v.SHA256 = hex.EncodeToString(sum[:])
	} else {
		v.SHA256 = strings.ToLower(v.SHA256)
		if b, err := hex.DecodeString(v.SHA256); err != nil || len(b) != sha256.Size {
			return Version{}, false, wrap(op, fmt.Errorf("bad SHA256 %q", v.SHA256))
		}
	}
	if v.FetchedAt.IsZero() {
		v.FetchedAt = time.Now()
	}
	v.FetchedAt = v.FetchedAt.UTC()

	// Most saves in a watcher's life store nothing: settle those with a
	// read, without taking the write lock.
	if latest, err := s.Head(ctx, v.Watch); err == nil && latest.SHA256 == v.SHA256 {
		if out, err := s.Version(ctx, latest.ID); err == nil {
			return out, false, nil
		}
		// Pruned or replaced meanwhile: the transaction below decides.
	}

	var (
		out     Version
		created bool
	)
	err := s.inTx(ctx, true, func(t tx) error {
		created = false
		watchID, err := lockWatch(ctx, t, v.Watch)
		if err != nil {
			return err
		}
		var (
			latestID, latestSeq, latestCodec int64
			latestBase                       *int64
			latestSHA                        string
		)
		err = t.queryRow(ctx, `SELECT id, seq, sha256, codec, base_id FROM versions
			WHERE watch_id = ? ORDER BY seq DESC LIMIT 1`, watchID).
			Scan(&latestID, &latestSeq, &latestSHA, &latestCodec, &latestBase)
		switch {
		case errors.Is(err, errNoRows):
		case err != nil:
			return err
		case latestSHA == v.SHA256, v.Parent != 0 && latestID != v.Parent:
			out, err = readVersion(ctx, t, "v.id = ?", latestID)
			return err
		}

		var base *keyframe
		if latestID != 0 {
			k := latestID
			if latestCodec != codecZlib && latestBase != nil {
				k = *latestBase
			}
			if base, err = loadKeyframe(ctx, t, k); err != nil {
				return err
			}
		}
		enc, err := encode([]byte(v.Text), base)
		if err != nil {
			return err
		}
		var baseID any
		if enc.baseID != 0 {
			baseID = enc.baseID
		}
		var id int64
		err = t.queryRow(ctx, `INSERT INTO versions
			(watch_id, seq, fetched_ns, sha256, size, codec, base_id, body, etag, last_modified, url)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			watchID, latestSeq+1, v.FetchedAt.UnixNano(), v.SHA256, len(v.Text), enc.codec, baseID,
			enc.body, v.ETag, v.LastModified, v.URL).Scan(&id)
		if err != nil {
			return err
		}
		if err := insertFigures(ctx, t, id, watchID, v.Text, v.Figures); err != nil {
			return err
		}
		out, created = v, true
		out.ID = id
		return nil
	})
	if err != nil {
		return Version{}, false, wrap(op, err)
	}
	return out, created, nil
}

// lockWatch returns the id of the watch named, creating its row if needed.
// The upsert writes the row, which in PostgreSQL locks it until the
// transaction ends: writers of one watch queue there, and each then sees
// what the one before committed. (SQLite's write lock does the same.)
func lockWatch(ctx context.Context, t tx, name string) (int64, error) {
	var id int64
	err := t.queryRow(ctx, `INSERT INTO watches (name, created_ns) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
		name, time.Now().UnixNano()).Scan(&id)
	return id, err
}

// watchID returns the id of the watch named, or ErrNotFound.
func watchID(ctx context.Context, q querier, name string) (int64, error) {
	var id int64
	err := q.queryRow(ctx, "SELECT id FROM watches WHERE name = ?", name).Scan(&id)
	if errors.Is(err, errNoRows) {
		return 0, ErrNotFound
	}
	return id, err
}

// loadKeyframe returns keyframe id with its text and its group's numbers.
func loadKeyframe(ctx context.Context, q querier, id int64) (*keyframe, error) {
	text, err := textOf(ctx, q, id, nil)
	if err != nil {
		return nil, err
	}
	k := &keyframe{id: id, text: text}
	err = q.queryRow(ctx, `SELECT LENGTH(k.body),
			(SELECT COUNT(*) FROM versions d WHERE d.base_id = k.id),
			(SELECT COALESCE(SUM(LENGTH(d.body)), 0) FROM versions d WHERE d.base_id = k.id)
		FROM versions k WHERE k.id = ?`, id).Scan(&k.size, &k.dependents, &k.groupBytes)
	if err != nil {
		return nil, err
	}
	k.groupBytes += k.size
	return k, nil
}

// textOf returns the text of version id, decoding its base first. cache,
// when not nil, holds texts already decoded and receives the new ones.
func textOf(ctx context.Context, q querier, id int64, cache map[int64][]byte) ([]byte, error) {
	if text, ok := cache[id]; ok {
		return text, nil
	}
	var (
		codec, size int64
		baseID      *int64
		body        []byte
	)
	err := q.queryRow(ctx, "SELECT codec, base_id, body, size FROM versions WHERE id = ?", id).
		Scan(&codec, &baseID, &body, &size)
	if errors.Is(err, errNoRows) {
		return nil, fmt.Errorf("version %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	var dict []byte
	if codec == codecZlibDict {
		if baseID == nil {
			return nil, fmt.Errorf("version %d: %w: delta without a base", id, errCorrupt)
		}
		if dict, err = textOf(ctx, q, *baseID, cache); err != nil {
			return nil, err
		}
	}
	text, err := decompress(int(codec), body, dict, size)
	if err != nil {
		return nil, fmt.Errorf("version %d: %w", id, err)
	}
	if cache != nil {
		cache[id] = text
	}
	return text, nil
}

// readVersion returns the one version matching where (on versions v and
// watches w), with its text and figures, or ErrNotFound.
func readVersion(ctx context.Context, q querier, where string, args ...any) (Version, error) {
	var (
		v                     Version
		id, fetched, codec    int64
		size                  int64
		baseCodec, baseSize   *int64
		body, baseBody        []byte
		etag, lastMod, srcURL string
	)
	err := q.queryRow(ctx, `SELECT v.id, w.name, v.fetched_ns, v.sha256, v.size, v.codec, v.body,
			b.codec, b.body, b.size, v.etag, v.last_modified, v.url
		FROM versions v JOIN watches w ON w.id = v.watch_id
		LEFT JOIN versions b ON b.id = v.base_id
		WHERE `+where+` ORDER BY v.seq DESC LIMIT 1`, args...).
		Scan(&id, &v.Watch, &fetched, &v.SHA256, &size, &codec, &body, &baseCodec, &baseBody, &baseSize, &etag, &lastMod, &srcURL)
	if errors.Is(err, errNoRows) {
		return Version{}, ErrNotFound
	}
	if err != nil {
		return Version{}, err
	}
	var dict []byte
	if codec == codecZlibDict {
		// A base is always a keyframe (codec.go), so one level suffices.
		if baseCodec == nil || *baseCodec != codecZlib || baseSize == nil {
			return Version{}, fmt.Errorf("version %d: %w: bad base", id, errCorrupt)
		}
		if dict, err = decompress(codecZlib, baseBody, nil, *baseSize); err != nil {
			return Version{}, fmt.Errorf("version %d base: %w", id, err)
		}
	}
	text, err := decompress(int(codec), body, dict, size)
	if err != nil {
		return Version{}, fmt.Errorf("version %d: %w", id, err)
	}
	v.ID, v.FetchedAt, v.Text = id, fromNS(fetched), string(text)
	v.ETag, v.LastModified, v.URL = etag, lastMod, srcURL
	v.Figures, err = readFigures(ctx, q, id, v.Text)
	if err != nil {
		return Version{}, err
	}
	return v, nil
}

func fromNS(ns int64) time.Time {
	if ns == 0 {
		return time.Time{}
	}
	return time.Unix(0, ns).UTC()
}

// Latest returns the newest version of watch, or ErrNotFound.
func (s *Store) Latest(ctx context.Context, watch string) (Version, error) {
	var v Version
	err := s.inTx(ctx, false, func(t tx) error {
		var err error
		v, err = readVersion(ctx, t, "w.name = ?", watch)
		return err
	})
	if err != nil {
		return Version{}, wrap(fmt.Sprintf("latest %q", watch), err)
	}
	return v, nil
}

// Head returns the newest version of watch without its text and figures:
// what a watcher needs for a conditional GET and a hash comparison, in one
// indexed lookup. It returns ErrNotFound when watch has no version.
func (s *Store) Head(ctx context.Context, watch string) (Version, error) {
	v := Version{Watch: watch}
	var fetched int64
	err := s.db.queryRow(ctx, `SELECT v.id, v.fetched_ns, v.sha256, v.etag, v.last_modified, v.url
		FROM versions v JOIN watches w ON w.id = v.watch_id
		WHERE w.name = ? ORDER BY v.seq DESC LIMIT 1`, watch).
		Scan(&v.ID, &fetched, &v.SHA256, &v.ETag, &v.LastModified, &v.URL)
	if errors.Is(err, errNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Version{}, wrap(fmt.Sprintf("head %q", watch), err)
	}
	v.FetchedAt = fromNS(fetched)
	return v, nil
}

// History returns the versions of watch, oldest first, without their text
// and figures. It returns ErrNotFound when the store has never heard of
// watch, and no versions when watch has only checks.
func (s *Store) History(ctx context.Context, watch string) ([]Version, error) {
	var out []Version
	err := s.inTx(ctx, false, func(t tx) error {
		wid, err := watchID(ctx, t, watch)
		if err != nil {
			return err
		}
		r, err := t.query(ctx, `SELECT id, fetched_ns, sha256, etag, last_modified, url
			FROM versions WHERE watch_id = ? ORDER BY seq`, wid)
		if err != nil {
			return err
		}
		defer r.Close()
		for r.Next() {
			v := Version{Watch: watch}
			var fetched int64
			if err := r.Scan(&v.ID, &fetched, &v.SHA256, &v.ETag, &v.LastModified, &v.URL); err != nil {
				return err
			}
			v.FetchedAt = fromNS(fetched)
			out = append(out, v)
		}
		return r.Err()
	})
	if err != nil {
		return nil, wrap(fmt.Sprintf("history %q", watch), err)
	}
	return out, nil
}

// Version returns one version with its text and figures, or ErrNotFound.
func (s *Store) Version(ctx context.Context, id int64) (Version, error) {
	var v Version
	err := s.inTx(ctx, false, func(t tx) error {
		var err error
		v, err = readVersion(ctx, t, "v.id = ?", id)
		return err
	})
	if err != nil {
		return Version{}, wrap(fmt.Sprintf("version %d", id), err)
	}
	return v, nil
}

// Previous returns the version of the same watch stored just before id, or
// ErrNotFound when id is the first (or does not exist). After Prune, it is
// the previous version kept.
func (s *Store) Previous(ctx context.Context, id int64) (Version, error) {
	var v Version
	err := s.inTx(ctx, false, func(t tx) error {
		var prev int64
		err := t.queryRow(ctx, `SELECT p.id FROM versions v
			JOIN versions p ON p.watch_id = v.watch_id AND p.seq < v.seq
			WHERE v.id = ? ORDER BY p.seq DESC LIMIT 1`, id).Scan(&prev)
		if errors.Is(err, errNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		v, err = readVersion(ctx, t, "v.id = ?", prev)
		return err
	})
	if err != nil {
		return Version{}, wrap(fmt.Sprintf("previous of version %d", id), err)
	}
	return v, nil
}

// Timeline returns the values of one fact across the versions of watch,
// oldest first (in document order within a version). key matches a
// figure's Key or its Concept, so Timeline(w, "killed") follows a death
// toll however each version words it. It returns ErrNotFound when the
// store has never heard of watch.
func (s *Store) Timeline(ctx context.Context, watch, key string) ([]Point, error) {
	var out []Point
	err := s.inTx(ctx, false, func(t tx) error {
		wid, err := watchID(ctx, t, watch)
		if err != nil {
			return err
		}
		r, err := t.query(ctx, `SELECT v.id, v.fetched_ns, `+figureColumns+`
			FROM figures f JOIN figure_terms t ON t.id = f.term_id
			JOIN versions v ON v.id = f.version_id
			WHERE t.watch_id = ? AND (t.fkey = ? OR t.concept = ?)
			ORDER BY v.seq, f.ord`, wid, key, key)
		if err != nil {
			return err
		}
		var stored []storedFigure
		for r.Next() {
			var p Point
			var fetched int64
			sf, err := scanFigure(r, &p.VersionID, &fetched)
			if err != nil {
				r.Close()
				return err
			}
			p.FetchedAt = fromNS(fetched)
			out = append(out, p)
			stored = append(stored, sf)
		}
		r.Close()
		if err := r.Err(); err != nil {
			return err
		}
		// Spans stored as offsets need the versions' texts.
		cache := map[int64][]byte{}
		for i := range out {
			var text []byte
			if stored[i].needsText() {
				if text, err = textOf(ctx, t, out[i].VersionID, cache); err != nil {
					return err
				}
			}
			out[i].Figure = stored[i].resolve(string(text))
		}
		return nil
	})
	if err != nil {
		return nil, wrap(fmt.Sprintf("timeline %q %q", watch, key), err)
	}
	return out, nil
}

// RecordCheck appends a check to the log and updates the watch's status.
func (s *Store) RecordCheck(ctx context.Context, c Check) error {
	err := s.inTx(ctx, true, func(t tx) error { return recordCheck(ctx, t, c) })
	return wrap(fmt.Sprintf("record check %q", c.Watch), err)
}

// RecordChecks appends several checks in one transaction: one durable
// commit instead of one per check, for a watcher running many watches.
func (s *Store) RecordChecks(ctx context.Context, cs []Check) error {
	err := s.inTx(ctx, true, func(t tx) error {
		for _, c := range cs {
			if err := recordCheck(ctx, t, c); err != nil {
				return fmt.Errorf("%q: %w", c.Watch, err)
			}
		}
		return nil
	})
	return wrap(fmt.Sprintf("record %d checks", len(cs)), err)
}

func recordCheck(ctx context.Context, t tx, c Check) error {
	if c.Watch == "" {
		return errors.New("empty watch name")
	}
	if c.At.IsZero() {
		c.At = time.Now()
	}
	at := c.At.UnixNano()
	var success int64
	if c.Outcome != "error" {
		success = at
	}
	// Checks may be recorded out of order; the status follows the newest.
	var wid int64
	err := t.queryRow(ctx, `INSERT INTO watches
			(name, created_ns, last_check_ns, last_outcome, last_error, last_success_ns)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (name) DO UPDATE SET
			last_outcome = CASE WHEN excluded.last_check_ns >= watches.last_check_ns
				THEN excluded.last_outcome ELSE watches.last_outcome END,
			last_error = CASE WHEN excluded.last_check_ns >= watches.last_check_ns
				THEN excluded.last_error ELSE watches.last_error END,
			last_check_ns = CASE WHEN excluded.last_check_ns >= watches.last_check_ns
				THEN excluded.last_check_ns ELSE watches.last_check_ns END,
			last_success_ns = CASE WHEN excluded.last_success_ns > watches.last_success_ns
				THEN excluded.last_success_ns ELSE watches.last_success_ns END
		RETURNING id`,
		c.Watch, time.Now().UnixNano(), at, c.Outcome, c.Error, success).Scan(&wid)
	if err != nil {
		return err
	}
	_, err = t.exec(ctx, `INSERT INTO checks (watch_id, at_ns, outcome, error, duration_ns, version_id)
		VALUES (?, ?, ?, ?, ?, ?)`, wid, at, c.Outcome, c.Error, c.Duration.Nanoseconds(), c.VersionID)
	return err
}

// Checks returns the logged checks of watch, newest first, at most limit of
// them (all when limit <= 0).
func (s *Store) Checks(ctx context.Context, watch string, limit int) ([]Check, error) {
	var out []Check
	err := s.inTx(ctx, false, func(t tx) error {
		wid, err := watchID(ctx, t, watch)
		if err != nil {
			return err
		}
		q := `SELECT at_ns, outcome, error, duration_ns, version_id FROM checks
			WHERE watch_id = ? ORDER BY at_ns DESC, id DESC`
		args := []any{wid}
		if limit > 0 {
			q += " LIMIT ?"
			args = append(args, limit)
		}
		r, err := t.query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer r.Close()
		for r.Next() {
			c := Check{Watch: watch}
			var at, dur int64
			if err := r.Scan(&at, &c.Outcome, &c.Error, &dur, &c.VersionID); err != nil {
				return err
			}
			c.At, c.Duration = fromNS(at), time.Duration(dur)
			out = append(out, c)
		}
		return r.Err()
	})
	if err != nil {
		return nil, wrap(fmt.Sprintf("checks %q", watch), err)
	}
	return out, nil
}

// Watches lists the status of every watch the store knows, by name.
func (s *Store) Watches(ctx context.Context) ([]WatchStatus, error) {
	var out []WatchStatus
	err := s.inTx(ctx, false, func(t tx) error {
		r, err := t.query(ctx, `SELECT w.name, w.last_check_ns, w.last_outcome, w.last_error, w.last_success_ns,
				(SELECT COUNT(*) FROM versions v WHERE v.watch_id = w.id),
				COALESCE((SELECT v.fetched_ns FROM versions v WHERE v.watch_id = w.id
					ORDER BY v.seq DESC LIMIT 1), 0)
			FROM watches w ORDER BY w.name`)
		if err != nil {
			return err
		}
		defer r.Close()
		for r.Next() {
			var (
				w                          WatchStatus
				check, success, lastChange int64
			)
			if err := r.Scan(&w.Watch, &check, &w.LastOutcome, &w.LastError, &success,
				&w.Versions, &lastChange); err != nil {
				return err
			}
			w.LastCheck, w.LastSuccess, w.LastChange = fromNS(check), fromNS(success), fromNS(lastChange)
			out = append(out, w)
		}
		return r.Err()
	})
	if err != nil {
		return nil, wrap("watches", err)
	}
	return out, nil
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.queryRow(ctx, `SELECT (SELECT COUNT(*) FROM watches), (SELECT COUNT(*) FROM versions),
		(SELECT COUNT(*) FROM figures), (SELECT COUNT(*) FROM checks)`).
		Scan(&st.Watches, &st.Versions, &st.Figures, &st.Checks)
	if err != nil {
		return Stats{}, wrap("stats", err)
	}
	return st, nil
}
