package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// realApp signs the demo's Anna in on a real server over loopback and
// syncs; it returns the app, the server and the portal she administers.
func realApp(t *testing.T) (*App, *servertest.Env, string, string) {
	t.Helper()
	e := servertest.New(t)
	e.SeedDemo(t)
	dir := t.TempDir()
	a := newTestApp(t, e.URL, newFakeKeyring(), Config{DataDir: dir})
	signIn(t, a, e)
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	cards, err := a.Portal.Clients()
	if err != nil {
		t.Fatal(err)
	}
	for _, cl := range cards {
		if cl.Admin && hasRight(cl, api.SectionDossier) && hasRight(cl, api.SectionDetails) {
			return a, e, cl.ID, filepath.Join(dir, "cache.db")
		}
	}
	t.Fatalf("the demo user administers no portal with dossier and details rights: %+v", cards)
	return nil, nil, "", ""
}

func TestRealServerSyncFillsTheCache(t *testing.T) {
	a, _, client, _ := realApp(t)
	in := ClientInput{ClientID: client}

	page, err := a.Dossier.Reports(ReportsInput{ClientID: client})
	if err != nil || len(page.Reports) == 0 || page.LastSync == "" || page.Offline {
		t.Fatalf("reports after sync: %d (last sync %q, offline %v, err %v)",
			len(page.Reports), page.LastSync, page.Offline, err)
	}
	plan, err := a.Dossier.CarePlan(in)
	if err != nil || len(plan.Goals) == 0 {
		t.Fatalf("care plan after sync: %+v, %v", plan, err)
	}
	team, err := a.Details.CareTeam(in)
	if err != nil || len(team) == 0 {
		t.Fatalf("care team after sync: %d, %v", len(team), err)
	}
	word := strings.Fields(page.Reports[0].Text)[0]
	hits, err := a.Search.Reports(SearchInput{ClientID: client, Query: word})
	if err != nil || len(hits) == 0 {
		t.Fatalf("search %q found nothing: %v", word, err)
	}
}

func TestRealServerWritesComeBackThroughSync(t *testing.T) {
	a, e, client, _ := realApp(t)

	appt := AppointmentInput{ClientID: client, Title: "Kapper Lindehof",
		Start: "2026-12-08T10:00", End: "2026-12-08T11:00"}
	res, err := a.Agenda.Create(appt)
	if err != nil || res.State != "sent" {
		t.Fatalf("create appointment: %+v, %v", res, err)
	}
	post, err := a.Details.Post(NewPostInput{ClientID: client, Text: "Op het terras",
		Photo: base64.StdEncoding.EncodeToString(tinyPNG(t))})
	if err != nil || post.State != "sent" {
		t.Fatalf("post with photo: %+v, %v", post, err)
	}
	if _, err := a.Dossier.Report(RecordRef{ClientID: client, ID: firstReport(t, a, client)}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}

	week, _ := a.Agenda.Week(AgendaInput{ClientID: client, Date: "2026-12-08"})
	if !hasTitle(week.Appointments, appt.Title) {
		t.Fatalf("the new appointment did not come back: %+v", week.Appointments)
	}
	board, _ := a.Details.Board(ClientInput{ClientID: client})
	var found *BoardPost
	for i := range board.Posts {
		if board.Posts[i].Text == "Op het terras" && !board.Posts[i].Pending {
			found = &board.Posts[i]
		}
	}
	if found == nil || !strings.HasPrefix(found.Thumbnail, "data:image/") {
		t.Fatalf("the post came back without its thumbnail: %+v", found)
	}

	var audit api.AuditList
	session := a.core.client.Session()
	if _, apiErr := e.Do(t, "GET", "/clients/"+client+"/audit", session, nil, &audit); apiErr != nil {
		t.Fatalf("read audit log: %v", apiErr)
	}
	opened := false
	for _, en := range audit.Entries {
		opened = opened || strings.Contains(en.Subject, "report")
	}
	if !opened {
		t.Fatalf("the report opening is not in the audit log: %+v", audit.Entries)
	}
}

func TestRealServerCacheFileHoldsNoContent(t *testing.T) {
	a, _, client, path := realApp(t)
	ctx := context.Background()
	title := "Controle bij tandarts Oosterpark"
	if res, err := a.Agenda.Create(AppointmentInput{ClientID: client, Title: title,
		Start: "2026-12-09T14:00", End: "2026-12-09T15:00"}); err != nil || res.State != "sent" {
		t.Fatalf("create appointment: %+v, %v", res, err)
	}
	if err := a.core.store().cache.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	// The appointment's own record arrives after the checkpoint, so it is
	// in the write-ahead log when the files are read.
	if _, err := a.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}

	page, _ := a.Dossier.Reports(ReportsInput{ClientID: client})
	team, _ := a.Details.CareTeam(ClientInput{ClientID: client})
	details, _ := a.Details.Details(ClientInput{ClientID: client})
	secrets := []string{title, longestSentence(page.Reports[0].Text), team[0].Name, details.Name}
	for _, s := range secrets {
		if len(s) < 8 {
			t.Fatalf("secret %q too short to prove anything", s)
		}
	}

	wal, err := os.ReadFile(path + "-wal")
	if err != nil || len(wal) == 0 {
		t.Fatalf("no write-ahead log to check (%v)", err)
	}
	db, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		for name, b := range map[string][]byte{"cache": db, "wal": wal} {
			if bytes.Contains(b, []byte(s)) {
				t.Errorf("%s file holds %q in clear", name, s)
			}
		}
	}
}

