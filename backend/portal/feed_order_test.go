package portal_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"kring/backend/api"
	"kring/backend/store/storetest"
)

// TestChangeNumbersNeverCommitOutOfOrder writes from many goroutines while
// readers poll the feed with their cursor. A number committed after a
// reader's cursor passed it would never reach that reader; every reader
// must end up with every number.
func TestChangeNumbersNeverCommitOutOfOrder(t *testing.T) {
	const writers, writes, readers = 8, 25, 3
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newFeedEnv(t, d, api.SectionDossier)
			start := e.changes(0, 10).Cursor

			var done atomic.Bool
			seen := make([]map[int64]bool, readers)
			var rg sync.WaitGroup
			for r := range readers {
				seen[r] = map[int64]bool{}
				rg.Add(1)
				go func() {
					defer rg.Done()
					poll(t, e, start, seen[r], &done)
				}()
			}

			var wg sync.WaitGroup
			for w := range writers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range writes {
						e.write(api.SectionDossier, fmt.Sprintf("w%d-%d", w, i), "tekst", false)
					}
				}()
			}
			wg.Wait()
			done.Store(true)
			rg.Wait()

			all := e.changes(start, 10000)
			if len(all.Changes) != writers*writes {
				t.Fatalf("%d changes recorded, want %d", len(all.Changes), writers*writes)
			}
			for r := range readers {
				for _, c := range all.Changes {
					if !seen[r][c.Seq] {
						t.Fatalf("reader %d never saw change %d", r, c.Seq)
					}
				}
			}
		})
	}
}

// poll follows the feed until the writers are done and it has caught up.
func poll(t *testing.T, e *feedEnv, since int64, seen map[int64]bool, done *atomic.Bool) {
	for {
		finished := done.Load()
		set, err := e.p.Changes(context.Background(), e.viewer, e.client, since, 10000)
		if err != nil {
			t.Errorf("poll: %v", err)
			return
		}
		for _, c := range set.Changes {
			seen[c.Seq] = true
		}
		since = set.Cursor
		if finished && !set.More {
			return
		}
	}
}
