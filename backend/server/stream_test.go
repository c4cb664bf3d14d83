package server_test

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/server"
	"kring/backend/server/servertest"
	"kring/backend/store/storetest"
)

// openStream opens the live stream and returns its lines on a channel.
func openStream(t *testing.T, e *servertest.Env, session string) <-chan string {
	t.Helper()
	return openStreamAt(t, e.URL, session)
}

// openStreamAt opens the live stream of the server at url.
func openStreamAt(t *testing.T, url, session string) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", url+"/api/v1/stream", nil)
	req.Header.Set("Authorization", "Bearer "+session)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("open stream: %v", err)
	}
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream answered %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	lines := make(chan string, 100)
	go func() {
		defer resp.Body.Close()
		defer close(lines)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

// waitFor reads lines until one matches, or fails after the timeout.
func waitFor(t *testing.T, lines <-chan string, want string, timeout time.Duration) {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("stream closed before %q", want)
			}
			if l == want {
				return
			}
		case <-deadline:
			t.Fatalf("no %q within %s", want, timeout)
		}
	}
}

func TestLiveStreamSignalsChanges(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	other := newClient(t, e, "Johanna")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	kees := newPerson(t, e, other, "Kees", false, api.SectionAppointments)

	annaLines := openStream(t, e, anna.Session)
	keesLines := openStream(t, e, kees.Session)
	waitFor(t, annaLines, ": open", 2*time.Second)
	waitFor(t, keesLines, ": open", 2*time.Second)

	if _, err := e.Do(t, "POST", "/clients/"+maria+"/appointments", anna.Session, visit("Koffie"), nil); err != nil {
		t.Fatalf("create appointment: %v", err)
	}
	waitFor(t, annaLines, "event: changed", 5*time.Second)
	waitFor(t, annaLines, `data: {"clientId":"`+maria+`"}`, time.Second)
	waitFor(t, annaLines, ": heartbeat", 2*time.Second)

	// Kees's stream stays quiet about Maria: heartbeats only.
	deadline := time.After(1500 * time.Millisecond)
	for {
		select {
		case l := <-keesLines:
			if strings.HasPrefix(l, "event:") || strings.Contains(l, maria) {
				t.Fatalf("another client's contact got %q", l)
			}
		case <-deadline:
			return
		}
	}
}

func TestLiveStreamNeedsSession(t *testing.T) {
	e := servertest.New(t)
	status, apiErr := e.Do(t, "GET", "/stream", "", nil, nil)
	if status != 401 || apiErr == nil || apiErr.Code != api.CodeUnauthorized {
		t.Errorf("stream without session: %d %v", status, apiErr)
	}
}

// TestLiveStreamHearsOtherProcesses runs a second server process on the
// same database: a write through one reaches a stream on the other.
func TestLiveStreamHearsOtherProcesses(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := servertest.NewOn(t, d)
			maria := newClient(t, e, "Maria")
			anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)

			quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
			other := server.New(server.Options{DB: e.DB, Auth: e.Auth, Clock: e.Clock, Log: quiet,
				Portal: portal.New(e.DB, e.Clock, quiet), Heartbeat: servertest.Heartbeat})
			ts := httptest.NewServer(other.Handler())
			t.Cleanup(ts.Close)

			lines := openStreamAt(t, ts.URL, anna.Session)
			waitFor(t, lines, ": open", 2*time.Second)
			if _, err := e.Do(t, "POST", "/clients/"+maria+"/appointments", anna.Session, visit("Koffie"), nil); err != nil {
				t.Fatalf("create appointment: %v", err)
			}
			waitFor(t, lines, `data: {"clientId":"`+maria+`"}`, 5*time.Second)
		})
	}
}
