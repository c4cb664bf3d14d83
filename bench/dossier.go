// Package bench generates a five-year dossier for one client and holds the
// benchmarks that measure the portal server against it over loopback
// (docs/benchmarks.md).
package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/portal"
	"kring/backend/store"
)

// Size says how much a generated dossier holds.
type Size struct {
	Reports, Appointments, Messages, Conversations, Posts, Photos int
}

// FiveYears is the dossier of a client five years in care.
var FiveYears = Size{Reports: 5500, Appointments: 600, Messages: 2000, Conversations: 150,
	Posts: 300, Photos: 50}

// Viewer is the generated user who sees everything of the client.
type Viewer struct {
	ClientID, UserID, UserName, Password, Phone string
}

// gen writes one dossier in one transaction, recording every record in
// the change sequence as a real write would.
type gen struct {
	ctx    context.Context
	tx     *store.Tx
	rnd    *rand.Rand
	text   writer
	now    time.Time
	client string
	err    error
}

// Generate writes a client with a dossier of the given size, ending at
// now, and a viewer with every right. The same seed gives the same text.
func Generate(ctx context.Context, db *store.DB, size Size, now time.Time, seed uint64) (Viewer, error) {
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	v := Viewer{ClientID: store.NewID(), UserID: store.NewID(), UserName: "bench.viewer",
		Password: "Vijf-jaar-dossier-2026", Phone: "+31611112222"}
	err := db.InTx(ctx, func(tx *store.Tx) error {
		g := &gen{ctx: ctx, tx: tx, rnd: rnd, text: writer{rnd}, now: now, client: v.ClientID}
		g.people(v)
		g.reports(size.Reports)
		g.appointments(size.Appointments)
		g.messages(size.Conversations, size.Messages, v.UserID)
		g.board(size.Posts, size.Photos, v.UserID)
		return g.err
	})
	return v, err
}

func (g *gen) exec(query string, args ...any) {
	if g.err != nil {
		return
	}
	if _, err := g.tx.Exec(g.ctx, query, args...); err != nil {
		g.err = fmt.Errorf("generate: %w", err)
	}
}

func (g *gen) change(section api.Section, entity, id string, at time.Time) {
	if g.err != nil {
		return
	}
	_, g.err = portal.RecordChange(g.ctx, g.tx, g.client, section, entity, id, false, store.Time(at))
}

// at is an instant in the five years before now, by fraction done.
func (g *gen) at(i, n int) time.Time {
	span := 5 * 365 * 24 * time.Hour
	return g.now.Add(-span + time.Duration(float64(span)*float64(i)/float64(n)))
}

func (g *gen) people(v Viewer) {
	created := store.Time(g.at(0, 1))
	g.exec(`INSERT INTO clients (id, name, given_name, family_name, birth_date, address, created_at)
		VALUES (?, 'Maria de Vries', 'Maria', 'de Vries', '1938-04-12',
		'Lindelaan 14 kamer 12, 3581 AB Utrecht', ?)`, v.ClientID, created)
	g.exec(`INSERT INTO client_seq (client_id, seq) VALUES (?, 0)`, v.ClientID)
	g.exec(`INSERT INTO users (id, user_name, user_name_key, display_name, phone, password_hash,
		created_at) VALUES (?, ?, ?, 'Anna de Vries', ?, ?, ?)`, v.UserID, v.UserName,
		auth.UserNameKey(v.UserName), v.Phone, auth.HashPassword(v.Password), created)
	contact := store.NewID()
	g.exec(`INSERT INTO contacts (id, client_id, user_id, display_name, role, admin, invitation,
		created_at) VALUES (?, ?, ?, 'Anna de Vries', 'Dochter', TRUE, 'accepted', ?)`,
		contact, v.ClientID, v.UserID, created)
	for _, s := range api.Sections {
		g.exec(`INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
			contact, string(s), created)
	}
	for i, name := range authors[:6] {
		id := store.NewID()
		g.exec(`INSERT INTO care_team (id, client_id, name, role, phone, updated_at)
			VALUES (?, ?, ?, ?, '030-2345678', ?)`, id, v.ClientID, name, roles[i%len(roles)], created)
		g.change(api.SectionDetails, portal.EntityCareTeam, id, g.at(0, 1))
	}
}

func (g *gen) reports(n int) {
	for i := range n {
		id, at := store.NewID(), g.at(i, n)
		g.exec(`INSERT INTO reports (id, client_id, written_at, author_name, author_role, title,
			text, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`, id, g.client, store.Time(at),
			authors[g.rnd.IntN(len(authors))], roles[g.rnd.IntN(len(roles))], g.text.report(),
			store.Time(at))
		g.change(api.SectionDossier, portal.EntityReport, id, at)
	}
}

func (g *gen) appointments(n int) {
	for i := range n {
		id := store.NewID()
		start := g.at(i, n).Truncate(time.Hour).Add(10 * time.Hour)
		end := start.Add(time.Duration(30+30*g.rnd.IntN(3)) * time.Minute)
		source := "ecd"
		if i%3 == 0 {
			source = "portal"
		}
		local := func(t time.Time) string { return t.In(portal.Amsterdam).Format("2006-01-02T15:04") }
		g.exec(`INSERT INTO appointments (id, client_id, source, title, description, start_at, end_at,
			local_start, local_end, private, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, g.client, source,
			g.text.pick(appointmentTitles), g.text.pick(reportBodies), store.Time(start),
			store.Time(end), local(start), local(end), i%11 == 0, store.Time(start), store.Time(start))
		g.change(api.SectionAppointments, portal.EntityAppointment, id, start)
	}
}
