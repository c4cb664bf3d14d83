package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/app/search"
	"kring/app/secrets"
	"kring/backend/api"
)

// Keys of the items the app keeps in the OS keyring.
const (
	keyDevice  = "device-token"
	keySession = "session"
	keyKiosk   = "kiosk-token"
	keyCache   = "cache-key"
)

// noticeKeyring is the SessionStatus notice when the keyring cannot be used.
const noticeKeyring = "keyring_unavailable"

// syncInterval is how often the app pulls when the live stream is quiet.
const syncInterval = 5 * time.Minute

// core is the state the bound services share.
type core struct {
	cfg     Config
	log     *slog.Logger
	client  *remote.Client
	secrets *secrets.Store

	mu        sync.Mutex
	ctx       context.Context
	challenge string
	me        *api.Me
	notice    string
	local     *local
	stopSync  context.CancelFunc
	index     map[string]*search.Index
	emit      func(event string, data ...any)
}

func newCore(cfg Config, log *slog.Logger) *core {
	return &core{
		cfg:    cfg,
		log:    log,
		client: remote.New(cfg.ServerURL),
		ctx:    context.Background(),
		index:  map[string]*search.Index{},
	}
}

// start opens the keyring and the cache and resumes a stored session; with
// the server unreachable it resumes from the cache.
func (c *core) start(ctx context.Context) {
	c.mu.Lock()
	c.ctx = ctx
	c.mu.Unlock()

	if c.secrets == nil {
		c.secrets = secrets.Open(3 * time.Second)
	}
	c.openLocal()

	token, err := c.secrets.Get(keySession)
	if err != nil || token == "" {
		return
	}
	c.client.SetSession(token)
	c.refreshMe()
	if c.signedIn() {
		c.startSync()
	}
}

// stop ends syncing and closes the cache.
func (c *core) stop() {
	c.stopSyncing()
	c.mu.Lock()
	l := c.local
	c.local = nil
	c.mu.Unlock()
	if l != nil {
		l.close()
	}
}

// context returns the app's context for outgoing calls.
func (c *core) context() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ctx
}

func (c *core) signedIn() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.me != nil
}

// store returns the open cache and its syncer.
func (c *core) store() *local {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.local
}

// refreshMe loads the user and their portals. A rejected session is
// dropped; an unreachable server leaves the cached copy in use.
func (c *core) refreshMe() {
	me, err := c.client.Me(c.context())
	if err != nil {
		switch {
		case code(err) == api.CodeUnauthorized:
			c.dropSession()
		case isOffline(err):
			c.resumeOffline()
		}
		return
	}
	c.mu.Lock()
	c.me = &me
	c.mu.Unlock()
	c.keepMe(me)
}

// keepMe stores the user's portals, sealed, for offline starts, and tells
// the syncer which portals to follow; portals no longer listed are purged.
func (c *core) keepMe(me api.Me) {
	l := c.store()
	if l == nil {
		return
	}
	ctx := c.context()
	ids := make([]string, 0, len(me.Clients))
	for _, cl := range me.Clients {
		ids = append(ids, cl.ID)
	}
	l.forgetOthers(ctx, ids)
	if b, err := json.Marshal(me); err == nil {
		_ = l.cache.Put(ctx, cache.Record{ClientID: meClient, Entity: meEntity, ID: meEntity,
			Section: meEntity, UpdatedAt: time.Now().UTC().Format(time.RFC3339), Data: b})
	}
	l.sync.SetClients(ids)
	c.cachePhotos(l, me)
}

// resumeOffline uses the cached portals when the server cannot be reached
// but a session is stored (DESKTOP-7: read offline while signed in).
func (c *core) resumeOffline() {
	l := c.store()
	if l == nil {
		return
	}
	rec, err := l.cache.Get(c.context(), meClient, meEntity, meEntity)
	if err != nil {
		return
	}
	var me api.Me
	if json.Unmarshal(rec.Data, &me) != nil {
		return
	}
	c.mu.Lock()
	c.me = &me
	c.mu.Unlock()
	l.sync.NoteOffline()
	ids := make([]string, 0, len(me.Clients))
	for _, cl := range me.Clients {
		ids = append(ids, cl.ID)
	}
	l.sync.SetClients(ids)
}

// dropSession forgets the session but keeps the device token (DESKTOP-7).
func (c *core) dropSession() {
	c.client.SetSession("")
	if c.secrets != nil {
		if err := c.secrets.Delete(keySession); err != nil {
			c.log.Warn("forget session", "err", err)
		}
	}
	c.stopSyncing()
	c.mu.Lock()
	c.me = nil
	c.challenge = ""
	c.index = map[string]*search.Index{}
	c.mu.Unlock()
}

// startSync runs the sync loop until sign-out.
func (c *core) startSync() {
	l := c.store()
	if l == nil {
		return
	}
	c.mu.Lock()
	if c.stopSync != nil {
		c.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(c.ctx)
	c.stopSync = cancel
	c.mu.Unlock()

	l.sync.OnChange(c.changed)
	go l.sync.Run(ctx, syncInterval)
}

func (c *core) stopSyncing() {
	c.mu.Lock()
	cancel := c.stopSync
	c.stopSync = nil
	c.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// changed runs after a pull brought new data: the UI is told, and the
// search index of that client is rebuilt in the background while the old
// one keeps answering.
func (c *core) changed(clientID string) {
	c.mu.Lock()
	emit := c.emit
	c.mu.Unlock()
	if emit != nil {
		emit("portal:changed", clientID)
	}
	if l := c.store(); l != nil {
		go c.rebuildIndex(l, clientID)
	}
}

// isOnline reports whether the server answered last time.
func (c *core) isOnline() bool {
	l := c.store()
	return l != nil && l.sync.Online()
}

func (c *core) currentMe() *api.Me {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.me
}

// language returns the user's choice of UI language, "nl" by default.
func (c *core) language() string {
	if l := c.store(); l != nil {
		if v, _ := l.cache.Meta(c.context(), "language"); v != "" {
			return v
		}
	}
	return "nl"
}
