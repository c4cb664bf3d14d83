package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// boardFixture is a client whose administrator and two contacts have the
// details right, one contact lacks it, and another client.
type boardFixture struct {
	e                          *servertest.Env
	client, other              string
	admin, bert, carl, noRight person
	stranger                   person
}

func newBoardFixture(t *testing.T) boardFixture {
	e := servertest.New(t)
	f := boardFixture{e: e, client: newClient(t, e, "Maria de Vries"), other: newClient(t, e, "Jo")}
	f.admin = newPerson(t, e, f.client, "Anna", true, api.SectionDetails, api.SectionSettings)
	f.bert = newPerson(t, e, f.client, "Bert", false, api.SectionDetails)
	f.carl = newPerson(t, e, f.client, "Carl", false, api.SectionDetails)
	f.noRight = newPerson(t, e, f.client, "Nina", false, api.SectionMessages)
	f.stranger = newPerson(t, e, f.other, "Sam", true, api.Sections...)
	return f
}

func (f boardFixture) path(rest string) string { return "/clients/" + f.client + rest }

// postForm posts a multipart form and decodes the post or the error.
func (f boardFixture) postForm(t *testing.T, who person, fields map[string]string, photo []byte) (int, api.Post, api.Error) {
	t.Helper()
	status, body := sendForm(t, f.e, "POST", f.path("/posts"), who.Session, fields, photo)
	var p api.Post
	var apiErr api.Error
	if status == http.StatusOK {
		json.Unmarshal(body, &p)
	} else {
		json.Unmarshal(body, &apiErr)
	}
	return status, p, apiErr
}

// TestBoardPhotos posts photos and checks orientation, scaling, the
// thumbnail, and each refusal with its code.
func TestBoardPhotos(t *testing.T) {
	f := newBoardFixture(t)

	status, p, apiErr := f.postForm(t, f.bert, map[string]string{"text": "Op de fiets"}, testJPEG(t, 40, 20, 6))
	if status != 200 || p.Photo == nil || p.Photo.Width != 20 || p.Photo.Height != 40 {
		t.Fatalf("a photo turned by EXIF must be stored upright (20×40): %d %+v %+v", status, p, apiErr)
	}

	status, p, apiErr = f.postForm(t, f.bert, map[string]string{"text": "Panorama"}, testJPEG(t, 3000, 1000, 0))
	if status != 200 || p.Photo.Width != 2560 || p.Photo.Height != 853 {
		t.Fatalf("large photo: %d %+v %+v", status, p.Photo, apiErr)
	}
	code, ctype, data := getRaw(t, f.e, f.path("/photos/"+p.Photo.ID+"/thumbnail"), f.carl.Session)
	if w, h := imageSize(t, data); code != 200 || ctype != "image/jpeg" || w != 480 || (h != 159 && h != 160) {
		t.Fatalf("thumbnail: %d %s %d×%d", code, ctype, w, h)
	}
	if w, _ := imageSize(t, p.Photo.Thumbnail); w != 480 {
		t.Fatalf("one post carries its thumbnail inline, width %d", w)
	}
	var list api.PostList
	mustDo(t, f.e, "list", "GET", f.path("/posts"), f.carl.Session, nil, &list)
	if list.Posts[0].Photo == nil || list.Posts[0].Photo.Thumbnail != nil {
		t.Fatalf("the board list names photos without their bytes: %+v", list.Posts[0].Photo)
	}
	code, _, data = getRaw(t, f.e, f.path("/photos/"+p.Photo.ID), f.carl.Session)
	if w, _ := imageSize(t, data); code != 200 || w != 2560 {
		t.Fatalf("full photo: %d, width %d", code, w)
	}

	cases := []struct {
		name   string
		text   string
		photo  []byte
		status int
		code   api.Code
	}{
		{"photo without text", " ", testJPEG(t, 10, 10, 0), 422, api.CodePhotoNeedsText},
		{"heic", "iPhone", heicHeader, 422, api.CodeImageUnsupported},
		{"gif", "gif", []byte("GIF89a\x01\x00\x01\x00"), 422, api.CodeImageUnsupported},
		{"60000×60000 header", "groot", hugePNGHeader(60000, 60000), 413, api.CodeImageTooLarge},
		{"over 15 MiB", "zwaar", append(testJPEG(t, 10, 10, 0), make([]byte, 15<<20)...), 413, api.CodePayloadTooLarge},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, _, apiErr := f.postForm(t, f.bert, map[string]string{"text": c.text}, c.photo)
			if status != c.status || apiErr.Code != c.code {
				t.Fatalf("want %d %s, got %d %+v", c.status, c.code, status, apiErr)
			}
		})
	}

	big := bytes.Repeat([]byte{0}, 17<<20)
	status, body := sendForm(t, f.e, "POST", f.path("/posts"), f.bert.Session, map[string]string{"text": "x"}, big)
	if status != http.StatusRequestEntityTooLarge {
		t.Fatalf("a body over the upload limit: %d %s", status, body)
	}
	status, apiErr2 := f.e.Do(t, "POST", f.path("/appointments"), f.bert.Session,
		map[string]string{"title": string(make([]byte, 2<<20))}, nil)
	wantCode(t, "JSON routes keep the 1 MiB limit", status, apiErr2, 413, api.CodePayloadTooLarge)
}