func firstReport(t *testing.T, a *App, client string) string {
	t.Helper()
	page, err := a.Dossier.Reports(ReportsInput{ClientID: client, Limit: 1})
	if err != nil || len(page.Reports) == 0 {
		t.Fatalf("no report: %v", err)
	}
	return page.Reports[0].ID
}

func hasTitle(list []Appointment, title string) bool {
	for _, a := range list {
		if a.Title == title {
			return true
		}
	}
	return false
}

// longestSentence picks a distinctive phrase of a report.
func longestSentence(text string) string {
	best := ""
	for _, s := range strings.Split(text, ".") {
		if s = strings.TrimSpace(s); len(s) > len(best) {
			best = s
		}
	}
	return best
}

func tinyPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 32, 24))
	for x := 0; x < 32; x++ {
		img.Set(x, x%24, color.RGBA{R: 200, G: 80, B: 40, A: 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRealServerKioskEnrolmentSkipsTheNewDeviceCode(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	code, err := e.Auth.CreateKiosk(context.Background(), "Lindehof hal")
	if err != nil {
		t.Fatal(err)
	}
	// Anna has signed in before, elsewhere: only the new device would ask
	// for a code.
	e.SignIn(t, annaUser, annaPass, annaPhone)
	kr := newFakeKeyring()
	a := newTestApp(t, e.URL, kr, Config{DataDir: t.TempDir(), Kiosk: true})

	st, err := a.Session.EnrolKiosk(EnrolKioskInput{Code: code})
	if err != nil || !st.KioskEnrolled || !kr.has(keyKiosk) {
		t.Fatalf("enrol: %+v, %v", st, err)
	}
	step, err := a.Session.SignIn(SignInInput{UserName: annaUser, Password: annaPass})
	if err != nil {
		t.Fatal(err)
	}
	// On an enrolled kiosk a first visit from this device needs no code.
	if step.Next != "done" {
		t.Fatalf("enrolled kiosk asked for %q", step.Next)
	}
	if err := a.Session.SignOut(); err != nil {
		t.Fatal(err)
	}
	if !kr.has(keyKiosk) {
		t.Fatal("sign-out removed the kiosk's enrolment")
	}
}

func TestRestartWithServerDownReadsTheCache(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	kr := newFakeKeyring()
	dir := t.TempDir()
	first := newTestApp(t, e.URL, kr, Config{DataDir: dir})
	signIn(t, first, e)
	if _, err := first.Outbox.SyncNow(); err != nil {
		t.Fatal(err)
	}
	cards, _ := first.Portal.Clients()
	first.core.stop()

	// The same device starts again; the server is gone.
	again := newTestApp(t, "http://127.0.0.1:1", kr, Config{DataDir: dir})
	st, _ := again.Session.Status()
	if !st.SignedIn || st.Online {
		t.Fatalf("restart offline: signed in %v, online %v", st.SignedIn, st.Online)
	}
	for _, cl := range cards {
		if !hasRight(cl, api.SectionDossier) {
			continue
		}
		plan, err := again.Dossier.CarePlan(ClientInput{ClientID: cl.ID})
		if err != nil || len(plan.Goals) == 0 || !plan.Offline || plan.LastSync == "" {
			t.Fatalf("care plan offline after restart: %d goals, offline %v, last sync %q, %v",
				len(plan.Goals), plan.Offline, plan.LastSync, err)
		}
		return
	}
	t.Fatal("no portal with the dossier right")
}

func TestRealServerChooserShowsCachedPhotos(t *testing.T) {
	a, e, client, _ := realApp(t)
	if _, err := e.DB.Exec(context.Background(), `UPDATE clients SET photo = ? WHERE id = ?`,
		tinyPNG(t), client); err != nil {
		t.Fatal(err)
	}
	cards, err := a.Portal.Clients()
	if err != nil {
		t.Fatal(err)
	}
	me := a.core.currentMe()
	withPhoto := 0
	for _, cl := range me.Clients {
		if cl.HasPhoto {
			withPhoto++
		}
	}
	if withPhoto == 0 {
		t.Fatal("no portal has a photo; the test would prove nothing")
	}
	for i, cl := range me.Clients {
		if cl.HasPhoto && !strings.HasPrefix(cards[i].PhotoURL, "data:image/") {
			t.Fatalf("client %s has a photo but the card shows %q", cl.ID, cards[i].PhotoURL)
		}
	}
}
