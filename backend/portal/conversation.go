package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"kring/backend/api"
	"kring/backend/store"
)

// Bounds of messages.
const (
	maxConversationTitle = 200
	maxMessageText       = 5000
	maxRecipients        = 50
)

// Recipients lists the network members the user may address: accepted
// contacts of the client with the messages right, the user left out.
func (p *Portal) Recipients(ctx context.Context, userID, clientID string) (api.RecipientList, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.RecipientList{}, err
	}
	rows, err := p.db.Query(ctx, `SELECT u.id, u.display_name, u.photo IS NOT NULL
		FROM contacts c JOIN users u ON u.id = c.user_id
		JOIN rights r ON r.contact_id = c.id AND r.section = ? AND r.granted = TRUE
		WHERE c.client_id = ? AND c.removed_at IS NULL AND c.invitation = 'accepted'
			AND u.id <> ? ORDER BY u.display_name, u.id`,
		string(api.SectionMessages), clientID, userID)
	if err != nil {
		return api.RecipientList{}, fmt.Errorf("list recipients: %w", err)
	}
	defer rows.Close()

	list := api.RecipientList{Recipients: []api.Recipient{}}
	for rows.Next() {
		var r api.Recipient
		if err := rows.Scan(&r.UserID, &r.Name, &r.HasPhoto); err != nil {
			return api.RecipientList{}, fmt.Errorf("scan recipient: %w", err)
		}
		list.Recipients = append(list.Recipients, r)
	}
	return list, rows.Err()
}

// conversationDraft is a checked NewConversation.
type conversationDraft struct {
	title, text string
	to          []string
}

func (p *Portal) checkConversation(ctx context.Context, userID, clientID string, in api.NewConversation) (conversationDraft, error) {
	d := conversationDraft{title: strings.TrimSpace(in.Title), text: strings.TrimSpace(in.Text)}
	if d.title == "" {
		return d, api.Errorf(api.CodeTitleRequired, "title is required")
	}
	if err := checkText(d.text, maxMessageText); err != nil {
		return d, err
	}
	if err := maxLength("title", d.title, maxConversationTitle); err != nil {
		return d, err
	}

	recipients, err := p.Recipients(ctx, userID, clientID)
	if err != nil {
		return d, err
	}
	allowed := map[string]bool{}
	for _, r := range recipients.Recipients {
		allowed[r.UserID] = true
	}
	seen := map[string]bool{userID: true}
	for _, id := range in.To {
		if seen[id] {
			continue
		}
		if !allowed[id] {
			return d, api.Errorf(api.CodeRecipientNotAllowed, "a recipient may not receive messages in this portal")
		}
		seen[id] = true
		d.to = append(d.to, id)
	}
	if len(d.to) == 0 || len(d.to) > maxRecipients {
		return d, api.Errorf(api.CodeRecipientsRequired, "give one to 50 recipients")
	}
	return d, nil
}

// checkText requires some text, at most max characters.
func checkText(text string, max int) error {
	if text == "" {
		return api.Errorf(api.CodeTextRequired, "text is required")
	}
	return maxLength("text", text, max)
}

// CreateConversation starts a conversation with a first message
// (MESSAGES-2). Only its members, the author and the recipients, will
// ever see it.
func (p *Portal) CreateConversation(ctx context.Context, userID, clientID string, in api.NewConversation) (api.Conversation, error) {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.Conversation{}, err
	}
	d, err := p.checkConversation(ctx, userID, clientID, in)
	if err != nil {
		return api.Conversation{}, err
	}

	id, now := store.NewID(), store.Time(p.clock.Now())
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO conversations (id, client_id, title, author_id,
			created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, id, clientID, d.title, userID, now, now)
		if err != nil {
			return fmt.Errorf("insert conversation: %w", err)
		}
		for _, member := range append([]string{userID}, d.to...) {
			if _, err := tx.Exec(ctx, `INSERT INTO conversation_members (conversation_id, user_id)
				VALUES (?, ?)`, id, member); err != nil {
				return fmt.Errorf("insert member: %w", err)
			}
		}
		_, err = p.addMessage(ctx, tx, clientID, id, userID, d.text, now)
		return err
	})
	if err != nil {
		return api.Conversation{}, err
	}
	return loadConversation(ctx, p.db, clientID, id, userID)
}

