package server

import (
	"net/http"

	"kring/backend/api"
	"kring/backend/portal"
)

func (s *Server) accountHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"forgotPassword":   s.forgotPassword,
		"resetPassword":    s.resetPassword,
		"changePassword":   s.changePassword,
		"changePhone":      s.changePhone,
		"confirmPhone":     s.confirmPhone,
		"enrolKiosk":       s.enrolKiosk,
		"acceptInvitation": s.acceptInvitation,
		"reportInvitation": s.reportInvitation,
		"clientPhoto":      s.clientPhoto,
	}
}

// actor is who makes a change, for the audit log: the user and their
// device, or the kiosk they use.
func actor(r *http.Request) portal.Actor {
	p := principal(r)
	device := p.DeviceID
	if device == "" && p.KioskID != "" {
		device = "kiosk:" + p.KioskID
	}
	return portal.Actor{UserID: p.UserID, DeviceID: device}
}

func noContent(w http.ResponseWriter) error {
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) forgotPassword(w http.ResponseWriter, r *http.Request) error {
	var req api.ForgotPasswordRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	s.auth.ForgotPassword(r.Context(), req)
	return noContent(w)
}

func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) error {
	var req api.ResetPasswordRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.auth.ResetPassword(r.Context(), req); err != nil {
		return err
	}
	return noContent(w)
}

func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) error {
	var req api.ChangePasswordRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.auth.ChangePassword(r.Context(), principal(r).UserID, remoteAddr(r), req); err != nil {
		return err
	}
	return noContent(w)
}

func (s *Server) changePhone(w http.ResponseWriter, r *http.Request) error {
	var req api.ChangePhoneRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.auth.StartPhoneChange(r.Context(), principal(r).UserID, req.Phone)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) confirmPhone(w http.ResponseWriter, r *http.Request) error {
	var req api.ConfirmPhoneRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	if err := s.auth.ConfirmPhone(r.Context(), principal(r).UserID, req.Code); err != nil {
		return err
	}
	return noContent(w)
}

func (s *Server) enrolKiosk(w http.ResponseWriter, r *http.Request) error {
	var req api.KioskEnrolRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.auth.EnrolKiosk(r.Context(), req.Code, remoteAddr(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) acceptInvitation(w http.ResponseWriter, r *http.Request) error {
	if err := s.portal.AcceptInvitation(r.Context(), actor(r), r.PathValue("invitation")); err != nil {
		return err
	}
	return noContent(w)
}

// reportInvitation records the report first, so that it is never lost,
// then mails the helpdesk. A mail that fails is logged, not answered: the
// report stands, and the operator's helpdesk-reports command lists it.
func (s *Server) reportInvitation(w http.ResponseWriter, r *http.Request) error {
	rep, err := s.portal.ReportInvitation(r.Context(), actor(r), r.PathValue("invitation"), s.auth.Helpdesk())
	if err != nil {
		return err
	}
	if _, err := s.auth.MailHelpdesk(r.Context(), authReport(rep)); err != nil {
		s.log.Error("helpdesk mail not sent", "report_id", rep.ID, "err", err)
	}
	return noContent(w)
}

func (s *Server) clientPhoto(w http.ResponseWriter, r *http.Request) error {
	photo, err := s.portal.ClientPhoto(r.Context(), principal(r).UserID, r.PathValue("client"))
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", http.DetectContentType(photo))
	w.Header().Set("Cache-Control", "private, max-age=300")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, err = w.Write(photo)
	return err
}
