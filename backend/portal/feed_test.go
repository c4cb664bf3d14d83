package portal_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/portal"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// feedEnv is a portal with one client, a viewer whose rights the test
// sets, and a "note" entity whose records live in memory, so the feed is
// tested apart from the content it carries.
type feedEnv struct {
	t       *testing.T
	db      *store.DB
	clock   *clock.Fake
	p       *portal.Portal
	client  string
	viewer  string
	contact string

	mu     sync.Mutex
	notes  map[string]string
	hidden map[string]bool
}

func newFeedEnv(t *testing.T, d store.Dialect, rights ...api.Section) *feedEnv {
	t.Helper()
	e := &feedEnv{t: t, db: storetest.Open(t, d), clock: clock.NewFake(time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)),
		notes: map[string]string{}, hidden: map[string]bool{}}
	e.p = portal.New(e.db, e.clock, slog.New(slog.NewTextHandler(io.Discard, nil)))
	e.p.RegisterLoader("note", e.loadNote)
	e.client, e.viewer, e.contact = store.NewID(), store.NewID(), store.NewID()
	now := store.Time(e.clock.Now())
	e.exec(`INSERT INTO clients (id, name, created_at) VALUES (?, 'Maria', ?)`, e.client, now)
	e.exec(`INSERT INTO users (id, user_name, user_name_key, display_name, created_at)
		VALUES (?, 'anna', 'anna', 'Anna', ?)`, e.viewer, now)
	e.exec(`INSERT INTO contacts (id, client_id, user_id, display_name, invitation, created_at)
		VALUES (?, ?, ?, 'Anna', 'accepted', ?)`, e.contact, e.client, e.viewer, now)
	for _, s := range rights {
		e.setRight(s, true)
	}
	return e
}

func (e *feedEnv) exec(q string, args ...any) {
	e.t.Helper()
	if _, err := e.db.Exec(context.Background(), q, args...); err != nil {
		e.t.Fatalf("fixture: %v", err)
	}
}

func (e *feedEnv) setRight(s api.Section, on bool) {
	e.t.Helper()
	e.exec(`INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (contact_id, section) DO UPDATE SET granted = excluded.granted`,
		e.contact, string(s), on, store.Time(e.clock.Now()))
}

func (e *feedEnv) loadNote(_ context.Context, _ portal.Querier, _, id, viewer string) (json.RawMessage, bool, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	text, ok := e.notes[id]
	if !ok || e.hidden[id] || viewer != e.viewer {
		return nil, false, nil
	}
	data, _ := json.Marshal(map[string]string{"id": id, "text": text})
	return data, true, nil
}

// write stores a note in a section and records the change.
func (e *feedEnv) write(s api.Section, id, text string, deleted bool) int64 {
	e.t.Helper()
	e.mu.Lock()
	if deleted {
		delete(e.notes, id)
	} else {
		e.notes[id] = text
	}
	e.mu.Unlock()
	var seq int64
	err := e.db.InTx(context.Background(), func(tx *store.Tx) error {
		var err error
		seq, err = portal.RecordChange(context.Background(), tx, e.client, s, "note", id, deleted,
			store.Time(e.clock.Now()))
		return err
	})
	if err != nil {
		e.t.Fatalf("write note: %v", err)
	}
	return seq
}

func (e *feedEnv) changes(since int64, limit int) api.ChangeSet {
	e.t.Helper()
	set, err := e.p.ChangesFor(context.Background(), portal.Actor{UserID: e.viewer, DeviceID: "d1"}, e.client, since, limit)
	if err != nil {
		e.t.Fatalf("changes since %d: %v", since, err)
	}
	return set
}

// ids lists the ids of the changes, tombstones marked with a minus.
func ids(set api.ChangeSet) []string {
	out := []string{}
	for _, c := range set.Changes {
		if c.Deleted {
			out = append(out, "-"+c.ID)
		} else {
			out = append(out, c.ID)
		}
	}
	return out
}

func sameStrings[T ~string](got []T, want ...T) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}
