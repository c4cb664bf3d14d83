package ecd

import (
	"context"
	"encoding/json"
	"fmt"

	"kring/backend/store"
)

// keepPending sets a resource aside until its client arrives. Only the
// sanitised form is kept: identifiers are stripped before it is stored.
func (im *Importer) keepPending(ctx context.Context, e Entry, clean json.RawMessage, reason reasonText) error {
	patientRef := ""
	if un, ok := reason.err.(*unresolvedError); ok {
		patientRef = un.patientRef
	}
	at := store.Time(im.clock.Now())
	_, err := im.db.Exec(ctx, `INSERT INTO ecd_pending (resource_type, fhir_id, patient_ref, reason,
		resource, received_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (resource_type, fhir_id) DO UPDATE SET patient_ref = excluded.patient_ref,
			reason = excluded.reason, resource = excluded.resource,
			received_at = CASE WHEN ecd_pending.resource = excluded.resource
				THEN ecd_pending.received_at ELSE excluded.received_at END`,
		e.Type, e.Key, patientRef, reason.String(), string(clean), at)
	if err != nil {
		return fmt.Errorf("keep pending resource: %w", err)
	}
	return nil
}

// attachPending imports the resources that waited for a patient.
func (im *Importer) attachPending(ctx context.Context, patientRef string, b *batch) {
	rows, err := im.db.Query(ctx, `SELECT resource_type, fhir_id, resource, received_at
		FROM ecd_pending WHERE patient_ref = ? ORDER BY received_at, resource_type, fhir_id`, patientRef)
	if err != nil {
		im.log.Error("list pending resources", "err", err)
		return
	}
	var waiting []Entry
	for rows.Next() {
		var e Entry
		var raw, since string
		if err := rows.Scan(&e.Type, &e.Key, &raw, &since); err != nil {
			im.log.Error("scan pending resource", "err", err)
			break
		}
		e.Raw = json.RawMessage(raw)
		e.Source = "pending since " + since
		waiting = append(waiting, e)
	}
	rows.Close()

	for _, e := range waiting {
		im.importOne(ctx, e, b)
	}
}

// PendingItem is a resource waiting for its client.
type PendingItem struct {
	Type       string
	ID         string
	PatientRef string
	Reason     string
	ReceivedAt string
}

// Pending lists the resources set aside, oldest first.
func Pending(ctx context.Context, db *store.DB) ([]PendingItem, error) {
	rows, err := db.Query(ctx, `SELECT resource_type, fhir_id, patient_ref, reason, received_at
		FROM ecd_pending ORDER BY received_at, resource_type, fhir_id`)
	if err != nil {
		return nil, fmt.Errorf("list pending: %w", err)
	}
	defer rows.Close()
	var out []PendingItem
	for rows.Next() {
		var p PendingItem
		if err := rows.Scan(&p.Type, &p.ID, &p.PatientRef, &p.Reason, &p.ReceivedAt); err != nil {
			return nil, fmt.Errorf("scan pending: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
