package server

import (
	"context"
	"fmt"
	"time"

	"kring/backend/portal"
)

// watchEvery is how often open streams look at the change counters, to
// catch what no notice announced: rights flips (counted by triggers) and,
// on SQLite, writes of another process such as the import command. Every
// change recorded through portal.RecordChange arrives at once through
// store.Listen: from this process on SQLite, from every process on
// PostgreSQL (see listen).
const watchEvery = time.Second

// watch runs while streams are open and publishes every client whose
// change counter moved. It closes ready after its first reading.
func (s *Server) watch(ctx context.Context, ready chan<- struct{}) {
	go s.listen(ctx)
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

// listen publishes the changes every server process records, as
// PostgreSQL delivers them at commit, until ctx ends; a lost connection
// is opened again after a pause, the poll covering the gap.
func (s *Server) listen(ctx context.Context) {
	for {
		err := s.db.Listen(ctx, portal.ChangeChannel, s.stream.publish)
		if ctx.Err() != nil {
			return
		}
		s.log.Warn("listen for changes", "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(watchEvery):
		}
	}
}
