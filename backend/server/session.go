package server

import (
	"net/http"
	"strconv"

	"kring/backend/api"
)

func itoa(n int) string { return strconv.Itoa(n) }

func (s *Server) sessionHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"signIn":      s.signIn,
		"newPassword": s.newPassword,
		"verifyCode":  s.verifyCode,
		"resendCode":  s.resendCode,
		"signOut":     s.signOut,
		"me":          s.me,
	}
}

func (s *Server) signIn(w http.ResponseWriter, r *http.Request) error {
	var req api.SignInRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.auth.SignIn(r.Context(), req, remoteAddr(r))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) newPassword(w http.ResponseWriter, r *http.Request) error {
	var req api.NewPasswordRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.auth.NewPassword(r.Context(), req)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) verifyCode(w http.ResponseWriter, r *http.Request) error {
	var req api.CodeRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.auth.VerifyCode(r.Context(), req)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) resendCode(w http.ResponseWriter, r *http.Request) error {
	var req api.ResendRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	resp, err := s.auth.Resend(r.Context(), req)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) signOut(w http.ResponseWriter, r *http.Request) error {
	if err := s.auth.SignOut(r.Context(), principal(r).Session); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) me(w http.ResponseWriter, r *http.Request) error {
	me, err := s.portal.Me(r.Context(), principal(r).UserID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, me)
	return nil
}

func (s *Server) devOutbox(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"messages": s.outbox.Messages()})
}
