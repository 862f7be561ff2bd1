package snapshots

import (
	"context"
	"path/filepath"
	"testing"
)

func TestZZOpenFull(t *testing.T) {
	dir, err := mountTmpfs(t, 8<<20)
	if err != nil {
		t.Fatal(err)
	}
	d := &tmpfsDisk{dir: dir, dsn: filepath.Join(dir, "factdiff.db")}
	r := &fullDiskRun{t: t, dsn: d.dsn, disk: d, saved: map[string][]Version{}, where: map[string]int{}}
	r.open()
	for range 30 {
		if err := r.save(); err != nil {
			t.Fatal(err)
		}
	}
	r.close()
	t.Log(d.describe())
	d.fill(t, nil, 0)
	t.Log(d.describe())
	s, err := Open(context.Background(), d.dsn)
	t.Logf("open: %v", err)
	if err == nil {
		v, err := s.Latest(context.Background(), "river-flood")
		t.Logf("latest: %d %v", v.ID, err)
		_, _, err = s.Save(context.Background(), Version{Watch: "x", Text: "hello"})
		t.Logf("save: %v", err)
		err = s.Verify(context.Background())
		t.Logf("verify: %v", err)
		t.Log(d.describe())
		d.free(t)
		v, err = s.Latest(context.Background(), "river-flood")
		t.Logf("latest after free: %d %v", v.ID, err)
		_, _, err = s.Save(context.Background(), Version{Watch: "x", Text: "hello"})
		t.Logf("save after free: %v", err)
		s.Close()
	}
	d.free(t)
}
