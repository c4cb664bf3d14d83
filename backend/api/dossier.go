package api

// Report is one care report (zorgrapportage, DOSSIER-1).
type Report struct {
	ID         string `json:"id"`
	ClientID   string `json:"clientId"`
	WrittenAt  string `json:"writtenAt"`
	AuthorName string `json:"authorName"`
	AuthorRole string `json:"authorRole"`
	Title      string `json:"title"`
	Text       string `json:"text"`
}

// ReportPage is one page of reports, newest first. Next pages to older
// reports and Previous to newer ones; each is empty at its end. Pass them
// back as before= and after= respectively.
type ReportPage struct {
	Reports  []Report `json:"reports"`
	Next     string   `json:"next,omitempty"`
	Previous string   `json:"previous,omitempty"`
}

// CarePlan is the care plan (zorgleefplan, DOSSIER-2): goals with their
// care question, evaluations and actions.
type CarePlan struct {
	ClientID string `json:"clientId"`
	Goals    []Goal `json:"goals"`
	// Actions are the actions not tied to one goal.
	Actions []Action `json:"actions"`
}

// Goal is one aim in the care plan.
type Goal struct {
	ID           string       `json:"id"`
	ClientID     string       `json:"clientId"`
	Title        string       `json:"title"`
	CareQuestion string       `json:"careQuestion"`
	Status       string       `json:"status"`
	StartDate    string       `json:"startDate"`
	Evaluations  []Evaluation `json:"evaluations"`
	Actions      []Action     `json:"actions"`
}

// Evaluation is a dated look back at a goal.
type Evaluation struct {
	ID        string `json:"id"`
	WrittenAt string `json:"writtenAt"`
	Text      string `json:"text"`
}

// Action is what staff do for a goal.
type Action struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// DocumentSummary lists one dossier document (DOSSIER-3) without content.
type DocumentSummary struct {
	ID          string `json:"id"`
	ClientID    string `json:"clientId"`
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	WrittenAt   string `json:"writtenAt"`
	ContentType string `json:"contentType"`
}

// DocumentList lists a client's documents, newest first.
type DocumentList struct {
	Documents []DocumentSummary `json:"documents"`
}

// Document is one dossier document with its content.
type Document struct {
	DocumentSummary
	Content string `json:"content"`
}

var dossierErrors = []Code{CodeUnauthorized, CodeNotFound, CodeForbidden}

// dossierRoutes are the read-only endpoints of Mijn Dossier.
var dossierRoutes = []Route{
	{ID: "listReports", Method: "GET", Path: "/clients/{client}/reports", Section: SectionDossier,
		Summary: "Care reports, newest first, a page at a time", Auth: true,
		Response: ReportPage{},
		Query: map[string]string{"before": "cursor: the page of older reports (next)",
			"after": "cursor: the page of newer reports (previous)",
			"limit": "reports per page, 1 to 100, 20 when absent"},
		Errors: append([]Code{CodeValidation}, dossierErrors...)},
	{ID: "getReport", Method: "GET", Path: "/clients/{client}/reports/{id}", Section: SectionDossier,
		Summary: "One care report in full", Auth: true, Response: Report{}, Errors: dossierErrors},
	{ID: "getCarePlan", Method: "GET", Path: "/clients/{client}/careplan", Section: SectionDossier,
		Summary: "The care plan: goals, care questions, evaluations and actions", Auth: true,
		Response: CarePlan{}, Errors: dossierErrors},
	{ID: "getGoal", Method: "GET", Path: "/clients/{client}/careplan/goals/{id}", Section: SectionDossier,
		Summary: "One goal of the care plan", Auth: true, Response: Goal{}, Errors: dossierErrors},
	{ID: "listDocuments", Method: "GET", Path: "/clients/{client}/documents", Section: SectionDossier,
		Summary: "Other dossier documents, newest first, without content", Auth: true,
		Response: DocumentList{}, Errors: dossierErrors},
	{ID: "getDocument", Method: "GET", Path: "/clients/{client}/documents/{id}", Section: SectionDossier,
		Summary: "One dossier document with its content", Auth: true, Response: Document{},
		Errors: dossierErrors},
}
