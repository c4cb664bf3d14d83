package server_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"kring/backend/api"
	"kring/backend/notify"
	"kring/backend/server/servertest"
)

// Demo people used by the account and user-management tests.
const (
	acctAnna        = "anna.devries"
	acctAnnaPass    = "Kring-demo-2026"
	acctAnnaPhone   = "+31612345678"
	acctAnnaEmail   = "anna.devries+kring@example.nl"
	acctPieter      = "pieter.bakker"
	acctPieterPass  = "Welkom-Kring-1"
	acctPieterPhone = "+31687654321"
)

// acctFail fails unless an answer carries the error code with its status.
func acctFail(t *testing.T, what string, status int, apiErr *api.Error, code api.Code) {
	t.Helper()
	if apiErr == nil || apiErr.Code != code || status != code.Status() {
		t.Fatalf("%s: want %s (%d), got status %d, %+v", what, code, code.Status(), status, apiErr)
	}
}

// acctOK fails on an error answer.
func acctOK(t *testing.T, what string, status int, apiErr *api.Error) {
	t.Helper()
	if apiErr != nil || status >= 300 {
		t.Fatalf("%s: status %d, %+v", what, status, apiErr)
	}
}

// acctSignIn starts a sign-in and returns the first answer.
func acctSignIn(t *testing.T, e *servertest.Env, req api.SignInRequest) (api.SignInResponse, int, *api.Error) {
	t.Helper()
	var resp api.SignInResponse
	status, apiErr := e.Do(t, "POST", "/session", "", req, &resp)
	return resp, status, apiErr
}

// acctClient returns the id of the demo client with this name, as Anna
// sees it.
func acctClient(t *testing.T, e *servertest.Env, session, name string) string {
	t.Helper()
	var me api.Me
	status, apiErr := e.Do(t, "GET", "/me", session, nil, &me)
	acctOK(t, "me", status, apiErr)
	for _, c := range me.Clients {
		if c.Name == name {
			return c.ID
		}
	}
	t.Fatalf("no portal %q in %+v", name, me.Clients)
	return ""
}

// acctMail returns the newest mail to an address.
func acctMail(t *testing.T, e *servertest.Env, to string) notify.OutboxMessage {
	t.Helper()
	e.Auth.WaitMail()
	msgs := e.Outbox.Messages()
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Channel == "mail" && msgs[i].To == to {
			return msgs[i]
		}
	}
	t.Fatalf("no mail to %s", to)
	return notify.OutboxMessage{}
}

// acctMailCount counts the mails sent so far.
func acctMailCount(e *servertest.Env) int {
	e.Auth.WaitMail()
	n := 0
	for _, m := range e.Outbox.Messages() {
		if m.Channel == "mail" {
			n++
		}
	}
	return n
}

var acctResetLink = regexp.MustCompile(`(http://\S+/reset\?token=(\S+))`)

// acctResetToken returns the link and secret in the newest reset mail.
func acctResetToken(t *testing.T, e *servertest.Env, to string) (link, token string) {
	t.Helper()
	m := acctResetLink.FindStringSubmatch(acctMail(t, e, to).Body)
	if m == nil {
		t.Fatalf("no reset link in mail to %s", to)
	}
	return m[1], m[2]
}

// acctPage fetches a page outside the API.
func acctPage(t *testing.T, e *servertest.Env, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(e.URL + path)
	if err != nil {
		t.Fatalf("get %s: %v", path, err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp.StatusCode, b.String()
}

// acctContactID finds a contact of a client by display name, as its
// administrator sees it.
func acctContactID(t *testing.T, e *servertest.Env, session, client, name string) string {
	t.Helper()
	var list api.ContactList
	status, apiErr := e.Do(t, "GET", "/clients/"+client+"/contacts", session, nil, &list)
	acctOK(t, "list contacts", status, apiErr)
	for _, c := range list.Contacts {
		if c.DisplayName == name {
			return c.ID
		}
	}
	t.Fatalf("no contact %q", name)
	return ""
}

// acctSignInPieterOn signs Pieter in for the first time, with his code
// texted to phone.
func acctSignInPieterOn(t *testing.T, e *servertest.Env, phone string) (session, device string) {
	t.Helper()
	resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: acctPieterPass})
	acctOK(t, "sign in", status, apiErr)
	status, apiErr = e.Do(t, "POST", "/session/new-password", "",
		api.NewPasswordRequest{Challenge: resp.Challenge, NewPassword: "Buurman-Pieter-2026"}, &resp)
	acctOK(t, "new password", status, apiErr)
	status, apiErr = e.Do(t, "POST", "/session/code", "",
		api.CodeRequest{Challenge: resp.Challenge, Code: e.LastCode(t, phone)}, &resp)
	acctOK(t, "code", status, apiErr)
	return resp.Session, resp.DeviceToken
}
