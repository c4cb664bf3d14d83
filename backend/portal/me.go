package portal

import (
	"context"
	"fmt"

	"kring/backend/api"
)

// Me returns the user, the portals they may open and their pending
// invitations (HOME-1, AUTH-7).
func (p *Portal) Me(ctx context.Context, userID string) (api.Me, error) {
	var me api.Me
	var photo []byte
	err := p.db.QueryRow(ctx, `SELECT id, user_name, display_name, email, phone, photo
		FROM users WHERE id = ?`, userID).Scan(&me.User.ID, &me.User.UserName,
		&me.User.DisplayName, &me.User.Email, &me.User.PhoneHint, &photo)
	if err != nil {
		return api.Me{}, fmt.Errorf("load user: %w", err)
	}
	me.User.HasPhoto = len(photo) > 0
	me.User.PhoneHint = api.PhoneHint(me.User.PhoneHint)

	if me.Clients, err = p.clientCards(ctx, userID); err != nil {
		return api.Me{}, err
	}
	if me.Invitations, err = p.Invitations(ctx, userID); err != nil {
		return api.Me{}, err
	}
	return me, nil
}

func (p *Portal) clientCards(ctx context.Context, userID string) ([]api.ClientCard, error) {
	rows, err := p.db.Query(ctx, `
		SELECT cl.id, cl.name, cl.photo IS NOT NULL, c.admin, cl.closed_at IS NOT NULL
		FROM contacts c JOIN clients cl ON cl.id = c.client_id
		WHERE c.user_id = ? AND c.removed_at IS NULL AND c.invitation = 'accepted'
		ORDER BY cl.name`, userID)
	if err != nil {
		return nil, fmt.Errorf("list portals: %w", err)
	}
	defer rows.Close()

	cards := []api.ClientCard{}
	for rows.Next() {
		var c api.ClientCard
		if err := rows.Scan(&c.ID, &c.Name, &c.HasPhoto, &c.Admin, &c.ReadOnly); err != nil {
			return nil, fmt.Errorf("scan portal: %w", err)
		}
		cards = append(cards, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}

	for i := range cards {
		a, err := p.Access(ctx, userID, cards[i].ID)
		if err != nil {
			return nil, err
		}
		cards[i].Rights = []api.Section{}
		for _, s := range api.Sections {
			if a.Has(s) {
				cards[i].Rights = append(cards[i].Rights, s)
			}
		}
	}
	return cards, nil
}

// Invitations lists the user's pending invitations.
func (p *Portal) Invitations(ctx context.Context, userID string) ([]api.Invitation, error) {
	rows, err := p.db.Query(ctx, `
		SELECT i.id, i.client_id, cl.name, i.invited_by, i.created_at
		FROM invitations i JOIN clients cl ON cl.id = i.client_id
		WHERE i.user_id = ? AND i.state = 'pending' ORDER BY i.created_at`, userID)
	if err != nil {
		return nil, fmt.Errorf("list invitations: %w", err)
	}
	defer rows.Close()

	out := []api.Invitation{}
	for rows.Next() {
		var inv api.Invitation
		if err := rows.Scan(&inv.ID, &inv.ClientID, &inv.ClientName, &inv.InvitedBy, &inv.CreatedAt); err != nil {
			return nil, fmt.Errorf("scan invitation: %w", err)
		}
		out = append(out, inv)
	}
	return out, rows.Err()
}
