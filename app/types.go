package app

// The types below cross the Wails seam. Times are RFC 3339 strings with
// offset, IDs are strings, and every field is named: no untyped payloads.

// SessionStatus tells the UI who is signed in and how the app is set up.
type SessionStatus struct {
	SignedIn      bool   `json:"signedIn"`
	User          User   `json:"user"`
	ServerURL     string `json:"serverUrl"`
	Kiosk         bool   `json:"kiosk"`
	KioskEnrolled bool   `json:"kioskEnrolled"`
	// KioskIdleSeconds is how long a kiosk waits without use before it
	// warns and signs out.
	KioskIdleSeconds int  `json:"kioskIdleSeconds"`
	KeyringOK        bool `json:"keyringOk"`
	// Online is false while the server cannot be reached; the app then
	// shows the cache with the time of the last sync.
	Online bool `json:"online"`
	// Notice is a code the UI explains, such as "keyring_unavailable".
	Notice string `json:"notice"`
	// Language is the user's choice of UI language, "nl" or "en".
	Language string `json:"language"`
}

// User is the signed-in person.
type User struct {
	ID          string `json:"id"`
	UserName    string `json:"userName"`
	DisplayName string `json:"displayName"`
	Email       string `json:"email"`
	PhoneHint   string `json:"phoneHint"`
}

// SignInInput is the first step of signing in.
type SignInInput struct {
	UserName string `json:"userName"`
	Password string `json:"password"`
}

// NewPasswordInput is the forced change of an issued password.
type NewPasswordInput struct {
	NewPassword string `json:"newPassword"`
}

// CodeInput is the SMS code step.
type CodeInput struct {
	Code string `json:"code"`
}

// ForgotPasswordInput asks for a reset mail.
type ForgotPasswordInput struct {
	UserName string `json:"userName"`
	Email    string `json:"email"`
}

// SignInStep tells the UI which screen comes next: "new_password",
// "sms_code" or "done".
type SignInStep struct {
	Next      string `json:"next"`
	PhoneHint string `json:"phoneHint"`
	User      User   `json:"user"`
}

// ClientCard is one portal the user may open.
type ClientCard struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	PhotoURL string   `json:"photoUrl"`
	Rights   []string `json:"rights"`
	Admin    bool     `json:"admin"`
}

// Appointment is one agenda item as the UI shows it.
type Appointment struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Start       string `json:"start"`
	End         string `json:"end"`
	Private     bool   `json:"private"`
	Source      string `json:"source"`
	Repeating   bool   `json:"repeating"`
	// Repeat ("daily", "weekly", "monthly") and Until (YYYY-MM-DD) describe
	// a series, so a change to it keeps repeating as it did.
	Repeat string `json:"repeat"`
	Until  string `json:"until"`
	// Version must be sent back with an edit (conflict detection).
	Version int `json:"version"`
	// Occurrence is the original start of this occurrence of a series.
	Occurrence string `json:"occurrence"`
	AuthorName string `json:"authorName"`
	// Pending is true while the appointment waits in the outbox.
	Pending bool `json:"pending"`
}

// HomeView is everything the start screen shows.
type HomeView struct {
	Client           ClientCard    `json:"client"`
	NextAppointments []Appointment `json:"nextAppointments"`
	UnreadMessages   int           `json:"unreadMessages"`
	// LatestUnread are the newest unread messages, newest first.
	LatestUnread []Message `json:"latestUnread"`
	LastSync     string    `json:"lastSync"`
	Offline      bool      `json:"offline"`
}

// ClientInput names a portal for a call.
type ClientInput struct {
	ClientID string `json:"clientId"`
}

// EnrolKioskInput carries the organisation's enrolment code (DESKTOP-6).
type EnrolKioskInput struct {
	Code string `json:"code"`
}
