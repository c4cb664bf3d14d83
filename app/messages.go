package app

import (
	"encoding/json"
	"sort"

	"kring/app/cache"
	"kring/backend/api"
)

// MessagesService shows conversations from the cache and sends new ones,
// replies and read marks through the outbox (MESSAGES-*).
type MessagesService struct {
	core *core
}

// serverConversation is a conversation as the server sends it, as the
// signed-in member sees it.
type serverConversation = api.Conversation

// Conversations lists a portal's conversations, newest first.
func (s *MessagesService) Conversations(in ClientInput) ([]Conversation, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionMessages)
	if err != nil {
		return nil, err
	}
	convs, err := list[serverConversation](c, l, cache.Query{ClientID: in.ClientID,
		Entity: "conversation", Newest: true})
	if err != nil {
		return nil, err
	}
	out := pendingConversations(c, l, in.ClientID)
	for _, sc := range convs {
		msgs, err := list[Message](c, l, cache.Query{ClientID: in.ClientID, Entity: "message",
			ParentID: sc.ID})
		if err != nil {
			return nil, err
		}
		out = append(out, summarise(sc, msgs, c.userID()))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].LastMessageAt > out[j].LastMessageAt })
	return out, nil
}

// summarise makes the list entry of a conversation; msgs are its cached
// messages, oldest first.
func summarise(sc serverConversation, msgs []Message, me string) Conversation {
	conv := Conversation{ID: sc.ID, Title: sc.Title, Participants: []string{},
		LastMessageAt: sc.UpdatedAt, Unread: sc.Unread}
	for _, m := range sc.Members {
		if m.UserID != me {
			conv.Participants = append(conv.Participants, m.Name)
		}
	}
	if sc.LastMessage != nil {
		conv.LastText, conv.LastMessageAt = sc.LastMessage.Text, sc.LastMessage.CreatedAt
	}
	if n := len(msgs); n > 0 && (conv.LastText == "" || after(msgs[n-1].CreatedAt, conv.LastMessageAt)) {
		conv.LastText, conv.LastMessageAt = msgs[n-1].Text, msgs[n-1].CreatedAt
	}
	return conv
}

// markUnread flags the newest unread messages written by others; the
// server counts them per member.
func markUnread(msgs []Message, unread int, me string) {
	for i := len(msgs) - 1; i >= 0 && unread > 0; i-- {
		if msgs[i].AuthorID != me && !msgs[i].Pending {
			msgs[i].Unread = true
			unread--
		}
	}
}

// Conversation opens a conversation as a chat, oldest message first, with
// replies still in the outbox at the end.
func (s *MessagesService) Conversation(in RecordRef) (ConversationView, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionMessages)
	if err != nil {
		return ConversationView{}, err
	}
	sc, err := one[serverConversation](c, l, in.ClientID, "conversation", in.ID)
	if err != nil {
		return ConversationView{}, err
	}
	msgs, err := list[Message](c, l, cache.Query{ClientID: in.ClientID, Entity: "message",
		ParentID: in.ID})
	if err != nil {
		return ConversationView{}, err
	}
	me := c.userID()
	for i := range msgs {
		msgs[i].Mine = msgs[i].AuthorID == me
	}
	markUnread(msgs, sc.Unread, me)
	msgs = append(msgs, pendingReplies(c, l, in.ClientID, in.ID)...)
	return ConversationView{Conversation: summarise(sc, msgs, me), Messages: msgs}, nil
}

// unreadMessages lists a portal's unread messages, newest first.
func unreadMessages(c *core, l *local, clientID string) ([]Message, error) {
	convs, err := list[serverConversation](c, l, cache.Query{ClientID: clientID,
		Entity: "conversation"})
	if err != nil {
		return nil, err
	}
	me := c.userID()
	out := []Message{}
	for _, sc := range convs {
		if sc.Unread == 0 {
			continue
		}
		msgs, err := list[Message](c, l, cache.Query{ClientID: clientID, Entity: "message",
			ParentID: sc.ID, Newest: true, Limit: sc.Unread + 20})
		if err != nil {
			return nil, err
		}
		markUnread(msgs, 0, me)
		for i, n := 0, 0; i < len(msgs) && n < sc.Unread; i++ {
			if msgs[i].AuthorID != me {
				msgs[i].Unread = true
				out = append(out, msgs[i])
				n++
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return after(out[i].CreatedAt, out[j].CreatedAt) })
	return out, nil
}

// UnreadCount counts a portal's unread messages (MESSAGES-4).
func (s *MessagesService) UnreadCount(in ClientInput) (UnreadCount, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionMessages)
	if err != nil {
		return UnreadCount{}, err
	}
	msgs, err := unreadMessages(c, l, in.ClientID)
	return UnreadCount{Count: len(msgs)}, err
}

