//go:build linux

package watcher

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCheckOnFullDisk runs checks while the store's disk is full: the check
// that cannot save fails with a clear error for its watch, logged once, the
// versions already stored stay intact, and once space is freed the next
// check saves the new version and logs the recovery. It needs a small tmpfs
// (root); the store's own full-disk test covers the case without one.
func TestCheckOnFullDisk(t *testing.T) {
	mnt := filepath.Join(t.TempDir(), "mnt")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=4m"); err != nil {
		t.Skipf("cannot mount a tmpfs to fill (%v); snapshots' full-disk test covers the store", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, syscall.MNT_DETACH) })

	h := newHarness(t, fmt.Sprintf("store: %s/factdiff.db\nwatches:\n  - name: a\n    file: a.txt\n  - name: b\n    file: b.txt\n", mnt))
	write := func(name string, killed int) {
		t.Helper()
		body := fmt.Sprintf("KIRAN - Shelling of the river town killed at least %d fighters, the army said.\n\nThree soldiers were wounded.\n", killed)
		if err := os.WriteFile(filepath.Join(h.dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", 25)
	write("b.txt", 40)
	for _, w := range []string{"a", "b"} {
		if r := h.check(t, w); r.Outcome != First {
			t.Fatalf("first check of %s = %v, %v; want %v", w, r.Outcome, r.Err, First)
		}
	}

	filler := filepath.Join(mnt, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filling the disk: %v", err)
			}
			break
		}
	}
	f.Close()

	write("a.txt", 26)
	r := h.check(t, "a")
	if r.Outcome != Failed || r.Err == nil || !strings.Contains(r.Err.Error(), `"a"`) {
		t.Errorf("check of a changed article on a full disk = %v, %v; want %v with an error naming watch \"a\"", r.Outcome, r.Err, Failed)
	}
	if again := h.check(t, "a"); again.Outcome != Failed {
		t.Errorf("second check on a full disk = %v; want %v", again.Outcome, Failed)
	}
	failed := h.records("check failed")
	if len(failed) != 1 || failed[0]["watch"] != "a" {
		t.Errorf("%d \"check failed\" records (%v); want one, for watch a (the streak's repeats are quiet)", len(failed), failed)
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	r = h.check(t, "a")
	if r.Outcome != Changed || r.Version == 0 {
		t.Fatalf("check after space was freed = %v (version %d), %v; want %v", r.Outcome, r.Version, r.Err, Changed)
	}
	if recovered := h.records("check recovered"); len(recovered) != 1 {
		t.Errorf("%d \"check recovered\" records; want one", len(recovered))
	}
	ctx := context.Background()
	hist, err := h.store.History(ctx, "a")
	if err != nil || len(hist) != 2 {
		t.Fatalf("History(a) = %d versions, %v; want 2 (the first kept, the new one saved once)", len(hist), err)
	}
	first, err := h.store.Version(ctx, hist[0].ID)
	if err != nil || !strings.Contains(first.Text, "at least 25 fighters") {
		t.Errorf("first version after the full disk = %q, %v; want it intact", first.Text, err)
	}
	latest, err := h.store.Latest(ctx, "a")
	if err != nil || !strings.Contains(latest.Text, "at least 26 fighters") {
		t.Errorf("latest version = %q, %v; want the revision", latest.Text, err)
	}
}
