package portal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// invite links a contact to an account and leaves a pending invitation,
// unless one is pending already (AUTH-7).
func (p *Portal) invite(ctx context.Context, tx *store.Tx, c ContactRecord, userID, invitedBy string) error {
	now := store.Time(p.clock.Now())
	_, err := tx.Exec(ctx, `UPDATE contacts SET user_id = ?, invitation = 'pending' WHERE id = ?`,
		userID, c.ID)
	if err != nil {
		return fmt.Errorf("link contact: %w", err)
	}
	var pending int
	if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM invitations WHERE contact_id = ?
		AND state = 'pending'`, c.ID).Scan(&pending); err != nil {
		return fmt.Errorf("count invitations: %w", err)
	}
	if pending > 0 {
		return nil
	}
	_, err = tx.Exec(ctx, `INSERT INTO invitations (id, contact_id, client_id, user_id, invited_by,
		state, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
		store.NewID(), c.ID, c.ClientID, userID, invitedBy, now)
	if err != nil {
		return fmt.Errorf("create invitation: %w", err)
	}
	return nil
}

// invitation is a pending invitation of the user.
type invitation struct {
	ID, ContactID, ClientID, ClientName, InvitedBy string
}

func (p *Portal) pendingInvitation(ctx context.Context, tx *store.Tx, userID, id string) (invitation, error) {
	var inv invitation
	err := tx.QueryRow(ctx, `SELECT i.id, i.contact_id, i.client_id, cl.name, i.invited_by
		FROM invitations i JOIN clients cl ON cl.id = i.client_id
		JOIN contacts c ON c.id = i.contact_id
		WHERE i.id = ? AND i.user_id = ? AND i.state = 'pending' AND c.removed_at IS NULL`,
		id, userID).Scan(&inv.ID, &inv.ContactID, &inv.ClientID, &inv.ClientName, &inv.InvitedBy)
	if errors.Is(err, sql.ErrNoRows) {
		return invitation{}, api.Errorf(api.CodeNotFound, "no such pending invitation")
	}
	if err != nil {
		return invitation{}, fmt.Errorf("load invitation: %w", err)
	}
	return inv, nil
}

// AcceptInvitation opens the invited portal to the user (AUTH-7).
func (p *Portal) AcceptInvitation(ctx context.Context, by Actor, id string) error {
	now := store.Time(p.clock.Now())
	var inv invitation
	err := p.db.InTx(ctx, func(tx *store.Tx) error {
		var err error
		if inv, err = p.pendingInvitation(ctx, tx, by.UserID, id); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE invitations SET state = 'accepted', answered_at = ?
			WHERE id = ?`, now, inv.ID); err != nil {
			return fmt.Errorf("accept invitation: %w", err)
		}
		if _, err := tx.Exec(ctx, `UPDATE contacts SET invitation = 'accepted' WHERE id = ?`,
			inv.ContactID); err != nil {
			return fmt.Errorf("open portal: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	p.Notify(inv.ClientID)
	return p.Audit(ctx, AuditEntry{UserID: by.UserID, DeviceID: by.DeviceID, ClientID: inv.ClientID,
		Action: AuditInviteAccept, Subject: inv.ContactID})
}

// Report is an invitation reported as unknown, for the helpdesk.
type Report struct {
	ID         string
	CreatedAt  string
	UserName   string
	UserEmail  string
	ClientName string
	InvitedBy  string
	Helpdesk   string
}

// ReportInvitation marks an invitation the user does not know as reported
// and records a helpdesk report; the caller mails the helpdesk (AUTH-7).
func (p *Portal) ReportInvitation(ctx context.Context, by Actor, id, helpdesk string) (Report, error) {
	now := store.Time(p.clock.Now())
	r := Report{ID: store.NewID(), CreatedAt: now, Helpdesk: helpdesk}
	var inv invitation
	err := p.db.InTx(ctx, func(tx *store.Tx) error {
		var err error
		if inv, err = p.pendingInvitation(ctx, tx, by.UserID, id); err != nil {
			return err
		}
		r.ClientName, r.InvitedBy = inv.ClientName, inv.InvitedBy
		if err := tx.QueryRow(ctx, `SELECT user_name, email FROM users WHERE id = ?`,
			by.UserID).Scan(&r.UserName, &r.UserEmail); err != nil {
			return fmt.Errorf("load user: %w", err)
		}
		for _, st := range []struct {
			q    string
			args []any
		}{
			{`UPDATE invitations SET state = 'reported', answered_at = ? WHERE id = ?`, []any{now, inv.ID}},
			{`UPDATE contacts SET invitation = 'reported' WHERE id = ?`, []any{inv.ContactID}},
			{`INSERT INTO helpdesk_reports (id, invitation_id, user_id, client_id, created_at, helpdesk)
				VALUES (?, ?, ?, ?, ?, ?)`, []any{r.ID, inv.ID, by.UserID, inv.ClientID, now, helpdesk}},
		} {
			if _, err := tx.Exec(ctx, st.q, st.args...); err != nil {
				return fmt.Errorf("report invitation: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return Report{}, err
	}
	return r, p.Audit(ctx, AuditEntry{UserID: by.UserID, DeviceID: by.DeviceID, ClientID: inv.ClientID,
		Action: AuditInviteReported, Subject: inv.ContactID})
}

// HelpdeskReports lists the reports of unknown invitations, newest first,
// for the operator (ORG-1).
func (p *Portal) HelpdeskReports(ctx context.Context) ([]Report, error) {
	rows, err := p.db.Query(ctx, `SELECT h.id, h.created_at, u.user_name, u.email, cl.name,
		i.invited_by, h.helpdesk FROM helpdesk_reports h
		JOIN users u ON u.id = h.user_id JOIN clients cl ON cl.id = h.client_id
		JOIN invitations i ON i.id = h.invitation_id ORDER BY h.created_at DESC`)
	if err != nil {
		return nil, fmt.Errorf("list helpdesk reports: %w", err)
	}
	defer rows.Close()
	var out []Report
	for rows.Next() {
		var r Report
		if err := rows.Scan(&r.ID, &r.CreatedAt, &r.UserName, &r.UserEmail, &r.ClientName,
			&r.InvitedBy, &r.Helpdesk); err != nil {
			return nil, fmt.Errorf("scan helpdesk report: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
