package server

import (
	"net/http"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
)

func (s *Server) agendaHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"listAppointments":  s.listAppointments,
		"getAppointment":    s.getAppointment,
		"createAppointment": s.createAppointment,
		"updateAppointment": s.updateAppointment,
		"deleteAppointment": s.deleteAppointment,
		"setOccurrence":     s.setOccurrence,
	}
}

func (s *Server) listAppointments(w http.ResponseWriter, r *http.Request) error {
	from, to, err := agendaSpan(r)
	if err != nil {
		return err
	}
	list, err := s.portal.Appointments(r.Context(), principal(r).UserID, r.PathValue("client"), from, to)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list)
	return nil
}

// agendaSpan reads the span of an agenda query: a local day, a local
// week, or two instants.
func agendaSpan(r *http.Request) (time.Time, time.Time, error) {
	q := r.URL.Query()
	if day := q.Get("day"); day != "" {
		return portal.DayBounds(day)
	}
	if week := q.Get("week"); week != "" {
		return portal.WeekBounds(week)
	}
	from, err1 := time.Parse(time.RFC3339, q.Get("from"))
	to, err2 := time.Parse(time.RFC3339, q.Get("to"))
	if err1 != nil || err2 != nil || !from.Before(to) || to.Sub(from) > 400*24*time.Hour {
		return time.Time{}, time.Time{}, api.Errorf(api.CodeValidation,
			"give day, week, or from and to as RFC 3339, from before to, at most 400 days apart")
	}
	return from, to, nil
}

func (s *Server) getAppointment(w http.ResponseWriter, r *http.Request) error {
	a, err := s.portal.Appointment(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

func (s *Server) createAppointment(w http.ResponseWriter, r *http.Request) error {
	var in api.AppointmentInput
	if err := decode(r, &in); err != nil {
		return err
	}
	a, err := s.portal.CreateAppointment(r.Context(), principal(r).UserID, r.PathValue("client"), in)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

func (s *Server) updateAppointment(w http.ResponseWriter, r *http.Request) error {
	var in api.AppointmentInput
	if err := decode(r, &in); err != nil {
		return err
	}
	a, err := s.portal.UpdateAppointment(r.Context(), principal(r).UserID, r.PathValue("client"),
		r.PathValue("id"), in)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

func (s *Server) deleteAppointment(w http.ResponseWriter, r *http.Request) error {
	err := s.portal.DeleteAppointment(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id"))
	if err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) setOccurrence(w http.ResponseWriter, r *http.Request) error {
	var in api.OccurrenceInput
	if err := decode(r, &in); err != nil {
		return err
	}
	a, err := s.portal.SetOccurrence(r.Context(), principal(r).UserID, r.PathValue("client"),
		r.PathValue("id"), in)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}
