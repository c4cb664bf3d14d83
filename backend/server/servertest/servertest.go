// Package servertest runs a real portal server over loopback HTTP for
// tests: a real database, an injected clock and the dev outbox for SMS and
// mail.
package servertest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/clock"
	"kring/backend/demo"
	"kring/backend/notify"
	"kring/backend/portal"
	"kring/backend/server"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// Start is the fake clock's first reading: a Thursday in December 2026.
var Start = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

// Heartbeat is the live stream's keep-alive interval in tests, short so
// that a test sees one.
const Heartbeat = 200 * time.Millisecond

// Env is one running test server.
type Env struct {
	DB     *store.DB
	Clock  *clock.Fake
	Outbox *notify.Outbox
	Auth   *auth.Service
	Portal *portal.Portal
	Server *server.Server
	URL    string
	// Logs holds everything the server logged, for secrecy checks.
	Logs *bytes.Buffer
}

// New starts a server on SQLite.
func New(t testing.TB) *Env {
	return NewOn(t, store.SQLite)
}

// NewOn starts a server on the given dialect.
func NewOn(t testing.TB, d store.Dialect) *Env {
	t.Helper()
	logs := &bytes.Buffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))

	e := &Env{
		DB:     storetest.Open(t, d),
		Clock:  clock.NewFake(Start),
		Outbox: notify.NewOutbox(slog.New(slog.NewTextHandler(io.Discard, nil))),
		Logs:   logs,
	}
	ts := httptest.NewUnstartedServer(nil)
	ts.Start()
	t.Cleanup(ts.Close)
	e.URL = ts.URL

	cfg := auth.Defaults()
	cfg.BaseURL = ts.URL
	e.Auth = auth.New(e.DB, e.Clock, e.Outbox, cfg, log)
	e.Portal = portal.New(e.DB, e.Clock, log)
	t.Cleanup(func() { e.Auth.WaitMail(); e.Portal.Close() })
	e.Server = server.New(server.Options{DB: e.DB, Auth: e.Auth, Portal: e.Portal, Log: log,
		Clock: e.Clock, Heartbeat: Heartbeat})
	ts.Config.Handler = e.Server.Handler()
	return e
}

// SeedDemo fills the database with the demo care home.
func (e *Env) SeedDemo(t testing.TB) {
	t.Helper()
	if err := demo.Seed(context.Background(), e.DB, e.Clock.Now()); err != nil {
		t.Fatalf("seed demo: %v", err)
	}
}

// Do sends a JSON request and decodes a 2xx answer into out. It returns
// the status and, for an error answer, the decoded API error.
func (e *Env) Do(t testing.TB, method, path, session string, body, out any) (int, *api.Error) {
	t.Helper()
	req := e.NewRequest(t, method, path, session, body)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()

	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 400 {
		apiErr := &api.Error{}
		if err := json.Unmarshal(data, apiErr); err != nil {
			t.Fatalf("%s %s: status %d with body %q", method, path, resp.StatusCode, data)
		}
		return resp.StatusCode, apiErr
	}
	if out != nil && len(data) > 0 {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("decode %s %s: %v", method, path, err)
		}
	}
	return resp.StatusCode, nil
}

// NewRequest builds a JSON request to the API at path (below /api/v1),
// signed in with session when it is set.
func (e *Env) NewRequest(t testing.TB, method, path, session string, body any) *http.Request {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatalf("encode body: %v", err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, e.URL+"/api/v1"+path, rd)
	if err != nil {
		t.Fatalf("new request: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if session != "" {
		req.Header.Set("Authorization", "Bearer "+session)
	}
	return req
}

var codePattern = regexp.MustCompile(`\b(\d{6})\b`)

// LastCode returns the code in the newest SMS to phone.
func (e *Env) LastCode(t testing.TB, phone string) string {
	t.Helper()
	msgs := e.Outbox.Messages()
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Channel == "sms" && msgs[i].To == phone {
			if m := codePattern.FindStringSubmatch(msgs[i].Body); m != nil {
				return m[1]
			}
		}
	}
	t.Fatalf("no sms code sent to %s", phone)
	return ""
}

// SignIn walks the whole sign-in with the code from the outbox and returns
// the session and device token.
func (e *Env) SignIn(t testing.TB, userName, password, phone string) (session, device string) {
	t.Helper()
	var resp api.SignInResponse
	if _, err := e.Do(t, "POST", "/session", "", api.SignInRequest{UserName: userName, Password: password}, &resp); err != nil {
		t.Fatalf("sign in %s: %v", userName, err)
	}
	if resp.Step == api.StepSMSCode {
		code := e.LastCode(t, phone)
		if _, err := e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: resp.Challenge, Code: code}, &resp); err != nil {
			t.Fatalf("verify code for %s: %v", userName, err)
		}
	}
	if resp.Step != api.StepDone {
		t.Fatalf("sign in %s stopped at step %s", userName, resp.Step)
	}
	return resp.Session, resp.DeviceToken
}
