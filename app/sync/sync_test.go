package syncer

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kring/app/cache"
	"kring/app/remote"
	"kring/app/sync/synctest"
	"kring/backend/api"
)

type fixture struct {
	srv   *synctest.Server
	cache *cache.Cache
	sync  *Syncer
	path  string
}

func newFixture(t *testing.T, path string) *fixture {
	t.Helper()
	srv := synctest.New(t)
	key, _ := cache.ParseKey(cache.NewKey())
	c, err := cache.Open(path, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	s := New(remote.New(srv.URL), c, nil)
	s.SetClients([]string{"c1"})
	return &fixture{srv: srv, cache: c, sync: s, path: path}
}

func (f *fixture) count(t *testing.T, entity string) int {
	t.Helper()
	n, err := f.cache.Count(context.Background(), "c1", entity)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPullAppliesChangesTombstonesAndPurges(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, cache.Memory)
	f.srv.PageSize = 3
	for i, id := range []string{"r1", "r2", "r3", "r4", "r5"} {
		f.srv.Put("c1", api.SectionDossier, "report", id, map[string]any{
			"id": id, "writtenAt": time.Date(2026, 1, i+1, 9, 0, 0, 0, time.UTC).Format(time.RFC3339),
			"text": "rapport " + id})
	}
	f.srv.Put("c1", api.SectionMessages, "message", "m1", map[string]any{
		"id": "m1", "conversationId": "conv1", "text": "hallo"})

	steps := []struct {
		name    string
		act     func()
		entity  string
		want    int
		wantAll map[string]int
	}{
		{name: "paged first pull", act: func() {}, wantAll: map[string]int{"report": 5, "message": 1}},
		{name: "tombstone", act: func() { f.srv.Remove("c1", api.SectionDossier, "report", "r2") },
			wantAll: map[string]int{"report": 4, "message": 1}},
		{name: "withdrawn right", act: func() { f.srv.Withdraw("c1", api.SectionMessages) },
			wantAll: map[string]int{"report": 4, "message": 0}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.act()
			if err := f.sync.Pull(ctx, "c1"); err != nil {
				t.Fatal(err)
			}
			for entity, n := range st.wantAll {
				if got := f.count(t, entity); got != n {
					t.Errorf("%s: %d, want %d", entity, got, n)
				}
			}
		})
	}

	list, err := f.cache.List(ctx, cache.Query{ClientID: "c1", Entity: "report", Newest: true})
	if err != nil || len(list) == 0 || list[0].ID != "r5" {
		t.Fatalf("newest report first: %+v %v", list, err)
	}
	if f.sync.LastSync(ctx, "c1") == "" {
		t.Errorf("no last-sync time after a pull")
	}
}

func TestCacheFileHoldsNoContent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cache.db")
	f := newFixture(t, path)
	secrets := map[string]func(string){
		"Mevrouw sliep onrustig na de verhuizing": func(s string) {
			f.srv.Put("c1", api.SectionDossier, "report", "r1", map[string]any{
				"id": "r1", "writtenAt": "2026-11-30T08:00:00+01:00", "text": s})
		},
		"Hendrika Jansen-Bosch": func(s string) {
			f.srv.Put("c1", api.SectionDetails, "contact", "k1", map[string]any{
				"id": "k1", "name": s, "phone": "+31611223344"})
		},
		"Tandarts controle Oosterpark": func(s string) {
			f.srv.Put("c1", api.SectionAppointments, "appointment", "a1", map[string]any{
				"id": "a1", "start": "2026-12-04T10:00:00+01:00", "title": s})
		},
	}
	i := 0
	for phrase, put := range secrets {
		put(phrase)
		if err := f.sync.Pull(ctx, "c1"); err != nil {
			t.Fatal(err)
		}
		// The first record is checkpointed into the file; the later ones
		// stay in the write-ahead log, so both files are checked.
		if i == 0 {
			if err := f.cache.Checkpoint(ctx); err != nil {
				t.Fatal(err)
			}
		}
		i++
	}

	files := map[string][]byte{}
	for _, name := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		files[name] = b
	}
	if len(files[path+"-wal"]) == 0 {
		t.Fatalf("the write-ahead log is empty; the test would prove nothing about it")
	}
	for name, b := range files {
		for phrase := range secrets {
			for _, form := range [][]byte{[]byte(phrase), utf16(phrase)} {
				if bytes.Contains(b, form) {
					t.Errorf("%s holds %q in clear", filepath.Base(name), phrase)
				}
			}
		}
	}

	got, err := f.cache.Get(ctx, "c1", "report", "r1")
	if err != nil || !bytes.Contains(got.Data, []byte("onrustig")) {
		t.Fatalf("the report did not come back decrypted: %v", err)
	}
}

