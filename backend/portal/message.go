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

// messageKey orders messages and marks read positions: the time, then the
// id, so two messages in the same millisecond still have an order.
const messageKey = `(created_at || '|' || id)`

const messageColumns = `m.id, m.conversation_id, m.client_id, m.author_id,
	COALESCE(u.display_name, ''), m.text, m.created_at`

const messageFrom = ` FROM messages m LEFT JOIN users u ON u.id = m.author_id `

func scanMessage(row scanner) (api.Message, error) {
	var m api.Message
	var at string
	err := row.Scan(&m.ID, &m.ConversationID, &m.ClientID, &m.AuthorID, &m.AuthorName, &m.Text, &at)
	if err != nil {
		return api.Message{}, fmt.Errorf("scan message: %w", err)
	}
	m.CreatedAt = localRFC3339(at)
	return m, nil
}

// PostMessage adds a reply to a conversation the user is a member of
// (MESSAGES-3). The author has read their own text.
func (p *Portal) PostMessage(ctx context.Context, userID, clientID, convID string, in api.NewMessage) (api.Message, error) {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.Message{}, err
	}
	text := strings.TrimSpace(in.Text)
	if err := checkText(text, maxMessageText); err != nil {
		return api.Message{}, err
	}

	var id string
	now := store.Time(p.clock.Now())
	err := p.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := requireMember(ctx, tx, clientID, convID, userID); err != nil {
			return err
		}
		var err error
		id, err = p.addMessage(ctx, tx, clientID, convID, userID, text, now)
		return err
	})
	if err != nil {
		return api.Message{}, err
	}
	return loadMessage(ctx, p.db, clientID, convID, id, userID)
}

// addMessage writes a message, moves the conversation up, marks it read
// for its author and numbers both changes for sync.
func (p *Portal) addMessage(ctx context.Context, tx *store.Tx, clientID, convID, author, text, now string) (string, error) {
	id := store.NewID()
	_, err := tx.Exec(ctx, `INSERT INTO messages (id, conversation_id, client_id, author_id, text,
		created_at) VALUES (?, ?, ?, ?, ?, ?)`, id, convID, clientID, author, text, now)
	if err != nil {
		return "", fmt.Errorf("insert message: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE conversations SET updated_at = ? WHERE id = ?`, now, convID); err != nil {
		return "", fmt.Errorf("touch conversation: %w", err)
	}
	if _, err := tx.Exec(ctx, `UPDATE conversation_members SET read_up_to = ?
		WHERE conversation_id = ? AND user_id = ?`, now+"|"+id, convID, author); err != nil {
		return "", fmt.Errorf("mark own message read: %w", err)
	}
	if _, err := RecordChange(ctx, tx, clientID, api.SectionMessages, EntityMessage, id, false, now); err != nil {
		return "", err
	}
	_, err = RecordChange(ctx, tx, clientID, api.SectionMessages, EntityConversation, convID, false, now)
	return id, err
}

// Messages lists a conversation's messages, oldest first, to a member.
func (p *Portal) Messages(ctx context.Context, userID, clientID, convID string) (api.MessageList, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.MessageList{}, err
	}
	if _, err := requireMember(ctx, p.db, clientID, convID, userID); err != nil {
		return api.MessageList{}, err
	}
	rows, err := p.db.Query(ctx, `SELECT `+messageColumns+messageFrom+`
		WHERE m.conversation_id = ? ORDER BY m.created_at, m.id`, convID)
	if err != nil {
		return api.MessageList{}, fmt.Errorf("list messages: %w", err)
	}
	defer rows.Close()

	list := api.MessageList{Messages: []api.Message{}}
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return api.MessageList{}, err
		}
		list.Messages = append(list.Messages, m)
	}
	return list, rows.Err()
}

// Message returns one message to a member of its conversation.
func (p *Portal) Message(ctx context.Context, userID, clientID, convID, id string) (api.Message, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.Message{}, err
	}
	return loadMessage(ctx, p.db, clientID, convID, id, userID)
}

var errMessageNotFound = api.Errorf(api.CodeNotFound, "no such message")

// loadMessage reads a message for a viewer who must be a member of its
// conversation. An empty convID takes the message's own conversation.
func loadMessage(ctx context.Context, q Querier, clientID, convID, id, viewer string) (api.Message, error) {
	m, err := scanMessage(q.QueryRow(ctx, `SELECT `+messageColumns+messageFrom+`
		WHERE m.id = ? AND m.client_id = ?`, id, clientID))
	if errors.Is(err, sql.ErrNoRows) || (err == nil && convID != "" && m.ConversationID != convID) {
		return api.Message{}, errMessageNotFound
	}
	if err != nil {
		return api.Message{}, err
	}
	if _, err := requireMember(ctx, q, clientID, m.ConversationID, viewer); err != nil {
		return api.Message{}, errMessageNotFound
	}
	return m, nil
}

func lastMessage(ctx context.Context, q Querier, convID string) (*api.Message, error) {
	m, err := scanMessage(q.QueryRow(ctx, `SELECT `+messageColumns+messageFrom+`
		WHERE m.conversation_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT 1`, convID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &m, nil
}

func init() {
	registerBuiltin(EntityMessage, func(ctx context.Context, q Querier, clientID, id, viewer string) (json.RawMessage, bool, error) {
		return loadOrGone(loadMessage(ctx, q, clientID, "", id, viewer))
	})
}
