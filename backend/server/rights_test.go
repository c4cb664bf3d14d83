package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store"
)

// sectionByPath names the right a route needs when it does not declare
// one, from the first path segment after the client.
var sectionByPath = map[string]api.Section{
	"appointments":  api.SectionAppointments,
	"reports":       api.SectionDossier,
	"careplan":      api.SectionDossier,
	"documents":     api.SectionDossier,
	"messages":      api.SectionMessages,
	"conversations": api.SectionMessages,
	"posts":         api.SectionDetails,
	"photos":        api.SectionDetails,
	"details":       api.SectionDetails,
	"careteam":      api.SectionDetails,
}

// routeSection is the section a route needs, or "" when it needs none or
// another check (administrator routes, the sync feed).
func routeSection(rt api.Route) api.Section {
	if rt.Section != "" {
		return rt.Section
	}
	rest := strings.TrimPrefix(rt.Path, "/clients/{client}/")
	first, _, _ := strings.Cut(rest, "/")
	return sectionByPath[first]
}

// rightsWorld is a portal with people in every position towards it.
type rightsWorld struct {
	e        *servertest.Env
	a, b     string // two clients
	full     person // administrator of a with every right
	without  map[api.Section]person
	stranger person // administrator of b with every right
}

func newRightsWorld(t *testing.T) *rightsWorld {
	w := &rightsWorld{e: servertest.New(t), without: map[api.Section]person{}}
	w.a = newClient(t, w.e, "Maria")
	w.b = newClient(t, w.e, "Johanna")
	exec(t, w.e, `UPDATE clients SET photo = ? WHERE id = ?`, tinyJPEG(t), w.a)
	w.full = newPerson(t, w.e, w.a, "Anna", true, api.Sections...)
	w.stranger = newPerson(t, w.e, w.b, "Kees", true, api.Sections...)
	for _, s := range api.Sections {
		var rights []api.Section
		for _, o := range api.Sections {
			if o != s {
				rights = append(rights, o)
			}
		}
		w.without[s] = newPerson(t, w.e, w.a, "Zonder "+string(s), false, rights...)
	}
	return w
}

// restore undoes what a route did to the administrator of a.
func (w *rightsWorld) restore(t *testing.T) {
	exec(t, w.e, `UPDATE contacts SET admin = TRUE, removed_at = NULL WHERE user_id = ? AND client_id = ?`,
		w.full.UserID, w.a)
	exec(t, w.e, `UPDATE rights SET granted = TRUE WHERE contact_id =
		(SELECT id FROM contacts WHERE user_id = ? AND client_id = ?)`, w.full.UserID, w.a)
}

// records makes one record of each kind in a client, made by author, and
// returns their ids by path parameter context.
func (w *rightsWorld) records(t *testing.T, clientID, author string) map[string]string {
	now := store.Time(w.e.Clock.Now())
	start := w.e.Clock.Now().Add(24 * time.Hour)
	ids := map[string]string{}
	for _, k := range []string{"appointments", "reports", "goals", "documents", "conversations",
		"messages", "contacts", "posts", "photos", "careteam"} {
		ids[k] = store.NewID()
	}
	exec(t, w.e, `INSERT INTO appointments (id, client_id, source, author_id, title, start_at, end_at,
		local_start, local_end, created_at, updated_at) VALUES (?, ?, 'portal', ?, 'Koffie', ?, ?,
		'2026-12-04T10:00', '2026-12-04T11:00', ?, ?)`, ids["appointments"], clientID, author,
		store.Time(start), store.Time(start.Add(time.Hour)), now, now)
	exec(t, w.e, `INSERT INTO reports (id, client_id, written_at, text, updated_at)
		VALUES (?, ?, ?, 'Goed geslapen.', ?)`, ids["reports"], clientID, now, now)
	exec(t, w.e, `INSERT INTO goals (id, client_id, title, updated_at) VALUES (?, ?, 'Mobiliteit', ?)`,
		ids["goals"], clientID, now)
	exec(t, w.e, `INSERT INTO documents (id, client_id, title, written_at, updated_at)
		VALUES (?, ?, 'Afsprakenblad', ?, ?)`, ids["documents"], clientID, now, now)
	exec(t, w.e, `INSERT INTO conversations (id, client_id, title, author_id, created_at, updated_at)
		VALUES (?, ?, 'Bezoek', ?, ?, ?)`, ids["conversations"], clientID, author, now, now)
	exec(t, w.e, `INSERT INTO conversation_members (conversation_id, user_id) VALUES (?, ?)`,
		ids["conversations"], author)
	exec(t, w.e, `INSERT INTO messages (id, conversation_id, client_id, author_id, text, created_at)
		VALUES (?, ?, ?, ?, 'Tot zondag', ?)`, ids["messages"], ids["conversations"], clientID, author, now)
	exec(t, w.e, `INSERT INTO contacts (id, client_id, display_name, created_at) VALUES (?, ?, 'Jan', ?)`,
		ids["contacts"], clientID, now)
	exec(t, w.e, `INSERT INTO photos (id, client_id, width, height, image, thumbnail, created_at)
		VALUES (?, ?, 1, 1, ?, ?, ?)`, ids["photos"], clientID, tinyJPEG(t), tinyJPEG(t), now)
	exec(t, w.e, `INSERT INTO posts (id, client_id, author_id, text, photo_id, created_at)
		VALUES (?, ?, ?, 'Mooie dag', ?, ?)`, ids["posts"], clientID, author, ids["photos"], now)
	exec(t, w.e, `INSERT INTO care_team (id, client_id, name, updated_at) VALUES (?, ?, 'Zr. Bos', ?)`,
		ids["careteam"], clientID, now)
	return ids
}

