package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"sync"
)

// Querier reads rows; *store.DB and *store.Tx both satisfy it, so a loader
// can run inside the sync feed's read or a write transaction.
type Querier interface {
	QueryRow(ctx context.Context, query string, args ...any) *sql.Row
	Query(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Loader loads one record of an entity as the JSON the sync feed sends.
// It returns false when the record is gone or the viewer may not see it
// (a message in a conversation the viewer is not a member of); the feed
// then sends a tombstone.
type Loader func(ctx context.Context, q Querier, clientID, id, viewerUserID string) (json.RawMessage, bool, error)

// BatchLoader loads many records of an entity at once, for a first sync
// of thousands of records; ids missing from the answer are gone or
// invisible to the viewer. It must answer what the entity's Loader does.
type BatchLoader func(ctx context.Context, q Querier, clientID string, ids []string,
	viewerUserID string) (map[string]json.RawMessage, error)

// registry holds the sync feed's loaders and the change listeners.
type registry struct {
	mu      sync.RWMutex
	loaders map[string]Loader
	batches map[string]BatchLoader
	hooks   listeners
}

// builtinLoaders are the loaders of this package's content files, added
// from their init functions with registerBuiltin and copied into every
// Portal on first use, so content files need not edit New.
var builtinLoaders = map[string]Loader{}

// registerBuiltin adds a loader for every Portal; call it from init.
func registerBuiltin(entity string, l Loader) { builtinLoaders[entity] = l }

// builtinBatches are the batch loaders of this package, like
// builtinLoaders.
var builtinBatches = map[string]BatchLoader{}

// registerBuiltinBatch adds a batch loader for every Portal.
func registerBuiltinBatch(entity string, l BatchLoader) { builtinBatches[entity] = l }

// RegisterLoader sets the loader for an entity name (see the Entity
// constants), replacing a built-in one and its batch loader, which would
// no longer match. Content files may call it on a
// Portal or use registerBuiltin from an init function.
func (p *Portal) RegisterLoader(entity string, l Loader) {
	p.reg.mu.Lock()
	defer p.reg.mu.Unlock()
	p.reg.initLocked()
	p.reg.loaders[entity] = l
	delete(p.reg.batches, entity)
}

// batchLoader returns the batch loader for an entity, or nil.
func (p *Portal) batchLoader(entity string) BatchLoader {
	p.reg.mu.Lock()
	defer p.reg.mu.Unlock()
	p.reg.initLocked()
	return p.reg.batches[entity]
}

func (r *registry) initLocked() {
	if r.loaders != nil {
		return
	}
	r.loaders = make(map[string]Loader, len(builtinLoaders))
	for e, l := range builtinLoaders {
		r.loaders[e] = l
	}
	r.batches = make(map[string]BatchLoader, len(builtinBatches))
	for e, l := range builtinBatches {
		r.batches[e] = l
	}
}

// loader returns the loader for an entity, or nil.
func (p *Portal) loader(entity string) Loader {
	p.reg.mu.Lock()
	defer p.reg.mu.Unlock()
	p.reg.initLocked()
	return p.reg.loaders[entity]
}
