package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

// TestCacheKeepsUntilWriteOrTTL checks that a cached value is kept on
// SQLite until this process writes or its time runs out, that a value
// read before a write is not kept, and that PostgreSQL keeps nothing.
func TestCacheKeepsUntilWriteOrTTL(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	write := func(t *testing.T, db *store.DB) {
		if _, err := db.Exec(context.Background(), `DELETE FROM sessions WHERE token_hash = 'none'`); err != nil {
			t.Fatalf("write: %v", err)
		}
	}
	cases := []struct {
		name string
		// between runs after Put and before Get; it returns Get's time.
		between func(t *testing.T, db *store.DB) time.Time
		stale   bool // Put with a generation taken before a write
		want    bool
	}{
		{"kept", func(*testing.T, *store.DB) time.Time { return now.Add(time.Second) }, false, true},
		{"written since", func(t *testing.T, db *store.DB) time.Time { write(t, db); return now }, false, false},
		{"time ran out", func(*testing.T, *store.DB) time.Time { return now.Add(2 * time.Second) }, false, false},
		{"read before a write", func(*testing.T, *store.DB) time.Time { return now }, true, false},
	}
	for _, d := range storetest.Dialects() {
		db := storetest.Open(t, d)
		for _, tc := range cases {
			t.Run(string(d)+" "+tc.name, func(t *testing.T) {
				c := store.NewCache[string](db, 2*time.Second, 10)
				gen := db.Generation()
				if tc.stale {
					write(t, db)
				}
				c.Put("k", gen, "v", now)
				v, ok := c.Get("k", tc.between(t, db))
				want := tc.want && d == store.SQLite
				if ok != want || (ok && v != "v") {
					t.Errorf("Get = %q, %v; want found %v", v, ok, want)
				}
			})
		}
	}
}

// TestCacheKeyIsUnambiguous checks that parts holding separators or
// lengths give different keys.
func TestCacheKeyIsUnambiguous(t *testing.T) {
	cases := [][2][]string{
		{{"a|b", ""}, {"a", "b|"}},
		{{"1:a", "b"}, {"1", ":ab"}},
		{{"ab"}, {"a", "b"}},
		{{"", "x"}, {"x", ""}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c[0], c[1]), func(t *testing.T) {
			if store.CacheKey(c[0]...) == store.CacheKey(c[1]...) {
				t.Errorf("%q and %q give the same key", c[0], c[1])
			}
		})
	}
}
