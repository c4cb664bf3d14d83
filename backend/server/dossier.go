package server

import (
	"net/http"
	"strconv"

	"kring/backend/api"
	"kring/backend/portal"
)

func (s *Server) dossierHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"listReports":   s.listReports,
		"getReport":     s.getReport,
		"getCarePlan":   s.getCarePlan,
		"getGoal":       s.getGoal,
		"listDocuments": s.listDocuments,
		"getDocument":   s.getDocument,
	}
}

func (s *Server) listReports(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	query := portal.ReportQuery{Before: q.Get("before"), After: q.Get("after")}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 {
			return api.Errorf(api.CodeValidation, "limit must be a number from 1 to 100")
		}
		query.Limit = n
	}
	page, err := s.portal.Reports(r.Context(), actor(r), r.PathValue("client"), query)
	return answer(w, page, err)
}

func (s *Server) getReport(w http.ResponseWriter, r *http.Request) error {
	rep, err := s.portal.Report(r.Context(), actor(r), r.PathValue("client"), r.PathValue("id"))
	return answer(w, rep, err)
}

func (s *Server) getCarePlan(w http.ResponseWriter, r *http.Request) error {
	plan, err := s.portal.CarePlan(r.Context(), actor(r), r.PathValue("client"))
	return answer(w, plan, err)
}

func (s *Server) getGoal(w http.ResponseWriter, r *http.Request) error {
	g, err := s.portal.Goal(r.Context(), actor(r), r.PathValue("client"), r.PathValue("id"))
	return answer(w, g, err)
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) error {
	list, err := s.portal.Documents(r.Context(), actor(r), r.PathValue("client"))
	return answer(w, list, err)
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) error {
	d, err := s.portal.Document(r.Context(), actor(r), r.PathValue("client"), r.PathValue("id"))
	return answer(w, d, err)
}
