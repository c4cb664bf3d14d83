package portal

import (
	"context"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// Entity names used in the change sequence.
const (
	EntityAppointment   = "appointment"
	EntityReport        = "report"
	EntityGoal          = "goal"
	EntityDocument      = "document"
	EntityConversation  = "conversation"
	EntityMessage       = "message"
	EntityPost          = "post"
	EntityCareTeam      = "careTeam"
	EntityClientDetails = "clientDetails"
)

// ChangeChannel is the PostgreSQL NOTIFY channel on which every recorded
// change names its client, so that the live streams of all server
// processes hear of it when the write commits.
const ChangeChannel = "kring_changes"

// RecordChange gives a write the next number in its client's change
// sequence. It runs inside the writing transaction and takes the lock on
// the client's counter row, so numbers commit in order even with several
// server processes on PostgreSQL.
func RecordChange(ctx context.Context, tx *store.Tx, clientID string, section api.Section,
	entity, entityID string, deleted bool, at string) (int64, error) {
	var seq int64
	err := tx.QueryRow(ctx, `
		INSERT INTO client_seq (client_id, seq) VALUES (?, 1)
		ON CONFLICT (client_id) DO UPDATE SET seq = client_seq.seq + 1
		RETURNING seq`, clientID).Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("next change number: %w", err)
	}

	// One row per entity: a later change replaces the earlier one.
	if _, err := tx.Exec(ctx, `DELETE FROM changes WHERE client_id = ? AND entity = ?
		AND entity_id = ?`, clientID, entity, entityID); err != nil {
		return 0, fmt.Errorf("drop older change: %w", err)
	}
	_, err = tx.Exec(ctx, `INSERT INTO changes (client_id, seq, section, entity, entity_id,
		deleted, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		clientID, seq, string(section), entity, entityID, deleted, at)
	if err != nil {
		return 0, fmt.Errorf("record change: %w", err)
	}
	if err := tx.Notify(ctx, ChangeChannel, clientID); err != nil {
		return 0, err
	}
	return seq, nil
}
