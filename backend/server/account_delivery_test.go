package server_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/clock"
	"kring/backend/demo"
	"kring/backend/notify"
	"kring/backend/notify/notifytest"
	"kring/backend/portal"
	"kring/backend/server"
	"kring/backend/server/servertest"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// smsGateway is a fake SMS provider over HTTP: it keeps what it accepts
// and refuses the numbers in refuse with 400, as providers do for numbers
// that cannot receive SMS.
type smsGateway struct {
	mu       sync.Mutex
	accepted []notify.SMS
	refuse   map[string]bool
}

func (g *smsGateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var m struct{ To, Text string }
	_ = json.NewDecoder(r.Body).Decode(&m)
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.refuse[m.To] {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	g.accepted = append(g.accepted, notify.SMS{To: m.To, Text: m.Text})
	w.WriteHeader(http.StatusAccepted)
}

var sixDigits = regexp.MustCompile(`\b\d{6}\b`)

func (g *smsGateway) lastCode(t *testing.T, to string) string {
	t.Helper()
	g.mu.Lock()
	defer g.mu.Unlock()
	for i := len(g.accepted) - 1; i >= 0; i-- {
		if g.accepted[i].To == to {
			return sixDigits.FindString(g.accepted[i].Text)
		}
	}
	t.Fatalf("no sms to %s", to)
	return ""
}

// deliveryEnv is a portal server that delivers for real: mail over SMTP
// to aiosmtpd, SMS over HTTP to a fake provider.
type deliveryEnv struct {
	*servertest.Env
	smtp    *notifytest.SMTPServer
	gateway *smsGateway
}

func newDeliveryEnv(t *testing.T) *deliveryEnv {
	t.Helper()
	d := &deliveryEnv{smtp: notifytest.StartSMTP(t), gateway: &smsGateway{refuse: map[string]bool{}}}
	gw := httptest.NewServer(d.gateway)
	t.Cleanup(gw.Close)
	n := notify.Pair{
		Mailer: notify.NewSMTP(notify.SMTPConfig{Host: "127.0.0.1", Port: d.smtp.Port, TLS: "none",
			From: "Kring <noreply@zorgorganisatie.example>"}),
		Texter: notify.NewGateway(notify.GatewayConfig{URL: gw.URL, APIKey: "test", Sender: "Kring"}),
	}

	logs := &bytes.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, nil))
	e := &servertest.Env{DB: storetest.Open(t, store.SQLite), Clock: clock.NewFake(servertest.Start), Logs: logs}
	ts := httptest.NewServer(nil)
	t.Cleanup(ts.Close)
	e.URL = ts.URL
	cfg := auth.Defaults()
	cfg.BaseURL = ts.URL
	e.Auth = auth.New(e.DB, e.Clock, n, cfg, log)
	e.Portal = portal.New(e.DB, e.Clock, log)
	t.Cleanup(func() { e.Auth.WaitMail(); e.Portal.Close() })
	ts.Config.Handler = server.New(server.Options{DB: e.DB, Auth: e.Auth, Portal: e.Portal, Log: log}).Handler()
	if err := demo.Seed(t.Context(), e.DB, e.Clock.Now()); err != nil {
		t.Fatal(err)
	}
	d.Env = e
	return d
}

// TestResetDeliveredEndToEnd sends a reset mail through SMTP to an
// address with a "+", follows its link to the page, sets a password with
// the form, and signs in with the code the SMS provider received.
func TestResetDeliveredEndToEnd(t *testing.T) {
	d := newDeliveryEnv(t)
	status, apiErr := d.Do(t, "POST", "/password/forgot", "",
		api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
	acctOK(t, "forgot", status, apiErr)

	got := d.smtp.WaitMail(t, 1)
	if !strings.Contains(got.To, acctAnnaEmail) || got.Subject != "Nieuw wachtwoord voor Kring" {
		t.Fatalf("mail to %q: %q", got.To, got.Subject)
	}
	m := acctResetLink.FindStringSubmatch(got.Body)
	if m == nil || !strings.HasPrefix(m[1], d.URL+"/reset?token=") {
		t.Fatalf("no link to this server in:\n%s", got.Body)
	}

	status, page := acctPage(t, d.Env, strings.TrimPrefix(m[1], d.URL))
	if status != http.StatusOK || !strings.Contains(page, `name="token"`) {
		t.Fatalf("page: %d", status)
	}
	token, _ := url.QueryUnescape(m[2])
	resp, err := http.PostForm(d.URL+"/reset", url.Values{"token": {token},
		"password": {"Anna-nieuw-2027"}, "repeat": {"Anna-nieuw-2027"}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Uw wachtwoord is veranderd") {
		t.Fatalf("form: %d", resp.StatusCode)
	}

	signIn, status, apiErr := acctSignIn(t, d.Env, api.SignInRequest{UserName: acctAnna, Password: "Anna-nieuw-2027"})
	acctOK(t, "sign in", status, apiErr)
	status, apiErr = d.Do(t, "POST", "/session/code", "",
		api.CodeRequest{Challenge: signIn.Challenge, Code: d.gateway.lastCode(t, acctAnnaPhone)}, &signIn)
	acctOK(t, "code", status, apiErr)
	if signIn.Step != api.StepDone {
		t.Fatalf("step %s", signIn.Step)
	}
}

// TestRefusedNumberAnswersPhoneNotMobile checks that a number the
// provider refuses (4xx) comes back as phone_not_mobile, at sign-in and
// when a user changes their number.
func TestRefusedNumberAnswersPhoneNotMobile(t *testing.T) {
	d := newDeliveryEnv(t)
	first, status, apiErr := acctSignIn(t, d.Env, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctOK(t, "sign in", status, apiErr)
	status, apiErr = d.Do(t, "POST", "/session/code", "",
		api.CodeRequest{Challenge: first.Challenge, Code: d.gateway.lastCode(t, acctAnnaPhone)}, &first)
	acctOK(t, "code", status, apiErr)

	d.gateway.refuse["+31611223344"] = true
	d.Clock.Advance(time.Minute)
	status, apiErr = d.Do(t, "POST", "/me/phone", first.Session, api.ChangePhoneRequest{Phone: "0611223344"}, nil)
	acctFail(t, "refused new number", status, apiErr, api.CodePhoneNotMobile)

	d.gateway.refuse[acctAnnaPhone] = true
	d.Clock.Advance(time.Minute)
	_, status, apiErr = acctSignIn(t, d.Env, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctFail(t, "refused number at sign-in", status, apiErr, api.CodePhoneNotMobile)
}
