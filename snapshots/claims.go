package snapshots

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Lease is what Claim found of the claim on one scheduled run.
type Lease struct {
	// Held reports whether the caller now holds the run.
	Held bool
	// Done reports whether the run was marked done, by anyone; a run done
	// is never held again.
	Done bool
	// Holder names the holder of the run: the caller when Held, empty
	// when Done.
	Holder string
	// Remaining is how long the holder's lease still runs by the
	// database's clock: the whole lease when Held, zero or less when it
	// expired. A caller that lost the run may claim it again after
	// Remaining, in case its holder died.
	Remaining time.Duration
}

// Claim tries to take the run of watch scheduled at due for holder, as a
// lease of the given length, and returns what it found. The caller holds
// the run (Lease.Held) when nobody claimed it, when holder already did, or
// when the previous holder's lease expired before the run was marked done.
// Claiming again as the same holder renews the lease, which is how a long
// run keeps it. Once the run is marked done, nobody holds it again.
//
// The decision is one INSERT … ON CONFLICT DO UPDATE statement, so that any
// number of processes may race for a run and exactly one wins; the same
// statement returns the winner and its lease, so that a loser learns when
// to try again at no extra round trip. Leases are timed by the database's
// clock, not the callers'. Claims are committed without waiting for the
// database's disk (synchronous_commit off): should PostgreSQL itself crash,
// the claims of its last moments may be lost, and those runs made again.
func (s *Store) Claim(ctx context.Context, watch string, due time.Time, holder string, lease time.Duration) (Lease, error) {
	op := fmt.Sprintf("claim %q at %s", watch, due.UTC().Format(time.RFC3339Nano))
	if watch == "" || holder == "" || lease <= 0 {
		return Lease{}, wrap(op, fmt.Errorf("need a watch, a holder and a positive lease (holder %q, lease %v)", holder, lease))
	}
	// take is whether an unfinished claim passes to the caller. A loser's
	// update of an unfinished claim writes the row unchanged, to return
	// it; a finished claim is not written and returns no row. The row lock
	// either takes is what serialises racing claims in both databases.
	const take = `claims.holder = excluded.holder OR claims.expires_ns <= {{now_ns}}`
	var (
		l         Lease
		remaining int64
	)
	err := s.db.claims().queryRow(ctx, `INSERT INTO claims (watch, due_ns, holder, expires_ns)
		VALUES (?, ?, ?, {{now_ns}} + ?)
		ON CONFLICT (watch, due_ns) DO UPDATE SET
			holder = CASE WHEN `+take+` THEN excluded.holder ELSE claims.holder END,
			expires_ns = CASE WHEN `+take+` THEN excluded.expires_ns ELSE claims.expires_ns END
		WHERE claims.done_ns = 0
		RETURNING holder, expires_ns - {{now_ns}}`,
		watch, due.UnixNano(), holder, lease.Nanoseconds()).Scan(&l.Holder, &remaining)
	if errors.Is(err, errNoRows) {
		return Lease{Done: true}, nil
	}
	if err != nil {
		return Lease{}, wrap(op, err)
	}
	l.Held = l.Holder == holder
	l.Remaining = time.Duration(remaining)
	return l, nil
}

// Done marks the claimed run of watch at due as finished, so that it is never
// taken over. It returns ErrClaimLost when holder does not hold the claim
// (it is fine for holder's lease to have expired, as long as nobody took the
// run over).
func (s *Store) Done(ctx context.Context, watch string, due time.Time, holder string) error {
	op := fmt.Sprintf("done %q at %s", watch, due.UTC().Format(time.RFC3339Nano))
	n, err := s.db.claims().exec(ctx, `UPDATE claims SET done_ns = {{now_ns}}
		WHERE watch = ? AND due_ns = ? AND holder = ?`, watch, due.UnixNano(), holder)
	if err != nil {
		return wrap(op, err)
	}
	if n == 0 {
		return wrap(op, fmt.Errorf("%w (holder %q)", ErrClaimLost, holder))
	}
	return nil
}

// PruneClaims deletes the claims of runs due before t, done or not, and
// returns how many were deleted. The watcher calls it now and then, with t
// well behind the longest schedule interval.
func (s *Store) PruneClaims(ctx context.Context, before time.Time) (int, error) {
	n, err := s.db.claims().exec(ctx, "DELETE FROM claims WHERE due_ns < ?", before.UnixNano())
	if err != nil {
		return 0, wrap("prune claims", err)
	}
	return int(n), nil
}

// PruneChecks deletes the logged checks older than before and returns how
// many were deleted. The status of each watch (Watches) is kept.
func (s *Store) PruneChecks(ctx context.Context, before time.Time) (int, error) {
	n, err := s.db.exec(ctx, "DELETE FROM checks WHERE at_ns < ?", before.UnixNano())
	if err != nil {
		return 0, wrap("prune checks", err)
	}
	return int(n), nil
}
