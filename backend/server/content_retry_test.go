package server_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
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

// TestPhotoPostRetryOnce sends the same multipart post with a photo twice
// under one key, as the outbox does with its fixed boundary, and finds one
// post and one photo.
func TestPhotoPostRetryOnce(t *testing.T) {
	f := newBoardFixture(t)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.SetBoundary("kring-outbox-boundary-1")
	mw.WriteField("text", "Zonnig")
	fw, _ := mw.CreateFormFile("photo", "foto.jpg")
	fw.Write(testJPEG(t, 64, 48, 0))
	mw.Close()

	var ids []string
	for range 2 {
		req, _ := http.NewRequest("POST", f.e.URL+"/api/v1"+f.path("/posts"), bytes.NewReader(buf.Bytes()))
		req.Header.Set("Content-Type", mw.FormDataContentType())
		req.Header.Set("Authorization", "Bearer "+f.bert.Session)
		req.Header.Set(api.IdempotencyHeader, "photo-post-1")
		status, data := doRaw(t, req)
		var p api.Post
		if status != http.StatusOK || json.Unmarshal(data, &p) != nil || p.Photo == nil {
			t.Fatalf("photo post: %d %.200s", status, data)
		}
		ids = append(ids, p.ID)
	}
	var posts, photos int
	f.e.DB.QueryRow(t.Context(), `SELECT COUNT(*) FROM posts`).Scan(&posts)
	f.e.DB.QueryRow(t.Context(), `SELECT COUNT(*) FROM photos`).Scan(&photos)
	if ids[0] != ids[1] || posts != 1 || photos != 1 {
		t.Fatalf("retry made %d posts and %d photos (ids %v)", posts, photos, ids)
	}
}
