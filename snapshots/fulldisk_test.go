//go:build linux

package snapshots

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/factdiff/factdiff/facts"
)

// The full-disk test. The SPEC promises that a full disk at any moment
// leaves every stored version intact and the store usable. The store runs on
// a really full filesystem, a small tmpfs mounted for the test (root only),
// and saves versions, logs checks and prunes until a write fails. A filler
// file leaves a different amount of room each round, the WAL is emptied or
// restarted or left as it is beforehand, and a second connection
// checkpoints the WAL now and then, so that the failure lands in different
// places: growing the WAL in a save, a check or a prune, or growing the
// database file in a checkpoint, while the store goes on writing into the
// WAL's old pages. After each failure the error must be clear (SQLite's
// error kept in the chain, the operation and watch named), reads must go
// on, and once the filler is removed the same Store must save again,
// without reopening. Some rounds close the store on the full disk and open
// it again; at the end a store closed cleanly is opened on a full disk,
// where SQLite cannot even create its shared-memory file, and must fail
// with an error that says so. Last, the store is reopened with room,
// verified, and every version reported saved is read back, text and
// figures, byte for byte.
//
// Where tmpfs cannot be mounted (not root, or no permission in a
// container) the tmpfs subtest says why and skips, and the max_page_count
// subtest covers the store: it makes the database "full" with SQLite's
// PRAGMA max_page_count, set on every connection of the store by a driver
// connection hook, so that no production hook is needed. It runs
// everywhere, so that the fallback is itself tested, and under CI too: the
// test as a whole never skips.

// fullDiskWatches are the watches the test saves versions of, in turn.
var fullDiskWatches = []string{"river-flood", "dam-inquiry"}

// fullDisk is a way of running out of room.
type fullDisk interface {
	// fill leaves about slack bytes of room for the store s (nil when
	// the store is closed).
	fill(t *testing.T, s *Store, slack int64)
	// free gives the store all the room it wants again.
	free(t *testing.T)
	// checkpoint checkpoints the store's WAL from another connection
	// with mode (PASSIVE, TRUNCATE…); nil when the disk does not support
	// it.
	checkpoint(mode string) error
	// closing is called before the test closes the store.
	closing()
	// describe says how full the disk is, for the log.
	describe() string
}

// TestFullDisk runs the full-disk test on a tmpfs and with max_page_count.
func TestFullDisk(t *testing.T) {
	t.Run("tmpfs", func(t *testing.T) {
		dir, err := mountTmpfs(t, 8<<20)
		if err != nil {
			// Not silent: the reason is in the output, and the
			// max_page_count subtest covers the store under CI too.
			t.Skipf("cannot mount a tmpfs (%v); the max_page_count subtest simulates the full disk instead", err)
		}
		d := &tmpfsDisk{dir: dir, dsn: filepath.Join(dir, "factdiff.db")}
		t.Cleanup(d.closeCheckpointer)
		runFullDisk(t, d.dsn, d, fullDiskRounds)
	})
	t.Run("max_page_count", func(t *testing.T) {
		dsn := filepath.Join(t.TempDir(), "factdiff.db")
		// The WAL modes mean nothing here, and the largest slacks
		// only take time.
		runFullDisk(t, dsn, newPageLimit(t, dsn), fullDiskRounds[:8])
	})
}

// fullDiskRound is how one round fills the disk.
type fullDiskRound struct {
	// wal is how the WAL is checkpointed before the disk is filled: ""
	// leaves it as the last round did, TRUNCATE empties it so that the
	// first write must grow it again, RESTART empties it but keeps its
	// pages, so that writes go on reusing them on a full disk until the
	// WAL must grow or a checkpoint must grow the database file.
	wal   string
	slack int64  // the room left, in bytes
	first string // the kind of the first write, one of fullDiskOps
}

var fullDiskRounds = []fullDiskRound{
	{"", 0, "save"},
	{"TRUNCATE", 0, "record check"},
	{"TRUNCATE", 0, "prune"},
	{"", 0, "checkpoint"},
	{"RESTART", 0, "save"},
	{"RESTART", 4 << 10, "record check"},
	{"", 12 << 10, "save"},
	{"TRUNCATE", 32 << 10, "save"},
	{"RESTART", 96 << 10, "prune"},
	{"", 160 << 10, "save"},
	{"RESTART", 320 << 10, "save"},
}

