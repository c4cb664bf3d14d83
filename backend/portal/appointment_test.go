package portal_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/portal"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// env is a portal over a throwaway database with one client and one
// contact who has every right.
type env struct {
	db     *store.DB
	clock  *clock.Fake
	p      *portal.Portal
	client string
	user   string
}

func newEnv(t testing.TB, d store.Dialect) env {
	t.Helper()
	e := env{db: storetest.Open(t, d), clock: clock.NewFake(time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC))}
	e.p = portal.New(e.db, e.clock, slog.New(slog.NewTextHandler(io.Discard, nil)))
	e.client, e.user = store.NewID(), store.NewID()
	now := store.Time(e.clock.Now())
	contact := store.NewID()
	e.exec(t, `INSERT INTO clients (id, fhir_id, name, created_at) VALUES (?, 'pat-1', 'Maria', ?)`, e.client, now)
	e.exec(t, `INSERT INTO users (id, user_name, user_name_key, display_name, created_at)
		VALUES (?, 'anna', 'anna', 'Anna', ?)`, e.user, now)
	e.exec(t, `INSERT INTO contacts (id, client_id, user_id, display_name, invitation, created_at)
		VALUES (?, ?, ?, 'Anna', 'accepted', ?)`, contact, e.client, e.user, now)
	for _, s := range api.Sections {
		e.exec(t, `INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
			contact, string(s), now)
	}
	return e
}

func (e env) exec(t testing.TB, q string, args ...any) {
	t.Helper()
	if _, err := e.db.Exec(context.Background(), q, args...); err != nil {
		t.Fatalf("fixture: %v", err)
	}
}

// TestPortalAppointmentsSince checks what the ECD endpoint is given:
// portal appointments changed after a time, deleted ones included, and
// private ones masked by Masked.
func TestPortalAppointmentsSince(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			ctx := context.Background()
			e.exec(t, `INSERT INTO appointments (id, client_id, source, title, start_at, end_at,
				created_at, updated_at) VALUES ('ecd-1', ?, 'ecd', 'Arts', '2026-12-10T09:00:00.000Z',
				'2026-12-10T10:00:00.000Z', ?, ?)`, e.client, store.Time(e.clock.Now()), store.Time(e.clock.Now()))

			before := e.clock.Now()
			e.clock.Advance(time.Minute)
			private, err := e.p.CreateAppointment(ctx, e.user, e.client, api.AppointmentInput{
				Title: "Notaris", Description: "testament", Start: "2026-12-10T14:00",
				End: "2026-12-10T15:00", Private: true})
			if err != nil {
				t.Fatalf("create private: %v", err)
			}
			gone, err := e.p.CreateAppointment(ctx, e.user, e.client, api.AppointmentInput{
				Title: "Kapper", Start: "2026-12-11T14:00", End: "2026-12-11T15:00"})
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			e.clock.Advance(time.Minute)
			if err := e.p.DeleteAppointment(ctx, e.user, e.client, gone.ID); err != nil {
				t.Fatalf("delete: %v", err)
			}

			got, err := e.p.PortalAppointmentsSince(ctx, before)
			if err != nil {
				t.Fatalf("since: %v", err)
			}
			if len(got) != 2 || got[0].ID != private.ID || got[1].ID != gone.ID {
				t.Fatalf("want the private one, then the deleted one: %+v", got)
			}
			masked := got[0].Masked()
			if !got[0].Private || masked.Title != portal.PrivateTitle || masked.Description != "" ||
				got[0].ClientFHIRID != "pat-1" || got[0].Start.Format(time.RFC3339) != "2026-12-10T13:00:00Z" {
				t.Fatalf("private appointment: %+v masked %+v", got[0], masked)
			}
			if !got[1].Deleted || got[1].Version != 2 || got[1].Masked().Title != "Kapper" {
				t.Fatalf("deleted appointment: %+v", got[1])
			}

			later, err := e.p.PortalAppointmentsSince(ctx, got[1].UpdatedAt)
			if err != nil || len(later) != 0 {
				t.Fatalf("nothing changed after the last one: %+v, %v", later, err)
			}
		})
	}
}

// TestMonthlyRepeatKeepsDay checks that a monthly series on the 31st falls
// on the last day of shorter months, at the same local time.
func TestMonthlyRepeatKeepsDay(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			ctx := context.Background()
			_, err := e.p.CreateAppointment(ctx, e.user, e.client, api.AppointmentInput{
				Title: "Pedicure", Start: "2027-01-31T10:00", End: "2027-01-31T10:30",
				Repeat: &api.Repeat{Frequency: "monthly", Until: "2027-05-31"}})
			if err != nil {
				t.Fatalf("create: %v", err)
			}
			from := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
			list, err := e.p.Appointments(ctx, e.user, e.client, from, from.AddDate(0, 6, 0))
			if err != nil {
				t.Fatalf("list: %v", err)
			}
			want := []string{"2027-01-31T10:00:00+01:00", "2027-02-28T10:00:00+01:00",
				"2027-03-31T10:00:00+02:00", "2027-04-30T10:00:00+02:00", "2027-05-31T10:00:00+02:00"}
			if len(list.Appointments) != len(want) {
				t.Fatalf("want %d occurrences, got %+v", len(want), list.Appointments)
			}
			for i, a := range list.Appointments {
				if a.Start != want[i] {
					t.Errorf("occurrence %d at %s, want %s", i, a.Start, want[i])
				}
			}
		})
	}
}
