package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// messagesFixture is a client with three people who have the messages
// right, one who has only the details right, and someone of another client.
type messagesFixture struct {
	e                      *servertest.Env
	client, other          string
	anna, bert, carl, nina person
	stranger               person
}

func newMessagesFixture(t *testing.T) messagesFixture {
	e := servertest.New(t)
	f := messagesFixture{e: e, client: newClient(t, e, "Maria"), other: newClient(t, e, "Jo")}
	f.anna = newPerson(t, e, f.client, "Anna", true, api.SectionMessages)
	f.bert = newPerson(t, e, f.client, "Bert", false, api.SectionMessages)
	f.carl = newPerson(t, e, f.client, "Carl", false, api.SectionMessages)
	f.nina = newPerson(t, e, f.client, "Nina", false, api.SectionDetails)
	f.stranger = newPerson(t, e, f.other, "Sam", false, api.SectionMessages)
	return f
}

func (f messagesFixture) path(rest string) string { return "/clients/" + f.client + rest }

func (f messagesFixture) unread(t *testing.T, who person) api.UnreadSummary {
	t.Helper()
	var sum api.UnreadSummary
	mustDo(t, f.e, "unread", "GET", f.path("/messages/unread"), who.Session, nil, &sum)
	return sum
}

// TestConversation starts a conversation, replies, and follows the read
// state of each member.
func TestConversation(t *testing.T) {
	f := newMessagesFixture(t)

	var rec api.RecipientList
	mustDo(t, f.e, "recipients", "GET", f.path("/messages/recipients"), f.anna.Session, nil, &rec)
	if len(rec.Recipients) != 2 || rec.Recipients[0].Name != "Bert" || rec.Recipients[1].Name != "Carl" {
		t.Fatalf("anna may address bert and carl only: %+v", rec.Recipients)
	}

	var c api.Conversation
	mustDo(t, f.e, "start", "POST", f.path("/conversations"), f.anna.Session,
		api.NewConversation{Title: "Verjaardag mama", To: []string{f.bert.UserID}, Text: "Wie neemt taart mee?"}, &c)
	if len(c.Members) != 2 || c.Unread != 0 || c.LastMessage == nil || c.LastMessage.Text != "Wie neemt taart mee?" {
		t.Fatalf("new conversation: %+v", c)
	}

	sum := f.unread(t, f.bert)
	if sum.Total != 1 || sum.Latest[0].ConversationTitle != "Verjaardag mama" || sum.Latest[0].AuthorName != "Anna" {
		t.Fatalf("bert's unread: %+v", sum)
	}

	f.e.Clock.Advance(time.Minute)
	var reply api.Message
	mustDo(t, f.e, "reply", "POST", f.path("/conversations/"+c.ID+"/messages"), f.bert.Session,
		api.NewMessage{Text: "Ik!"}, &reply)
	if got := f.unread(t, f.bert).Total; got != 0 {
		t.Fatalf("replying reads the conversation, bert still has %d unread", got)
	}
	if got := f.unread(t, f.anna); got.Total != 1 || got.Latest[0].Text != "Ik!" {
		t.Fatalf("anna's unread after the reply: %+v", got)
	}

	mustDo(t, f.e, "read", "POST", f.path("/conversations/"+c.ID+"/read"), f.anna.Session, nil, nil)
	if got := f.unread(t, f.anna).Total; got != 0 {
		t.Fatalf("anna read everything, still %d unread", got)
	}

	var msgs api.MessageList
	mustDo(t, f.e, "messages", "GET", f.path("/conversations/"+c.ID+"/messages"), f.anna.Session, nil, &msgs)
	if len(msgs.Messages) != 2 || msgs.Messages[1].ID != reply.ID || msgs.Messages[1].AuthorID != f.bert.UserID {
		t.Fatalf("messages: %+v", msgs.Messages)
	}
	var list api.ConversationList
	mustDo(t, f.e, "list", "GET", f.path("/conversations"), f.bert.Session, nil, &list)
	if len(list.Conversations) != 1 || list.Conversations[0].LastMessage.ID != reply.ID {
		t.Fatalf("bert's conversations: %+v", list.Conversations)
	}
}

