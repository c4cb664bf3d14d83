// Package demo fills an empty portal database with a small care home, so
// that a person can try Kring without an ECD.
package demo

import (
	"context"
	"fmt"
	"time"

	"kring/backend/api"
	"kring/backend/auth"
	"kring/backend/portal"
	"kring/backend/store"
)

// Account is a demo user's sign-in details, printed at start.
type Account struct {
	UserName string
	Password string
	Note     string
}

// Accounts are the demo users. Their passwords are public on purpose.
var Accounts = []Account{
	{UserName: "anna.devries", Password: "Kring-demo-2026",
		Note: "dochter, toegang tot twee cliënten, beheerder van het portaal van Maria de Vries"},
	{UserName: "pieter.bakker", Password: "Welkom-Kring-1",
		Note: "buurman, eerste keer inloggen: kiest een nieuw wachtwoord"},
}

// Seed fills db when it holds no clients yet; a seeded database is left
// alone so that demo changes survive a restart.
func Seed(ctx context.Context, db *store.DB, now time.Time) error {
	var n int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM clients`).Scan(&n); err != nil {
		return fmt.Errorf("count clients: %w", err)
	}
	if n > 0 {
		return nil
	}
	return db.InTx(ctx, func(tx *store.Tx) error {
		s := seeder{ctx: ctx, tx: tx, now: now}
		s.run()
		return s.err
	})
}

// seeder writes rows until the first error, which it keeps.
type seeder struct {
	ctx context.Context
	tx  *store.Tx
	now time.Time
	err error
}

func (s *seeder) exec(query string, args ...any) {
	if s.err != nil {
		return
	}
	if _, err := s.tx.Exec(s.ctx, query, args...); err != nil {
		s.err = fmt.Errorf("seed: %w", err)
	}
}

func (s *seeder) run() {
	maria := s.client("Maria de Vries", "Maria", "de Vries", "1938-04-12",
		"Lindelaan 14 kamer 12, 3581 AB Utrecht")
	jo := s.client("Johanna van Putten-van der Giessen", "Johanna", "van Putten-van der Giessen",
		"1934-11-02", "Lindelaan 14 kamer 27, 3581 AB Utrecht")

	anna := s.user("anna.devries", "Anna de Vries", "anna.devries+kring@example.nl",
		"+31612345678", Accounts[0].Password, false)
	pieter := s.user("pieter.bakker", "Pieter Bakker", "p.bakker@example.nl",
		"+31687654321", Accounts[1].Password, true)

	all := api.Sections
	s.contact(maria, anna, "Anna", "de Vries", "Dochter", true, all)
	s.contact(jo, anna, "Anna", "de Vries", "Nicht", false,
		[]api.Section{api.SectionAppointments, api.SectionMessages, api.SectionDetails})
	s.contact(maria, pieter, "Pieter", "Bakker", "Buurman", false,
		[]api.Section{api.SectionAppointments, api.SectionDetails})

	s.agenda(maria, []demoAppointment{
		{1, "10:30", 60, "Bezoek fysiotherapeut", "Oefeningen voor het lopen met de rollator.", false},
		{2, "14:00", 90, "Koffie met Anna", "Anna komt op bezoek, samen naar de tuin.", false},
		{3, "09:15", 30, "Controle huisarts", "Bloeddruk meten.", true},
		{5, "15:00", 60, "Muziekmiddag in de recreatiezaal", "Het koor van de Lindehof zingt.", false},
		{8, "11:00", 45, "Kapper", "", false},
	})
	s.agenda(jo, []demoAppointment{
		{1, "11:00", 60, "Bezoek podotherapeut", "", false},
		{4, "14:30", 60, "Bingo in de huiskamer", "", false},
	})
}

func (s *seeder) client(name, given, family, birth, address string) string {
	id := store.NewID()
	s.exec(`INSERT INTO clients (id, name, given_name, family_name, birth_date, address, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, id, name, given, family, birth, address, store.Time(s.now))
	s.exec(`INSERT INTO client_seq (client_id, seq) VALUES (?, 0)`, id)
	return id
}

func (s *seeder) user(userName, display, email, phone, password string, issued bool) string {
	id := store.NewID()
	var issuedAt any
	if issued {
		issuedAt = store.Time(s.now)
	}
	s.exec(`INSERT INTO users (id, user_name, user_name_key, display_name, email, phone,
		password_hash, password_issued, password_issued_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, userName, auth.UserNameKey(userName),
		display, email, phone, auth.HashPassword(password), issued, issuedAt, store.Time(s.now))
	return id
}

func (s *seeder) contact(clientID, userID, given, family, role string, admin bool, rights []api.Section) {
	id := store.NewID()
	s.exec(`INSERT INTO contacts (id, client_id, user_id, given_name, family_name, display_name,
		role, admin, invitation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?)`,
		id, clientID, userID, given, family, given+" "+family, role, admin, store.Time(s.now))
	for _, sec := range rights {
		s.exec(`INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
			id, string(sec), store.Time(s.now))
	}
}

type demoAppointment struct {
	dayOffset int
	clock     string
	minutes   int
	title     string
	text      string
	private   bool
}

func (s *seeder) agenda(clientID string, items []demoAppointment) {
	today := s.now.In(portal.Amsterdam).Format("2006-01-02")
	for _, a := range items {
		day, _ := time.ParseInLocation("2006-01-02", today, portal.Amsterdam)
		local := day.AddDate(0, 0, a.dayOffset).Format("2006-01-02") + "T" + a.clock
		start, err := portal.ParseLocal(local)
		if err != nil {
			s.err = err
			return
		}
		end := start.Add(time.Duration(a.minutes) * time.Minute)
		s.exec(`INSERT INTO appointments (id, client_id, source, title, description, start_at,
			end_at, local_start, local_end, private, created_at, updated_at)
			VALUES (?, ?, 'ecd', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			store.NewID(), clientID, a.title, a.text, store.Time(start), store.Time(end),
			local, end.In(portal.Amsterdam).Format("2006-01-02T15:04"), a.private,
			store.Time(s.now), store.Time(s.now))
	}
}
