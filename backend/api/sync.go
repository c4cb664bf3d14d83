package api

import "encoding/json"

// ChangeSet is the answer to GET /clients/{client}/changes?since=N: what
// this user may see that changed after cursor N (DESIGN.md "Sync").
type ChangeSet struct {
	ClientID string `json:"clientId"`
	// Cursor is the value of since for the next call.
	Cursor int64 `json:"cursor"`
	// More is true when the set was cut short; call again with Cursor.
	More    bool     `json:"more"`
	Changes []Change `json:"changes"`
	// Purge names sections whose right was withdrawn or expired: the
	// device removes everything it holds of them.
	Purge []Section `json:"purge"`
	// Full names sections whose right was granted since the cursor: the
	// changes then hold their full current content.
	Full []Section `json:"full"`
}

// Change is one new, changed or deleted record.
type Change struct {
	Seq     int64   `json:"seq"`
	Section Section `json:"section"`
	// Entity names the record type: appointment, report, goal, document,
	// conversation, message, post, careTeam, clientDetails, contact.
	Entity  string `json:"entity"`
	ID      string `json:"id"`
	Deleted bool   `json:"deleted"`
	// Data is the record as its own endpoint returns it; absent on a
	// tombstone.
	Data json.RawMessage `json:"data,omitempty"`
}
