// Package snapshots keeps every version of every watched article, the figures
// extracted from each version, and a log of checks.
//
// One Store type serves two backends: an embedded SQLite file (the default,
// pure Go through modernc.org/sqlite) and a PostgreSQL database shared by
// several watcher processes (github.com/jackc/pgx/v5). Losing a stored version
// is the worst thing this product can do, so every write is one durable
// transaction.
package snapshots
