package portal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"kring/backend/api"
)

// Limits of one page of the sync feed. A five-year dossier (8,500
// records, 4.4 MB of JSON, 360 kB gzipped) comes in one default page:
// every page restarts gzip, and with pages of 5,000 the wire grows by
// half a percent more than the tenth the goal allows.
const (
	DefaultFeedLimit = 10000
	MaxFeedLimit     = 20000
)

// feedRow is one row of the change sequence on its way to a device.
type feedRow struct {
	seq     int64
	section api.Section
	entity  string
	id      string
	deleted bool
	// key orders the feed: the row's own number, or the number of the
	// grant that made its section visible when that is later. All rows
	// of one grant share a key and travel in one page.
	key int64
	// whole is true when the device takes the row as part of a section's
	// full content (a first sync, or a grant after its cursor).
	whole bool
}

// Changes is ChangesFor a user on no particular device.
func (p *Portal) Changes(ctx context.Context, userID, clientID string, since int64, limit int) (api.ChangeSet, error) {
	return p.ChangesFor(ctx, Actor{UserID: userID}, clientID, since, limit)
}

// ChangesFor answers GET changes?since: what the user may see in the
// client's portal that changed after since (DESIGN.md "Sync"). The page
// holds at least limit rows unless it is the last; rows of one grant are
// never split, so a page may be longer. A page with dossier records is a
// delivery of dossier data and goes into the audit log with the device.
func (p *Portal) ChangesFor(ctx context.Context, by Actor, clientID string, since int64, limit int) (api.ChangeSet, error) {
	if since < 0 || limit < 1 || limit > MaxFeedLimit {
		return api.ChangeSet{}, api.Errorf(api.CodeValidation, "since must be ≥ 0 and limit 1–20000")
	}
	a, err := p.Access(ctx, by.UserID, clientID)
	if err != nil {
		return api.ChangeSet{}, err
	}

	// The high-water mark is read first: numbers commit in order, so every
	// change up to it is visible to the reads that follow.
	top, err := p.topSeq(ctx, clientID)
	if err != nil {
		return api.ChangeSet{}, err
	}
	gs, err := p.grants(ctx, p.db, a)
	if err != nil {
		return api.ChangeSet{}, err
	}
	rows, err := p.feedRows(ctx, clientID, since, top, gs)
	if err != nil {
		return api.ChangeSet{}, err
	}

	page, more := cutPage(rows, limit)
	cursor := top
	if more {
		cursor = page[len(page)-1].key
	}
	changes, err := p.loadPage(ctx, clientID, by.UserID, page)
	if err != nil {
		return api.ChangeSet{}, err
	}
	if err := p.auditFeed(ctx, by, clientID, changes); err != nil {
		return api.ChangeSet{}, err
	}
	return api.ChangeSet{
		ClientID: clientID,
		Cursor:   cursor,
		More:     more,
		Changes:  changes,
		Purge:    purgeSections(gs, since),
		Full:     fullSections(gs, since, cursor),
	}, nil
}

// topSeq is the client's newest change number.
func (p *Portal) topSeq(ctx context.Context, clientID string) (int64, error) {
	var top int64
	err := p.db.QueryRow(ctx, `SELECT seq FROM client_seq WHERE client_id = ?`, clientID).Scan(&top)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read change number: %w", err)
	}
	return top, nil
}

// feedRows reads the rows a device at since needs, up to top, ordered by
// key. Only sections with a right are read; a section granted after since
// is read whole.
func (p *Portal) feedRows(ctx context.Context, clientID string, since, top int64,
	gs map[api.Section]grantState) ([]feedRow, error) {
	var visible, whole []any
	for s, g := range gs {
		if !g.granted {
			continue
		}
		visible = append(visible, string(s))
		if g.lastGrant > since {
			whole = append(whole, string(s))
		}
	}
	if len(visible) == 0 {
		return nil, nil
	}

	query := `SELECT seq, section, entity, entity_id, deleted FROM changes
		WHERE client_id = ? AND seq <= ? AND section IN (` + marks(len(visible)) + `)
		AND (seq > ?`
	args := append([]any{clientID, top}, visible...)
	args = append(args, since)
	if len(whole) > 0 {
		query += ` OR section IN (` + marks(len(whole)) + `)`
		args = append(args, whole...)
	}
	rows, err := p.db.Query(ctx, query+`) ORDER BY seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("read changes: %w", err)
	}
	defer rows.Close()

	var out []feedRow
	for rows.Next() {
		var r feedRow
		var section string
		if err := rows.Scan(&r.seq, &section, &r.entity, &r.id, &r.deleted); err != nil {
			return nil, fmt.Errorf("scan change: %w", err)
		}
		r.section = api.Section(section)
		g := gs[r.section]
		r.key = max(r.seq, g.lastGrant)
		r.whole = since == 0 || (g.lastGrant > since && r.seq <= g.lastGrant)
		if r.key > since && r.key <= top {
			out = append(out, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read changes: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out, nil
}

// cutPage takes at least limit rows, ending on a change of key.
func cutPage(rows []feedRow, limit int) ([]feedRow, bool) {
	if len(rows) <= limit {
		return rows, false
	}
	end := limit
	for end < len(rows) && rows[end].key == rows[end-1].key {
		end++
	}
	return rows[:end], end < len(rows)
}

// marks returns n comma-separated placeholders.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// auditFeed records a delivery when the page holds dossier data.
func (p *Portal) auditFeed(ctx context.Context, by Actor, clientID string, changes []api.Change) error {
	for _, c := range changes {
		if c.Section == api.SectionDossier && !c.Deleted {
			return p.delivered(ctx, by, clientID, "sync")
		}
	}
	return nil
}
