package syncer

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/app/sync/synctest"
)

// Environment of the child process in the kill test.
const (
	envChild  = "KRING_OUTBOX_CHILD"
	envCache  = "KRING_OUTBOX_CACHE"
	envKey    = "KRING_OUTBOX_KEY"
	envServer = "KRING_OUTBOX_SERVER"
)

// TestOutboxSurvivesKill sends an outbox from a child process that is
// killed with SIGKILL at random moments, restarted each time, and finally
// allowed to finish: the server must hold every item once, in order.
func TestOutboxSurvivesKill(t *testing.T) {
	outboxKillRounds(t, 20, 60)
}

func outboxKillRounds(t *testing.T, rounds, items int) {
	if os.Getenv(envChild) != "" {
		t.Skip("running as the child")
	}
	srv := synctest.New(t)
	srv.Slow = 20 * time.Millisecond
	path := filepath.Join(t.TempDir(), "cache.db")
	key := cache.NewKey()
	fillOutbox(t, path, key, srv.URL, items)

	kills, midFlush := 0, 0
	for i := 0; i < rounds; i++ {
		before := len(srv.Writes())
		cmd := child(path, key, srv.URL)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.N(60)+5) * time.Millisecond)
		if cmd.Process.Kill() == nil {
			kills++
		}
		_ = cmd.Wait()
		if after := len(srv.Writes()); after > before && after < items {
			midFlush++
		}
	}
	beforeFinal := len(srv.Writes())
	if beforeFinal == 0 || beforeFinal == items {
		t.Logf("kills fell outside the flush: %d of %d sent before the final run", beforeFinal, items)
	}
	if out, err := child(path, key, srv.URL).CombinedOutput(); err != nil {
		t.Fatalf("final run failed: %v\n%s", err, out)
	}

	checkWrites(t, srv.Writes(), items)
	t.Logf("%d kills, %d during a flush, %d of %d sent before the final run",
		kills, midFlush, beforeFinal, items)
}

func fillOutbox(t *testing.T, path, key, url string, n int) {
	t.Helper()
	k, _ := cache.ParseKey(key)
	c, err := cache.Open(path, k, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s := New(remote.New(url), c, nil)
	for i := 0; i < n; i++ {
		body := json.RawMessage(fmt.Sprintf(`{"n":%d}`, i))
		if _, err := s.Enqueue(context.Background(), "c1", "message", "", remote.Write{
			Method: "POST", Path: "/clients/c1/messages", Body: body}); err != nil {
			t.Fatal(err)
		}
	}
}

func child(path, key, url string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestOutboxChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envChild+"=1", envCache+"="+path, envKey+"="+key,
		envServer+"="+url)
	return cmd
}

// checkWrites asserts every item arrived once and in the order queued.
func checkWrites(t *testing.T, writes []synctest.Write, n int) {
	t.Helper()
	if len(writes) != n {
		t.Fatalf("server applied %d writes, want %d", len(writes), n)
	}
	for i, w := range writes {
		var body struct{ N int }
		if err := json.Unmarshal(w.Body, &body); err != nil || body.N != i {
			t.Fatalf("write %d carries item %s, want %d", i, w.Body, i)
		}
	}
}

// TestOutboxChild is the child process of the kill test.
func TestOutboxChild(t *testing.T) {
	if os.Getenv(envChild) == "" {
		t.Skip("only runs as the kill test's child")
	}
	k, _ := cache.ParseKey(os.Getenv(envKey))
	c, err := cache.Open(os.Getenv(envCache), k, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s := New(remote.New(os.Getenv(envServer)), c, nil)
	for attempt := 0; attempt < 50; attempt++ {
		if err := s.Flush(context.Background()); err == nil {
			left, _ := c.Items(context.Background(), cache.StatePending)
			if len(left) == 0 {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("outbox did not empty: " + strconv.Itoa(50) + " attempts")
}
