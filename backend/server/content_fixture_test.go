package server_test

import (
	"context"
	"fmt"
	"testing"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/server/servertest"
	"kring/backend/store"
)

// testPassword is the password of every fixture person.
const testPassword = "Lange-test-zin-2026"

// person is a signed-in fixture user.
type person struct {
	UserID  string
	Session string
	Name    string
}

// newClient adds a client portal and returns its id.
func newClient(t *testing.T, e *servertest.Env, name string) string {
	t.Helper()
	id := store.NewID()
	now := store.Time(e.Clock.Now())
	exec(t, e, `INSERT INTO clients (id, name, birth_date, address, phone, email, created_at)
		VALUES (?, ?, '1938-04-12', 'Lindelaan 14, Utrecht', '030-1234567', 'post@example.nl', ?)`,
		id, name, now)
	exec(t, e, `INSERT INTO client_seq (client_id, seq) VALUES (?, 0)`, id)
	return id
}

var phoneCounter int

// newPerson adds a user who is an accepted contact of clientID with the
// given rights, and signs them in.
func newPerson(t *testing.T, e *servertest.Env, clientID, name string, admin bool, rights ...api.Section) person {
	t.Helper()
	phoneCounter++
	phone := fmt.Sprintf("+316%08d", 10000000+phoneCounter)
	userName := fmt.Sprintf("user%d", phoneCounter)
	id := store.NewID()
	now := store.Time(e.Clock.Now())
	exec(t, e, `INSERT INTO users (id, user_name, user_name_key, display_name, email, phone,
		password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, userName,
		auth.UserNameKey(userName), name, userName+"@example.nl", phone,
		auth.HashPassword(testPassword), now)
	if clientID != "" {
		addContact(t, e, clientID, id, name, admin, rights...)
	}
	session, _ := e.SignIn(t, userName, testPassword, phone)
	return person{UserID: id, Session: session, Name: name}
}

// addContact makes a user an accepted contact of a client.
func addContact(t *testing.T, e *servertest.Env, clientID, userID, name string, admin bool, rights ...api.Section) {
	t.Helper()
	contact := store.NewID()
	now := store.Time(e.Clock.Now())
	exec(t, e, `INSERT INTO contacts (id, client_id, user_id, display_name, admin, invitation,
		created_at) VALUES (?, ?, ?, ?, ?, 'accepted', ?)`, contact, clientID, userID, name, admin, now)
	for _, s := range rights {
		exec(t, e, `INSERT INTO rights (contact_id, section, granted, changed_at)
			VALUES (?, ?, TRUE, ?)`, contact, string(s), now)
	}
}

func exec(t *testing.T, e *servertest.Env, query string, args ...any) {
	t.Helper()
	if _, err := e.DB.Exec(context.Background(), query, args...); err != nil {
		t.Fatalf("fixture: %v", err)
	}
}

// wantCode fails unless a request answered the status and code.
func wantCode(t *testing.T, what string, status int, apiErr *api.Error, wantStatus int, want api.Code) {
	t.Helper()
	if apiErr == nil || status != wantStatus || apiErr.Code != want {
		t.Fatalf("%s: want %d %s, got %d %+v", what, wantStatus, want, status, apiErr)
	}
}

// mustOK fails when a request answered an error.
func mustOK(t *testing.T, what string, status int, apiErr *api.Error) {
	t.Helper()
	if apiErr != nil || status >= 300 {
		t.Fatalf("%s: status %d, %+v", what, status, apiErr)
	}
}

// mustDo sends a request that must succeed.
func mustDo(t *testing.T, e *servertest.Env, what, method, path, session string, body, out any) {
	t.Helper()
	status, apiErr := e.Do(t, method, path, session, body, out)
	mustOK(t, what, status, apiErr)
}
