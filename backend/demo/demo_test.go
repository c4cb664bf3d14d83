package demo

import (
	"context"
	"strings"
	"testing"
	"time"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

var testNow = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

func seeded(t *testing.T, d store.Dialect) *store.DB {
	t.Helper()
	db := storetest.Open(t, d)
	if err := Seed(context.Background(), db, testNow); err != nil {
		t.Fatal(err)
	}
	return db
}

func count(t *testing.T, db *store.DB, q string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func column(t *testing.T, db *store.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(context.Background(), q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestSeedKeepsWhatTestsRelyOn checks the accounts and clients that the
// end-to-end tests sign in with.
func TestSeedKeepsWhatTestsRelyOn(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			db := seeded(t, d)
			names := column(t, db, `SELECT cl.name FROM contacts c JOIN clients cl ON cl.id = c.client_id
				JOIN users u ON u.id = c.user_id WHERE u.user_name = 'anna.devries' ORDER BY cl.name`)
			if strings.Join(names, "|") != "Johanna van Putten-van der Giessen|Maria de Vries" {
				t.Errorf("Anna's clients: %v", names)
			}
			if n := count(t, db, `SELECT COUNT(*) FROM rights r JOIN contacts c ON c.id = r.contact_id
				JOIN clients cl ON cl.id = c.client_id JOIN users u ON u.id = c.user_id
				WHERE u.user_name = 'anna.devries' AND cl.name = 'Maria de Vries' AND c.admin = TRUE
				AND r.granted = TRUE`); n != 5 {
				t.Errorf("Anna has %d rights as Maria's administrator, want 5", n)
			}
			if n := count(t, db, `SELECT COUNT(*) FROM users WHERE user_name = 'pieter.bakker'
				AND password_issued = TRUE AND phone = '+31687654321'`); n != 1 {
				t.Error("Pieter has no issued password")
			}
			soon := count(t, db, `SELECT COUNT(*) FROM appointments a JOIN clients cl ON cl.id = a.client_id
				WHERE cl.name = 'Maria de Vries' AND a.source = 'ecd' AND a.start_at > ? AND a.start_at < ?`,
				store.Time(testNow), store.Time(testNow.AddDate(0, 0, 14)))
			if soon < 5 {
				t.Errorf("Maria has %d ECD appointments in the next 14 days", soon)
			}
		})
	}
}

// TestSeedLooksLikeACareHome checks the home has what staff and families
// would expect to see.
func TestSeedLooksLikeACareHome(t *testing.T) {
	db := seeded(t, store.SQLite)
	if n := count(t, db, `SELECT COUNT(*) FROM clients WHERE address LIKE 'De Lindehof, Lindelaan 14%'`); n < 4 {
		t.Errorf("%d clients in De Lindehof", n)
	}
	for _, role := range []string{"Verzorgende IG", "EVV'er", "Specialist ouderengeneeskunde"} {
		if n := count(t, db, `SELECT COUNT(*) FROM reports WHERE author_role = ?`, role); n == 0 {
			t.Errorf("no reports signed by a %s", role)
		}
	}
	for _, theme := range []string{"ADL", "Eten en drinken", "Mobiliteit", "Stemming", "Medicatie", "Nachtrust", "Familiebezoek"} {
		if n := count(t, db, `SELECT COUNT(*) FROM reports WHERE title = ?`, theme); n == 0 {
			t.Errorf("no %s reports", theme)
		}
	}
	if n := count(t, db, `SELECT COUNT(*) FROM reports WHERE text LIKE 'S: %' AND text LIKE '%P: %'`); n == 0 {
		t.Error("no SOEP reports")
	}
	maria := `(SELECT id FROM clients WHERE name = 'Maria de Vries')`
	if n := count(t, db, `SELECT COUNT(*) FROM goals WHERE care_question <> '' AND client_id = `+maria); n < 3 {
		t.Errorf("Maria has %d goals with a care question", n)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM goal_evaluations WHERE client_id = `+maria); n == 0 {
		t.Error("Maria's care plan has no evaluations")
	}
	if n := count(t, db, `SELECT COUNT(*) FROM appointments WHERE repeat_freq = 'weekly' AND client_id = `+maria); n != 1 {
		t.Error("no weekly visit")
	}
	if n := count(t, db, `SELECT COUNT(*) FROM care_team WHERE name = 'Ellen Hofstra'
		AND role = 'Specialist ouderengeneeskunde' AND client_id = `+maria); n != 1 {
		t.Error("Maria's care team lacks her specialist ouderengeneeskunde")
	}
	if n := count(t, db, `SELECT COUNT(*) FROM reports WHERE written_at > ?`, store.Time(testNow)); n != 0 {
		t.Errorf("%d reports written in the future", n)
	}
	if count(t, db, `SELECT COUNT(*) FROM messages`) == 0 || count(t, db, `SELECT COUNT(*) FROM posts`) == 0 {
		t.Error("no messages or board posts")
	}
	if n := count(t, db, `SELECT COUNT(*) FROM goals g JOIN clients cl ON cl.id = g.client_id
		WHERE cl.fhir_id = 'nl-core-Patient-01' AND g.title LIKE '%lopen%'`); n != 1 {
		t.Error("Johanna's walking goal from the Nictiz bundle is missing")
	}
}

// TestSeedIsDeterministic seeds twice with the same clock.
func TestSeedIsDeterministic(t *testing.T) {
	a, b := seeded(t, store.SQLite), seeded(t, store.SQLite)
	for _, q := range []string{
		`SELECT written_at || author_name || text FROM reports ORDER BY written_at, author_name, text`,
		`SELECT start_at || title FROM appointments ORDER BY start_at, title`,
	} {
		x, y := column(t, a, q), column(t, b, q)
		if strings.Join(x, "\n") != strings.Join(y, "\n") || len(x) == 0 {
			t.Errorf("%s differs between two seeds (%d and %d rows)", q, len(x), len(y))
		}
	}
	if err := Seed(context.Background(), a, testNow); err != nil {
		t.Fatal(err)
	}
	if n := count(t, a, `SELECT COUNT(*) FROM clients`); n != 5 {
		t.Errorf("a second seed changed the clients to %d", n)
	}
}