// mountTmpfs mounts a tmpfs of size bytes in a temporary directory and
// unmounts it when t ends, whether it passed or not. It returns an error
// when this process may not mount (not root, or EPERM in a container).
func mountTmpfs(t *testing.T, size int64) (string, error) {
	if os.Geteuid() != 0 {
		return "", errors.New("not running as root")
	}
	dir := filepath.Join(t.TempDir(), "tmpfs")
	if err := os.Mkdir(dir, 0o755); err != nil {
		return "", err
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV,
		fmt.Sprintf("size=%d,mode=0755", size)); err != nil {
		return "", fmt.Errorf("mount -t tmpfs: %w", err)
	}
	// Registered after TempDir's own cleanup, so it runs before it;
	// the stores opened later are closed before this runs.
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v; detaching it", dir, err)
			_ = syscall.Unmount(dir, syscall.MNT_DETACH)
		}
	})
	return dir, nil
}

// tmpfsDisk fills a real filesystem with a filler file.
type tmpfsDisk struct {
	dir, dsn string
	ckpt     *sql.DB // the second connection, opened on first use
}

func (d *tmpfsDisk) filler() string { return filepath.Join(d.dir, "filler") }

func (d *tmpfsDisk) fill(t *testing.T, _ *Store, slack int64) {
	t.Helper()
	f, err := os.OpenFile(d.filler(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatalf("filler: %v", err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filler: %v", err)
			}
			break
		}
	}
	// Byte by byte at the end, so that not a page is left over.
	for {
		if _, err := f.Write(chunk[:1]); err != nil {
			break
		}
	}
	fi, err := f.Stat()
	if err != nil {
		t.Fatalf("filler: %v", err)
	}
	if err := f.Truncate(max(0, fi.Size()-slack)); err != nil {
		t.Fatalf("filler: %v", err)
	}
}

func (d *tmpfsDisk) free(t *testing.T) {
	t.Helper()
	if err := os.Remove(d.filler()); err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("remove filler: %v", err)
	}
}

// avail returns the free bytes of the tmpfs.
func (d *tmpfsDisk) avail() int64 {
	var st syscall.Statfs_t
	if syscall.Statfs(d.dir, &st) != nil {
		return -1
	}
	return int64(st.Bavail) * st.Bsize
}

func (d *tmpfsDisk) describe() string {
	size := func(name string) int64 {
		fi, err := os.Stat(name)
		if err != nil {
			return -1
		}
		return fi.Size()
	}
	return fmt.Sprintf("free %d, db %d, wal %d, shm %d", d.avail(), size(d.dsn), size(d.dsn+"-wal"), size(d.dsn+"-shm"))
}

func (d *tmpfsDisk) checkpoint(mode string) error {
	if d.ckpt == nil {
		db, err := sql.Open("sqlite", d.dsn+"?_pragma=busy_timeout(10000)")
		if err != nil {
			return err
		}
		db.SetMaxOpenConns(1)
		d.ckpt = db
	}
	var busy, logFrames, done int
	if err := d.ckpt.QueryRow("PRAGMA wal_checkpoint("+mode+")").Scan(&busy, &logFrames, &done); err != nil {
		return err
	}
	if busy != 0 && mode != "PASSIVE" {
		// Nothing else runs meanwhile: a reader that blocks the
		// checkpoint is a read transaction the store left open.
		return fmt.Errorf("checkpoint(%s) blocked: %d of %d WAL frames checkpointed", mode, done, logFrames)
	}
	return nil
}

// closing closes the checkpointing connection, so that the store's own
// connections are the last and Close checkpoints and removes the WAL as
// it does in production.
func (d *tmpfsDisk) closing() { d.closeCheckpointer() }

func (d *tmpfsDisk) closeCheckpointer() {
	if d.ckpt != nil {
		d.ckpt.Close()
		d.ckpt = nil
	}
}

// pageLimitHook is the state of the driver connection hook that sets
// max_page_count on every connection to one test's database. The hook is
// registered once per process and stays; it touches nothing while dsn is
// "".
var pageLimitHook struct {
	once  sync.Once
	mu    sync.Mutex
	dsn   string // the database file whose connections are limited
	limit int64  // the max_page_count of new connections
	conns []sqlite.ExecQuerierContext
}

// pageLimit makes the store's database full with max_page_count.
type pageLimit struct{}

