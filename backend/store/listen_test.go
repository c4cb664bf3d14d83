package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

// TestListenHearsCommittedNotices checks that a notice reaches a listener
// when its transaction commits and never when it rolls back.
func TestListenHearsCommittedNotices(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			db := storetest.Open(t, d)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			heard := make(chan string, 4)
			done := make(chan error, 1)
			go func() { done <- db.Listen(ctx, "kring_test", func(p string) { heard <- p }) }()
			time.Sleep(200 * time.Millisecond) // let LISTEN take effect

			notify := func(payload string, commit bool) {
				err := db.InTx(ctx, func(tx *store.Tx) error {
					if err := tx.Notify(ctx, "kring_test", payload); err != nil {
						return err
					}
					if !commit {
						return errors.New("roll back")
					}
					return nil
				})
				if commit && err != nil {
					t.Fatalf("notify: %v", err)
				}
			}
			notify("rolled-back", false)
			notify("client-1", true)
			select {
			case p := <-heard:
				if p != "client-1" {
					t.Fatalf("heard %q first, want client-1", p)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("no notice within 5 s")
			}

			cancel()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("listen ended with %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("listen did not end with its context")
			}
		})
	}
}
