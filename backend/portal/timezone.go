package portal

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // the agenda's zone travels inside the binary

	"kring/backend/api"
)

// Amsterdam is the zone in which the agenda is shown and repeats are kept.
var Amsterdam = mustZone("Europe/Amsterdam")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(fmt.Sprintf("load zone %s: %v", name, err))
	}
	return loc
}

// localLayout is a wall-clock time in Amsterdam without offset.
const localLayout = "2006-01-02T15:04"

// ParseLocal reads a time as RFC 3339, or as a wall-clock time in
// Amsterdam. A wall-clock time that does not exist, such as 02:30 on the
// last Sunday of March, is refused with time_does_not_exist.
func ParseLocal(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if len(s) == len(localLayout)+3 {
		s = strings.TrimSuffix(s, ":00")
	}
	t, err := time.ParseInLocation(localLayout, s, Amsterdam)
	if err != nil {
		return time.Time{}, api.Errorf(api.CodeValidation, "time must be RFC 3339 or YYYY-MM-DDTHH:MM")
	}
	if t.Format(localLayout) != s {
		return time.Time{}, api.Errorf(api.CodeTimeNotExist, "this local time does not exist")
	}
	return t, nil
}

// wallClock is a time's date and clock reading in Amsterdam.
func wallClock(t time.Time) string {
	return t.In(Amsterdam).Format(localLayout)
}

// atWallClock places a wall-clock reading shifted by whole days or months
// back in Amsterdam. Go normalises a reading that falls in the spring gap
// forward by the gap's length, which keeps the appointment's duration.
func atWallClock(local string, years, months, days int) time.Time {
	t, _ := time.ParseInLocation(localLayout, local, Amsterdam)
	y, m, d := t.Date()
	return time.Date(y+years, m+time.Month(months), d+days, t.Hour(), t.Minute(), 0, 0, Amsterdam)
}

// atMonth places a wall-clock reading i months later; a day that month
// lacks (the 31st in April) becomes its last day, rather than spilling
// into the next month.
func atMonth(local string, i int) time.Time {
	t, _ := time.ParseInLocation(localLayout, local, Amsterdam)
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(i), 1, 0, 0, 0, 0, Amsterdam)
	last := first.AddDate(0, 1, -1).Day()
	if d > last {
		d = last
	}
	return time.Date(first.Year(), first.Month(), d, t.Hour(), t.Minute(), 0, 0, Amsterdam)
}

// DayBounds returns the start of a local day in Amsterdam and the start of
// the next one; across a clock change the day is 23 or 25 hours long.
func DayBounds(day string) (time.Time, time.Time, error) {
	d, err := time.ParseInLocation("2006-01-02", day, Amsterdam)
	if err != nil {
		return time.Time{}, time.Time{}, api.Errorf(api.CodeValidation, "day must be YYYY-MM-DD")
	}
	return d, time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, Amsterdam), nil
}

// WeekBounds returns the Monday-to-Monday local week in Amsterdam that
// holds day.
func WeekBounds(day string) (time.Time, time.Time, error) {
	d, _, err := DayBounds(day)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	back := (int(d.Weekday()) + 6) % 7
	monday := time.Date(d.Year(), d.Month(), d.Day()-back, 0, 0, 0, 0, Amsterdam)
	return monday, time.Date(monday.Year(), monday.Month(), monday.Day()+7, 0, 0, 0, 0, Amsterdam), nil
}
