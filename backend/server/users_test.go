package server_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// usersFixture is the demo care home with Anna signed in as administrator
// of Maria's portal, and two contacts the ECD knows for Maria.
type usersFixture struct {
	e      *servertest.Env
	anna   string
	maria  string
	jo     string
	aagje  string
	bert   string
	pieter string
}

func newUsersFixture(t *testing.T, d store.Dialect) *usersFixture {
	t.Helper()
	e := servertest.NewOn(t, d)
	e.SeedDemo(t)
	f := &usersFixture{e: e}
	f.anna, _ = e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)
	f.maria = acctClient(t, e, f.anna, "Maria de Vries")
	f.jo = acctClient(t, e, f.anna, "Johanna van Putten-van der Giessen")
	f.aagje = f.ecdContact(t, "Aagje", "Aaldering", "Zus")
	f.bert = f.ecdContact(t, "Bert", "van der Berg", "Wettelijk vertegenwoordiger")
	f.pieter = acctContactID(t, e, f.anna, f.maria, "Pieter Bakker")
	e.Clock.Advance(time.Minute)
	return f
}

// ecdContact adds a locked contact of Maria as the ECD import would.
func (f *usersFixture) ecdContact(t *testing.T, given, family, role string) string {
	t.Helper()
	id := store.NewID()
	_, err := f.e.DB.Exec(t.Context(), `INSERT INTO contacts (id, client_id, fhir_id, given_name,
		family_name, display_name, role, locked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)`,
		id, f.maria, "rp-"+id, given, family, given+" "+family, role, store.Time(f.e.Clock.Now()))
	if err != nil {
		t.Fatalf("add ECD contact: %v", err)
	}
	return id
}

// eachDialect runs a test on every dialect this run has.
func eachDialect(t *testing.T, test func(t *testing.T, d store.Dialect)) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) { test(t, d) })
	}
}

func (f *usersFixture) path(parts ...string) string {
	return "/clients/" + f.maria + "/contacts" + strings.Join(parts, "")
}

// TestUserManagementIsForAdministrators checks that only a portal's
// administrator manages it: others get forbidden, strangers not_found.
func TestUserManagementIsForAdministrators(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		pieter, _ := acctSignInPieterOn(t, f.e, acctPieterPhone)

		for _, tc := range []struct {
			name, method, path string
			body               any
			code               api.Code
		}{
			{"contacts", "GET", "/clients/" + f.maria + "/contacts", nil, api.CodeForbidden},
			{"match", "POST", "/clients/" + f.maria + "/contacts/match", api.MatchRequest{LastName: "Aaldering"}, api.CodeForbidden},
			{"right", "PUT", "/clients/" + f.maria + "/contacts/" + f.aagje + "/rights/dossier", api.SetRightRequest{Granted: true}, api.CodeForbidden},
			{"delete", "DELETE", "/clients/" + f.maria + "/contacts/" + f.aagje, nil, api.CodeForbidden},
			{"audit", "GET", "/clients/" + f.maria + "/audit", nil, api.CodeForbidden},
			{"other portal", "GET", "/clients/" + f.jo + "/contacts", nil, api.CodeNotFound},
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, apiErr := f.e.Do(t, tc.method, tc.path, pieter, tc.body, nil)
				acctFail(t, tc.name, status, apiErr, tc.code)
			})
		}
	})
}

