package server_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store"
)

// dossierFixture is a client with 25 reports, a care plan and documents,
// a reader with the dossier right, one without it, and another client.
type dossierFixture struct {
	e                         *servertest.Env
	client, other             string
	reader, noRight, stranger person
	reports                   []string // ids, newest first
	otherReport               string
}

func newDossierFixture(t *testing.T) dossierFixture {
	e := servertest.New(t)
	f := dossierFixture{e: e, client: newClient(t, e, "Maria"), other: newClient(t, e, "Jo")}
	f.reader = newPerson(t, e, f.client, "Anna", false, api.SectionDossier)
	f.noRight = newPerson(t, e, f.client, "Piet", false, api.SectionAppointments, api.SectionMessages)
	f.stranger = newPerson(t, e, f.other, "Sam", false, api.SectionDossier)

	base := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	for i := 0; i < 25; i++ {
		// Reports 10 and 11 share a time, so ties must be broken by id.
		at := base.Add(time.Duration(i) * time.Hour)
		if i == 11 {
			at = base.Add(10 * time.Hour)
		}
		id := fmt.Sprintf("rep-%02d", i)
		f.report(t, f.client, id, at)
		f.reports = append([]string{id}, f.reports...)
	}
	f.otherReport = "rep-other"
	f.report(t, f.other, f.otherReport, base)

	now := store.Time(e.Clock.Now())
	exec(t, e, `INSERT INTO goals (id, client_id, title, care_question, status, position, updated_at)
		VALUES ('goal-1', ?, 'Veilig lopen', 'Mevrouw valt vaak', 'active', 1, ?)`, f.client, now)
	exec(t, e, `INSERT INTO goal_evaluations (id, goal_id, client_id, written_at, text, updated_at)
		VALUES ('ev-1', 'goal-1', ?, '2026-11-20T10:00:00.000Z', 'Gaat beter met rollator', ?)`, f.client, now)
	exec(t, e, `INSERT INTO goal_actions (id, goal_id, client_id, text, position, updated_at)
		VALUES ('act-1', 'goal-1', ?, 'Dagelijks oefenen', 1, ?)`, f.client, now)
	exec(t, e, `INSERT INTO goal_actions (id, client_id, text, position, updated_at)
		VALUES ('act-2', ?, 'Wekelijks wegen', 2, ?)`, f.client, now)
	exec(t, e, `INSERT INTO documents (id, client_id, title, kind, written_at, content, updated_at)
		VALUES ('doc-1', ?, 'Afsprakenblad', 'agreements', '2026-10-01T10:00:00.000Z', 'Bezoek na 10 uur.', ?)`,
		f.client, now)
	return f
}

func (f dossierFixture) report(t *testing.T, client, id string, at time.Time) {
	exec(t, f.e, `INSERT INTO reports (id, client_id, written_at, author_name, author_role, text, updated_at)
		VALUES (?, ?, ?, 'Zr. Jansen', 'verzorgende', ?, ?)`, id, client, store.Time(at),
		"Rapportage "+id, store.Time(at))
}

