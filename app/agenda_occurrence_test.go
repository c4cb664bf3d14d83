package app

import (
	"testing"
	"time"
)

func TestRealServerMovesAndCancelsOneOccurrence(t *testing.T) {
	a, _, client, _ := realApp(t)
	title := "Wekelijks bezoek van Joost"
	res, err := a.Agenda.Create(AppointmentInput{ClientID: client, Title: title,
		Start: "2027-01-05T14:00", End: "2027-01-05T15:00", Repeat: "weekly", Until: "2027-02-02"})
	if err != nil || res.State != "sent" {
		t.Fatalf("create series: %+v, %v", res, err)
	}
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}

	second := occurrenceOn(t, a, client, title, "2027-01-12")
	if second.Repeat != "weekly" || second.Until != "2027-02-02" {
		t.Fatalf("the occurrence does not tell its series: %+v", second)
	}
	moved, err := a.Agenda.SetOccurrence(OccurrenceInput{ClientID: client, ID: second.ID,
		Version: second.Version, Occurrence: second.Occurrence,
		Start: "2027-01-13T10:00", End: "2027-01-13T11:00"})
	if err != nil || moved.State != "sent" {
		t.Fatalf("move one occurrence: %+v, %v", moved, err)
	}
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	third := occurrenceOn(t, a, client, title, "2027-01-19")
	cancelled, err := a.Agenda.SetOccurrence(OccurrenceInput{ClientID: client, ID: third.ID,
		Version: third.Version, Occurrence: third.Occurrence, Cancel: true})
	if err != nil || cancelled.State != "sent" {
		t.Fatalf("cancel one occurrence: %+v, %v", cancelled, err)
	}
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}

	week, _ := a.Agenda.Week(AgendaInput{ClientID: client, Date: "2027-01-12"})
	for _, ap := range week.Appointments {
		if ap.Title == title && !isWallClock(ap.Start, "2027-01-13T10:00") {
			t.Fatalf("the moved occurrence is at %s", ap.Start)
		}
	}
	if !hasTitle(week.Appointments, title) {
		t.Fatal("the moved occurrence is gone")
	}
	later, _ := a.Agenda.Week(AgendaInput{ClientID: client, Date: "2027-01-19"})
	if hasTitle(later.Appointments, title) {
		t.Fatal("the cancelled occurrence is still there")
	}
	rest, _ := a.Agenda.Week(AgendaInput{ClientID: client, Date: "2027-01-26"})
	if !hasTitle(rest.Appointments, title) {
		t.Fatal("the rest of the series went too")
	}
}

// occurrenceOn finds the occurrence of a series on one day.
func occurrenceOn(t *testing.T, a *App, client, title, day string) Appointment {
	t.Helper()
	view, err := a.Agenda.Day(AgendaInput{ClientID: client, Date: day})
	if err != nil {
		t.Fatal(err)
	}
	for _, ap := range view.Appointments {
		if ap.Title == title {
			return ap
		}
	}
	t.Fatalf("no %q on %s: %+v", title, day, view.Appointments)
	return Appointment{}
}

// isWallClock tells whether an RFC 3339 instant is the Amsterdam wall clock.
func isWallClock(instant, wall string) bool {
	at, err := time.Parse(time.RFC3339, instant)
	if err != nil {
		return false
	}
	return at.In(amsterdam).Format("2006-01-02T15:04") == wall
}
