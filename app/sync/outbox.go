package syncer

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/backend/api"
)

// DepPlaceholder in a write's path or body stands for the server id of the
// item it depends on, filled in once that item was sent.
const DepPlaceholder = "{dep}"

// ErrBlocked means an item waits on an item the server refused.
var ErrBlocked = errors.New("waits on a refused item")

// NewID returns a random id for outbox items and keys.
func NewID() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(fmt.Errorf("read random id: %w", err))
	}
	return hex.EncodeToString(b)
}

// Enqueue stores a write in the outbox and returns its id. The
// idempotency key is made here and kept with the item, so every attempt,
// even after a crash, sends the same key.
func (s *Syncer) Enqueue(ctx context.Context, clientID, kind, dependsOn string, w remote.Write) (string, error) {
	id := NewID()
	w.Key = NewID()
	payload, err := json.Marshal(w)
	if err != nil {
		return "", fmt.Errorf("encode outbox item: %w", err)
	}
	err = s.cache.Enqueue(ctx, cache.Item{
		ID: id, ClientID: clientID, Kind: kind, IdemKey: w.Key, DependsOn: dependsOn,
		CreatedAt: s.now().Format(time.RFC3339), Payload: payload,
	})
	if err != nil {
		return "", err
	}
	s.Kick()
	return id, nil
}

// Flush sends pending items in order. It stops at the first item that
// could not reach an answer (offline, timeout, throttled, server error) so
// that order holds; an item the server refuses is marked failed and only
// the items depending on it wait.
func (s *Syncer) Flush(ctx context.Context) error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()

	items, err := s.cache.Items(ctx, cache.StatePending)
	if err != nil {
		return err
	}
	sent := map[string]bool{}
	for _, it := range items {
		if sent[it.ClientID+"\x00audit"] && it.Kind == KindAudit {
			continue
		}
		var err error
		if it.Kind == KindAudit {
			sent[it.ClientID+"\x00audit"] = true
			err = s.sendAudits(ctx, it, items)
		} else {
			err = s.send(ctx, it)
		}
		if err != nil {
			if errors.Is(err, ErrBlocked) {
				continue
			}
			return err
		}
	}
	return s.cache.PruneDone(ctx)
}

// send sends one item and records the outcome.
func (s *Syncer) send(ctx context.Context, it cache.Item) error {
	var w remote.Write
	if err := json.Unmarshal(it.Payload, &w); err != nil {
		return s.cache.MarkFailed(ctx, it.ID, string(api.CodeValidation), nil)
	}
	w.Key = it.IdemKey
	if it.DependsOn != "" {
		dep, err := s.cache.Item(ctx, it.DependsOn)
		if err != nil || dep.State != cache.StateDone {
			return ErrBlocked
		}
		w.Path = strings.ReplaceAll(w.Path, DepPlaceholder, dep.ResultID)
		w.Body = json.RawMessage(strings.ReplaceAll(string(w.Body), DepPlaceholder, dep.ResultID))
	}

	answer, err := s.remote.Send(ctx, w)
	if err != nil {
		return s.refused(ctx, it, err)
	}
	s.setOnline(true)
	return s.cache.MarkDone(ctx, it.ID, resultID(answer))
}

// refused decides what a failed send means for the item.
func (s *Syncer) refused(ctx context.Context, it cache.Item, err error) error {
	var apiErr *api.Error
	if errors.As(err, &apiErr) && final(apiErr) {
		s.log.Info("outbox item refused", "kind", it.Kind, "code", apiErr.Code)
		var detail []byte
		if apiErr.Current != nil {
			detail, _ = json.Marshal(apiErr.Current)
		}
		if err := s.cache.MarkFailed(ctx, it.ID, string(apiErr.Code), detail); err != nil {
			return err
		}
		return nil
	}
	s.setOnline(!isOffline(err))
	if nerr := s.cache.NoteAttempt(ctx, it.ID); nerr != nil {
		return nerr
	}
	return fmt.Errorf("send %s: %w", it.Kind, err)
}

// final reports whether a refusal will not change by trying again: a 4xx
// other than a timeout, throttling or an expired session. A conflict
// without the server's version is the server still working on an earlier
// attempt with the same key (after a crash on its side): try again later.
func final(e *api.Error) bool {
	st := e.Code.Status()
	if e.Code == api.CodeConflict && e.Current == nil {
		return false
	}
	return st >= 400 && st < 500 && st != http.StatusRequestTimeout &&
		st != http.StatusTooManyRequests && e.Code != api.CodeUnauthorized
}

// resultID takes the id of the record a write made from its answer.
func resultID(answer json.RawMessage) string {
	var out struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(answer, &out)
	return out.ID
}

func isOffline(err error) bool {
	return errors.Is(err, remote.ErrOffline)
}
