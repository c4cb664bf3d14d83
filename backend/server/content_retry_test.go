package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"

	"kring/backend/api"
)

// TestContentWritesRetryOnce sends each kind of content write twice with
// one Idempotency-Key, as the desktop outbox does after a lost answer, and
// checks that one record was made and both answers name it.
func TestContentWritesRetryOnce(t *testing.T) {
	f := newBoardFixture(t)
	for _, s := range []api.Section{api.SectionAppointments, api.SectionMessages} {
		exec(t, f.e, `INSERT INTO rights (contact_id, section, granted, changed_at)
			SELECT id, ?, TRUE, '2026-12-03T09:00:00.000Z' FROM contacts WHERE user_id = ? AND client_id = ?`,
			string(s), f.bert.UserID, f.client)
	}
	carl := newPerson(t, f.e, f.client, "Carla", false, api.SectionMessages)

	writes := []struct {
		name, path string
		body       any
		count      string
	}{
		{"appointment", "/appointments", api.AppointmentInput{Title: "Koffie", Start: "2026-12-10T10:00",
			End: "2026-12-10T11:00"}, `SELECT COUNT(*) FROM appointments WHERE client_id = ?`},
		{"conversation", "/conversations", api.NewConversation{Title: "Zondag", To: []string{carl.UserID},
			Text: "Kom je?"}, `SELECT COUNT(*) FROM messages WHERE client_id = ?`},
		{"post", "/posts", api.PostInput{Text: "Mooi weer"}, `SELECT COUNT(*) FROM posts WHERE client_id = ?`},
	}
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			first := postWithKey(t, f, w.path, w.body, "key-"+w.name)
			second := postWithKey(t, f, w.path, w.body, "key-"+w.name)
			if first == "" || first != second {
				t.Fatalf("answers name %q and %q", first, second)
			}
			var n int
			if err := f.e.DB.QueryRow(t.Context(), w.count, f.client).Scan(&n); err != nil || n != 1 {
				t.Fatalf("%d records after a retry, %v", n, err)
			}
		})
	}
}

// postWithKey posts as Bert with an Idempotency-Key and returns the id in
// the answer.
func postWithKey(t *testing.T, f boardFixture, path string, body any, key string) string {
	t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", f.e.URL+"/api/v1"+f.path(path), bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+f.bert.Session)
	req.Header.Set(api.IdempotencyHeader, key)
	status, data := doRaw(t, req)
	if status != http.StatusOK {
		t.Fatalf("post %s: %d %s", path, status, data)
	}
	var out struct{ ID string }
	json.Unmarshal(data, &out)
	return out.ID
}
