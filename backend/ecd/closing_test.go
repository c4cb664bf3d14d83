package ecd

import (
	"bytes"
	"context"
	"log/slog"
	"testing"
	"time"

	"kring/backend/clock"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// TestSweeperDeletesAfterReadOnlyPeriod closes a portal for three days
// and lets the running sweeper find it once the fake clock passes them.
func TestSweeperDeletesAfterReadOnlyPeriod(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			db := storetest.Open(t, d)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			importJSON(t, newImporter(t, db), jo,
				`{"resourceType":"Goal","id":"g1","subject":{"reference":"Patient/p1"},"description":{"text":"Lopen"}}`)

			clk := clock.NewFake(testNow)
			closed, err := ClosePortal(ctx, db, "p1", 3, "operator", clk.Now())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ClosePortal(ctx, db, "nobody", 3, "operator", clk.Now()); err != ErrClientNotFound {
				t.Errorf("closing an unknown client: %v", err)
			}

			var logs bytes.Buffer
			go RunSweeper(ctx, db, clk, 5*time.Millisecond, slog.New(slog.NewTextHandler(&logs, nil)))
			time.Sleep(50 * time.Millisecond)
			if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM clients`); n != "1" {
				t.Fatalf("portal deleted before its read-only period ended")
			}

			clk.Advance(3*24*time.Hour + time.Second)
			waitFor(t, func() bool {
				return queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM clients`) == "0"
			})
			for _, table := range []string{"goals", "changes", "client_seq", "ecd_resources"} {
				if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM `+table); n != "0" {
					t.Errorf("%s rows left in %s", n, table)
				}
			}
			list, err := DeletedPortals(ctx, db)
			if err != nil || len(list) != 1 || list[0].FHIRID != "p1" || list[0].ClientID != closed.ClientID {
				t.Fatalf("record of deleted portals: %+v %v", list, err)
			}

			rep := importJSON(t, newImporter(t, db), jo)
			if rep.Count("Patient", Failed) != 1 || !bytes.Contains([]byte(issueFor(rep, "Patient")), []byte("deleted")) {
				t.Errorf("a deleted portal's patient came back: %v %v", rep.Counts, rep.Issues)
			}
		})
	}
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for i := 0; i < 200; i++ {
		if ok() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not met within 2 s")
}

// TestKeys makes, checks and revokes an ECD key; only its hash is kept.
func TestKeys(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	ctx := context.Background()
	key, err := NewKey(ctx, db, "Ons ECD", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM ecd_keys WHERE key_hash = ?`, key); n != "0" {
		t.Error("the key is stored in the clear")
	}
	if name, err := CheckKey(ctx, db, key, testNow); err != nil || name != "Ons ECD" {
		t.Errorf("check: %q %v", name, err)
	}
	if _, err := CheckKey(ctx, db, key+"x", testNow); err != ErrBadKey {
		t.Errorf("wrong key: %v", err)
	}
	if _, err := RevokeKey(ctx, db, "Ons ECD", testNow); err != nil {
		t.Fatal(err)
	}
	if _, err := CheckKey(ctx, db, key, testNow); err != ErrBadKey {
		t.Errorf("revoked key: %v", err)
	}
}
