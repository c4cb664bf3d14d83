package api

// RolePortalContact is the only role an administrator may give a new
// contact (USERS-3); other roles come from the ECD.
const RolePortalContact = "Contactpersoon Cliëntportaal"

// Invitation states of a contact, shown as the pending marker (USERS-3).
const (
	InvitationNone     = "none"
	InvitationPending  = "pending"
	InvitationAccepted = "accepted"
	InvitationReported = "reported"
)

// Genders a new contact may be given, as in FHIR AdministrativeGender.
var Genders = []string{"male", "female", "other", "unknown"}

// Contact is one person the organisation knows for a client, as the
// portal administrator sees them (USERS-1).
type Contact struct {
	ID          string `json:"id"`
	GivenName   string `json:"givenName"`
	FamilyName  string `json:"familyName"`
	DisplayName string `json:"displayName"`
	Gender      string `json:"gender"`
	Role        string `json:"role"`
	Email       string `json:"email"`
	PhoneHint   string `json:"phoneHint"`
	// Locked marks a contact from the ECD: it cannot be removed (USERS-5).
	Locked     bool `json:"locked"`
	Admin      bool `json:"admin"`
	HasAccount bool `json:"hasAccount"`
	// Invitation is none, pending, accepted or reported; Pending is true
	// while an invitation waits for the user (USERS-3).
	Invitation string    `json:"invitation"`
	Pending    bool      `json:"pending"`
	Rights     []Section `json:"rights"`
	Self       bool      `json:"self"`
}

// ContactList answers GET /clients/{client}/contacts.
type ContactList struct {
	Contacts []Contact `json:"contacts"`
}

// MatchRequest asks whether a typed person is already known (USERS-2).
type MatchRequest struct {
	FirstName string `json:"firstName"`
	LastName  string `json:"lastName"`
	Email     string `json:"email"`
}

// MatchResponse lists the "Bedoelt u" candidates, best first.
type MatchResponse struct {
	Candidates []Contact `json:"candidates"`
}

// AdoptContactRequest completes a known contact with the details needed
// to sign in (USERS-2); the role stays as the ECD gave it.
type AdoptContactRequest struct {
	Email string `json:"email"`
	Phone string `json:"phone"`
}

// NewContactRequest creates a contact the organisation did not know
// (USERS-3).
type NewContactRequest struct {
	GivenName  string `json:"givenName"`
	FamilyName string `json:"familyName"`
	Gender     string `json:"gender"`
	Role       string `json:"role"`
	Email      string `json:"email"`
	Phone      string `json:"phone"`
}

// SetRightRequest sets one cell of the rights matrix (USERS-4).
type SetRightRequest struct {
	Granted bool `json:"granted"`
}

// SetRightResponse returns the contact after the change; OfferCredentials
// is true when this was the contact's first Ja and they have not been sent
// their details yet, so the UI offers "Gegevens versturen".
type SetRightResponse struct {
	Contact          Contact `json:"contact"`
	OfferCredentials bool    `json:"offerCredentials"`
}

// Kinds of mail "Gegevens versturen" sends.
const (
	CredentialsAccount    = "account"
	CredentialsInvitation = "invitation"
)

// SendCredentialsResponse says what was sent: a new account's user name
// and one-time password, or an invitation to an existing user.
type SendCredentialsResponse struct {
	Kind    string  `json:"kind"`
	Contact Contact `json:"contact"`
}

// AuditEntry is one line of a portal's audit log.
type AuditEntry struct {
	At       string  `json:"at"`
	UserID   string  `json:"userId"`
	UserName string  `json:"userName"`
	Section  Section `json:"section,omitempty"`
	Action   string  `json:"action"`
	DeviceID string  `json:"deviceId,omitempty"`
	Subject  string  `json:"subject,omitempty"`
}

// AuditList is a page of the audit log, newest first; Next, when set, is
// the before cursor of the next page.
type AuditList struct {
	Entries []AuditEntry `json:"entries"`
	Next    string       `json:"next,omitempty"`
}

// Opening is one opening of a report, care plan or document reported by
// the app. Key is made by the app, so a repeated report is recorded once.
type Opening struct {
	Key      string  `json:"key"`
	Section  Section `json:"section"`
	Subject  string  `json:"subject"`
	OpenedAt string  `json:"openedAt"`
}

