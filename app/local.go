package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"kring/app/cache"
	"kring/app/secrets"
	syncer "kring/app/sync"
)

// The user's portals are cached, sealed, under this reserved client id.
const (
	meClient = "_me"
	meEntity = "me"
	metaUser = "user"
)

// local is the open cache with its syncer.
type local struct {
	cache  *cache.Cache
	sync   *syncer.Syncer
	path   string
	memory bool
}

func (l *local) close() {
	if err := l.cache.Close(); err != nil {
		_ = err // closing a cache on the way out has no one to tell
	}
}

// forgetOthers removes cached portals the user may no longer open.
func (l *local) forgetOthers(ctx context.Context, keep []string) {
	known, err := l.cache.Clients(ctx)
	if err != nil {
		return
	}
	for _, id := range known {
		if id != meClient && !contains(keep, id) {
			_ = l.cache.ForgetClient(ctx, id)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// openLocal opens the encrypted cache. With a usable keyring the cache is a
// file under DataDir whose key lives in the keyring; without one it is kept
// in memory for this run only and the user is told why.
func (c *core) openLocal() {
	l, err := c.openFileCache()
	if err != nil {
		c.log.Warn("cache on disk unavailable; keeping it in memory", "err", err)
		l = c.openMemoryCache()
	}
	c.mu.Lock()
	c.local = l
	c.mu.Unlock()
}

var errNoKeyring = errors.New("keyring unavailable")

func (c *core) openFileCache() (*local, error) {
	if !c.secrets.Available() || c.cfg.DataDir == "" {
		c.setNotice(noticeKeyring)
		return nil, errNoKeyring
	}
	path := filepath.Join(c.cfg.DataDir, "cache.db")
	key, err := c.cacheKey(path)
	if err != nil {
		c.setNotice(noticeKeyring)
		return nil, err
	}
	if err := os.MkdirAll(c.cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	ch, err := cache.Open(path, key, c.log)
	if err != nil {
		return nil, err
	}
	return &local{cache: ch, sync: syncer.New(c.client, ch, c.log), path: path}, nil
}

// cacheKey reads the installation key from the keyring, or makes one. A
// new key makes any old cache file unreadable, so that file is removed.
func (c *core) cacheKey(path string) ([]byte, error) {
	stored, err := c.secrets.Get(keyCache)
	if err == nil {
		if key, perr := cache.ParseKey(stored); perr == nil {
			return key, nil
		}
	}
	if err != nil && !errors.Is(err, secrets.ErrNotFound) {
		return nil, err
	}
	fresh := cache.NewKey()
	if err := c.secrets.Set(keyCache, fresh); err != nil {
		return nil, err
	}
	if !c.secrets.Available() {
		// The keyring gave up while storing: the key would not survive.
		return nil, errNoKeyring
	}
	if err := cache.Wipe(path); err != nil {
		return nil, err
	}
	return cache.ParseKey(fresh)
}

func (c *core) openMemoryCache() *local {
	key, _ := cache.ParseKey(cache.NewKey())
	ch, err := cache.Open(cache.Memory, key, c.log)
	if err != nil {
		// An in-memory SQLite cannot fail to open short of a broken build.
		panic(err)
	}
	return &local{cache: ch, sync: syncer.New(c.client, ch, c.log), path: cache.Memory, memory: true}
}

func (c *core) setNotice(n string) {
	c.mu.Lock()
	c.notice = n
	c.mu.Unlock()
}

// wipeLocal removes the cache and its key: a kiosk leaves nothing of a
// user behind. A fresh cache is opened for the next user.
func (c *core) wipeLocal() {
	c.mu.Lock()
	l := c.local
	c.local = nil
	c.mu.Unlock()
	if l != nil {
		l.close()
		if !l.memory {
			if err := cache.Wipe(l.path); err != nil {
				c.log.Warn("wipe cache", "err", err)
			}
		}
	}
	if err := c.secrets.Delete(keyCache); err != nil {
		c.log.Warn("forget cache key", "err", err)
	}
	c.openLocal()
}

// claimFor makes sure the cache holds only this user's data: when another
// user signs in on this device, the previous user's cache is wiped.
func (c *core) claimFor(userID string) {
	l := c.store()
	if l == nil {
		return
	}
	ctx := c.context()
	owner, _ := l.cache.Meta(ctx, metaUser)
	if owner != "" && owner != userID {
		c.wipeLocal()
		l = c.store()
	}
	_ = l.cache.SetMeta(ctx, metaUser, userID)
}
