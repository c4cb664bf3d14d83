package portal

import (
	"context"
	"fmt"
	"net/mail"
	"slices"
	"strings"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/store"
)

// Actor is who makes a change, for the audit log.
type Actor struct {
	UserID   string
	DeviceID string
}

// CreateContact adds a contact the organisation did not know, with the
// role Contactpersoon Cliëntportaal (USERS-3).
func (p *Portal) CreateContact(ctx context.Context, by Actor, clientID string, req api.NewContactRequest) (api.Contact, error) {
	if _, err := p.requireAdminWrite(ctx, by.UserID, clientID); err != nil {
		return api.Contact{}, err
	}
	in, err := checkNewContact(req)
	if err != nil {
		return api.Contact{}, err
	}

	id := store.NewID()
	display := strings.TrimSpace(in.GivenName + " " + in.FamilyName)
	_, err = p.db.Exec(ctx, `INSERT INTO contacts (id, client_id, given_name, family_name,
		display_name, gender, role, email, phone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, clientID, in.GivenName, in.FamilyName, display, in.Gender, in.Role, in.Email, in.Phone,
		store.Time(p.clock.Now()))
	if err != nil {
		return api.Contact{}, fmt.Errorf("create contact: %w", err)
	}
	return p.auditedContact(ctx, by, clientID, id, AuditContactCreate, "")
}

// checkNewContact validates and normalises a new contact.
func checkNewContact(req api.NewContactRequest) (api.NewContactRequest, error) {
	req.GivenName = strings.TrimSpace(req.GivenName)
	req.FamilyName = strings.TrimSpace(req.FamilyName)
	if req.GivenName == "" || req.FamilyName == "" || len(req.GivenName)+len(req.FamilyName) > 200 {
		return req, api.Errorf(api.CodeValidation, "first and last name are required")
	}
	if req.Role == "" {
		req.Role = api.RolePortalContact
	}
	if req.Role != api.RolePortalContact {
		return req, api.Errorf(api.CodeValidation, "a new contact's role is always "+api.RolePortalContact)
	}
	if !slices.Contains(api.Genders, req.Gender) {
		return req, api.Errorf(api.CodeValidation, "gender is one of male, female, other, unknown")
	}
	var err error
	if req.Email, err = checkEmail(req.Email); err != nil {
		return req, err
	}
	req.Phone, err = auth.NormalizeMobile(req.Phone)
	return req, err
}

// checkEmail accepts a plain address such as anna+kring@example.nl.
func checkEmail(email string) (string, error) {
	email = strings.TrimSpace(email)
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || len(email) > 254 {
		return "", api.Errorf(api.CodeValidation, "e-mail address is not valid")
	}
	return email, nil
}

// AdoptContact completes a known contact with the e-mail address and
// mobile number needed to sign in; the role stays as the ECD gave it
// (USERS-2).
func (p *Portal) AdoptContact(ctx context.Context, by Actor, clientID, contactID string, req api.AdoptContactRequest) (api.Contact, error) {
	if _, err := p.requireAdminWrite(ctx, by.UserID, clientID); err != nil {
		return api.Contact{}, err
	}
	email, err := checkEmail(req.Email)
	if err != nil {
		return api.Contact{}, err
	}
	phone, err := auth.NormalizeMobile(req.Phone)
	if err != nil {
		return api.Contact{}, err
	}
	if _, err := contact(ctx, p.db, clientID, contactID); err != nil {
		return api.Contact{}, err
	}

	_, err = p.db.Exec(ctx, `UPDATE contacts SET email = ?, phone = ? WHERE id = ?`, email, phone, contactID)
	if err != nil {
		return api.Contact{}, fmt.Errorf("adopt contact: %w", err)
	}
	return p.auditedContact(ctx, by, clientID, contactID, AuditContactAdopt, "")
}

// SetContactPhone sets a contact's new mobile number, and that of their
// account, for a user who lost their phone (AUTH-8). Known shortcoming:
// the account may belong to other portals too, whose SMS codes then go to
// the number this administrator chose.
func (p *Portal) SetContactPhone(ctx context.Context, by Actor, clientID, contactID, phone string) (api.Contact, error) {
	if _, err := p.RequireAdmin(ctx, by.UserID, clientID); err != nil {
		return api.Contact{}, err
	}
	normal, err := auth.NormalizeMobile(phone)
	if err != nil {
		return api.Contact{}, err
	}
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		c, err := contact(ctx, tx, clientID, contactID)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE contacts SET phone = ? WHERE id = ?`, normal, c.ID); err != nil {
			return fmt.Errorf("set contact phone: %w", err)
		}
		if c.UserID == "" {
			return nil
		}
		if _, err := tx.Exec(ctx, `UPDATE users SET phone = ? WHERE id = ?`, normal, c.UserID); err != nil {
			return fmt.Errorf("set account phone: %w", err)
		}
		return nil
	})
	if err != nil {
		return api.Contact{}, err
	}
	return p.auditedContact(ctx, by, clientID, contactID, AuditContactPhone, "")
}

