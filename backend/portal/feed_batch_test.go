package portal

import (
	"bytes"
	"context"
	"testing"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

// TestBatchLoadersAnswerAsTheirLoaders compares every batch loader with
// the entity's one-by-one loader, visible and invisible records alike.
func TestBatchLoadersAnswerAsTheirLoaders(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			db := storetest.Open(t, d)
			ctx := context.Background()
			client, viewer, other := store.NewID(), store.NewID(), store.NewID()
			exec := func(q string, args ...any) {
				t.Helper()
				if _, err := db.Exec(ctx, q, args...); err != nil {
					t.Fatalf("fixture: %v", err)
				}
			}
			now := "2026-12-03T09:00:00.000Z"
			exec(`INSERT INTO clients (id, name, created_at) VALUES (?, 'Maria', ?)`, client, now)
			exec(`INSERT INTO users (id, user_name, user_name_key, display_name, created_at)
				VALUES (?, 'anna', 'anna', 'Anna', ?)`, viewer, now)
			ids := map[string][]string{EntityReport: {}, EntityMessage: {}}
			for i := range 3 {
				id := store.NewID()
				exec(`INSERT INTO reports (id, client_id, written_at, author_name, text, updated_at)
					VALUES (?, ?, ?, 'Sanne', 'Goed geslapen.', ?)`, id, client, now, now)
				ids[EntityReport] = append(ids[EntityReport], id)
				conv := store.NewID()
				exec(`INSERT INTO conversations (id, client_id, title, author_id, created_at, updated_at)
					VALUES (?, ?, 'Bezoek', ?, ?, ?)`, conv, client, viewer, now, now)
				member := viewer
				if i == 2 {
					member = other
				}
				exec(`INSERT INTO conversation_members (conversation_id, user_id) VALUES (?, ?)`, conv, member)
				msg := store.NewID()
				exec(`INSERT INTO messages (id, conversation_id, client_id, author_id, text, created_at)
					VALUES (?, ?, ?, ?, 'Tot zondag', ?)`, msg, conv, client, viewer, now)
				ids[EntityMessage] = append(ids[EntityMessage], msg)
			}
			ids[EntityReport] = append(ids[EntityReport], "missing")

			for entity, batch := range builtinBatches {
				got, err := batch(ctx, db, client, ids[entity], viewer)
				if err != nil {
					t.Fatalf("%s batch: %v", entity, err)
				}
				if len(ids[entity]) == 0 {
					t.Fatalf("no fixture for batch loader %s", entity)
				}
				for _, id := range ids[entity] {
					one, ok, err := builtinLoaders[entity](ctx, db, client, id, viewer)
					if err != nil {
						t.Fatalf("%s %s: %v", entity, id, err)
					}
					data, found := got[id]
					if ok != found || !bytes.Equal(one, data) {
						t.Errorf("%s %s: loader %v %s, batch %v %s", entity, id, ok, one, found, data)
					}
				}
			}
		})
	}
}
