package portal_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// addUser adds an accepted contact of the env's client with rights.
func (e env) addUser(t *testing.T, name string, rights ...api.Section) string {
	t.Helper()
	user, contact, now := store.NewID(), store.NewID(), store.Time(e.clock.Now())
	e.exec(t, `INSERT INTO users (id, user_name, user_name_key, display_name, created_at)
		VALUES (?, ?, ?, ?, ?)`, user, name, name, name, now)
	e.exec(t, `INSERT INTO contacts (id, client_id, user_id, display_name, invitation, created_at)
		VALUES (?, ?, ?, ?, 'accepted', ?)`, contact, e.client, user, name, now)
	for _, s := range rights {
		e.exec(t, `INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
			contact, string(s), now)
	}
	return user
}

// TestMessagesTravelToMembersOnly checks on every dialect that the sync
// loaders give a message's data to members, as its own endpoint renders
// it, and only a tombstone to a non-member with the messages right.
func TestMessagesTravelToMembersOnly(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			ctx := context.Background()
			bert := e.addUser(t, "bert", api.SectionMessages)
			carl := e.addUser(t, "carl", api.SectionMessages)

			c, err := e.p.CreateConversation(ctx, e.user, e.client, api.NewConversation{
				Title: "Taart", To: []string{bert}, Text: "Wie bakt?"})
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			e.clock.Advance(time.Second)
			reply, err := e.p.PostMessage(ctx, bert, e.client, c.ID, api.NewMessage{Text: "Ik"})
			if err != nil {
				t.Fatalf("reply: %v", err)
			}

			own, err := e.p.Message(ctx, e.user, e.client, c.ID, reply.ID)
			if err != nil {
				t.Fatalf("get message: %v", err)
			}
			want, _ := json.Marshal(own)
			if got := feedData(t, e, e.user, reply.ID); got == nil || string(got) != string(want) {
				t.Fatalf("member's feed data\n got %s\nwant %s", got, want)
			}
			if got := feedData(t, e, carl, reply.ID); got != nil {
				t.Fatalf("non-member got message data: %s", got)
			}
			if got := feedData(t, e, carl, "conv:"+c.ID); got != nil {
				t.Fatalf("non-member got conversation data: %s", got)
			}

			sum, err := e.p.Unread(ctx, e.user, e.client)
			if err != nil || sum.Total != 1 || sum.Latest[0].ID != reply.ID {
				t.Fatalf("unread: %+v, %v", sum, err)
			}
			if err := e.p.MarkRead(ctx, e.user, e.client, c.ID); err != nil {
				t.Fatalf("mark read: %v", err)
			}
			if sum, _ := e.p.Unread(ctx, e.user, e.client); sum.Total != 0 {
				t.Fatalf("unread after reading: %+v", sum)
			}
		})
	}
}

// feedData returns what the sync feed's loader gives viewer for one
// record, nil for a tombstone.
func feedData(t *testing.T, e env, viewer, id string) json.RawMessage {
	t.Helper()
	entity := portal.EntityMessage
	if strings.HasPrefix(id, "conv:") {
		entity, id = portal.EntityConversation, strings.TrimPrefix(id, "conv:")
	}
	data, ok, err := e.p.LoaderOf(entity)(context.Background(), e.p.DB(), e.client, id, viewer)
	if err != nil {
		t.Fatalf("load %s: %v", id, err)
	}
	if !ok {
		return nil
	}
	return data
}
