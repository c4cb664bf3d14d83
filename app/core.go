package app

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"kring/app/remote"
	"kring/app/secrets"
	"kring/backend/api"
)

// Keys of the items the app keeps in the OS keyring.
const (
	keyDevice  = "device-token"
	keySession = "session"
	keyKiosk   = "kiosk-token"
)

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
	lastSync  time.Time
}

func newCore(cfg Config, log *slog.Logger) *core {
	return &core{
		cfg:    cfg,
		log:    log,
		client: remote.New(cfg.ServerURL),
		ctx:    context.Background(),
	}
}

// start opens the keyring and resumes a stored session.
func (c *core) start(ctx context.Context) {
	c.mu.Lock()
	c.ctx = ctx
	c.mu.Unlock()

	c.secrets = secrets.Open(3 * time.Second)
	if !c.secrets.Available() {
		c.log.Warn("keyring unavailable; credentials kept in memory")
	}
	if token, err := c.secrets.Get(keySession); err == nil {
		c.client.SetSession(token)
		c.refreshMe()
	}
}

func (c *core) stop() {}

// context returns the app's context for outgoing calls.
func (c *core) context() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ctx
}

// refreshMe loads the user and their portals; a rejected session is dropped.
func (c *core) refreshMe() {
	me, err := c.client.Me(c.context())
	if err != nil {
		if code(err) == api.CodeUnauthorized {
			c.dropSession()
		}
		return
	}
	c.mu.Lock()
	c.me = &me
	c.lastSync = time.Now()
	c.mu.Unlock()
}

// dropSession forgets the session but keeps the device token (DESKTOP-7).
func (c *core) dropSession() {
	c.client.SetSession("")
	if c.secrets != nil {
		if err := c.secrets.Delete(keySession); err != nil {
			c.log.Warn("forget session", "err", err)
		}
	}
	c.mu.Lock()
	c.me = nil
	c.challenge = ""
	c.mu.Unlock()
}
