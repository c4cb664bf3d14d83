package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// Idempotency keys are kept this long (DESIGN.md "Sync"): an outbox item
// older than that is not retried.
const idempotencyKeep = 90 * 24 * time.Hour

// pendingStale is how long a reservation may wait for its answer before a
// retry may take it over, after a crash between the write and its answer.
// Such a retry can write a second time; that is the one gap left.
const pendingStale = time.Minute

// maxKeyLength bounds an Idempotency-Key.
const maxKeyLength = 200

// keyLocks serialise requests with the same key inside this process, so a
// concurrent duplicate waits for the first answer instead of racing it.
type keyLocks [64]sync.Mutex

func (k *keyLocks) lock(name string) func() {
	h := fnv.New32a()
	h.Write([]byte(name))
	m := &k[h.Sum32()%uint32(len(k))]
	m.Lock()
	return m.Unlock
}

// needsIdempotency tells which routes honour Idempotency-Key: those
// marked so, and every signed-in write under /clients/.
func needsIdempotency(rt api.Route) bool {
	if !rt.Auth {
		return false
	}
	write := rt.Method == http.MethodPost || rt.Method == http.MethodPut ||
		rt.Method == http.MethodDelete || rt.Method == http.MethodPatch
	return rt.Idempotent || (write && strings.HasPrefix(rt.Path, "/clients/"))
}

// savedAnswer is a stored first answer to a key.
type savedAnswer struct {
	status int
	body   []byte
	hash   string
	at     time.Time
}

// idempotent answers a repeated Idempotency-Key with the first answer, so
// a retried write never creates a second record. It runs after the
// session check, since keys are per user.
func (s *Server) idempotent(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		key := r.Header.Get(api.IdempotencyHeader)
		if key == "" {
			return h(w, r)
		}
		if len(key) > maxKeyLength {
			return api.Errorf(api.CodeValidation, "Idempotency-Key is too long")
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return decodeError(err)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		userID := principal(r).UserID
		hash := requestHash(r, body)

		unlock := s.keys.lock(userID + "\x00" + key)
		defer unlock()
		done, err := s.replay(w, r, userID, key, hash)
		if done || err != nil {
			return err
		}
		return s.answerOnce(w, r, h, userID, key, hash)
	}
}

// requestHash fingerprints a request: method, path and body.
func requestHash(r *http.Request, body []byte) string {
	sum := sha256.New()
	fmt.Fprintf(sum, "%s %s\n", r.Method, r.URL.Path)
	sum.Write(body)
	return hex.EncodeToString(sum.Sum(nil))
}

func decodeError(err error) error {
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return api.Errorf(api.CodePayloadTooLarge, "request body too large")
	}
	return fmt.Errorf("read request body: %w", err)
}

// replay answers from a stored key; true when it answered.
func (s *Server) replay(w http.ResponseWriter, r *http.Request, userID, key, hash string) (bool, error) {
	saved, found, err := s.loadKey(r.Context(), userID, key)
	if err != nil || !found {
		return false, err
	}
	if saved.hash != hash {
		return true, api.Errorf(api.CodeIdempotencyKeyReused,
			"Idempotency-Key was used before for a different request")
	}
	if saved.status == 0 {
		if s.clock.Now().Sub(saved.at) < pendingStale {
			return true, api.Errorf(api.CodeConflict, "a request with this Idempotency-Key is in progress")
		}
		return false, s.dropKey(r.Context(), userID, key)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Idempotent-Replayed", "true")
	w.WriteHeader(saved.status)
	_, _ = w.Write(saved.body)
	return true, nil
}

// answerOnce reserves the key, runs the handler and keeps its answer. A
// server error or throttle is not kept, so a retry runs again.
func (s *Server) answerOnce(w http.ResponseWriter, r *http.Request, h handlerFunc, userID, key, hash string) error {
	reserved, err := s.reserveKey(r.Context(), userID, key, hash)
	if err != nil {
		return err
	}
	if !reserved {
		return api.Errorf(api.CodeConflict, "a request with this Idempotency-Key is in progress")
	}

	// The write runs to its end even if the client goes away: cancelled
	// halfway, it could commit and then fail, dropping the key so that the
	// client's retry writes a second time.
	rec := &bufferedWriter{header: http.Header{}, status: http.StatusOK}
	r = r.WithContext(context.WithoutCancel(r.Context()))
	if err := h(rec, r); err != nil {
		s.writeError(rec, r, err)
	}
	ctx := context.WithoutCancel(r.Context())
	if rec.status >= 500 || rec.status == http.StatusTooManyRequests {
		err = s.dropKey(ctx, userID, key)
	} else {
		err = s.saveKey(ctx, userID, key, rec.status, rec.body.Bytes())
	}
	if err != nil {
		s.log.Error("idempotency key not kept", "err", err)
	}
	rec.copyTo(w)
	return nil
}

func (s *Server) loadKey(ctx context.Context, userID, key string) (savedAnswer, bool, error) {
	var a savedAnswer
	var at string
	err := s.db.QueryRow(ctx, `SELECT status, body, request_hash, created_at FROM idempotency_keys
		WHERE user_id = ? AND key = ?`, userID, key).Scan(&a.status, &a.body, &a.hash, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return savedAnswer{}, false, nil
	}
	if err != nil {
		return savedAnswer{}, false, fmt.Errorf("load idempotency key: %w", err)
	}
	a.at, _ = store.ParseTime(at)
	return a, true, nil
}

// reserveKey stores a pending key (status 0); false when another process
// holds it.
func (s *Server) reserveKey(ctx context.Context, userID, key, hash string) (bool, error) {
	res, err := s.db.Exec(ctx, `INSERT INTO idempotency_keys (user_id, key, status, body,
		request_hash, created_at) VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (user_id, key) DO NOTHING`,
		userID, key, []byte{}, hash, store.Time(s.clock.Now()))
	if err != nil {
		return false, fmt.Errorf("reserve idempotency key: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("reserve idempotency key: %w", err)
	}
	return n == 1, nil
}

func (s *Server) saveKey(ctx context.Context, userID, key string, status int, body []byte) error {
	_, err := s.db.Exec(ctx, `UPDATE idempotency_keys SET status = ?, body = ?
		WHERE user_id = ? AND key = ?`, status, body, userID, key)
	if err != nil {
		return fmt.Errorf("save idempotency key: %w", err)
	}
	return nil
}

func (s *Server) dropKey(ctx context.Context, userID, key string) error {
	_, err := s.db.Exec(ctx, `DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?`, userID, key)
	if err != nil {
		return fmt.Errorf("drop idempotency key: %w", err)
	}
	return nil
}

// PurgeIdempotencyKeys deletes keys older than 90 days and returns how
// many went.
func (s *Server) PurgeIdempotencyKeys(ctx context.Context) (int64, error) {
	cutoff := store.Time(s.clock.Now().Add(-idempotencyKeep))
	res, err := s.db.Exec(ctx, `DELETE FROM idempotency_keys WHERE created_at < ?`, cutoff)
	if err != nil {
		return 0, fmt.Errorf("purge idempotency keys: %w", err)
	}
	return res.RowsAffected()
}

// bufferedWriter holds an answer until it is kept.
type bufferedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedWriter) Header() http.Header         { return b.header }
func (b *bufferedWriter) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedWriter) WriteHeader(code int)        { b.status = code }

func (b *bufferedWriter) copyTo(w http.ResponseWriter) {
	for k, v := range b.header {
		w.Header()[k] = v
	}
	w.WriteHeader(b.status)
	_, _ = w.Write(b.body.Bytes())
}
