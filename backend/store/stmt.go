package store

import (
	"context"
	"database/sql"
	"sync"
)

// maxStmts bounds the statement cache; queries built with a varying
// number of placeholders would otherwise grow it without end.
const maxStmts = 512

// stmtCache keeps prepared reads on the reader pool. A read prepared once
// skips SQL parsing and planning on every later call; on SQLite that is
// most of the cost of a point query.
type stmtCache struct {
	mu sync.RWMutex
	m  map[string]*sql.Stmt
}

// stmt returns the prepared form of a read, or nil when it cannot be
// prepared or the cache is full; the caller then runs it unprepared.
func (db *DB) stmt(ctx context.Context, query string) *sql.Stmt {
	db.stmts.mu.RLock()
	st := db.stmts.m[query]
	db.stmts.mu.RUnlock()
	if st != nil {
		return st
	}

	db.stmts.mu.Lock()
	defer db.stmts.mu.Unlock()
	if st = db.stmts.m[query]; st != nil {
		return st
	}
	if len(db.stmts.m) >= maxStmts {
		return nil
	}
	st, err := db.read.PrepareContext(context.WithoutCancel(ctx), db.rebind(query))
	if err != nil {
		return nil
	}
	if db.stmts.m == nil {
		db.stmts.m = map[string]*sql.Stmt{}
	}
	db.stmts.m[query] = st
	return st
}

// closeStmts closes the cached statements.
func (db *DB) closeStmts() {
	db.stmts.mu.Lock()
	defer db.stmts.mu.Unlock()
	for _, st := range db.stmts.m {
		st.Close()
	}
	db.stmts.m = nil
}
