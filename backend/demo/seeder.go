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

// seeder writes rows until the first error, which it keeps.
type seeder struct {
	ctx context.Context
	tx  *store.Tx
	now time.Time
	gen *generator
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

// change numbers a seeded record in its client's change sequence.
func (s *seeder) change(clientID string, section api.Section, entity, id string, at time.Time) {
	if s.err != nil {
		return
	}
	if _, err := portal.RecordChange(s.ctx, s.tx, clientID, section, entity, id, false, store.Time(at)); err != nil {
		s.err = err
	}
}

// client finds an imported client by the ECD's patient id.
func (s *seeder) client(patientID string) string {
	var id string
	if s.err == nil {
		if err := s.tx.QueryRow(s.ctx, `SELECT id FROM clients WHERE fhir_id = ?`, patientID).Scan(&id); err != nil {
			s.err = fmt.Errorf("seed: find client %s: %w", patientID, err)
		}
	}
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

// contact gives a user access to a client's portal with the rights named.
func (s *seeder) contact(clientID, userID, given, family, role string, admin bool, rights []api.Section) string {
	id := store.NewID()
	s.exec(`INSERT INTO contacts (id, client_id, user_id, given_name, family_name, display_name,
		role, admin, invitation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?)`,
		id, clientID, userID, given, family, given+" "+family, role, admin, store.Time(s.now))
	for _, sec := range rights {
		s.exec(`INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
			id, string(sec), store.Time(s.now))
	}
	return id
}

// linkECDContact makes a locked contact from the ECD a portal user.
func (s *seeder) linkECDContact(clientID, fhirID, userID string, rights []api.Section) {
	var id string
	if s.err == nil {
		err := s.tx.QueryRow(s.ctx, `SELECT id FROM contacts WHERE client_id = ? AND fhir_id = ?`,
			clientID, fhirID).Scan(&id)
		if err != nil {
			s.err = fmt.Errorf("seed: find contact %s: %w", fhirID, err)
			return
		}
	}
	s.exec(`UPDATE contacts SET user_id = ?, invitation = 'accepted' WHERE id = ?`, userID, id)
	for _, sec := range rights {
		s.exec(`INSERT INTO rights (contact_id, section, granted, changed_at) VALUES (?, ?, TRUE, ?)`,
			id, string(sec), store.Time(s.now))
	}
}

// run adds the people around the clients. Kees and Ria, beside the
// printed accounts, get random passwords: nobody signs in as them.
func (s *seeder) run() {
	maria, jo := s.client("demo-maria"), s.client(joID)
	henk := s.client("demo-henk")

	anna := s.user("anna.devries", "Anna de Vries", "anna.devries+kring@example.nl",
		"+31612345678", Accounts[0].Password, false)
	pieter := s.user("pieter.bakker", "Pieter Bakker", "p.bakker@example.nl",
		"+31687654321", Accounts[1].Password, true)
	kees := s.user("kees.devries", "Kees de Vries", "kees.devries@example.nl", "+31623456789",
		store.NewID()+"-Aa1", false)
	ria := s.user("ria.bos", "Ria Bos", "ria.bos@example.nl", "+31634567890", store.NewID()+"-Aa1", false)

	s.contact(maria, anna, "Anna", "de Vries", "Dochter", true, api.Sections)
	s.contact(jo, anna, "Anna", "de Vries", "Nicht", false,
		[]api.Section{api.SectionAppointments, api.SectionMessages, api.SectionDetails})
	s.contact(maria, pieter, "Pieter", "Bakker", "Buurman", false,
		[]api.Section{api.SectionAppointments, api.SectionDetails})
	s.linkECDContact(maria, "RelatedPerson/demo-maria-kees", kees,
		[]api.Section{api.SectionAppointments, api.SectionDossier, api.SectionMessages, api.SectionDetails})
	s.linkECDContact(henk, "RelatedPerson/demo-henk-ria", ria, api.Sections)
	s.exec(`UPDATE contacts SET admin = TRUE WHERE client_id = ? AND user_id = ?`, henk, ria)

	s.visits(maria, anna, kees)
	s.conversations(maria, anna, kees)
	s.board(maria, jo, anna, kees, pieter)
}
