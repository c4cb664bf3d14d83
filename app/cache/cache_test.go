package cache

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func testKey(t testing.TB) []byte {
	t.Helper()
	k, err := ParseKey(NewKey())
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestOpenMovesUnusableCacheAside(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(t *testing.T, path string)
	}{
		{"garbage file", func(t *testing.T, path string) {
			if err := os.WriteFile(path, bytes.Repeat([]byte("not sqlite "), 500), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"dirty migration", func(t *testing.T, path string) {
			setVersion(t, path, 1, true)
		}},
		{"newer than known", func(t *testing.T, path string) {
			setVersion(t, path, 9999, false)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "cache.db")
			key := testKey(t)
			c, err := Open(path, key, nil)
			if err != nil {
				t.Fatal(err)
			}
			c.Close()
			tc.spoil(t, path)

			c, err = Open(path, key, nil)
			if err != nil {
				t.Fatalf("open spoiled cache: %v", err)
			}
			defer c.Close()
			if err := c.Put(context.Background(), Record{ClientID: "c", Entity: "report",
				ID: "r1", Section: "dossier", UpdatedAt: "x", Data: []byte(`{}`)}); err != nil {
				t.Fatalf("fresh cache unusable: %v", err)
			}
			aside, _ := filepath.Glob(filepath.Join(dir, "cache.db.broken-*"))
			if len(aside) == 0 {
				t.Fatalf("spoiled cache was not moved aside")
			}
		})
	}
}

// setVersion writes golang-migrate's version row directly.
func setVersion(t *testing.T, path string, v int, dirty bool) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`UPDATE schema_migrations SET version = ?, dirty = ?`, v, dirty); err != nil {
		t.Fatal(err)
	}
}

func TestOpenKeepsHandleAfterMigrating(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	key := testKey(t)
	for i := 0; i < 2; i++ {
		c, err := Open(path, key, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Count(context.Background(), "c", "report"); err != nil {
			t.Fatalf("run %d: handle closed by migrations: %v", i, err)
		}
		c.Close()
	}
	aside, _ := filepath.Glob(path + ".broken-*")
	if len(aside) != 0 {
		t.Fatalf("a healthy cache was moved aside: %v", aside)
	}
}

func TestSwappedCiphertextDoesNotOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cache.db")
	c, err := Open(path, testKey(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, id := range []string{"a", "b"} {
		if err := c.Put(ctx, Record{ClientID: "c", Entity: "report", ID: id, Section: "dossier",
			UpdatedAt: "t", Data: []byte(`{"text":"` + id + `"}`)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.write.Exec(`UPDATE records SET payload = (SELECT payload FROM records
		WHERE id = 'a') WHERE id = 'b'`); err != nil {
		t.Fatal(err)
	}

	list, err := c.List(ctx, Query{ClientID: "c", Entity: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != "a" {
		t.Fatalf("swapped row opened: %+v", list)
	}
}

func TestWrongKeyReadsNothing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cache.db")
	c, err := Open(path, testKey(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Put(ctx, Record{ClientID: "c", Entity: "report", ID: "a", Section: "dossier",
		UpdatedAt: "t", Data: []byte(`geheim`)}); err != nil {
		t.Fatal(err)
	}
	c.Close()

	c, err = Open(path, testKey(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	list, err := c.List(ctx, Query{ClientID: "c", Entity: "report"})
	if err != nil || len(list) != 0 {
		t.Fatalf("another key read %d records (err %v)", len(list), err)
	}
}

func TestApplyPurgesAndReplacesSections(t *testing.T) {
	ctx := context.Background()
	c, err := Open(Memory, testKey(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	rec := func(entity, id, section string) Record {
		return Record{Entity: entity, ID: id, Section: section, UpdatedAt: "t", Data: []byte(id)}
	}
	if err := c.Apply(ctx, Batch{ClientID: "c", Cursor: 5, Put: []Record{
		rec("report", "r1", "dossier"), rec("report", "r2", "dossier"),
		rec("message", "m1", "messages"), rec("appointment", "a1", "appointments"),
	}}); err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(ctx, Batch{ClientID: "c", Cursor: 9, SyncedAt: "now",
		Purge: []string{"messages"}, Full: []string{"appointments"},
		Put:    []Record{rec("appointment", "a2", "appointments")},
		Delete: []RecordKey{{Entity: "report", ID: "r1"}}}); err != nil {
		t.Fatal(err)
	}

	want := map[string]int{"report": 1, "message": 0, "appointment": 1}
	for entity, n := range want {
		got, err := c.Count(ctx, "c", entity)
		if err != nil || got != n {
			t.Errorf("%s: %d records (err %v), want %d", entity, got, err, n)
		}
	}
	if cur, last, _ := c.Cursor(ctx, "c"); cur != 9 || last != "now" {
		t.Errorf("cursor %d at %q, want 9 at now", cur, last)
	}
}

func TestOutboxDiscardTakesDependents(t *testing.T) {
	ctx := context.Background()
	c, err := Open(Memory, testKey(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, it := range []Item{
		{ID: "conv", Kind: "conversation", IdemKey: "k1"},
		{ID: "reply", Kind: "message", IdemKey: "k2", DependsOn: "conv"},
		{ID: "other", Kind: "post", IdemKey: "k3"},
	} {
		it.ClientID, it.CreatedAt, it.Payload = "c", "t", []byte("body "+it.ID)
		if err := c.Enqueue(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.MarkFailed(ctx, "conv", "forbidden", nil); err != nil {
		t.Fatal(err)
	}
	if err := c.Discard(ctx, "conv"); err != nil {
		t.Fatal(err)
	}
	left, err := c.Items(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || left[0].ID != "other" || string(left[0].Payload) != "body other" {
		t.Fatalf("left %+v, want only other", left)
	}
}

func TestMemoryCacheWritesNoFile(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)

	c, err := Open(Memory, testKey(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Put(context.Background(), Record{ClientID: "c", Entity: "report", ID: "a",
		Section: "dossier", UpdatedAt: "t", Data: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	c.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "kring") || strings.Contains(e.Name(), "memory") {
			t.Fatalf("in-memory cache wrote %s", e.Name())
		}
	}
	if len(entries) != 0 {
		t.Fatalf("in-memory cache wrote files: %v", entries)
	}
}
