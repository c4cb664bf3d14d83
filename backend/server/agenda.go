package server

import (
	"net/http"
	"time"

	"kring/backend/api"
)

func (s *Server) agendaHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"listAppointments": s.listAppointments,
	}
}

func (s *Server) listAppointments(w http.ResponseWriter, r *http.Request) error {
	from, err1 := time.Parse(time.RFC3339, r.URL.Query().Get("from"))
	to, err2 := time.Parse(time.RFC3339, r.URL.Query().Get("to"))
	if err1 != nil || err2 != nil || !from.Before(to) || to.Sub(from) > 400*24*time.Hour {
		return api.Errorf(api.CodeValidation, "from and to must be RFC 3339, from before to, at most 400 days apart")
	}
	list, err := s.portal.Appointments(r.Context(), principal(r).UserID, r.PathValue("client"), from, to)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list)
	return nil
}
