package server

import (
	"net/http"

	"kring/backend/api"
)

func (s *Server) messageHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"listRecipients":     s.listRecipients,
		"unreadMessages":     s.unreadMessages,
		"listConversations":  s.listConversations,
		"createConversation": s.createConversation,
		"getConversation":    s.getConversation,
		"listMessages":       s.listMessages,
		"getMessage":         s.getMessage,
		"postMessage":        s.postMessage,
		"markRead":           s.markRead,
	}
}

func (s *Server) listRecipients(w http.ResponseWriter, r *http.Request) error {
	list, err := s.portal.Recipients(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, list, err)
}

func (s *Server) unreadMessages(w http.ResponseWriter, r *http.Request) error {
	sum, err := s.portal.Unread(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, sum, err)
}

func (s *Server) listConversations(w http.ResponseWriter, r *http.Request) error {
	list, err := s.portal.Conversations(r.Context(), principal(r).UserID, r.PathValue("client"))
	return answer(w, list, err)
}

func (s *Server) createConversation(w http.ResponseWriter, r *http.Request) error {
	var in api.NewConversation
	if err := decode(r, &in); err != nil {
		return err
	}
	c, err := s.portal.CreateConversation(r.Context(), principal(r).UserID, r.PathValue("client"), in)
	return answer(w, c, err)
}

func (s *Server) getConversation(w http.ResponseWriter, r *http.Request) error {
	c, err := s.portal.Conversation(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id"))
	return answer(w, c, err)
}

func (s *Server) listMessages(w http.ResponseWriter, r *http.Request) error {
	list, err := s.portal.Messages(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id"))
	return answer(w, list, err)
}

func (s *Server) getMessage(w http.ResponseWriter, r *http.Request) error {
	m, err := s.portal.Message(r.Context(), principal(r).UserID, r.PathValue("client"),
		r.PathValue("id"), r.PathValue("message"))
	return answer(w, m, err)
}

func (s *Server) postMessage(w http.ResponseWriter, r *http.Request) error {
	var in api.NewMessage
	if err := decode(r, &in); err != nil {
		return err
	}
	m, err := s.portal.PostMessage(r.Context(), principal(r).UserID, r.PathValue("client"),
		r.PathValue("id"), in)
	return answer(w, m, err)
}

func (s *Server) markRead(w http.ResponseWriter, r *http.Request) error {
	if err := s.portal.MarkRead(r.Context(), principal(r).UserID, r.PathValue("client"), r.PathValue("id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
