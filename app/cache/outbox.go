package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Outbox item states.
const (
	StatePending = "pending"
	StateDone    = "done"
	StateFailed  = "failed"
)

// Item is one write waiting in the outbox. Payload is sealed at rest; the
// idempotency key is made when the item enters the outbox and sent with
// every attempt, so the server applies it once.
type Item struct {
	Seq       int64
	ID        string
	ClientID  string
	Kind      string
	IdemKey   string
	DependsOn string
	State     string
	ErrorCode string
	Attempts  int
	ResultID  string
	CreatedAt string
	Payload   []byte
	// Detail is the server's answer to a refusal, such as its version of
	// a record in a conflict.
	Detail []byte
}

// Enqueue adds an item at the end of the outbox.
func (c *Cache) Enqueue(ctx context.Context, it Item) error {
	sealed := c.seal.seal(it.Payload, "outbox", it.ID)
	_, err := c.write.ExecContext(ctx, `INSERT INTO outbox (id, client_id, kind, idem_key,
		depends_on, state, created_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		it.ID, it.ClientID, it.Kind, it.IdemKey, it.DependsOn, StatePending, it.CreatedAt, sealed)
	if err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	return nil
}

// Items lists outbox items in the given states, oldest first.
func (c *Cache) Items(ctx context.Context, states ...string) ([]Item, error) {
	q := `SELECT seq, id, client_id, kind, idem_key, depends_on, state, error_code,
		attempts, result_id, created_at, payload, detail FROM outbox`
	var args []any
	for i, s := range states {
		if i == 0 {
			q += ` WHERE state IN (?`
		} else {
			q += `, ?`
		}
		args = append(args, s)
	}
	if len(states) > 0 {
		q += `)`
	}
	rows, err := c.write.QueryContext(ctx, q+` ORDER BY seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("list outbox: %w", err)
	}
	defer rows.Close()

	var list []Item
	for rows.Next() {
		var it Item
		var sealed, detail []byte
		if err := rows.Scan(&it.Seq, &it.ID, &it.ClientID, &it.Kind, &it.IdemKey,
			&it.DependsOn, &it.State, &it.ErrorCode, &it.Attempts, &it.ResultID,
			&it.CreatedAt, &sealed, &detail); err != nil {
			return nil, fmt.Errorf("scan outbox: %w", err)
		}
		if it.Payload, err = c.seal.open(sealed, "outbox", it.ID); err != nil {
			return nil, fmt.Errorf("open outbox item %s: %w", it.ID, err)
		}
		if len(detail) > 0 {
			it.Detail, _ = c.seal.open(detail, "outbox-detail", it.ID)
		}
		list = append(list, it)
	}
	return list, rows.Err()
}

// Item returns one outbox item.
func (c *Cache) Item(ctx context.Context, id string) (Item, error) {
	all, err := c.Items(ctx)
	if err != nil {
		return Item{}, err
	}
	for _, it := range all {
		if it.ID == id {
			return it, nil
		}
	}
	return Item{}, ErrNotFound
}

// MarkDone records that the server accepted an item, with the id of the
// record it made (for items that depend on it).
func (c *Cache) MarkDone(ctx context.Context, id, resultID string) error {
	return c.setState(ctx, `UPDATE outbox SET state = ?, result_id = ?, error_code = ''
		WHERE id = ?`, StateDone, resultID, id)
}

// MarkFailed records that the server refused an item, with the API code
// and, when the server sent one, its detail (kept sealed).
func (c *Cache) MarkFailed(ctx context.Context, id, code string, detail []byte) error {
	var sealed []byte
	if len(detail) > 0 {
		sealed = c.seal.seal(detail, "outbox-detail", id)
	}
	return c.setState(ctx, `UPDATE outbox SET state = ?, error_code = ?, detail = ?
		WHERE id = ?`, StateFailed, code, sealed, id)
}

// NoteAttempt counts an attempt that did not reach an answer.
func (c *Cache) NoteAttempt(ctx context.Context, id string) error {
	return c.setState(ctx, `UPDATE outbox SET attempts = attempts + 1 WHERE id = ?`, id)
}

// Retry puts a failed item back in the queue, keeping its key and place.
func (c *Cache) Retry(ctx context.Context, id string) error {
	return c.setState(ctx, `UPDATE outbox SET state = ?, error_code = '', detail = NULL
		WHERE id = ? AND state = ?`, StatePending, id, StateFailed)
}

// Edit replaces a failed item's payload and queues it again. The key is
// new, since the server refused the old request and may have kept its key.
func (c *Cache) Edit(ctx context.Context, id, newKey string, payload []byte) error {
	sealed := c.seal.seal(payload, "outbox", id)
	return c.setState(ctx, `UPDATE outbox SET payload = ?, idem_key = ?, state = ?,
		error_code = '', detail = NULL WHERE id = ? AND state = ?`, sealed, newKey, StatePending, id, StateFailed)
}

// Discard removes an item that has not been sent, and the items that
// depend on it.
func (c *Cache) Discard(ctx context.Context, id string) error {
	return c.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE state != ? AND
			(id = ? OR depends_on = ?)`, StateDone, id, id)
		if err != nil {
			return fmt.Errorf("discard outbox item: %w", err)
		}
		return nil
	})
}

// PruneDone forgets sent items that no waiting item depends on.
func (c *Cache) PruneDone(ctx context.Context) error {
	_, err := c.write.ExecContext(ctx, `DELETE FROM outbox WHERE state = ? AND id NOT IN
		(SELECT depends_on FROM outbox WHERE state != ?)`, StateDone, StateDone)
	if err != nil {
		return fmt.Errorf("prune outbox: %w", err)
	}
	return nil
}

func (c *Cache) setState(ctx context.Context, q string, args ...any) error {
	res, err := c.write.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("update outbox: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// IsNotFound reports whether err means a missing record or item.
func IsNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
