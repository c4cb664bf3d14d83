package app

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"kring/app/sync/synctest"
	"kring/backend/api"
)

// contentApp is a signed-in app on the stand-in sync server with a small
// portal cached.
func contentApp(t *testing.T) (*App, *synctest.Server) {
	t.Helper()
	srv := synctest.New(t)
	a := newTestApp(t, srv.URL, newFakeKeyring(), Config{DataDir: t.TempDir()})
	signInAs(a, "u-anna", allRights("c1", true))

	put := func(s api.Section, entity, id string, data map[string]any) {
		data["id"] = id
		srv.Put("c1", s, entity, id, data)
	}
	for i, text := range []string{"Mevrouw sliep goed.", "Gesprek met de cliënten over eten.",
		"Fysiotherapie gestart."} {
		put(api.SectionDossier, "report", "r"+string(rune('1'+i)), map[string]any{
			"writtenAt": time.Date(2026, 11, 28+i, 9, 0, 0, 0, time.UTC).Format(time.RFC3339),
			"text":      text, "authorName": "Zuster Ineke"})
	}
	put(api.SectionDossier, "goal", "g1", map[string]any{"title": "Veilig lopen",
		"careQuestion": "Mevrouw valt vaak", "position": 1,
		"actions": []map[string]any{{"id": "ga1", "text": "Rollator oefenen"}}})
	put(api.SectionDossier, "document", "d1", map[string]any{"title": "Afsprakenblad",
		"writtenAt": "2026-10-01T10:00:00+02:00", "content": "Bezoek na 10 uur."})
	put(api.SectionAppointments, "appointment", "a1", map[string]any{
		"title": "Wandelen", "start": "2026-03-19T10:00:00+01:00", "end": "2026-03-19T11:00:00+01:00",
		"source": "portal", "version": 1,
		"repeat": map[string]any{"frequency": "weekly", "until": "2026-04-10"}})
	put(api.SectionMessages, "conversation", "cv1", map[string]any{"title": "Kerst",
		"members":   []map[string]any{{"userId": "u-anna", "name": "Anna"}, {"userId": "u-piet", "name": "Pieter"}},
		"updatedAt": "2026-12-01T09:00:00Z", "unread": 1})
	put(api.SectionMessages, "message", "m1", map[string]any{"conversationId": "cv1",
		"authorId": "u-piet", "authorName": "Pieter", "text": "Wie komt er?",
		"createdAt": "2026-12-01T09:00:00Z"})
	put(api.SectionDetails, "clientDetails", "c1", map[string]any{"name": "Maria de Vries",
		"birthDate": "1938-04-02"})
	srv.PutThumbnail("ph1", []byte("\xff\xd8thumb"))
	put(api.SectionDetails, "post", "p1", map[string]any{"authorId": "u-piet", "text": "Mooie dag",
		"createdAt": "2026-12-02T10:00:00Z", "photo": map[string]any{"id": "ph1", "width": 4, "height": 3}})
	put(api.SectionDetails, "post", "p2", map[string]any{"authorId": "u-anna", "parentId": "p1",
		"text": "Zeker!", "createdAt": "2026-12-02T11:00:00Z"})

	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	return a, srv
}

