package store

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/golang-migrate/migrate/v4"
	"github.com/golang-migrate/migrate/v4/database"
	"github.com/golang-migrate/migrate/v4/database/pgx/v5"
	"github.com/golang-migrate/migrate/v4/database/sqlite3"
	"github.com/golang-migrate/migrate/v4/source/iofs"
)

//go:embed migrations
var migrations embed.FS

// Migrate brings the schema to the newest version. It leaves the
// database handles open: closing golang-migrate would close them too.
func (db *DB) Migrate() error {
	m, err := db.migrator()
	if err != nil {
		return err
	}
	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return fmt.Errorf("apply migrations: %w", err)
	}
	return nil
}

// Version reports the schema version and whether a migration failed halfway.
func (db *DB) Version() (uint, bool, error) {
	m, err := db.migrator()
	if err != nil {
		return 0, false, err
	}
	v, dirty, err := m.Version()
	if errors.Is(err, migrate.ErrNilVersion) {
		return 0, false, nil
	}
	return v, dirty, err
}

func (db *DB) migrator() (*migrate.Migrate, error) {
	sub, err := fs.Sub(migrations, "migrations/"+string(db.dialect))
	if err != nil {
		return nil, fmt.Errorf("migrations for %s: %w", db.dialect, err)
	}
	src, err := iofs.New(sub, ".")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}

	var drv database.Driver
	switch db.dialect {
	case Postgres:
		drv, err = pgx.WithInstance(db.write, &pgx.Config{})
	default:
		drv, err = sqlite3.WithInstance(db.write, &sqlite3.Config{})
	}
	if err != nil {
		return nil, fmt.Errorf("migration driver: %w", err)
	}

	m, err := migrate.NewWithInstance("iofs", src, string(db.dialect), drv)
	if err != nil {
		return nil, fmt.Errorf("migrator: %w", err)
	}
	return m, nil
}