// OpeningsReport is a batch of openings (DESIGN: audit).
type OpeningsReport struct {
	Openings []Opening `json:"openings"`
}

var adminErrors = []Code{CodeUnauthorized, CodeNotFound, CodeForbidden}

func withAdminErrors(codes ...Code) []Code {
	return append(append([]Code(nil), adminErrors...), codes...)
}

var userRoutes = []Route{
	{ID: "listContacts", Method: "GET", Path: "/clients/{client}/contacts", Auth: true,
		Summary:  "Every contact known for the client, with rights (administrators)",
		Response: ContactList{}, Errors: adminErrors},
	{ID: "matchContacts", Method: "POST", Path: "/clients/{client}/contacts/match", Auth: true,
		Summary: "Known contacts that match a typed name or e-mail address",
		Request: MatchRequest{}, Response: MatchResponse{}, Errors: withAdminErrors(CodeValidation)},
	{ID: "createContact", Idempotent: true, Method: "POST", Path: "/clients/{client}/contacts", Auth: true,
		Summary: "Add a new contact with the role Contactpersoon Cliëntportaal",
		Request: NewContactRequest{}, Response: Contact{},
		Errors: withAdminErrors(CodeValidation, CodePhoneNotMobile, CodePortalClosed)},
	{ID: "adoptContact", Idempotent: true, Method: "POST", Path: "/clients/{client}/contacts/{contact}/adopt", Auth: true,
		Summary: "Complete a known contact with e-mail address and mobile number",
		Request: AdoptContactRequest{}, Response: Contact{},
		Errors: withAdminErrors(CodeValidation, CodePhoneNotMobile, CodePortalClosed)},
	{ID: "setContactPhone", Idempotent: true, Method: "PUT", Path: "/clients/{client}/contacts/{contact}/phone", Auth: true,
		Summary: "Set a contact's new mobile number (AUTH-8)",
		Request: ChangePhoneRequest{}, Response: Contact{},
		Errors: withAdminErrors(CodePhoneNotMobile)},
	{ID: "setRight", Idempotent: true, Method: "PUT", Path: "/clients/{client}/contacts/{contact}/rights/{section}",
		Auth: true, Summary: "Set one cell of the rights matrix to Ja or Nee",
		Request: SetRightRequest{}, Response: SetRightResponse{},
		Errors: withAdminErrors(CodeValidation, CodePortalClosed)},
	{ID: "sendCredentials", Idempotent: true, Method: "POST", Path: "/clients/{client}/contacts/{contact}/send-credentials",
		Auth: true, Summary: "Gegevens versturen: a new account by mail, or an invitation",
		Response: SendCredentialsResponse{},
		Errors:   withAdminErrors(CodeValidation, CodeConflict, CodePortalClosed)},
	{ID: "deleteContact", Idempotent: true, Method: "DELETE", Path: "/clients/{client}/contacts/{contact}", Auth: true,
		Summary: "Remove a contact; ECD contacts are locked",
		Errors:  withAdminErrors(CodeContactLocked, CodeLastAdministrator)},
	{ID: "makeAdmin", Idempotent: true, Method: "PUT", Path: "/clients/{client}/contacts/{contact}/admin", Auth: true,
		Summary: "Make a contact co-administrator (USERS-8)", Response: Contact{},
		Errors: withAdminErrors(CodeValidation)},
	{ID: "stepDown", Idempotent: true, Method: "DELETE", Path: "/clients/{client}/admin", Auth: true,
		Summary: "Step down as administrator while another remains (USERS-8)",
		Errors:  withAdminErrors(CodeLastAdministrator)},
	{ID: "listAudit", Method: "GET", Path: "/clients/{client}/audit", Auth: true,
		Summary: "The portal's audit log, newest first (administrators)", Response: AuditList{},
		Query: map[string]string{"before": "cursor from the previous page's next",
			"limit": "entries per page, at most 500 (default 100)"},
		Errors: withAdminErrors(CodeValidation)},
	{ID: "reportOpenings", Method: "POST", Path: "/clients/{client}/audit", Auth: true,
		Summary: "Record openings of dossier items reported by the app; repeats count once",
		Request: OpeningsReport{}, Idempotent: true,
		Errors: []Code{CodeUnauthorized, CodeNotFound, CodeValidation}},
}
