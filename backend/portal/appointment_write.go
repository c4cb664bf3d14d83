package portal

import (
	"context"
	"fmt"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// SourcePortal marks appointments made by portal users; SourceECD those
// that came from the care record, which portal users cannot change.
const (
	SourcePortal = "portal"
	SourceECD    = "ecd"
)

// CreateAppointment adds an appointment made in the portal (AGENDA-3).
func (p *Portal) CreateAppointment(ctx context.Context, userID, clientID string, in api.AppointmentInput) (api.Appointment, error) {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionAppointments); err != nil {
		return api.Appointment{}, err
	}
	d, err := validateAppointment(in)
	if err != nil {
		return api.Appointment{}, err
	}

	id, now := store.NewID(), store.Time(p.clock.Now())
	freq, until := repeatColumns(d.repeat)
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO appointments (id, client_id, source, author_id, title,
			description, start_at, end_at, local_start, local_end, private, repeat_freq,
			repeat_until, version, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
			id, clientID, SourcePortal, userID, d.title, d.description, store.Time(d.start),
			store.Time(d.end), wallClock(d.start), wallClock(d.end), d.private, freq, until, now, now)
		if err != nil {
			return fmt.Errorf("insert appointment: %w", err)
		}
		return p.appointmentChanged(ctx, tx, clientID, id, false, now)
	})
	if err != nil {
		return api.Appointment{}, err
	}
	return p.Appointment(ctx, userID, clientID, id)
}

// UpdateAppointment edits a portal appointment. The input's version must
// match the stored one; otherwise the answer is a conflict carrying the
// current appointment, so the user can choose (DESIGN.md "Sync").
func (p *Portal) UpdateAppointment(ctx context.Context, userID, clientID, id string, in api.AppointmentInput) (api.Appointment, error) {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionAppointments); err != nil {
		return api.Appointment{}, err
	}
	if in.Version < 1 {
		return api.Appointment{}, errVersionRequired
	}
	d, err := validateAppointment(in)
	if err != nil {
		return api.Appointment{}, err
	}

	now := store.Time(p.clock.Now())
	freq, until := repeatColumns(d.repeat)
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		cur, err := editableAppointment(ctx, tx, userID, clientID, id, in.Version)
		if err != nil {
			return err
		}
		if !sameSeries(cur, d) {
			// The old occurrences no longer exist, so neither do their exceptions.
			if _, err := tx.Exec(ctx, `DELETE FROM appointment_exceptions
				WHERE appointment_id = ?`, id); err != nil {
				return fmt.Errorf("drop exceptions: %w", err)
			}
		}
		_, err = tx.Exec(ctx, `UPDATE appointments SET title = ?, description = ?, start_at = ?,
			end_at = ?, local_start = ?, local_end = ?, private = ?, repeat_freq = ?,
			repeat_until = ?, version = version + 1, updated_at = ? WHERE id = ?`,
			d.title, d.description, store.Time(d.start), store.Time(d.end), wallClock(d.start),
			wallClock(d.end), d.private, freq, until, now, id)
		if err != nil {
			return fmt.Errorf("update appointment: %w", err)
		}
		return p.appointmentChanged(ctx, tx, clientID, id, false, now)
	})
	if err != nil {
		return api.Appointment{}, err
	}
	return p.Appointment(ctx, userID, clientID, id)
}

