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
	// Purge names sections whose right was withdrawn after the cursor
	// (on a first sync: every section without a right): the device
	// removes everything it holds of them.
	Purge []Section `json:"purge"`
	// Full names sections whose whole current content this page holds:
	// every section with a right on a first sync, later a section granted
	// after the cursor. The device empties them before applying Changes.
	Full []Section `json:"full"`
}

// Change is one new, changed or deleted record.
type Change struct {
	// Seq is the record's change number, for ordering inside the server.
	// It does not travel: a device resumes from ChangeSet.Cursor, and
	// leaving the number out saves a tenth of a first sync's gzipped size.
	Seq     int64   `json:"-"`
	Section Section `json:"section"`
	// Entity names the record type: appointment, report, goal, document,
	// conversation, message, post, careTeam, clientDetails, contact.
	Entity  string `json:"entity"`
	ID      string `json:"id"`
	Deleted bool   `json:"deleted,omitempty"`
	// Data is the record as its own endpoint returns it; absent on a
	// tombstone.
	Data json.RawMessage `json:"data,omitempty"`
}

// StreamEvent is the data of a "changed" event on the live stream: the
// client whose portal changed, so the device pulls its changes.
type StreamEvent struct {
	ClientID string `json:"clientId"`
}

// IdempotencyHeader carries the client-made key of a write; a write with a
// key already used by the same user is answered with the first answer.
const IdempotencyHeader = "Idempotency-Key"

var syncRoutes = []Route{
	{ID: "listChanges", Method: "GET", Path: "/clients/{client}/changes",
		Summary: "What changed in the portal after a cursor, filtered by the caller's rights; " +
			"gzip when accepted", Auth: true, Response: ChangeSet{},
		Query: map[string]string{
			"since": "cursor from the previous answer; 0 for everything",
			"limit": "rows per page, 1–20000, default 10000",
		},
		Errors: []Code{CodeUnauthorized, CodeNotFound, CodeValidation}},
	{ID: "stream", Method: "GET", Path: "/stream",
		Summary: "Server-Sent Events: event \"changed\" with data {\"clientId\"} when a portal " +
			"the user can open changed; a comment line every 25 seconds keeps it open",
		Auth: true, Errors: []Code{CodeUnauthorized}},
}
