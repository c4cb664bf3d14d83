package portal

import (
	"context"
	"fmt"
	"strings"

	"kring/backend/api"
	"kring/backend/store"
)

// NewPortal is what the organisation's operator gives to open a portal
// (ORG-1): the client and the first portal administrator.
type NewPortal struct {
	ClientName  string
	AdminGiven  string
	AdminFamily string
	AdminGender string
	AdminEmail  string
	AdminPhone  string
	// Organisation names who invites, in the invitation mail.
	Organisation string
}

// PortalCreated tells the operator what was made.
type PortalCreated struct {
	ClientID  string
	ContactID string
	Kind      string
}

// CreatePortal opens a portal for a client and names its first
// administrator, who gets every right and, like any invited person, an
// account by mail or an invitation to their existing account.
func (p *Portal) CreatePortal(ctx context.Context, in NewPortal, accounts Accounts) (PortalCreated, error) {
	name := strings.TrimSpace(in.ClientName)
	if name == "" {
		return PortalCreated{}, api.Errorf(api.CodeValidation, "the client needs a name")
	}
	admin, err := checkNewContact(api.NewContactRequest{GivenName: in.AdminGiven,
		FamilyName: in.AdminFamily, Gender: in.AdminGender, Email: in.AdminEmail, Phone: in.AdminPhone})
	if err != nil {
		return PortalCreated{}, err
	}

	out := PortalCreated{ClientID: store.NewID(), ContactID: store.NewID()}
	now := store.Time(p.clock.Now())
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		steps := []struct {
			q    string
			args []any
		}{
			{`INSERT INTO clients (id, name, created_at) VALUES (?, ?, ?)`, []any{out.ClientID, name, now}},
			{`INSERT INTO client_seq (client_id, seq) VALUES (?, 0)`, []any{out.ClientID}},
			{`INSERT INTO contacts (id, client_id, given_name, family_name, display_name, gender, role,
				email, phone, admin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)`,
				[]any{out.ContactID, out.ClientID, admin.GivenName, admin.FamilyName,
					admin.GivenName + " " + admin.FamilyName, admin.Gender, admin.Role,
					admin.Email, admin.Phone, now}},
		}
		for _, sec := range api.Sections {
			steps = append(steps, struct {
				q    string
				args []any
			}{`INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
				[]any{out.ContactID, string(sec), now}})
		}
		for _, st := range steps {
			if _, err := tx.Exec(ctx, st.q, st.args...); err != nil {
				return fmt.Errorf("create portal: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return PortalCreated{}, err
	}

	resp, err := p.sendCredentials(ctx, out.ClientID, out.ContactID, in.Organisation, accounts)
	out.Kind = resp.Kind
	if err != nil {
		return out, err
	}
	return out, p.Audit(ctx, AuditEntry{ClientID: out.ClientID, Action: AuditContactCreate,
		Subject: out.ContactID, DeviceID: "operator"})
}
