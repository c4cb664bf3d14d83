package ecd

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

// importJSON writes each document to a file of its own and imports them.
func importJSON(t *testing.T, im *Importer, docs ...string) *Report {
	t.Helper()
	dir := t.TempDir()
	for i, d := range docs {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.json", i)), []byte(d), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return importPaths(t, im, dir)
}

const jo = `{"resourceType":"Patient","id":"p1","name":[{"family":"Jansen","given":["Truus"]}]}`

func issueFor(rep *Report, typ string) string {
	for _, is := range rep.Issues {
		if is.Type == typ {
			return is.Reason
		}
	}
	return ""
}

// TestMalformedInput checks that each kind of broken input is reported
// with a reason and leaves no data behind, while the good rest imports.
func TestMalformedInput(t *testing.T) {
	cases := []struct {
		name    string
		doc     string
		typ     string
		outcome Outcome
		reason  string
	}{
		{"truncated JSON", `{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Goal"`,
			"(unreadable)", Failed, "invalid JSON: at byte"},
		{"wrong resourceType", `{"resourceType":"Patientt","id":"x1"}`, "Patientt", Failed, "not imported by Kring"},
		{"wrong field type", `{"resourceType":"Goal","id":"g1","subject":{"reference":"Patient/p1"},"description":"lopen"}`,
			"Goal", Failed, "cannot unmarshal"},
		{"reference to nothing", `{"resourceType":"RelatedPerson","id":"r1","patient":{"reference":"Patient/nobody"},"name":[{"text":"Kees"}]}`,
			"RelatedPerson", Unresolved, "Patient/nobody is not imported"},
		{"no subject", `{"resourceType":"Observation","id":"o1","valueString":"Goed geslapen"}`,
			"Observation", Unresolved, "no subject"},
		{"identifier-only subject", `{"resourceType":"Observation","id":"o2","valueString":"Rustig","subject":{"identifier":{"system":"http://fhir.nl/fhir/NamingSystem/bsn","value":"999999990"}}}`,
			"Observation", Unresolved, "no subject"},
		{"appointment without times", `{"resourceType":"Appointment","id":"a1","status":"booked","participant":[{"actor":{"reference":"Patient/p1"}}]}`,
			"Appointment", Failed, "needs a start"},
		{"invalid id", `{"resourceType":"Goal","id":"../../etc","subject":{"reference":"Patient/p1"}}`,
			"Goal", Failed, "invalid id"},
		{"half a care plan", `{"resourceType":"CarePlan","id":"cp1","subject":{"reference":"Patient/p1"},
			"contained":[{"resourceType":"Goal","id":"g1","description":{"text":"Zelf eten"}},{"resourceType":"Goal","id":"g2"}],
			"goal":[{"reference":"#g1"},{"reference":"#g2"}],"activity":[{"detail":{"description":"Helpen bij eten"}}]}`,
			"CarePlan", Failed, "goal has no description"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := storetest.Open(t, store.SQLite)
			im := newImporter(t, db)
			rep := importJSON(t, im, jo, tc.doc)
			if rep.Count("Patient", Created) != 1 {
				t.Fatalf("the good patient was not imported: %v", rep.Counts)
			}
			if rep.Count(tc.typ, tc.outcome) != 1 {
				t.Fatalf("want one %s %s, got %v", tc.typ, tc.outcome, rep.Counts)
			}
			if r := issueFor(rep, tc.typ); !strings.Contains(r, tc.reason) {
				t.Errorf("reason %q, want it to say %q", r, tc.reason)
			}
			for _, table := range []string{"goals", "goal_actions", "goal_evaluations", "reports", "appointments"} {
				if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM `+table); n != "0" {
					t.Errorf("%s rows left in %s", n, table)
				}
			}
			if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM contacts`); n != "0" {
				t.Errorf("%s contacts; none may be guessed", n)
			}
			if n := queryString(t, db, `SELECT CAST(seq AS TEXT) FROM client_seq`); n != "1" {
				t.Errorf("change sequence at %s, want only the patient's change", n)
			}
		})
	}
}

// TestChangedResourceUpdatesInPlace imports a goal, then a changed one.
func TestChangedResourceUpdatesInPlace(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	im := newImporter(t, db)
	goal := `{"resourceType":"Goal","id":"g1","subject":{"reference":"Patient/p1"},"description":{"text":"%s"}}`
	importJSON(t, im, jo, fmt.Sprintf(goal, "Zelfstandig lopen"))
	id := queryString(t, db, `SELECT id FROM goals`)

	rep := importJSON(t, im, jo, fmt.Sprintf(goal, "Zelfstandig lopen met rollator"))
	if rep.Count("Goal", Updated) != 1 || rep.Count("Patient", Skipped) != 1 {
		t.Fatalf("counts %v", rep.Counts)
	}
	if got := queryString(t, db, `SELECT id || ' ' || title FROM goals`); got != id+" Zelfstandig lopen met rollator" {
		t.Errorf("goal after update: %q", got)
	}
}

