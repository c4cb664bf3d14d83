package server

import (
	"net/http"
	"strconv"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/portal"
)

func (s *Server) userHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"listContacts":    s.listContacts,
		"matchContacts":   s.matchContacts,
		"createContact":   s.createContact,
		"adoptContact":    s.adoptContact,
		"setContactPhone": s.setContactPhone,
		"setRight":        s.setRight,
		"sendCredentials": s.sendCredentials,
		"deleteContact":   s.deleteContact,
		"makeAdmin":       s.makeAdmin,
		"stepDown":        s.stepDown,
		"listAudit":       s.listAudit,
		"reportOpenings":  s.reportOpenings,
	}
}

func authReport(r portal.Report) auth.HelpdeskReport {
	return auth.HelpdeskReport{ReportID: r.ID, UserName: r.UserName, UserEmail: r.UserEmail,
		ClientName: r.ClientName, InvitedBy: r.InvitedBy}
}

// answer writes v, or returns err.
func answer(w http.ResponseWriter, v any, err error) error {
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

func (s *Server) listContacts(w http.ResponseWriter, r *http.Request) error {
	list, err := s.portal.Contacts(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, list, err)
}

func (s *Server) matchContacts(w http.ResponseWriter, r *http.Request) error {
	var req api.MatchRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.portal.MatchContacts(r.Context(), principal(r).UserID, r.PathValue("client"), req)
	return answer(w, resp, err)
}

func (s *Server) createContact(w http.ResponseWriter, r *http.Request) error {
	var req api.NewContactRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	c, err := s.portal.CreateContact(r.Context(), actor(r), r.PathValue("client"), req)
	return answer(w, c, err)
}

func (s *Server) adoptContact(w http.ResponseWriter, r *http.Request) error {
	var req api.AdoptContactRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	c, err := s.portal.AdoptContact(r.Context(), actor(r), r.PathValue("client"), r.PathValue("contact"), req)
	return answer(w, c, err)
}

func (s *Server) setContactPhone(w http.ResponseWriter, r *http.Request) error {
	var req api.ChangePhoneRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	c, err := s.portal.SetContactPhone(r.Context(), actor(r), r.PathValue("client"),
		r.PathValue("contact"), req.Phone)
	return answer(w, c, err)
}

func (s *Server) setRight(w http.ResponseWriter, r *http.Request) error {
	var req api.SetRightRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.portal.SetRight(r.Context(), actor(r), r.PathValue("client"), r.PathValue("contact"),
		api.Section(r.PathValue("section")), req.Granted)
	return answer(w, resp, err)
}

func (s *Server) sendCredentials(w http.ResponseWriter, r *http.Request) error {
	resp, err := s.portal.SendCredentials(r.Context(), actor(r), r.PathValue("client"),
		r.PathValue("contact"), s.auth)
	return answer(w, resp, err)
}

func (s *Server) deleteContact(w http.ResponseWriter, r *http.Request) error {
	if err := s.portal.RemoveContact(r.Context(), actor(r), r.PathValue("client"), r.PathValue("contact")); err != nil {
		return err
	}
	return noContent(w)
}

func (s *Server) makeAdmin(w http.ResponseWriter, r *http.Request) error {
	c, err := s.portal.MakeAdmin(r.Context(), actor(r), r.PathValue("client"), r.PathValue("contact"))
	return answer(w, c, err)
}

func (s *Server) stepDown(w http.ResponseWriter, r *http.Request) error {
	if err := s.portal.StepDown(r.Context(), actor(r), r.PathValue("client")); err != nil {
		return err
	}
	return noContent(w)
}

func (s *Server) listAudit(w http.ResponseWriter, r *http.Request) error {
	limit := 100
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return api.Errorf(api.CodeValidation, "limit is a number from 1 to 500")
		}
		limit = n
	}
	list, err := s.portal.AuditLog(r.Context(), principal(r).UserID, r.PathValue("client"),
		r.URL.Query().Get("before"), limit)
	return answer(w, list, err)
}

func (s *Server) reportOpenings(w http.ResponseWriter, r *http.Request) error {
	var req api.OpeningsReport
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.portal.RecordOpenings(r.Context(), actor(r), r.PathValue("client"), req); err != nil {
		return err
	}
	return noContent(w)
}
