package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store"
)

// agendaFixture is a client with two people who have the appointments
// right, one who has not, and another client.
type agendaFixture struct {
	e                   *servertest.Env
	client, other       string
	anna, bert, noRight person
	stranger            person
}

func newAgendaFixture(t *testing.T) agendaFixture {
	e := servertest.New(t)
	f := agendaFixture{e: e, client: newClient(t, e, "Maria de Vries"), other: newClient(t, e, "Jo")}
	f.anna = newPerson(t, e, f.client, "Anna", true, api.SectionAppointments)
	f.bert = newPerson(t, e, f.client, "Bert", false, api.SectionAppointments)
	f.noRight = newPerson(t, e, f.client, "Nina", false, api.SectionDetails)
	f.stranger = newPerson(t, e, f.other, "Sam", false, api.SectionAppointments)
	return f
}

func (f agendaFixture) create(t *testing.T, who person, in api.AppointmentInput) api.Appointment {
	t.Helper()
	var a api.Appointment
	status, apiErr := f.e.Do(t, "POST", "/clients/"+f.client+"/appointments", who.Session, in, &a)
	mustOK(t, "create "+in.Title, status, apiErr)
	return a
}

func (f agendaFixture) list(t *testing.T, who person, query string) api.AppointmentList {
	t.Helper()
	var list api.AppointmentList
	status, apiErr := f.e.Do(t, "GET", "/clients/"+f.client+"/appointments?"+query, who.Session, nil, &list)
	mustOK(t, "list "+query, status, apiErr)
	return list
}

// TestAppointmentLifecycle creates, reads, edits with a version, meets a
// conflict, and deletes a portal appointment.
func TestAppointmentLifecycle(t *testing.T) {
	f := newAgendaFixture(t)
	e, base := f.e, "/clients/"+f.client+"/appointments"

	a := f.create(t, f.anna, api.AppointmentInput{Title: "Koffie", Description: "In de tuin",
		Start: "2026-12-10T14:00", End: "2026-12-10T15:30", Private: true})
	if a.Version != 1 || a.Source != "portal" || a.AuthorName != "Anna" || !a.Private ||
		a.Start != "2026-12-10T14:00:00+01:00" {
		t.Fatalf("created: %+v", a)
	}

	list := f.list(t, f.bert, "day=2026-12-10")
	if len(list.Appointments) != 1 || list.Appointments[0].Title != "Koffie" {
		t.Fatalf("bert's day: %+v", list.Appointments)
	}

	edit := api.AppointmentInput{Title: "Koffie met taart", Start: "2026-12-10T14:00",
		End: "2026-12-10T15:30", Version: 1}
	var edited api.Appointment
	mustDo(t, e, "edit", "PUT", base+"/"+a.ID, f.anna.Session, edit, &edited)
	if edited.Version != 2 || edited.Title != "Koffie met taart" || edited.Private {
		t.Fatalf("edited: %+v", edited)
	}

	// A second device still holding version 1 gets the current version back.
	stale := edit
	stale.Title = "Thee"
	status, apiErr := e.Do(t, "PUT", base+"/"+a.ID, f.anna.Session, stale, nil)
	wantCode(t, "stale edit", status, apiErr, http.StatusConflict, api.CodeConflict)
	current, _ := apiErr.Current.(map[string]any)
	if current["title"] != "Koffie met taart" || current["version"] != float64(2) {
		t.Fatalf("conflict must carry the current appointment: %+v", apiErr.Current)
	}

	edit.Version = 2
	status, apiErr = e.Do(t, "PUT", base+"/"+a.ID, f.bert.Session, edit, nil)
	wantCode(t, "edit by another", status, apiErr, http.StatusForbidden, api.CodeNotAuthor)
	status, apiErr = e.Do(t, "DELETE", base+"/"+a.ID, f.bert.Session, nil, nil)
	wantCode(t, "delete by another", status, apiErr, http.StatusForbidden, api.CodeNotAuthor)

	mustDo(t, e, "delete", "DELETE", base+"/"+a.ID, f.anna.Session, nil, nil)
	status, apiErr = e.Do(t, "GET", base+"/"+a.ID, f.anna.Session, nil, nil)
	wantCode(t, "get deleted", status, apiErr, http.StatusNotFound, api.CodeNotFound)
	if list := f.list(t, f.anna, "day=2026-12-10"); len(list.Appointments) != 0 {
		t.Fatalf("deleted appointment still listed: %+v", list.Appointments)
	}
}

