package syncer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/backend/api"
	"kring/backend/server/servertest"
)

// TestOutboxSurvivesKillAgainstRealServer is the kill test against the
// real portal server over loopback: board posts sent by a child process
// that is killed mid-flush must each appear once, in the order queued.
func TestOutboxSurvivesKillAgainstRealServer(t *testing.T) {
	realKillRounds(t, 20, 150)
}

func realKillRounds(t *testing.T, rounds, items int) {
	if os.Getenv(envChild) != "" {
		t.Skip("running as the child")
	}
	e := servertest.New(t)
	e.SeedDemo(t)
	session, _ := e.SignIn(t, "anna.devries", "Kring-demo-2026", "+31612345678")
	client := detailsClient(t, e, session)

	path := filepath.Join(t.TempDir(), "cache.db")
	key := cache.NewKey()
	fillOutbox(t, path, key, e.URL, items, func(i int) remote.Write {
		body, _ := json.Marshal(api.PostInput{Text: fmt.Sprintf("kill-test %03d", i)})
		return remote.Write{Method: "POST", Path: "/clients/" + client + "/posts", Body: body}
	})

	sent := func() int { return len(killTestPosts(t, e, session, client)) }
	killAndRestart(t, rounds, items, 12*time.Millisecond, sent, path, key, e.URL, session)

	got := killTestPosts(t, e, session, client)
	if len(got) != items {
		t.Fatalf("server holds %d posts, want %d", len(got), items)
	}
	for i, text := range got {
		if want := fmt.Sprintf("kill-test %03d", i); text != want {
			t.Fatalf("post %d is %q, want %q (lost, doubled or out of order)", i, text, want)
		}
	}
}

func detailsClient(t *testing.T, e *servertest.Env, session string) string {
	t.Helper()
	var me api.Me
	if _, err := e.Do(t, "GET", "/me", session, nil, &me); err != nil {
		t.Fatal(err)
	}
	for _, cl := range me.Clients {
		for _, r := range cl.Rights {
			if r == api.SectionDetails {
				return cl.ID
			}
		}
	}
	t.Fatal("no portal with the details right")
	return ""
}

// killTestPosts lists the test's posts in the order the server recorded
// them: the change feed is ordered by the change sequence.
func killTestPosts(t *testing.T, e *servertest.Env, session, client string) []string {
	t.Helper()
	var texts []string
	for since, more := int64(0), true; more; {
		var set api.ChangeSet
		if _, err := e.Do(t, "GET", fmt.Sprintf("/clients/%s/changes?since=%d", client, since),
			session, nil, &set); err != nil {
			t.Fatal(err)
		}
		for _, ch := range set.Changes {
			var p api.Post
			if ch.Entity == "post" && json.Unmarshal(ch.Data, &p) == nil &&
				strings.HasPrefix(p.Text, "kill-test") {
				texts = append(texts, p.Text)
			}
		}
		since, more = set.Cursor, set.More
	}
	return texts
}
