package snapshots

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Prune deletes the versions of watch that r does not keep and returns how
// many were deleted. Versions stored as deltas against a deleted keyframe
// are re-encoded against a kept version first, in the same transaction, so
// that every kept version stays readable whatever happens.
func (s *Store) Prune(ctx context.Context, watch string, r Retention) (int, error) {
	op := fmt.Sprintf("prune %q", watch)
	if r.Keep < 0 || r.MaxAge < 0 {
		return 0, wrap(op, fmt.Errorf("bad retention %+v", r))
	}
	var deleted int
	err := s.inTx(ctx, true, func(t tx) error {
		// Lock the watch as Save does, so that the two never interleave.
		var wid int64
		err := t.queryRow(ctx, "UPDATE watches SET name = name WHERE name = ? RETURNING id", watch).Scan(&wid)
		if errors.Is(err, errNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if r.Keep == 0 && r.MaxAge == 0 {
			return nil
		}
		all, err := listVersions(ctx, t, wid)
		if err != nil {
			return err
		}
		doomed := pruneSet(all, r, time.Now())
		if len(doomed) == 0 {
			return nil
		}
		if err := rebase(ctx, t, all, doomed); err != nil {
			return err
		}
		// Deltas go before keyframes, so that no statement leaves a
		// delta without its base.
		ids := make([]int64, 0, len(doomed))
		for _, v := range all {
			if doomed[v.id] && v.codec != codecZlib {
				ids = append(ids, v.id)
			}
		}
		for _, v := range all {
			if doomed[v.id] && v.codec == codecZlib {
				ids = append(ids, v.id)
			}
		}
		if err := deleteVersions(ctx, t, ids); err != nil {
			return err
		}
		// Terms no kept figure uses any more.
		if _, err := t.exec(ctx, `DELETE FROM figure_terms WHERE watch_id = ?
			AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.term_id = figure_terms.id)`, wid); err != nil {
			return err
		}
		deleted = len(ids)
		return nil
	})
	if err != nil {
		return 0, wrap(op, err)
	}
	return deleted, nil
}

// storedVersion is a version's place in the store, without its content.
type storedVersion struct {
	id, seq, fetched int64
	codec            int64
	base             int64 // 0 for a keyframe
}

func listVersions(ctx context.Context, q querier, wid int64) ([]storedVersion, error) {
	r, err := q.query(ctx, `SELECT id, seq, fetched_ns, codec, COALESCE(base_id, 0)
		FROM versions WHERE watch_id = ? ORDER BY seq`, wid)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []storedVersion
	for r.Next() {
		var v storedVersion
		if err := r.Scan(&v.id, &v.seq, &v.fetched, &v.codec, &v.base); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, r.Err()
}

// pruneSet returns the ids of the versions (oldest first in all) that r
// does not keep at now.
func pruneSet(all []storedVersion, r Retention, now time.Time) map[int64]bool {
	doomed := map[int64]bool{}
	cutoff := now.Add(-r.MaxAge).UnixNano()
	for i, v := range all {
		if i == 0 || i == len(all)-1 {
			continue // the first and the latest are always kept
		}
		keptByCount := r.Keep > 0 && i >= len(all)-r.Keep
		keptByAge := r.MaxAge > 0 && v.fetched >= cutoff
		if !keptByCount && !keptByAge {
			doomed[v.id] = true
		}
	}
	return doomed
}

// rebase re-encodes every kept version whose keyframe is doomed: the first
// of them becomes a keyframe, the others deltas against it.
func rebase(ctx context.Context, t tx, all []storedVersion, doomed map[int64]bool) error {
	orphans := map[int64][]storedVersion{} // doomed keyframe -> kept dependents, oldest first
	for _, v := range all {
		if !doomed[v.id] && v.base != 0 && doomed[v.base] {
			orphans[v.base] = append(orphans[v.base], v)
		}
	}
	keys := make([]int64, 0, len(orphans))
	for k := range orphans {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		cache := map[int64][]byte{}
		var base *keyframe
		for _, v := range orphans[k] {
			text, err := textOf(ctx, t, v.id, cache)
			if err != nil {
				return err
			}
			enc, err := encode(text, base)
			if err != nil {
				return err
			}
			var baseID any
			if enc.baseID != 0 {
				baseID = enc.baseID
				base.add(len(enc.body))
			} else {
				// The first becomes the group's keyframe; a later one
				// that did not pay as a delta starts a group of its own.
				base = &keyframe{id: v.id, text: text, size: len(enc.body), groupBytes: len(enc.body)}
			}
			if _, err := t.exec(ctx, "UPDATE versions SET codec = ?, base_id = ?, body = ? WHERE id = ?",
				enc.codec, baseID, enc.body, v.id); err != nil {
				return fmt.Errorf("re-encode version %d: %w", v.id, err)
			}
		}
	}
	return nil
}

// deleteBatch bounds the placeholders of one DELETE.
const deleteBatch = 500

func deleteVersions(ctx context.Context, t tx, ids []int64) error {
	for start := 0; start < len(ids); start += deleteBatch {
		batch := ids[start:min(len(ids), start+deleteBatch)]
		args := make([]any, len(batch))
		for i, id := range batch {
			args[i] = id
		}
		q := "DELETE FROM versions WHERE id IN (?" + strings.Repeat(", ?", len(batch)-1) + ")"
		if _, err := t.exec(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}
