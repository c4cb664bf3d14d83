package server

import (
	"net/http"

	"kring/backend/api"
)

func (s *Server) detailsHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"getClientDetails":  s.getClientDetails,
		"getCareTeam":       s.getCareTeam,
		"getCareTeamMember": s.getCareTeamMember,
		"listPosts":         s.listPosts,
		"getPost":           s.getPost,
		"createPost":        s.createPost,
		"deletePost":        s.deletePost,
		"getPhoto":          s.getPhoto(false),
		"getPhotoThumbnail": s.getPhoto(true),
		"putMyPhoto":        s.putMyPhoto,
		"getMyPhoto":        s.getMyPhoto,
	}
}

func (s *Server) getClientDetails(w http.ResponseWriter, r *http.Request) error {
	d, err := s.portal.ClientDetails(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, d, err)
}

func (s *Server) getCareTeam(w http.ResponseWriter, r *http.Request) error {
	team, err := s.portal.CareTeam(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, team, err)
}

func (s *Server) getCareTeamMember(w http.ResponseWriter, r *http.Request) error {
	m, err := s.portal.CareTeamMember(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id"))
	return answer(w, m, err)
}

func (s *Server) listPosts(w http.ResponseWriter, r *http.Request) error {
	list, err := s.portal.Posts(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, list, err)
}

func (s *Server) getPost(w http.ResponseWriter, r *http.Request) error {
	p, err := s.portal.Post(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id"))
	return answer(w, p, err)
}

// createPost takes JSON, or a multipart form when a photo comes along.
func (s *Server) createPost(w http.ResponseWriter, r *http.Request) error {
	var in api.PostInput
	var photo []byte
	if isMultipart(r) {
		up, err := readUpload(r)
		if err != nil {
			return err
		}
		in = api.PostInput{Text: up.fields["text"], ParentID: up.fields["parentId"]}
		photo = up.photo
	} else if err := decode(r, &in); err != nil {
		return err
	}
	p, err := s.portal.CreatePost(r.Context(), principal(r).UserID, r.PathValue("client"), in, photo)
	return answer(w, p, err)
}

func (s *Server) deletePost(w http.ResponseWriter, r *http.Request) error {
	if err := s.portal.DeletePost(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) getPhoto(thumbnail bool) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		data, err := s.portal.PostPhoto(r.Context(), principal(r).UserID, r.PathValue("client"),
			r.PathValue("id"), thumbnail)
		if err != nil {
			return err
		}
		return writeImage(w, data)
	}
}
