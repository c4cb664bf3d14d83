package app

// Types of the portal's content as the UI sees it. They are read from the
// cache, where each is stored as the server sent it; field names follow
// the server's JSON.

// AgendaInput asks for the appointments of one day or the week holding it.
type AgendaInput struct {
	ClientID string `json:"clientId"`
	// Date is a day in Europe/Amsterdam, YYYY-MM-DD; empty means today.
	Date string `json:"date"`
}

// AgendaView is a day or a week of appointments, repeats expanded.
type AgendaView struct {
	From         string        `json:"from"`
	To           string        `json:"to"`
	Appointments []Appointment `json:"appointments"`
	LastSync     string        `json:"lastSync"`
	Offline      bool          `json:"offline"`
}

// AppointmentInput creates or edits an appointment (AGENDA-3, AGENDA-4).
// Start and End are RFC 3339 or local wall-clock "2026-03-29T10:30".
type AppointmentInput struct {
	ClientID    string `json:"clientId"`
	ID          string `json:"id"`
	Version     int    `json:"version"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Start       string `json:"start"`
	End         string `json:"end"`
	Private     bool   `json:"private"`
	// Repeat is "", "daily", "weekly" or "monthly"; Until is YYYY-MM-DD.
	Repeat string `json:"repeat"`
	Until  string `json:"until"`
}

// AppointmentRef names one appointment.
type AppointmentRef struct {
	ClientID string `json:"clientId"`
	ID       string `json:"id"`
	Version  int    `json:"version"`
}

// AppointmentConflict shows both versions of an edit the server refused
// because someone else changed the appointment first.
type AppointmentConflict struct {
	ItemID string           `json:"itemId"`
	Mine   AppointmentInput `json:"mine"`
	Theirs Appointment      `json:"theirs"`
}

// ConflictChoice resolves a conflict: Keep is "mine" or "theirs".
type ConflictChoice struct {
	ItemID string `json:"itemId"`
	Keep   string `json:"keep"`
}

// OutboxResult tells what became of a write: "sent", "pending" (waiting
// for the server) or "failed" with the API code.
type OutboxResult struct {
	ItemID    string `json:"itemId"`
	State     string `json:"state"`
	ErrorCode string `json:"errorCode"`
	// RecordID is the server's id of the new record, once sent.
	RecordID string `json:"recordId"`
}

// Report is one care report (DOSSIER-1).
type Report struct {
	ID         string `json:"id"`
	WrittenAt  string `json:"writtenAt"`
	AuthorName string `json:"authorName"`
	AuthorRole string `json:"authorRole"`
	Title      string `json:"title"`
	Text       string `json:"text"`
}

// ReportsInput asks for a page of reports, newest first; Before is the
// Next cursor of the previous page (or a writtenAt).
type ReportsInput struct {
	ClientID string `json:"clientId"`
	Before   string `json:"before"`
	Limit    int    `json:"limit"`
}

// ReportPage is a page of reports.
type ReportPage struct {
	Reports []Report `json:"reports"`
	Total   int      `json:"total"`
	More    bool     `json:"more"`
	// Next is the Before of the following, older page.
	Next     string `json:"next"`
	LastSync string `json:"lastSync"`
	Offline  bool   `json:"offline"`
}

// RecordRef names one record of a client.
type RecordRef struct {
	ClientID string `json:"clientId"`
	ID       string `json:"id"`
}

// ReportView is one report opened in full, with its neighbours for the
// previous and next buttons ("" at either end).
type ReportView struct {
	Report Report `json:"report"`
	// PrevID is the older report, NextID the newer one.
	PrevID string `json:"prevId"`
	NextID string `json:"nextId"`
}

// Goal is a care plan goal with its care question, actions and
// evaluations (DOSSIER-2).
type Goal struct {
	ID           string       `json:"id"`
	Title        string       `json:"title"`
	CareQuestion string       `json:"careQuestion"`
	Status       string       `json:"status"`
	StartDate    string       `json:"startDate"`
	Actions      []GoalAction `json:"actions"`
	Evaluations  []Evaluation `json:"evaluations"`
}

// GoalAction is what staff do for a goal.
type GoalAction struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Evaluation is a dated look back at a goal.
type Evaluation struct {
	ID        string `json:"id"`
	WrittenAt string `json:"writtenAt"`
	Text      string `json:"text"`
}

// CarePlan is the client's care plan.
type CarePlan struct {
	Goals    []Goal `json:"goals"`
	LastSync string `json:"lastSync"`
	Offline  bool   `json:"offline"`
}

// Document is a dossier document or form (DOSSIER-3). Content is empty in
// lists.
type Document struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	WrittenAt   string `json:"writtenAt"`
	ContentType string `json:"contentType"`
	Content     string `json:"content"`
}

// Conversation is one conversation in the list (MESSAGES-*).
type Conversation struct {
	ID            string   `json:"id"`
	Title         string   `json:"title"`
	Participants  []string `json:"participants"`
	LastMessageAt string   `json:"lastMessageAt"`
	LastText      string   `json:"lastText"`
	Unread        int      `json:"unread"`
	// Pending is true while the conversation waits in the outbox.
	Pending bool `json:"pending"`
}

// Message is one message of a conversation.
type Message struct {
	ID             string `json:"id"`
	ConversationID string `json:"conversationId"`
	AuthorID       string `json:"authorId"`
	AuthorName     string `json:"authorName"`
	Text           string `json:"text"`
	CreatedAt      string `json:"createdAt"`
	// Mine puts the message on the right (MESSAGES-3).
	Mine    bool `json:"mine"`
	Pending bool `json:"pending"`
	Unread  bool `json:"unread"`
}

// ConversationView is a conversation opened as a chat.
type ConversationView struct {
	Conversation Conversation `json:"conversation"`
	Messages     []Message    `json:"messages"`
}

// Recipient is someone a message may be addressed to.
type Recipient struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// NewConversationInput starts a conversation (MESSAGES-2).
type NewConversationInput struct {
	ClientID     string   `json:"clientId"`
	Title        string   `json:"title"`
	Text         string   `json:"text"`
	RecipientIDs []string `json:"recipientIds"`
}

// ReplyInput adds a message to a conversation; ConversationID may be the
// outbox item id of a conversation not sent yet.
type ReplyInput struct {
	ClientID       string `json:"clientId"`
	ConversationID string `json:"conversationId"`
	Text           string `json:"text"`
}

// UnreadCount is the number of unread messages of a portal.
type UnreadCount struct {
	Count int `json:"count"`
}

// ClientDetails are the client's general details (DETAILS-1).
type ClientDetails struct {
	Name      string `json:"name"`
	BirthDate string `json:"birthDate"`
	Address   string `json:"address"`
	Phone     string `json:"phone"`
	Email     string `json:"email"`
	LastSync  string `json:"lastSync"`
	Offline   bool   `json:"offline"`
}

// CareTeamMember is one member of staff in the client's care (DETAILS-2).
type CareTeamMember struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Role  string `json:"role"`
	Phone string `json:"phone"`
	Email string `json:"email"`
}

// BoardPost is a bulletin board post or reply (DETAILS-3).
type BoardPost struct {
	ID         string      `json:"id"`
	ParentID   string      `json:"parentId"`
	AuthorID   string      `json:"authorId"`
	AuthorName string      `json:"authorName"`
	Text       string      `json:"text"`
	CreatedAt  string      `json:"createdAt"`
	Thumbnail  string      `json:"thumbnail"` // a data: URL, or ""
	Mine       bool        `json:"mine"`
	CanDelete  bool        `json:"canDelete"`
	Pending    bool        `json:"pending"`
	Replies    []BoardPost `json:"replies"`
}

// BoardView is the board with the time of the last sync.
type BoardView struct {
	Posts    []BoardPost `json:"posts"`
	LastSync string      `json:"lastSync"`
	Offline  bool        `json:"offline"`
}

// NewPostInput is a post or, with ParentID, a reply. Photo is base64 (the
// UI passes JSON); a photo needs text (DETAILS-4).
type NewPostInput struct {
	ClientID  string `json:"clientId"`
	ParentID  string `json:"parentId"`
	Text      string `json:"text"`
	Photo     string `json:"photo"`
	PhotoType string `json:"photoType"`
}

// SearchInput searches a portal's care reports.
type SearchInput struct {
	ClientID string `json:"clientId"`
	Query    string `json:"query"`
	Limit    int    `json:"limit"`
}

// SearchHit is one report that matched.
type SearchHit struct {
	ID        string `json:"id"`
	WrittenAt string `json:"writtenAt"`
	Title     string `json:"title"`
	Snippet   string `json:"snippet"`
}

// OutboxEntry is one waiting or refused write, for the outbox screen.
type OutboxEntry struct {
	ID        string `json:"id"`
	ClientID  string `json:"clientId"`
	Kind      string `json:"kind"`
	State     string `json:"state"`
	ErrorCode string `json:"errorCode"`
	CreatedAt string `json:"createdAt"`
	// Summary is the title or text the user wrote, for recognition.
	Summary string `json:"summary"`
	// BlockedBy names the refused item this one waits on.
	BlockedBy string `json:"blockedBy"`
}

// OutboxItemInput names an outbox item.
type OutboxItemInput struct {
	ID string `json:"id"`
}

// OutboxEditInput changes the text of a refused item and queues it again.
type OutboxEditInput struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// SyncStatus tells whether the server answered and when each portal was
// last synced.
type SyncStatus struct {
	Online  bool         `json:"online"`
	Pending int          `json:"pending"`
	Failed  int          `json:"failed"`
	Clients []ClientSync `json:"clients"`
}

// ClientSync is one portal's last sync.
type ClientSync struct {
	ClientID string `json:"clientId"`
	LastSync string `json:"lastSync"`
}
