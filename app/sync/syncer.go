// Package syncer keeps the desktop cache current with the portal server:
// it pulls each client's changes by cursor, applies tombstones and purge
// instructions, listens to the live stream, and sends the outbox exactly
// once, in order.
package syncer

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/backend/api"
)

// Syncer moves data between one cache and one server.
type Syncer struct {
	remote *remote.Client
	cache  *cache.Cache
	log    *slog.Logger
	now    func() time.Time

	kick    chan struct{}
	flushMu sync.Mutex
	// pullMu keeps pulls one at a time: two at once could move a cursor
	// back, and a caller must see the thumbnails of the pull it waited on.
	pullMu  sync.Mutex
	missing map[string]missingThumb

	mu       sync.Mutex
	clients  []string
	online   bool
	onChange func(clientID string)
}

// New returns a syncer; nothing runs until Run or a Pull.
func New(r *remote.Client, c *cache.Cache, log *slog.Logger) *Syncer {
	if log == nil {
		log = slog.Default()
	}
	return &Syncer{
		remote: r, cache: c, log: log.With("component", "sync"),
		now: time.Now, kick: make(chan struct{}, 1), online: true,
		missing: map[string]missingThumb{},
	}
}

// SetClients sets the portals to keep in sync.
func (s *Syncer) SetClients(ids []string) {
	s.mu.Lock()
	s.clients = append([]string(nil), ids...)
	s.mu.Unlock()
	s.Kick()
}

// OnChange sets a function called after new data for a client arrived.
func (s *Syncer) OnChange(fn func(clientID string)) {
	s.mu.Lock()
	s.onChange = fn
	s.mu.Unlock()
}

// Online reports whether the last exchange with the server succeeded.
func (s *Syncer) Online() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.online
}

// NoteOffline records that the server could not be reached outside a
// sync, such as at start.
func (s *Syncer) NoteOffline() { s.setOnline(false) }

func (s *Syncer) setOnline(ok bool) {
	s.mu.Lock()
	s.online = ok
	s.mu.Unlock()
}

// LastSync returns when a client was last synced, RFC 3339, "" if never.
func (s *Syncer) LastSync(ctx context.Context, clientID string) string {
	_, last, err := s.cache.Cursor(ctx, clientID)
	if err != nil {
		return ""
	}
	return last
}

// Kick asks the running loop to sync now.
func (s *Syncer) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// PullAll pulls every client; it stops at the first failure.
func (s *Syncer) PullAll(ctx context.Context) error {
	s.mu.Lock()
	ids := append([]string(nil), s.clients...)
	s.mu.Unlock()
	for _, id := range ids {
		if err := s.Pull(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// Pull fetches a client's changes until the server has no more, applying
// each page in one cache transaction with its cursor.
func (s *Syncer) Pull(ctx context.Context, clientID string) error {
	s.pullMu.Lock()
	defer s.pullMu.Unlock()
	defer s.retryThumbnails(ctx, clientID)

	cursor, _, err := s.cache.Cursor(ctx, clientID)
	if err != nil {
		return err
	}
	for {
		set, err := s.remote.Changes(ctx, clientID, cursor)
		if err != nil {
			s.setOnline(!isOffline(err))
			return fmt.Errorf("pull changes: %w", err)
		}
		s.setOnline(true)

		if err := s.cache.Apply(ctx, s.batch(clientID, set)); err != nil {
			return fmt.Errorf("apply changes: %w", err)
		}
		s.fetchThumbnails(ctx, clientID, set)
		cursor = set.Cursor
		if len(set.Changes)+len(set.Purge)+len(set.Full) > 0 {
			s.notify(clientID)
		}
		if !set.More {
			return nil
		}
	}
}

func (s *Syncer) notify(clientID string) {
	s.mu.Lock()
	fn := s.onChange
	s.mu.Unlock()
	if fn != nil {
		fn(clientID)
	}
}

// batch turns a change set into a cache batch.
func (s *Syncer) batch(clientID string, set api.ChangeSet) cache.Batch {
	b := cache.Batch{
		ClientID: clientID, Cursor: set.Cursor,
		SyncedAt: s.now().Format(time.RFC3339),
	}
	for _, sec := range set.Purge {
		b.Purge = append(b.Purge, string(sec))
	}
	for _, sec := range set.Full {
		b.Full = append(b.Full, string(sec))
	}
	for _, ch := range set.Changes {
		if ch.Deleted || len(ch.Data) == 0 {
			b.Delete = append(b.Delete, cache.RecordKey{Entity: ch.Entity, ID: ch.ID})
			continue
		}
		b.Put = append(b.Put, RecordOf(clientID, string(ch.Section), ch.Entity, ch.ID, ch.Data))
	}
	return b
}