func TestServicesReadTheCache(t *testing.T) {
	a, _ := contentApp(t)
	in := ClientInput{ClientID: "c1"}

	page, err := a.Dossier.Reports(ReportsInput{ClientID: "c1", Limit: 2})
	if err != nil || len(page.Reports) != 2 || !page.More || page.Reports[0].ID != "r3" {
		t.Fatalf("reports page %+v, %v", page, err)
	}
	next, err := a.Dossier.Reports(ReportsInput{ClientID: "c1", Limit: 2,
		Before: page.Reports[1].WrittenAt})
	if err != nil || len(next.Reports) != 1 || next.Reports[0].ID != "r1" || next.More {
		t.Fatalf("second page %+v, %v", next, err)
	}
	view, err := a.Dossier.Report(RecordRef{ClientID: "c1", ID: "r2"})
	if err != nil || view.PrevID != "r1" || view.NextID != "r3" {
		t.Fatalf("report r2: prev %q next %q (%v)", view.PrevID, view.NextID, err)
	}
	plan, err := a.Dossier.CarePlan(in)
	if err != nil || len(plan.Goals) != 1 || len(plan.Goals[0].Actions) != 1 {
		t.Fatalf("care plan %+v, %v", plan, err)
	}

	conv, err := a.Messages.Conversations(in)
	if err != nil || len(conv) != 1 || conv[0].Unread != 1 || conv[0].LastText != "Wie komt er?" {
		t.Fatalf("conversations %+v, %v", conv, err)
	}
	board, err := a.Details.Board(in)
	if err != nil || len(board.Posts) != 1 || len(board.Posts[0].Replies) != 1 {
		t.Fatalf("board %+v, %v", board, err)
	}
	want := "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString([]byte("\xff\xd8thumb"))
	if board.Posts[0].Thumbnail != want || !board.Posts[0].Replies[0].Mine {
		t.Fatalf("post thumbnail %q, reply mine %v", board.Posts[0].Thumbnail, board.Posts[0].Replies[0].Mine)
	}

	hits, err := a.Search.Reports(SearchInput{ClientID: "c1", Query: "clienten"})
	if err != nil || len(hits) != 1 || hits[0].ID != "r2" {
		t.Fatalf("search clienten: %+v, %v", hits, err)
	}
}

func TestAgendaKeepsLocalTimeAcrossClockChange(t *testing.T) {
	a, _ := contentApp(t)
	week, err := a.Agenda.Week(AgendaInput{ClientID: "c1", Date: "2026-04-01"})
	if err != nil {
		t.Fatal(err)
	}
	if len(week.Appointments) != 1 {
		t.Fatalf("week of 1 April: %d appointments, want 1", len(week.Appointments))
	}
	if got := week.Appointments[0].Start; got != "2026-04-02T10:00:00+02:00" {
		t.Fatalf("summer-time occurrence starts %s, want 10:00 local", got)
	}
	after, _ := a.Agenda.Week(AgendaInput{ClientID: "c1", Date: "2026-04-15"})
	if len(after.Appointments) != 0 {
		t.Fatalf("the series ran past its until date: %+v", after.Appointments)
	}
}

func TestOfflineReadsShowLastSync(t *testing.T) {
	a, srv := contentApp(t)
	srv.SetDown(true)
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	plan, err := a.Dossier.CarePlan(ClientInput{ClientID: "c1"})
	if err != nil || len(plan.Goals) != 1 {
		t.Fatalf("care plan offline: %+v, %v", plan, err)
	}
	if !plan.Offline || plan.LastSync == "" {
		t.Fatalf("offline care plan: offline %v, last sync %q", plan.Offline, plan.LastSync)
	}
	home, err := a.Portal.Home(ClientInput{ClientID: "c1"})
	if err != nil || !home.Offline || home.UnreadMessages != 1 || home.LastSync == "" {
		t.Fatalf("home offline: %+v, %v", home, err)
	}
}