// TestLargeBundle imports a bundle of about 50 MB made here.
func TestLargeBundle(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	im := newImporter(t, db)
	var b strings.Builder
	b.WriteString(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":` + jo + `}`)
	text := strings.Repeat("Mevrouw heeft goed gegeten en is rustig. ", 2500)
	const n = 520
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `,{"resource":{"resourceType":"Observation","id":"obs-%d","subject":{"reference":"Patient/p1"},`+
			`"effectiveDateTime":"2026-11-01T08:00:00+01:00","code":{"text":"Rapportage"},"valueString":%q}}`, i, text)
	}
	b.WriteString(`]}`)
	if b.Len() < 50<<20 {
		t.Fatalf("bundle is %d bytes, want 50 MB", b.Len())
	}

	rep := importJSON(t, im, b.String())
	if rep.Count("Observation", Created) != n || rep.Total(Failed) != 0 {
		t.Fatalf("counts %v, issues %v", rep.Counts, rep.Issues)
	}
	if got := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM reports`); got != fmt.Sprint(n) {
		t.Errorf("%s reports", got)
	}
}

// TestCareQuestionArrivesLater imports a goal before the condition it
// addresses; the condition then fills in the goal's care question.
func TestCareQuestionArrivesLater(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	im := newImporter(t, db)
	rep := importJSON(t, im, jo, `{"resourceType":"Goal","id":"g1","subject":{"reference":"Patient/p1"},
		"description":{"text":"Rustig slapen"},"addresses":[{"reference":"Condition/c1"}]}`)
	if len(rep.Warnings) != 1 {
		t.Errorf("warnings %+v", rep.Warnings)
	}
	importJSON(t, im, `{"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p1"},
		"code":{"text":"onrust in de nacht"},"note":[{"text":"Sinds de verhuizing"}]}`)
	if q := queryString(t, db, `SELECT care_question FROM goals`); q != "Onrust in de nacht. Sinds de verhuizing" {
		t.Errorf("care question %q", q)
	}
}

// TestReportEnteredInError removes a report the ECD withdraws.
func TestReportEnteredInError(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	im := newImporter(t, db)
	obs := `{"resourceType":"Observation","id":"o1","status":"%s","subject":{"reference":"Patient/p1"},"valueString":"Valt vaak"}`
	importJSON(t, im, jo, fmt.Sprintf(obs, "final"))
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM reports`); n != "1" {
		t.Fatalf("%s reports", n)
	}
	importJSON(t, im, fmt.Sprintf(obs, "entered-in-error"))
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM reports`); n != "0" {
		t.Errorf("%s reports after the ECD withdrew it", n)
	}
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM changes WHERE entity = 'report' AND deleted = TRUE`); n != "1" {
		t.Errorf("%s tombstones for synced devices", n)
	}
}

// TestKeyWithoutID keys a resource without id on its identifier, never on
// a BSN.
func TestKeyWithoutID(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	im := newImporter(t, db)
	goal := `{"resourceType":"Goal","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.4.3.11.999","value":"doel-7"}],
		"subject":{"reference":"Patient/p1"},"description":{"text":"Zelf de krant lezen"}}`
	bsnOnly := `{"resourceType":"Patient","identifier":[{"system":"http://fhir.nl/fhir/NamingSystem/bsn","value":"999999990"}],
		"name":[{"text":"Zonder Id"}]}`
	rep := importJSON(t, im, jo, goal, bsnOnly)
	if rep.Count("Goal", Created) != 1 || rep.Count("Patient", Failed) != 1 {
		t.Fatalf("counts %v", rep.Counts)
	}
	if r := issueFor(rep, "Patient"); !strings.Contains(r, "no id") {
		t.Errorf("BSN-only patient: %q", r)
	}
	again := importJSON(t, im, jo, goal)
	if again.Count("Goal", Skipped) != 1 {
		t.Errorf("second import of the goal: %v", again.Counts)
	}
	if key := queryString(t, db, `SELECT fhir_id FROM ecd_resources WHERE resource_type = 'Goal'`); !strings.HasPrefix(key, "idh-") {
		t.Errorf("goal kept under %q", key)
	}
}
