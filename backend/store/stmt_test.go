package store_test

import (
	"context"
	"fmt"
	"testing"

	"kring/backend/store/storetest"
)

// TestPreparedReadsSeeNewRows checks that a cached prepared read still
// sees rows written after it was prepared, on every dialect, and that
// queries beyond the cache's bound still run.
func TestPreparedReadsSeeNewRows(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			db := storetest.Open(t, d)
			ctx := context.Background()
			count := func() int {
				var n int
				if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM clients WHERE name = ?`, "Maria").Scan(&n); err != nil {
					t.Fatalf("count: %v", err)
				}
				return n
			}
			for i := range 3 {
				if got := count(); got != i {
					t.Fatalf("count = %d, want %d", got, i)
				}
				if _, err := db.Exec(ctx, `INSERT INTO clients (id, name, created_at) VALUES (?, 'Maria', '')`,
					fmt.Sprint("c", i)); err != nil {
					t.Fatalf("insert: %v", err)
				}
			}
			for i := range 600 {
				var n int
				q := fmt.Sprintf(`SELECT COUNT(*) + %d FROM clients`, i)
				if err := db.QueryRow(ctx, q).Scan(&n); err != nil || n != 3+i {
					t.Fatalf("query %d: %d %v", i, n, err)
				}
			}
		})
	}
}