func TestOpeningsReachTheAuditEndpoint(t *testing.T) {
	a, srv := contentApp(t)
	if _, err := a.Dossier.Report(RecordRef{ClientID: "c1", ID: "r1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Dossier.Document(RecordRef{ClientID: "c1", ID: "d1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	audits := srv.Audits()
	var all string
	for _, b := range audits {
		all += string(b)
	}
	// Both openings waited in the outbox and went in one batch.
	if len(audits) != 1 || !strings.Contains(all, "report:r1") || !strings.Contains(all, "document:d1") {
		t.Fatalf("audit batches %s", all)
	}
}

func TestOfflineReplyWaitsForItsConversation(t *testing.T) {
	a, srv := contentApp(t)
	srv.SetDown(true)
	conv, err := a.Messages.New(NewConversationInput{ClientID: "c1", Title: "Verjaardag",
		Text: "Taart?", RecipientIDs: []string{"u-piet"}})
	if err != nil || conv.State != "pending" {
		t.Fatalf("new conversation offline: %+v, %v", conv, err)
	}
	reply, err := a.Messages.Reply(ReplyInput{ClientID: "c1", ConversationID: conv.ItemID,
		Text: "Met slagroom"})
	if err != nil || reply.State != "pending" {
		t.Fatalf("reply offline: %+v, %v", reply, err)
	}
	list, _ := a.Messages.Conversations(ClientInput{ClientID: "c1"})
	if len(list) != 2 || !list[0].Pending && !list[1].Pending {
		t.Fatalf("the pending conversation is not listed: %+v", list)
	}

	srv.SetDown(false)
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	w := srv.Writes()
	if len(w) != 2 || w[0].Path != "/clients/c1/conversations" ||
		w[1].Path != "/clients/c1/conversations/"+w[0].ID+"/messages" {
		t.Fatalf("writes %+v", w)
	}
}

func TestRefusedConversationBlocksItsReply(t *testing.T) {
	a, srv := contentApp(t)
	srv.Refuse("/conversations", api.CodeRecipientNotAllowed)
	conv, _ := a.Messages.New(NewConversationInput{ClientID: "c1", Title: "x", Text: "y",
		RecipientIDs: []string{"u-x"}})
	if conv.State != "failed" || conv.ErrorCode != string(api.CodeRecipientNotAllowed) {
		t.Fatalf("refused conversation: %+v", conv)
	}
	reply, _ := a.Messages.Reply(ReplyInput{ClientID: "c1", ConversationID: conv.ItemID, Text: "z"})
	post, _ := a.Details.Post(NewPostInput{ClientID: "c1", Text: "Los bericht"})
	if reply.State != "pending" || post.State != "sent" {
		t.Fatalf("reply %s (want pending), post %s (want sent)", reply.State, post.State)
	}
	items, _ := a.Outbox.Items()
	blocked := false
	for _, it := range items {
		if it.ID == reply.ItemID && it.BlockedBy == conv.ItemID {
			blocked = true
		}
	}
	if !blocked {
		t.Fatalf("outbox does not show the reply blocked: %+v", items)
	}

	srv.Accept("/conversations")
	if err := a.Outbox.Discard(OutboxItemInput{ID: conv.ItemID}); err != nil {
		t.Fatal(err)
	}
	if items, _ := a.Outbox.Items(); len(items) != 0 {
		t.Fatalf("discard left %+v", items)
	}
}

func TestAppointmentConflictShowsBothVersions(t *testing.T) {
	a, srv := contentApp(t)
	theirs := api.Appointment{ID: "a1", Title: "Wandelen in het park", Version: 2,
		Start: "2026-03-19T10:00:00+01:00", End: "2026-03-19T11:00:00+01:00"}
	srv.RefuseWith("/appointments/a1", api.CodeConflict, theirs)

	mine := AppointmentInput{ClientID: "c1", ID: "a1", Version: 1, Title: "Wandelen met Anna",
		Start: "2026-03-19T10:00:00+01:00", End: "2026-03-19T11:00:00+01:00"}
	res, err := a.Agenda.Update(mine)
	if err != nil || res.ErrorCode != string(api.CodeConflict) {
		t.Fatalf("conflicting edit: %+v, %v", res, err)
	}
	c, err := a.Agenda.Conflict(OutboxItemInput{ID: res.ItemID})
	if err != nil || c.Mine.Title != mine.Title || c.Theirs.Title != theirs.Title {
		t.Fatalf("conflict %+v, %v", c, err)
	}

	srv.Accept("/appointments/a1")
	res, err = a.Agenda.ResolveConflict(ConflictChoice{ItemID: res.ItemID, Keep: "mine"})
	if err != nil || res.State != "sent" {
		t.Fatalf("keep mine: %+v, %v", res, err)
	}
	w := srv.Writes()
	if len(w) != 1 || !strings.Contains(string(w[0].Body), `"version":2`) {
		t.Fatalf("kept edit was not sent over version 2: %+v", w)
	}
}

func TestPhotoNeedsText(t *testing.T) {
	a, _ := contentApp(t)
	_, err := a.Details.Post(NewPostInput{ClientID: "c1", Photo: "aGVsbG8="})
	if err == nil || !strings.Contains(err.Error(), string(api.CodePhotoNeedsText)) {
		t.Fatalf("photo without text: %v", err)
	}
}

func TestOfflineAppointmentShowsAsPending(t *testing.T) {
	a, srv := contentApp(t)
	srv.SetDown(true)
	res, err := a.Agenda.Create(AppointmentInput{ClientID: "c1", Title: "Pedicure",
		Start: "2026-03-25T14:00", End: "2026-03-25T14:30"})
	if err != nil || res.State != "pending" {
		t.Fatalf("create offline: %+v, %v", res, err)
	}
	day, err := a.Agenda.Day(AgendaInput{ClientID: "c1", Date: "2026-03-25"})
	if err != nil || len(day.Appointments) != 1 {
		t.Fatalf("day with a pending appointment: %+v, %v", day, err)
	}
	got := day.Appointments[0]
	if !got.Pending || got.Start != "2026-03-25T14:00:00+01:00" {
		t.Fatalf("pending appointment %+v", got)
	}
}

func TestReportPagesDoNotSkipSharedTimes(t *testing.T) {
	a, srv := contentApp(t)
	for _, id := range []string{"s1", "s2", "s3", "s4", "s5"} {
		srv.Put("c1", api.SectionDossier, "report", id, map[string]any{"id": id,
			"writtenAt": "2026-12-02T09:00:00+01:00", "text": "Zelfde tijd " + id})
	}
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	before := ""
	for i := 0; i < 10; i++ {
		page, err := a.Dossier.Reports(ReportsInput{ClientID: "c1", Before: before, Limit: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range page.Reports {
			if seen[r.ID] {
				t.Fatalf("report %s on two pages", r.ID)
			}
			seen[r.ID] = true
		}
		if !page.More {
			break
		}
		before = page.Next
	}
	if len(seen) != 8 {
		t.Fatalf("paging saw %d of 8 reports", len(seen))
	}

	// Previous and next step through reports sharing a time as well.
	id, steps := "s5", 0
	for id != "" && steps < 10 {
		view, err := a.Dossier.Report(RecordRef{ClientID: "c1", ID: id})
		if err != nil {
			t.Fatal(err)
		}
		id = view.PrevID
		steps++
	}
	if steps != 8 {
		t.Fatalf("stepping back from the newest took %d steps, want 8", steps)
	}
}

func TestEditedFailedItemIsSentWithTheNewText(t *testing.T) {
	a, srv := contentApp(t)
	srv.Refuse("/posts", api.CodeTooLong)
	res, _ := a.Details.Post(NewPostInput{ClientID: "c1", Text: "Een veel te lang bericht"})
	if res.State != "failed" || res.ErrorCode != string(api.CodeTooLong) {
		t.Fatalf("refused post: %+v", res)
	}
	srv.Accept("/posts")
	res, err := a.Outbox.Edit(OutboxEditInput{ID: res.ItemID, Text: "Korter"})
	if err != nil || res.State != "sent" {
		t.Fatalf("edited post: %+v, %v", res, err)
	}
	w := srv.Writes()
	if len(w) != 1 || !strings.Contains(string(w[0].Body), "Korter") {
		t.Fatalf("writes %+v", w)
	}
}
