package app

import (
	"kring/app/remote"
	syncer "kring/app/sync"
	"kring/backend/api"
)

// UsersService is the portal administrator's user management (USERS-*).
// It talks to the server directly: these changes need the server's answer
// at once and are not kept for offline use.
type UsersService struct {
	core *core
}

// Contact is one person known for a client, as the administrator sees
// them.
type Contact struct {
	ID          string   `json:"id"`
	GivenName   string   `json:"givenName"`
	FamilyName  string   `json:"familyName"`
	DisplayName string   `json:"displayName"`
	Gender      string   `json:"gender"`
	Role        string   `json:"role"`
	Email       string   `json:"email"`
	PhoneHint   string   `json:"phoneHint"`
	Locked      bool     `json:"locked"`
	Admin       bool     `json:"admin"`
	HasAccount  bool     `json:"hasAccount"`
	Invitation  string   `json:"invitation"`
	Pending     bool     `json:"pending"`
	Rights      []string `json:"rights"`
	Self        bool     `json:"self"`
}

// ContactRef names one contact of a portal.
type ContactRef struct {
	ClientID  string `json:"clientId"`
	ContactID string `json:"contactId"`
}

// MatchInput is what the administrator typed (USERS-2).
type MatchInput struct {
	ClientID  string `json:"clientId"`
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
	Email     string `json:"email"`
}

// AdoptInput completes a known contact with e-mail and mobile number.
type AdoptInput struct {
	ClientID  string `json:"clientId"`
	ContactID string `json:"contactId"`
	Email     string `json:"email"`
	Phone     string `json:"phone"`
}

