package app

import (
	"time"
	_ "time/tzdata" // the agenda's zone must load on every desktop

	"kring/backend/api"
)

// amsterdam is the zone the agenda is shown in; repeats keep their local
// time across clock changes (AGENDA-6).
var amsterdam = mustZone("Europe/Amsterdam")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// maxOccurrences bounds the expansion of one series in one window.
const maxOccurrences = 2000

// expand returns the occurrences of a cached appointment that overlap
// [from, to), with moved and cancelled occurrences applied.
func expand(a api.Appointment, from, to time.Time) []api.Appointment {
	start, err1 := time.Parse(time.RFC3339, a.Start)
	end, err2 := time.Parse(time.RFC3339, a.End)
	if err1 != nil || err2 != nil {
		return nil
	}
	if a.Repeat == nil {
		if start.Before(to) && end.After(from) {
			return []api.Appointment{a}
		}
		return nil
	}

	until := repeatEnd(a.Repeat.Until, to)
	length := end.Sub(start)
	local := start.In(amsterdam)
	var out []api.Appointment
	for i := 0; i < maxOccurrences; i++ {
		occ := step(local, a.Repeat.Frequency, i)
		if occ.IsZero() || !occ.Before(until) || !occ.Before(to) {
			break
		}
		if o, ok := occurrence(a, occ, length); ok && o.s.Before(to) && o.e.After(from) {
			out = append(out, o.a)
		}
	}
	return out
}

// step returns the i-th start of a series at the same local wall-clock time.
func step(first time.Time, freq string, i int) time.Time {
	switch freq {
	case "daily":
		return first.AddDate(0, 0, i)
	case "weekly":
		return first.AddDate(0, 0, 7*i)
	case "monthly":
		return first.AddDate(0, i, 0)
	}
	if i == 0 {
		return first
	}
	return time.Time{}
}

// repeatEnd is the end of the until day in Amsterdam, or the window's end.
func repeatEnd(until string, windowEnd time.Time) time.Time {
	d, err := time.ParseInLocation("2006-01-02", until, amsterdam)
	if err != nil {
		return windowEnd
	}
	return d.AddDate(0, 0, 1)
}

type occ struct {
	a    api.Appointment
	s, e time.Time
}

// occurrence applies the series' exceptions to one occurrence.
func occurrence(a api.Appointment, start time.Time, length time.Duration) (occ, bool) {
	o := a
	o.Repeat, o.Exceptions = nil, nil
	o.Occurrence = start.Format(time.RFC3339)
	s, e := start, start.Add(length)
	for _, x := range a.Exceptions {
		xt, err := time.Parse(time.RFC3339, x.Occurrence)
		if err != nil || !xt.Equal(start) {
			continue
		}
		if x.Cancelled {
			return occ{}, false
		}
		if ns, err := time.Parse(time.RFC3339, x.Start); err == nil {
			s = ns
		}
		if ne, err := time.Parse(time.RFC3339, x.End); err == nil {
			e = ne
		}
	}
	o.Start, o.End = s.In(amsterdam).Format(time.RFC3339), e.In(amsterdam).Format(time.RFC3339)
	o.Repeat = a.Repeat
	return occ{a: o, s: s, e: e}, true
}
