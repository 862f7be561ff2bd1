package snapshots

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ErrInconsistent is returned by Verify when the store is damaged.
var ErrInconsistent = errors.New("snapshots: store is inconsistent")

// Verify checks the whole store: for SQLite the file's own integrity and
// foreign keys, for both that every version decodes to a text of its stored
// length from a keyframe base, and that each watch numbers its versions
// without repeats. It reads everything, so it is for tests, fsck-style
// commands and after a crash, not for every open.
func (s *Store) Verify(ctx context.Context) error {
	err := s.inTx(ctx, false, func(t tx) error {
		var problems []string
		if s.Backend() == "sqlite" {
			for _, pragma := range []string{"PRAGMA integrity_check", "PRAGMA foreign_key_check"} {
				p, err := pragmaProblems(ctx, t, pragma)
				if err != nil {
					return err
				}
				problems = append(problems, p...)
			}
		}
		p, err := contentProblems(ctx, t)
		if err != nil {
			return err
		}
		problems = append(problems, p...)
		if len(problems) > 0 {
			if len(problems) > 10 {
				problems = append(problems[:10], fmt.Sprintf("and %d more", len(problems)-10))
			}
			return fmt.Errorf("%w: %s", ErrInconsistent, strings.Join(problems, "; "))
		}
		return nil
	})
	return wrap(fmt.Sprintf("verify %q", s.name), err)
}

// pragmaProblems runs an SQLite check pragma and returns what it reports,
// "ok" aside.
func pragmaProblems(ctx context.Context, q querier, pragma string) ([]string, error) {
	r, err := q.query(ctx, pragma)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []string
	for r.Next() {
		// integrity_check yields one text column; foreign_key_check four.
		var cols [4]any
		dest := []any{&cols[0], &cols[1], &cols[2], &cols[3]}
		if strings.Contains(pragma, "integrity") {
			dest = dest[:1]
		}
		if err := r.Scan(dest...); err != nil {
			return nil, err
		}
		msg := fmt.Sprint(cols[:len(dest)]...)
		if msg != "ok" {
			out = append(out, pragma+": "+msg)
		}
	}
	return out, r.Err()
}

// contentProblems decodes every version and checks the numbering.
func contentProblems(ctx context.Context, q querier) ([]string, error) {
	var problems []string
	var dupes int
	if err := q.queryRow(ctx, `SELECT COUNT(*) FROM (SELECT watch_id, seq FROM versions
		GROUP BY watch_id, seq HAVING COUNT(*) > 1) d`).Scan(&dupes); err != nil {
		return nil, err
	}
	if dupes > 0 {
		problems = append(problems, fmt.Sprintf("%d repeated version numbers", dupes))
	}
	r, err := q.query(ctx, `SELECT v.id, v.codec, v.body, v.size, b.codec, b.body, b.size FROM versions v
		LEFT JOIN versions b ON b.id = v.base_id ORDER BY v.id`)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	for r.Next() {
		var (
			id, codec, size int64
			baseCodec       *int64
			baseSize        *int64
			body, baseBody  []byte
		)
		if err := r.Scan(&id, &codec, &body, &size, &baseCodec, &baseBody, &baseSize); err != nil {
			return nil, err
		}
		var dict []byte
		if codec == codecZlibDict {
			if baseCodec == nil || *baseCodec != codecZlib || baseSize == nil {
				problems = append(problems, fmt.Sprintf("version %d: base missing or not a keyframe", id))
				continue
			}
			if dict, err = decompress(codecZlib, baseBody, nil, *baseSize); err != nil {
				problems = append(problems, fmt.Sprintf("version %d: base: %v", id, err))
				continue
			}
		}
		if _, err := decompress(int(codec), body, dict, size); err != nil {
			problems = append(problems, fmt.Sprintf("version %d: %v", id, err))
		}
	}
	return problems, r.Err()
}
