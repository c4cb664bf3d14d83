package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"kring/backend/api"
)

// defaultHeartbeat keeps idle streams open through proxies that close
// silent connections after 30 or 60 seconds.
const defaultHeartbeat = 25 * time.Second

// broker fans "client changed" notices out to the open streams of this
// process. Several server processes on PostgreSQL would each need the
// notices of the others, through LISTEN/NOTIFY; until then a device there
// sees another process's writes at its next pull.
type broker struct {
	mu   sync.Mutex
	subs map[string]map[*subscriber]struct{}
}

// subscriber is one open stream; ch holds client ids, coalesced.
type subscriber struct {
	ch chan string
}

func newBroker() *broker {
	return &broker{subs: map[string]map[*subscriber]struct{}{}}
}

// subscribe opens a subscriber for the given clients.
func (b *broker) subscribe(clients []string) *subscriber {
	sub := &subscriber{ch: make(chan string, 64)}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, c := range clients {
		if b.subs[c] == nil {
			b.subs[c] = map[*subscriber]struct{}{}
		}
		b.subs[c][sub] = struct{}{}
	}
	return sub
}

// unsubscribe closes a subscriber.
func (b *broker) unsubscribe(sub *subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for c, set := range b.subs {
		delete(set, sub)
		if len(set) == 0 {
			delete(b.subs, c)
		}
	}
}

// publish tells every subscriber of clientID. A subscriber whose buffer
// is full already has notices to send, and the device pulls everything
// when it acts on any of them, so a dropped notice loses nothing.
func (b *broker) publish(clientID string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for sub := range b.subs[clientID] {
		select {
		case sub.ch <- clientID:
		default:
		}
	}
}

// streamChanges holds a Server-Sent Events stream open and sends
// "changed" for each portal of the user that changes.
func (s *Server) streamChanges(w http.ResponseWriter, r *http.Request) error {
	flusher, ok := w.(http.Flusher)
	if !ok {
		return fmt.Errorf("stream: response cannot flush")
	}
	me, err := s.portal.Me(r.Context(), principal(r).UserID)
	if err != nil {
		return err
	}
	clients := make([]string, 0, len(me.Clients))
	for _, c := range me.Clients {
		clients = append(clients, c.ID)
	}
	sub := s.stream.subscribe(clients)
	defer s.stream.unsubscribe(sub)

	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, ": open\n\n")
	flusher.Flush()

	beat := time.NewTicker(s.heartbeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return nil
		case <-beat.C:
			fmt.Fprint(w, ": heartbeat\n\n")
		case id := <-sub.ch:
			data, _ := json.Marshal(api.StreamEvent{ClientID: id})
			fmt.Fprintf(w, "event: changed\ndata: %s\n\n", data)
		}
		flusher.Flush()
	}
}
