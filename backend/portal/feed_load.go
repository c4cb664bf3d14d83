package portal

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"kring/backend/api"
)

// feedWorkers bounds the loaders that run at once for one page; the
// SQLite reader pool has eight connections.
const feedWorkers = 4

// loadPage turns rows into changes, loading each record through its
// entity's loader as the viewer may see it. Records the viewer may not see
// are left out of a full section and sent as tombstones in a delta, since
// the device may hold an older visible version.
func (p *Portal) loadPage(ctx context.Context, clientID, viewer string, page []feedRow) ([]api.Change, error) {
	batched, err := p.loadBatches(ctx, clientID, viewer, page)
	if err != nil {
		return nil, err
	}
	changes := make([]api.Change, len(page))
	keep := make([]bool, len(page))
	errs := make([]error, feedWorkers)

	var wg sync.WaitGroup
	for w := range feedWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(page); i += feedWorkers {
				if errs[w] != nil || ctx.Err() != nil {
					return
				}
				changes[i], keep[i], errs[w] = p.loadRow(ctx, clientID, viewer, page[i], batched)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	out := make([]api.Change, 0, len(page))
	for i, c := range changes {
		if keep[i] {
			out = append(out, c)
		}
	}
	return out, nil
}

// loadRow loads one row; false leaves it out of the page.
func (p *Portal) loadRow(ctx context.Context, clientID, viewer string, r feedRow,
	batched map[string]map[string]json.RawMessage) (api.Change, bool, error) {
	c := api.Change{Seq: r.seq, Section: r.section, Entity: r.entity, ID: r.id, Deleted: true}
	if r.deleted {
		return c, !r.whole, nil
	}
	if found, ok := batched[r.entity]; ok {
		data, visible := found[r.id]
		if !visible {
			return c, !r.whole, nil
		}
		c.Deleted, c.Data = false, data
		return c, true, nil
	}

	load := p.loader(r.entity)
	if load == nil {
		p.log.Warn("no sync loader", "entity", r.entity)
		return c, false, nil
	}
	data, ok, err := load(ctx, p.db, clientID, r.id, viewer)
	if err != nil {
		return c, false, fmt.Errorf("load %s for sync: %w", r.entity, err)
	}
	if !ok {
		return c, !r.whole, nil
	}
	c.Deleted = false
	c.Data = data
	return c, true, nil
}

// batchSize bounds the ids of one batch query.
const batchSize = 500

// loadBatches loads the page's records of every entity that has a batch
// loader, by entity and id.
func (p *Portal) loadBatches(ctx context.Context, clientID, viewer string,
	page []feedRow) (map[string]map[string]json.RawMessage, error) {
	ids := map[string][]string{}
	for _, r := range page {
		if !r.deleted && p.batchLoader(r.entity) != nil {
			ids[r.entity] = append(ids[r.entity], r.id)
		}
	}
	out := make(map[string]map[string]json.RawMessage, len(ids))
	for entity, list := range ids {
		load := p.batchLoader(entity)
		found := make(map[string]json.RawMessage, len(list))
		for start := 0; start < len(list); start += batchSize {
			part, err := load(ctx, p.db, clientID, list[start:min(start+batchSize, len(list))], viewer)
			if err != nil {
				return nil, fmt.Errorf("load %s batch for sync: %w", entity, err)
			}
			for id, data := range part {
				found[id] = data
			}
		}
		out[entity] = found
	}
	return out, nil
}
