package snapshots

import (
	"strconv"
	"strings"
)

// dialect holds every difference between the SQLite and the PostgreSQL SQL
// this package runs. Queries are written once, with ? placeholders and the
// {{token}} substitutions below; expand turns them into the dialect's SQL.
type dialect struct {
	name string

	// tokens maps each {{token}} to its SQL.
	tokens map[string]string

	// numbered says whether placeholders are $1, $2… rather than ?.
	numbered bool

	// tableExists is a query with one placeholder, the table name, that
	// returns one row holding 1 when the table exists in the store's schema.
	tableExists string

	// userTables counts the tables of the store's schema, any owner.
	userTables string

	// lockMigrations serialises migrations across processes, inside the
	// step's transaction; "" when the transaction itself does.
	lockMigrations string
}

func sqliteTokens() map[string]string {
	return map[string]string{
		// AUTOINCREMENT so that an id is never handed out twice, even after
		// the row holding the highest id was deleted.
		"id":            "INTEGER PRIMARY KEY AUTOINCREMENT",
		"blob":          "BLOB",
		"without_rowid": "WITHOUT ROWID",
		// The database's clock in unix nanoseconds (millisecond resolution).
		"now_ns": "(CAST(unixepoch('subsec') * 1000 AS INTEGER) * 1000000)",
	}
}

func postgresTokens() map[string]string {
	return map[string]string{
		"id":            "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
		"blob":          "BYTEA",
		"without_rowid": "",
		// The server's clock, so that processes on machines whose clocks
		// differ still agree on when a lease expires.
		"now_ns": "(CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000 AS BIGINT) * 1000)",
	}
}

func sqliteDialect() dialect {
	return dialect{
		name:        "sqlite",
		tokens:      sqliteTokens(),
		tableExists: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
		userTables:  "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
	}
}

func postgresDialect() dialect {
	return dialect{
		name:        "postgres",
		tokens:      postgresTokens(),
		numbered:    true,
		tableExists: "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ?",
		userTables: "SELECT COUNT(*) FROM information_schema.tables " +
			"WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
		// Any constant will do, as long as it is the same in every process.
		lockMigrations: "SELECT pg_advisory_xact_lock(7305812403)",
	}
}

// expand returns q in the dialect's SQL: tokens replaced and, for
// PostgreSQL, ? placeholders numbered. The package's SQL has no ? inside
// string literals, so a plain scan is enough.
func (d dialect) expand(q string) string {
	if strings.Contains(q, "{{") {
		for k, v := range d.tokens {
			q = strings.ReplaceAll(q, "{{"+k+"}}", v)
		}
	}
	if !d.numbered || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
