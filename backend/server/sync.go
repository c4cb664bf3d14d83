package server

import (
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"kring/backend/api"
	"kring/backend/portal"
)

func (s *Server) syncHandlers() map[string]handlerFunc {
	return map[string]handlerFunc{
		"listChanges": s.listChanges,
		"stream":      s.streamChanges,
	}
}

// listChanges answers the sync feed, gzipped when the device accepts it:
// a first sync of a large dossier is mostly text.
func (s *Server) listChanges(w http.ResponseWriter, r *http.Request) error {
	since, err := queryInt(r, "since", 0)
	if err != nil {
		return err
	}
	limit, err := queryInt(r, "limit", portal.DefaultFeedLimit)
	if err != nil {
		return err
	}
	set, err := s.portal.ChangesFor(r.Context(), actor(r), r.PathValue("client"), since, int(limit))
	if err != nil {
		return err
	}
	return writeMaybeGzip(w, r, func(w io.Writer) error { return encodeChangeSet(w, set) })
}

// queryInt reads an optional integer query parameter.
func queryInt(r *http.Request, name string, def int64) (int64, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, api.Errorf(api.CodeValidation, name+" must be a whole number")
	}
	return n, nil
}

// writeMaybeGzip answers JSON written by encode, compressed when the
// request accepts gzip.
func writeMaybeGzip(w http.ResponseWriter, r *http.Request, encode func(io.Writer) error) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Add("Vary", "Accept-Encoding")
	if !acceptsGzip(r) {
		w.WriteHeader(http.StatusOK)
		return encode(w)
	}
	w.Header().Set("Content-Encoding", "gzip")
	w.WriteHeader(http.StatusOK)
	zw := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(zw)
	zw.Reset(w)
	if err := encode(zw); err != nil {
		// The status is out; all that is left is to cut the answer short.
		return nil
	}
	_ = zw.Close()
	return nil
}

// gzipWriters are reused: a gzip writer holds most of a megabyte, more
// than a whole sync without changes.
var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(io.Discard) }}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(name) == "gzip" && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}
