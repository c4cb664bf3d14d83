package syncer

import (
	"context"
	"time"
)

// Run keeps the cache current until ctx ends: it sends the outbox, pulls
// every client, and then waits for a signal from the live stream, a kick
// or the periodic interval. While the server is unreachable it backs off.
func (s *Syncer) Run(ctx context.Context, interval time.Duration) {
	go s.listen(ctx)
	back := Backoff{Base: time.Second, Max: 2 * time.Minute}
	for {
		wait := interval
		if err := s.round(ctx); err != nil {
			s.log.Info("sync round failed", "err", err)
			wait = back.Next()
		} else {
			back.Reset()
		}

		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-s.kick:
			t.Stop()
		case <-t.C:
		}
	}
}

// round sends the outbox first, so the pull brings back what was sent.
func (s *Syncer) round(ctx context.Context) error {
	if err := s.Flush(ctx); err != nil {
		return err
	}
	return s.PullAll(ctx)
}

// listen follows the live stream and kicks a pull on every signal,
// reconnecting with backoff.
func (s *Syncer) listen(ctx context.Context) {
	back := Backoff{Base: time.Second, Max: 2 * time.Minute}
	for ctx.Err() == nil {
		start := time.Now()
		err := s.remote.Stream(ctx, func(string) { s.Kick() })
		if ctx.Err() != nil {
			return
		}
		if time.Since(start) > time.Minute {
			back.Reset()
		}
		s.log.Debug("live stream closed", "err", err)

		t := time.NewTimer(back.Next())
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}
