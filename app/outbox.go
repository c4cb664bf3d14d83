package app

import (
	"context"
	"encoding/json"

	"kring/app/cache"
	syncer "kring/app/sync"
	"kring/backend/api"
)

// OutboxService shows writes that wait for the server or were refused, and
// lets the user send them again, change them or throw them away.
type OutboxService struct {
	core *core
}

// Items lists waiting and refused items, oldest first. Audit entries are
// left out: they are the app's business, not the user's.
func (s *OutboxService) Items() ([]OutboxEntry, error) {
	c := s.core
	l := c.store()
	if l == nil {
		return nil, &uiError{Code: codeNoSession}
	}
	items, err := l.cache.Items(c.context(), cache.StatePending, cache.StateFailed)
	if err != nil {
		return nil, toUI(err)
	}
	failed := map[string]bool{}
	out := []OutboxEntry{}
	for _, it := range items {
		if it.State == cache.StateFailed {
			failed[it.ID] = true
		}
		if it.Kind == kindAudit {
			continue
		}
		e := OutboxEntry{ID: it.ID, ClientID: it.ClientID, Kind: it.Kind, State: it.State,
			ErrorCode: it.ErrorCode, CreatedAt: it.CreatedAt, Summary: summary(it.Payload)}
		if failed[it.DependsOn] {
			e.BlockedBy = it.DependsOn
		}
		out = append(out, e)
	}
	return out, nil
}

// summary takes the title or text the user wrote from a write.
func summary(payload []byte) string {
	var w struct {
		Body struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		} `json:"body"`
	}
	_ = json.Unmarshal(payload, &w)
	if w.Body.Title != "" {
		return w.Body.Title
	}
	r := []rune(w.Body.Text)
	if len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return string(r)
}

// Retry queues a refused item again with the same key.
func (s *OutboxService) Retry(in OutboxItemInput) (OutboxResult, error) {
	c := s.core
	l := c.store()
	if l == nil {
		return OutboxResult{}, &uiError{Code: codeNoSession}
	}
	if err := l.cache.Retry(c.context(), in.ID); err != nil {
		return OutboxResult{}, &uiError{Code: api.CodeNotFound}
	}
	return c.flushFor(l, in.ID), nil
}

// Edit changes the title or text of a refused item and queues it again.
func (s *OutboxService) Edit(in OutboxEditInput) (OutboxResult, error) {
	c := s.core
	l := c.store()
	if l == nil {
		return OutboxResult{}, &uiError{Code: codeNoSession}
	}
	it, err := l.cache.Item(c.context(), in.ID)
	if err != nil || it.State != cache.StateFailed {
		return OutboxResult{}, &uiError{Code: api.CodeNotFound}
	}
	payload, err := withText(it.Payload, in.Title, in.Text)
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	if err := l.cache.Edit(c.context(), in.ID, syncer.NewID(), payload); err != nil {
		return OutboxResult{}, toUI(err)
	}
	return c.flushFor(l, in.ID), nil
}

// withText sets title and text in a write's body where given.
func withText(payload []byte, title, text string) ([]byte, error) {
	var w map[string]json.RawMessage
	if err := json.Unmarshal(payload, &w); err != nil {
		return nil, err
	}
	var body map[string]any
	_ = json.Unmarshal(w["body"], &body)
	if body == nil {
		body = map[string]any{}
	}
	if title != "" {
		body["title"] = title
	}
	if text != "" {
		body["text"] = text
	}
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	w["body"] = b
	delete(w, "key")
	return json.Marshal(w)
}

// Discard throws away an item and the items that depend on it.
func (s *OutboxService) Discard(in OutboxItemInput) error {
	c := s.core
	l := c.store()
	if l == nil {
		return &uiError{Code: codeNoSession}
	}
	return toUI(l.cache.Discard(c.context(), in.ID))
}

// SyncNow sends the outbox and pulls every portal, and tells how it went.
func (s *OutboxService) SyncNow() (SyncStatus, error) {
	c := s.core
	l := c.store()
	if l == nil {
		return SyncStatus{}, &uiError{Code: codeNoSession}
	}
	ctx, cancel := context.WithTimeout(c.context(), 2*flushWait)
	defer cancel()
	if err := l.sync.Flush(ctx); err == nil {
		_ = l.sync.PullAll(ctx)
	}
	if l.sync.Online() && c.currentMe() != nil {
		c.refreshMe()
	}
	return s.Status()
}

// Status tells whether the server answered, how many items wait or were
// refused, and when each portal was last synced.
func (s *OutboxService) Status() (SyncStatus, error) {
	c := s.core
	l := c.store()
	if l == nil {
		return SyncStatus{}, &uiError{Code: codeNoSession}
	}
	st := SyncStatus{Online: c.isOnline(), Clients: []ClientSync{}}
	items, _ := l.cache.Items(c.context(), cache.StatePending, cache.StateFailed)
	for _, it := range items {
		if it.State == cache.StateFailed {
			st.Failed++
		} else {
			st.Pending++
		}
	}
	if me := c.currentMe(); me != nil {
		for _, cl := range me.Clients {
			st.Clients = append(st.Clients, ClientSync{ClientID: cl.ID,
				LastSync: l.sync.LastSync(c.context(), cl.ID)})
		}
	}
	return st, nil
}

// flushFor sends the outbox now and reports on one item.
func (c *core) flushFor(l *local, id string) OutboxResult {
	ctx, cancel := context.WithTimeout(c.context(), flushWait)
	defer cancel()
	_ = l.sync.Flush(ctx)
	return c.result(l, id)
}