// Recipients lists who may be addressed (MESSAGES-1). Offline, it falls
// back to the people in cached conversations.
func (s *MessagesService) Recipients(in ClientInput) ([]Recipient, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionMessages)
	if err != nil {
		return nil, err
	}
	var out api.RecipientList
	if err := c.client.Fetch(c.context(), "/clients/"+in.ClientID+"/messages/recipients", &out); err == nil {
		list := make([]Recipient, 0, len(out.Recipients))
		for _, r := range out.Recipients {
			list = append(list, Recipient{ID: r.UserID, Name: r.Name})
		}
		return list, nil
	}
	convs, err := list[serverConversation](c, l, cache.Query{ClientID: in.ClientID,
		Entity: "conversation"})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{c.userID(): true}
	list := []Recipient{}
	for _, sc := range convs {
		for _, m := range sc.Members {
			if !seen[m.UserID] {
				seen[m.UserID] = true
				list = append(list, Recipient{ID: m.UserID, Name: m.Name})
			}
		}
	}
	return list, nil
}

// New starts a conversation (MESSAGES-2).
func (s *MessagesService) New(in NewConversationInput) (OutboxResult, error) {
	if _, err := s.core.section(in.ClientID, api.SectionMessages); err != nil {
		return OutboxResult{}, err
	}
	if len(in.RecipientIDs) == 0 {
		return OutboxResult{}, &uiError{Code: api.CodeRecipientsRequired}
	}
	w, err := jsonWrite("POST", "/clients/"+in.ClientID+"/conversations",
		api.NewConversation{Title: in.Title, To: in.RecipientIDs, Text: in.Text})
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return s.core.enqueue(in.ClientID, kindConversation, "", w)
}

// Reply adds a message to a conversation (MESSAGES-3). A reply to a
// conversation still in the outbox waits for it, and fails with it.
func (s *MessagesService) Reply(in ReplyInput) (OutboxResult, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionMessages)
	if err != nil {
		return OutboxResult{}, err
	}
	target, dep := in.ConversationID, ""
	if it, err := l.cache.Item(c.context(), in.ConversationID); err == nil {
		target, dep = "{dep}", it.ID
	}
	w, err := jsonWrite("POST", "/clients/"+in.ClientID+"/conversations/"+target+"/messages",
		api.NewMessage{Text: in.Text})
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return c.enqueue(in.ClientID, kindMessage, dep, w)
}

// MarkRead marks a conversation read. The cached copy is marked at once,
// so the start screen stops counting it even before the server knows.
func (s *MessagesService) MarkRead(in RecordRef) (OutboxResult, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionMessages)
	if err != nil {
		return OutboxResult{}, err
	}
	if rec, err := l.cache.Get(c.context(), in.ClientID, "conversation", in.ID); err == nil {
		var sc serverConversation
		if json.Unmarshal(rec.Data, &sc) == nil && sc.Unread > 0 {
			sc.Unread = 0
			rec.Data, _ = json.Marshal(sc)
			_ = l.cache.Put(c.context(), rec)
		}
	}
	w, err := jsonWrite("POST", "/clients/"+in.ClientID+"/conversations/"+in.ID+"/read",
		struct{}{})
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return c.enqueue(in.ClientID, kindRead, "", w)
}

// pendingConversations shows conversations still in the outbox.
func pendingConversations(c *core, l *local, clientID string) []Conversation {
	out := []Conversation{}
	for _, it := range outboxOf(c, l, clientID, kindConversation) {
		var b api.NewConversation
		_ = json.Unmarshal(it.body, &b)
		out = append(out, Conversation{ID: it.ID, Title: b.Title, LastText: b.Text,
			LastMessageAt: it.CreatedAt, Participants: []string{}, Pending: true})
	}
	return out
}

// pendingReplies shows replies to a conversation still in the outbox.
func pendingReplies(c *core, l *local, clientID, convID string) []Message {
	out := []Message{}
	for _, it := range outboxOf(c, l, clientID, kindMessage) {
		if lastSegment(trimSuffix(it.path, "/messages")) != convID {
			continue
		}
		var b api.NewMessage
		_ = json.Unmarshal(it.body, &b)
		out = append(out, Message{ID: it.ID, ConversationID: convID, AuthorID: c.userID(),
			Text: b.Text, CreatedAt: it.CreatedAt, Mine: true, Pending: true})
	}
	return out
}

func trimSuffix(s, suffix string) string {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// after compares two RFC 3339 instants whatever their offsets; "" is the
// beginning of time.
func after(a, b string) bool {
	if b == "" {
		return a != ""
	}
	return instantKey(a) > instantKey(b)
}
