package ecd

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"time"

	"kring/backend/clock"
	"kring/backend/store"
)

// Importer maps FHIR resources into portals.
//
// Each resource is written in its own transaction: a broken resource
// rolls back alone and leaves nothing half-written, the rest of a bundle
// still imports, and the single SQLite writer is never held for the
// length of a large bundle, so the portal stays responsive during an
// import. A collection bundle has no all-or-nothing meaning in FHIR, and
// the idempotent keys make a repeated run finish what an interrupted one
// began.
type Importer struct {
	db    *store.DB
	clock clock.Clock
	log   *slog.Logger
}

// NewImporter returns an importer over db.
func NewImporter(db *store.DB, clk clock.Clock, log *slog.Logger) *Importer {
	return &Importer{db: db, clock: clk, log: log.With("component", "ecd_import")}
}

// handlers map a resource type to the code that writes it.
var handlers = map[string]func(c *call) error{
	"Patient":           importPatient,
	"RelatedPerson":     importRelatedPerson,
	"Practitioner":      importPractitioner,
	"PractitionerRole":  importPractitionerRole,
	"CareTeam":          importCareTeam,
	"Condition":         importCondition,
	"Goal":              importGoal,
	"CarePlan":          importCarePlan,
	"Composition":       importComposition,
	"Observation":       importObservation,
	"Communication":     importCommunication,
	"DocumentReference": importDocumentReference,
	"Appointment":       importAppointment,
}

// order puts what others refer to first: patients, then the people and
// problems they name, then goals before the plans that list them.
var order = map[string]int{"Patient": 0, "Practitioner": 1, "PractitionerRole": 2,
	"Condition": 3, "RelatedPerson": 4, "Goal": 5, "CarePlan": 6}

// batch is what one import run knows across its resources.
type batch struct {
	// urls maps a bundle's fullUrl to "Type/key", for urn:uuid references.
	urls   map[string]string
	report *Report
}

// Import writes entries and reports what happened to each.
func (im *Importer) Import(ctx context.Context, entries []Entry) (*Report, error) {
	b := &batch{urls: map[string]string{}, report: NewReport()}
	for _, e := range entries {
		if e.FullURL != "" && e.Err == nil {
			b.urls[e.FullURL] = e.Ref()
		}
	}
	sorted := append([]Entry(nil), entries...)
	sort.SliceStable(sorted, func(i, j int) bool { return rank(sorted[i]) < rank(sorted[j]) })

	for _, e := range sorted {
		if err := ctx.Err(); err != nil {
			return b.report, err
		}
		im.importOne(ctx, e, b)
	}
	return b.report, nil
}

func rank(e Entry) int {
	if r, ok := order[e.Type]; ok {
		return r
	}
	return len(order)
}

// prior is what an earlier import left of a resource.
type prior struct {
	found    bool
	hash     string
	clientID string
}

func (im *Importer) importOne(ctx context.Context, e Entry, b *batch) {
	if e.Err != nil {
		b.report.add(e, Failed, e.Err.Error())
		return
	}
	h, ok := handlers[e.Type]
	if !ok {
		b.report.add(e, Failed, fmt.Sprintf("resource type %q is not imported by Kring", truncate(e.Type, 40)))
		return
	}
	clean, hash, err := sanitize(e.Raw)
	if err != nil {
		b.report.add(e, Failed, err.Error())
		return
	}
	p, err := im.prior(ctx, e)
	if err != nil {
		b.report.add(e, Failed, err.Error())
		return
	}
	if p.found && p.hash == hash {
		b.report.add(e, Skipped, "")
		return
	}

	outcome, reason := im.write(ctx, e, h, p, hash, b)
	if outcome == Unresolved {
		if err := im.keepPending(ctx, e, clean, reason); err != nil {
			outcome, reason = Failed, reasonText{err}
		}
	}
	b.report.add(e, outcome, reason.String())
	if outcome != Failed {
		im.log.Debug("resource imported", "type", e.Type, "outcome", string(outcome))
	}
	if e.Type == "Patient" && (outcome == Created || outcome == Updated) {
		im.attachPending(ctx, "Patient/"+e.Key, b)
	}
}

// write runs one resource's handler in its own transaction.
func (im *Importer) write(ctx context.Context, e Entry, h func(*call) error, p prior, hash string, b *batch) (Outcome, reasonText) {
	now := im.clock.Now()
	var c *call
	err := im.db.InTx(ctx, func(tx *store.Tx) error {
		c = &call{ctx: ctx, tx: tx, e: e, now: now, at: store.Time(now), batch: b, prior: p}
		if err := h(c); err != nil {
			return err
		}
		return c.remember(hash)
	})
	var un *unresolvedError
	switch {
	case errors.As(err, &un):
		return Unresolved, reasonText{un}
	case err != nil:
		return Failed, reasonText{err}
	}
	for _, w := range c.warnings {
		b.report.warn(e, w)
	}
	if p.found {
		return Updated, reasonText{}
	}
	return Created, reasonText{}
}

// reasonText carries an error to the report.
type reasonText struct{ err error }

func (r reasonText) String() string {
	if r.err == nil {
		return ""
	}
	return r.err.Error()
}

func (im *Importer) prior(ctx context.Context, e Entry) (prior, error) {
	var p prior
	var client sql.NullString
	err := im.db.QueryRow(ctx, `SELECT content_hash, client_id FROM ecd_resources
		WHERE resource_type = ? AND fhir_id = ?`, e.Type, e.Key).Scan(&p.hash, &client)
	if errors.Is(err, sql.ErrNoRows) {
		return prior{}, nil
	}
	if err != nil {
		return prior{}, fmt.Errorf("look up earlier import: %w", err)
	}
	p.found, p.clientID = true, client.String
	return p, nil
}

// sanitize removes what Kring must not keep or compare: identifiers (the
// BSN among them) anywhere in the resource, and the narrative and meta at
// its top. It returns the cleaned JSON and a hash of it, so that a resource
// whose content did not change is skipped.
func sanitize(raw json.RawMessage) (json.RawMessage, string, error) {
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, "", fmt.Errorf("read resource: %w", err)
	}
	delete(v, "text")
	delete(v, "meta")
	stripIdentifiers(v)
	clean, err := json.Marshal(v)
	if err != nil {
		return nil, "", fmt.Errorf("encode resource: %w", err)
	}
	sum := sha256.Sum256(clean)
	return clean, hex.EncodeToString(sum[:]), nil
}

// stripIdentifiers deletes every identifier and masterIdentifier.
func stripIdentifiers(v any) {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "identifier")
		delete(x, "masterIdentifier")
		for _, child := range x {
			stripIdentifiers(child)
		}
	case []any:
		for _, child := range x {
			stripIdentifiers(child)
		}
	}
}

// unresolvedError says a resource cannot be tied to a client (yet).
type unresolvedError struct {
	patientRef string
	reason     string
}

func (u *unresolvedError) Error() string { return u.reason }

// parseWhen is a parsed FHIR instant or date, or the fallback.
func parseWhen(s string, fallback time.Time) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return fallback
}