func newPageLimit(t *testing.T, dsn string) *pageLimit {
	h := &pageLimitHook
	h.once.Do(func() {
		sqlite.RegisterConnectionHook(func(c sqlite.ExecQuerierContext, connDSN string) error {
			h.mu.Lock()
			defer h.mu.Unlock()
			if h.dsn == "" || !strings.HasPrefix(connDSN, h.dsn+"?") {
				return nil
			}
			h.conns = append(h.conns, c)
			return setMaxPageCount(c, h.limit)
		})
	})
	h.mu.Lock()
	h.dsn, h.limit, h.conns = dsn, 0, nil
	h.mu.Unlock()
	t.Cleanup(func() {
		h.mu.Lock()
		h.dsn, h.conns = "", nil
		h.mu.Unlock()
	})
	return &pageLimit{}
}

// setMaxPageCount sets max_page_count on one connection; 0 is no limit
// (SQLite's own maximum).
func setMaxPageCount(c sqlite.ExecQuerierContext, pages int64) error {
	if pages <= 0 {
		pages = 0xfffffffe
	}
	_, err := c.ExecContext(context.Background(), "PRAGMA max_page_count = "+strconv.FormatInt(pages, 10), nil)
	return err
}

// setLimit sets the limit of the store's connections, open (they are all
// idle between the test's calls) and to come.
func (*pageLimit) setLimit(t *testing.T, pages int64) {
	t.Helper()
	h := &pageLimitHook
	h.mu.Lock()
	defer h.mu.Unlock()
	h.limit = pages
	for _, c := range h.conns {
		if err := setMaxPageCount(c, pages); err != nil {
			t.Fatalf("PRAGMA max_page_count: %v", err)
		}
	}
}

func (p *pageLimit) fill(t *testing.T, s *Store, slack int64) {
	t.Helper()
	if s == nil {
		// No store open: SQLite raises a limit below the database's
		// size to its size, so 1 is "no room at all".
		p.setLimit(t, 1)
		return
	}
	var pages, size int64
	if err := s.db.queryRow(context.Background(), "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatalf("PRAGMA page_count: %v", err)
	}
	if err := s.db.queryRow(context.Background(), "PRAGMA page_size").Scan(&size); err != nil {
		t.Fatalf("PRAGMA page_size: %v", err)
	}
	p.setLimit(t, pages+slack/size)
}

func (p *pageLimit) free(t *testing.T) { p.setLimit(t, 0) }

func (*pageLimit) checkpoint(string) error { return nil }

func (*pageLimit) describe() string {
	h := &pageLimitHook
	h.mu.Lock()
	defer h.mu.Unlock()
	return fmt.Sprintf("max_page_count %d", h.limit)
}

// closing forgets the connections, which the store is about to close.
func (*pageLimit) closing() {
	h := &pageLimitHook
	h.mu.Lock()
	h.conns = nil
	h.mu.Unlock()
}

// fullDiskRun is the state of one full-disk test.
type fullDiskRun struct {
	t     *testing.T
	dsn   string
	disk  fullDisk
	s     *Store
	n     int                  // versions made so far, saved or not
	saved map[string][]Version // per watch, every version Save reported created (and Prune kept)
	total int                  // versions saved
	at    time.Time            // the next FetchedAt
	where map[string]int       // how many writes failed in each place
	start time.Time            // when the test began, for the log
}

// runFullDisk runs the rounds: each fills the disk, writes until a write
// fails, checks, frees the space and writes again.
func runFullDisk(t *testing.T, dsn string, disk fullDisk, rounds []fullDiskRound) {
	r := &fullDiskRun{t: t, dsn: dsn, disk: disk, saved: map[string][]Version{},
		at: time.Date(2025, 11, 3, 6, 0, 0, 0, time.UTC), where: map[string]int{}, start: time.Now()}
	// Whatever happens, the store is closed before the tmpfs is
	// unmounted (that cleanup was registered earlier, so runs later).
	t.Cleanup(func() {
		if r.s != nil {
			r.close()
		}
	})
	r.open()
	// Some history first, as a store that has been running a while.
	for range 30 {
		if err := r.save(); err != nil {
			t.Fatalf("Save on an empty disk: %v", err)
		}
	}
	for i, round := range rounds {
		r.round(i, round)
	}

	// A store closed cleanly (its WAL checkpointed and removed) and then
	// opened on a full disk: SQLite must create its shared-memory file
	// before it reads anything, and cannot. Open may fail then, with a
	// clear error, and must work once there is room.
	r.close()
	disk.fill(t, nil, 0)
	if s, err := Open(context.Background(), dsn); err != nil {
		r.where["open"]++
		checkFullError(t, "Open on a full disk", err, fmt.Sprintf("open %q", dsn))
	} else {
		r.s = s
		r.checkLatest("opened on a full disk", fullDiskWatches[0])
		r.close()
	}
	disk.free(t)

	// A fresh process: everything is there, the file is sound, and the
	// store takes new versions.
	r.open()
	if err := r.s.Verify(context.Background()); err != nil {
		t.Fatalf("Verify after reopening: %v", err)
	}
	r.checkAll("after reopening")
	for range 3 {
		if err := r.save(); err != nil {
			t.Fatalf("Save after reopening: %v", err)
		}
	}
	r.checkAll("after saving again")
	t.Logf("%d rounds in %v: %d versions saved; failed writes by place: %v",
		len(rounds), time.Since(r.start).Round(time.Millisecond), r.total, r.where)
}

