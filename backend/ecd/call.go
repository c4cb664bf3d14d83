package ecd

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// call is one resource being written inside its transaction.
type call struct {
	ctx      context.Context
	tx       *store.Tx
	e        Entry
	now      time.Time
	at       string
	batch    *batch
	prior    prior
	clientID string
	// data is what other resources may look up later (ecd_resources.data).
	data string
	// warnings are references that could not be followed; the resource
	// was still written.
	warnings []string
}

// warn notes a reference that could not be followed.
func (c *call) warn(format string, args ...any) {
	c.warnings = append(c.warnings, fmt.Sprintf(format, args...))
}

// fhirID is the key of the resource in content tables: "Type/key".
func (c *call) fhirID() string { return c.e.Ref() }

// resolve turns a reference into "Type/id", following fullUrl references
// within the same import.
func (c *call) resolve(ref *Reference) (typ, id string) {
	if ref != nil {
		if to, ok := c.batch.urls[ref.Reference]; ok {
			typ, id, _ = strings.Cut(to, "/")
			return typ, id
		}
	}
	return refTarget(ref)
}

// useSubject ties the resource to the client its reference names. A
// resource without one, or naming a patient not imported, is unresolved:
// it is never guessed onto another client.
func (c *call) useSubject(ref *Reference) error {
	if ref == nil || (ref.Reference == "" && ref.Display == "") {
		return &unresolvedError{reason: "no subject: cannot tell which client it is about"}
	}
	typ, id := c.resolve(ref)
	if typ != "Patient" || id == "" {
		return &unresolvedError{reason: fmt.Sprintf("subject %q is not a literal Patient reference",
			truncate(ref.Reference+ref.Display, 80))}
	}
	clientID, err := clientByPatient(c.ctx, c.tx, id)
	if err != nil {
		return err
	}
	if clientID == "" {
		return &unresolvedError{patientRef: "Patient/" + id,
			reason: fmt.Sprintf("patient Patient/%s is not imported (yet)", truncate(id, 64))}
	}
	return c.setClient(clientID)
}

// setClient fixes the client of the resource. A resource imported before
// for another client is refused rather than moved.
func (c *call) setClient(clientID string) error {
	if c.prior.found && c.prior.clientID != "" && c.prior.clientID != clientID {
		return errors.New("resource was imported for another client; refusing to move it")
	}
	c.clientID = clientID
	return nil
}

func clientByPatient(ctx context.Context, tx *store.Tx, patientID string) (string, error) {
	var id string
	err := tx.QueryRow(ctx, `SELECT id FROM clients WHERE fhir_id = ?`, patientID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("look up patient: %w", err)
	}
	return id, nil
}

// remember records that the resource was imported, with its content hash.
func (c *call) remember(hash string) error {
	var client any
	if c.clientID != "" {
		client = c.clientID
	}
	_, err := c.tx.Exec(c.ctx, `INSERT INTO ecd_resources (resource_type, fhir_id, client_id,
		content_hash, data, imported_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (resource_type, fhir_id) DO UPDATE SET client_id = excluded.client_id,
			content_hash = excluded.content_hash, data = excluded.data,
			imported_at = excluded.imported_at`,
		c.e.Type, c.e.Key, client, hash, c.data, c.at)
	if err != nil {
		return fmt.Errorf("remember import: %w", err)
	}
	if _, err := c.tx.Exec(c.ctx, `DELETE FROM ecd_pending WHERE resource_type = ? AND fhir_id = ?`,
		c.e.Type, c.e.Key); err != nil {
		return fmt.Errorf("clear pending: %w", err)
	}
	return nil
}

// change records a write in the client's change sequence for sync.
func (c *call) change(section api.Section, entity, id string, deleted bool) error {
	_, err := portal.RecordChange(c.ctx, c.tx, c.clientID, section, entity, id, deleted, c.at)
	return err
}

// upsert writes a content row keyed on (client, fhir id) and returns its
// id. Every content table has id, client_id, fhir_id and updated_at.
func (c *call) upsert(table, fhirID string, cols []string, vals []any) (string, error) {
	var id string
	err := c.tx.QueryRow(c.ctx, `SELECT id FROM `+table+` WHERE client_id = ? AND fhir_id = ?`,
		c.clientID, fhirID).Scan(&id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("find %s row: %w", table, err)
	}

	if errors.Is(err, sql.ErrNoRows) {
		id = store.NewID()
		all := append([]string{"id", "client_id", "fhir_id", "updated_at"}, cols...)
		args := append([]any{id, c.clientID, fhirID, c.at}, vals...)
		q := `INSERT INTO ` + table + ` (` + strings.Join(all, ", ") + `) VALUES (?` +
			strings.Repeat(", ?", len(all)-1) + `)`
		if _, err := c.tx.Exec(c.ctx, q, args...); err != nil {
			return "", fmt.Errorf("insert %s: %w", table, err)
		}
		return id, nil
	}

	sets := make([]string, len(cols))
	for i, col := range cols {
		sets[i] = col + " = ?"
	}
	q := `UPDATE ` + table + ` SET ` + strings.Join(sets, ", ") + `, updated_at = ? WHERE id = ?`
	if _, err := c.tx.Exec(c.ctx, q, append(vals, c.at, id)...); err != nil {
		return "", fmt.Errorf("update %s: %w", table, err)
	}
	return id, nil
}

// prune deletes the rows a resource wrote before under the fhir id prefix
// that it no longer holds, and returns their ids.
func (c *call) prune(table, prefix string, keep []string) ([]string, error) {
	rows, err := c.tx.Query(c.ctx, `SELECT id, fhir_id FROM `+table+`
		WHERE client_id = ? AND substr(fhir_id, 1, ?) = ?`, c.clientID, len(prefix), prefix)
	if err != nil {
		return nil, fmt.Errorf("list %s rows: %w", table, err)
	}
	kept := map[string]bool{}
	for _, k := range keep {
		kept[k] = true
	}
	var gone []string
	for rows.Next() {
		var id, fid string
		if err := rows.Scan(&id, &fid); err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan %s row: %w", table, err)
		}
		if !kept[fid] {
			gone = append(gone, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range gone {
		if _, err := c.tx.Exec(c.ctx, `DELETE FROM `+table+` WHERE id = ?`, id); err != nil {
			return nil, fmt.Errorf("delete %s row: %w", table, err)
		}
	}
	return gone, nil
}

// lookup reads what an earlier import kept of a referenced resource.
func (c *call) lookup(typ, id string) (string, bool) {
	var data string
	err := c.tx.QueryRow(c.ctx, `SELECT data FROM ecd_resources WHERE resource_type = ? AND fhir_id = ?`,
		typ, id).Scan(&data)
	return data, err == nil
}

func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }
