package portal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// ContactRecord is a contact with the details the API does not show.
type ContactRecord struct {
	api.Contact
	ClientID string
	UserID   string
	Phone    string
}

const contactColumns = `c.id, c.client_id, c.user_id, c.given_name, c.family_name,
	c.display_name, c.gender, c.role, c.email, c.phone, c.locked, c.admin, c.invitation`

// querier is what both the database and a transaction offer for reads.
type querier interface {
	QueryRow(ctx context.Context, query string, args ...any) *sql.Row
	Query(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func scanContact(row interface{ Scan(...any) error }) (ContactRecord, error) {
	var c ContactRecord
	var userID sql.NullString
	err := row.Scan(&c.ID, &c.ClientID, &userID, &c.GivenName, &c.FamilyName, &c.DisplayName,
		&c.Gender, &c.Role, &c.Email, &c.Phone, &c.Locked, &c.Admin, &c.Invitation)
	if errors.Is(err, sql.ErrNoRows) {
		return ContactRecord{}, api.Errorf(api.CodeNotFound, "no such contact")
	}
	if err != nil {
		return ContactRecord{}, fmt.Errorf("scan contact: %w", err)
	}
	c.UserID = userID.String
	c.HasAccount = userID.Valid
	c.PhoneHint = api.PhoneHint(c.Phone)
	c.Pending = c.Invitation == api.InvitationPending
	c.Rights = []api.Section{}
	return c, nil
}

// contact loads one present contact of a client.
func contact(ctx context.Context, q querier, clientID, contactID string) (ContactRecord, error) {
	c, err := scanContact(q.QueryRow(ctx, `SELECT `+contactColumns+` FROM contacts c
		WHERE c.id = ? AND c.client_id = ? AND c.removed_at IS NULL`, contactID, clientID))
	if err != nil {
		return ContactRecord{}, err
	}
	rights, err := contactRights(ctx, q, c.ID)
	if err != nil {
		return ContactRecord{}, err
	}
	c.Rights = rights
	return c, nil
}

func contactRights(ctx context.Context, q querier, contactID string) ([]api.Section, error) {
	rows, err := q.Query(ctx, `SELECT section FROM rights WHERE contact_id = ? AND granted = TRUE`, contactID)
	if err != nil {
		return nil, fmt.Errorf("load rights: %w", err)
	}
	defer rows.Close()
	granted := map[api.Section]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("scan right: %w", err)
		}
		granted[api.Section(s)] = true
	}
	return inOrder(granted), rows.Err()
}

// inOrder lists granted sections in display order.
func inOrder(granted map[api.Section]bool) []api.Section {
	out := []api.Section{}
	for _, s := range api.Sections {
		if granted[s] {
			out = append(out, s)
		}
	}
	return out
}

// RequireAdmin loads access and checks that the user administers this
// portal (USERS-*). Others get forbidden; strangers not_found.
func (p *Portal) RequireAdmin(ctx context.Context, userID, clientID string) (Access, error) {
	a, err := p.Access(ctx, userID, clientID)
	if err != nil {
		return Access{}, err
	}
	if !a.Admin {
		return Access{}, api.Errorf(api.CodeForbidden, "not an administrator of this portal")
	}
	return a, nil
}

// requireAdminWrite is RequireAdmin for a change: a closed portal is
// read-only.
func (p *Portal) requireAdminWrite(ctx context.Context, userID, clientID string) (Access, error) {
	a, err := p.RequireAdmin(ctx, userID, clientID)
	if err != nil {
		return Access{}, err
	}
	if a.ReadOnly {
		return Access{}, api.Errorf(api.CodePortalClosed, "portal is closed")
	}
	return a, nil
}

// Contacts lists every present contact the organisation knows for the
// client, with their rights, for its administrator (USERS-1).
func (p *Portal) Contacts(ctx context.Context, userID, clientID string) (api.ContactList, error) {
	a, err := p.RequireAdmin(ctx, userID, clientID)
	if err != nil {
		return api.ContactList{}, err
	}
	all, err := p.contacts(ctx, clientID)
	if err != nil {
		return api.ContactList{}, err
	}
	list := api.ContactList{Contacts: []api.Contact{}}
	for _, c := range all {
		c.Self = c.ID == a.ContactID
		list.Contacts = append(list.Contacts, c.Contact)
	}
	return list, nil
}

// contacts loads the present contacts of a client with their rights.
func (p *Portal) contacts(ctx context.Context, clientID string) ([]ContactRecord, error) {
	rows, err := p.db.Query(ctx, `SELECT `+contactColumns+` FROM contacts c
		WHERE c.client_id = ? AND c.removed_at IS NULL
		ORDER BY c.family_name, c.given_name, c.id`, clientID)
	if err != nil {
		return nil, fmt.Errorf("list contacts: %w", err)
	}
	var out []ContactRecord
	for rows.Next() {
		c, err := scanContact(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	for i := range out {
		if out[i].Rights, err = contactRights(ctx, p.db, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ClientName returns a client's name, for mails.
func (p *Portal) ClientName(ctx context.Context, clientID string) (string, error) {
	var name string
	err := p.db.QueryRow(ctx, `SELECT name FROM clients WHERE id = ?`, clientID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("client %s: %w", clientID, store.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("load client: %w", err)
	}
	return name, nil
}

// ClientPhoto returns a client's photo to a user with access to the
// portal (HOME-1).
func (p *Portal) ClientPhoto(ctx context.Context, userID, clientID string) ([]byte, error) {
	if _, err := p.Access(ctx, userID, clientID); err != nil {
		return nil, err
	}
	var photo []byte
	err := p.db.QueryRow(ctx, `SELECT photo FROM clients WHERE id = ?`, clientID).Scan(&photo)
	if err != nil {
		return nil, fmt.Errorf("load client photo: %w", err)
	}
	if len(photo) == 0 {
		return nil, api.Errorf(api.CodeNotFound, "client has no photo")
	}
	return photo, nil
}
