package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"kring/app/cache"
	"kring/app/secrets"
	syncer "kring/app/sync"
	"kring/backend/api"
)

// fiveYears fills a cache file with a five-year dossier of one client:
// 5,500 reports, 600 appointments, 2,000 messages in 100 conversations and
// 300 posts.
func fiveYears(b *testing.B, dir string, kr *fakeKeyring) {
	b.Helper()
	c := newCore(Config{DataDir: dir, ServerURL: "http://127.0.0.1:1"},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	c.secrets = secrets.OpenWith(kr, time.Second)
	c.openLocal()
	defer c.stop()
	l := c.store()

	// The dossier ends today, so the start screen has coming appointments
	// and unread messages to show.
	start := time.Now().UTC().AddDate(-5, 0, 0)
	text := strings.Repeat("Mevrouw heeft goed gegeten en is met de fysiotherapeut gaan lopen. ", 8)
	var recs []cache.Record
	add := func(section, entity, id string, v map[string]any) {
		v["id"] = id
		data, _ := json.Marshal(v)
		recs = append(recs, syncer.RecordOf("c1", section, entity, id, data))
	}
	for i := 0; i < 5500; i++ {
		add("dossier", "report", fmt.Sprintf("r%05d", i), map[string]any{
			"writtenAt": start.Add(time.Duration(i) * 8 * time.Hour).Format(time.RFC3339),
			"text":      text, "authorName": "Zuster Ineke"})
	}
	for i := 0; i < 600; i++ {
		s := start.Add(time.Duration(i)*73*time.Hour + 14*24*time.Hour)
		add("appointments", "appointment", fmt.Sprintf("a%04d", i), map[string]any{
			"title": "Bezoek", "start": s.Format(time.RFC3339),
			"end": s.Add(time.Hour).Format(time.RFC3339), "version": 1})
	}
	for i := 0; i < 100; i++ {
		add("messages", "conversation", fmt.Sprintf("cv%03d", i), map[string]any{
			"title": "Gesprek", "unread": 3, "updatedAt": time.Now().UTC().Format(time.RFC3339)})
	}
	for i := 0; i < 2000; i++ {
		add("messages", "message", fmt.Sprintf("m%04d", i), map[string]any{
			"conversationId": fmt.Sprintf("cv%03d", i%100), "authorId": "u-piet",
			"text": "Tot zondag!", "createdAt": start.Add(time.Duration(i) * (43800 * time.Hour / 2000)).Format(time.RFC3339)})
	}
	for i := 0; i < 300; i++ {
		add("details", "post", fmt.Sprintf("p%03d", i), map[string]any{
			"text": "Mooie dag", "createdAt": start.Add(time.Duration(i) * 140 * time.Hour).Format(time.RFC3339)})
	}
	if err := l.cache.Apply(context.Background(), cache.Batch{ClientID: "c1", Cursor: 1,
		SyncedAt: time.Now().Format(time.RFC3339), Put: recs}); err != nil {
		b.Fatal(err)
	}
	c.keepMe(api.Me{User: api.User{ID: "u-anna"}, Clients: []api.ClientCard{allRights("c1", false)}})
}

// BenchmarkColdStart measures the Go side of a start from the cache with
// the server unreachable: open the cache (migration check included), load
// the cached portals, and build the start screen and the first page of
// reports.
func BenchmarkColdStart(b *testing.B) {
	dir := b.TempDir()
	kr := newFakeKeyring()
	fiveYears(b, dir, kr)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))

	b.ResetTimer()
	for b.Loop() {
		c := newCore(Config{DataDir: dir, ServerURL: "http://127.0.0.1:1"}, log)
		c.secrets = secrets.OpenWith(kr, time.Second)
		c.openLocal()
		c.resumeOffline()
		home, err := (&PortalService{core: c}).Home(ClientInput{ClientID: "c1"})
		if err != nil || home.UnreadMessages == 0 {
			b.Fatalf("home: %+v %v", home, err)
		}
		page, err := (&DossierService{core: c}).Reports(ReportsInput{ClientID: "c1"})
		if err != nil || len(page.Reports) != defaultPage {
			b.Fatalf("reports: %v", err)
		}
		c.stop()
	}
}

// BenchmarkSearchIndex measures building the report index after sign-in
// and one search over 5,500 cached reports.
func BenchmarkSearchIndex(b *testing.B) {
	dir := b.TempDir()
	kr := newFakeKeyring()
	fiveYears(b, dir, kr)
	c := newCore(Config{DataDir: dir}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	c.secrets = secrets.OpenWith(kr, time.Second)
	c.openLocal()
	defer c.stop()
	c.resumeOffline()
	s := &SearchService{core: c}

	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			if _, err := c.rebuildIndex(c.store(), "c1"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("query", func(b *testing.B) {
		for b.Loop() {
			hits, err := s.Reports(SearchInput{ClientID: "c1", Query: "fysio"})
			if err != nil || len(hits) == 0 {
				b.Fatal(err)
			}
		}
	})
}
