package app

import (
	"context"
	"testing"

	"kring/backend/server/servertest"
	"kring/backend/store"
)

// inviteAnna gives Anna a pending invitation to a new client's portal.
func inviteAnna(t *testing.T, e *servertest.Env) (clientID, invitationID string) {
	t.Helper()
	ctx := context.Background()
	now := store.Time(e.Clock.Now())
	clientID, contactID, invitationID := store.NewID(), store.NewID(), store.NewID()

	var annaID string
	if err := e.DB.QueryRow(ctx, `SELECT id FROM users WHERE user_name = ?`, annaUser).Scan(&annaID); err != nil {
		t.Fatalf("find anna: %v", err)
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO clients (id, name, created_at) VALUES (?, 'Gerrit de Vries', ?)`, []any{clientID, now}},
		{`INSERT INTO contacts (id, client_id, user_id, display_name, invitation, created_at)
			VALUES (?, ?, ?, 'Anna de Vries', 'pending', ?)`, []any{contactID, clientID, annaID, now}},
		{`INSERT INTO invitations (id, contact_id, client_id, user_id, invited_by, created_at)
			VALUES (?, ?, ?, ?, 'Ria Bos', ?)`, []any{invitationID, contactID, clientID, annaID, now}},
	} {
		if _, err := e.DB.Exec(ctx, q.sql, q.args...); err != nil {
			t.Fatalf("seed invitation: %v", err)
		}
	}
	return clientID, invitationID
}

func TestAcceptingAnInvitationOpensThePortal(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	clientID, invitationID := inviteAnna(t, e)
	a := newTestApp(t, e.URL, newFakeKeyring(), Config{DataDir: t.TempDir()})
	signIn(t, a, e)

	invs, err := a.Session.Invitations()
	if err != nil || len(invs) != 1 || invs[0].ClientName != "Gerrit de Vries" || invs[0].InvitedBy != "Ria Bos" {
		t.Fatalf("invitations: %+v, %v", invs, err)
	}
	if hasClient(t, a, clientID) {
		t.Fatalf("a pending invitation opened the portal before it was accepted")
	}

	if err := a.Session.AcceptInvitation(InvitationInput{ID: invitationID}); err != nil {
		t.Fatalf("accept: %v", err)
	}
	if !hasClient(t, a, clientID) {
		t.Fatalf("the accepted portal is not among the user's portals")
	}
	if invs, _ := a.Session.Invitations(); len(invs) != 0 {
		t.Fatalf("the accepted invitation is still pending: %+v", invs)
	}
}

func TestReportingAnUnknownInvitation(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	clientID, invitationID := inviteAnna(t, e)
	a := newTestApp(t, e.URL, newFakeKeyring(), Config{DataDir: t.TempDir()})
	signIn(t, a, e)

	if err := a.Session.ReportInvitation(InvitationInput{ID: invitationID}); err != nil {
		t.Fatalf("report: %v", err)
	}
	var n int
	err := e.DB.QueryRow(context.Background(), `SELECT COUNT(*) FROM helpdesk_reports
		WHERE invitation_id = ?`, invitationID).Scan(&n)
	if err != nil || n != 1 {
		t.Fatalf("helpdesk reports for the invitation: %d, %v", n, err)
	}
	if hasClient(t, a, clientID) {
		t.Fatalf("a reported invitation opened the portal")
	}
}

func hasClient(t *testing.T, a *App, clientID string) bool {
	t.Helper()
	cards, err := a.Portal.Clients()
	if err != nil {
		t.Fatalf("clients: %v", err)
	}
	for _, c := range cards {
		if c.ID == clientID {
			return true
		}
	}
	return false
}
