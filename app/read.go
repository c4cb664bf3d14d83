package app

import (
	"encoding/json"

	"kring/app/cache"
	"kring/backend/api"
)

// section checks that the signed-in user may see a section of a portal and
// returns the cache to read it from. The server enforces rights too; this
// keeps the UI from showing what a withdrawn right left behind.
func (c *core) section(clientID string, s api.Section) (*local, error) {
	me := c.currentMe()
	if me == nil {
		return nil, &uiError{Code: codeNoSession}
	}
	for _, cl := range me.Clients {
		if cl.ID != clientID {
			continue
		}
		for _, r := range cl.Rights {
			if r == s {
				if l := c.store(); l != nil {
					return l, nil
				}
				return nil, &uiError{Code: api.CodeInternal}
			}
		}
		return nil, &uiError{Code: api.CodeForbidden}
	}
	return nil, &uiError{Code: api.CodeNotFound}
}

// list reads and decodes the records a query selects.
func list[T any](c *core, l *local, q cache.Query) ([]T, error) {
	recs, err := l.cache.List(c.context(), q)
	if err != nil {
		return nil, toUI(err)
	}
	out := make([]T, 0, len(recs))
	for _, r := range recs {
		var v T
		if json.Unmarshal(r.Data, &v) == nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// one reads and decodes one record.
func one[T any](c *core, l *local, clientID, entity, id string) (T, error) {
	var v T
	r, err := l.cache.Get(c.context(), clientID, entity, id)
	if cache.IsNotFound(err) {
		return v, &uiError{Code: api.CodeNotFound}
	}
	if err != nil {
		return v, toUI(err)
	}
	if err := json.Unmarshal(r.Data, &v); err != nil {
		return v, &uiError{Code: api.CodeInternal}
	}
	return v, nil
}

// freshness returns a portal's last sync time and whether the app is
// offline, for the "bijgewerkt om" line (DOSSIER-4).
func (c *core) freshness(l *local, clientID string) (string, bool) {
	return l.sync.LastSync(c.context(), clientID), !c.isOnline()
}

// userID returns the signed-in user's id.
func (c *core) userID() string {
	if me := c.currentMe(); me != nil {
		return me.User.ID
	}
	return ""
}

// isAdmin reports whether the user administers a portal.
func (c *core) isAdmin(clientID string) bool {
	if me := c.currentMe(); me != nil {
		for _, cl := range me.Clients {
			if cl.ID == clientID {
				return cl.Admin
			}
		}
	}
	return false
}
