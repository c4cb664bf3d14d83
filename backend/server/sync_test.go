package server_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

func TestSyncFeedFollowsRights(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	other := newClient(t, e, "Johanna")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments, api.SectionDossier)
	pieter := newPerson(t, e, maria, "Pieter", false, api.SectionDetails)
	stranger := newPerson(t, e, other, "Kees", false, api.Sections...)

	var created api.Appointment
	if _, err := e.Do(t, "POST", "/clients/"+maria+"/appointments", anna.Session, visit("Koffie"), &created); err != nil {
		t.Fatalf("create appointment: %v", err)
	}

	first := changes(t, e, anna.Session, maria, 0)
	if len(first.Changes) != 1 || first.Changes[0].ID != created.ID || first.Changes[0].Entity != "appointment" {
		t.Fatalf("first sync = %+v, want the new appointment", first.Changes)
	}
	if !strings.Contains(string(first.Changes[0].Data), "Koffie") {
		t.Errorf("appointment data = %s", first.Changes[0].Data)
	}
	if got := changes(t, e, pieter.Session, maria, 0); len(got.Changes) != 0 {
		t.Errorf("a contact without the appointments right got %+v", got.Changes)
	}

	for _, tc := range []struct {
		name    string
		session string
		status  int
	}{{"signed out", "", 401}, {"contact of another client", stranger.Session, 404}} {
		t.Run(tc.name, func(t *testing.T) {
			status, apiErr := e.Do(t, "GET", "/clients/"+maria+"/changes?since=0", tc.session, nil, nil)
			if status != tc.status || apiErr == nil {
				t.Errorf("status %d, want %d", status, tc.status)
			}
		})
	}

	exec(t, e, `UPDATE rights SET granted = FALSE WHERE section = 'appointments'
		AND contact_id = (SELECT id FROM contacts WHERE user_id = ?)`, anna.UserID)
	after := changes(t, e, anna.Session, maria, first.Cursor)
	if len(after.Purge) != 1 || after.Purge[0] != api.SectionAppointments || len(after.Changes) != 0 {
		t.Errorf("after withdrawal: purge %v changes %+v, want purge appointments only", after.Purge, after.Changes)
	}
}

func TestSyncFeedIsGzippedWhenAccepted(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	for _, title := range []string{"Fysiotherapie", "Kapper", "Muziekmiddag"} {
		if _, err := e.Do(t, "POST", "/clients/"+maria+"/appointments", anna.Session, visit(title), nil); err != nil {
			t.Fatalf("create appointment: %v", err)
		}
	}

	a := raw(t, e, "GET", "/clients/"+maria+"/changes?since=0", anna.Session, nil, "Accept-Encoding", "gzip")
	if a.status != 200 || a.header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("status %d encoding %q, want a gzipped 200", a.status, a.header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(bytes.NewReader(a.body))
	if err != nil {
		t.Fatalf("gunzip: %v", err)
	}
	plain, _ := io.ReadAll(zr)
	var set api.ChangeSet
	if err := json.Unmarshal(plain, &set); err != nil || len(set.Changes) != 3 {
		t.Fatalf("decoded %d changes (%v), want 3", len(set.Changes), err)
	}

	identity := raw(t, e, "GET", "/clients/"+maria+"/changes?since=0", anna.Session, nil)
	if identity.header.Get("Content-Encoding") != "" || !json.Valid(identity.body) {
		t.Errorf("without Accept-Encoding the answer is %q encoded", identity.header.Get("Content-Encoding"))
	}
}

func TestSyncFeedRejectsBadCursor(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	for _, q := range []string{"since=abc", "since=-1", "limit=0", "limit=999999"} {
		t.Run(q, func(t *testing.T) {
			status, apiErr := e.Do(t, "GET", "/clients/"+maria+"/changes?"+q, anna.Session, nil, nil)
			if status != 422 || apiErr == nil || apiErr.Code != api.CodeValidation {
				t.Errorf("status %d err %v, want 422 validation", status, apiErr)
			}
		})
	}
}
