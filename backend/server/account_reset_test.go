package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// TestForgotPasswordAnswersAlike checks AUTH-4: the same answer whether
// or not the details match, and a mail only when they do, to an address
// with a "+".
func TestForgotPasswordAnswersAlike(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)

	for _, tc := range []struct {
		name     string
		req      api.ForgotPasswordRequest
		wantMail bool
	}{
		{"unknown name", api.ForgotPasswordRequest{UserName: "niemand", Email: acctAnnaEmail}, false},
		{"wrong address", api.ForgotPasswordRequest{UserName: acctAnna, Email: "anna@example.nl"}, false},
		{"matching, other case", api.ForgotPasswordRequest{UserName: "Anna.DeVries",
			Email: strings.ToUpper(acctAnnaEmail)}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := acctMailCount(e)
			status, apiErr := e.Do(t, "POST", "/password/forgot", "", tc.req, nil)
			if apiErr != nil || status != http.StatusNoContent {
				t.Fatalf("want 204 always, got %d %+v", status, apiErr)
			}
			if got := acctMailCount(e) - before; got != map[bool]int{true: 1, false: 0}[tc.wantMail] {
				t.Fatalf("mails sent: %d", got)
			}
		})
	}

	m := acctMail(t, e, acctAnnaEmail)
	link, _ := acctResetToken(t, e, acctAnnaEmail)
	if m.Subject != "Nieuw wachtwoord voor Kring" || !strings.HasPrefix(link, e.URL+"/reset?token=") {
		t.Fatalf("reset mail: %q, link %q", m.Subject, link)
	}
}

// TestResetLinkOnceAndTenMinutes checks the link's limits.
func TestResetLinkOnceAndTenMinutes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		after time.Duration
		code  api.Code
	}{
		{"9:59", 9*time.Minute + 59*time.Second, ""},
		{"10:01", 10*time.Minute + time.Second, api.CodeResetLinkInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := servertest.New(t)
			e.SeedDemo(t)
			e.Do(t, "POST", "/password/forgot", "", api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
			_, token := acctResetToken(t, e, acctAnnaEmail)
			e.Clock.Advance(tc.after)

			req := api.ResetPasswordRequest{Token: token, NewPassword: "Anna-nieuw-2027"}
			status, apiErr := e.Do(t, "POST", "/password/reset", "", req, nil)
			if tc.code != "" {
				acctFail(t, "late link", status, apiErr, tc.code)
				return
			}
			acctOK(t, "reset", status, apiErr)
			status, apiErr = e.Do(t, "POST", "/password/reset", "", req, nil)
			acctFail(t, "second use", status, apiErr, api.CodeResetLinkInvalid)
		})
	}
}

