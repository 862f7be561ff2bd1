package snapshots

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Claim tries to take the run of watch scheduled at due for holder, as a
// lease of the given length. It reports whether holder now owns the run: true
// when nobody claimed it, when holder already did, or when the previous
// holder's lease expired before the run was marked done. Claiming again as
// the same holder renews the lease. Once the run is marked done, Claim
// reports false to every holder.
//
// The decision is one INSERT … ON CONFLICT DO UPDATE … WHERE statement, so
// that any number of processes may race for a run and exactly one wins.
// Leases are timed by the database's clock, not the callers'.
func (s *Store) Claim(ctx context.Context, watch string, due time.Time, holder string, lease time.Duration) (bool, error) {
	op := fmt.Sprintf("claim %q at %s", watch, due.UTC().Format(time.RFC3339Nano))
	if watch == "" || holder == "" || lease <= 0 {
		return false, wrap(op, fmt.Errorf("need a watch, a holder and a positive lease (holder %q, lease %v)", holder, lease))
	}
	var got string
	err := s.db.queryRow(ctx, `INSERT INTO claims (watch, due_ns, holder, expires_ns)
		VALUES (?, ?, ?, {{now_ns}} + ?)
		ON CONFLICT (watch, due_ns) DO UPDATE SET holder = excluded.holder, expires_ns = excluded.expires_ns
		WHERE claims.done_ns = 0 AND (claims.holder = excluded.holder OR claims.expires_ns <= {{now_ns}})
		RETURNING holder`, watch, due.UnixNano(), holder, lease.Nanoseconds()).Scan(&got)
	if errors.Is(err, errNoRows) {
		return false, nil
	}
	if err != nil {
		return false, wrap(op, err)
	}
	return true, nil
}

// Done marks the claimed run of watch at due as finished, so that it is never
// taken over. It returns ErrClaimLost when holder does not hold the claim
// (it is fine for holder's lease to have expired, as long as nobody took the
// run over).
func (s *Store) Done(ctx context.Context, watch string, due time.Time, holder string) error {
	op := fmt.Sprintf("done %q at %s", watch, due.UTC().Format(time.RFC3339Nano))
	n, err := s.db.exec(ctx, `UPDATE claims SET done_ns = {{now_ns}}
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
	n, err := s.db.exec(ctx, "DELETE FROM claims WHERE due_ns < ?", before.UnixNano())
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