// fullDiskOps is the order in which a round writes; each round starts at
// a different place in it, so that the first write on a full disk is each
// kind in turn.
var fullDiskOps = []string{"save", "save", "record check", "save", "checkpoint", "save",
	"prune", "save", "record check", "save", "checkpoint", "save"}

// op runs write i of a round, whose first write is fullDiskOps[offset]. It
// returns the error of a store write; a failed checkpoint, which is not
// the store's doing, is only counted.
func (r *fullDiskRun) op(i, offset int) (kind string, err error) {
	kind = fullDiskOps[(i+offset)%len(fullDiskOps)]
	switch kind {
	case "save":
		err = r.save()
	case "record check":
		err = r.recordCheck(i)
	case "prune":
		err = r.prune()
	case "checkpoint":
		if cerr := r.disk.checkpoint("PASSIVE"); cerr != nil {
			r.where["checkpoint"]++
			checkFullError(r.t, "checkpoint", cerr, "")
		}
	}
	return kind, err
}

// round is one fill, fail, check, free cycle.
func (r *fullDiskRun) round(round int, how fullDiskRound) {
	t := r.t
	ctx := context.Background()
	if how.wal != "" {
		if err := r.disk.checkpoint(how.wal); err != nil {
			t.Fatalf("round %d: checkpoint(%s) with room to spare: %v", round, how.wal, err)
		}
	}
	r.disk.fill(t, r.s, how.slack)

	// Write until a write fails, then try each kind of write once more.
	const maxOps = 3000
	offset := slices.Index(fullDiskOps, how.first)
	var (
		failed error
		kind   string
		ops    int
	)
	for ops < maxOps && failed == nil {
		kind, failed = r.op(ops, offset)
		ops++
	}
	if failed == nil {
		t.Fatalf("round %d: %d writes with %d bytes of room all succeeded; the disk never filled", round, maxOps, how.slack)
	}
	t.Logf("round %d at %v (WAL %s, slack %d): write %d, %s, failed: %v; %s",
		round, time.Since(r.start).Round(time.Millisecond), cmp.Or(how.wal, "as left"), how.slack, ops, kind, failed, r.disk.describe())
	for range len(fullDiskOps) {
		r.op(ops, offset)
		ops++
	}

	// Reads go on while the disk is full.
	for _, w := range fullDiskWatches {
		r.checkLatest(fmt.Sprintf("round %d, disk full", round), w)
	}
	if round%2 == 0 {
		if err := r.s.Verify(ctx); err != nil {
			t.Fatalf("round %d: Verify with the disk full: %v", round, err)
		}
	}
	// Every fourth round, the process stops and a new one starts on the
	// full disk. Close cannot checkpoint the WAL then, which stays, as
	// after a crash.
	if round%4 == 3 {
		r.close()
		s, err := Open(ctx, r.dsn)
		if err != nil {
			r.where["open"]++
			checkFullError(t, fmt.Sprintf("round %d: Open with the disk full", round), err, fmt.Sprintf("open %q", r.dsn))
		} else {
			r.s = s
			r.checkAll(fmt.Sprintf("round %d, reopened on a full disk", round))
			if _, err := r.op(0, 0); err == nil {
				t.Logf("round %d: a save after reopening on the full disk succeeded", round)
			}
			r.close()
		}
	}

	// With room again, the same store takes new versions at once.
	r.disk.free(t)
	if r.s == nil {
		r.open()
	}
	for i := range 4 {
		if err := r.save(); err != nil {
			t.Fatalf("round %d: Save %d after freeing the disk: %v", round, i+1, err)
		}
	}
	if err := r.recordCheck(0); err != nil {
		t.Fatalf("round %d: RecordCheck after freeing the disk: %v", round, err)
	}
	for _, w := range fullDiskWatches {
		r.checkLatest(fmt.Sprintf("round %d, disk freed", round), w)
	}
	if round%2 == 1 {
		if err := r.s.Verify(ctx); err != nil {
			t.Fatalf("round %d: Verify after freeing the disk: %v", round, err)
		}
	}
}

