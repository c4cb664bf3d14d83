package app

import (
	"encoding/json"
	"sort"
	"time"

	"kring/app/cache"
	"kring/backend/api"
)

// AgendaService shows a portal's agenda from the cache and sends new,
// changed and removed appointments through the outbox (AGENDA-*).
type AgendaService struct {
	core *core
}

// Day lists the appointments of one day.
func (s *AgendaService) Day(in AgendaInput) (AgendaView, error) {
	day, err := dayOf(in.Date)
	if err != nil {
		return AgendaView{}, err
	}
	return s.between(in.ClientID, day, day.AddDate(0, 0, 1))
}

// Week lists the appointments of the week (Monday to Sunday) holding Date.
func (s *AgendaService) Week(in AgendaInput) (AgendaView, error) {
	day, err := dayOf(in.Date)
	if err != nil {
		return AgendaView{}, err
	}
	monday := day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
	return s.between(in.ClientID, monday, monday.AddDate(0, 0, 7))
}

// dayOf parses a date in Amsterdam; empty is today.
func dayOf(date string) (time.Time, error) {
	if date == "" {
		n := time.Now().In(amsterdam)
		return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, amsterdam), nil
	}
	d, err := time.ParseInLocation("2006-01-02", date, amsterdam)
	if err != nil {
		return time.Time{}, &uiError{Code: api.CodeValidation}
	}
	return d, nil
}

func (s *AgendaService) between(clientID string, from, to time.Time) (AgendaView, error) {
	c := s.core
	l, err := c.section(clientID, api.SectionAppointments)
	if err != nil {
		return AgendaView{}, err
	}
	list, err := appointmentsBetween(c, l, clientID, from, to)
	if err != nil {
		return AgendaView{}, err
	}
	view := AgendaView{From: from.Format(time.RFC3339), To: to.Format(time.RFC3339),
		Appointments: list}
	view.LastSync, view.Offline = c.freshness(l, clientID)
	return view, nil
}

// appointmentsBetween expands cached appointments over a window, sorted by
// start. Series are stored once, under their first start, so every series
// is read; single appointments only when their start is in range.
func appointmentsBetween(c *core, l *local, clientID string, from, to time.Time) ([]Appointment, error) {
	all, err := list[api.Appointment](c, l, cache.Query{ClientID: clientID, Entity: "appointment",
		To: to.UTC().Format("2006-01-02T15:04:05.000000000Z")})
	if err != nil {
		return nil, err
	}
	out := []Appointment{}
	for _, a := range all {
		for _, o := range expand(a, from, to) {
			out = append(out, appointmentFromAPI(o))
		}
	}
	out = append(out, pendingAppointments(c, l, clientID, from, to)...)
	sort.SliceStable(out, func(i, j int) bool { return instantKey(out[i].Start) < instantKey(out[j].Start) })
	return out, nil
}

// pendingAppointments shows new appointments still in the outbox, so an
// appointment made offline is in the agenda at once.
func pendingAppointments(c *core, l *local, clientID string, from, to time.Time) []Appointment {
	var out []Appointment
	for _, it := range outboxOf(c, l, clientID, kindAppointmentCreate) {
		var in api.AppointmentInput
		if jsonUnmarshal(it.body, &in) != nil {
			continue
		}
		start, err1 := agendaTime(in.Start)
		end, err2 := agendaTime(in.End)
		if err1 != nil || err2 != nil || !start.Before(to) || !end.After(from) {
			continue
		}
		out = append(out, Appointment{ID: it.ID, Title: in.Title, Description: in.Description,
			Start: start.Format(time.RFC3339), End: end.Format(time.RFC3339), Private: in.Private,
			Source: "portal", Repeating: in.Repeat != nil, Pending: true})
	}
	return out
}

// agendaTime reads RFC 3339 or a wall-clock time in Amsterdam.
func agendaTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(amsterdam), nil
	}
	return time.ParseInLocation("2006-01-02T15:04", s, amsterdam)
}

