// Package store opens the portal's database, SQLite by default or
// PostgreSQL for large organisations, and applies its migrations.
//
// Queries are written once with ? placeholders; on PostgreSQL they are
// rewritten to $1, $2 … before they run. Instants are stored as fixed-width
// UTC text (see Time) so that they sort correctly in both dialects.
package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "github.com/mattn/go-sqlite3"    // registers the "sqlite3" driver
)

// Dialect names the SQL dialect of a database.
type Dialect string

// The supported dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("not found")

// DB is the portal's database. On SQLite, writes go through one connection
// and reads through a pool, so writers never meet "database is locked".
type DB struct {
	dialect Dialect
	write   *sql.DB
	read    *sql.DB
	stmts   stmtCache
	gen     atomic.Uint64
	local   localNotices
}

// Open opens dsn, a file path (SQLite) or a postgres:// URL, and migrates
// it to the newest schema.
func Open(ctx context.Context, dsn string) (*DB, error) {
	db, err := open(dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate: %w", err)
	}
	if err := db.write.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("ping: %w", err)
	}
	return db, nil
}

func open(dsn string) (*DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		pool, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("open postgres: %w", err)
		}
		pool.SetMaxOpenConns(20)
		return &DB{dialect: Postgres, write: pool, read: pool}, nil
	}

	params := "?_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=on&_synchronous=NORMAL&_txlock=immediate"
	write, err := sql.Open(sqliteDriver, "file:"+dsn+params)
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	write.SetMaxOpenConns(1)

	read, err := sql.Open(sqliteDriver, "file:"+dsn+params+"&mode=ro")
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("open sqlite reader: %w", err)
	}
	read.SetMaxOpenConns(8)
	read.SetMaxIdleConns(8)
	return &DB{dialect: SQLite, write: write, read: read}, nil
}

// Dialect tells which SQL dialect the database speaks.
func (db *DB) Dialect() Dialect { return db.dialect }

// Close closes the database.
func (db *DB) Close() error {
	db.closeStmts()
	err := db.write.Close()
	if db.read != db.write {
		err = errors.Join(err, db.read.Close())
	}
	return err
}

// Exec runs a statement outside a transaction.
func (db *DB) Exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	defer db.wrote()
	return db.write.ExecContext(ctx, db.rebind(query), args...)
}

// Query runs a read on the reader pool.
func (db *DB) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := db.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return db.read.QueryContext(ctx, db.rebind(query), args...)
}

// QueryRow runs a single-row read on the reader pool.
func (db *DB) QueryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if st := db.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return db.read.QueryRowContext(ctx, db.rebind(query), args...)
}

// Tx is a write transaction.
type Tx struct {
	tx      *sql.Tx
	dialect Dialect
	// notices wait for the commit on SQLite (see Notify).
	notices []notice
}

// InTx runs fn in a write transaction, committed when fn returns nil. On
// SQLite the transaction begins IMMEDIATE, so read-then-write is safe.
func (db *DB) InTx(ctx context.Context, fn func(tx *Tx) error) error {
	defer db.wrote()
	sqlTx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	tx := &Tx{tx: sqlTx, dialect: db.dialect}
	if err := fn(tx); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	db.local.deliver(tx.notices)
	return nil
}

// Exec runs a statement in the transaction.
func (tx *Tx) Exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, rebind(tx.dialect, query), args...)
}

// Query runs a read in the transaction.
func (tx *Tx) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, rebind(tx.dialect, query), args...)
}

// QueryRow runs a single-row read in the transaction.
func (tx *Tx) QueryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, rebind(tx.dialect, query), args...)
}

// Dialect tells which SQL dialect the transaction speaks.
func (tx *Tx) Dialect() Dialect { return tx.dialect }

func (db *DB) rebind(query string) string { return rebind(db.dialect, query) }

// rebind turns ? placeholders into $n for PostgreSQL.
func rebind(d Dialect, query string) string {
	if d != Postgres || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TimeLayout is the fixed-width UTC form in which instants are stored.
const TimeLayout = "2006-01-02T15:04:05.000Z"

// Time formats t for storage.
func Time(t time.Time) string {
	return t.UTC().Format(TimeLayout)
}

// ParseTime reads a stored instant.
func ParseTime(s string) (time.Time, error) {
	t, err := time.Parse(TimeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse stored time %q: %w", s, err)
	}
	return t, nil
}

// ParseNullTime reads an optional instant; NULL gives the zero time.
func ParseNullTime(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, _ := ParseTime(s.String)
	return t
}

// NewID returns a random identifier of 24 hex characters.
func NewID() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("read random: %v", err))
	}
	return hex.EncodeToString(b[:])
}