// open opens the store, failing the test when it cannot.
func (r *fullDiskRun) open() {
	r.t.Helper()
	s, err := Open(context.Background(), r.dsn)
	if err != nil {
		r.t.Fatalf("Open: %v", err)
	}
	r.s = s
}

// close closes the store. On a full disk Close may fail to checkpoint; the
// WAL then stays, as after a crash, and that is no error.
func (r *fullDiskRun) close() {
	r.disk.closing()
	if err := r.s.Close(); err != nil {
		r.t.Logf("Close: %v", err)
	}
	r.s = nil
}

// save saves the next version of the next watch. A version is remembered
// only when Save reports it created.
func (r *fullDiskRun) save() error {
	t := r.t
	t.Helper()
	w := fullDiskWatches[r.n%len(fullDiskWatches)]
	text, figs := fullDiskReport(w, r.n)
	r.n++
	r.at = r.at.Add(7 * time.Minute)
	v := Version{Watch: w, FetchedAt: r.at, Text: text, Figures: figs,
		ETag: fmt.Sprintf(`"%s-%d"`, w, r.n), URL: "https://news.example.org/" + w}
	got, created, err := r.s.Save(context.Background(), v)
	if err != nil {
		r.where["save"]++
		checkFullError(t, "Save", err, fmt.Sprintf("save %q", w))
		if got.ID != 0 || created {
			t.Errorf("failed Save returned version %d, created %v; want 0, false", got.ID, created)
		}
		return err
	}
	if !created {
		t.Fatalf("Save(new text of %q) created nothing", w)
	}
	v.ID, v.SHA256 = got.ID, sha(text)
	r.saved[w] = append(r.saved[w], v)
	r.total++
	return nil
}

// recordCheck logs a check of the watch saved last.
func (r *fullDiskRun) recordCheck(i int) error {
	w := fullDiskWatches[(r.n+1)%len(fullDiskWatches)]
	c := Check{Watch: w, Outcome: "unchanged", Duration: time.Duration(i) * time.Millisecond}
	if vs := r.saved[w]; len(vs) > 0 {
		c.VersionID = vs[len(vs)-1].ID
	}
	err := r.s.RecordCheck(context.Background(), c)
	if err != nil {
		r.where["record check"]++
		checkFullError(r.t, "RecordCheck", err, fmt.Sprintf("record check %q", w))
	}
	return err
}

// fullDiskKeep is how many versions the test's Prune keeps of the second
// watch (besides the first, which Prune always keeps).
const fullDiskKeep = 12

// prune prunes the second watch, which re-encodes the versions based on
// the keyframes it deletes: a write of its own.
func (r *fullDiskRun) prune() error {
	w := fullDiskWatches[1]
	_, err := r.s.Prune(context.Background(), w, Retention{Keep: fullDiskKeep})
	if err != nil {
		r.where["prune"]++
		checkFullError(r.t, "Prune", err, fmt.Sprintf("prune %q", w))
		return err
	}
	if vs := r.saved[w]; len(vs) > fullDiskKeep+1 {
		r.saved[w] = append(vs[:1:1], vs[len(vs)-fullDiskKeep:]...)
	}
	return nil
}

// checkFullError checks that err, from a write on a full disk, is a clear
// error: SQLite's "database or disk is full" kept in the chain, and, when
// op is not "", the operation and watch named in the message.
func checkFullError(t *testing.T, what string, err error, op string) {
	t.Helper()
	var se *sqlite.Error
	if !errors.As(err, &se) {
		t.Fatalf("%s: error %q (%T) does not wrap the SQLite error", what, err, err)
	}
	// SQLite reports a full disk as SQLITE_FULL, but as SQLITE_IOERR_SHMSIZE
	// when it is its shared-memory file that cannot grow.
	if code := se.Code(); code&0xff != sqlite3.SQLITE_FULL && code != sqlite3.SQLITE_IOERR_SHMSIZE {
		t.Errorf("%s: error %q has SQLite code %d; want SQLITE_FULL (%d) or SQLITE_IOERR_SHMSIZE (%d)",
			what, err, code, sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR_SHMSIZE)
	}
	if !strings.Contains(err.Error(), "full") {
		t.Errorf("%s: error %q does not say the disk is full", what, err)
	}
	if op != "" && !strings.Contains(err.Error(), "snapshots: "+op+": ") {
		t.Errorf("%s: error %q; want it to start %q", what, err, "snapshots: "+op+": ")
	}
}

