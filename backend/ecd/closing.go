package ecd

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/portal"
	"kring/backend/store"
)

// ErrClientNotFound is returned when no client has the given id.
var ErrClientNotFound = errors.New("no client with that id")

// MaxReadOnlyDays bounds the read-only period of a closed portal.
const MaxReadOnlyDays = 3650

// Closed tells when a closed portal's data will be deleted.
type Closed struct {
	ClientID    string
	ClosedAt    time.Time
	DeleteAfter time.Time
}

// ClosePortal ends a client's portal (ECD-5): from now it is read-only
// (portal.RequireWrite refuses changes with portal_closed), and after
// readOnlyDays the sweep deletes its data. ref is Kring's client id or the
// ECD's patient id. Closing again only moves the deletion date.
func ClosePortal(ctx context.Context, db *store.DB, ref string, readOnlyDays int, by string, now time.Time) (Closed, error) {
	if readOnlyDays < 0 || readOnlyDays > MaxReadOnlyDays {
		return Closed{}, fmt.Errorf("read-only days must be between 0 and %d", MaxReadOnlyDays)
	}
	var out Closed
	err := db.InTx(ctx, func(tx *store.Tx) error {
		var closed sql.NullString
		err := tx.QueryRow(ctx, `SELECT id, closed_at FROM clients WHERE id = ? OR fhir_id = ?`, ref, ref).
			Scan(&out.ClientID, &closed)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrClientNotFound
		}
		if err != nil {
			return fmt.Errorf("find client: %w", err)
		}
		out.ClosedAt = now
		if closed.Valid {
			out.ClosedAt, _ = store.ParseTime(closed.String)
		}
		out.DeleteAfter = now.AddDate(0, 0, readOnlyDays)
		if _, err := tx.Exec(ctx, `UPDATE clients SET closed_at = ?, delete_after = ?, closed_by = ?
			WHERE id = ?`, store.Time(out.ClosedAt), store.Time(out.DeleteAfter), by, out.ClientID); err != nil {
			return fmt.Errorf("close portal: %w", err)
		}
		_, err = portal.RecordChange(ctx, tx, out.ClientID, api.SectionDetails, portal.EntityClientDetails,
			out.ClientID, false, store.Time(now))
		return err
	})
	return out, err
}

// Sweep deletes the portals whose read-only period has ended and keeps a
// record of each in deleted_portals. The audit log is kept: NEN 7513 asks
// that access to a record stays traceable after the record is gone.
func Sweep(ctx context.Context, db *store.DB, now time.Time) (int, error) {
	rows, err := db.Query(ctx, `SELECT id FROM clients WHERE delete_after IS NOT NULL
		AND closed_at IS NOT NULL AND delete_after <= ?`, store.Time(now))
	if err != nil {
		return 0, fmt.Errorf("find portals to delete: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("scan client: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for i, id := range ids {
		if err := deletePortal(ctx, db, id, now); err != nil {
			return i, err
		}
	}
	return len(ids), nil
}

// deletePortal removes one client and everything of it in one
// transaction; the content tables cascade from clients.
func deletePortal(ctx context.Context, db *store.DB, clientID string, now time.Time) error {
	return db.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO deleted_portals (client_id, fhir_id, closed_at, closed_by,
			delete_after, deleted_at) SELECT id, COALESCE(fhir_id, ''), closed_at, closed_by, delete_after, ?
			FROM clients WHERE id = ?`, store.Time(now), clientID)
		if err != nil {
			return fmt.Errorf("record deleted portal: %w", err)
		}
		// Rights go first, while their contacts still exist for the
		// triggers that log them; then the logs of this client.
		for _, q := range []string{
			`DELETE FROM rights WHERE contact_id IN (SELECT id FROM contacts WHERE client_id = ?)`,
			`DELETE FROM right_log WHERE client_id = ?`,
			`DELETE FROM changes WHERE client_id = ?`,
			`DELETE FROM helpdesk_reports WHERE client_id = ?`,
			`DELETE FROM clients WHERE id = ?`,
		} {
			if _, err := tx.Exec(ctx, q, clientID); err != nil {
				return fmt.Errorf("delete portal data: %w", err)
			}
		}
		return nil
	})
}

// DeletedPortal is the record that a portal was deleted.
type DeletedPortal struct {
	ClientID, FHIRID, ClosedBy       string
	ClosedAt, DeleteAfter, DeletedAt string
}

// DeletedPortals lists the record of deleted portals, newest first.
func DeletedPortals(ctx context.Context, db *store.DB) ([]DeletedPortal, error) {
	rows, err := db.Query(ctx, `SELECT client_id, fhir_id, closed_by, closed_at, delete_after, deleted_at
		FROM deleted_portals ORDER BY deleted_at DESC, client_id`)
	if err != nil {
		return nil, fmt.Errorf("list deleted portals: %w", err)
	}
	defer rows.Close()
	var out []DeletedPortal
	for rows.Next() {
		var d DeletedPortal
		if err := rows.Scan(&d.ClientID, &d.FHIRID, &d.ClosedBy, &d.ClosedAt, &d.DeleteAfter, &d.DeletedAt); err != nil {
			return nil, fmt.Errorf("scan deleted portal: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// SweepInterval is how often a running server looks for portals to delete.
const SweepInterval = 24 * time.Hour

// RunSweeper sweeps at once and then every interval until ctx ends. The
// ticker runs on real time; the deletion dates are compared with clk.
func RunSweeper(ctx context.Context, db *store.DB, clk clock.Clock, interval time.Duration, log *slog.Logger) {
	log = log.With("component", "portal_sweep")
	sweep := func() {
		n, err := Sweep(ctx, db, clk.Now())
		if err != nil {
			log.Error("delete closed portals", "err", err, "deleted", n)
			return
		}
		if n > 0 {
			log.Info("closed portals deleted", "count", n)
		}
	}
	sweep()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			sweep()
		}
	}
}
