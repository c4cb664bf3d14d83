package api

// Appointment is one agenda item (AGENDA-*). Times are RFC 3339 with offset.
type Appointment struct {
	ID          string      `json:"id"`
	ClientID    string      `json:"clientId"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Start       string      `json:"start"`
	End         string      `json:"end"`
	Private     bool        `json:"private"`
	Source      string      `json:"source"` // "ecd" or "portal"
	AuthorID    string      `json:"authorId,omitempty"`
	AuthorName  string      `json:"authorName,omitempty"`
	Version     int         `json:"version"`
	Repeat      *Repeat     `json:"repeat,omitempty"`
	Occurrence  string      `json:"occurrence,omitempty"`
	Cancelled   bool        `json:"cancelled,omitempty"`
	Exceptions  []Exception `json:"exceptions,omitempty"`
}

// Repeat describes a repeating appointment (AGENDA-6).
type Repeat struct {
	Frequency string `json:"frequency"` // daily, weekly, monthly
	Until     string `json:"until"`     // a date, YYYY-MM-DD, in Europe/Amsterdam
}

// Exception moves or cancels one occurrence of a repeating appointment.
type Exception struct {
	Occurrence string `json:"occurrence"` // the original start, RFC 3339
	Cancelled  bool   `json:"cancelled"`
	Start      string `json:"start,omitempty"`
	End        string `json:"end,omitempty"`
}

// AppointmentInput creates or edits an appointment. Start and End are local
// wall-clock times in Europe/Amsterdam ("2026-03-29T10:30") or RFC 3339.
type AppointmentInput struct {
	Title       string  `json:"title"`
	Description string  `json:"description"`
	Start       string  `json:"start"`
	End         string  `json:"end"`
	Private     bool    `json:"private"`
	Repeat      *Repeat `json:"repeat,omitempty"`
	// Version must match the stored version on an edit.
	Version int `json:"version,omitempty"`
}

// OccurrenceInput moves or cancels one occurrence of a repeating series.
type OccurrenceInput struct {
	Occurrence string `json:"occurrence"`
	Cancel     bool   `json:"cancel"`
	Start      string `json:"start,omitempty"`
	End        string `json:"end,omitempty"`
	Version    int    `json:"version"`
}

// AppointmentList is the answer to an agenda query, occurrences expanded.
type AppointmentList struct {
	From         string        `json:"from"`
	To           string        `json:"to"`
	Appointments []Appointment `json:"appointments"`
}

// agendaRoutes are the endpoints of Mijn Afspraken.
var agendaRoutes = []Route{
	{ID: "listAppointments", Method: "GET", Path: "/clients/{client}/appointments", Section: SectionAppointments,
		Summary: "Appointments of a day, a week or between two instants, repeats expanded", Auth: true,
		Response: AppointmentList{},
		Query: map[string]string{"from": "start, RFC 3339", "to": "end, RFC 3339",
			"day":  "a local day in Europe/Amsterdam, YYYY-MM-DD (instead of from and to)",
			"week": "any day of a Monday-to-Sunday week in Europe/Amsterdam, YYYY-MM-DD"},
		Errors: []Code{CodeUnauthorized, CodeNotFound, CodeForbidden, CodeValidation}},
	{ID: "getAppointment", Method: "GET", Path: "/clients/{client}/appointments/{id}", Section: SectionAppointments,
		Summary: "One appointment as stored: a series with its exceptions, not expanded", Auth: true,
		Response: Appointment{}, Errors: []Code{CodeUnauthorized, CodeNotFound, CodeForbidden}},
	{ID: "createAppointment", Method: "POST", Path: "/clients/{client}/appointments", Section: SectionAppointments,
		Summary: "Add an appointment made in the portal (AGENDA-3, AGENDA-4, AGENDA-6)", Auth: true,
		Request: AppointmentInput{}, Response: Appointment{}, Idempotent: true,
		Errors: appointmentInputErrors},
	{ID: "updateAppointment", Method: "PUT", Path: "/clients/{client}/appointments/{id}", Section: SectionAppointments,
		Summary: "Edit a portal appointment; a stale version answers conflict with the current one",
		Auth:    true, Request: AppointmentInput{}, Response: Appointment{}, Idempotent: true,
		Errors: append([]Code{CodeConflict, CodeReadOnly}, appointmentInputErrors...)},
	{ID: "deleteAppointment", Method: "DELETE", Path: "/clients/{client}/appointments/{id}", Section: SectionAppointments,
		Summary: "Delete one's own portal appointment", Auth: true, Idempotent: true,
		Errors: []Code{CodeUnauthorized, CodeNotFound, CodeForbidden, CodePortalClosed,
			CodeReadOnly, CodeNotAuthor}},
	{ID: "setOccurrence", Method: "PUT", Path: "/clients/{client}/appointments/{id}/occurrences", Section: SectionAppointments,
		Summary: "Move or cancel one occurrence of a repeating portal appointment", Auth: true,
		Request: OccurrenceInput{}, Response: Appointment{}, Idempotent: true,
		Errors: append([]Code{CodeConflict, CodeReadOnly}, appointmentInputErrors...)},
}

var appointmentInputErrors = []Code{CodeUnauthorized, CodeNotFound, CodeForbidden,
	CodePortalClosed, CodeValidation, CodeTitleRequired, CodeEndNotAfterStart, CodeTooLong,
	CodeTimeNotExist, CodeRepeatInvalid}