// TestECDAppointmentsAreReadOnly checks that an appointment from the care
// record cannot be edited or deleted by a portal user.
func TestECDAppointmentsAreReadOnly(t *testing.T) {
	f := newAgendaFixture(t)
	id := store.NewID()
	exec(t, f.e, `INSERT INTO appointments (id, client_id, source, title, start_at, end_at,
		local_start, local_end, created_at, updated_at) VALUES (?, ?, 'ecd', 'Huisarts',
		'2026-12-11T09:00:00.000Z', '2026-12-11T09:30:00.000Z', '2026-12-11T10:00',
		'2026-12-11T10:30', ?, ?)`, id, f.client, store.Time(f.e.Clock.Now()), store.Time(f.e.Clock.Now()))

	in := api.AppointmentInput{Title: "Weg", Start: "2026-12-11T10:00", End: "2026-12-11T11:00", Version: 1}
	status, apiErr := f.e.Do(t, "PUT", "/clients/"+f.client+"/appointments/"+id, f.anna.Session, in, nil)
	wantCode(t, "edit ecd", status, apiErr, http.StatusForbidden, api.CodeReadOnly)
	status, apiErr = f.e.Do(t, "DELETE", "/clients/"+f.client+"/appointments/"+id, f.anna.Session, nil, nil)
	wantCode(t, "delete ecd", status, apiErr, http.StatusForbidden, api.CodeReadOnly)

	var a api.Appointment
	mustDo(t, f.e, "get ecd", "GET", "/clients/"+f.client+"/appointments/"+id, f.anna.Session, nil, &a)
	if a.Source != "ecd" || a.Start != "2026-12-11T10:00:00+01:00" {
		t.Fatalf("ecd appointment: %+v", a)
	}
}

// TestAppointmentValidation gives each mistake its own code.
func TestAppointmentValidation(t *testing.T) {
	f := newAgendaFixture(t)
	ok := api.AppointmentInput{Title: "Wandelen", Start: "2026-12-10T14:00", End: "2026-12-10T15:00"}
	cases := []struct {
		name string
		edit func(*api.AppointmentInput)
		code api.Code
	}{
		{"no title", func(in *api.AppointmentInput) { in.Title = "  " }, api.CodeTitleRequired},
		{"end before start", func(in *api.AppointmentInput) { in.End = "2026-12-10T13:00" }, api.CodeEndNotAfterStart},
		{"end equals start", func(in *api.AppointmentInput) { in.End = in.Start }, api.CodeEndNotAfterStart},
		{"long title", func(in *api.AppointmentInput) { in.Title = strings.Repeat("a", 201) }, api.CodeTooLong},
		{"long description", func(in *api.AppointmentInput) { in.Description = strings.Repeat("é", 2001) }, api.CodeTooLong},
		{"not a time", func(in *api.AppointmentInput) { in.Start = "morgen" }, api.CodeValidation},
		{"spring gap", func(in *api.AppointmentInput) {
			in.Start, in.End = "2027-03-28T02:30", "2027-03-28T04:00"
		}, api.CodeTimeNotExist},
		{"unknown frequency", func(in *api.AppointmentInput) {
			in.Repeat = &api.Repeat{Frequency: "yearly", Until: "2027-01-01"}
		}, api.CodeRepeatInvalid},
		{"until before start", func(in *api.AppointmentInput) {
			in.Repeat = &api.Repeat{Frequency: "weekly", Until: "2026-12-01"}
		}, api.CodeRepeatInvalid},
		{"longer than its period", func(in *api.AppointmentInput) {
			in.End = "2026-12-11T15:00"
			in.Repeat = &api.Repeat{Frequency: "daily", Until: "2026-12-31"}
		}, api.CodeRepeatInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := ok
			c.edit(&in)
			status, apiErr := f.e.Do(t, "POST", "/clients/"+f.client+"/appointments", f.anna.Session, in, nil)
			wantCode(t, c.name, status, apiErr, http.StatusUnprocessableEntity, c.code)
		})
	}
}

