package store

import (
	"errors"
	"fmt"

	"github.com/golang-migrate/migrate/v4"
)

// MigrateDown reverts every migration, leaving an empty schema. It exists
// so that tests can prove each down step undoes its up step; the server
// never calls it.
func (db *DB) MigrateDown() error {
	m, err := db.migrator()
	if err != nil {
		return err
	}
	if err := m.Down(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return fmt.Errorf("revert migrations: %w", err)
	}
	return nil
}
