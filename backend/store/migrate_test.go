package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

// headVersion is the number of the newest migration of a dialect.
func headVersion(t *testing.T, d store.Dialect) uint {
	t.Helper()
	files, err := os.ReadDir(filepath.Join("migrations", string(d)))
	if err != nil {
		t.Fatal(err)
	}
	var head uint
	ups := 0
	for _, f := range files {
		num, _, _ := strings.Cut(f.Name(), "_")
		n, err := strconv.Atoi(num)
		if err != nil {
			t.Fatalf("migration %s has no number", f.Name())
		}
		head = max(head, uint(n))
		if strings.HasSuffix(f.Name(), ".up.sql") {
			ups++
		}
	}
	if ups*2 != len(files) {
		t.Fatalf("%s: every up migration needs a down migration", d)
	}
	return head
}

// tableCount counts the tables of the portal schema that exist.
func tableCount(t *testing.T, db *store.DB, tables ...string) int {
	t.Helper()
	n := 0
	for _, table := range tables {
		var c int
		var err error
		if db.Dialect() == store.Postgres {
			err = db.QueryRow(context.Background(), `SELECT COUNT(*) FROM information_schema.tables
				WHERE table_schema = 'public' AND table_name = ?`, table).Scan(&c)
		} else {
			err = db.QueryRow(context.Background(), `SELECT COUNT(*) FROM sqlite_master
				WHERE type = 'table' AND name = ?`, table).Scan(&c)
		}
		if err != nil {
			t.Fatal(err)
		}
		n += c
	}
	return n
}

// TestMigrationsUpDownUp migrates an empty database to the head, down to
// zero and up again, on every dialect this run has.
func TestMigrationsUpDownUp(t *testing.T) {
	tables := []string{"users", "clients", "contacts", "rights", "invitations", "audit_log", "helpdesk_reports"}
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			head := headVersion(t, d)
			db := storetest.Open(t, d)
			check := func(step string, wantVersion uint, wantTables int) {
				t.Helper()
				v, dirty, err := db.Version()
				if err != nil || dirty || v != wantVersion {
					t.Fatalf("%s: version %d dirty %v err %v; want %d", step, v, dirty, err, wantVersion)
				}
				if n := tableCount(t, db, tables...); n != wantTables {
					t.Fatalf("%s: %d of the portal tables exist, want %d", step, n, wantTables)
				}
			}
			check("up", head, len(tables))
			if _, err := db.Exec(context.Background(), `INSERT INTO audit_log (at, action, event_key)
				VALUES ('2026-12-03T09:00:00.000Z', 'open', 'k')`); err != nil {
				t.Fatalf("audit_log lacks event_key: %v", err)
			}

			if err := db.MigrateDown(); err != nil {
				t.Fatal(err)
			}
			check("down", 0, 0)
			if err := db.Migrate(); err != nil {
				t.Fatal(err)
			}
			check("up again", head, len(tables))
		})
	}
}
