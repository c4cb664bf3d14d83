package store

import (
	"database/sql"

	sqlite "github.com/mattn/go-sqlite3"
)

// sqliteDriver is the name of the SQLite driver with the portal's
// connection settings.
const sqliteDriver = "sqlite3_kring"

// mmapSize is how much of a SQLite file a connection maps into memory.
// Every commit empties the page cache of each reader connection (a WAL
// reader starts afresh when the file changed), and the audit log commits
// many times a second under load; mapped pages are then read without a
// system call and a copy each.
const mmapSize = "268435456"

func init() {
	sql.Register(sqliteDriver, &sqlite.SQLiteDriver{ConnectHook: func(c *sqlite.SQLiteConn) error {
		_, err := c.Exec("PRAGMA mmap_size = "+mmapSize, nil)
		return err
	}})
}
