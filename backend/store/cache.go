package store

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// Cache keeps values read from the database, by key, for hot reads such
// as a request's session and rights. An entry is used only while this
// process has committed no write since it was read (see Generation) and
// for at most its time to live, so a change made here (a sign-out, a
// lock, a revoked right) is seen by the very next read. A write by
// another process is seen once the entry's time runs out: on SQLite that
// is an operator command such as kring-server lock. On PostgreSQL, where
// several servers may share the database, the cache keeps nothing.
type Cache[V any] struct {
	db  *DB
	ttl time.Duration
	max int

	mu sync.Mutex
	m  map[string]cached[V]
}

type cached[V any] struct {
	value V
	gen   uint64
	until time.Time
}

// NewCache returns a cache over db whose entries live at most ttl; it
// holds at most max entries and starts afresh when full.
func NewCache[V any](db *DB, ttl time.Duration, max int) *Cache[V] {
	return &Cache[V]{db: db, ttl: ttl, max: max, m: map[string]cached[V]{}}
}

// Get returns the value for key when it is still valid at now. A nil
// cache holds nothing.
func (c *Cache[V]) Get(key string, now time.Time) (V, bool) {
	if c == nil {
		var zero V
		return zero, false
	}
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if !ok || e.gen != c.db.Generation() || !now.Before(e.until) {
		var zero V
		return zero, false
	}
	return e.value, true
}

// Put stores a value read at generation gen, which the caller took from
// Generation before its read began.
func (c *Cache[V]) Put(key string, gen uint64, v V, now time.Time) {
	if c == nil || c.db.dialect != SQLite || gen != c.db.Generation() {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[key] = cached[V]{value: v, gen: gen, until: now.Add(c.ttl)}
}

// CacheKey joins parts into one key that no other parts give, whatever
// characters they hold: each part is preceded by its length.
func CacheKey(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(strconv.Itoa(len(p)))
		b.WriteByte(':')
		b.WriteString(p)
	}
	return b.String()
}
