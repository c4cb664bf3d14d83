package app

import (
	"kring/backend/api"
)

// kindAppointmentOccurrence is an outbox item that moves or cancels one
// occurrence of a series.
const kindAppointmentOccurrence = "appointment.occurrence"

// OccurrenceInput moves or cancels one occurrence of a repeating
// appointment (AGENDA-6). Occurrence is the original start of that
// occurrence (Appointment.Occurrence); Start and End are its new times,
// RFC 3339 or wall clock in Amsterdam, unused when Cancel is set.
type OccurrenceInput struct {
	ClientID   string `json:"clientId"`
	ID         string `json:"id"`
	Version    int    `json:"version"`
	Occurrence string `json:"occurrence"`
	Cancel     bool   `json:"cancel"`
	Start      string `json:"start"`
	End        string `json:"end"`
}

// SetOccurrence moves or cancels one occurrence of a series; the rest of
// the series stays as it is.
func (s *AgendaService) SetOccurrence(in OccurrenceInput) (OutboxResult, error) {
	if _, err := s.core.section(in.ClientID, api.SectionAppointments); err != nil {
		return OutboxResult{}, err
	}
	body := api.OccurrenceInput{Occurrence: in.Occurrence, Cancel: in.Cancel,
		Version: in.Version}
	if !in.Cancel {
		body.Start, body.End = in.Start, in.End
	}
	w, err := jsonWrite("PUT", "/clients/"+in.ClientID+"/appointments/"+in.ID+"/occurrences", body)
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	return s.core.enqueue(in.ClientID, kindAppointmentOccurrence, "", w)
}
