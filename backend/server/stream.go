package server

import (
	"context"
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
// process: at once for writes here (Portal.Notify), and within a second
// for writes of other server processes on the same PostgreSQL (watch).
type broker struct {
	mu   sync.Mutex
	subs map[string]map[*subscriber]struct{}
	// open counts subscribers; watch runs while it is above zero.
	open  int
	watch func(ctx context.Context, ready chan<- struct{})
	stop  context.CancelFunc
}

// subscriber is one open stream; ch holds client ids, coalesced.
type subscriber struct {
	ch chan string
}

func newBroker(watch func(ctx context.Context, ready chan<- struct{})) *broker {
	return &broker{subs: map[string]map[*subscriber]struct{}{}, watch: watch}
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
	b.open++
	if b.open == 1 && b.watch != nil {
		ctx, cancel := context.WithCancel(context.Background())
		b.stop = cancel
		ready := make(chan struct{})
		go b.watch(ctx, ready)
		// The first stream waits for the watch's first reading, so a
		// write right after the stream opened is not taken as the baseline.
		<-ready
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
	b.open--
	if b.open == 0 && b.stop != nil {
		b.stop()
		b.stop = nil
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
