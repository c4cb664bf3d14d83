package server_test

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

func countAppointments(t *testing.T, e *servertest.Env, clientID string) int {
	t.Helper()
	var n int
	if err := e.DB.QueryRow(context.Background(), `SELECT COUNT(*) FROM appointments
		WHERE client_id = ?`, clientID).Scan(&n); err != nil {
		t.Fatalf("count appointments: %v", err)
	}
	return n
}

func TestIdempotencyKeyAnswersOnce(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	bob := newPerson(t, e, maria, "Bob", false, api.SectionAppointments)
	path := "/clients/" + maria + "/appointments"

	first := raw(t, e, "POST", path, anna.Session, visit("Koffie"), api.IdempotencyHeader, "k-1")
	again := raw(t, e, "POST", path, anna.Session, visit("Koffie"), api.IdempotencyHeader, "k-1")
	if first.status != 200 || again.status != first.status || !bytes.Equal(first.body, again.body) {
		t.Fatalf("retry answered %d %s, first %d %s", again.status, again.body, first.status, first.body)
	}
	if again.header.Get("Idempotent-Replayed") != "true" {
		t.Error("a replayed answer is not marked")
	}
	if n := countAppointments(t, e, maria); n != 1 {
		t.Fatalf("%d appointments after a retried create, want 1", n)
	}

	t.Run("different request, same key", func(t *testing.T) {
		a := raw(t, e, "POST", path, anna.Session, visit("Thee"), api.IdempotencyHeader, "k-1")
		if a.status != 422 || a.apiCode() != api.CodeIdempotencyKeyReused {
			t.Errorf("answer %d %s, want 422 %s", a.status, a.body, api.CodeIdempotencyKeyReused)
		}
	})
	t.Run("keys are per user", func(t *testing.T) {
		a := raw(t, e, "POST", path, bob.Session, visit("Koffie"), api.IdempotencyHeader, "k-1")
		if a.status != 200 || bytes.Equal(a.body, first.body) {
			t.Errorf("another user's key answered %d %s", a.status, a.body)
		}
	})
	t.Run("refusals are kept too", func(t *testing.T) {
		bad := api.AppointmentInput{Title: "", Start: "2026-12-04T10:00", End: "2026-12-04T11:00"}
		a1 := raw(t, e, "POST", path, anna.Session, bad, api.IdempotencyHeader, "k-bad")
		a2 := raw(t, e, "POST", path, anna.Session, bad, api.IdempotencyHeader, "k-bad")
		if a1.status < 400 || a1.status >= 500 || a2.status != a1.status || !bytes.Equal(a1.body, a2.body) {
			t.Errorf("refusal %d %s, retry %d %s", a1.status, a1.body, a2.status, a2.body)
		}
	})
}

func TestIdempotencyKeyUnderConcurrentDuplicates(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) { concurrentDuplicates(t, servertest.NewOn(t, d)) })
	}
}

func concurrentDuplicates(t *testing.T, e *servertest.Env) {
	maria := newClient(t, e, "Maria")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	path := "/clients/" + maria + "/appointments"

	const n = 12
	answers := make([]answer, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answers[i] = raw(t, e, "POST", path, anna.Session, visit("Bezoek"), api.IdempotencyHeader, "same")
		}()
	}
	wg.Wait()

	for i, a := range answers {
		if a.status != answers[0].status || !bytes.Equal(a.body, answers[0].body) {
			t.Errorf("answer %d: %d %s differs from %d %s", i, a.status, a.body, answers[0].status, answers[0].body)
		}
	}
	if got := countAppointments(t, e, maria); got != 1 {
		t.Errorf("%d appointments from %d duplicates, want 1", got, n)
	}
}

func TestIdempotencyKeysExpireAfter90Days(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	path := "/clients/" + maria + "/appointments"
	raw(t, e, "POST", path, anna.Session, visit("Koffie"), api.IdempotencyHeader, "old")

	keys := func() int {
		var n int
		if err := e.DB.QueryRow(context.Background(), `SELECT COUNT(*) FROM idempotency_keys`).Scan(&n); err != nil {
			t.Fatalf("count keys: %v", err)
		}
		return n
	}
	e.Clock.Advance(89 * 24 * time.Hour)
	if n, err := e.Server.PurgeIdempotencyKeys(context.Background()); err != nil || n != 0 || keys() != 1 {
		t.Fatalf("at 89 days purged %d (%v), want the key kept", n, err)
	}

	e.Clock.Advance(2 * 24 * time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go e.Server.RunJanitor(ctx, 10*time.Millisecond)
	deadline := time.Now().Add(5 * time.Second)
	for keys() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("the janitor did not drop a key of 91 days")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestIdempotencyKeyHeldByAnotherProcess plays a second server process
// that reserved the key and has not answered yet.
func TestIdempotencyKeyHeldByAnotherProcess(t *testing.T) {
	e := servertest.New(t)
	maria := newClient(t, e, "Maria")
	anna := newPerson(t, e, maria, "Anna", false, api.SectionAppointments)
	path := "/clients/" + maria + "/appointments"

	// The same request the other process is answering: reserve with its
	// fingerprint by letting one answer through, then mark it pending.
	raw(t, e, "POST", path, anna.Session, visit("Koffie"), api.IdempotencyHeader, "held")
	exec(t, e, `UPDATE idempotency_keys SET status = 0, created_at = ? WHERE key = 'held'`,
		store.Time(e.Clock.Now()))

	a := raw(t, e, "POST", path, anna.Session, visit("Koffie"), api.IdempotencyHeader, "held")
	if a.status != 409 || a.apiCode() != api.CodeConflict {
		t.Fatalf("while another process holds the key: %d %s, want 409 conflict", a.status, a.body)
	}

	e.Clock.Advance(2 * time.Minute)
	a = raw(t, e, "POST", path, anna.Session, visit("Koffie"), api.IdempotencyHeader, "held")
	if a.status != 200 {
		t.Errorf("an abandoned reservation was not taken over: %d %s", a.status, a.body)
	}
}