// TestContactList checks USERS-1: every known contact, locks, rights and
// the administrator's own row.
func TestContactList(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		var list api.ContactList
		status, apiErr := f.e.Do(t, "GET", f.path(), f.anna, nil, &list)
		acctOK(t, "list", status, apiErr)

		byName := map[string]api.Contact{}
		for _, c := range list.Contacts {
			byName[c.DisplayName] = c
		}
		// Anna, Pieter, Kees (a locked contact from the demo's ECD with an
		// account) and the two added by the fixture.
		if len(list.Contacts) != 5 {
			t.Fatalf("want 5 contacts, got %d", len(list.Contacts))
		}
		if k := byName["Kees de Vries"]; !k.Locked || !k.HasAccount {
			t.Fatalf("Kees: %+v", k)
		}
		if a := byName["Anna de Vries"]; !a.Self || !a.Admin || !a.HasAccount || len(a.Rights) != 5 {
			t.Fatalf("Anna: %+v", a)
		}
		if a := byName["Aagje Aaldering"]; !a.Locked || a.HasAccount || a.Invitation != api.InvitationNone || len(a.Rights) != 0 {
			t.Fatalf("Aagje: %+v", a)
		}
	})
}

// TestMatchingKnownContacts checks "Bedoelt u" (USERS-2): case, accents,
// initials and Dutch name prefixes do not matter.
func TestMatchingKnownContacts(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		for _, tc := range []struct {
			req  api.MatchRequest
			want string
		}{
			{api.MatchRequest{FirstName: "aagje", LastName: "aaldering"}, "Aagje Aaldering"},
			{api.MatchRequest{FirstName: "Aagje", LastName: "Aäldering"}, "Aagje Aaldering"},
			{api.MatchRequest{FirstName: "A.", LastName: "Aaldering"}, "Aagje Aaldering"},
			{api.MatchRequest{FirstName: "aagje aaldering"}, "Aagje Aaldering"},
			{api.MatchRequest{FirstName: "Bert", LastName: "Berg"}, "Bert van der Berg"},
			{api.MatchRequest{FirstName: "B", LastName: "Van Der Berg"}, "Bert van der Berg"},
			{api.MatchRequest{LastName: "v.d. Berg"}, "Bert van der Berg"},
			{api.MatchRequest{Email: "ANNA.DEVRIES+KRING@example.nl"}, ""},
			{api.MatchRequest{FirstName: "Anna", LastName: "Aaldering"}, ""},
			{api.MatchRequest{FirstName: "Aagje", LastName: "Jansen"}, ""},
		} {
			t.Run(tc.req.FirstName+" "+tc.req.LastName+" "+tc.req.Email, func(t *testing.T) {
				var resp api.MatchResponse
				status, apiErr := f.e.Do(t, "POST", f.path("/match"), f.anna, tc.req, &resp)
				acctOK(t, "match", status, apiErr)
				var names []string
				for _, c := range resp.Candidates {
					names = append(names, c.DisplayName)
				}
				if tc.want == "" {
					if len(names) != 0 {
						t.Fatalf("want no candidates, got %v", names)
					}
					return
				}
				if len(names) == 0 || names[0] != tc.want {
					t.Fatalf("want %q first, got %v", tc.want, names)
				}
			})
		}
	})
}

// TestNewContactRules checks USERS-3's form.
func TestNewContactRules(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		good := api.NewContactRequest{GivenName: "Karin", FamilyName: "Smit", Gender: "female",
			Email: "karin+oma@example.nl", Phone: "06-24681357"}
		for _, tc := range []struct {
			name   string
			change func(r *api.NewContactRequest)
			code   api.Code
		}{
			{"other role", func(r *api.NewContactRequest) { r.Role = "Huisarts" }, api.CodeValidation},
			{"no last name", func(r *api.NewContactRequest) { r.FamilyName = " " }, api.CodeValidation},
			{"gender", func(r *api.NewContactRequest) { r.Gender = "x" }, api.CodeValidation},
			{"e-mail", func(r *api.NewContactRequest) { r.Email = "karin at example" }, api.CodeValidation},
			{"landline", func(r *api.NewContactRequest) { r.Phone = "030-2345678" }, api.CodePhoneNotMobile},
		} {
			t.Run(tc.name, func(t *testing.T) {
				req := good
				tc.change(&req)
				status, apiErr := f.e.Do(t, "POST", f.path(), f.anna, req, nil)
				acctFail(t, tc.name, status, apiErr, tc.code)
			})
		}

		var c api.Contact
		status, apiErr := f.e.Do(t, "POST", f.path(), f.anna, good, &c)
		acctOK(t, "create", status, apiErr)
		if c.Role != api.RolePortalContact || c.Locked || c.PhoneHint != "06-••••••57" || c.Email != good.Email {
			t.Fatalf("new contact: %+v", c)
		}
	})
}

