package server_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store"
)

// TestCredentialsForANewPerson walks USERS-2 and USERS-4 to AUTH-7: adopt
// a known contact, give a first Ja, send the details, and let her sign in
// and accept.
func TestCredentialsForANewPerson(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		e := f.e

		var c api.Contact
		status, apiErr := e.Do(t, "POST", f.path("/", f.aagje, "/adopt"), f.anna,
			api.AdoptContactRequest{Email: "aagje+zus@example.nl", Phone: "06-55554444"}, &c)
		acctOK(t, "adopt", status, apiErr)
		if c.Role != "Zus" || c.PhoneHint != "06-••••••44" {
			t.Fatalf("adopted: %+v", c)
		}

		var right api.SetRightResponse
		status, apiErr = e.Do(t, "PUT", f.path("/", f.aagje, "/rights/appointments"), f.anna,
			api.SetRightRequest{Granted: true}, &right)
		acctOK(t, "first Ja", status, apiErr)
		if !right.OfferCredentials {
			t.Fatal("the first Ja offers Gegevens versturen")
		}
		e.Do(t, "PUT", f.path("/", f.aagje, "/rights/messages"), f.anna, api.SetRightRequest{Granted: true}, &right)
		if right.OfferCredentials || len(right.Contact.Rights) != 2 {
			t.Fatalf("second Ja: %+v", right)
		}
		status, apiErr = e.Do(t, "PUT", f.path("/", f.aagje, "/rights/bogus"), f.anna, api.SetRightRequest{Granted: true}, nil)
		acctFail(t, "unknown section", status, apiErr, api.CodeValidation)

		var sent api.SendCredentialsResponse
		status, apiErr = e.Do(t, "POST", f.path("/", f.aagje, "/send-credentials"), f.anna, nil, &sent)
		acctOK(t, "send", status, apiErr)
		if sent.Kind != api.CredentialsAccount || !sent.Contact.Pending || !sent.Contact.HasAccount {
			t.Fatalf("sent: %+v", sent)
		}

		mail := acctMail(t, e, "aagje+zus@example.nl")
		userName, password := credentialsIn(t, mail.Body)
		if mail.Subject != "Uw inloggegevens voor Kring" || userName != "aagje.aaldering" {
			t.Fatalf("credentials mail: %q, user %q", mail.Subject, userName)
		}

		session := signInIssued(t, e, userName, password, "+31655554444")
		var me api.Me
		e.Do(t, "GET", "/me", session, nil, &me)
		if len(me.Clients) != 0 || len(me.Invitations) != 1 || me.Invitations[0].InvitedBy != "Anna de Vries" {
			t.Fatalf("before accepting: %+v", me)
		}
		status, apiErr = e.Do(t, "GET", "/clients/"+f.maria+"/appointments?from=2026-12-01T00:00:00Z&to=2026-12-30T00:00:00Z", session, nil, nil)
		acctFail(t, "portal before accepting", status, apiErr, api.CodeNotFound)

		status, apiErr = e.Do(t, "POST", "/invitations/"+me.Invitations[0].ID+"/accept", session, nil, nil)
		acctOK(t, "accept", status, apiErr)
		e.Do(t, "GET", "/me", session, nil, &me)
		if len(me.Clients) != 1 || len(me.Invitations) != 0 ||
			!slices.Equal(me.Clients[0].Rights, []api.Section{api.SectionAppointments, api.SectionMessages}) {
			t.Fatalf("after accepting: %+v", me)
		}
		status, apiErr = e.Do(t, "POST", f.path("/", f.aagje, "/send-credentials"), f.anna, nil, nil)
		acctFail(t, "send again after accepting", status, apiErr, api.CodeConflict)
	})
}

// credentialsIn reads user name and password from a credentials mail.
func credentialsIn(t *testing.T, body string) (userName, password string) {
	t.Helper()
	for _, line := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(line, "Gebruikersnaam: "); ok {
			userName = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "Wachtwoord: "); ok {
			password = strings.TrimSpace(v)
		}
	}
	if userName == "" || password == "" {
		t.Fatalf("no credentials in mail:\n%s", body)
	}
	return userName, password
}

