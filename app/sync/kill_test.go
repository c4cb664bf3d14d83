package syncer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/app/sync/synctest"
)

// Environment of the child process in the kill test.
const (
	envChild   = "KRING_OUTBOX_CHILD"
	envCache   = "KRING_OUTBOX_CACHE"
	envKey     = "KRING_OUTBOX_KEY"
	envServer  = "KRING_OUTBOX_SERVER"
	envSession = "KRING_OUTBOX_SESSION"
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
	fillOutbox(t, path, key, srv.URL, items, func(i int) remote.Write {
		return remote.Write{Method: "POST", Path: "/clients/c1/messages",
			Body: json.RawMessage(fmt.Sprintf(`{"n":%d}`, i))}
	})
	sent := func() int { return len(srv.Writes()) }
	killAndRestart(t, rounds, items, 40*time.Millisecond, sent, path, key, srv.URL, "")
	checkWrites(t, srv.Writes(), items)
}

// killAndRestart runs the child sender rounds times, killing it after a
// short random delay, then lets it finish.
func killAndRestart(t *testing.T, rounds, items int, maxDelay time.Duration, sent func() int,
	path, key, url, session string) {
	t.Helper()
	kills, midFlush := 0, 0
	for i := 0; i < rounds; i++ {
		before := sent()
		cmd := child(path, key, url, session)
		ready, err := startChild(cmd)
		if err != nil {
			t.Fatal(err)
		}
		// Kill at a random moment after the child began to flush, however
		// long the machine took to start it.
		select {
		case <-ready:
		case <-time.After(20 * time.Second):
			t.Fatal("child did not start")
		}
		time.Sleep(rand.N(maxDelay))
		if cmd.Process.Kill() == nil {
			kills++
		}
		_ = cmd.Wait()
		if after := sent(); after > before && after < items {
			midFlush++
		}
	}
	beforeFinal := sent()
	if beforeFinal == 0 || beforeFinal == items {
		t.Logf("kills fell outside the flush: %d of %d sent before the final run", beforeFinal, items)
	}
	if out, err := child(path, key, url, session).CombinedOutput(); err != nil {
		t.Fatalf("final run failed: %v\n%s", err, out)
	}
	t.Logf("%d kills, %d during a flush, %d of %d sent before the final run",
		kills, midFlush, beforeFinal, items)
}

func fillOutbox(t *testing.T, path, key, url string, n int, write func(int) remote.Write) {
	t.Helper()
	k, _ := cache.ParseKey(key)
	c, err := cache.Open(path, k, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s := New(remote.New(url), c, nil)
	for i := 0; i < n; i++ {
		if _, err := s.Enqueue(context.Background(), "c1", "write", "", write(i)); err != nil {
			t.Fatal(err)
		}
	}
}

func child(path, key, url, session string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestOutboxChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envChild+"=1", envCache+"="+path, envKey+"="+key,
		envServer+"="+url, envSession+"="+session)
	return cmd
}

// readyLine is what the child prints once its cache is open, just before
// it starts to flush.
const readyLine = "kring-outbox-child-ready"

// startChild starts the child and returns a channel closed when it is
// about to flush.
func startChild(cmd *exec.Cmd) (<-chan struct{}, error) {
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		signalled := false
		for sc.Scan() {
			if !signalled && strings.Contains(sc.Text(), readyLine) {
				close(ready)
				signalled = true
			}
		}
		if !signalled {
			close(ready)
		}
	}()
	return ready, nil
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
	fmt.Println(readyLine)
	r := remote.New(os.Getenv(envServer))
	r.SetSession(os.Getenv(envSession))
	s := New(r, c, nil)
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