// TestRemovingContacts checks USERS-5 and AUTH-6: locked contacts stay
// (their rights can go to Nee), others go, and a removed user learns that
// access was withdrawn only with the right password.
func TestRemovingContacts(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		e := f.e
		e.Do(t, "PUT", f.path("/", f.aagje, "/rights/dossier"), f.anna, api.SetRightRequest{Granted: true}, nil)

		status, apiErr := e.Do(t, "DELETE", f.path("/", f.aagje), f.anna, nil, nil)
		acctFail(t, "locked contact", status, apiErr, api.CodeContactLocked)
		var right api.SetRightResponse
		status, apiErr = e.Do(t, "PUT", f.path("/", f.aagje, "/rights/dossier"), f.anna, api.SetRightRequest{Granted: false}, &right)
		acctOK(t, "locked contact to Nee", status, apiErr)
		if len(right.Contact.Rights) != 0 {
			t.Fatalf("rights after Nee: %v", right.Contact.Rights)
		}

		status, apiErr = e.Do(t, "DELETE", f.path("/", f.pieter), f.anna, nil, nil)
		acctOK(t, "remove Pieter", status, apiErr)

		_, status, apiErr = acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: "verkeerd-wachtwoord"})
		acctFail(t, "removed, wrong password", status, apiErr, api.CodeInvalidCredentials)
		_, status, apiErr = acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: acctPieterPass})
		acctFail(t, "removed, right password", status, apiErr, api.CodeAccessWithdrawn)
	})
}

// TestCoAdministrators checks USERS-8.
func TestCoAdministrators(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		e := f.e

		status, apiErr := e.Do(t, "DELETE", "/clients/"+f.maria+"/admin", f.anna, nil, nil)
		acctFail(t, "only administrator steps down", status, apiErr, api.CodeLastAdministrator)
		status, apiErr = e.Do(t, "PUT", f.path("/", f.aagje, "/admin"), f.anna, nil, nil)
		acctFail(t, "contact without account", status, apiErr, api.CodeValidation)

		var c api.Contact
		status, apiErr = e.Do(t, "PUT", f.path("/", f.pieter, "/admin"), f.anna, nil, &c)
		acctOK(t, "make Pieter administrator", status, apiErr)
		if !c.Admin {
			t.Fatalf("Pieter: %+v", c)
		}
		status, apiErr = e.Do(t, "DELETE", "/clients/"+f.maria+"/admin", f.anna, nil, nil)
		acctOK(t, "Anna steps down", status, apiErr)
		status, apiErr = e.Do(t, "GET", f.path(), f.anna, nil, nil)
		acctFail(t, "Anna no longer manages", status, apiErr, api.CodeForbidden)

		pieter, _ := acctSignInPieterOn(t, e, acctPieterPhone)
		status, apiErr = e.Do(t, "DELETE", "/clients/"+f.maria+"/admin", pieter, nil, nil)
		acctFail(t, "last administrator", status, apiErr, api.CodeLastAdministrator)
		status, apiErr = e.Do(t, "DELETE", f.path("/", f.pieter), pieter, nil, nil)
		acctFail(t, "remove the last administrator", status, apiErr, api.CodeLastAdministrator)
	})
}

