package ecd

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
)

// TestExportRoundTrip writes a private repeating series and a plain
// appointment of an unlinked client and reads them back through Decode.
func TestExportRoundTrip(t *testing.T) {
	start := time.Date(2026, 12, 6, 13, 0, 0, 0, time.UTC)
	list := []portal.ECDAppointment{
		{ID: "a1", ClientID: "c1", ClientFHIRID: "p1", Title: "Therapie", Description: "Geheim",
			Start: start, End: start.Add(time.Hour), Private: true, Version: 3, UpdatedAt: testNow,
			Repeat:     &api.Repeat{Frequency: "weekly", Until: "2027-03-01"},
			Exceptions: []api.Exception{{Occurrence: "2026-12-13T13:00:00Z", Cancelled: true}}},
		{ID: "a2", ClientID: "c2", Title: "Bezoek", Start: start, End: start.Add(time.Hour), Deleted: true},
	}
	data, err := json.Marshal(AppointmentBundle(list, testNow))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "Therapie") || strings.Contains(string(data), "Geheim") {
		t.Fatalf("private text exported: %s", data)
	}
	entries, err := Decode(data, "export")
	if err != nil || len(entries) != 2 {
		t.Fatalf("decode: %v, %d entries", err, len(entries))
	}

	var a, b Appointment
	if err := decodeAs(entries[0], &a); err != nil {
		t.Fatal(err)
	}
	if err := decodeAs(entries[1], &b); err != nil {
		t.Fatal(err)
	}
	if entries[0].Key != "a1" || a.Description != portal.PrivateTitle || a.Comment != "" || a.Status != "booked" ||
		a.Participant[0].Actor.Reference != "Patient/p1" {
		t.Errorf("private series: %+v", a)
	}
	var rep *Extension
	for i := range a.Extension {
		if a.Extension[i].URL == ExtRepeat {
			rep = &a.Extension[i]
		}
	}
	if rep == nil || ext(rep.Extension, "frequency") != "weekly" || len(rep.Extension) != 3 {
		t.Errorf("repeat extension: %+v", rep)
	}
	if b.Status != "cancelled" || b.Participant[0].Actor.Reference != "" {
		t.Errorf("deleted appointment of an unlinked client: %+v", b)
	}
}
