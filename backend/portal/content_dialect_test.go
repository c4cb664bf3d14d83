package portal_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// TestDossierAndBoardOnEveryDialect runs the report pages, the care plan
// and the board's delete rules on each dialect this run has.
func TestDossierAndBoardOnEveryDialect(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newEnv(t, d)
			ctx := context.Background()
			by := portal.Actor{UserID: e.user, DeviceID: "dev-1"}
			base := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
			for i := 0; i < 7; i++ {
				at := store.Time(base.Add(time.Duration(i/2) * time.Hour)) // pairs share a time
				e.exec(t, `INSERT INTO reports (id, client_id, written_at, text, updated_at)
					VALUES (?, ?, ?, 'tekst', ?)`, fmt.Sprintf("r%d", i), e.client, at, at)
			}

			var got []string
			q := portal.ReportQuery{Limit: 3}
			for {
				page, err := e.p.Reports(ctx, by, e.client, q)
				if err != nil {
					t.Fatalf("reports: %v", err)
				}
				for _, r := range page.Reports {
					got = append(got, r.ID)
				}
				if page.Next == "" {
					break
				}
				q.Before = page.Next
			}
			if fmt.Sprint(got) != "[r6 r5 r4 r3 r2 r1 r0]" {
				t.Fatalf("reports newest first, ties by id: %v", got)
			}

			e.exec(t, `INSERT INTO goals (id, client_id, title, updated_at) VALUES ('g1', ?, 'Doel', '')`, e.client)
			plan, err := e.p.CarePlan(ctx, by, e.client)
			if err != nil || len(plan.Goals) != 1 || plan.Goals[0].Evaluations == nil {
				t.Fatalf("care plan: %+v, %v", plan, err)
			}

			other := e.addUser(t, "bert", api.SectionDetails)
			post, err := e.p.CreatePost(ctx, other, e.client, api.PostInput{Text: "Hallo"}, nil)
			if err != nil {
				t.Fatalf("post: %v", err)
			}
			if _, err := e.p.CreatePost(ctx, e.user, e.client, api.PostInput{Text: "Hoi", ParentID: post.ID}, nil); err != nil {
				t.Fatalf("reply: %v", err)
			}
			if err := e.p.DeletePost(ctx, e.user, e.client, post.ID); err == nil {
				t.Fatal("a contact who is not the author nor administrator removed a post")
			}
			e.exec(t, `UPDATE contacts SET admin = TRUE WHERE user_id = ?`, e.user)
			if err := e.p.DeletePost(ctx, e.user, e.client, post.ID); err != nil {
				t.Fatalf("administrator removes: %v", err)
			}
			if list, _ := e.p.Posts(ctx, other, e.client); len(list.Posts) != 0 {
				t.Fatalf("board after removal: %+v", list.Posts)
			}
		})
	}
}