// checkLatest checks that the latest version of w is the last one saved.
func (r *fullDiskRun) checkLatest(what, w string) {
	r.t.Helper()
	vs := r.saved[w]
	got, err := r.s.Latest(context.Background(), w)
	if err != nil {
		r.t.Fatalf("%s: Latest(%q): %v", what, w, err)
	}
	if d := sameVersion(got, vs[len(vs)-1]); d != "" {
		r.t.Fatalf("%s: Latest(%q): %s", what, w, d)
	}
}

// checkAll checks that every version reported saved reads back exactly,
// and that the store holds no other version.
func (r *fullDiskRun) checkAll(what string) {
	t := r.t
	t.Helper()
	ctx := context.Background()
	for _, w := range fullDiskWatches {
		want := r.saved[w]
		hist, err := r.s.History(ctx, w)
		if err != nil {
			t.Fatalf("%s: History(%q): %v", what, w, err)
		}
		if len(hist) != len(want) {
			t.Errorf("%s: History(%q) has %d versions; want the %d reported saved", what, w, len(hist), len(want))
		}
		for i := range min(len(hist), len(want)) {
			if hist[i].ID != want[i].ID {
				t.Fatalf("%s: History(%q)[%d] is version %d; want %d", what, w, i, hist[i].ID, want[i].ID)
			}
		}
		for _, v := range want {
			got, err := r.s.Version(ctx, v.ID)
			if err != nil {
				t.Fatalf("%s: Version(%d) of %q, reported saved: %v", what, v.ID, w, err)
			}
			if d := sameVersion(got, v); d != "" {
				t.Fatalf("%s: Version(%d) of %q: %s", what, v.ID, w, d)
			}
		}
	}
}

// reportBuilder writes an article sentence by sentence and keeps the
// figures in it, with their offsets and sentences, as the extractor would
// report them.
type reportBuilder struct {
	b     strings.Builder
	figs  []facts.Figure
	sents int
}

// fig is a figure to write into a sentence.
type fig struct {
	text, key, concept, unit, qualifier string
	cat                                 facts.Category
	value                               float64
	high                                *float64
}

// say writes one sentence made of strings and figs.
func (rb *reportBuilder) say(parts ...any) {
	if rb.b.Len() > 0 && !strings.HasSuffix(rb.b.String(), "\n\n") {
		rb.b.WriteByte(' ')
	}
	start, first := rb.b.Len(), len(rb.figs)
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			rb.b.WriteString(p)
		case fig:
			f := facts.Figure{Key: p.key, Category: p.cat, Value: p.value, High: p.high, Text: p.text,
				Qualifier: p.qualifier, Unit: p.unit, Concept: p.concept, Start: rb.b.Len()}
			rb.b.WriteString(p.text)
			f.End = rb.b.Len()
			rb.figs = append(rb.figs, f)
		default:
			panic(fmt.Sprintf("say: %T", p))
		}
	}
	sentence := rb.b.String()[start:]
	for i := first; i < len(rb.figs); i++ {
		rb.figs[i].Sentence, rb.figs[i].SentenceIndex = sentence, rb.sents
	}
	rb.sents++
}

// para ends a paragraph.
func (rb *reportBuilder) para() { rb.b.WriteString("\n\n") }

// count is a figure counting people or things.
func count(n int, qualifier, key, unit string, cat facts.Category) fig {
	text := strconv.Itoa(n)
	if n >= 1000 {
		text = fmt.Sprintf("%d,%03d", n/1000, n%1000)
	}
	if qualifier != "" {
		text = qualifier + " " + text
	}
	concept, _, _ := strings.Cut(key, " ")
	return fig{text: text, key: key, concept: concept, unit: unit, qualifier: qualifier, cat: cat, value: float64(n)}
}

