package portal

import (
	"context"
	"encoding/json"
	"fmt"
)

// Batch loaders for the entities a first sync holds thousands of. Each
// reads with the scan function of its entity's own loader, and
// feed_batch_test.go checks that both give the same bytes.
func init() {
	registerBuiltinBatch(EntityReport, batchReports)
	registerBuiltinBatch(EntityMessage, batchMessages)
}

// idArgs returns clientID followed by the ids, as query arguments.
func idArgs(first []any, ids []string) []any {
	args := append([]any{}, first...)
	for _, id := range ids {
		args = append(args, id)
	}
	return args
}

func batchReports(ctx context.Context, q Querier, clientID string, ids []string, _ string) (map[string]json.RawMessage, error) {
	rows, err := q.Query(ctx, `SELECT `+reportColumns+` FROM reports
		WHERE client_id = ? AND id IN (`+marks(len(ids))+`)`, idArgs([]any{clientID}, ids)...)
	if err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	defer rows.Close()
	out := make(map[string]json.RawMessage, len(ids))
	for rows.Next() {
		r, _, err := scanReport(rows)
		if err != nil {
			return nil, err
		}
		if out[r.ID], _, err = marshalRecord(r); err != nil {
			return nil, err
		}
	}
	return out, rows.Err()
}

// batchMessages loads messages of conversations the viewer is a member
// of; the others are left out, as loadMessage leaves them out.
func batchMessages(ctx context.Context, q Querier, clientID string, ids []string, viewer string) (map[string]json.RawMessage, error) {
	rows, err := q.Query(ctx, `SELECT `+messageColumns+messageFrom+`
		JOIN conversations c ON c.id = m.conversation_id AND c.client_id = m.client_id
		JOIN conversation_members cm ON cm.conversation_id = c.id AND cm.user_id = ?
		WHERE m.client_id = ? AND m.id IN (`+marks(len(ids))+`)`, idArgs([]any{viewer, clientID}, ids)...)
	if err != nil {
		return nil, fmt.Errorf("load messages: %w", err)
	}
	defer rows.Close()
	out := make(map[string]json.RawMessage, len(ids))
	for rows.Next() {
		m, err := scanMessage(rows)
		if err != nil {
			return nil, err
		}
		if out[m.ID], _, err = marshalRecord(m); err != nil {
			return nil, err
		}
	}
	return out, rows.Err()
}
