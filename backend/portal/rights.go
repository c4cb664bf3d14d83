package portal

import (
	"context"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// SetRight sets one cell of the rights matrix (USERS-4). When this is the
// contact's first Ja and they were never sent their details for this
// portal, the answer offers "Gegevens versturen". Locked contacts from the
// ECD can be set to Nee like any other (USERS-5).
func (p *Portal) SetRight(ctx context.Context, by Actor, clientID, contactID string,
	section api.Section, granted bool) (api.SetRightResponse, error) {
	if !section.Valid() {
		return api.SetRightResponse{}, api.Errorf(api.CodeValidation, "unknown section")
	}
	if _, err := p.requireAdminWrite(ctx, by.UserID, clientID); err != nil {
		return api.SetRightResponse{}, err
	}

	var resp api.SetRightResponse
	err := p.db.InTx(ctx, func(tx *store.Tx) error {
		c, err := contact(ctx, tx, clientID, contactID)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO rights (contact_id, section, granted, changed_at)
			VALUES (?, ?, ?, ?) ON CONFLICT (contact_id, section)
			DO UPDATE SET granted = excluded.granted, changed_at = excluded.changed_at`,
			c.ID, string(section), granted, store.Time(p.clock.Now()))
		if err != nil {
			return fmt.Errorf("set right: %w", err)
		}
		resp.OfferCredentials = granted && len(c.Rights) == 0 && c.Invitation == api.InvitationNone
		return nil
	})
	if err != nil {
		return api.SetRightResponse{}, err
	}

	p.Notify(clientID)
	action := AuditRightSet
	if !granted {
		action = AuditRightRevoke
	}
	resp.Contact, err = p.auditedContact(ctx, by, clientID, contactID, action, section)
	return resp, err
}
