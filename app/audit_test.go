package app

import (
	"context"
	"testing"

	"kring/backend/server/servertest"
)

func TestAdministratorReadsTheAuditLog(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	a := newTestApp(t, e.URL, newFakeKeyring(), Config{DataDir: t.TempDir()})
	signIn(t, a, e)
	maria := clientNamed(t, a, "Maria de Vries")

	if _, err := a.Users.SetRight(RightInput{ClientID: maria, ContactID: kees(t, a, maria),
		Section: "messages", Granted: false}); err != nil {
		t.Fatalf("set right: %v", err)
	}
	if err := e.Portal.FlushAudit(context.Background()); err != nil {
		t.Fatalf("flush audit: %v", err)
	}

	log, err := a.Users.Audit(ClientInput{ClientID: maria})
	if err != nil {
		t.Fatalf("audit: %v", err)
	}
	if len(log.Entries) == 0 {
		t.Fatalf("the rights change left no audit entry")
	}
	if e := log.Entries[0]; e.At == "" || e.UserName == "" || e.Action == "" {
		t.Fatalf("newest entry lacks who, what or when: %+v", e)
	}
}

func clientNamed(t *testing.T, a *App, name string) string {
	t.Helper()
	cards, err := a.Portal.Clients()
	if err != nil {
		t.Fatalf("clients: %v", err)
	}
	for _, c := range cards {
		if c.Name == name {
			return c.ID
		}
	}
	t.Fatalf("no portal of %s", name)
	return ""
}

func kees(t *testing.T, a *App, clientID string) string {
	t.Helper()
	contacts, err := a.Users.Contacts(ClientInput{ClientID: clientID})
	if err != nil {
		t.Fatalf("contacts: %v", err)
	}
	for _, c := range contacts {
		if c.GivenName == "Kees" {
			return c.ID
		}
	}
	t.Fatalf("no contact Kees")
	return ""
}
