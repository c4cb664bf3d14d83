package server_test

import (
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