// TestBoardPostsAndRemoval posts, replies, and deletes as author and as
// administrator.
func TestBoardPostsAndRemoval(t *testing.T) {
	f := newBoardFixture(t)
	var post, reply, other api.Post
	mustDo(t, f.e, "post", "POST", f.path("/posts"), f.bert.Session, api.PostInput{Text: "Wie komt zondag?"}, &post)
	f.e.Clock.Advance(time.Minute)
	mustDo(t, f.e, "reply", "POST", f.path("/posts"), f.carl.Session,
		api.PostInput{Text: "Ik kom", ParentID: post.ID}, &reply)
	f.e.Clock.Advance(time.Minute)
	_, photoPost, _ := f.postForm(t, f.carl, map[string]string{"text": "Tuin"}, testJPEG(t, 30, 30, 0))
	f.e.Clock.Advance(time.Minute)
	mustDo(t, f.e, "other", "POST", f.path("/posts"), f.carl.Session, api.PostInput{Text: "Bloemen"}, &other)

	var list api.PostList
	mustDo(t, f.e, "list", "GET", f.path("/posts"), f.admin.Session, nil, &list)
	if len(list.Posts) != 3 || list.Posts[2].ID != post.ID || len(list.Posts[2].Replies) != 1 ||
		list.Posts[2].Replies[0].AuthorName != "Carl" {
		t.Fatalf("board: %+v", list.Posts)
	}

	status, apiErr := f.e.Do(t, "DELETE", f.path("/posts/"+post.ID), f.carl.Session, nil, nil)
	wantCode(t, "delete another's post", status, apiErr, 403, api.CodeNotAuthor)
	status, apiErr = f.e.Do(t, "POST", f.path("/posts"), f.carl.Session, api.PostInput{Text: "x", ParentID: reply.ID}, nil)
	wantCode(t, "reply to a reply", status, apiErr, 422, api.CodeValidation)
	status, apiErr = f.e.Do(t, "POST", f.path("/posts"), f.carl.Session, api.PostInput{Text: " "}, nil)
	wantCode(t, "empty post", status, apiErr, 422, api.CodeTextRequired)

	mustDo(t, f.e, "author deletes", "DELETE", f.path("/posts/"+other.ID), f.carl.Session, nil, nil)
	mustDo(t, f.e, "admin removes", "DELETE", f.path("/posts/"+post.ID), f.admin.Session, nil, nil)
	mustDo(t, f.e, "admin removes photo post", "DELETE", f.path("/posts/"+photoPost.ID), f.admin.Session, nil, nil)
	for _, id := range []string{post.ID, reply.ID, other.ID} {
		status, apiErr = f.e.Do(t, "GET", f.path("/posts/"+id), f.bert.Session, nil, nil)
		wantCode(t, "deleted "+id, status, apiErr, 404, api.CodeNotFound)
	}
	if code, _, _ := getRaw(t, f.e, f.path("/photos/"+photoPost.Photo.ID), f.bert.Session); code != 404 {
		t.Fatalf("photo of a removed post still served: %d", code)
	}
	mustDo(t, f.e, "list", "GET", f.path("/posts"), f.bert.Session, nil, &list)
	if len(list.Posts) != 0 {
		t.Fatalf("board after removals: %+v", list.Posts)
	}
}

