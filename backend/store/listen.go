package store

import (
	"context"
	"errors"
	"fmt"
	"regexp"

	"github.com/jackc/pgx/v5/stdlib"
)

// ErrNoListen is returned by Listen on SQLite, where one server process
// holds the database and needs no notices from others.
var ErrNoListen = errors.New("listen needs PostgreSQL")

// channelName keeps LISTEN's identifier plain.
var channelName = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// Notify sends payload on channel when the transaction commits
// (PostgreSQL NOTIFY, delivered only on commit and in commit order). On
// SQLite it does nothing.
func (tx *Tx) Notify(ctx context.Context, channel, payload string) error {
	if tx.dialect != Postgres {
		return nil
	}
	if _, err := tx.Exec(ctx, `SELECT pg_notify(?, ?)`, channel, payload); err != nil {
		return fmt.Errorf("notify %s: %w", channel, err)
	}
	return nil
}

// Listen calls fn with the payload of every notice on channel, from any
// server process, until ctx ends. It holds one connection of the pool
// while it runs.
func (db *DB) Listen(ctx context.Context, channel string, fn func(payload string)) error {
	if db.dialect != Postgres {
		return ErrNoListen
	}
	if !channelName.MatchString(channel) {
		return fmt.Errorf("listen: bad channel name %q", channel)
	}
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	defer conn.Close()
	return conn.Raw(func(driverConn any) error {
		pc := driverConn.(*stdlib.Conn).Conn()
		if _, err := pc.Exec(ctx, "LISTEN "+channel); err != nil {
			return fmt.Errorf("listen %s: %w", channel, err)
		}
		// A cancelled wait closes the connection; one that is still open
		// goes back to the pool without its LISTEN.
		defer func() { _, _ = pc.Exec(context.WithoutCancel(ctx), "UNLISTEN *") }()
		for {
			n, err := pc.WaitForNotification(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return fmt.Errorf("wait for %s: %w", channel, err)
			}
			fn(n.Payload)
		}
	})
}
