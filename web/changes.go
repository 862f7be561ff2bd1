package web

import (
	"container/list"
	"context"
	"fmt"
	"sync"

	"github.com/factdiff/factdiff/diff"
	"github.com/factdiff/factdiff/snapshots"
)

// pairKey names the comparison of version id with version prev.
type pairKey struct {
	prev, id int64
}

// changeCache remembers the fact changes of recent comparisons, least
// recently used first out. Versions never change once stored, so a
// comparison of two of them never goes stale.
type changeCache struct {
	mu    sync.Mutex
	size  int
	order *list.List // of pairKey, most recent first
	items map[pairKey]cacheItem
}

type cacheItem struct {
	facts []diff.Change
	elem  *list.Element
}

func newChangeCache(size int) *changeCache {
	return &changeCache{size: size, order: list.New(), items: make(map[pairKey]cacheItem)}
}

func (c *changeCache) get(k pairKey) ([]diff.Change, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(it.elem)
	return it.facts, true
}

func (c *changeCache) put(k pairKey, facts []diff.Change) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if it, ok := c.items[k]; ok {
		c.order.MoveToFront(it.elem)
		return
	}
	c.items[k] = cacheItem{facts: facts, elem: c.order.PushFront(k)}
	for c.order.Len() > c.size {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(pairKey))
	}
}

// compare compares the stored texts of prev and v, remembering the fact
// changes.
func (s *server) compare(prev, v snapshots.Version) *diff.Result {
	res := diff.Compare(prev.Text, v.Text)
	s.cache.put(pairKey{prev.ID, v.ID}, res.Facts)
	return res
}

// versionChanges is one version with its fact changes from the version
// before it.
type versionChanges struct {
	Version snapshots.Version // without text
	Seq     int               // 1 for the oldest version kept
	First   bool              // no version before it: nothing to compare
	Facts   []diff.Change
}

// recentChanges compares the latest opts.Recent versions of hist (a
// watch's history, oldest first) with their predecessors, and returns them
// newest first. Each text is read at most once, and not at all for
// comparisons already cached.
func (s *server) recentChanges(ctx context.Context, hist []snapshots.Version) ([]versionChanges, error) {
	lo := max(0, len(hist)-s.opts.Recent)
	out := make([]versionChanges, 0, len(hist)-lo)
	load := func(v snapshots.Version) (snapshots.Version, error) {
		full, err := s.store.Version(ctx, v.ID)
		if err != nil {
			return snapshots.Version{}, fmt.Errorf("web: read version %d: %w", v.ID, err)
		}
		return full, nil
	}
	var prev *snapshots.Version // hist[i-1] with its text, when read
	for i := lo; i < len(hist); i++ {
		vc := versionChanges{Version: hist[i], Seq: i + 1, First: i == 0}
		var cur *snapshots.Version
		if i > 0 {
			facts, ok := s.cache.get(pairKey{hist[i-1].ID, hist[i].ID})
			if !ok {
				if prev == nil {
					p, err := load(hist[i-1])
					if err != nil {
						return nil, err
					}
					prev = &p
				}
				c, err := load(hist[i])
				if err != nil {
					return nil, err
				}
				cur = &c
				facts = s.compare(*prev, c).Facts
			}
			vc.Facts = facts
		}
		prev = cur
		out = append(out, vc)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}