// signInIssued walks a first sign-in with an issued password.
func signInIssued(t *testing.T, e *servertest.Env, userName, password, phone string) string {
	t.Helper()
	resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: userName, Password: password})
	acctOK(t, "sign in with issued password", status, apiErr)
	e.Do(t, "POST", "/session/new-password", "", api.NewPasswordRequest{Challenge: resp.Challenge,
		NewPassword: "Eigen-Wachtwoord-77"}, &resp)
	status, apiErr = e.Do(t, "POST", "/session/code", "",
		api.CodeRequest{Challenge: resp.Challenge, Code: e.LastCode(t, phone)}, &resp)
	acctOK(t, "code", status, apiErr)
	return resp.Session
}

// TestExistingUserGetsAnInvitation checks AUTH-9 and AUTH-7: an existing
// user given rights to another portal gets an invitation, not a new
// password, and can report it to the helpdesk.
func TestExistingUserGetsAnInvitation(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		e := f.e
		if _, err := e.DB.Exec(t.Context(), `UPDATE contacts SET admin = TRUE WHERE client_id = ?
			AND display_name = 'Anna de Vries'`, f.jo); err != nil {
			t.Fatal(err)
		}
		pieter, _ := acctSignInPieterOn(t, e, acctPieterPhone)

		var c api.Contact
		status, apiErr := e.Do(t, "POST", "/clients/"+f.jo+"/contacts", f.anna, api.NewContactRequest{
			GivenName: "Pieter", FamilyName: "Bakker", Gender: "male",
			Email: "P.Bakker@example.nl", Phone: "0687654321"}, &c)
		acctOK(t, "create", status, apiErr)
		e.Do(t, "PUT", "/clients/"+f.jo+"/contacts/"+c.ID+"/rights/details", f.anna, api.SetRightRequest{Granted: true}, nil)

		var sent api.SendCredentialsResponse
		status, apiErr = e.Do(t, "POST", "/clients/"+f.jo+"/contacts/"+c.ID+"/send-credentials", f.anna, nil, &sent)
		acctOK(t, "send", status, apiErr)
		if sent.Kind != api.CredentialsInvitation {
			t.Fatalf("an existing user gets an invitation: %+v", sent)
		}
		mail := acctMail(t, e, "P.Bakker@example.nl")
		if mail.Subject != "Uitnodiging voor Kring" || strings.Contains(mail.Body, "Wachtwoord:") {
			t.Fatalf("invitation mail: %q\n%s", mail.Subject, mail.Body)
		}
		// His own password still works.
		e.Clock.Advance(time.Hour)
		_, status, apiErr = acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: "Buurman-Pieter-2026"})
		acctOK(t, "own password", status, apiErr)

		var me api.Me
		e.Do(t, "GET", "/me", pieter, nil, &me)
		if len(me.Invitations) != 1 || me.Invitations[0].ClientID != f.jo {
			t.Fatalf("invitations: %+v", me.Invitations)
		}
		status, apiErr = e.Do(t, "POST", "/invitations/"+me.Invitations[0].ID+"/report", pieter, nil, nil)
		acctOK(t, "report", status, apiErr)

		helpdesk := acctMail(t, e, "helpdesk@zorgorganisatie.example")
		if !strings.Contains(helpdesk.Body, "pieter.bakker") || !strings.Contains(helpdesk.Body, "Johanna") {
			t.Fatalf("helpdesk mail:\n%s", helpdesk.Body)
		}
		reports, err := e.Portal.HelpdeskReports(t.Context())
		if err != nil || len(reports) != 1 || reports[0].UserName != acctPieter {
			t.Fatalf("helpdesk reports: %+v, %v", reports, err)
		}
		e.Do(t, "GET", "/me", pieter, nil, &me)
		if len(me.Invitations) != 0 || len(me.Clients) != 1 {
			t.Fatalf("after the report: %+v", me)
		}
		status, apiErr = e.Do(t, "POST", "/invitations/"+reports[0].ID+"/accept", pieter, nil, nil)
		acctFail(t, "accept unknown id", status, apiErr, api.CodeNotFound)
	})
}