// Conversations lists the conversations the user is a member of, the
// most recently active first.
func (p *Portal) Conversations(ctx context.Context, userID, clientID string) (api.ConversationList, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.ConversationList{}, err
	}
	rows, err := p.db.Query(ctx, `SELECT c.id FROM conversations c
		JOIN conversation_members m ON m.conversation_id = c.id AND m.user_id = ?
		WHERE c.client_id = ? ORDER BY c.updated_at DESC, c.id`, userID, clientID)
	if err != nil {
		return api.ConversationList{}, fmt.Errorf("list conversations: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return api.ConversationList{}, fmt.Errorf("scan conversation: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return api.ConversationList{}, err
	}

	list := api.ConversationList{Conversations: []api.Conversation{}}
	for _, id := range ids {
		c, err := loadConversation(ctx, p.db, clientID, id, userID)
		if err != nil {
			return api.ConversationList{}, err
		}
		list.Conversations = append(list.Conversations, c)
	}
	return list, nil
}

// Conversation returns one conversation to one of its members.
func (p *Portal) Conversation(ctx context.Context, userID, clientID, id string) (api.Conversation, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.Conversation{}, err
	}
	return loadConversation(ctx, p.db, clientID, id, userID)
}

var errConversationNotFound = api.Errorf(api.CodeNotFound, "no such conversation")

// requireMember checks that the conversation belongs to the client and
// the viewer is a member; to anyone else it does not exist. It returns
// the viewer's read position.
func requireMember(ctx context.Context, q Querier, clientID, id, viewer string) (string, error) {
	var readUpTo string
	err := q.QueryRow(ctx, `SELECT m.read_up_to FROM conversations c
		JOIN conversation_members m ON m.conversation_id = c.id AND m.user_id = ?
		WHERE c.id = ? AND c.client_id = ?`, viewer, id, clientID).Scan(&readUpTo)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errConversationNotFound
	}
	if err != nil {
		return "", fmt.Errorf("check membership: %w", err)
	}
	return readUpTo, nil
}

// loadConversation renders a conversation as the viewer sees it.
func loadConversation(ctx context.Context, q Querier, clientID, id, viewer string) (api.Conversation, error) {
	readUpTo, err := requireMember(ctx, q, clientID, id, viewer)
	if err != nil {
		return api.Conversation{}, err
	}
	var c api.Conversation
	var created, updated string
	err = q.QueryRow(ctx, `SELECT id, client_id, title, author_id, created_at, updated_at
		FROM conversations WHERE id = ?`, id).Scan(&c.ID, &c.ClientID, &c.Title, &c.AuthorID,
		&created, &updated)
	if err != nil {
		return api.Conversation{}, fmt.Errorf("load conversation: %w", err)
	}
	c.CreatedAt, c.UpdatedAt = localRFC3339(created), localRFC3339(updated)

	if c.Members, err = loadMembers(ctx, q, id); err != nil {
		return api.Conversation{}, err
	}
	if c.LastMessage, err = lastMessage(ctx, q, id); err != nil {
		return api.Conversation{}, err
	}
	err = q.QueryRow(ctx, `SELECT COUNT(*) FROM messages WHERE conversation_id = ?
		AND author_id <> ? AND `+messageKey+` > ?`, id, viewer, readUpTo).Scan(&c.Unread)
	if err != nil {
		return api.Conversation{}, fmt.Errorf("count unread: %w", err)
	}
	return c, nil
}

func loadMembers(ctx context.Context, q Querier, id string) ([]api.Member, error) {
	rows, err := q.Query(ctx, `SELECT m.user_id, COALESCE(u.display_name, '')
		FROM conversation_members m LEFT JOIN users u ON u.id = m.user_id
		WHERE m.conversation_id = ? ORDER BY u.display_name, m.user_id`, id)
	if err != nil {
		return nil, fmt.Errorf("list members: %w", err)
	}
	defer rows.Close()
	members := []api.Member{}
	for rows.Next() {
		var m api.Member
		if err := rows.Scan(&m.UserID, &m.Name); err != nil {
			return nil, fmt.Errorf("scan member: %w", err)
		}
		members = append(members, m)
	}
	return members, rows.Err()
}

func init() {
	registerBuiltin(EntityConversation, func(ctx context.Context, q Querier, clientID, id, viewer string) (json.RawMessage, bool, error) {
		return loadOrGone(loadConversation(ctx, q, clientID, id, viewer))
	})
}