// TestAgendaAcrossClockChanges checks day queries and weekly repeats on
// the last Sundays of October 2026 and March 2027.
func TestAgendaAcrossClockChanges(t *testing.T) {
	f := newAgendaFixture(t)
	for _, in := range []api.AppointmentInput{
		{Title: "zaterdagavond", Start: "2027-03-27T23:30", End: "2027-03-27T23:45"},
		{Title: "nacht", Start: "2027-03-28T00:15", End: "2027-03-28T00:45"},
		{Title: "na de sprong", Start: "2027-03-28T03:00", End: "2027-03-28T03:30"},
		{Title: "zondagavond", Start: "2027-03-28T23:30", End: "2027-03-28T23:45"},
		{Title: "maandag", Start: "2027-03-29T00:15", End: "2027-03-29T00:30"},
	} {
		f.create(t, f.anna, in)
	}

	day := f.list(t, f.anna, "day=2027-03-28")
	from, _ := time.Parse(time.RFC3339, day.From)
	to, _ := time.Parse(time.RFC3339, day.To)
	if to.Sub(from) != 23*time.Hour || day.From != "2027-03-28T00:00:00+01:00" {
		t.Fatalf("day bounds %s – %s", day.From, day.To)
	}
	if titles(day) != "nacht,na de sprong,zondagavond" {
		t.Fatalf("spring day holds %s", titles(day))
	}
	if autumn := f.list(t, f.anna, "day=2026-10-25"); autumnLength(t, autumn) != 25*time.Hour {
		t.Fatalf("autumn day bounds %s – %s", autumn.From, autumn.To)
	}

	cases := []struct{ start, until, before, after string }{
		{"2027-03-14T10:00", "2027-04-11", "2027-03-21", "2027-03-28"},
		{"2026-10-11T10:00", "2026-11-08", "2026-10-18", "2026-10-25"},
	}
	for _, c := range cases {
		t.Run(c.start, func(t *testing.T) {
			f.create(t, f.bert, api.AppointmentInput{Title: "Wekelijks bezoek", Start: c.start,
				End: c.start[:11] + "11:00", Repeat: &api.Repeat{Frequency: "weekly", Until: c.until}})
			for _, d := range []string{c.before, c.after} {
				got := visitStart(t, f.list(t, f.anna, "week="+d))
				if got.In(time.FixedZone("", 0)).IsZero() || got.In(amsterdam(t)).Format("15:04") != "10:00" ||
					got.In(amsterdam(t)).Format("2006-01-02") != d {
					t.Fatalf("week of %s: visit at %s", d, got)
				}
			}
		})
	}
}

func autumnLength(t *testing.T, l api.AppointmentList) time.Duration {
	from, _ := time.Parse(time.RFC3339, l.From)
	to, _ := time.Parse(time.RFC3339, l.To)
	return to.Sub(from)
}

func titles(l api.AppointmentList) string {
	var out []string
	for _, a := range l.Appointments {
		out = append(out, a.Title)
	}
	return strings.Join(out, ",")
}

