package syncer

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"kring/app/cache"
	"kring/backend/api"
)

// EntityThumbnail is the cache's entity for a board photo's thumbnail,
// kept under the photo's id and sealed like every record.
const EntityThumbnail = "thumbnail"

// Thumbnail is a cached thumbnail.
type Thumbnail struct {
	Type string `json:"type"`
	Data []byte `json:"data"`
}

// fetchThumbnails caches the thumbnails of posts in a change set that
// carry a photo, so the board shows them offline. A thumbnail that fails
// to load is tried again at the next pull.
func (s *Syncer) fetchThumbnails(ctx context.Context, clientID string, set api.ChangeSet) {
	for _, ch := range set.Changes {
		if ch.Entity != "post" || ch.Deleted {
			continue
		}
		var p api.Post
		if json.Unmarshal(ch.Data, &p) != nil || p.Photo == nil {
			continue
		}
		if _, err := s.cache.Get(ctx, clientID, EntityThumbnail, p.Photo.ID); err == nil {
			continue
		}
		if err := s.fetchThumbnail(ctx, clientID, p); err != nil {
			s.log.Info("thumbnail not loaded", "err", err)
			s.missing[p.Photo.ID] = missingThumb{clientID: clientID, post: p}
		}
	}
}

// missingThumb is a thumbnail that failed to load, tried again at the
// next pull.
type missingThumb struct {
	clientID string
	post     api.Post
}

// retryThumbnails loads the thumbnails of a client that failed before.
func (s *Syncer) retryThumbnails(ctx context.Context, clientID string) {
	for id, m := range s.missing {
		if m.clientID != clientID {
			continue
		}
		if s.fetchThumbnail(ctx, clientID, m.post) == nil {
			delete(s.missing, id)
		}
	}
}

func (s *Syncer) fetchThumbnail(ctx context.Context, clientID string, p api.Post) error {
	path := fmt.Sprintf("/clients/%s/photos/%s/thumbnail", clientID, p.Photo.ID)
	data, kind, err := s.remote.FetchRaw(ctx, path)
	if err != nil {
		return err
	}
	b, err := json.Marshal(Thumbnail{Type: kind, Data: data})
	if err != nil {
		return fmt.Errorf("encode thumbnail: %w", err)
	}
	return s.cache.Put(ctx, cache.Record{ClientID: clientID, Entity: EntityThumbnail,
		ID: p.Photo.ID, Section: string(api.SectionDetails), ParentID: p.ID,
		UpdatedAt: s.now().UTC().Format(time.RFC3339), Data: b})
}
