package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ErrNotFound means the cache holds no such record.
var ErrNotFound = errors.New("not in cache")

// Record is one cached portal record. Data is the record's JSON as the
// server sent it; it is stored sealed. The other fields stay in clear and
// must hold nothing but ids, timestamps and sort keys.
type Record struct {
	ClientID string
	Entity   string
	ID       string
	Section  string
	// ParentID groups records: a message's conversation, a reply's post.
	ParentID string
	// SortKey orders records of one entity, usually an RFC 3339 instant.
	SortKey   string
	UpdatedAt string
	Data      []byte
}

// Batch is one pull's worth of changes for one client, applied in a single
// transaction together with the new cursor.
type Batch struct {
	ClientID string
	Cursor   int64
	SyncedAt string
	// Purge removes every record of these sections.
	Purge []string
	// Full sections are emptied before Put is applied.
	Full   []string
	Put    []Record
	Delete []RecordKey
}

// RecordKey names one record.
type RecordKey struct {
	Entity string
	ID     string
}

// Apply writes a batch atomically: a crash leaves either the old cursor and
// rows or the new ones.
func (c *Cache) Apply(ctx context.Context, b Batch) error {
	return c.inTx(ctx, func(tx *sql.Tx) error {
		for _, s := range append(append([]string{}, b.Purge...), b.Full...) {
			if _, err := tx.ExecContext(ctx, `DELETE FROM records
				WHERE client_id = ? AND section = ?`, b.ClientID, s); err != nil {
				return fmt.Errorf("purge section: %w", err)
			}
		}
		for _, k := range b.Delete {
			if _, err := tx.ExecContext(ctx, `DELETE FROM records
				WHERE client_id = ? AND entity = ? AND id = ?`, b.ClientID, k.Entity, k.ID); err != nil {
				return fmt.Errorf("delete record: %w", err)
			}
		}
		for _, r := range b.Put {
			r.ClientID = b.ClientID
			if err := c.put(ctx, tx, r); err != nil {
				return err
			}
		}
		return setCursor(ctx, tx, b.ClientID, b.Cursor, b.SyncedAt)
	})
}

// Put stores one record outside a pull, such as the server's answer to a
// write from the outbox.
func (c *Cache) Put(ctx context.Context, r Record) error {
	return c.inTx(ctx, func(tx *sql.Tx) error { return c.put(ctx, tx, r) })
}

func (c *Cache) put(ctx context.Context, tx *sql.Tx, r Record) error {
	sealed := c.seal.seal(r.Data, "records", r.ClientID, r.Entity, r.ID)
	_, err := tx.ExecContext(ctx, `INSERT INTO records (client_id, entity, id, section,
		parent_id, sort_key, updated_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (client_id, entity, id) DO UPDATE SET section = excluded.section,
		parent_id = excluded.parent_id, sort_key = excluded.sort_key,
		updated_at = excluded.updated_at, payload = excluded.payload`,
		r.ClientID, r.Entity, r.ID, r.Section, r.ParentID, r.SortKey, r.UpdatedAt, sealed)
	if err != nil {
		return fmt.Errorf("store record: %w", err)
	}
	return nil
}

// Delete removes one record.
func (c *Cache) Delete(ctx context.Context, clientID, entity, id string) error {
	_, err := c.write.ExecContext(ctx, `DELETE FROM records WHERE client_id = ?
		AND entity = ? AND id = ?`, clientID, entity, id)
	if err != nil {
		return fmt.Errorf("delete record: %w", err)
	}
	return nil
}

// Get returns one record.
func (c *Cache) Get(ctx context.Context, clientID, entity, id string) (Record, error) {
	rows, err := c.read.QueryContext(ctx, selectRecord+` WHERE client_id = ? AND entity = ?
		AND id = ?`, clientID, entity, id)
	if err != nil {
		return Record{}, fmt.Errorf("read record: %w", err)
	}
	list, err := c.scan(rows)
	if err != nil {
		return Record{}, err
	}
	if len(list) == 0 {
		return Record{}, ErrNotFound
	}
	return list[0], nil
}

// Query selects records of one entity of one client.
type Query struct {
	ClientID string
	Entity   string
	// ParentID, when set, keeps only the children of that record.
	ParentID string
	// From and To bound SortKey: From <= key < To; empty means open.
	From, To string
	// ToID, with To, also admits records whose key equals To and whose id
	// is below ToID: a cursor that does not skip records sharing a key.
	ToID string
	// FromID, with From, keeps only records after (From, FromID).
	FromID string
	// Newest lists in descending sort order.
	Newest bool
	Limit  int
}

// List returns the records a query selects, decrypted.
func (c *Cache) List(ctx context.Context, q Query) ([]Record, error) {
	sqlText := selectRecord + ` WHERE client_id = ? AND entity = ?`
	args := []any{q.ClientID, q.Entity}
	if q.ParentID != "" {
		sqlText += ` AND parent_id = ?`
		args = append(args, q.ParentID)
	}
	switch {
	case q.From != "" && q.FromID != "":
		sqlText += ` AND (sort_key > ? OR (sort_key = ? AND id > ?))`
		args = append(args, q.From, q.From, q.FromID)
	case q.From != "":
		sqlText += ` AND sort_key >= ?`
		args = append(args, q.From)
	}
	switch {
	case q.To != "" && q.ToID != "":
		sqlText += ` AND (sort_key < ? OR (sort_key = ? AND id < ?))`
		args = append(args, q.To, q.To, q.ToID)
	case q.To != "":
		sqlText += ` AND sort_key < ?`
		args = append(args, q.To)
	}
	if q.Newest {
		sqlText += ` ORDER BY sort_key DESC, id DESC`
	} else {
		sqlText += ` ORDER BY sort_key, id`
	}
	if q.Limit > 0 {
		sqlText += fmt.Sprintf(` LIMIT %d`, q.Limit)
	}

	rows, err := c.read.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, fmt.Errorf("list records: %w", err)
	}
	return c.scan(rows)
}

// Count returns how many records of an entity a client has.
func (c *Cache) Count(ctx context.Context, clientID, entity string) (int, error) {
	var n int
	err := c.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM records WHERE client_id = ?
		AND entity = ?`, clientID, entity).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count records: %w", err)
	}
	return n, nil
}

const selectRecord = `SELECT client_id, entity, id, section, parent_id, sort_key,
	updated_at, payload FROM records`

// scan reads and opens every row; a row that does not open is skipped and
// logged, since the next full sync brings it back.
func (c *Cache) scan(rows *sql.Rows) ([]Record, error) {
	defer rows.Close()
	var list []Record
	for rows.Next() {
		var r Record
		var sealed []byte
		if err := rows.Scan(&r.ClientID, &r.Entity, &r.ID, &r.Section, &r.ParentID,
			&r.SortKey, &r.UpdatedAt, &sealed); err != nil {
			return nil, fmt.Errorf("scan record: %w", err)
		}
		data, err := c.seal.open(sealed, "records", r.ClientID, r.Entity, r.ID)
		if err != nil {
			c.log.Warn("cached record does not open", "entity", r.Entity, "id", r.ID)
			continue
		}
		r.Data = data
		list = append(list, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read records: %w", err)
	}
	return list, nil
}

// inTx runs fn in one immediate transaction on the writer connection.
func (c *Cache) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := c.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin cache write: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit cache write: %w", err)
	}
	return nil
}