// TestReportPages walks the reports newest first with next cursors, then
// back with previous cursors, and checks every report comes exactly once.
func TestReportPages(t *testing.T) {
	f := newDossierFixture(t)
	path := "/clients/" + f.client + "/reports?limit=10"

	var pages []api.ReportPage
	var seen []string
	for cursor := ""; ; {
		var page api.ReportPage
		p := path
		if cursor != "" {
			p += "&before=" + cursor
		}
		mustDo(t, f.e, "page", "GET", p, f.reader.Session, nil, &page)
		pages = append(pages, page)
		for _, r := range page.Reports {
			seen = append(seen, r.ID)
		}
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	if fmt.Sprint(seen) != fmt.Sprint(f.reports) || len(pages) != 3 {
		t.Fatalf("walked %d pages:\n got %v\nwant %v", len(pages), seen, f.reports)
	}
	if pages[0].Previous != "" || pages[2].Next != "" || len(pages[2].Reports) != 5 {
		t.Fatalf("ends of the list must have no cursor: first %q last %q", pages[0].Previous, pages[2].Next)
	}

	var back api.ReportPage
	mustDo(t, f.e, "previous", "GET", path+"&after="+pages[2].Previous, f.reader.Session, nil, &back)
	if fmt.Sprint(back.Reports) != fmt.Sprint(pages[1].Reports) || back.Next != pages[1].Next {
		t.Fatalf("previous of the last page must be the middle page:\n got %v\nwant %v", back.Reports, pages[1].Reports)
	}

	status, apiErr := f.e.Do(t, "GET", path+"&before=garbage!", f.reader.Session, nil, nil)
	wantCode(t, "bad cursor", status, apiErr, http.StatusUnprocessableEntity, api.CodeValidation)
	status, apiErr = f.e.Do(t, "GET", "/clients/"+f.client+"/reports?limit=500", f.reader.Session, nil, nil)
	wantCode(t, "big limit", status, apiErr, http.StatusUnprocessableEntity, api.CodeValidation)
}

// TestDossierReadsAndAudit reads a report, the care plan and a document,
// and checks each delivery is in the audit log.
func TestDossierReadsAndAudit(t *testing.T) {
	f := newDossierFixture(t)
	c := "/clients/" + f.client

	var rep api.Report
	mustDo(t, f.e, "report", "GET", c+"/reports/rep-03", f.reader.Session, nil, &rep)
	if rep.Text != "Rapportage rep-03" || rep.AuthorName != "Zr. Jansen" || rep.WrittenAt != "2026-11-01T12:00:00+01:00" {
		t.Fatalf("report: %+v", rep)
	}

	var plan api.CarePlan
	mustDo(t, f.e, "care plan", "GET", c+"/careplan", f.reader.Session, nil, &plan)
	if len(plan.Goals) != 1 || plan.Goals[0].CareQuestion != "Mevrouw valt vaak" ||
		len(plan.Goals[0].Evaluations) != 1 || len(plan.Goals[0].Actions) != 1 ||
		len(plan.Actions) != 1 || plan.Actions[0].Text != "Wekelijks wegen" {
		t.Fatalf("care plan: %+v", plan)
	}
	var goal api.Goal
	mustDo(t, f.e, "goal", "GET", c+"/careplan/goals/goal-1", f.reader.Session, nil, &goal)
	if goal.Title != "Veilig lopen" || goal.Evaluations[0].Text != "Gaat beter met rollator" {
		t.Fatalf("goal: %+v", goal)
	}

	var docs api.DocumentList
	mustDo(t, f.e, "documents", "GET", c+"/documents", f.reader.Session, nil, &docs)
	var doc api.Document
	mustDo(t, f.e, "document", "GET", c+"/documents/doc-1", f.reader.Session, nil, &doc)
	if len(docs.Documents) != 1 || doc.Content != "Bezoek na 10 uur." || doc.Title != "Afsprakenblad" {
		t.Fatalf("documents %+v, document %+v", docs, doc)
	}

	if err := f.e.Portal.FlushAudit(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, subject := range []string{"report:rep-03", "careplan", "goal:goal-1", "documents", "document:doc-1"} {
		var n int
		err := f.e.DB.QueryRow(context.Background(), `SELECT COUNT(*) FROM audit_log WHERE user_id = ?
			AND client_id = ? AND section = 'dossier' AND action = 'deliver' AND subject = ?
			AND device_id <> ''`, f.reader.UserID, f.client, subject).Scan(&n)
		if err != nil || n != 1 {
			t.Errorf("audit entries for %s: %d, %v", subject, n, err)
		}
	}
}

// TestDossierRights checks the dossier right and other clients' ids.
func TestDossierRights(t *testing.T) {
	f := newDossierFixture(t)
	c := "/clients/" + f.client
	cases := []struct {
		name, path, session string
		status              int
		code                api.Code
	}{
		{"no session", c + "/reports", "", 401, api.CodeUnauthorized},
		{"no right, reports", c + "/reports", f.noRight.Session, 403, api.CodeForbidden},
		{"no right, care plan", c + "/careplan", f.noRight.Session, 403, api.CodeForbidden},
		{"no right, document", c + "/documents/doc-1", f.noRight.Session, 403, api.CodeForbidden},
		{"stranger", c + "/reports/rep-01", f.stranger.Session, 404, api.CodeNotFound},
		{"other client's report", c + "/reports/" + f.otherReport, f.reader.Session, 404, api.CodeNotFound},
		{"own client, other id", "/clients/" + f.other + "/reports/rep-01", f.stranger.Session, 404, api.CodeNotFound},
		{"unknown goal", c + "/careplan/goals/nope", f.reader.Session, 404, api.CodeNotFound},
		{"unknown document", c + "/documents/nope", f.reader.Session, 404, api.CodeNotFound},
	}
	for i, tc := range cases {
		t.Run(strconv.Itoa(i)+" "+tc.name, func(t *testing.T) {
			status, apiErr := f.e.Do(t, "GET", tc.path, tc.session, nil, nil)
			wantCode(t, tc.name, status, apiErr, tc.status, tc.code)
		})
	}
}
