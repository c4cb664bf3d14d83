package portal

import (
	"time"

	"kring/backend/api"
)

// maxOccurrences bounds the expansion of one series in one query.
const maxOccurrences = 1000

// occurrences expands a into the occurrences that overlap [from, to). A
// repeat keeps its wall-clock time in Amsterdam across clock changes; a
// moved occurrence shows where it was moved to.
func (a appointment) occurrences(from, to time.Time) []api.Appointment {
	if a.Repeat == nil {
		return []api.Appointment{a.view(a.start, a.end, "")}
	}
	var out []api.Appointment
	duration := a.end.Sub(a.start)
	until := repeatEnd(a.Repeat.Until)
	for i, n := a.firstIndex(from), 0; n < maxOccurrences; i, n = i+1, n+1 {
		start := a.step(i)
		if !start.Before(to) || (!until.IsZero() && !start.Before(until)) {
			break
		}
		key := occurrenceKey(start)
		if _, ok := a.exceptions[key]; ok {
			continue
		}
		end := start.Add(duration)
		if end.After(from) {
			out = append(out, a.view(start, end, key))
		}
	}
	return append(out, a.movedInto(from, to)...)
}

// movedInto lists the moved occurrences that now overlap [from, to),
// wherever their original slot was.
func (a appointment) movedInto(from, to time.Time) []api.Appointment {
	var out []api.Appointment
	for key, e := range a.exceptions {
		if e.Cancelled {
			continue
		}
		start, err1 := time.Parse(time.RFC3339, e.Start)
		end, err2 := time.Parse(time.RFC3339, e.End)
		if err1 != nil || err2 != nil {
			continue
		}
		if end.After(from) && start.Before(to) {
			out = append(out, a.view(start, end, key))
		}
	}
	return out
}

// firstIndex is an occurrence number at or before the first one that can
// overlap from, so that long series need not be walked from the start.
func (a appointment) firstIndex(from time.Time) int {
	lag := from.Sub(a.start) - a.end.Sub(a.start)
	if lag <= 0 {
		return 0
	}
	days := int(lag.Hours()/24) - 2
	if days < 0 {
		return 0
	}
	switch a.Repeat.Frequency {
	case "daily":
		return days
	case "weekly":
		return days / 7
	default:
		return days / 31
	}
}

// step returns the start of occurrence i of a series.
func (a appointment) step(i int) time.Time {
	switch a.Repeat.Frequency {
	case "daily":
		return atWallClock(a.localStart, 0, 0, i)
	case "weekly":
		return atWallClock(a.localStart, 0, 0, 7*i)
	default:
		return atMonth(a.localStart, i)
	}
}

// isOccurrence reports whether t is the original start of an occurrence.
func (a appointment) isOccurrence(t time.Time) bool {
	if a.Repeat == nil {
		return false
	}
	until := repeatEnd(a.Repeat.Until)
	for i, n := a.firstIndex(t.Add(a.end.Sub(a.start))), 0; n < maxOccurrences; i, n = i+1, n+1 {
		s := a.step(i)
		if s.Equal(t) {
			return true
		}
		if s.After(t) || (!until.IsZero() && !s.Before(until)) {
			return false
		}
	}
	return false
}

// occurrenceKey names an occurrence by its original start in UTC.
func occurrenceKey(start time.Time) string {
	return start.UTC().Format(time.RFC3339)
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
	return time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, Amsterdam)
}
