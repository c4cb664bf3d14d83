// Package server is the portal's HTTP face: routes, middleware for
// sessions, limits and idempotency, and handlers that call auth and portal.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/clock"
	"kring/backend/notify"
	"kring/backend/portal"
	"kring/backend/store"
)

// maxBody bounds a JSON request body; uploads have their own limit.
const maxBody = 1 << 20

// Server holds what the handlers need.
type Server struct {
	db     *store.DB
	auth   *auth.Service
	portal *portal.Portal
	outbox *notify.Outbox
	log    *slog.Logger
	clock  clock.Clock

	// Sync: the live stream's broker and the idempotency key locks.
	stream    *broker
	heartbeat time.Duration
	keys      keyLocks
}

// Options configures a Server.
type Options struct {
	DB     *store.DB
	Auth   *auth.Service
	Portal *portal.Portal
	// Outbox, when set, is listed at /dev/outbox (demo mode only).
	Outbox *notify.Outbox
	Log    *slog.Logger
	// Clock tells the time for idempotency keys; the system clock if nil.
	Clock clock.Clock
	// Heartbeat is the live stream's keep-alive interval; 25 s if zero.
	Heartbeat time.Duration
}

// New returns a server.
func New(o Options) *Server {
	s := &Server{db: o.DB, auth: o.Auth, portal: o.Portal, outbox: o.Outbox,
		log: o.Log.With("component", "http"), clock: o.Clock,
		heartbeat: o.Heartbeat}
	s.stream = newBroker(s.watch)
	if s.clock == nil {
		s.clock = clock.System{}
	}
	if s.heartbeat <= 0 {
		s.heartbeat = defaultHeartbeat
	}
	if s.portal != nil {
		s.portal.OnChange(s.stream.publish)
	}
	return s
}

// handlerFunc is a handler that returns its error for one place to answer.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// Handler returns the routes with their middleware.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	handlers := s.handlers()
	for _, rt := range api.Routes {
		h, ok := handlers[rt.ID]
		if !ok {
			panic("no handler for route " + rt.ID)
		}
		if needsIdempotency(rt) {
			h = s.idempotent(h)
		}
		if rt.Auth {
			h = s.requireSession(h)
		}
		mux.Handle(rt.Method+" /api/v1"+rt.Path, s.wrap(h, bodyLimit(rt)))
	}
	mux.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, api.OpenAPI())
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	s.resetPage(mux)
	if s.outbox != nil {
		mux.HandleFunc("GET /dev/outbox", s.devOutbox)
	}
	return s.logRequests(mux)
}

// handlers maps route ids to their handlers, area by area.
func (s *Server) handlers() map[string]handlerFunc {
	all := map[string]handlerFunc{}
	for _, group := range []map[string]handlerFunc{
		s.sessionHandlers(), s.agendaHandlers(), s.accountHandlers(), s.userHandlers(), s.syncHandlers(),
		s.dossierHandlers(), s.messageHandlers(), s.detailsHandlers(), s.ecdHandlers(),
	} {
		for id, h := range group {
			all[id] = h
		}
	}
	return all
}

// wrap bounds the body to limit and answers a handler's error as JSON
// with a stable code.
func (s *Server) wrap(h handlerFunc, limit int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if err := h(w, r); err != nil {
			s.writeError(w, r, err)
		}
	})
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var apiErr *api.Error
	if !errors.As(err, &apiErr) {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			apiErr = api.Errorf(api.CodePayloadTooLarge, "request body too large")
		} else {
			s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
			apiErr = api.Errorf(api.CodeInternal, "internal error")
		}
	}
	if apiErr.RetryAfter > 0 {
		w.Header().Set("Retry-After", itoa(apiErr.RetryAfter))
	}
	writeJSON(w, apiErr.Code.Status(), apiErr)
}

// jsonBuffers holds encode buffers: an answer is encoded whole, then
// sent with its length in one write, instead of in 4 kB chunks, which
// cost a system call each.
var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer keeps a rare large answer from staying in the pool.
const maxPooledBuffer = 256 << 10

func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxPooledBuffer {
			buf.Reset()
			jsonBuffers.Put(buf)
		}
	}()
	buf.Reset()
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		buf.Reset()
		status = http.StatusInternalServerError
		_ = json.NewEncoder(buf).Encode(api.Errorf(api.CodeInternal, "internal error"))
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// decode reads a JSON body into v.
func decode(r *http.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(v); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return api.Errorf(api.CodePayloadTooLarge, "request body too large")
		}
		return api.Errorf(api.CodeValidation, "request body is not valid JSON")
	}
	return nil
}

type principalKey struct{}

// requireSession lets only signed-in requests through.
func (s *Server) requireSession(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		token, ok := bearer(r)
		if !ok {
			return api.Errorf(api.CodeUnauthorized, "no session")
		}
		p, err := s.auth.Authenticate(r.Context(), token)
		if err != nil {
			return err
		}
		ctx := context.WithValue(r.Context(), principalKey{}, p)
		return h(w, r.WithContext(ctx))
	}
}

func bearer(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(h) <= len(prefix) || h[:len(prefix)] != prefix {
		return "", false
	}
	return h[len(prefix):], true
}

// principal returns who the request is made by.
func principal(r *http.Request) auth.Principal {
	p, _ := r.Context().Value(principalKey{}).(auth.Principal)
	return p
}

// remoteAddr is the caller's address without port, for throttling.
func remoteAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Flush lets streaming handlers flush through the recorder.
func (s *statusRecorder) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// logRequests logs method, path and status; never the query string or
// body, which may hold secrets.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("handler panic", "path", r.URL.Path, "panic", v)
				writeJSON(rec, http.StatusInternalServerError, api.Errorf(api.CodeInternal, "internal error"))
			}
			s.log.Info("request", "method", r.Method, "path", r.URL.Path,
				"status", rec.status, "duration_ms", time.Since(start).Milliseconds())
		}()
		next.ServeHTTP(rec, r)
	})
}
