package portal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// PrivateTitle is all care staff see of a private appointment (AGENDA-4).
const PrivateTitle = "Privé cliëntafspraak"

// ECDAppointment is a portal-made appointment as the ECD endpoint needs
// it (ECD-2): every field, plus whether it is private, deleted, and which
// occurrences were moved or cancelled. Call Masked before it leaves.
type ECDAppointment struct {
	ID       string
	ClientID string
	// ClientFHIRID is the client's id in the ECD, empty if not linked.
	ClientFHIRID string
	Title        string
	Description  string
	Start, End   time.Time
	Private      bool
	// Deleted is true when the author deleted it: for the ECD, cancelled.
	Deleted    bool
	Repeat     *api.Repeat
	Exceptions []api.Exception
	Version    int
	UpdatedAt  time.Time
}

// Masked hides the title and description of a private appointment, as
// care staff must only see that the client is busy.
func (a ECDAppointment) Masked() ECDAppointment {
	if a.Private {
		a.Title, a.Description = PrivateTitle, ""
	}
	return a
}

// PortalAppointmentsSince lists the appointments made in the portal that
// changed after since, deleted ones included, oldest change first. The
// ECD endpoint calls it; it checks no user rights, so it must only be
// reachable with an ECD system's key.
func (p *Portal) PortalAppointmentsSince(ctx context.Context, since time.Time) ([]ECDAppointment, error) {
	rows, err := p.db.Query(ctx, `SELECT `+appointmentColumns+`, a.updated_at,
		COALESCE(cl.fhir_id, '')`+appointmentFrom+`JOIN clients cl ON cl.id = a.client_id
		WHERE a.source = ? AND a.updated_at > ? ORDER BY a.updated_at, a.id`,
		SourcePortal, store.Time(since))
	if err != nil {
		return nil, fmt.Errorf("list changed portal appointments: %w", err)
	}
	var list []appointment
	var extra [][2]string
	for rows.Next() {
		a, updated, fhir, err := scanECDRow(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		list = append(list, a)
		extra = append(extra, [2]string{updated, fhir})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	out := make([]ECDAppointment, 0, len(list))
	for i, a := range list {
		if err := loadExceptions(ctx, p.db, &a); err != nil {
			return nil, err
		}
		out = append(out, a.forECD(extra[i][0], extra[i][1]))
	}
	return out, nil
}

func scanECDRow(rows scanner) (appointment, string, string, error) {
	var a appointment
	var start, end, freq, until, updated, fhir string
	err := rows.Scan(&a.ID, &a.ClientID, &a.Source, &a.AuthorID, &a.AuthorName, &a.Title,
		&a.Description, &start, &end, &a.localStart, &a.localEnd, &a.Private, &freq, &until,
		&a.Version, &a.deleted, &updated, &fhir)
	if err != nil {
		return appointment{}, "", "", fmt.Errorf("scan appointment: %w", err)
	}
	a.start, _ = store.ParseTime(start)
	a.end, _ = store.ParseTime(end)
	if freq != "" {
		a.Repeat = &api.Repeat{Frequency: freq, Until: until}
	}
	return a, updated, fhir, nil
}

func (a appointment) forECD(updated, fhir string) ECDAppointment {
	at, _ := store.ParseTime(updated)
	return ECDAppointment{ID: a.ID, ClientID: a.ClientID, ClientFHIRID: fhir, Title: a.Title,
		Description: a.Description, Start: a.start, End: a.end, Private: a.Private,
		Deleted: a.deleted, Repeat: a.Repeat, Exceptions: a.Exceptions, Version: a.Version,
		UpdatedAt: at}
}

func init() {
	registerBuiltin(EntityAppointment, loadAppointmentRecord)
}

// loadAppointmentRecord renders an appointment for the sync feed as
// GET /clients/{client}/appointments/{id} does.
func loadAppointmentRecord(ctx context.Context, q Querier, clientID, id, _ string) (json.RawMessage, bool, error) {
	a, err := loadAppointment(ctx, q, clientID, id)
	if errors.Is(err, errAppointmentNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return marshalRecord(a.series())
}

// marshalRecord is the JSON of a visible record for a loader.
func marshalRecord(v any) (json.RawMessage, bool, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, false, fmt.Errorf("encode record: %w", err)
	}
	return b, true, nil
}
