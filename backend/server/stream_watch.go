package server

import (
	"context"
	"fmt"
	"time"
)

// watchEvery is how often open streams look at the change counters, to
// catch what no in-process notice announced: writes by another server
// process on the same PostgreSQL, and rights flips. PostgreSQL
// LISTEN/NOTIFY would make those immediate; a poll of one small table is
// enough for now.
const watchEvery = time.Second

// watch runs while streams are open and publishes every client whose
// change counter moved. It closes ready after its first reading.
func (s *Server) watch(ctx context.Context, ready chan<- struct{}) {
	last, err := s.counters(ctx)
	close(ready)
	if err != nil {
		s.log.Warn("stream watch", "err", err)
	}
	t := time.NewTicker(watchEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now, err := s.counters(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("stream watch", "err", err)
			}
			continue
		}
		for id, seq := range now {
			if last != nil && last[id] != seq {
				s.stream.publish(id)
			}
		}
		last = now
	}
}

// counters reads every client's newest change number.
func (s *Server) counters(ctx context.Context) (map[string]int64, error) {
	rows, err := s.db.Query(ctx, `SELECT client_id, seq FROM client_seq`)
	if err != nil {
		return nil, fmt.Errorf("read change counters: %w", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id string
		var seq int64
		if err := rows.Scan(&id, &seq); err != nil {
			return nil, fmt.Errorf("scan change counter: %w", err)
		}
		out[id] = seq
	}
	return out, rows.Err()
}
