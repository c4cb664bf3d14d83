package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/ecd"
	"kring/backend/server/servertest"
)

// ecdGet calls an ECD route with a key and returns status and body.
func ecdGet(t *testing.T, e *servertest.Env, path, key string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", e.URL+"/api/v1"+path, nil)
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

// TestECDAppointmentsExport makes portal appointments, one private and one
// deleted, and reads them back as the ECD does (ECD-2, AGENDA-4).
func TestECDAppointmentsExport(t *testing.T) {
	f := newAgendaFixture(t)
	e := f.e
	key, err := ecd.NewKey(context.Background(), e.DB, "Test-ECD", e.Clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	since := e.Clock.Now().Add(-time.Minute).Format(time.RFC3339)

	f.create(t, f.anna, api.AppointmentInput{Title: "Koffie met Anna", Description: "In de tuin",
		Start: "2026-12-10T14:00", End: "2026-12-10T15:00"})
	f.create(t, f.anna, api.AppointmentInput{Title: "Bezoek psycholoog", Description: "Rouwverwerking",
		Start: "2026-12-11T10:00", End: "2026-12-11T11:00", Private: true})
	gone := f.create(t, f.anna, api.AppointmentInput{Title: "Naar de markt",
		Start: "2026-12-12T10:00", End: "2026-12-12T11:00"})
	e.Clock.Advance(time.Minute)
	status, apiErr := e.Do(t, "DELETE", "/clients/"+f.client+"/appointments/"+gone.ID, f.anna.Session, nil, nil)
	mustOK(t, "delete", status, apiErr)

	status, body := ecdGet(t, e, "/ecd/appointments?since="+since, key)
	if status != 200 {
		t.Fatalf("status %d: %s", status, body)
	}
	text := string(body)
	for _, secret := range []string{"Bezoek psycholoog", "Rouwverwerking"} {
		if strings.Contains(text, secret) {
			t.Errorf("private appointment leaked %q", secret)
		}
	}

	// The export must read back through the importer's own FHIR decoding.
	entries, err := ecd.Decode(body, "export")
	if err != nil || len(entries) != 3 {
		t.Fatalf("decode export: %d entries, %v", len(entries), err)
	}
	got := map[string]ecd.Appointment{}
	for _, en := range entries {
		var a ecd.Appointment
		if en.Err != nil || en.Type != "Appointment" || json.Unmarshal(en.Raw, &a) != nil {
			t.Fatalf("entry %+v", en)
		}
		got[a.Description] = a
	}
	if a := got["Koffie met Anna"]; a.Status != "booked" || a.Comment != "In de tuin" ||
		a.Start != "2026-12-10T13:00:00Z" || len(a.Participant) != 1 {
		t.Errorf("public appointment %+v", a)
	}
	if a, ok := got["Privé cliëntafspraak"]; !ok || a.Comment != "" {
		t.Errorf("private appointment not masked: %+v", got)
	}
	if a := got["Naar de markt"]; a.Status != "cancelled" {
		t.Errorf("deleted appointment status %q", a.Status)
	}
}

// TestECDKeyRequired refuses no key, a wrong key, a revoked key and a
// user's session.
func TestECDKeyRequired(t *testing.T) {
	f := newAgendaFixture(t)
	e := f.e
	ctx := context.Background()
	key, _ := ecd.NewKey(ctx, e.DB, "Old-ECD", e.Clock.Now())
	path := "/ecd/appointments?since=2026-01-01T00:00:00Z"

	if status, _ := ecdGet(t, e, path, key); status != 200 {
		t.Fatalf("valid key: status %d", status)
	}
	if status, _ := ecdGet(t, e, "/ecd/appointments?since=gisteren", key); status != 422 {
		t.Errorf("bad since: status %d", status)
	}
	for name, k := range map[string]string{"none": "", "wrong": "kring-ecd-nope",
		"session": f.anna.Session} {
		if status, _ := ecdGet(t, e, path, k); status != 401 {
			t.Errorf("%s: status %d, want 401", name, status)
		}
	}
	if n, err := ecd.RevokeKey(ctx, e.DB, "Old-ECD", e.Clock.Now()); err != nil || n != 1 {
		t.Fatalf("revoke: %d %v", n, err)
	}
	if status, _ := ecdGet(t, e, path, key); status != 401 {
		t.Errorf("revoked key: status %d", status)
	}
}

// TestECDClosePortal closes a portal over the API: writes are refused
// with portal_closed, reads still work, and the sweep deletes it after the
// read-only period (ECD-5).
func TestECDClosePortal(t *testing.T) {
	f := newAgendaFixture(t)
	e := f.e
	ctx := context.Background()
	key, _ := ecd.NewKey(ctx, e.DB, "ECD", e.Clock.Now())
	if _, err := e.DB.Exec(ctx, `UPDATE clients SET fhir_id = 'pat-1' WHERE id = ?`, f.client); err != nil {
		t.Fatal(err)
	}

	var closed api.ClosePortalResponse
	req, _ := http.NewRequest("POST", e.URL+"/api/v1/ecd/patients/pat-1/close",
		strings.NewReader(`{"readOnlyDays": 30}`))
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = json.NewDecoder(resp.Body).Decode(&closed)
	resp.Body.Close()
	if resp.StatusCode != 200 || closed.ClientID != f.client {
		t.Fatalf("close: status %d, %+v", resp.StatusCode, closed)
	}

	status, apiErr := e.Do(t, "POST", "/clients/"+f.client+"/appointments", f.anna.Session,
		api.AppointmentInput{Title: "Nog een", Start: "2026-12-20T10:00", End: "2026-12-20T11:00"}, nil)
	if status != 403 || apiErr == nil || apiErr.Code != api.CodePortalClosed {
		t.Errorf("write to closed portal: %d %+v", status, apiErr)
	}
	f.list(t, f.anna, "from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z")

	e.Clock.Advance(29 * 24 * time.Hour)
	if n, err := ecd.Sweep(ctx, e.DB, e.Clock.Now()); err != nil || n != 0 {
		t.Fatalf("sweep before the end: %d %v", n, err)
	}
	e.Clock.Advance(25 * time.Hour)
	if n, err := ecd.Sweep(ctx, e.DB, e.Clock.Now()); err != nil || n != 1 {
		t.Fatalf("sweep after the end: %d %v", n, err)
	}
	var left int
	_ = e.DB.QueryRow(ctx, `SELECT COUNT(*) FROM contacts WHERE client_id = ?`, f.client).Scan(&left)
	if left != 0 {
		t.Errorf("%d contacts left after deletion", left)
	}
	list, err := ecd.DeletedPortals(ctx, e.DB)
	if err != nil || len(list) != 1 || list[0].FHIRID != "pat-1" || list[0].ClosedBy != "ecd:ECD" {
		t.Errorf("deleted portals record: %+v %v", list, err)
	}
}

// TestECDExportOfDemo reads the demo home's portal appointments as the
// ECD would: no message, board post or private title passes.
func TestECDExportOfDemo(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	ctx := context.Background()
	key, _ := ecd.NewKey(ctx, e.DB, "ECD", e.Clock.Now())

	status, body := ecdGet(t, e, "/ecd/appointments?since=2000-01-01T00:00:00Z", key)
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	var b api.FHIRBundle
	if err := json.Unmarshal(body, &b); err != nil || b.Total != 3 {
		t.Fatalf("bundle: %v, total %d", err, b.Total)
	}
	secret := []string{"Afspraak bij de notaris", "levenstestament"}
	rows, err := e.DB.Query(ctx, `SELECT text FROM messages UNION ALL SELECT text FROM posts`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		_ = rows.Scan(&s)
		secret = append(secret, s)
	}
	rows.Close()
	if len(secret) < 5 {
		t.Fatalf("the demo has too few messages and posts to prove anything: %d", len(secret))
	}
	for _, s := range secret {
		if strings.Contains(string(body), s) {
			t.Errorf("the ECD export holds %q", s)
		}
	}
}

// TestDeleteDemoPortal closes and sweeps Maria's full demo portal:
// messages, board, agenda and dossier go; Anna keeps Johanna's portal.
func TestDeleteDemoPortal(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	ctx := context.Background()
	session, _ := e.SignIn(t, "anna.devries", "Kring-demo-2026", "+31612345678")

	closed, err := ecd.ClosePortal(ctx, e.DB, "demo-maria", 0, "operator", e.Clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	var me api.Me
	e.Do(t, "GET", "/me", session, nil, &me)
	for _, c := range me.Clients {
		if c.ID == closed.ClientID && !c.ReadOnly {
			t.Errorf("closed portal not read-only: %+v", c)
		}
	}

	if n, err := ecd.Sweep(ctx, e.DB, e.Clock.Now()); err != nil || n != 1 {
		t.Fatalf("sweep: %d %v", n, err)
	}
	for _, table := range []string{"messages", "conversations", "posts", "appointments", "reports",
		"goals", "care_team", "documents", "contacts", "changes", "right_log"} {
		var n int
		_ = e.DB.QueryRow(ctx, `SELECT COUNT(*) FROM `+table+` WHERE client_id = ?`, closed.ClientID).Scan(&n)
		if n != 0 {
			t.Errorf("%d rows of the deleted portal left in %s", n, table)
		}
	}
	me = api.Me{}
	e.Do(t, "GET", "/me", session, nil, &me)
	if len(me.Clients) != 1 || me.Clients[0].Name != "Johanna van Putten-van der Giessen" {
		t.Errorf("Anna's portals after the deletion: %+v", me.Clients)
	}
}
