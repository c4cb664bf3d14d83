package portal

import (
	"context"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// MarkRead marks every message of a conversation read for the user
// (MESSAGES-4). Read state is per user; the change is numbered so the
// user's other devices update their unread marks.
func (p *Portal) MarkRead(ctx context.Context, userID, clientID, convID string) error {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return err
	}
	now := store.Time(p.clock.Now())
	return p.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := requireMember(ctx, tx, clientID, convID, userID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE conversation_members SET read_up_to = COALESCE(
			(SELECT MAX`+messageKey+` FROM messages WHERE conversation_id = ?), '')
			WHERE conversation_id = ? AND user_id = ?`, convID, convID, userID)
		if err != nil {
			return fmt.Errorf("mark read: %w", err)
		}
		_, err = RecordChange(ctx, tx, clientID, api.SectionMessages, EntityConversation, convID, false, now)
		return err
	})
}

// maxLatestUnread is how many unread messages the start screen lists.
const maxLatestUnread = 5

// Unread counts the user's unread messages in a portal and returns the
// newest few, for the start screen (HOME-2).
func (p *Portal) Unread(ctx context.Context, userID, clientID string) (api.UnreadSummary, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionMessages); err != nil {
		return api.UnreadSummary{}, err
	}
	const unread = ` FROM messages m
		JOIN conversations c ON c.id = m.conversation_id
		JOIN conversation_members cm ON cm.conversation_id = c.id AND cm.user_id = ?
		LEFT JOIN users u ON u.id = m.author_id
		WHERE c.client_id = ? AND m.author_id <> ?
			AND (m.created_at || '|' || m.id) > cm.read_up_to`
	sum := api.UnreadSummary{Latest: []api.UnreadMessage{}}
	err := p.db.QueryRow(ctx, `SELECT COUNT(*)`+unread, userID, clientID, userID).Scan(&sum.Total)
	if err != nil {
		return api.UnreadSummary{}, fmt.Errorf("count unread: %w", err)
	}

	rows, err := p.db.Query(ctx, `SELECT `+messageColumns+`, c.title`+unread+`
		ORDER BY m.created_at DESC, m.id DESC LIMIT ?`, userID, clientID, userID, maxLatestUnread)
	if err != nil {
		return api.UnreadSummary{}, fmt.Errorf("list unread: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u api.UnreadMessage
		var at string
		if err := rows.Scan(&u.ID, &u.ConversationID, &u.ClientID, &u.AuthorID, &u.AuthorName,
			&u.Text, &at, &u.ConversationTitle); err != nil {
			return api.UnreadSummary{}, fmt.Errorf("scan unread: %w", err)
		}
		u.CreatedAt = localRFC3339(at)
		sum.Latest = append(sum.Latest, u)
	}
	return sum, rows.Err()
}
