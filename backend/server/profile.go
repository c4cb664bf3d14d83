package server

import (
	"net/http"

	"kring/backend/api"
)

func (s *Server) putMyPhoto(w http.ResponseWriter, r *http.Request) error {
	up, err := readUpload(r)
	if err != nil {
		return err
	}
	if len(up.photo) == 0 {
		return api.Errorf(api.CodeValidation, "the form has no part named photo")
	}
	if err := s.portal.SetMyPhoto(r.Context(), principal(r).UserID, up.photo); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) getMyPhoto(w http.ResponseWriter, r *http.Request) error {
	data, err := s.portal.MyPhoto(r.Context(), principal(r).UserID)
	if err != nil {
		return err
	}
	return writeImage(w, data)
}
