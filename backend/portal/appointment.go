package portal

import (
	"context"
	"database/sql"
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
	exceptions           map[string]api.Exception
}

const appointmentColumns = `a.id, a.client_id, a.source, a.author_id, a.title, a.description,
	a.start_at, a.end_at, a.local_start, a.local_end, a.private, a.repeat_freq,
	a.repeat_until, a.version`

func scanAppointment(rows *sql.Rows) (appointment, error) {
	var a appointment
	var start, end, freq, until string
	err := rows.Scan(&a.ID, &a.ClientID, &a.Source, &a.AuthorID, &a.Title, &a.Description,
		&start, &end, &a.localStart, &a.localEnd, &a.Private, &freq, &until, &a.Version)
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

	rows, err := p.db.Query(ctx, `SELECT `+appointmentColumns+`
		FROM appointments a
		WHERE a.client_id = ? AND a.deleted_at IS NULL AND a.start_at < ?
			AND (a.end_at > ? OR a.repeat_freq <> '')
		ORDER BY a.start_at`, clientID, store.Time(to), store.Time(from))
	if err != nil {
		return api.AppointmentList{}, fmt.Errorf("list appointments: %w", err)
	}
	var series []appointment
	for rows.Next() {
		a, err := scanAppointment(rows)
		if err != nil {
			rows.Close()
			return api.AppointmentList{}, err
		}
		series = append(series, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return api.AppointmentList{}, err
	}

	out := api.AppointmentList{From: from.Format(time.RFC3339), To: to.Format(time.RFC3339),
		Appointments: []api.Appointment{}}
	for _, a := range series {
		if err := p.loadExceptions(ctx, &a); err != nil {
			return api.AppointmentList{}, err
		}
		out.Appointments = append(out.Appointments, a.occurrences(from, to)...)
	}
	sort.SliceStable(out.Appointments, func(i, j int) bool {
		return out.Appointments[i].Start < out.Appointments[j].Start
	})
	return out, nil
}

func (p *Portal) loadExceptions(ctx context.Context, a *appointment) error {
	a.exceptions = map[string]api.Exception{}
	if a.Repeat == nil {
		return nil
	}
	rows, err := p.db.Query(ctx, `SELECT occurrence, cancelled, start_at, end_at
		FROM appointment_exceptions WHERE appointment_id = ?`, a.ID)
	if err != nil {
		return fmt.Errorf("load exceptions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e api.Exception
		if err := rows.Scan(&e.Occurrence, &e.Cancelled, &e.Start, &e.End); err != nil {
			return fmt.Errorf("scan exception: %w", err)
		}
		a.exceptions[e.Occurrence] = e
		a.Exceptions = append(a.Exceptions, e)
	}
	return rows.Err()
}

// maxOccurrences bounds the expansion of one series in one query.
const maxOccurrences = 1000

// occurrences expands a into the occurrences that overlap [from, to). A
// repeat keeps its wall-clock time in Amsterdam across clock changes.
func (a appointment) occurrences(from, to time.Time) []api.Appointment {
	if a.Repeat == nil {
		return []api.Appointment{a.view(a.start, a.end, "")}
	}
	var out []api.Appointment
	duration := a.end.Sub(a.start)
	until := repeatEnd(a.Repeat.Until)
	for i := 0; i < maxOccurrences; i++ {
		start := a.step(i)
		if !start.Before(to) || (!until.IsZero() && !start.Before(until)) {
			break
		}
		end := start.Add(duration)
		key := start.UTC().Format(time.RFC3339)
		if e, ok := a.exceptions[key]; ok {
			if e.Cancelled {
				continue
			}
			start, _ = time.Parse(time.RFC3339, e.Start)
			end, _ = time.Parse(time.RFC3339, e.End)
		}
		if end.After(from) && start.Before(to) {
			out = append(out, a.view(start, end, key))
		}
	}
	return out
}

// step returns the start of occurrence i of a series.
func (a appointment) step(i int) time.Time {
	switch a.Repeat.Frequency {
	case "daily":
		return atWallClock(a.localStart, 0, 0, i)
	case "weekly":
		return atWallClock(a.localStart, 0, 0, 7*i)
	default:
		return atWallClock(a.localStart, 0, i, 0)
	}
}

// repeatEnd is the first instant after the last day of a series.
func repeatEnd(until string) time.Time {
	if until == "" {
		return time.Time{}
	}
	d, err := time.ParseInLocation("2006-01-02", until, Amsterdam)
	if err != nil {
		return time.Time{}
	}
	return d.AddDate(0, 0, 1)
}

// view is the API form of one occurrence.
func (a appointment) view(start, end time.Time, occurrence string) api.Appointment {
	v := a.Appointment
	v.Start = start.In(Amsterdam).Format(time.RFC3339)
	v.End = end.In(Amsterdam).Format(time.RFC3339)
	v.Occurrence = occurrence
	return v
}
