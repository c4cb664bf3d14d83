package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/clock"
	"kring/backend/notify"
	"kring/backend/portal"
	"kring/backend/server"
	"kring/backend/store"
)

// env is one server over loopback with a generated five-year dossier,
// built once per test binary: generating it takes seconds.
type env struct {
	url     string
	viewer  Viewer
	session string
	client  *http.Client
}

var (
	shared     *env
	sharedErr  error
	sharedOnce sync.Once
	sharedDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedDir != "" {
		os.RemoveAll(sharedDir)
	}
	os.Exit(code)
}

// setup returns the shared environment.
func setup(b *testing.B) *env {
	b.Helper()
	sharedOnce.Do(func() { shared, sharedErr = build() })
	if sharedErr != nil {
		b.Fatalf("set up benchmark server: %v", sharedErr)
	}
	return shared
}

func build() (*env, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "kring-bench-")
	if err != nil {
		return nil, err
	}
	sharedDir = dir
	db, err := store.Open(ctx, filepath.Join(dir, "kring.db"))
	if err != nil {
		return nil, err
	}
	now := time.Now()
	v, err := Generate(ctx, db, FiveYears, now, 1)
	if err != nil {
		return nil, err
	}

	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	outbox := notify.NewOutbox(quiet)
	clk := clock.System{}
	srv := server.New(server.Options{DB: db, Auth: auth.New(db, clk, outbox, auth.Defaults(), quiet),
		Portal: portal.New(db, clk, quiet), Log: quiet, Clock: clk})
	ts := httptest.NewServer(srv.Handler())

	e := &env{url: ts.URL + "/api/v1", viewer: v, client: &http.Client{Transport: &http.Transport{
		DisableCompression: true, MaxIdleConnsPerHost: 64}}}
	e.session, err = e.signIn(outbox)
	return e, err
}

var smsCode = regexp.MustCompile(`\b(\d{6})\b`)

// signIn walks the sign-in with the code from the dev outbox.
func (e *env) signIn(outbox *notify.Outbox) (string, error) {
	var resp api.SignInResponse
	if err := e.post("/session", api.SignInRequest{UserName: e.viewer.UserName, Password: e.viewer.Password}, &resp); err != nil {
		return "", err
	}
	if resp.Step == api.StepSMSCode {
		msgs := outbox.Messages()
		code := smsCode.FindString(msgs[len(msgs)-1].Body)
		if err := e.post("/session/code", api.CodeRequest{Challenge: resp.Challenge, Code: code}, &resp); err != nil {
			return "", err
		}
	}
	if resp.Step != api.StepDone {
		return "", fmt.Errorf("sign-in stopped at %s", resp.Step)
	}
	return resp.Session, nil
}

func (e *env) post(path string, in, out any) error {
	body, _ := json.Marshal(in)
	resp, err := e.client.Post(e.url+path, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("POST %s: %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// get fetches path with the session, gzip accepted, and returns the body
// as it came over the wire and its encoding.
func (e *env) get(path string) ([]byte, string, error) {
	body, resp, err := e.getResp(path)
	if err != nil {
		return nil, "", err
	}
	return body, resp.Header.Get("Content-Encoding"), nil
}

// headerBytes is the size of an answer's status line and headers.
func headerBytes(resp *http.Response) int {
	n := len("HTTP/1.1 200 OK\r\n\r\n")
	for k, vs := range resp.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

// discard fetches path with the session as a lean load generator does:
// on a kept connection, the answer's body read and thrown away.
func (e *env) discard(path string) error {
	req, _ := http.NewRequest("GET", e.url+path, nil)
	req.Header.Set("Authorization", "Bearer "+e.session)
	resp, err := e.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != 200 {
		return fmt.Errorf("GET %s: %d", path, resp.StatusCode)
	}
	return nil
}

func (e *env) getResp(path string) ([]byte, *http.Response, error) {
	req, _ := http.NewRequest("GET", e.url+path, nil)
	req.Header.Set("Authorization", "Bearer "+e.session)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := e.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, nil, err
	}
	if resp.StatusCode != 200 {
		return nil, nil, fmt.Errorf("GET %s: %d %s", path, resp.StatusCode, data)
	}
	return data, resp, nil
}