// RemoveContact removes a contact from the portal (USERS-5). Contacts from
// the ECD are locked; the last administrator cannot be removed. The row
// stays, marked removed, so a removed user who signs in learns that access
// was withdrawn (AUTH-6).
func (p *Portal) RemoveContact(ctx context.Context, by Actor, clientID, contactID string) error {
	if _, err := p.RequireAdmin(ctx, by.UserID, clientID); err != nil {
		return err
	}
	now := store.Time(p.clock.Now())
	err := p.db.InTx(ctx, func(tx *store.Tx) error {
		c, err := contact(ctx, tx, clientID, contactID)
		if err != nil {
			return err
		}
		if c.Locked {
			return api.Errorf(api.CodeContactLocked, "contact comes from the ECD")
		}
		if c.Admin {
			if err := otherAdminRemains(ctx, tx, clientID, c.ID); err != nil {
				return err
			}
		}
		for _, q := range []string{
			`UPDATE contacts SET removed_at = ?, admin = FALSE WHERE id = ?`,
			`UPDATE rights SET granted = FALSE, changed_at = ? WHERE contact_id = ?`,
			`UPDATE invitations SET state = 'withdrawn', answered_at = ? WHERE contact_id = ? AND state = 'pending'`,
		} {
			if _, err := tx.Exec(ctx, q, now, c.ID); err != nil {
				return fmt.Errorf("remove contact: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	p.Notify(clientID)
	return p.Audit(ctx, AuditEntry{UserID: by.UserID, DeviceID: by.DeviceID, ClientID: clientID,
		Action: AuditContactRemove, Subject: contactID})
}

// otherAdminRemains refuses when no administrator but this contact is left.
func otherAdminRemains(ctx context.Context, tx *store.Tx, clientID, contactID string) error {
	var n int
	err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM contacts WHERE client_id = ? AND id <> ?
		AND admin = TRUE AND removed_at IS NULL`, clientID, contactID).Scan(&n)
	if err != nil {
		return fmt.Errorf("count administrators: %w", err)
	}
	if n == 0 {
		return api.Errorf(api.CodeLastAdministrator, "no other administrator remains")
	}
	return nil
}

// MakeAdmin makes a contact with an account co-administrator (USERS-8).
func (p *Portal) MakeAdmin(ctx context.Context, by Actor, clientID, contactID string) (api.Contact, error) {
	if _, err := p.requireAdminWrite(ctx, by.UserID, clientID); err != nil {
		return api.Contact{}, err
	}
	c, err := contact(ctx, p.db, clientID, contactID)
	if err != nil {
		return api.Contact{}, err
	}
	if !c.HasAccount {
		return api.Contact{}, api.Errorf(api.CodeValidation, "only a contact with an account can administer")
	}
	if _, err := p.db.Exec(ctx, `UPDATE contacts SET admin = TRUE WHERE id = ?`, c.ID); err != nil {
		return api.Contact{}, fmt.Errorf("make administrator: %w", err)
	}
	return p.auditedContact(ctx, by, clientID, contactID, AuditAdminGrant, "")
}

// StepDown ends the user's own administration of the portal, when
// another administrator remains (USERS-8).
func (p *Portal) StepDown(ctx context.Context, by Actor, clientID string) error {
	a, err := p.RequireAdmin(ctx, by.UserID, clientID)
	if err != nil {
		return err
	}
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		if err := otherAdminRemains(ctx, tx, clientID, a.ContactID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE contacts SET admin = FALSE WHERE id = ?`, a.ContactID)
		if err != nil {
			return fmt.Errorf("step down: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return p.Audit(ctx, AuditEntry{UserID: by.UserID, DeviceID: by.DeviceID, ClientID: clientID,
		Action: AuditAdminStepDown, Subject: a.ContactID})
}

// auditedContact records a change of a contact and returns it afresh.
func (p *Portal) auditedContact(ctx context.Context, by Actor, clientID, contactID, action string,
	section api.Section) (api.Contact, error) {
	if err := p.Audit(ctx, AuditEntry{UserID: by.UserID, DeviceID: by.DeviceID, ClientID: clientID,
		Section: section, Action: action, Subject: contactID}); err != nil {
		return api.Contact{}, err
	}
	c, err := contact(ctx, p.db, clientID, contactID)
	return c.Contact, err
}