// fullDiskReport returns version n of a made-up news story followed by
// watch w, about 6 KB long, and its figures. Every version differs from the
// one before in its figures and in its latest-updates paragraph, as a
// running story does.
func fullDiskReport(w string, n int) (string, []facts.Figure) {
	town, river, region := "Halvergate", "Ostrun", "the Lower Vale"
	if w != fullDiskWatches[0] {
		town, river, region = "Brenmoor", "Caddow", "the Upper Fells"
	}
	dead := 3 + n/7
	missing := 11 + (n*7)%29
	evacuated := 1800 + 45*n
	homes := 640 + 13*(n%50)
	level := 6.10 + 0.01*float64(n%90)
	aid := 4.5 + 0.25*float64(n%40)
	power := 10 + (n*11)%80
	rain := 140 + n%60
	vols, volsHigh := 300+5*(n%20), 350.0+5*float64(n%20)
	hour, minute := 5+n%14, (n*13)%60

	var rb reportBuilder
	rb.say("Floodwater from the ", river, " breached a second embankment outside ", town,
		" on Monday night, and at least ", count(dead, "", "killed people", "people", facts.Casualties),
		" people have now died in ", region, ", emergency officials said.")
	rb.say("Another ", count(missing, "", "missing people", "people", facts.Casualties),
		" people are missing, most of them from farms along the valley road that was cut off before dawn.")
	rb.say("Rescue teams in boats and two army helicopters were still searching the flooded fields at first light, the regional crisis centre said in its ",
		fig{text: fmt.Sprintf("%02d:%02d", hour, minute), key: "bulletin time", concept: "bulletin", cat: facts.Time,
			value: float64(hour*60 + minute)}, " bulletin.")
	rb.para()
	rb.say("More than ", count(evacuated, "", "evacuated residents", "residents", facts.Count),
		" residents have been moved to schools, sports halls and a disused army barracks on higher ground, the council said.")
	rb.say("Water had entered ", count(homes, "about", "flooded homes", "homes", facts.Count),
		" homes by Tuesday morning, and the old market square in the centre of ", town,
		" was under more than a metre of brown water.")
	rb.say("Shopkeepers who had spent Sunday stacking sandbags against their doors watched the river come over the parapet of the stone bridge shortly after midnight.")
	rb.para()
	rb.say("The gauge at the ", river, " bridge read ",
		fig{text: fmt.Sprintf("%.2f metres", level), key: "river level", concept: "level", unit: "metres", cat: facts.Measure, value: level},
		" at its last reading, the highest since records began in 1868, according to the river authority.")
	rb.say("Forecasters said ", fig{text: fmt.Sprintf("%d mm", rain), key: "rain fell", concept: "rain", unit: "mm",
		cat: facts.Measure, value: float64(rain)},
		" of rain had fallen on the hills above the valley in 48 hours, more than the region usually receives in two months.")
	rb.say("More rain is expected on Wednesday, though lighter, and the authority warned that the river would not fall quickly because the ground upstream is already saturated.")
	rb.para()
	rb.say("The national grid operator said ", fig{text: fmt.Sprintf("%d%%", power), key: "households without power",
		concept: "households", unit: "%", cat: facts.Percent, value: float64(power)},
		" of households in the district were without electricity after a substation near the river was switched off as a precaution.")
	rb.say("Mobile phone coverage was patchy, and the water company asked residents in the eastern villages to boil their drinking water until further notice.")
	rb.say("Two of the three roads into ", town, " remained closed, and the railway line along the valley was suspended between the junction and the coast.")
	rb.para()
	rb.say("The government released ", fig{text: fmt.Sprintf("%.2f million euros", aid), key: "emergency aid", concept: "aid",
		unit: "euros", cat: facts.Money, value: aid * 1e6}, " in emergency aid on Tuesday, the interior minister told parliament, and promised more once the damage had been assessed.")
	rb.say("Opposition members said the money would barely cover the cost of temporary shelter and asked why the embankment, which engineers had flagged as weak in a report two years ago, had not been repaired.")
	rb.say("The minister said the repairs had been scheduled for next spring and that an inquiry would look at the delay.")
	rb.para()
	rb.say("Between ", fig{text: fmt.Sprintf("%d and %.0f", vols, volsHigh), key: "volunteers", concept: "volunteers",
		unit: "volunteers", cat: facts.Count, value: float64(vols), high: &volsHigh},
		" volunteers from neighbouring towns arrived on Tuesday with tractors, pumps and food, the council said.")
	rb.say("A bakery on the hill above the square handed out bread all morning, and a farmer drove his cattle through the high street to a neighbour's field that had stayed dry.")
	rb.say("\"We have lived with this river all our lives, but nobody here has seen it like this,\" said a retired teacher who had spent the night in the school gym with her two grandchildren.")
	rb.para()
	rb.say("Hydrologists said the flood was the third severe one in the valley in eleven years, and that the embankments, most of them built in the 1950s, had been designed for a smaller river than the one that now runs through it.")
	rb.say("Planners have argued for years about whether to let parts of the floodplain upstream fill in wet winters, which would take pressure off the town but would cost farmers some of their best land.")
	rb.say("The regional council is due to vote on a version of that plan in January.")
	rb.para()
	ha := count(2100+17*n, "about", "flooded farmland", "hectares", facts.Measure)
	ha.text += " hectares"
	rb.say("Farmers' unions said ", ha,
		" of farmland were under water, much of it sown with winter wheat only weeks ago.")
	rb.say("Some ", count(400+3*(n%90), "", "drowned livestock", "sheep", facts.Count),
		" sheep drowned on the low pastures east of the town, where the water rose faster than farmers could move their flocks.")
	rb.say("Dairy farmers who could not reach their milking sheds poured milk away, and the cooperative dairy in ", town,
		" stopped collections until the valley road reopens.")
	rb.para()
	rb.say("Trains between the junction and the coast will not run before Friday at the earliest, the rail operator said, after a section of track near ", town,
		" was washed out and a signal box flooded.")
	rb.say("Replacement buses were running on the hill road, though drivers were told to turn back wherever water covered the carriageway.")
	rb.say("The motoring association advised drivers to stay out of the valley altogether, saying that several cars had been swept off the road by fast water that looked shallow.")
	rb.say("Lorries carrying drinking water and camp beds were being sent through the forest road from the north, which adds two hours to the journey.")
	rb.para()
	rb.say("All ", count(14+n%5, "", "closed schools", "schools", facts.Count),
		" schools in the district will stay closed for the rest of the week, the education office said, several of them because they are being used as shelters.")
	rb.say("Exams planned for Thursday at the secondary school were postponed, and teachers were asked to keep in touch with their classes by phone where the lines still worked.")
	rb.say("The hospital on the northern edge of town stayed open on its own generators; it moved patients from its ground-floor wards upstairs on Monday evening as a precaution and cancelled planned operations.")
	rb.para()
	rb.say("The mayor of ", town, ", speaking outside the town hall with water lapping at the steps behind her, said the town would need months to recover.")
	rb.say("\"People have lost everything on their ground floors: furniture, papers, photographs, the things you cannot buy again,\" she said.")
	rb.say("\"What we need now is dry places to sleep, clean water and a straight answer about why the bank failed where everyone said it would.\"")
	rb.say("She said insurers had promised to send assessors as soon as the roads allowed, and asked residents to photograph the damage before throwing anything away.")
	rb.para()
	rb.say("The last major flood in the valley, in ", fig{text: "2014", key: "previous flood", concept: "flood", cat: facts.Date, value: 2014},
		", forced ", count(1200, "about", "evacuated residents 2014", "residents", facts.Count),
		" people from their homes and caused damage later put at 38 million euros.")
	rb.say("After it, the national government promised a programme of flood defences for the river's lower reaches, but only the first stage, a new wall along the quay, was finished.")
	rb.say("Engineers who worked on the programme said money for the upstream storage basins was moved to other projects when the budget was cut three years later.")
	rb.para()

	// The latest updates, newest first, as live pages add them.
	rb.say("Latest updates:")
	for k := n; k > n-4 && k >= 0; k-- {
		rb.para()
		switch k % 4 {
		case 0:
			rb.say(fmt.Sprintf("Update %d: The crisis centre said the search for the missing would go on through the night, with lights on the boats.", k+1))
		case 1:
			rb.say(fmt.Sprintf("Update %d: Police closed the stone bridge to all traffic after divers found a crack in one of its piers.", k+1))
		case 2:
			rb.say(fmt.Sprintf("Update %d: A second army unit with amphibious vehicles was sent from the coast, the defence ministry said.", k+1))
		default:
			rb.say(fmt.Sprintf("Update %d: Officials revised the number of people in shelters after a count at the barracks.", k+1))
		}
	}
	rb.para()
	rb.say("This story is being updated.")
	return rb.b.String(), rb.figs
}

// TestFullDiskReport keeps the test's articles honest: about 6 KB, every
// version different, figures pointing at their text.
func TestFullDiskReport(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range fullDiskWatches {
		for n := range 50 {
			text, figs := fullDiskReport(w, n)
			if len(text) < 5000 || len(text) > 7000 {
				t.Fatalf("fullDiskReport(%q, %d) is %d bytes; want about 6 KB", w, n, len(text))
			}
			if seen[text] {
				t.Fatalf("fullDiskReport(%q, %d) repeats an earlier version", w, n)
			}
			seen[text] = true
			for _, f := range figs {
				if text[f.Start:f.End] != f.Text || !strings.Contains(text, f.Sentence) {
					t.Fatalf("fullDiskReport(%q, %d): figure %q at %d-%d does not match the text", w, n, f.Text, f.Start, f.End)
				}
			}
		}
	}
}
