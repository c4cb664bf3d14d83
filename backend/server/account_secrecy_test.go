package server_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// TestLogsKeepSecrets runs the sign-in, code, reset, phone, kiosk and
// credentials flows and checks that no password, code, token or link
// secret reaches the server log.
func TestLogsKeepSecrets(t *testing.T) {
	eachDialect(t, func(t *testing.T, d store.Dialect) {
		f := newUsersFixture(t, d)
		e := f.e
		secrets := []string{acctAnnaPass, acctPieterPass, f.anna}
		keep := func(s ...string) { secrets = append(secrets, s...) }

		// Sign-in with an issued password, a new one and a code.
		resp, _, _ := acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: acctPieterPass})
		keep(resp.Challenge)
		e.Do(t, "POST", "/session/new-password", "", api.NewPasswordRequest{Challenge: resp.Challenge,
			NewPassword: "Geheim-Buurman-99"}, &resp)
		code := e.LastCode(t, acctPieterPhone)
		keep("Geheim-Buurman-99", resp.Challenge, code)
		e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: resp.Challenge, Code: "000000"}, nil)
		e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: resp.Challenge, Code: code}, &resp)
		keep(resp.Session, resp.DeviceToken)

		// A kiosk, and sign-in details for a new person.
		kioskCode, _ := e.Auth.CreateKiosk(t.Context(), "Lindehof hal")
		var kiosk api.KioskEnrolResponse
		e.Do(t, "POST", "/kiosk/enrol", "", api.KioskEnrolRequest{Code: kioskCode}, &kiosk)
		keep(kioskCode, strings.ReplaceAll(kioskCode, "-", ""), kiosk.KioskToken)
		e.Do(t, "POST", f.path("/", f.aagje, "/adopt"), f.anna,
			api.AdoptContactRequest{Email: "aagje+zus@example.nl", Phone: "0655554444"}, nil)
		e.Do(t, "POST", f.path("/", f.aagje, "/send-credentials"), f.anna, nil, nil)
		_, issued := credentialsIn(t, acctMail(t, e, "aagje+zus@example.nl").Body)
		keep(issued)

		// A reset by API and by the page.
		e.Do(t, "POST", "/password/forgot", "", api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
		link, token := acctResetToken(t, e, acctAnnaEmail)
		keep(token)
		acctPage(t, e, strings.TrimPrefix(link, e.URL))
		http.PostForm(e.URL+"/reset", url.Values{"token": {token}, "password": {"Geheim-Anna-2027"},
			"repeat": {"Geheim-Anna-2027"}})
		keep("Geheim-Anna-2027")
		e.Do(t, "POST", "/password/reset", "", api.ResetPasswordRequest{Token: token, NewPassword: "Geheim-Anna-2028"}, nil)

		// A change of number, and a change of password.
		e.Clock.Advance(time.Minute)
		e.Do(t, "POST", "/me/phone", resp.Session, api.ChangePhoneRequest{Phone: "0611223344"}, nil)
		phoneCode := e.LastCode(t, "+31611223344")
		keep(phoneCode)
		e.Do(t, "POST", "/me/phone/confirm", resp.Session, api.ConfirmPhoneRequest{Code: phoneCode}, nil)
		e.Do(t, "POST", "/me/password", resp.Session, api.ChangePasswordRequest{OldPassword: "Geheim-Buurman-99",
			NewPassword: "Geheim-Buurman-100"}, nil)
		keep("Geheim-Buurman-100")

		logs := e.Logs.String()
		if !strings.Contains(logs, "signed in") || !strings.Contains(logs, "password reset") {
			t.Fatalf("the flows did not run or log:\n%s", logs)
		}
		for _, s := range secrets {
			if s == "" {
				t.Fatal("a secret of the flows is empty")
			}
			if strings.Contains(logs, s) {
				t.Fatalf("the log holds the secret %q", s)
			}
		}
	})
}