// TestConversationOnlyForMembers checks that a non-member with the
// messages right, and anyone else, sees nothing of a conversation.
func TestConversationOnlyForMembers(t *testing.T) {
	f := newMessagesFixture(t)
	var c api.Conversation
	mustDo(t, f.e, "start", "POST", f.path("/conversations"), f.anna.Session,
		api.NewConversation{Title: "Geheim", To: []string{f.bert.UserID}, Text: "Alleen voor Bert"}, &c)
	msg := c.LastMessage.ID

	var list api.ConversationList
	mustDo(t, f.e, "carl's list", "GET", f.path("/conversations"), f.carl.Session, nil, &list)
	if len(list.Conversations) != 0 || f.unread(t, f.carl).Total != 0 {
		t.Fatalf("carl sees a conversation he is not in: %+v", list)
	}

	cases := []struct {
		name, method, path, session string
		body                        any
		status                      int
		code                        api.Code
	}{
		{"non-member get", "GET", f.path("/conversations/" + c.ID), f.carl.Session, nil, 404, api.CodeNotFound},
		{"non-member messages", "GET", f.path("/conversations/" + c.ID + "/messages"), f.carl.Session, nil, 404, api.CodeNotFound},
		{"non-member message", "GET", f.path("/conversations/" + c.ID + "/messages/" + msg), f.carl.Session, nil, 404, api.CodeNotFound},
		{"non-member reply", "POST", f.path("/conversations/" + c.ID + "/messages"), f.carl.Session, api.NewMessage{Text: "hoi"}, 404, api.CodeNotFound},
		{"non-member read", "POST", f.path("/conversations/" + c.ID + "/read"), f.carl.Session, nil, 404, api.CodeNotFound},
		{"no right", "GET", f.path("/conversations"), f.nina.Session, nil, 403, api.CodeForbidden},
		{"no right, unread", "GET", f.path("/messages/unread"), f.nina.Session, nil, 403, api.CodeForbidden},
		{"stranger", "GET", f.path("/conversations/" + c.ID), f.stranger.Session, nil, 404, api.CodeNotFound},
		{"via other client", "GET", "/clients/" + f.other + "/conversations/" + c.ID, f.stranger.Session, nil, 404, api.CodeNotFound},
		{"no session", "GET", f.path("/conversations"), "", nil, 401, api.CodeUnauthorized},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, apiErr := f.e.Do(t, tc.method, tc.path, tc.session, tc.body, nil)
			wantCode(t, tc.name, status, apiErr, tc.status, tc.code)
		})
	}
}

// TestNewConversationValidation gives each mistake its own code.
func TestNewConversationValidation(t *testing.T) {
	f := newMessagesFixture(t)
	cases := []struct {
		name string
		in   api.NewConversation
		code api.Code
	}{
		{"no title", api.NewConversation{To: []string{f.bert.UserID}, Text: "x"}, api.CodeTitleRequired},
		{"no text", api.NewConversation{Title: "t", To: []string{f.bert.UserID}, Text: " "}, api.CodeTextRequired},
		{"no recipients", api.NewConversation{Title: "t", Text: "x"}, api.CodeRecipientsRequired},
		{"only oneself", api.NewConversation{Title: "t", To: []string{f.anna.UserID}, Text: "x"}, api.CodeRecipientsRequired},
		{"no messages right", api.NewConversation{Title: "t", To: []string{f.nina.UserID}, Text: "x"}, api.CodeRecipientNotAllowed},
		{"other client", api.NewConversation{Title: "t", To: []string{f.stranger.UserID}, Text: "x"}, api.CodeRecipientNotAllowed},
		{"long text", api.NewConversation{Title: "t", To: []string{f.bert.UserID}, Text: strings.Repeat("x", 5001)}, api.CodeTooLong},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, apiErr := f.e.Do(t, "POST", f.path("/conversations"), f.anna.Session, c.in, nil)
			wantCode(t, c.name, status, apiErr, http.StatusUnprocessableEntity, c.code)
		})
	}
}
