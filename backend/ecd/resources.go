package ecd

import "encoding/json"

// Patient is the client (zib Patient). Identifiers are not read: the BSN
// and other numbers are never stored (ECD-4).
type Patient struct {
	Name      []HumanName      `json:"name"`
	Telecom   []ContactPoint   `json:"telecom"`
	BirthDate string           `json:"birthDate"`
	Address   []Address        `json:"address"`
	Contact   []PatientContact `json:"contact"`
}

// PatientContact is a contact person given inside the Patient.
type PatientContact struct {
	Relationship []CodeableConcept `json:"relationship"`
	Name         *HumanName        `json:"name"`
	Telecom      []ContactPoint    `json:"telecom"`
	Gender       string            `json:"gender"`
}

// RelatedPerson is a known contact of a client (zib ContactPerson).
type RelatedPerson struct {
	Patient      *Reference        `json:"patient"`
	Relationship []CodeableConcept `json:"relationship"`
	Name         []HumanName       `json:"name"`
	Telecom      []ContactPoint    `json:"telecom"`
	Gender       string            `json:"gender"`
}

// Practitioner is a care professional.
type Practitioner struct {
	Name    []HumanName    `json:"name"`
	Telecom []ContactPoint `json:"telecom"`
}

// PractitionerRole is a professional's role or specialty.
type PractitionerRole struct {
	Practitioner *Reference        `json:"practitioner"`
	Code         []CodeableConcept `json:"code"`
	Specialty    []CodeableConcept `json:"specialty"`
	Telecom      []ContactPoint    `json:"telecom"`
}

// CareTeam is the staff involved in a client's care.
type CareTeam struct {
	Name        string            `json:"name"`
	Subject     *Reference        `json:"subject"`
	Participant []CareTeamMember  `json:"participant"`
	Contained   []json.RawMessage `json:"contained"`
}

// CareTeamMember is one participant of a care team.
type CareTeamMember struct {
	Role   []CodeableConcept `json:"role"`
	Member *Reference        `json:"member"`
}

// Condition is a problem; Kring shows it as the care question of a goal.
type Condition struct {
	Code    *CodeableConcept `json:"code"`
	Subject *Reference       `json:"subject"`
	Note    []Annotation     `json:"note"`
}

// Goal is an aim in the care plan (zib TreatmentObjective).
type Goal struct {
	LifecycleStatus   string           `json:"lifecycleStatus"`
	AchievementStatus *CodeableConcept `json:"achievementStatus"`
	Description       *CodeableConcept `json:"description"`
	Subject           *Reference       `json:"subject"`
	StartDate         string           `json:"startDate"`
	StatusDate        string           `json:"statusDate"`
	StatusReason      string           `json:"statusReason"`
	Target            []GoalTarget     `json:"target"`
	Addresses         []Reference      `json:"addresses"`
	Note              []Annotation     `json:"note"`
}

// GoalTarget is what a goal measures and by when.
type GoalTarget struct {
	Measure               *CodeableConcept `json:"measure"`
	DetailCodeableConcept *CodeableConcept `json:"detailCodeableConcept"`
	DetailString          string           `json:"detailString"`
	DueDate               string           `json:"dueDate"`
}

// CarePlan is a plan of activities, with goals (zib NursingIntervention,
// HelpFromOthers).
type CarePlan struct {
	Status      string            `json:"status"`
	Title       string            `json:"title"`
	Description string            `json:"description"`
	Category    []CodeableConcept `json:"category"`
	Subject     *Reference        `json:"subject"`
	Period      *Period           `json:"period"`
	Addresses   []Reference       `json:"addresses"`
	Goal        []Reference       `json:"goal"`
	Activity    []Activity        `json:"activity"`
	Note        []Annotation      `json:"note"`
	Contained   []json.RawMessage `json:"contained"`
}

// Activity is one planned action of a care plan.
type Activity struct {
	Progress []Annotation    `json:"progress"`
	Detail   *ActivityDetail `json:"detail"`
}

// ActivityDetail describes an activity inline.
type ActivityDetail struct {
	Code            *CodeableConcept `json:"code"`
	Description     string           `json:"description"`
	ScheduledString string           `json:"scheduledString"`
	Goal            []Reference      `json:"goal"`
	Performer       []Reference      `json:"performer"`
}

// Composition is a structured report (zib SOAPReport).
type Composition struct {
	Status  string           `json:"status"`
	Type    *CodeableConcept `json:"type"`
	Subject *Reference       `json:"subject"`
	Date    string           `json:"date"`
	Author  []Reference      `json:"author"`
	Title   string           `json:"title"`
	Section []Section        `json:"section"`
}

// Section is one part of a composition.
type Section struct {
	Title string           `json:"title"`
	Code  *CodeableConcept `json:"code"`
	Text  *Narrative       `json:"text"`
}

// Observation is a single finding, shown as a care report.
type Observation struct {
	Status            string           `json:"status"`
	Code              *CodeableConcept `json:"code"`
	Subject           *Reference       `json:"subject"`
	EffectiveDateTime string           `json:"effectiveDateTime"`
	Issued            string           `json:"issued"`
	Performer         []Reference      `json:"performer"`
	ValueString       string           `json:"valueString"`
	ValueCodeable     *CodeableConcept `json:"valueCodeableConcept"`
	Note              []Annotation     `json:"note"`
}

// Communication is a note sent about the client, shown as a care report.
type Communication struct {
	Status   string            `json:"status"`
	Subject  *Reference        `json:"subject"`
	Sent     string            `json:"sent"`
	Sender   *Reference        `json:"sender"`
	Category []CodeableConcept `json:"category"`
	Topic    *CodeableConcept  `json:"topic"`
	Payload  []struct {
		ContentString string `json:"contentString"`
	} `json:"payload"`
}

// DocumentReference is a dossier document such as the agreements sheet.
type DocumentReference struct {
	Status      string           `json:"status"`
	Type        *CodeableConcept `json:"type"`
	Subject     *Reference       `json:"subject"`
	Date        string           `json:"date"`
	Description string           `json:"description"`
	Content     []struct {
		Attachment Attachment `json:"attachment"`
	} `json:"content"`
}

// Appointment is an agenda item of the organisation.
type Appointment struct {
	Extension       []Extension       `json:"extension"`
	Status          string            `json:"status"`
	ServiceType     []CodeableConcept `json:"serviceType"`
	AppointmentType *CodeableConcept  `json:"appointmentType"`
	Description     string            `json:"description"`
	Comment         string            `json:"comment"`
	Start           string            `json:"start"`
	End             string            `json:"end"`
	Participant     []struct {
		Actor *Reference `json:"actor"`
	} `json:"participant"`
}