// DeleteAppointment removes one's own portal appointment. The row stays,
// marked deleted, so the ECD learns of the cancellation (ECD-2).
func (p *Portal) DeleteAppointment(ctx context.Context, userID, clientID, id string) error {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionAppointments); err != nil {
		return err
	}

	now := store.Time(p.clock.Now())
	return p.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := editableAppointment(ctx, tx, userID, clientID, id, 0); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE appointments SET deleted_at = ?, updated_at = ?,
			version = version + 1 WHERE id = ?`, now, now, id)
		if err != nil {
			return fmt.Errorf("delete appointment: %w", err)
		}
		return p.appointmentChanged(ctx, tx, clientID, id, true, now)
	})
}

// errVersionRequired refuses an edit that does not say which version it
// changes, so that no edit overwrites another unseen.
var errVersionRequired = api.Errorf(api.CodeValidation, "version is required")

// editableAppointment loads an appointment the user may change: made in
// the portal, by them, and at the version they saw (0 skips that check).
func editableAppointment(ctx context.Context, tx *store.Tx, userID, clientID, id string, version int) (appointment, error) {
	cur, err := loadAppointment(ctx, tx, clientID, id)
	if err != nil {
		return appointment{}, err
	}
	if cur.Source != SourcePortal {
		return appointment{}, api.Errorf(api.CodeReadOnly, "appointments from the care record cannot be changed")
	}
	if cur.AuthorID != userID {
		return appointment{}, api.Errorf(api.CodeNotAuthor, "only the author may change this appointment")
	}
	if version != 0 && version != cur.Version {
		conflict := api.Errorf(api.CodeConflict, "the appointment was changed meanwhile")
		conflict.Current = cur.series()
		return appointment{}, conflict
	}
	return cur, nil
}

// sameSeries reports whether an edit keeps the occurrences of a series,
// so that its moved and cancelled occurrences still apply.
func sameSeries(cur appointment, d appointmentDraft) bool {
	if cur.Repeat == nil || d.repeat == nil {
		return false
	}
	return cur.start.Equal(d.start) && cur.Repeat.Frequency == d.repeat.Frequency
}

func repeatColumns(r *api.Repeat) (freq, until string) {
	if r == nil {
		return "", ""
	}
	return r.Frequency, r.Until
}

// appointmentChanged numbers the change for sync.
func (p *Portal) appointmentChanged(ctx context.Context, tx *store.Tx, clientID, id string, deleted bool, now string) error {
	_, err := RecordChange(ctx, tx, clientID, api.SectionAppointments, EntityAppointment, id, deleted, now)
	return err
}

// SetOccurrence moves or cancels one occurrence of a repeating portal
// appointment (AGENDA-6). It bumps the series' version like any edit.
func (p *Portal) SetOccurrence(ctx context.Context, userID, clientID, id string, in api.OccurrenceInput) (api.Appointment, error) {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionAppointments); err != nil {
		return api.Appointment{}, err
	}
	if in.Version < 1 {
		return api.Appointment{}, errVersionRequired
	}
	original, err := time.Parse(time.RFC3339, in.Occurrence)
	if err != nil {
		return api.Appointment{}, api.Errorf(api.CodeValidation, "occurrence must be the original start, RFC 3339")
	}

	now := store.Time(p.clock.Now())
	err = p.db.InTx(ctx, func(tx *store.Tx) error {
		cur, err := editableAppointment(ctx, tx, userID, clientID, id, in.Version)
		if err != nil {
			return err
		}
		if !cur.isOccurrence(original) {
			return api.Errorf(api.CodeNotFound, "no such occurrence")
		}
		if err := saveException(ctx, tx, id, original, in); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE appointments SET version = version + 1, updated_at = ?
			WHERE id = ?`, now, id)
		if err != nil {
			return fmt.Errorf("bump appointment version: %w", err)
		}
		return p.appointmentChanged(ctx, tx, clientID, id, false, now)
	})
	if err != nil {
		return api.Appointment{}, err
	}
	return p.Appointment(ctx, userID, clientID, id)
}

// saveException stores a move or a cancellation of one occurrence.
func saveException(ctx context.Context, tx *store.Tx, id string, original time.Time, in api.OccurrenceInput) error {
	var start, end string
	if !in.Cancel {
		s, e, err := parseSpan(in.Start, in.End)
		if err != nil {
			return err
		}
		start, end = store.Time(s), store.Time(e)
	}
	_, err := tx.Exec(ctx, `INSERT INTO appointment_exceptions (appointment_id, occurrence,
		cancelled, start_at, end_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (appointment_id, occurrence) DO UPDATE SET cancelled = excluded.cancelled,
			start_at = excluded.start_at, end_at = excluded.end_at`,
		id, occurrenceKey(original), in.Cancel, start, end)
	if err != nil {
		return fmt.Errorf("save exception: %w", err)
	}
	return nil
}
