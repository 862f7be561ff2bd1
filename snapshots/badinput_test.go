package snapshots

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// fileSnapshot remembers a SQLite store's bytes to prove later that nothing
// wrote to it. For PostgreSQL it checks nothing.
type fileSnapshot struct {
	path string
	data []byte
	mode os.FileMode
}

func snapshotFile(t testing.TB, dsn string) fileSnapshot {
	t.Helper()
	if isPostgres(dsn) {
		return fileSnapshot{}
	}
	data, err := os.ReadFile(dsn)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(dsn)
	if err != nil {
		t.Fatal(err)
	}
	return fileSnapshot{path: dsn, data: data, mode: fi.Mode()}
}

func (f fileSnapshot) check(t testing.TB) {
	t.Helper()
	if f.path == "" {
		return
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatalf("store file after Open: %v", err)
	}
	if !bytes.Equal(data, f.data) {
		t.Errorf("store file changed by a refused Open (%d bytes before, %d after)", len(f.data), len(data))
	}
	if fi, err := os.Stat(f.path); err != nil || fi.Mode() != f.mode {
		t.Errorf("store file mode changed by a refused Open: %v, %v", fi.Mode(), f.mode)
	}
}

// rawSQLite opens a SQLite file with the store's settings but none of
// Open's checks or migrations.
func rawSQLite(path string) (database, error) {
	db, err := sql.Open("sqlite", path+"?"+sqliteParams)
	if err != nil {
		return nil, err
	}
	return &sqlDB{db: db, d: sqliteDialect()}, nil
}

// goodStore makes a closed, valid SQLite store with one version.
func goodStore(t testing.TB, path string) {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Save(context.Background(), Version{Watch: "w", Text: "a version"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenBadSQLite(t *testing.T) {
	tests := []struct {
		name    string
		make    func(t *testing.T, path string) // lays down the bad store at path
		wantErr error                           // nil: any error with wantMsg
		wantMsg string
	}{
		{
			name: "text file",
			make: func(t *testing.T, path string) {
				os.WriteFile(path, bytes.Repeat([]byte("not a database, just some notes\n"), 200), 0o644)
			},
			wantErr: ErrNotStore, wantMsg: "not an SQLite database",
		},
		{
			name: "truncated header",
			make: func(t *testing.T, path string) {
				os.WriteFile(path, []byte(sqliteMagic+"\x10\x00\x02"), 0o644)
			},
			wantErr: ErrNotStore, wantMsg: "not an SQLite database",
		},
		{
			name: "damaged schema page",
			make: func(t *testing.T, path string) {
				goodStore(t, path)
				data, _ := os.ReadFile(path)
				for i := 100; i < 4096 && i < len(data); i++ {
					data[i] = byte(i * 7)
				}
				os.WriteFile(path, data, 0o644)
			},
			wantErr: ErrNotStore,
		},
		{
			name: "another program's SQLite database",
			make: func(t *testing.T, path string) {
				db, err := sql.Open("sqlite", path)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')"); err != nil {
					t.Fatal(err)
				}
			},
			wantErr: ErrNotStore, wantMsg: "not a factdiff store",
		},
		{
			name: "read-only store",
			make: func(t *testing.T, path string) {
				goodStore(t, path)
				os.Chmod(path, 0o444)
			},
			wantErr: ErrReadOnly, wantMsg: "read-only",
		},
		{
			name: "directory",
			make: func(t *testing.T, path string) {
				os.Mkdir(path, 0o755)
			},
			wantErr: ErrNotStore, wantMsg: "not a regular file",
		},
		{
			name:    "missing directory",
			make:    func(t *testing.T, path string) {},
			wantMsg: "cannot create the store",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "factdiff.db")
			if tt.name == "missing directory" {
				path = filepath.Join(t.TempDir(), "no", "such", "dir", "factdiff.db")
			}
			tt.make(t, path)
			var snap fileSnapshot
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				snap = snapshotFile(t, path)
			}
			s, err := Open(context.Background(), path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) = nil error; want %v", tt.name, tt.wantErr)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Open(%s) = %v; want %v", tt.name, err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) || !strings.HasPrefix(err.Error(), "snapshots: open ") {
				t.Errorf("Open(%s) = %q; want a message starting %q holding %q", tt.name, err, "snapshots: open ", tt.wantMsg)
			}
			snap.check(t)
			t.Logf("Open(%s): %v", tt.name, err)
		})
	}
}

func TestOpenUnreachablePostgres(t *testing.T) {
	// Port 1 on the loopback: nothing listens there.
	dsn := "postgres://factdiff:s3cret@127.0.0.1:1/factdiff?sslmode=disable&connect_timeout=5"
	start := time.Now()
	s, err := Open(context.Background(), dsn)
	if err == nil {
		s.Close()
		t.Fatal("Open(closed port) = nil error")
	}
	if d := time.Since(start); d > 6*time.Second {
		t.Errorf("Open(closed port) took %v; want a quick failure", d)
	}
	msg := err.Error()
	if !strings.Contains(msg, "cannot reach PostgreSQL") || !strings.HasPrefix(msg, "snapshots: open ") {
		t.Errorf("Open(closed port) = %q; want a clear message", msg)
	}
	if strings.Contains(msg, "s3cret") {
		t.Errorf("Open(closed port) = %q; the password shows", msg)
	}
	t.Logf("Open(closed port): %v", err)
}

func TestOpenForeignPostgresSchema(t *testing.T) {
	dsn := freshPostgres(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE TABLE notes (body TEXT)"); err != nil {
		t.Fatal(err)
	}
	_, err = Open(ctx, dsn)
	if !errors.Is(err, ErrNotStore) {
		t.Fatalf("Open(schema with other tables) = %v; want ErrNotStore", err)
	}
	var n int
	if err := conn.QueryRow(ctx, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()").Scan(&n); err != nil || n != 1 {
		t.Errorf("tables after refused Open = %d, %v; want just the 1", n, err)
	}
}