// path fills a route's path parameters: each {name} takes the id of the
// record kind named by the segment before it.
func fillPath(rt api.Route, clientID string, ids map[string]string) string {
	parts := strings.Split(rt.Path, "/")
	for i, p := range parts {
		if !strings.HasPrefix(p, "{") {
			continue
		}
		switch name := strings.Trim(p, "{}"); {
		case name == "client":
			parts[i] = clientID
		case name == "section":
			parts[i] = string(api.SectionDossier)
		case name == "message":
			parts[i] = ids["messages"]
		default:
			kind := parts[i-1]
			if kind == "goals" || ids[kind] != "" {
				parts[i] = ids[kind]
			} else {
				parts[i] = ids[name+"s"]
			}
		}
	}
	return strings.Join(parts, "/")
}

// query fills the query parameters a test can know.
func fillQuery(rt api.Route) string {
	values := map[string]string{"from": "2026-12-01T00:00:00Z", "to": "2026-12-08T00:00:00Z", "since": "0"}
	var q []string
	for name := range rt.Query {
		if v, ok := values[name]; ok {
			q = append(q, name+"="+v)
		}
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + strings.Join(q, "&")
}

// body is the zero value of a route's request type, or nothing.
func body(rt api.Route) any {
	if rt.Request == nil {
		return nil
	}
	return rt.Request
}

// TestRightsOnEveryClientRoute walks every route with a {client}
// parameter, so a route added later is covered without a new test.
func TestRightsOnEveryClientRoute(t *testing.T) {
	w := newRightsWorld(t)
	for _, rt := range api.Routes {
		if !strings.Contains(rt.Path, "{client}") || rt.RawResponse == "text/event-stream" {
			continue
		}
		t.Run(rt.ID, func(t *testing.T) {
			defer w.restore(t)
			mine := w.records(t, w.a, w.full.UserID)
			theirs := w.records(t, w.b, w.stranger.UserID)
			path := fillPath(rt, w.a, mine) + fillQuery(rt)
			read := rt.Method == http.MethodGet

			// A write's empty body may be refused as invalid before its
			// rights are checked; a 422 for an empty body tells nothing.
			invalid := []int{}
			if !read {
				invalid = append(invalid, 422)
			}
			refused(t, w.e, rt, path, "", "signed out", 401)
			refused(t, w.e, rt, path, w.stranger.Session, "contact of another client", append(invalid, 404)...)
			if strings.Count(rt.Path, "{") > 1 {
				foreign := fillPath(rt, w.a, theirs) + fillQuery(rt)
				refused(t, w.e, rt, foreign, w.full.Session, "another client's ids", append(invalid, 404)...)
			}
			if s := routeSection(rt); s != "" {
				refused(t, w.e, rt, path, w.without[s].Session, "without the "+string(s)+" right",
					append(invalid, 403, 404)...)
			}
			allowed(t, w.e, rt, path, w.full.Session, read)
		})
	}
}

// refused checks that a request is turned away with one of the statuses
// and carries an error, never data.
func refused(t *testing.T, e *servertest.Env, rt api.Route, path, session, who string, statuses ...int) {
	t.Helper()
	a := raw(t, e, rt.Method, path, session, body(rt))
	var apiErr api.Error
	if err := json.Unmarshal(a.body, &apiErr); err != nil || apiErr.Code == "" {
		t.Errorf("%s: answer %d %.120s is not an error", who, a.status, a.body)
		return
	}
	for _, s := range statuses {
		if a.status == s {
			return
		}
	}
	t.Errorf("%s: status %d (%s), want one of %v", who, a.status, apiErr.Code, statuses)
}

// allowed checks that a request with every right passes the rights
// checks: a read succeeds, a write may still be refused for its content.
func allowed(t *testing.T, e *servertest.Env, rt api.Route, path, session string, read bool) {
	t.Helper()
	a := raw(t, e, rt.Method, path, session, body(rt))
	switch {
	case read && (a.status < 200 || a.status > 299):
		t.Errorf("with every right: %d %.200s, want 2xx", a.status, a.body)
	case a.status == 401 || a.status == 403 || a.status == 404 || a.status >= 500:
		t.Errorf("with every right: %d %.200s", a.status, a.body)
	}
}