// TestDetailsAndCareTeam reads the client's details and care team, and
// checks the details right and other clients' ids.
func TestDetailsAndCareTeam(t *testing.T) {
	f := newBoardFixture(t)
	exec(t, f.e, `INSERT INTO care_team (id, client_id, name, role, phone, updated_at)
		VALUES ('ct-1', ?, 'Zr. Bos', 'EVV''er', '030-7654321', '2026-12-01T00:00:00.000Z')`, f.client)
	exec(t, f.e, `INSERT INTO care_team (id, client_id, name, updated_at)
		VALUES ('ct-2', ?, 'Dr. Elders', '2026-12-01T00:00:00.000Z')`, f.other)

	var d api.ClientDetails
	mustDo(t, f.e, "details", "GET", f.path("/details"), f.bert.Session, nil, &d)
	if d.Name != "Maria de Vries" || d.BirthDate != "1938-04-12" || d.Phone != "030-1234567" {
		t.Fatalf("details: %+v", d)
	}
	var team api.CareTeam
	mustDo(t, f.e, "care team", "GET", f.path("/careteam"), f.bert.Session, nil, &team)
	if len(team.Members) != 1 || team.Members[0].Role != "EVV'er" {
		t.Fatalf("care team: %+v", team)
	}

	for _, c := range []struct {
		name, path string
		who        person
		status     int
	}{
		{"no right", f.path("/details"), f.noRight, 403},
		{"no right, board", f.path("/posts"), f.noRight, 403},
		{"stranger", f.path("/careteam"), f.stranger, 404},
		{"other client's member", f.path("/careteam/ct-2"), f.bert, 404},
	} {
		status, apiErr := f.e.Do(t, "GET", c.path, c.who.Session, nil, nil)
		if apiErr == nil || status != c.status {
			t.Errorf("%s: %d %+v", c.name, status, apiErr)
		}
	}
}

// TestProfilePhoto sets and reads one's own photo; it needs the settings
// right and follows the same image rules.
func TestProfilePhoto(t *testing.T) {
	f := newBoardFixture(t)
	status, body := sendForm(t, f.e, "PUT", "/me/photo", f.admin.Session, nil, testJPEG(t, 1200, 800, 8))
	if status != http.StatusNoContent {
		t.Fatalf("put photo: %d %s", status, body)
	}
	code, ctype, data := getRaw(t, f.e, "/me/photo", f.admin.Session)
	if w, h := imageSize(t, data); code != 200 || ctype != "image/jpeg" || w != 341 || h != 512 {
		t.Fatalf("profile photo: %d %s %d×%d, want 341×512 upright", code, ctype, w, h)
	}
	var me api.Me
	mustDo(t, f.e, "me", "GET", "/me", f.admin.Session, nil, &me)
	if !me.User.HasPhoto {
		t.Fatal("me must say the user has a photo")
	}

	status, body = sendForm(t, f.e, "PUT", "/me/photo", f.admin.Session, nil, heicHeader)
	if status != 422 || !bytes.Contains(body, []byte(api.CodeImageUnsupported)) {
		t.Fatalf("heic profile photo: %d %s", status, body)
	}
	status, body = sendForm(t, f.e, "PUT", "/me/photo", f.bert.Session, nil, testJPEG(t, 10, 10, 0))
	if status != 403 {
		t.Fatalf("without the settings right: %d %s", status, body)
	}
	if code, _, _ := getRaw(t, f.e, "/me/photo", f.bert.Session); code != 404 {
		t.Fatalf("no photo yet: %d", code)
	}
}
