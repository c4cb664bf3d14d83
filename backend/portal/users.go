package portal

import (
	"context"
	"errors"
	"fmt"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/store"
)

// Accounts is the part of the sign-in service that makes accounts and
// sends their mails; *auth.Service provides it.
type Accounts interface {
	CreateAccount(ctx context.Context, tx *store.Tx, a auth.NewAccount) (id, userName, password string, err error)
	ReissuePassword(ctx context.Context, tx *store.Tx, userID string) (string, error)
	MailCredentials(ctx context.Context, c auth.Credentials) error
	MailInvitation(ctx context.Context, inv auth.Invite) error
}

// SendCredentials is "Gegevens versturen" (USERS-4, AUTH-9). A person
// without an account gets one, with a user name and a one-time password
// by mail; a person who has an account (found by e-mail address, one per
// person) gets an invitation mail instead. Either way the contact's
// invitation is pending until they accept it.
func (p *Portal) SendCredentials(ctx context.Context, by Actor, clientID, contactID string,
	accounts Accounts) (api.SendCredentialsResponse, error) {
	a, err := p.requireAdminWrite(ctx, by.UserID, clientID)
	if err != nil {
		return api.SendCredentialsResponse{}, err
	}
	inviter, err := contact(ctx, p.db, clientID, a.ContactID)
	if err != nil {
		return api.SendCredentialsResponse{}, err
	}
	resp, err := p.sendCredentials(ctx, clientID, contactID, inviter.DisplayName, accounts)
	if err != nil {
		return api.SendCredentialsResponse{}, err
	}
	resp.Contact, err = p.auditedContact(ctx, by, clientID, contactID, AuditCredentials, "")
	return resp, err
}

// sendCredentials links the contact to an account, new or existing,
// leaves a pending invitation and sends the mail.
func (p *Portal) sendCredentials(ctx context.Context, clientID, contactID, inviter string,
	accounts Accounts) (api.SendCredentialsResponse, error) {
	clientName, err := p.ClientName(ctx, clientID)
	if err != nil {
		return api.SendCredentialsResponse{}, err
	}

	var c ContactRecord
	var creds auth.Credentials
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		if c, err = contact(ctx, tx, clientID, contactID); err != nil {
			return err
		}
		if c.Email == "" || c.Phone == "" {
			return api.Errorf(api.CodeValidation, "contact needs an e-mail address and a mobile number")
		}
		if c.Invitation == api.InvitationAccepted {
			return api.Errorf(api.CodeConflict, "contact already has access")
		}
		userID, password, err := p.account(ctx, tx, c, accounts, &creds)
		if err != nil {
			return err
		}
		creds.Password = password
		return p.invite(ctx, tx, c, userID, inviter)
	})
	if err != nil {
		return api.SendCredentialsResponse{}, err
	}

	resp := api.SendCredentialsResponse{Kind: api.CredentialsInvitation}
	if creds.Password != "" {
		resp.Kind = api.CredentialsAccount
		creds.Email, creds.DisplayName, creds.ClientName = c.Email, c.DisplayName, clientName
		err = accounts.MailCredentials(ctx, creds)
	} else {
		err = accounts.MailInvitation(ctx, auth.Invite{Email: c.Email, DisplayName: c.DisplayName,
			ClientName: clientName, InvitedBy: inviter})
	}
	return resp, err
}

// account finds or makes the contact's account. It returns a one-time
// password when the person must be sent sign-in details rather than an
// invitation: a new account, or one whose issued password was never used.
func (p *Portal) account(ctx context.Context, tx *store.Tx, c ContactRecord, accounts Accounts,
	creds *auth.Credentials) (userID, password string, err error) {
	if c.UserID == "" {
		id, _, err := auth.AccountByEmail(ctx, tx, c.Email)
		if err == nil {
			return id, "", nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return "", "", err
		}
		id, userName, password, err := accounts.CreateAccount(ctx, tx, auth.NewAccount{
			GivenName: c.GivenName, FamilyName: c.FamilyName, DisplayName: c.DisplayName,
			Email: c.Email, Phone: c.Phone})
		creds.UserName = userName
		return id, password, err
	}

	var issued bool
	if err := tx.QueryRow(ctx, `SELECT user_name, password_issued FROM users WHERE id = ?`,
		c.UserID).Scan(&creds.UserName, &issued); err != nil {
		return "", "", fmt.Errorf("load account: %w", err)
	}
	if !issued {
		return c.UserID, "", nil
	}
	password, err = accounts.ReissuePassword(ctx, tx, c.UserID)
	return c.UserID, password, err
}
