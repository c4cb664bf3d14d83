package portal_test

import (
	"context"
	"encoding/json"
	"testing"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store/storetest"
)

// TestLoadersMatchTheirEndpoints checks the sync contract on every
// dialect: each content loader renders a record exactly as its own GET
// does, and answers "gone" once the record is deleted or is another
// client's.
func TestLoadersMatchTheirEndpoints(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			ctx := context.Background()
			by := portal.Actor{UserID: e.user}
			e.exec(t, `INSERT INTO reports (id, client_id, written_at, text, updated_at)
				VALUES ('r1', ?, '2026-11-01T08:00:00.000Z', 'Goed geslapen', '')`, e.client)
			e.exec(t, `INSERT INTO goals (id, client_id, title, updated_at) VALUES ('g1', ?, 'Lopen', '')`, e.client)
			e.exec(t, `INSERT INTO documents (id, client_id, title, written_at, content, updated_at)
				VALUES ('d1', ?, 'Afsprakenblad', '2026-10-01T08:00:00.000Z', 'Tekst', '')`, e.client)
			e.exec(t, `INSERT INTO care_team (id, client_id, name, updated_at) VALUES ('c1', ?, 'Zr. Bos', '')`, e.client)

			appt, err := e.p.CreateAppointment(ctx, e.user, e.client, api.AppointmentInput{Title: "Kapper",
				Start: "2026-12-10T10:00", End: "2026-12-10T11:00"})
			if err != nil {
				t.Fatal(err)
			}
			post, err := e.p.CreatePost(ctx, e.user, e.client, api.PostInput{Text: "Hallo"}, nil)
			if err != nil {
				t.Fatal(err)
			}

			cases := []struct {
				entity, id string
				get        func() (any, error)
			}{
				{portal.EntityAppointment, appt.ID, func() (any, error) { return e.p.Appointment(ctx, e.user, e.client, appt.ID) }},
				{portal.EntityReport, "r1", func() (any, error) { return e.p.Report(ctx, by, e.client, "r1") }},
				{portal.EntityGoal, "g1", func() (any, error) { return e.p.Goal(ctx, by, e.client, "g1") }},
				{portal.EntityDocument, "d1", func() (any, error) { return e.p.Document(ctx, by, e.client, "d1") }},
				{portal.EntityPost, post.ID, func() (any, error) { return e.p.Post(ctx, e.user, e.client, post.ID) }},
				{portal.EntityCareTeam, "c1", func() (any, error) { return e.p.CareTeamMember(ctx, e.user, e.client, "c1") }},
				{portal.EntityClientDetails, e.client, func() (any, error) { return e.p.ClientDetails(ctx, e.user, e.client) }},
			}
			for _, c := range cases {
				v, err := c.get()
				if err != nil {
					t.Fatalf("get %s: %v", c.entity, err)
				}
				want, _ := json.Marshal(v)
				got, ok, err := e.p.LoaderOf(c.entity)(ctx, e.p.DB(), e.client, c.id, e.user)
				if err != nil || !ok || string(got) != string(want) {
					t.Errorf("%s loader: %s %v %v\nwant %s", c.entity, got, ok, err, want)
				}
				if _, ok, err := e.p.LoaderOf(c.entity)(ctx, e.p.DB(), "another-client", c.id, e.user); ok || err != nil {
					t.Errorf("%s loader shows a record through another client: %v %v", c.entity, ok, err)
				}
			}

			if err := e.p.DeleteAppointment(ctx, e.user, e.client, appt.ID); err != nil {
				t.Fatal(err)
			}
			if _, ok, err := e.p.LoaderOf(portal.EntityAppointment)(ctx, e.p.DB(), e.client, appt.ID, e.user); ok || err != nil {
				t.Errorf("a deleted appointment must load as gone: %v %v", ok, err)
			}
		})
	}
}
