package server

import (
	"context"
	"time"
)

// RunJanitor does the server's housekeeping every interval until ctx
// ends: for now, dropping idempotency keys past their 90 days.
func (s *Server) RunJanitor(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		s.sweep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Server) sweep(ctx context.Context) {
	n, err := s.PurgeIdempotencyKeys(ctx)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("purge idempotency keys", "err", err)
		}
		return
	}
	if n > 0 {
		s.log.Info("idempotency keys purged", "count", n)
	}
}