// visitStart finds the one weekly visit in a week's list.
func visitStart(t *testing.T, l api.AppointmentList) time.Time {
	t.Helper()
	var found []api.Appointment
	for _, a := range l.Appointments {
		if a.Title == "Wekelijks bezoek" {
			found = append(found, a)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one visit in week %s, got %+v", l.From, found)
	}
	start, err := time.Parse(time.RFC3339, found[0].Start)
	if err != nil {
		t.Fatalf("visit start %q: %v", found[0].Start, err)
	}
	return start
}

func amsterdam(t *testing.T) *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// TestOccurrences moves and cancels single occurrences of a weekly series.
func TestOccurrences(t *testing.T) {
	f := newAgendaFixture(t)
	base := "/clients/" + f.client + "/appointments/"
	s := f.create(t, f.anna, api.AppointmentInput{Title: "Zingen", Start: "2027-03-15T10:00",
		End: "2027-03-15T11:00", Repeat: &api.Repeat{Frequency: "weekly", Until: "2027-04-12"}})

	cancel := api.OccurrenceInput{Occurrence: "2027-03-22T10:00:00+01:00", Cancel: true, Version: 1}
	var got api.Appointment
	mustDo(t, f.e, "cancel", "PUT", base+s.ID+"/occurrences", f.anna.Session, cancel, &got)
	move := api.OccurrenceInput{Occurrence: "2027-03-29T08:00:00Z", Start: "2027-04-01T15:00",
		End: "2027-04-01T16:00", Version: got.Version}
	mustDo(t, f.e, "move", "PUT", base+s.ID+"/occurrences", f.anna.Session, move, &got)
	if got.Version != 3 || len(got.Exceptions) != 2 {
		t.Fatalf("series after two exceptions: %+v", got)
	}

	status, apiErr := f.e.Do(t, "PUT", base+s.ID+"/occurrences", f.anna.Session, cancel, nil)
	wantCode(t, "stale occurrence edit", status, apiErr, http.StatusConflict, api.CodeConflict)
	wrong := api.OccurrenceInput{Occurrence: "2027-03-23T09:00:00Z", Cancel: true, Version: 3}
	status, apiErr = f.e.Do(t, "PUT", base+s.ID+"/occurrences", f.anna.Session, wrong, nil)
	wantCode(t, "not an occurrence", status, apiErr, http.StatusNotFound, api.CodeNotFound)

	early := api.OccurrenceInput{Occurrence: "2027-03-15T09:00:00Z", Start: "2027-03-12T10:00",
		End: "2027-03-12T11:00", Version: 3}
	mustDo(t, f.e, "move before the series", "PUT", base+s.ID+"/occurrences", f.anna.Session, early, &got)
	if week := f.list(t, f.bert, "week=2027-03-12"); titles(week) != "Zingen" ||
		week.Appointments[0].Start != "2027-03-12T10:00:00+01:00" {
		t.Fatalf("an occurrence moved before its series began: %+v", week.Appointments)
	}

	var starts []string
	for _, a := range f.list(t, f.bert, "from=2027-03-01T00:00:00Z&to=2027-05-01T00:00:00Z").Appointments {
		starts = append(starts, a.Start)
	}
	want := "2027-03-12T10:00:00+01:00,2027-04-01T15:00:00+02:00,2027-04-05T10:00:00+02:00,2027-04-12T10:00:00+02:00"
	if strings.Join(starts, ",") != want {
		t.Fatalf("occurrences:\n got %s\nwant %s", strings.Join(starts, ","), want)
	}
}

// TestAgendaRights checks sign-in, the section right and other clients.
func TestAgendaRights(t *testing.T) {
	f := newAgendaFixture(t)
	a := f.create(t, f.anna, api.AppointmentInput{Title: "Kapper", Start: "2026-12-10T09:00", End: "2026-12-10T10:00"})
	in := api.AppointmentInput{Title: "x", Start: "2026-12-10T09:00", End: "2026-12-10T10:00", Version: 1}
	own := "/clients/" + f.client + "/appointments"
	cases := []struct {
		name, method, path, session string
		body                        any
		status                      int
		code                        api.Code
	}{
		{"no session", "GET", own + "?day=2026-12-10", "", nil, 401, api.CodeUnauthorized},
		{"no right, list", "GET", own + "?day=2026-12-10", f.noRight.Session, nil, 403, api.CodeForbidden},
		{"no right, create", "POST", own, f.noRight.Session, in, 403, api.CodeForbidden},
		{"no right, get", "GET", own + "/" + a.ID, f.noRight.Session, nil, 403, api.CodeForbidden},
		{"stranger, list", "GET", own + "?day=2026-12-10", f.stranger.Session, nil, 404, api.CodeNotFound},
		{"stranger, edit", "PUT", own + "/" + a.ID, f.stranger.Session, in, 404, api.CodeNotFound},
		{"id via other client", "GET", "/clients/" + f.other + "/appointments/" + a.ID, f.stranger.Session, nil, 404, api.CodeNotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, apiErr := f.e.Do(t, c.method, c.path, c.session, c.body, nil)
			wantCode(t, c.name, status, apiErr, c.status, c.code)
		})
	}
}
