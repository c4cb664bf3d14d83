package portal

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// Audit actions. Deliveries and openings concern dossier data; the others
// are changes of contacts and rights (DESIGN: audit).
const (
	AuditDeliver        = "deliver"
	AuditOpen           = "open"
	AuditRightSet       = "right_set"
	AuditRightRevoke    = "right_revoke"
	AuditContactCreate  = "contact_create"
	AuditContactAdopt   = "contact_adopt"
	AuditContactPhone   = "contact_phone"
	AuditContactRemove  = "contact_remove"
	AuditAdminGrant     = "admin_grant"
	AuditAdminStepDown  = "admin_step_down"
	AuditCredentials    = "credentials_send"
	AuditInviteAccept   = "invitation_accept"
	AuditInviteReported = "invitation_report"
)

// AuditEntry is one line of the audit log: who did what, for which client
// and section, when and from which device.
type AuditEntry struct {
	At       time.Time
	UserID   string
	ClientID string
	Section  api.Section
	Action   string
	DeviceID string
	// Subject names the record concerned, such as a report or contact id.
	Subject string
	// Key, when set, makes the entry idempotent: a second entry with the
	// same key is not written.
	Key string
}

// Batching of the audit writer: a batch is written when it holds
// auditBatch entries or is auditDelay old, whichever comes first.
const (
	auditBatch  = 100
	auditDelay  = 200 * time.Millisecond
	auditBuffer = 4096
)

// auditWriter writes audit entries in batches from a background goroutine.
// Entries are never dropped: when the buffer is full, the caller writes
// its entry itself, and a failed batch is retried until it succeeds.
type auditWriter struct {
	once    sync.Once
	entries chan auditRequest
	done    chan struct{}
	// mu guards stopped: after Close, entries are written at once, never
	// sent on the closed queue.
	mu      sync.RWMutex
	stopped bool
	// batch, delay and buffer default to auditBatch, auditDelay and
	// auditBuffer; tests set them smaller before the first entry.
	batch  int
	delay  time.Duration
	buffer int
}

// auditRequest is an entry, or with flushed set a request to report when
// everything queued before it is written.
type auditRequest struct {
	entry   AuditEntry
	flushed chan struct{}
}

// Audit records an entry. It returns once the entry is queued; when the
// queue is full, or the writer was closed, it writes the entry at once
// instead, so nothing is lost.
func (p *Portal) Audit(ctx context.Context, e AuditEntry) error {
	if e.At.IsZero() {
		e.At = p.clock.Now()
	}
	if p.queueAudit(e) {
		return nil
	}
	return p.db.InTx(context.WithoutCancel(ctx), func(tx *store.Tx) error {
		return writeAudit(ctx, tx, []AuditEntry{e})
	})
}

// queueAudit hands an entry to the writer without waiting, and reports
// whether it could.
func (p *Portal) queueAudit(e AuditEntry) bool {
	w := p.auditor()
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.stopped {
		return false
	}
	select {
	case w.entries <- auditRequest{entry: e}:
		return true
	default:
		return false
	}
}

// FlushAudit waits until every entry queued so far is written.
func (p *Portal) FlushAudit(ctx context.Context) error {
	w := p.auditor()
	flushed := make(chan struct{})
	w.mu.RLock()
	if w.stopped {
		w.mu.RUnlock()
		return nil
	}
	select {
	case w.entries <- auditRequest{flushed: flushed}:
		w.mu.RUnlock()
	case <-ctx.Done():
		w.mu.RUnlock()
		return ctx.Err()
	}
	select {
	case <-flushed:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close writes what is queued and stops the audit writer; entries that
// come later are written one by one. Call it on shutdown.
func (p *Portal) Close() error {
	w := p.auditor()
	w.mu.Lock()
	if !w.stopped {
		w.stopped = true
		close(w.entries)
	}
	w.mu.Unlock()
	<-w.done
	return nil
}

func (p *Portal) auditor() *auditWriter {
	w := &p.audit
	w.once.Do(func() {
		if w.batch == 0 {
			w.batch, w.delay, w.buffer = auditBatch, auditDelay, auditBuffer
		}
		w.entries = make(chan auditRequest, w.buffer)
		w.done = make(chan struct{})
		go p.runAudit(w)
	})
	return w
}

// runAudit collects entries into batches and writes them.
func (p *Portal) runAudit(w *auditWriter) {
	defer close(w.done)
	log := p.log.With("part", "audit")
	timer := time.NewTimer(w.delay)
	defer timer.Stop()
	var batch []AuditEntry
	var waiting []chan struct{}

	flush := func() {
		p.writeBatch(log, batch)
		for _, c := range waiting {
			close(c)
		}
		batch, waiting = nil, nil
	}
	for {
		select {
		case req, ok := <-w.entries:
			if !ok {
				flush()
				return
			}
			if req.flushed != nil {
				waiting = append(waiting, req.flushed)
				flush()
				continue
			}
			if len(batch) == 0 {
				timer.Reset(w.delay)
			}
			batch = append(batch, req.entry)
			if len(batch) >= w.batch {
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
}

// writeBatch writes one batch, retrying with a growing pause until the
// database takes it: an audit entry is never dropped.
func (p *Portal) writeBatch(log *slog.Logger, batch []AuditEntry) {
	if len(batch) == 0 {
		return
	}
	pause := 50 * time.Millisecond
	for {
		err := p.db.InTx(context.Background(), func(tx *store.Tx) error {
			return writeAudit(context.Background(), tx, batch)
		})
		if err == nil {
			return
		}
		log.Error("audit batch not written, retrying", "entries", len(batch), "err", err)
		time.Sleep(pause)
		pause = min(2*pause, 5*time.Second)
	}
}

// writeAudit inserts entries; an entry whose key was written before is
// skipped.
func writeAudit(ctx context.Context, tx *store.Tx, entries []AuditEntry) error {
	for _, e := range entries {
		var key any
		if e.Key != "" {
			key = e.Key
		}
		_, err := tx.Exec(ctx, `INSERT INTO audit_log (at, user_id, client_id, section, action,
			device_id, subject, event_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (event_key) DO NOTHING`,
			store.Time(e.At), e.UserID, e.ClientID, string(e.Section), e.Action,
			e.DeviceID, e.Subject, key)
		if err != nil {
			return fmt.Errorf("write audit entry: %w", err)
		}
	}
	return nil
}
