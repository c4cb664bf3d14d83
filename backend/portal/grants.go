package portal

import (
	"context"
	"fmt"

	"kring/backend/api"
)

// grantState is what the rights log says about one section of one
// contact, as the sync feed needs it.
type grantState struct {
	// granted is the right as it stands now.
	granted bool
	// lastGrant is the change number at which the right was last turned
	// on, or 0 when it was never logged (granted before the log existed).
	lastGrant int64
	// lastFlip is the change number of the newest flip either way.
	lastFlip int64
}

// grants reads a contact's rights log and combines it with the current
// rights in a.
func (p *Portal) grants(ctx context.Context, q Querier, a Access) (map[api.Section]grantState, error) {
	out := make(map[api.Section]grantState, len(api.Sections))
	for _, s := range api.Sections {
		out[s] = grantState{granted: a.Has(s)}
	}

	rows, err := q.Query(ctx, `SELECT section, granted, seq FROM right_log
		WHERE contact_id = ?`, a.ContactID)
	if err != nil {
		return nil, fmt.Errorf("read rights log: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s string
		var on bool
		var seq int64
		if err := rows.Scan(&s, &on, &seq); err != nil {
			return nil, fmt.Errorf("scan rights log: %w", err)
		}
		g := out[api.Section(s)]
		g.lastFlip = max(g.lastFlip, seq)
		if on {
			g.lastGrant = max(g.lastGrant, seq)
		}
		out[api.Section(s)] = g
	}
	return out, rows.Err()
}

// purge lists the sections a device holding cursor since must drop: a
// right that is off now and flipped after the cursor. A first sync
// (since 0) names every section without a right, so a reinstalled device
// never keeps leftovers.
func purgeSections(gs map[api.Section]grantState, since int64) []api.Section {
	out := []api.Section{}
	for _, s := range api.Sections {
		g := gs[s]
		if !g.granted && (since == 0 || g.lastFlip > since) {
			out = append(out, s)
		}
	}
	return out
}

// fullSections lists the sections whose whole content the set carries: on
// a first sync every section with a right, later those granted after the
// cursor whose content is in this page (grants up to cursor).
func fullSections(gs map[api.Section]grantState, since, cursor int64) []api.Section {
	out := []api.Section{}
	for _, s := range api.Sections {
		g := gs[s]
		if !g.granted {
			continue
		}
		if since == 0 || (g.lastGrant > since && g.lastGrant <= cursor) {
			out = append(out, s)
		}
	}
	return out
}
