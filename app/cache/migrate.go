package cache

import (
	"embed"
	"errors"
	"fmt"

	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database/sqlite3"
	"github.com/golang-migrate/migrate/v4/source/iofs"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrDirty means a migration stopped halfway in an earlier run.
var ErrDirty = errors.New("cache schema is dirty")

// ErrTooNew means the cache was written by a newer build.
var ErrTooNew = errors.New("cache schema is newer than this build")

// migrate brings the schema to the newest version. It never closes the
// migrator: that would close the cache's own database handle, so only the
// migration source is closed.
func (c *Cache) migrate() error {
	src, err := iofs.New(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("read cache migrations: %w", err)
	}
	defer src.Close()

	drv, err := sqlite3.WithInstance(c.write, &sqlite3.Config{})
	if err != nil {
		return fmt.Errorf("cache migration driver: %w", err)
	}
	m, err := migrate.NewWithInstance("iofs", src, "sqlite3", drv)
	if err != nil {
		return fmt.Errorf("cache migrator: %w", err)
	}

	if err := checkVersion(m, src); err != nil {
		return err
	}
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return fmt.Errorf("apply cache migrations: %w", err)
	}
	return nil
}

// checkVersion refuses a dirty schema and one newer than the embedded
// migrations, so Open can move the cache aside instead of failing later.
func checkVersion(m *migrate.Migrate, src interface {
	First() (uint, error)
	Next(uint) (uint, error)
}) error {
	v, dirty, err := m.Version()
	if errors.Is(err, migrate.ErrNilVersion) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read cache version: %w", err)
	}
	if dirty {
		return fmt.Errorf("version %d: %w", v, ErrDirty)
	}
	if v > latest(src) {
		return fmt.Errorf("version %d: %w", v, ErrTooNew)
	}
	return nil
}

// latest returns the highest embedded migration version.
func latest(src interface {
	First() (uint, error)
	Next(uint) (uint, error)
}) uint {
	v, err := src.First()
	if err != nil {
		return 0
	}
	for {
		n, err := src.Next(v)
		if err != nil {
			return v
		}
		v = n
	}
}