// Create adds an appointment (AGENDA-3).
func (s *AgendaService) Create(in AppointmentInput) (OutboxResult, error) {
	if _, err := s.core.section(in.ClientID, api.SectionAppointments); err != nil {
		return OutboxResult{}, err
	}
	w, err := jsonWrite("POST", "/clients/"+in.ClientID+"/appointments", apiInput(in))
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return s.core.enqueue(in.ClientID, kindAppointmentCreate, "", w)
}

// Update changes an appointment. The version makes a concurrent change by
// someone else a conflict, shown with both versions, never overwritten.
func (s *AgendaService) Update(in AppointmentInput) (OutboxResult, error) {
	if _, err := s.core.section(in.ClientID, api.SectionAppointments); err != nil {
		return OutboxResult{}, err
	}
	w, err := jsonWrite("PUT", "/clients/"+in.ClientID+"/appointments/"+in.ID, apiInput(in))
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return s.core.enqueue(in.ClientID, kindAppointmentEdit, "", w)
}

// Delete removes an appointment made in the portal.
func (s *AgendaService) Delete(in AppointmentRef) (OutboxResult, error) {
	if _, err := s.core.section(in.ClientID, api.SectionAppointments); err != nil {
		return OutboxResult{}, err
	}
	w, err := jsonWrite("DELETE", "/clients/"+in.ClientID+"/appointments/"+in.ID,
		api.AppointmentInput{Version: in.Version})
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return s.core.enqueue(in.ClientID, kindAppointmentDelete, "", w)
}

// Conflict returns both versions of a refused edit.
func (s *AgendaService) Conflict(in OutboxItemInput) (AppointmentConflict, error) {
	c := s.core
	l := c.store()
	if l == nil {
		return AppointmentConflict{}, &uiError{Code: codeNoSession}
	}
	it, err := l.cache.Item(c.context(), in.ID)
	if err != nil || it.ErrorCode != string(api.CodeConflict) {
		return AppointmentConflict{}, &uiError{Code: api.CodeNotFound}
	}
	out := AppointmentConflict{ItemID: it.ID}
	var w struct {
		Path string               `json:"path"`
		Body api.AppointmentInput `json:"body"`
	}
	_ = json.Unmarshal(it.Payload, &w)
	out.Mine = inputFromAPI(it.ClientID, lastSegment(w.Path), w.Body)
	var theirs api.Appointment
	_ = json.Unmarshal(it.Detail, &theirs)
	out.Theirs = appointmentFromAPI(theirs)
	return out, nil
}

// ResolveConflict keeps the user's version (sent again over the server's
// version) or the server's (the edit is discarded).
func (s *AgendaService) ResolveConflict(in ConflictChoice) (OutboxResult, error) {
	conflict, err := s.Conflict(OutboxItemInput{ID: in.ItemID})
	if err != nil {
		return OutboxResult{}, err
	}
	l := s.core.store()
	if in.Keep != "mine" {
		if err := l.cache.Discard(s.core.context(), in.ItemID); err != nil {
			return OutboxResult{}, toUI(err)
		}
		return OutboxResult{ItemID: in.ItemID, State: "discarded"}, nil
	}
	mine := conflict.Mine
	mine.Version = conflict.Theirs.Version
	if err := l.cache.Discard(s.core.context(), in.ItemID); err != nil {
		return OutboxResult{}, toUI(err)
	}
	return s.Update(mine)
}

func apiInput(in AppointmentInput) api.AppointmentInput {
	out := api.AppointmentInput{Title: in.Title, Description: in.Description,
		Start: in.Start, End: in.End, Private: in.Private, Version: in.Version}
	if in.Repeat != "" {
		out.Repeat = &api.Repeat{Frequency: in.Repeat, Until: in.Until}
	}
	return out
}

func inputFromAPI(clientID, id string, a api.AppointmentInput) AppointmentInput {
	in := AppointmentInput{ClientID: clientID, ID: id, Version: a.Version, Title: a.Title,
		Description: a.Description, Start: a.Start, End: a.End, Private: a.Private}
	if a.Repeat != nil {
		in.Repeat, in.Until = a.Repeat.Frequency, a.Repeat.Until
	}
	return in
}

func lastSegment(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}