// TestResetRulesKeepTheLink checks that a refused password leaves the
// link usable, and that the old password stops working.
func TestResetRulesKeepTheLink(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	e.Do(t, "POST", "/password/forgot", "", api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
	_, token := acctResetToken(t, e, acctAnnaEmail)

	for _, tc := range []struct {
		password string
		code     api.Code
	}{
		{"kort", api.CodePasswordTooShort},
		{"iloveyou1", api.CodePasswordTooCommon},
		{acctAnnaPass, api.CodePasswordReused},
	} {
		status, apiErr := e.Do(t, "POST", "/password/reset", "",
			api.ResetPasswordRequest{Token: token, NewPassword: tc.password}, nil)
		acctFail(t, tc.password, status, apiErr, tc.code)
	}
	status, apiErr := e.Do(t, "POST", "/password/reset", "",
		api.ResetPasswordRequest{Token: token, NewPassword: "Anna-nieuw-2027"}, nil)
	acctOK(t, "good password", status, apiErr)

	_, status, apiErr = acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctFail(t, "old password", status, apiErr, api.CodeInvalidCredentials)
}

// TestResetPage checks the page behind the link (AUTH-10): Dutch,
// labelled, self-contained, and working as a plain form.
func TestResetPage(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	e.Do(t, "POST", "/password/forgot", "", api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
	link, token := acctResetToken(t, e, acctAnnaEmail)

	status, page := acctPage(t, e, strings.TrimPrefix(link, e.URL))
	if status != http.StatusOK {
		t.Fatalf("reset page: %d", status)
	}
	for _, want := range []string{`<html lang="nl">`, `<label for="password">`, `<label for="repeat">`,
		`method="post" action="/reset"`, `name="token" value="` + token + `"`, "Opslaan"} {
		if !strings.Contains(page, want) {
			t.Fatalf("reset page lacks %q", want)
		}
	}
	for _, banned := range []string{"<script", "http://", "https://", " je ", " jouw "} {
		if strings.Contains(page, banned) {
			t.Fatalf("reset page holds %q", banned)
		}
	}

	post := func(password, repeat string) (int, string) {
		resp, err := http.PostForm(e.URL+"/reset", url.Values{"token": {token},
			"password": {password}, "repeat": {repeat}})
		if err != nil {
			t.Fatalf("post form: %v", err)
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 8192)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		return resp.StatusCode, b.String()
	}

	for _, tc := range []struct{ password, repeat, says string }{
		{"Anna-nieuw-2027", "Anna-nieuw-2028", "niet gelijk"},
		{"kort", "kort", "te kort"},
		{"password1", "password1", "veel mensen"},
	} {
		status, body := post(tc.password, tc.repeat)
		if status < 400 || !strings.Contains(body, tc.says) || !strings.Contains(body, `role="alert"`) {
			t.Fatalf("%s: status %d, page does not say %q", tc.password, status, tc.says)
		}
	}
	status, body := post("Anna-nieuw-2027", "Anna-nieuw-2027")
	if status != http.StatusOK || !strings.Contains(body, "Uw wachtwoord is veranderd") {
		t.Fatalf("good password: %d", status)
	}
	status, body = post("Anna-nieuw-2028", "Anna-nieuw-2028")
	if status == http.StatusOK || !strings.Contains(body, "Deze link werkt niet meer") {
		t.Fatalf("used link: %d", status)
	}
}

// TestChangeOwnPassword checks PROFILE-2.
func TestChangeOwnPassword(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	session, device := e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)

	for _, tc := range []struct {
		old, new string
		code     api.Code
	}{
		{"fout-oud", "Anna-nieuw-2027", api.CodeOldPasswordWrong},
		{acctAnnaPass, "kort", api.CodePasswordTooShort},
		{acctAnnaPass, acctAnnaPass, api.CodePasswordReused},
		{acctAnnaPass, "Anna-nieuw-2027", ""},
	} {
		status, apiErr := e.Do(t, "POST", "/me/password", session,
			api.ChangePasswordRequest{OldPassword: tc.old, NewPassword: tc.new}, nil)
		if tc.code == "" {
			acctOK(t, "change", status, apiErr)
			continue
		}
		acctFail(t, tc.new, status, apiErr, tc.code)
	}
	_, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna,
		Password: "Anna-nieuw-2027", DeviceToken: device})
	acctOK(t, "sign in with the new password", status, apiErr)
}

// TestResetMailsAreLimited checks that asking again and again sends at
// most five reset mails an hour, with the same answer each time.
func TestResetMailsAreLimited(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	req := api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}
	for i := 0; i < 7; i++ {
		status, apiErr := e.Do(t, "POST", "/password/forgot", "", req, nil)
		if apiErr != nil || status != http.StatusNoContent {
			t.Fatalf("request %d: %d %+v", i, status, apiErr)
		}
		e.Auth.WaitMail()
		e.Clock.Advance(time.Minute)
	}
	if n := acctMailCount(e); n != 5 {
		t.Fatalf("%d reset mails, want 5", n)
	}
	e.Clock.Advance(time.Hour)
	e.Do(t, "POST", "/password/forgot", "", req, nil)
	if n := acctMailCount(e); n != 6 {
		t.Fatalf("after an hour: %d reset mails, want 6", n)
	}
}