func utf16(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestOutboxSendsInOrderOnceBackOnline(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, cache.Memory)
	f.srv.SetDown(true)

	conv, err := f.sync.Enqueue(ctx, "c1", "conversation", "", remote.Write{Method: "POST",
		Path: "/clients/c1/conversations", Body: json.RawMessage(`{"title":"Bezoek"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.sync.Enqueue(ctx, "c1", "message", conv, remote.Write{Method: "POST",
		Path: "/clients/c1/conversations/{dep}/messages", Body: json.RawMessage(`{"text":"Zondag?"}`)}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.sync.Enqueue(ctx, "c1", "post", "", remote.Write{Method: "POST",
		Path: "/clients/c1/posts", Body: json.RawMessage(`{"text":"Mooie dag"}`),
		Photo: []byte("\x89PNG fake"), PhotoType: "image/png"}); err != nil {
		t.Fatal(err)
	}

	if err := f.sync.Flush(ctx); err == nil {
		t.Fatalf("flush against a server that is down succeeded")
	}
	if len(f.srv.Writes()) != 0 {
		t.Fatalf("writes reached a server that was down")
	}
	f.srv.SetDown(false)
	for i := 0; i < 2; i++ {
		if err := f.sync.Flush(ctx); err != nil {
			t.Fatal(err)
		}
	}

	w := f.srv.Writes()
	want := []string{"/clients/c1/conversations", "/clients/c1/conversations/srv-1/messages",
		"/clients/c1/posts"}
	if len(w) != len(want) {
		t.Fatalf("%d writes, want %d: %+v", len(w), len(want), w)
	}
	for i, p := range want {
		if w[i].Path != p {
			t.Errorf("write %d went to %s, want %s", i, w[i].Path, p)
		}
	}
}

func TestRefusedItemBlocksOnlyItsDependents(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, cache.Memory)
	f.srv.Refuse("/conversations", api.CodeForbidden)

	conv, _ := f.sync.Enqueue(ctx, "c1", "conversation", "", remote.Write{Method: "POST",
		Path: "/clients/c1/conversations", Body: json.RawMessage(`{}`)})
	reply, _ := f.sync.Enqueue(ctx, "c1", "message", conv, remote.Write{Method: "POST",
		Path: "/clients/c1/conversations/{dep}/messages", Body: json.RawMessage(`{}`)})
	post, _ := f.sync.Enqueue(ctx, "c1", "post", "", remote.Write{Method: "POST",
		Path: "/clients/c1/posts", Body: json.RawMessage(`{}`)})

	if err := f.sync.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	states := map[string]string{}
	items, _ := f.cache.Items(ctx)
	for _, it := range items {
		states[it.ID] = it.State + "/" + it.ErrorCode
	}
	if states[conv] != "failed/forbidden" {
		t.Errorf("conversation: %s, want failed/forbidden", states[conv])
	}
	if states[reply] != "pending/" {
		t.Errorf("reply: %s, want pending (blocked)", states[reply])
	}
	if _, ok := states[post]; ok {
		t.Errorf("the independent post was not sent and pruned: %s", states[post])
	}
	if n := len(f.srv.Writes()); n != 1 {
		t.Errorf("%d writes reached the server, want 1 (the post)", n)
	}
}

func TestLiveStreamTriggersPull(t *testing.T) {
	f := newFixture(t, cache.Memory)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	arrived := make(chan string, 8)
	f.sync.OnChange(func(id string) { arrived <- id })
	go f.sync.Run(ctx, time.Hour)

	// The first round pulls nothing; wait until the stream is connected by
	// putting records until one arrives through a signal.
	deadline := time.After(10 * time.Second)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case id := <-arrived:
			if id != "c1" || f.count(t, "report") == 0 {
				t.Fatalf("signal for %s without the record", id)
			}
			return
		case <-tick.C:
			f.srv.Put("c1", api.SectionDossier, "report", "r1", map[string]any{"id": "r1", "n": i})
		case <-deadline:
			t.Fatal("no pull after a live signal")
		}
	}
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	b := Backoff{Base: time.Second, Max: 30 * time.Second}
	var last time.Duration
	for i := 0; i < 40; i++ {
		d := b.Next()
		if d > 30*time.Second || d < 500*time.Millisecond {
			t.Fatalf("attempt %d waits %v, outside [0.5s, 30s]", i, d)
		}
		last = d
	}
	if last < 15*time.Second {
		t.Errorf("after 40 attempts the wait is %v; it should have reached the cap's half", last)
	}
	b.Reset()
	if d := b.Next(); d > time.Second {
		t.Errorf("after reset the wait is %v", d)
	}
}

func TestRefusalsThatMayPassLaterKeepTheItem(t *testing.T) {
	cases := []struct {
		name    string
		code    api.Code
		current any
		want    string
	}{
		{"key in progress", api.CodeConflict, nil, cache.StatePending},
		{"version conflict", api.CodeConflict, map[string]int{"version": 3}, cache.StateFailed},
		{"throttled", api.CodeRateLimited, nil, cache.StatePending},
		{"session expired", api.CodeUnauthorized, nil, cache.StatePending},
		{"no right", api.CodeForbidden, nil, cache.StateFailed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			f := newFixture(t, cache.Memory)
			f.srv.RefuseWith("/appointments/a1", tc.code, tc.current)
			id, _ := f.sync.Enqueue(ctx, "c1", "appointment.edit", "", remote.Write{Method: "PUT",
				Path: "/clients/c1/appointments/a1", Body: json.RawMessage(`{"version":2}`)})
			_ = f.sync.Flush(ctx)
			it, err := f.cache.Item(ctx, id)
			if err != nil || it.State != tc.want {
				t.Fatalf("state %q (err %v), want %q", it.State, err, tc.want)
			}
			if tc.current != nil && len(it.Detail) == 0 {
				t.Fatalf("the server's version was not kept with the refused item")
			}
		})
	}
}
