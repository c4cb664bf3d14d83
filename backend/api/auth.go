package api

// Step names the next thing a signing-in user must do.
type Step string

// Steps of the sign-in state machine.
const (
	StepNewPassword Step = "new_password"
	StepSMSCode     Step = "sms_code"
	StepDone        Step = "done"
)

// SignInRequest starts a sign-in with user name and password (AUTH-1).
type SignInRequest struct {
	UserName string `json:"userName"`
	Password string `json:"password"`
	// DeviceToken proves a device that passed an SMS code before.
	DeviceToken string `json:"deviceToken,omitempty"`
	// KioskToken marks an enrolled kiosk (DESKTOP-6).
	KioskToken string `json:"kioskToken,omitempty"`
}

// SignInResponse tells the next step. Until Step is done, Challenge carries
// the sign-in forward; when done, Session and DeviceToken are set.
type SignInResponse struct {
	Step        Step   `json:"step"`
	Challenge   string `json:"challenge,omitempty"`
	PhoneHint   string `json:"phoneHint,omitempty"`
	Session     string `json:"session,omitempty"`
	DeviceToken string `json:"deviceToken,omitempty"`
	ExpiresAt   string `json:"expiresAt,omitempty"`
	User        *User  `json:"user,omitempty"`
}

// NewPasswordRequest replaces an issued password during sign-in (AUTH-2).
type NewPasswordRequest struct {
	Challenge   string `json:"challenge"`
	NewPassword string `json:"newPassword"`
}

// CodeRequest answers the SMS code step (AUTH-3).
type CodeRequest struct {
	Challenge string `json:"challenge"`
	Code      string `json:"code"`
}

// ResendRequest asks for a new SMS code for a pending sign-in.
type ResendRequest struct {
	Challenge string `json:"challenge"`
}

// ForgotPasswordRequest asks for a reset mail (AUTH-4).
type ForgotPasswordRequest struct {
	UserName string `json:"userName"`
	Email    string `json:"email"`
}

// ResetPasswordRequest sets a new password with the secret of a reset link.
type ResetPasswordRequest struct {
	Token       string `json:"token"`
	NewPassword string `json:"newPassword"`
}

// ChangePasswordRequest changes one's own password (PROFILE-2).
type ChangePasswordRequest struct {
	OldPassword string `json:"oldPassword"`
	NewPassword string `json:"newPassword"`
}

// ChangePhoneRequest starts a change of one's own mobile number (AUTH-8).
type ChangePhoneRequest struct {
	Phone string `json:"phone"`
}

// ConfirmPhoneRequest confirms a new mobile number with the code sent to it.
type ConfirmPhoneRequest struct {
	Code string `json:"code"`
}

// User is the signed-in person.
type User struct {
	ID          string `json:"id"`
	UserName    string `json:"userName"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email"`
	PhoneHint   string `json:"phoneHint"`
	HasPhoto    bool   `json:"hasPhoto"`
}

// Me is the answer to GET /me: the user, their portals and invitations.
type Me struct {
	User        User         `json:"user"`
	Clients     []ClientCard `json:"clients"`
	Invitations []Invitation `json:"invitations"`
}

// ClientCard is one portal the user may open (HOME-1).
type ClientCard struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	HasPhoto bool      `json:"hasPhoto"`
	Rights   []Section `json:"rights"`
	Admin    bool      `json:"admin"`
	ReadOnly bool      `json:"readOnly"`
}

// Invitation is pending access to a portal (AUTH-7).
type Invitation struct {
	ID         string `json:"id"`
	ClientID   string `json:"clientId"`
	ClientName string `json:"clientName"`
	InvitedBy  string `json:"invitedBy"`
	CreatedAt  string `json:"createdAt"`
}

// Section is one of the five parts of a portal.
type Section string

// The sections of a portal.
const (
	SectionAppointments Section = "appointments"
	SectionDossier      Section = "dossier"
	SectionMessages     Section = "messages"
	SectionDetails      Section = "details"
	SectionSettings     Section = "settings"
)

// Sections lists every section in display order.
var Sections = []Section{
	SectionAppointments, SectionDossier, SectionMessages,
	SectionDetails, SectionSettings,
}

// Valid reports whether s names a section.
func (s Section) Valid() bool {
	for _, v := range Sections {
		if v == s {
			return true
		}
	}
	return false
}

// PhoneHint shows only the last two digits of a mobile number in E.164
// form: "06-••••••78".
func PhoneHint(phone string) string {
	if len(phone) < 4 {
		return ""
	}
	return "06-••••••" + phone[len(phone)-2:]
}
