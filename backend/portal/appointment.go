package portal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// appointment is one stored agenda row; a repeating one stands for a series.
type appointment struct {
	api.Appointment
	start, end           time.Time
	localStart, localEnd string
	deleted              bool
	exceptions           map[string]api.Exception
}

const appointmentColumns = `a.id, a.client_id, a.source, a.author_id,
	COALESCE(u.display_name, ''), a.title, a.description, a.start_at, a.end_at,
	a.local_start, a.local_end, a.private, a.repeat_freq, a.repeat_until, a.version,
	a.deleted_at IS NOT NULL`

const appointmentFrom = ` FROM appointments a LEFT JOIN users u ON u.id = a.author_id `

// scanner is a *sql.Row or *sql.Rows.
type scanner interface {
	Scan(dest ...any) error
}

func scanAppointment(row scanner) (appointment, error) {
	var a appointment
	var start, end, freq, until string
	err := row.Scan(&a.ID, &a.ClientID, &a.Source, &a.AuthorID, &a.AuthorName, &a.Title,
		&a.Description, &start, &end, &a.localStart, &a.localEnd, &a.Private, &freq, &until,
		&a.Version, &a.deleted)
	if err != nil {
		return appointment{}, fmt.Errorf("scan appointment: %w", err)
	}
	a.start, _ = store.ParseTime(start)
	a.end, _ = store.ParseTime(end)
	if freq != "" {
		a.Repeat = &api.Repeat{Frequency: freq, Until: until}
	}
	return a, nil
}

// Appointments lists the agenda between two instants, repeating
// appointments expanded into their occurrences (AGENDA-1, AGENDA-6).
func (p *Portal) Appointments(ctx context.Context, userID, clientID string, from, to time.Time) (api.AppointmentList, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionAppointments); err != nil {
		return api.AppointmentList{}, err
	}

	series, err := p.seriesBetween(ctx, clientID, from, to)
	if err != nil {
		return api.AppointmentList{}, err
	}

	out := api.AppointmentList{From: from.In(Amsterdam).Format(time.RFC3339),
		To: to.In(Amsterdam).Format(time.RFC3339), Appointments: []api.Appointment{}}
	for _, a := range series {
		if err := loadExceptions(ctx, p.db, &a); err != nil {
			return api.AppointmentList{}, err
		}
		out.Appointments = append(out.Appointments, a.occurrences(from, to)...)
	}
	sort.SliceStable(out.Appointments, func(i, j int) bool {
		return out.Appointments[i].Start < out.Appointments[j].Start
	})
	return out, nil
}

// seriesBetween reads the appointments that may have an occurrence in
// [from, to), including series of which one occurrence was moved into it.
func (p *Portal) seriesBetween(ctx context.Context, clientID string, from, to time.Time) ([]appointment, error) {
	rows, err := p.db.Query(ctx, `SELECT `+appointmentColumns+appointmentFrom+`
		WHERE a.client_id = ? AND a.deleted_at IS NULL
			AND ((a.start_at < ? AND (a.end_at > ? OR a.repeat_freq <> ''))
				OR EXISTS (SELECT 1 FROM appointment_exceptions x WHERE x.appointment_id = a.id
					AND x.cancelled = FALSE AND x.start_at < ? AND x.end_at > ?))
		ORDER BY a.start_at, a.id`, clientID, store.Time(to), store.Time(from),
		store.Time(to), store.Time(from))
	if err != nil {
		return nil, fmt.Errorf("list appointments: %w", err)
	}
	defer rows.Close()

	var series []appointment
	for rows.Next() {
		a, err := scanAppointment(rows)
		if err != nil {
			return nil, err
		}
		series = append(series, a)
	}
	return series, rows.Err()
}

// Appointment returns one appointment as stored: a series with its
// exceptions, not expanded.
func (p *Portal) Appointment(ctx context.Context, userID, clientID, id string) (api.Appointment, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionAppointments); err != nil {
		return api.Appointment{}, err
	}
	a, err := loadAppointment(ctx, p.db, clientID, id)
	if err != nil {
		return api.Appointment{}, err
	}
	return a.series(), nil
}

// errAppointmentNotFound answers ids that are gone or of another client.
var errAppointmentNotFound = api.Errorf(api.CodeNotFound, "no such appointment")

// loadAppointment reads one live appointment of a client with its
// exceptions.
func loadAppointment(ctx context.Context, q Querier, clientID, id string) (appointment, error) {
	row := q.QueryRow(ctx, `SELECT `+appointmentColumns+appointmentFrom+`
		WHERE a.id = ? AND a.client_id = ? AND a.deleted_at IS NULL`, id, clientID)
	a, err := scanAppointment(row)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return appointment{}, errAppointmentNotFound
		}
		return appointment{}, err
	}
	if err := loadExceptions(ctx, q, &a); err != nil {
		return appointment{}, err
	}
	return a, nil
}

func loadExceptions(ctx context.Context, q Querier, a *appointment) error {
	a.exceptions = map[string]api.Exception{}
	a.Exceptions = nil
	if a.Repeat == nil {
		return nil
	}
	rows, err := q.Query(ctx, `SELECT occurrence, cancelled, start_at, end_at
		FROM appointment_exceptions WHERE appointment_id = ? ORDER BY occurrence`, a.ID)
	if err != nil {
		return fmt.Errorf("load exceptions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e api.Exception
		if err := rows.Scan(&e.Occurrence, &e.Cancelled, &e.Start, &e.End); err != nil {
			return fmt.Errorf("scan exception: %w", err)
		}
		e.Start, e.End = localRFC3339(e.Start), localRFC3339(e.End)
		a.exceptions[e.Occurrence] = e
		a.Exceptions = append(a.Exceptions, e)
	}
	return rows.Err()
}

// localRFC3339 shows a stored instant in Amsterdam; empty stays empty.
func localRFC3339(stored string) string {
	t, err := store.ParseTime(stored)
	if err != nil {
		return ""
	}
	return t.In(Amsterdam).Format(time.RFC3339)
}

// series is the API form of the stored row, not expanded.
func (a appointment) series() api.Appointment {
	return a.view(a.start, a.end, "")
}

// view is the API form of one occurrence.
func (a appointment) view(start, end time.Time, occurrence string) api.Appointment {
	v := a.Appointment
	v.Start = start.In(Amsterdam).Format(time.RFC3339)
	v.End = end.In(Amsterdam).Format(time.RFC3339)
	v.Occurrence = occurrence
	return v
}
