// Package portal is the domain of a client portal: clients, contacts,
// rights, the agenda, the dossier, messages, the bulletin board and the
// audit log. It knows nothing of HTTP; every read and write checks rights.
package portal

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/store"
)

// Portal is the portal domain over one database.
type Portal struct {
	db    *store.DB
	clock clock.Clock
	log   *slog.Logger
	reg   registry
	audit auditWriter
	// access keeps Access answers (see Access).
	access *store.Cache[Access]
	// reportPages keeps pages of care reports (see Reports).
	reportPages *store.Cache[api.ReportPage]
}

// New returns the portal domain.
func New(db *store.DB, clk clock.Clock, log *slog.Logger) *Portal {
	return &Portal{db: db, clock: clk, log: log.With("component", "portal"),
		access:      store.NewCache[Access](db, accessCacheTTL, accessCacheMax),
		reportPages: store.NewCache[api.ReportPage](db, reportCacheTTL, reportCacheMax)}
}

// Access is what one user may do in one portal.
type Access struct {
	UserID    string
	ClientID  string
	ContactID string
	Admin     bool
	ReadOnly  bool
	// Rights may be shared with other answers of Access: never change it.
	Rights map[api.Section]bool
}

// Has reports whether the access includes a section right.
func (a Access) Has(s api.Section) bool { return a.Rights[s] }

// The access cache: Access runs on every request, and its query was a
// fifth of a dossier page read. An entry lives two seconds at most and
// not past a write in this process (store.Cache), so a right revoked or
// a contact removed here counts at once; a portal closed by the
// kring-server close-portal command, another process, within two seconds.
const (
	accessCacheTTL = 2 * time.Second
	accessCacheMax = 10000
)

// Access loads the user's access to a client. A user who is not an
// accepted, present contact of the client gets not_found, so that another
// client's ids reveal nothing.
func (p *Portal) Access(ctx context.Context, userID, clientID string) (Access, error) {
	key, now := store.CacheKey(userID, clientID), p.clock.Now()
	if a, ok := p.access.Get(key, now); ok {
		return a, nil
	}
	gen := p.db.Generation()
	a, err := p.loadAccess(ctx, userID, clientID)
	if err != nil {
		return Access{}, err
	}
	p.access.Put(key, gen, a, now)
	return a, nil
}

// loadAccess reads the contact of the user with the client and its rights.
func (p *Portal) loadAccess(ctx context.Context, userID, clientID string) (Access, error) {
	// One query for the contact and its granted rights: Access runs on
	// every request, and a second query was a sixth of a dossier read.
	rows, err := p.db.Query(ctx, `
		SELECT c.id, c.admin, cl.closed_at IS NOT NULL, r.section FROM contacts c
		JOIN clients cl ON cl.id = c.client_id
		LEFT JOIN rights r ON r.contact_id = c.id AND r.granted = TRUE
		WHERE c.user_id = ? AND c.client_id = ? AND c.removed_at IS NULL
			AND c.invitation = 'accepted'`, userID, clientID)
	if err != nil {
		return Access{}, fmt.Errorf("load access: %w", err)
	}
	defer rows.Close()

	a := Access{UserID: userID, ClientID: clientID, Rights: map[api.Section]bool{}}
	found := false
	for rows.Next() {
		var section sql.NullString
		if err := rows.Scan(&a.ContactID, &a.Admin, &a.ReadOnly, &section); err != nil {
			return Access{}, fmt.Errorf("scan access: %w", err)
		}
		found = true
		if section.Valid {
			a.Rights[api.Section(section.String)] = true
		}
	}
	if err := rows.Err(); err != nil {
		return Access{}, fmt.Errorf("load access: %w", err)
	}
	if !found {
		return Access{}, api.Errorf(api.CodeNotFound, "no such portal")
	}
	return a, nil
}

// Require loads access and checks one section right.
func (p *Portal) Require(ctx context.Context, userID, clientID string, s api.Section) (Access, error) {
	a, err := p.Access(ctx, userID, clientID)
	if err != nil {
		return Access{}, err
	}
	if !a.Has(s) {
		return Access{}, api.Errorf(api.CodeForbidden, "no right to "+string(s))
	}
	return a, nil
}

// RequireWrite is Require for a change: a closed portal is read-only.
func (p *Portal) RequireWrite(ctx context.Context, userID, clientID string, s api.Section) (Access, error) {
	a, err := p.Require(ctx, userID, clientID, s)
	if err != nil {
		return Access{}, err
	}
	if a.ReadOnly {
		return Access{}, api.Errorf(api.CodePortalClosed, "portal is closed")
	}
	return a, nil
}
