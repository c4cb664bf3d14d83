package portal

import (
	"strings"
	"time"
	"unicode/utf8"

	"kring/backend/api"
)

// Bounds of an appointment's fields.
const (
	maxTitle       = 200
	maxDescription = 2000
	maxDuration    = 31 * 24 * time.Hour
	maxRepeatYears = 5
)

// appointmentDraft is a validated AppointmentInput.
type appointmentDraft struct {
	title, description string
	start, end         time.Time
	private            bool
	repeat             *api.Repeat
}

// validateAppointment checks an input and reads its times; each mistake
// has its own code so the form can say what to fix.
func validateAppointment(in api.AppointmentInput) (appointmentDraft, error) {
	d := appointmentDraft{title: strings.TrimSpace(in.Title),
		description: strings.TrimSpace(in.Description), private: in.Private}
	if d.title == "" {
		return d, api.Errorf(api.CodeTitleRequired, "title is required")
	}
	if err := maxLength("title", d.title, maxTitle); err != nil {
		return d, err
	}
	if err := maxLength("description", d.description, maxDescription); err != nil {
		return d, err
	}

	var err error
	if d.start, d.end, err = parseSpan(in.Start, in.End); err != nil {
		return d, err
	}
	if in.Repeat != nil {
		if d.repeat, err = validateRepeat(*in.Repeat, d.start, d.end); err != nil {
			return d, err
		}
	}
	return d, nil
}

// parseSpan reads a start and an end and checks that the end comes after
// the start and not too long after.
func parseSpan(startText, endText string) (time.Time, time.Time, error) {
	start, err := ParseLocal(startText)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	end, err := ParseLocal(endText)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	if !end.After(start) {
		return time.Time{}, time.Time{}, api.Errorf(api.CodeEndNotAfterStart, "end must be after start")
	}
	if end.Sub(start) > maxDuration {
		return time.Time{}, time.Time{}, api.Errorf(api.CodeValidation, "an appointment lasts at most 31 days")
	}
	return start, end, nil
}

// validateRepeat checks a repeat against the first occurrence.
func validateRepeat(r api.Repeat, start, end time.Time) (*api.Repeat, error) {
	period := map[string]time.Duration{"daily": 24 * time.Hour, "weekly": 7 * 24 * time.Hour,
		"monthly": 28 * 24 * time.Hour}[r.Frequency]
	if period == 0 {
		return nil, api.Errorf(api.CodeRepeatInvalid, "frequency must be daily, weekly or monthly")
	}
	if end.Sub(start) >= period {
		return nil, api.Errorf(api.CodeRepeatInvalid, "an occurrence must end before the next begins")
	}
	until, err := time.ParseInLocation("2006-01-02", r.Until, Amsterdam)
	if err != nil {
		return nil, api.Errorf(api.CodeRepeatInvalid, "until must be a date, YYYY-MM-DD")
	}
	first := start.In(Amsterdam).Format("2006-01-02")
	if r.Until < first || until.After(start.AddDate(maxRepeatYears, 0, 0)) {
		return nil, api.Errorf(api.CodeRepeatInvalid, "until must be on or after the first day, within 5 years")
	}
	return &api.Repeat{Frequency: r.Frequency, Until: r.Until}, nil
}

// maxLength refuses a text longer than max characters.
func maxLength(field, s string, max int) error {
	if utf8.RuneCountInString(s) > max {
		return api.Errorf(api.CodeTooLong, field+" is too long")
	}
	return nil
}
