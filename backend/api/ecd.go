package api

// Routes of the link with the ECD (ECD-2, ECD-5). They are not signed in
// with a session: an ECD system sends its key as "Authorization: Bearer
// <key>" (made with kring-server ecd-key), checked by the server itself.
var ecdRoutes = []Route{
	{ID: "ecdAppointments", Method: "GET", Path: "/ecd/appointments",
		Summary: "ECD key: portal-made appointments created, changed or cancelled since a time, " +
			"as a FHIR R4 Bundle of Appointment resources; private ones masked. Pass the largest " +
			"meta.lastUpdated seen as since on the next call.",
		Response: FHIRBundle{}, KeyAuth: true,
		Query:  map[string]string{"since": "RFC 3339 instant; changes after it are returned"},
		Errors: []Code{CodeUnauthorized, CodeValidation}},
	{ID: "ecdClosePortal", Method: "POST", Path: "/ecd/patients/{patient}/close",
		Summary: "ECD key: close the portal of a patient (ECD-5); read-only for readOnlyDays, then deleted",
		Request: ClosePortalRequest{}, Response: ClosePortalResponse{}, KeyAuth: true,
		Errors: []Code{CodeUnauthorized, CodeNotFound, CodeValidation}},
}

// FHIRBundle is a FHIR R4 Bundle of type collection.
type FHIRBundle struct {
	ResourceType string            `json:"resourceType"`
	Type         string            `json:"type"`
	Timestamp    string            `json:"timestamp"`
	Total        int               `json:"total"`
	Entry        []FHIRBundleEntry `json:"entry"`
}

// FHIRBundleEntry holds one resource of a bundle.
type FHIRBundleEntry struct {
	Resource FHIRAppointment `json:"resource"`
}

// FHIRAppointment is a FHIR R4 Appointment as the ECD endpoint writes it.
// Description holds the title; Comment the description.
type FHIRAppointment struct {
	ResourceType string            `json:"resourceType"`
	ID           string            `json:"id"`
	Meta         FHIRMeta          `json:"meta"`
	Extension    []FHIRExtension   `json:"extension,omitempty"`
	Status       string            `json:"status"` // booked or cancelled
	Description  string            `json:"description"`
	Comment      string            `json:"comment,omitempty"`
	Start        string            `json:"start"`
	End          string            `json:"end"`
	Participant  []FHIRParticipant `json:"participant"`
}

// FHIRMeta carries a resource's version and last change.
type FHIRMeta struct {
	VersionID   string `json:"versionId"`
	LastUpdated string `json:"lastUpdated"`
}

// FHIRExtension is a FHIR extension with the value types Kring writes.
type FHIRExtension struct {
	URL           string          `json:"url"`
	ValueCode     string          `json:"valueCode,omitempty"`
	ValueDate     string          `json:"valueDate,omitempty"`
	ValueDateTime string          `json:"valueDateTime,omitempty"`
	ValueBoolean  *bool           `json:"valueBoolean,omitempty"`
	Extension     []FHIRExtension `json:"extension,omitempty"`
}

// FHIRParticipant is a participant of an appointment: the patient.
type FHIRParticipant struct {
	Actor  FHIRReference `json:"actor"`
	Status string        `json:"status"`
}

// FHIRReference points at the patient, by the ECD's id or, for a client
// not linked to the ECD, by Kring's client id as identifier.
type FHIRReference struct {
	Reference  string          `json:"reference,omitempty"`
	Type       string          `json:"type"`
	Identifier *FHIRIdentifier `json:"identifier,omitempty"`
}

// FHIRIdentifier is a business identifier.
type FHIRIdentifier struct {
	System string `json:"system"`
	Value  string `json:"value"`
}

// ClosePortalRequest closes a portal: read-only for ReadOnlyDays (0 to
// 3650), then deleted.
type ClosePortalRequest struct {
	ReadOnlyDays int `json:"readOnlyDays"`
}

// ClosePortalResponse tells when the closed portal will be deleted.
type ClosePortalResponse struct {
	ClientID    string `json:"clientId"`
	ClosedAt    string `json:"closedAt"`
	DeleteAfter string `json:"deleteAfter"`
}
