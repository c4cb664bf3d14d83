// Package cache is the desktop app's local copy of the portals a user may
// see: SQLite with embedded migrations, every payload encrypted with a key
// from the OS keyring. Only ids, timestamps, sort keys and cursors are kept
// in clear.
package cache

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver
)

// Cache is one open cache database.
type Cache struct {
	write *sql.DB
	read  *sql.DB
	seal  *sealer
	path  string
	log   *slog.Logger
}

// Memory is the path that keeps the cache in memory only: nothing is
// written to disk (used when the keyring cannot hold the key).
const Memory = ":memory:"

// Open opens the cache at path with the installation key. A cache that
// cannot be used — not a database, a half-applied migration, a schema newer
// than this build knows — is moved aside and a fresh one made, so the app
// never refuses to start because of its cache.
func Open(path string, key []byte, log *slog.Logger) (*Cache, error) {
	if log == nil {
		log = slog.Default()
	}
	s, err := newSealer(key)
	if err != nil {
		return nil, err
	}

	c, err := open(path, s, log)
	if err == nil || path == Memory {
		return c, err
	}
	log.Warn("cache unusable; moving it aside", "err", err)
	if err := moveAside(path, time.Now()); err != nil {
		return nil, fmt.Errorf("move cache aside: %w", err)
	}
	return open(path, s, log)
}

func open(path string, s *sealer, log *slog.Logger) (*Cache, error) {
	c := &Cache{seal: s, path: path, log: log.With("component", "cache")}
	if err := c.connect(); err != nil {
		return nil, err
	}
	if err := c.migrate(); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// connect opens one writer connection and a small pool of readers. Every
// connection has foreign keys on, a busy timeout, and takes the write lock
// at BEGIN, so a read-then-write transaction cannot fail halfway on
// SQLITE_BUSY.
func (c *Cache) connect() error {
	dsn, shared := dataSource(c.path)
	w, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return fmt.Errorf("open cache: %w", err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.Ping(); err != nil {
		w.Close()
		return fmt.Errorf("open cache: %w", err)
	}
	c.write, c.read = w, w
	if shared {
		return nil
	}

	r, err := sql.Open("sqlite3", dsn)
	if err != nil {
		w.Close()
		return fmt.Errorf("open cache readers: %w", err)
	}
	r.SetMaxOpenConns(4)
	c.read = r
	return nil
}

// dataSource builds the DSN. The in-memory cache is one connection to a
// private database, so nothing reaches the disk and no locks are shared.
func dataSource(path string) (string, bool) {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", "5000")
	q.Set("_txlock", "immediate")
	if path == Memory {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		q.Set("mode", "memory")
		return "file:kring-" + hex.EncodeToString(b) + "?" + q.Encode(), true
	}
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	return "file:" + url.PathEscape(path) + "?" + q.Encode(), false
}

// Close closes the database handles.
func (c *Cache) Close() error {
	var errs []error
	if c.read != c.write {
		errs = append(errs, c.read.Close())
	}
	errs = append(errs, c.write.Close())
	return errors.Join(errs...)
}

// Checkpoint copies the write-ahead log into the database file.
func (c *Cache) Checkpoint(ctx context.Context) error {
	_, err := c.write.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	if err != nil {
		return fmt.Errorf("checkpoint cache: %w", err)
	}
	return nil
}

// moveAside renames the cache and its -wal and -shm files with a timestamp.
func moveAside(path string, now time.Time) error {
	stamp := now.UTC().Format("20060102T150405.000000000")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		from := path + suffix
		if _, err := os.Stat(from); errors.Is(err, os.ErrNotExist) {
			continue
		}
		to := path + ".broken-" + stamp + suffix
		if err := os.Rename(from, to); err != nil {
			return fmt.Errorf("rename %s: %w", from, err)
		}
	}
	return nil
}

// Wipe deletes the cache database and its -wal and -shm files; the caller
// has closed it.
func Wipe(path string) error {
	if path == Memory || path == "" {
		return nil
	}
	var errs []error
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Remove(path + suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