// NewContactInput creates a contact the organisation did not know (USERS-3).
type NewContactInput struct {
	ClientID   string `json:"clientId"`
	GivenName  string `json:"givenName"`
	FamilyName string `json:"familyName"`
	Gender     string `json:"gender"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
}

// RightInput sets one cell of the rights matrix (USERS-4).
type RightInput struct {
	ClientID  string `json:"clientId"`
	ContactID string `json:"contactId"`
	Section   string `json:"section"`
	Granted   bool   `json:"granted"`
}

// RightResult is the contact after the change; OfferCredentials asks the
// UI to offer "Gegevens versturen".
type RightResult struct {
	Contact          Contact `json:"contact"`
	OfferCredentials bool    `json:"offerCredentials"`
}

// CredentialsResult says what "Gegevens versturen" sent: "account" or
// "invitation".
type CredentialsResult struct {
	Kind    string  `json:"kind"`
	Contact Contact `json:"contact"`
}

func contactPath(clientID, contactID string) string {
	return "/clients/" + clientID + "/contacts/" + contactID
}

// Contacts lists every contact known for the client (USERS-1).
func (s *UsersService) Contacts(in ClientInput) ([]Contact, error) {
	var out api.ContactList
	if err := s.core.client.Fetch(s.core.context(), "/clients/"+in.ClientID+"/contacts", &out); err != nil {
		return nil, toUI(err)
	}
	list := make([]Contact, 0, len(out.Contacts))
	for _, ct := range out.Contacts {
		list = append(list, contactFromAPI(ct))
	}
	return list, nil
}

// Match asks whether a typed person is already known ("Bedoelt u").
func (s *UsersService) Match(in MatchInput) ([]Contact, error) {
	var out api.MatchResponse
	err := s.send("POST", "/clients/"+in.ClientID+"/contacts/match",
		api.MatchRequest{FirstName: in.FirstName, LastName: in.LastName, Email: in.Email}, &out)
	if err != nil {
		return nil, err
	}
	list := make([]Contact, 0, len(out.Candidates))
	for _, ct := range out.Candidates {
		list = append(list, contactFromAPI(ct))
	}
	return list, nil
}

// Adopt completes a known contact so they can sign in (USERS-2).
func (s *UsersService) Adopt(in AdoptInput) (Contact, error) {
	var out api.Contact
	err := s.send("POST", contactPath(in.ClientID, in.ContactID)+"/adopt",
		api.AdoptContactRequest{Email: in.Email, Phone: in.Phone}, &out)
	return contactFromAPI(out), err
}

// Add creates a new contact with the portal contact role (USERS-3).
func (s *UsersService) Add(in NewContactInput) (Contact, error) {
	var out api.Contact
	err := s.send("POST", "/clients/"+in.ClientID+"/contacts", api.NewContactRequest{
		GivenName: in.GivenName, FamilyName: in.FamilyName, Gender: in.Gender,
		Role: api.RolePortalContact, Email: in.Email, Phone: in.Phone}, &out)
	return contactFromAPI(out), err
}

// SetRight toggles one cell of the rights matrix (USERS-4).
func (s *UsersService) SetRight(in RightInput) (RightResult, error) {
	var out api.SetRightResponse
	err := s.send("PUT", contactPath(in.ClientID, in.ContactID)+"/rights/"+in.Section,
		api.SetRightRequest{Granted: in.Granted}, &out)
	return RightResult{Contact: contactFromAPI(out.Contact), OfferCredentials: out.OfferCredentials}, err
}

// SendCredentials mails the contact their sign-in details or an invitation.
func (s *UsersService) SendCredentials(in ContactRef) (CredentialsResult, error) {
	var out api.SendCredentialsResponse
	err := s.send("POST", contactPath(in.ClientID, in.ContactID)+"/send-credentials", struct{}{}, &out)
	return CredentialsResult{Kind: out.Kind, Contact: contactFromAPI(out.Contact)}, err
}

// Remove removes a contact; ECD contacts are locked (USERS-5).
func (s *UsersService) Remove(in ContactRef) error {
	return s.send("DELETE", contactPath(in.ClientID, in.ContactID), nil, nil)
}

// MakeAdmin makes a contact co-administrator (USERS-8).
func (s *UsersService) MakeAdmin(in ContactRef) (Contact, error) {
	var out api.Contact
	err := s.send("PUT", contactPath(in.ClientID, in.ContactID)+"/admin", struct{}{}, &out)
	return contactFromAPI(out), err
}

// StepDown ends the user's own administration while another remains.
func (s *UsersService) StepDown(in ClientInput) error {
	err := s.send("DELETE", "/clients/"+in.ClientID+"/admin", nil, nil)
	if err == nil {
		s.core.refreshMe()
	}
	return err
}

// send performs an administrator's write with an idempotency key, so a
// retry after a dropped connection cannot apply it twice.
func (s *UsersService) send(method, path string, body, out any) error {
	return sendNow(s.core, method, path, body, out)
}

// sendNow performs a write at once, outside the outbox.
func sendNow(c *core, method, path string, body, out any) error {
	w := remote.Write{Method: method, Path: path}
	if body != nil {
		var err error
		if w, err = jsonWrite(method, path, body); err != nil {
			return toUI(err)
		}
	}
	w.Key = syncer.NewID()
	answer, err := c.client.Send(c.context(), w)
	if err != nil {
		return toUI(err)
	}
	if out != nil && len(answer) > 0 {
		if err := jsonUnmarshal(answer, out); err != nil {
			return &uiError{Code: api.CodeInternal}
		}
	}
	return nil
}

func contactFromAPI(ct api.Contact) Contact {
	rights := make([]string, 0, len(ct.Rights))
	for _, r := range ct.Rights {
		rights = append(rights, string(r))
	}
	return Contact{ID: ct.ID, GivenName: ct.GivenName, FamilyName: ct.FamilyName,
		DisplayName: ct.DisplayName, Gender: ct.Gender, Role: ct.Role, Email: ct.Email,
		PhoneHint: ct.PhoneHint, Locked: ct.Locked, Admin: ct.Admin, HasAccount: ct.HasAccount,
		Invitation: ct.Invitation, Pending: ct.Pending, Rights: rights, Self: ct.Self}
}
