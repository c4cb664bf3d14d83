package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"kring/backend/api"
	"kring/backend/ecd"
)

func (s *Server) ecdHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"ecdAppointments": s.requireECDKey(s.ecdAppointments),
		"ecdClosePortal":  s.requireECDKey(s.ecdClosePortal),
	}
}

type ecdSystemKey struct{}

// requireECDKey lets through only an ECD system with a valid key. These
// routes never take a user's session, and a session never opens them.
func (s *Server) requireECDKey(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		key, ok := bearer(r)
		if !ok {
			return api.Errorf(api.CodeUnauthorized, "no ECD key")
		}
		name, err := ecd.CheckKey(r.Context(), s.db, key, s.clock.Now())
		if errors.Is(err, ecd.ErrBadKey) {
			return api.Errorf(api.CodeUnauthorized, "unknown ECD key")
		}
		if err != nil {
			return err
		}
		ctx := context.WithValue(r.Context(), ecdSystemKey{}, name)
		return h(w, r.WithContext(ctx))
	}
}

// ecdAppointments answers the ECD's question for portal appointments
// (ECD-2). Messages and board posts have no path out here.
func (s *Server) ecdAppointments(w http.ResponseWriter, r *http.Request) error {
	since, err := time.Parse(time.RFC3339Nano, r.URL.Query().Get("since"))
	if err != nil {
		return api.Errorf(api.CodeValidation, "since must be an RFC 3339 instant")
	}
	list, err := s.portal.PortalAppointmentsSince(r.Context(), since)
	if err != nil {
		return err
	}
	b := ecd.AppointmentBundle(list, s.clock.Now())
	w.Header().Set("Content-Type", "application/fhir+json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	return json.NewEncoder(w).Encode(b)
}

// ecdClosePortal closes a patient's portal for the organisation (ECD-5).
func (s *Server) ecdClosePortal(w http.ResponseWriter, r *http.Request) error {
	var req api.ClosePortalRequest
	if err := decode(r, &req); err != nil {
		return err
	}
	if req.ReadOnlyDays < 0 || req.ReadOnlyDays > ecd.MaxReadOnlyDays {
		return api.Errorf(api.CodeValidation, "readOnlyDays must be between 0 and 3650")
	}
	by, _ := r.Context().Value(ecdSystemKey{}).(string)
	closed, err := ecd.ClosePortal(r.Context(), s.db, r.PathValue("patient"), req.ReadOnlyDays,
		"ecd:"+by, s.clock.Now())
	if errors.Is(err, ecd.ErrClientNotFound) {
		return api.Errorf(api.CodeNotFound, "no client for this patient")
	}
	if err != nil {
		return err
	}
	s.log.Info("portal closed", "client", closed.ClientID, "by", by, "read_only_days", req.ReadOnlyDays)
	writeJSON(w, http.StatusOK, api.ClosePortalResponse{ClientID: closed.ClientID,
		ClosedAt: closed.ClosedAt.Format(time.RFC3339), DeleteAfter: closed.DeleteAfter.Format(time.RFC3339)})
	return nil
}
