package app

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	syncer "kring/app/sync"
	"kring/backend/api"
)

// flushWait bounds how long a write waits for the server before the UI is
// told it is pending; the outbox sends it later either way.
const flushWait = 5 * time.Second

// enqueue puts a write in the outbox and, when the server is reachable,
// sends it at once, so the UI learns of a refusal straight away.
func (c *core) enqueue(clientID, kind, dependsOn string, w remote.Write) (OutboxResult, error) {
	l := c.store()
	if l == nil {
		return OutboxResult{}, &uiError{Code: codeNoSession}
	}
	id, err := l.sync.Enqueue(c.context(), clientID, kind, dependsOn, w)
	if err != nil {
		return OutboxResult{}, toUI(err)
	}

	ctx, cancel := context.WithTimeout(c.context(), flushWait)
	defer cancel()
	if err := l.sync.Flush(ctx); err != nil {
		c.log.Info("outbox waits for the server", "kind", kind)
	}
	return c.result(l, id), nil
}

// result reads what became of an outbox item.
func (c *core) result(l *local, id string) OutboxResult {
	it, err := l.cache.Item(c.context(), id)
	if cache.IsNotFound(err) {
		// Sent and pruned: nothing depended on it.
		return OutboxResult{ItemID: id, State: "sent"}
	}
	if err != nil {
		return OutboxResult{ItemID: id, State: cache.StatePending}
	}
	state := it.State
	if state == cache.StateDone {
		state = "sent"
	}
	return OutboxResult{ItemID: id, State: state, ErrorCode: it.ErrorCode, RecordID: it.ResultID}
}

// jsonWrite builds an outbox write with a JSON body.
func jsonWrite(method, path string, body any) (remote.Write, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return remote.Write{}, fmt.Errorf("encode write: %w", err)
	}
	return remote.Write{Method: method, Path: path, Body: b}, nil
}

// audit reports an opening of a report, care plan or document through the
// outbox, so it reaches the server even when made offline (NEN 7513).
func (c *core) audit(clientID string, section api.Section, subject string) {
	l := c.store()
	if l == nil {
		return
	}
	w, err := jsonWrite("POST", "/clients/"+clientID+"/audit", api.OpeningsReport{
		Openings: []api.Opening{{Key: syncer.NewID(), Section: section, Subject: subject,
			OpenedAt: time.Now().Format(time.RFC3339)}},
	})
	if err != nil {
		return
	}
	if _, err := l.sync.Enqueue(c.context(), clientID, kindAudit, "", w); err != nil {
		c.log.Warn("queue audit entry", "err", err)
	}
}

// Kinds of outbox items.
const (
	kindAudit             = syncer.KindAudit
	kindAppointmentCreate = "appointment.create"
	kindAppointmentEdit   = "appointment.edit"
	kindAppointmentDelete = "appointment.delete"
	kindConversation      = "conversation"
	kindMessage           = "message"
	kindRead              = "message.read"
	kindPost              = "post"
	kindPostDelete        = "post.delete"
)
