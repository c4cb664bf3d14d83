package api

// Recipient is a network member who may be addressed: an accepted contact
// of the client with the messages right (MESSAGES-1).
type Recipient struct {
	UserID   string `json:"userId"`
	Name     string `json:"name"`
	HasPhoto bool   `json:"hasPhoto"`
}

// RecipientList lists who may be addressed in a portal, the asker left out.
type RecipientList struct {
	Recipients []Recipient `json:"recipients"`
}

// Member is one member of a conversation.
type Member struct {
	UserID string `json:"userId"`
	Name   string `json:"name"`
}

// Conversation is a conversation as one member sees it: Unread counts the
// others' messages this member has not read.
type Conversation struct {
	ID          string   `json:"id"`
	ClientID    string   `json:"clientId"`
	Title       string   `json:"title"`
	AuthorID    string   `json:"authorId"`
	Members     []Member `json:"members"`
	CreatedAt   string   `json:"createdAt"`
	UpdatedAt   string   `json:"updatedAt"`
	LastMessage *Message `json:"lastMessage,omitempty"`
	Unread      int      `json:"unread"`
}

// ConversationList lists the conversations one is a member of, the most
// recently active first.
type ConversationList struct {
	Conversations []Conversation `json:"conversations"`
}

// Message is one text in a conversation (MESSAGES-3).
type Message struct {
	ID             string `json:"id"`
	ConversationID string `json:"conversationId"`
	ClientID       string `json:"clientId"`
	AuthorID       string `json:"authorId"`
	AuthorName     string `json:"authorName"`
	Text           string `json:"text"`
	CreatedAt      string `json:"createdAt"`
}

// MessageList holds a conversation's messages, oldest first.
type MessageList struct {
	Messages []Message `json:"messages"`
}

// NewConversation starts a conversation (MESSAGES-2): To holds user ids
// from the recipient list; the author is a member by themselves.
type NewConversation struct {
	Title string   `json:"title"`
	To    []string `json:"to"`
	Text  string   `json:"text"`
}

// NewMessage is a reply in a conversation.
type NewMessage struct {
	Text string `json:"text"`
}

// UnreadSummary is what the start screen shows (HOME-2, MESSAGES-4): the
// number of unread messages and the newest few of them.
type UnreadSummary struct {
	Total  int             `json:"total"`
	Latest []UnreadMessage `json:"latest"`
}

// UnreadMessage is an unread message with its conversation's title.
type UnreadMessage struct {
	Message
	ConversationTitle string `json:"conversationTitle"`
}

var messageErrors = []Code{CodeUnauthorized, CodeNotFound, CodeForbidden}

var messageWriteErrors = append([]Code{CodePortalClosed, CodeValidation, CodeTextRequired,
	CodeTooLong}, messageErrors...)

// messageRoutes are the endpoints of Mijn Berichten. A conversation is
// visible to its members only; to anyone else it does not exist.
var messageRoutes = []Route{
	{ID: "listRecipients", Method: "GET", Path: "/clients/{client}/messages/recipients",
		Summary: "Network members with the messages right who may be addressed", Auth: true,
		Section: SectionMessages, Response: RecipientList{}, Errors: messageErrors},
	{ID: "unreadMessages", Method: "GET", Path: "/clients/{client}/messages/unread",
		Summary: "Unread count and the newest unread messages, for the start screen", Auth: true,
		Section: SectionMessages, Response: UnreadSummary{}, Errors: messageErrors},
	{ID: "listConversations", Method: "GET", Path: "/clients/{client}/conversations",
		Summary: "Conversations one is a member of, most recent first", Auth: true,
		Section: SectionMessages, Response: ConversationList{}, Errors: messageErrors},
	{ID: "createConversation", Method: "POST", Path: "/clients/{client}/conversations",
		Summary: "Start a conversation with a title, recipients and a first text", Auth: true,
		Section: SectionMessages, Request: NewConversation{}, Response: Conversation{},
		Idempotent: true, Errors: append([]Code{CodeTitleRequired, CodeRecipientsRequired,
			CodeRecipientNotAllowed}, messageWriteErrors...)},
	{ID: "getConversation", Method: "GET", Path: "/clients/{client}/conversations/{id}",
		Summary: "One conversation", Auth: true, Section: SectionMessages,
		Response: Conversation{}, Errors: messageErrors},
	{ID: "listMessages", Method: "GET", Path: "/clients/{client}/conversations/{id}/messages",
		Summary: "The messages of a conversation, oldest first", Auth: true,
		Section: SectionMessages, Response: MessageList{}, Errors: messageErrors},
	{ID: "getMessage", Method: "GET", Path: "/clients/{client}/conversations/{id}/messages/{message}",
		Summary: "One message", Auth: true, Section: SectionMessages, Response: Message{},
		Errors: messageErrors},
	{ID: "postMessage", Method: "POST", Path: "/clients/{client}/conversations/{id}/messages",
		Summary: "Reply in a conversation", Auth: true, Section: SectionMessages,
		Request: NewMessage{}, Response: Message{}, Idempotent: true, Errors: messageWriteErrors},
	{ID: "markRead", Method: "POST", Path: "/clients/{client}/conversations/{id}/read",
		Summary: "Mark every message of a conversation read for oneself", Auth: true,
		Section: SectionMessages, Idempotent: true, Errors: messageErrors},
}