// TestAuditOfChangesAndOpenings checks the audit log: changes of rights
// and contacts, and openings reported by the app, counted once.
func TestAuditOfChangesAndOpenings(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		e := f.e
		e.Do(t, "PUT", f.path("/", f.aagje, "/rights/dossier"), f.anna, api.SetRightRequest{Granted: true}, nil)
		e.Do(t, "PUT", f.path("/", f.aagje, "/rights/dossier"), f.anna, api.SetRightRequest{Granted: false}, nil)
		e.Do(t, "POST", f.path("/", f.bert, "/adopt"), f.anna,
			api.AdoptContactRequest{Email: "bert@example.nl", Phone: "0611112222"}, nil)

		batch := api.OpeningsReport{Openings: []api.Opening{
			{Key: "o-1", Section: api.SectionDossier, Subject: "report-1", OpenedAt: "2026-12-03T10:00:00+01:00"},
			{Key: "o-2", Section: api.SectionDossier, Subject: "goal-7", OpenedAt: "2026-12-03T10:01:00+01:00"},
		}}
		for i := 0; i < 2; i++ {
			status, apiErr := e.Do(t, "POST", "/clients/"+f.maria+"/audit", f.anna, batch, nil)
			acctOK(t, "report openings", status, apiErr)
		}
		status, apiErr := e.Do(t, "POST", "/clients/"+f.maria+"/audit", f.anna, api.OpeningsReport{
			Openings: []api.Opening{{Key: "x", Section: "nothing", OpenedAt: "gisteren"}}}, nil)
		acctFail(t, "bad opening", status, apiErr, api.CodeValidation)

		var log api.AuditList
		status, apiErr = e.Do(t, "GET", "/clients/"+f.maria+"/audit", f.anna, nil, &log)
		acctOK(t, "audit log", status, apiErr)
		count := map[string]int{}
		for _, en := range log.Entries {
			count[en.Action]++
			if en.UserName != "Anna de Vries" || en.DeviceID == "" {
				t.Fatalf("entry without who or device: %+v", en)
			}
		}
		want := map[string]int{"right_set": 1, "right_revoke": 1, "contact_adopt": 1, "open": 2}
		for action, n := range want {
			if count[action] != n {
				t.Fatalf("action %s: %d entries, want %d (all: %v)", action, count[action], n, count)
			}
		}

		var page api.AuditList
		e.Do(t, "GET", "/clients/"+f.maria+"/audit?limit=2", f.anna, nil, &page)
		if len(page.Entries) != 2 || page.Next == "" || page.Entries[0] != log.Entries[0] {
			t.Fatalf("first page: %+v", page)
		}
		var next api.AuditList
		e.Do(t, "GET", "/clients/"+f.maria+"/audit?limit=2&before="+page.Next, f.anna, nil, &next)
		if len(next.Entries) != 2 || next.Entries[0] != log.Entries[2] || next.Entries[1] != log.Entries[3] {
			t.Fatalf("second page: %+v", next)
		}
	})
}

// TestClientPhoto checks the chooser's photo (HOME-1).
func TestClientPhoto(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
		if _, err := f.e.DB.Exec(t.Context(), `UPDATE clients SET photo = ? WHERE id = ?`, png, f.maria); err != nil {
			t.Fatal(err)
		}
		get := func(client, session string) (int, string, []byte) {
			req, _ := http.NewRequest("GET", f.e.URL+"/api/v1/clients/"+client+"/photo", nil)
			req.Header.Set("Authorization", "Bearer "+session)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			return resp.StatusCode, resp.Header.Get("Content-Type"), body
		}
		status, ctype, body := get(f.maria, f.anna)
		if status != http.StatusOK || ctype != "image/png" || !bytes.Equal(body, png) {
			t.Fatalf("photo: %d %s %q", status, ctype, body)
		}
		if status, _, _ := get(f.jo, f.anna); status != http.StatusNotFound {
			t.Fatalf("client without photo: %d", status)
		}
		if status, _, _ := get(f.maria, ""); status != http.StatusUnauthorized {
			t.Fatalf("without session: %d", status)
		}
	})
}
