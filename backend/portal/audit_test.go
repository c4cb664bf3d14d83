package portal

import (
	"context"
	"io"
	"log/slog"
	"strconv"
	"sync"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// newAuditPortal returns a portal whose audit writer uses the given batch
// size, delay and buffer.
func newAuditPortal(t *testing.T, d store.Dialect, batch int, delay time.Duration, buffer int) *Portal {
	t.Helper()
	p := New(storetest.Open(t, d), clock.NewFake(time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)),
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	p.audit.batch, p.audit.delay, p.audit.buffer = batch, delay, buffer
	t.Cleanup(func() { p.Close() })
	return p
}

func auditCount(t *testing.T, p *Portal) int {
	t.Helper()
	var n int
	if err := p.db.QueryRow(context.Background(), `SELECT COUNT(*) FROM audit_log`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// waitAudit polls until the log holds n entries; the writer works in the
// background.
func waitAudit(t *testing.T, p *Portal, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for auditCount(t, p) < n {
		if time.Now().After(deadline) {
			t.Fatalf("audit log holds %d entries, want %d", auditCount(t, p), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func entry(i int) AuditEntry {
	return AuditEntry{UserID: "u", ClientID: "c", Section: api.SectionDossier, Action: AuditDeliver,
		DeviceID: "d", Subject: "report-" + strconv.Itoa(i)}
}

// TestAuditWritesFullBatches checks that a full batch is written without
// waiting for the delay.
func TestAuditWritesFullBatches(t *testing.T) {
	p := newAuditPortal(t, store.SQLite, 3, time.Hour, 100)
	for i := 0; i < 3; i++ {
		if err := p.Audit(context.Background(), entry(i)); err != nil {
			t.Fatal(err)
		}
	}
	waitAudit(t, p, 3)
}

// TestAuditWritesAfterTheDelay checks that a part batch is written once
// its delay passed.
func TestAuditWritesAfterTheDelay(t *testing.T) {
	p := newAuditPortal(t, store.SQLite, 100, 20*time.Millisecond, 100)
	if err := p.Audit(context.Background(), entry(1)); err != nil {
		t.Fatal(err)
	}
	waitAudit(t, p, 1)
}

// TestAuditNeverDrops floods a tiny buffer from many goroutines, on every
// dialect: when the buffer is full entries are written at once, and Close
// writes the rest, so every entry lands.
func TestAuditNeverDrops(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			p := newAuditPortal(t, d, 10, 5*time.Millisecond, 2)
			const writers, each = 8, 50
			var wg sync.WaitGroup
			for w := 0; w < writers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := 0; i < each; i++ {
						if err := p.Audit(context.Background(), entry(i)); err != nil {
							t.Error(err)
						}
					}
				}()
			}
			wg.Wait()
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
			if n := auditCount(t, p); n != writers*each {
				t.Fatalf("audit log holds %d entries, want %d", n, writers*each)
			}
		})
	}
}

// TestAuditKeysCountOnce checks that entries with the same key are
// written once, whether in one batch or in two.
func TestAuditKeysCountOnce(t *testing.T) {
	p := newAuditPortal(t, store.SQLite, 100, time.Hour, 100)
	ctx := context.Background()
	e := entry(1)
	e.Key = "u:open-1"
	p.Audit(ctx, e)
	p.Audit(ctx, e)
	if err := p.FlushAudit(ctx); err != nil {
		t.Fatal(err)
	}
	p.Audit(ctx, e)
	p.Audit(ctx, entry(2))
	if err := p.FlushAudit(ctx); err != nil {
		t.Fatal(err)
	}
	if n := auditCount(t, p); n != 2 {
		t.Fatalf("audit log holds %d entries, want 2", n)
	}
}

// BenchmarkAudit measures queuing and writing entries in batches.
func BenchmarkAudit(b *testing.B) {
	p := New(storetest.Open(b, store.SQLite), clock.System{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = p.Audit(ctx, entry(i))
	}
	_ = p.FlushAudit(ctx)
	b.StopTimer()
	p.Close()
}

// TestAuditAfterClose checks that entries after Close are still written.
func TestAuditAfterClose(t *testing.T) {
	p := newAuditPortal(t, store.SQLite, 100, time.Hour, 100)
	p.Audit(context.Background(), entry(1))
	p.Close()
	if err := p.Audit(context.Background(), entry(2)); err != nil {
		t.Fatal(err)
	}
	if err := p.FlushAudit(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.Close()
	if n := auditCount(t, p); n != 2 {
		t.Fatalf("audit log holds %d entries, want 2", n)
	}
}
