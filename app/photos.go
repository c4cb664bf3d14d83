package app

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"time"

	"kring/app/cache"
	"kring/backend/api"
)

// entityClientPhoto caches a client's photo for the chooser (HOME-1),
// sealed like every record, so the chooser shows it offline.
const entityClientPhoto = "clientPhoto"

type cachedPhoto struct {
	Type string `json:"type"`
	Data []byte `json:"data"`
}

// cachePhotos loads the photos of portals that have one and are not
// cached yet; a failure is tried again at the next refresh.
func (c *core) cachePhotos(l *local, me api.Me) {
	ctx := c.context()
	for _, cl := range me.Clients {
		if !cl.HasPhoto {
			continue
		}
		if _, err := l.cache.Get(ctx, cl.ID, entityClientPhoto, cl.ID); err == nil {
			continue
		}
		data, kind, err := c.client.FetchRaw(ctx, "/clients/"+cl.ID+"/photo")
		if err != nil {
			continue
		}
		b, _ := json.Marshal(cachedPhoto{Type: kind, Data: data})
		_ = l.cache.Put(ctx, cache.Record{ClientID: cl.ID, Entity: entityClientPhoto, ID: cl.ID,
			UpdatedAt: time.Now().UTC().Format(time.RFC3339), Data: b})
	}
}

// photoURL returns a client's cached photo as a data: URL, or "".
func (c *core) photoURL(clientID string) string {
	l := c.store()
	if l == nil {
		return ""
	}
	p, err := one[cachedPhoto](c, l, clientID, entityClientPhoto, clientID)
	if err != nil || len(p.Data) == 0 {
		return ""
	}
	kind := p.Type
	if !strings.HasPrefix(kind, "image/") {
		kind = "image/jpeg"
	}
	return "data:" + kind + ";base64," + base64.StdEncoding.EncodeToString(p.Data)
}
