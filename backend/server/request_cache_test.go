package server_test

import (
	"context"
	"testing"
	"time"

	"kring/backend/api"
)

// TestCachedSessionAndAccessFollowChanges checks that a session and its
// rights, kept between requests, are refused by the very next request
// after a sign-out, a lock, a revoked right, a removed contact or expiry.
func TestCachedSessionAndAccessFollowChanges(t *testing.T) {
	cases := []struct {
		name   string
		change func(t *testing.T, f dossierFixture)
		status int
		code   api.Code
	}{
		{"signed out", func(t *testing.T, f dossierFixture) {
			if status, apiErr := f.e.Do(t, "DELETE", "/session", f.reader.Session, nil, nil); status != 204 {
				t.Fatalf("sign out: %d %v", status, apiErr)
			}
		}, 401, api.CodeUnauthorized},
		{"locked", func(t *testing.T, f dossierFixture) {
			exec(t, f.e, `UPDATE users SET locked = TRUE WHERE id = ?`, f.reader.UserID)
		}, 401, api.CodeUnauthorized},
		{"expired", func(t *testing.T, f dossierFixture) {
			f.e.Clock.Advance(31 * 24 * time.Hour)
		}, 401, api.CodeUnauthorized},
		{"right revoked", func(t *testing.T, f dossierFixture) {
			exec(t, f.e, `UPDATE rights SET granted = FALSE WHERE section = ? AND contact_id IN
				(SELECT id FROM contacts WHERE user_id = ?)`, string(api.SectionDossier), f.reader.UserID)
		}, 403, api.CodeForbidden},
		{"contact removed", func(t *testing.T, f dossierFixture) {
			exec(t, f.e, `UPDATE contacts SET removed_at = '2026-11-01T00:00:00.000Z' WHERE user_id = ?`,
				f.reader.UserID)
		}, 404, api.CodeNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newDossierFixture(t)
			path := "/clients/" + f.client + "/reports"
			for range 2 {
				if status, apiErr := f.e.Do(t, "GET", path, f.reader.Session, nil, nil); status != 200 {
					t.Fatalf("read before: %d %v", status, apiErr)
				}
			}
			tc.change(t, f)
			status, apiErr := f.e.Do(t, "GET", path, f.reader.Session, nil, nil)
			wantCode(t, tc.name, status, apiErr, tc.status, tc.code)
		})
	}
}

// TestCachedReportPageFollowsWrites checks that a page of reports kept
// between requests shows a report written or deleted since at once, and
// that every read, kept or not, is in the audit log.
func TestCachedReportPageFollowsWrites(t *testing.T) {
	f := newDossierFixture(t)
	path := "/clients/" + f.client + "/reports?limit=5"
	first := func() string {
		t.Helper()
		var page api.ReportPage
		mustDo(t, f.e, "reports", "GET", path, f.reader.Session, nil, &page)
		if len(page.Reports) == 0 {
			t.Fatal("no reports")
		}
		return page.Reports[0].ID
	}
	steps := []struct {
		name, want string
		change     func()
	}{
		{"read", f.reports[0], func() {}},
		{"read again", f.reports[0], func() {}},
		{"newer report", "rep-new", func() { f.report(t, f.client, "rep-new", f.e.Clock.Now()) }},
		{"report deleted", f.reports[0], func() { exec(t, f.e, `DELETE FROM reports WHERE id = 'rep-new'`) }},
	}
	for _, st := range steps {
		st.change()
		if got := first(); got != st.want {
			t.Fatalf("%s: newest report %s, want %s", st.name, got, st.want)
		}
	}

	if err := f.e.Portal.FlushAudit(context.Background()); err != nil {
		t.Fatal(err)
	}
	var n int
	err := f.e.DB.QueryRow(context.Background(), `SELECT COUNT(*) FROM audit_log WHERE user_id = ?
		AND client_id = ? AND action = 'deliver' AND subject = 'reports'`, f.reader.UserID, f.client).Scan(&n)
	if err != nil || n != len(steps) {
		t.Errorf("report page deliveries in the audit log: %d, %v; want %d", n, err, len(steps))
	}
}
