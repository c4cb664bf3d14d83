package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Cursor returns the sync cursor of a client and the time of its last
// successful sync ("" when never).
func (c *Cache) Cursor(ctx context.Context, clientID string) (int64, string, error) {
	var cur int64
	var last string
	err := c.read.QueryRowContext(ctx, `SELECT cursor, last_sync FROM cursors
		WHERE client_id = ?`, clientID).Scan(&cur, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	if err != nil {
		return 0, "", fmt.Errorf("read cursor: %w", err)
	}
	return cur, last, nil
}

func setCursor(ctx context.Context, tx *sql.Tx, clientID string, cursor int64, at string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO cursors (client_id, cursor, last_sync)
		VALUES (?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET cursor = excluded.cursor,
		last_sync = excluded.last_sync`, clientID, cursor, at)
	if err != nil {
		return fmt.Errorf("store cursor: %w", err)
	}
	return nil
}

// ForgetClient removes everything cached of a client the user may no
// longer open.
func (c *Cache) ForgetClient(ctx context.Context, clientID string) error {
	return c.inTx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM records WHERE client_id = ?`,
			`DELETE FROM cursors WHERE client_id = ?`} {
			if _, err := tx.ExecContext(ctx, q, clientID); err != nil {
				return fmt.Errorf("forget client: %w", err)
			}
		}
		return nil
	})
}

// Meta returns a small clear-text setting, "" when unset.
func (c *Cache) Meta(ctx context.Context, key string) (string, error) {
	var v string
	err := c.read.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read meta: %w", err)
	}
	return v, nil
}

// SetMeta stores a small clear-text setting; never dossier content.
func (c *Cache) SetMeta(ctx context.Context, key, value string) error {
	_, err := c.write.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	if err != nil {
		return fmt.Errorf("store meta: %w", err)
	}
	return nil
}

// Clients lists the client ids the cache holds records of.
func (c *Cache) Clients(ctx context.Context) ([]string, error) {
	rows, err := c.read.QueryContext(ctx, `SELECT DISTINCT client_id FROM records`)
	if err != nil {
		return nil, fmt.Errorf("list cached clients: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("scan cached client: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
