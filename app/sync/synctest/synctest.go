// Package synctest is a small stand-in for the portal server's sync
// contract (changes feed, live stream, idempotent writes), served over
// loopback HTTP, for testing the desktop side where the real server's
// content endpoints are not needed.
package synctest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"kring/backend/api"
)

// Server is the stand-in server.
type Server struct {
	URL string

	mu      sync.Mutex
	seq     map[string]int64
	log     map[string][]api.Change
	purge   map[string][]api.Section
	keys    map[string]string
	writes  []Write
	audits  []json.RawMessage
	down    bool
	refuse  map[string]api.Error
	watcher []chan string
	photos  map[string][]byte
	// PageSize limits how many changes one answer holds.
	PageSize int
	// Slow delays every write by up to this long, so a client can be
	// stopped while a write is under way.
	Slow time.Duration
}

// Write is one write the server applied.
type Write struct {
	Key  string
	Path string
	ID   string
	Body json.RawMessage
}

// New starts a server; it stops when the test ends.
func New(t testing.TB) *Server {
	s := &Server{
		seq: map[string]int64{}, log: map[string][]api.Change{},
		purge: map[string][]api.Section{}, keys: map[string]string{},
		refuse: map[string]api.Error{}, photos: map[string][]byte{}, PageSize: 500,
	}
	ts := httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		ts.CloseClientConnections()
		ts.Close()
	})
	s.URL = ts.URL
	return s
}

// SetDown makes every request fail with 503, as a server in maintenance.
func (s *Server) SetDown(down bool) {
	s.mu.Lock()
	s.down = down
	s.mu.Unlock()
}

// Refuse makes writes to paths ending in suffix fail with code.
func (s *Server) Refuse(suffix string, code api.Code) {
	s.RefuseWith(suffix, code, nil)
}

// RefuseWith is Refuse with the server's current version of the record,
// as in a conflict.
func (s *Server) RefuseWith(suffix string, code api.Code, current any) {
	s.mu.Lock()
	s.refuse[suffix] = api.Error{Code: code, Message: string(code), Current: current}
	s.mu.Unlock()
}

// Accept undoes Refuse.
func (s *Server) Accept(suffix string) {
	s.mu.Lock()
	delete(s.refuse, suffix)
	s.mu.Unlock()
}

// Put records a new or changed record and signals the stream.
func (s *Server) Put(clientID string, section api.Section, entity, id string, data any) {
	b, err := json.Marshal(data)
	if err != nil {
		panic(err)
	}
	s.change(clientID, api.Change{Section: section, Entity: entity, ID: id, Data: b})
}

// Remove records a tombstone.
func (s *Server) Remove(clientID string, section api.Section, entity, id string) {
	s.change(clientID, api.Change{Section: section, Entity: entity, ID: id, Deleted: true})
}

// Withdraw tells devices to purge a section at their next pull.
func (s *Server) Withdraw(clientID string, section api.Section) {
	s.mu.Lock()
	s.purge[clientID] = append(s.purge[clientID], section)
	s.seq[clientID]++
	s.mu.Unlock()
	s.signal(clientID)
}

func (s *Server) change(clientID string, ch api.Change) {
	s.mu.Lock()
	s.seq[clientID]++
	ch.Seq = s.seq[clientID]
	kept := s.log[clientID][:0]
	for _, old := range s.log[clientID] {
		if old.Entity != ch.Entity || old.ID != ch.ID {
			kept = append(kept, old)
		}
	}
	s.log[clientID] = append(kept, ch)
	s.mu.Unlock()
	s.signal(clientID)
}

// Writes returns every applied write in the order applied.
func (s *Server) Writes() []Write {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Write(nil), s.writes...)
}

// Audits returns the bodies of audit batches received.
func (s *Server) Audits() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.audits...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	down := s.down
	s.mu.Unlock()
	if down {
		writeErr(w, http.StatusServiceUnavailable, api.CodeInternal)
		return
	}
	path := strings.TrimPrefix(r.URL.Path, "/api/v1")
	switch {
	case path == "/stream":
		s.stream(w, r)
	case r.Method == http.MethodGet && strings.HasSuffix(path, "/changes"):
		s.changes(w, r, clientOf(path))
	case r.Method == http.MethodGet && strings.HasSuffix(path, "/thumbnail"):
		s.thumbnail(w, path)
	case r.Method == http.MethodGet:
		writeErr(w, http.StatusNotFound, api.CodeNotFound)
	default:
		s.write(w, r, path)
	}
}

// PutThumbnail serves a photo's thumbnail.
func (s *Server) PutThumbnail(photoID string, jpeg []byte) {
	s.mu.Lock()
	s.photos[photoID] = jpeg
	s.mu.Unlock()
}

func (s *Server) thumbnail(w http.ResponseWriter, path string) {
	parts := strings.Split(path, "/")
	s.mu.Lock()
	b, ok := s.photos[parts[len(parts)-2]]
	s.mu.Unlock()
	if !ok {
		writeErr(w, http.StatusNotFound, api.CodeNotFound)
		return
	}
	w.Header().Set("Content-Type", "image/jpeg")
	_, _ = w.Write(b)
}

func clientOf(path string) string {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) >= 2 && parts[0] == "clients" {
		return parts[1]
	}
	return ""
}

func (s *Server) changes(w http.ResponseWriter, r *http.Request, clientID string) {
	since, _ := strconv.ParseInt(r.URL.Query().Get("since"), 10, 64)
	s.mu.Lock()
	defer s.mu.Unlock()

	set := api.ChangeSet{ClientID: clientID, Cursor: since, Changes: []api.Change{},
		Purge: s.purge[clientID]}
	delete(s.purge, clientID)
	list := append([]api.Change(nil), s.log[clientID]...)
	sort.Slice(list, func(i, j int) bool { return list[i].Seq < list[j].Seq })
	for _, ch := range list {
		if ch.Seq <= since {
			continue
		}
		if len(set.Changes) == s.PageSize {
			set.More = true
			break
		}
		set.Changes = append(set.Changes, ch)
		set.Cursor = ch.Seq
	}
	if !set.More && s.seq[clientID] > set.Cursor {
		set.Cursor = s.seq[clientID]
	}
	writeJSON(w, http.StatusOK, set)
}

func (s *Server) write(w http.ResponseWriter, r *http.Request, path string) {
	key := r.Header.Get("Idempotency-Key")
	if key == "" {
		writeErr(w, http.StatusUnprocessableEntity, api.CodeValidation)
		return
	}
	var body json.RawMessage
	_ = json.NewDecoder(r.Body).Decode(&body)

	if s.Slow > 0 {
		time.Sleep(rand.N(s.Slow))
	}
	s.mu.Lock()
	for suffix, refusal := range s.refuse {
		if strings.HasSuffix(path, suffix) {
			s.mu.Unlock()
			writeJSON(w, refusal.Code.Status(), refusal)
			return
		}
	}
	id, seen := s.keys[key]
	if !seen {
		id = fmt.Sprintf("srv-%d", len(s.writes)+1)
		s.keys[key] = id
		s.writes = append(s.writes, Write{Key: key, Path: path, ID: id, Body: body})
		if strings.HasSuffix(path, "/audit") {
			s.audits = append(s.audits, body)
		}
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, map[string]string{"id": id})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, status int, code api.Code) {
	writeJSON(w, status, api.Error{Code: code, Message: string(code)})
}
