package synctest

import (
	"fmt"
	"net/http"
)

// stream serves the live stream: one "changed" event per signal.
func (s *Server) stream(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "no streaming", http.StatusInternalServerError)
		return
	}
	ch := make(chan string, 16)
	s.mu.Lock()
	s.watcher = append(s.watcher, ch)
	s.mu.Unlock()

	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case id := <-ch:
			fmt.Fprintf(w, "event: changed\ndata: {\"clientId\":%q}\n\n", id)
			flusher.Flush()
		}
	}
}

// signal tells every stream listener that a client changed.
func (s *Server) signal(clientID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ch := range s.watcher {
		select {
		case ch <- clientID:
		default:
		}
	}
}
