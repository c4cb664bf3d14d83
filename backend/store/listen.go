package store

import (
	"context"
	"fmt"
	"regexp"
	"sync"

	"github.com/jackc/pgx/v5/stdlib"
)

// channelName keeps LISTEN's identifier plain.
var channelName = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// Notify sends payload on channel when the transaction commits: on
// PostgreSQL as NOTIFY, to every server process, in commit order; on
// SQLite, where one process holds the database, to this process's
// listeners right after the commit.
func (tx *Tx) Notify(ctx context.Context, channel, payload string) error {
	if tx.dialect != Postgres {
		tx.notices = append(tx.notices, notice{channel, payload})
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
	if !channelName.MatchString(channel) {
		return fmt.Errorf("listen: bad channel name %q", channel)
	}
	if db.dialect != Postgres {
		return db.local.listen(ctx, channel, fn)
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

// notice is one payload on one channel.
type notice struct {
	channel, payload string
}

// localNotices hands SQLite's notices to the listeners of this process.
type localNotices struct {
	mu        sync.Mutex
	listeners map[*localListener]struct{}
}

type localListener struct {
	channel string
	fn      func(payload string)
}

// listen calls fn for every notice on channel until ctx ends.
func (l *localNotices) listen(ctx context.Context, channel string, fn func(payload string)) error {
	ln := &localListener{channel: channel, fn: fn}
	l.mu.Lock()
	if l.listeners == nil {
		l.listeners = map[*localListener]struct{}{}
	}
	l.listeners[ln] = struct{}{}
	l.mu.Unlock()

	<-ctx.Done()
	l.mu.Lock()
	delete(l.listeners, ln)
	l.mu.Unlock()
	return ctx.Err()
}

// deliver passes a committed transaction's notices to the listeners.
func (l *localNotices) deliver(notices []notice) {
	if len(notices) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, n := range notices {
		for ln := range l.listeners {
			if ln.channel == n.channel {
				ln.fn(n.payload)
			}
		}
	}
}
