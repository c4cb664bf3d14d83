package ecd

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kring/backend/clock"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// sharedFHIR is where the FHIR samples live, beside the repository.
func sharedFHIR(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("KRING_FHIR_SAMPLES")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "fhir")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("FHIR samples missing at %s (set KRING_FHIR_SAMPLES): %v", dir, err)
	}
	return dir
}

var testNow = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)

func newImporter(t testing.TB, db *store.DB) *Importer {
	return NewImporter(db, clock.NewFake(testNow), slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func importPaths(t testing.TB, im *Importer, paths ...string) *Report {
	t.Helper()
	entries, notes, err := ReadPaths(paths)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	rep, err := im.Import(context.Background(), entries)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	rep.Notes = notes
	return rep
}

func queryString(t testing.TB, db *store.DB, q string, args ...any) string {
	t.Helper()
	var s string
	if err := db.QueryRow(context.Background(), q, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s
}

func TestImportSharedSamples(t *testing.T) {
	dir := sharedFHIR(t)
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			db := storetest.Open(t, d)
			im := newImporter(t, db)
			rep := importPaths(t, im, dir)
			var out bytes.Buffer
			rep.Print(&out)
			t.Log("\n" + out.String())

			checkNictizPatient(t, db)
			checkUnresolved(t, db, rep)
			checkHL7Patient(t, db)
			if n := rep.Total(Failed); n != 0 {
				t.Errorf("%d resources failed", n)
			}
			if !hasWarning(rep, "CarePlan", "nl-core-NursingIntervention-01", "Condition/nl-core-NursingIntervention-01-Condition-01") {
				t.Errorf("the care plan's missing condition was not reported: %+v", rep.Warnings)
			}

			before := changeCount(t, db)
			again := importPaths(t, im, dir)
			if c, u := again.Total(Created), again.Total(Updated); c+u != 0 {
				t.Errorf("second import created %d and updated %d, want nothing", c, u)
			}
			if after := changeCount(t, db); after != before {
				t.Errorf("second import moved the change sequence from %s to %s", before, after)
			}
		})
	}
}

func changeCount(t testing.TB, db *store.DB) string {
	return queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) || '/' || CAST(COALESCE(SUM(seq), 0) AS TEXT) FROM client_seq`)
}

func checkNictizPatient(t *testing.T, db *store.DB) {
	t.Helper()
	jo := queryString(t, db, `SELECT id FROM clients WHERE fhir_id = 'nl-core-Patient-01'`)
	name := queryString(t, db, `SELECT name FROM clients WHERE id = ?`, jo)
	if name != "Johanna van Putten-van der Giessen" {
		t.Errorf("client name %q", name)
	}
	if b := queryString(t, db, `SELECT birth_date FROM clients WHERE id = ?`, jo); b != "1934-04-28" {
		t.Errorf("birth date %q", b)
	}
	contacts := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM contacts
		WHERE client_id = ? AND locked = TRUE`, jo)
	if contacts != "2" {
		t.Errorf("Jo has %s locked contacts, want 2 (J.P.M. and Jan de Wit, no duplicate)", contacts)
	}
	role := queryString(t, db, `SELECT role FROM contacts WHERE client_id = ? AND display_name = 'Jan de Wit'`, jo)
	if role != "Echtgenoot (eerste contactpersoon)" {
		t.Errorf("Jan de Wit's role %q", role)
	}
	goal := queryString(t, db, `SELECT title FROM goals WHERE client_id = ? AND fhir_id = 'Goal/nl-core-TreatmentObjective-01'`, jo)
	if !strings.Contains(goal, "lopen") {
		t.Errorf("walking goal %q", goal)
	}
	action := queryString(t, db, `SELECT text FROM goal_actions WHERE client_id = ? AND text LIKE 'Boodschappen%'`, jo)
	if action != "Boodschappen doen (1 keer per week, door de Boer)" {
		t.Errorf("help from others action %q", action)
	}
}

func checkUnresolved(t *testing.T, db *store.DB, rep *Report) {
	t.Helper()
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM care_team`); n != "0" {
		t.Errorf("%s care team rows; the Complexe Ouderenzorg team names no imported patient", n)
	}
	ref := queryString(t, db, `SELECT patient_ref FROM ecd_pending WHERE fhir_id = 'nl-core-CareTeam-01'`)
	if ref != "Patient/nl-core-CareTeam-01-Patient-01" {
		t.Errorf("care team waits for %q", ref)
	}
	reason := queryString(t, db, `SELECT reason FROM ecd_pending WHERE fhir_id = 'nl-core-SOAPReport-01'`)
	if !strings.Contains(reason, "no subject") {
		t.Errorf("SOAP report pending reason %q", reason)
	}
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM reports`); n != "0" {
		t.Errorf("%s reports; the only one has no subject", n)
	}
	if rep.Count("Composition", Unresolved) != 1 || rep.Count("CareTeam", Unresolved) != 2 {
		t.Errorf("unresolved counts: %v", rep.Counts)
	}
}

func checkHL7Patient(t *testing.T, db *store.DB) {
	t.Helper()
	id := queryString(t, db, `SELECT id FROM clients WHERE fhir_id = 'f001'`)
	if n := queryString(t, db, `SELECT display_name FROM contacts WHERE client_id = ?`, id); n != "Sarah Abels" {
		t.Errorf("f001 contact %q", n)
	}
	ev := queryString(t, db, `SELECT e.text FROM goal_evaluations e JOIN goals g ON g.id = e.goal_id
		WHERE g.client_id = ? AND g.title = 'Recovery surgery on heart of patient'`, id)
	if ev != "goal accomplished without complications" {
		t.Errorf("evaluation %q", ev)
	}
}

// TestBSNNeverStored reads the database files byte by byte for the BSNs
// of the sample patients (ECD-4).
func TestBSNNeverStored(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kring.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	importPaths(t, newImporter(t, db), sharedFHIR(t))
	db.Close()

	files, _ := filepath.Glob(path + "*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bsn := range []string{"111222333", "738472983"} {
			if bytes.Contains(data, []byte(bsn)) {
				t.Errorf("%s holds BSN %s", filepath.Base(f), bsn)
			}
		}
	}
	if len(files) == 0 {
		t.Fatal("no database files")
	}
}

// TestPendingAttachedWhenPatientArrives imports resources about a patient
// first and the patient later.
func TestPendingAttachedWhenPatientArrives(t *testing.T) {
	db := storetest.Open(t, store.SQLite)
	im := newImporter(t, db)
	importPaths(t, im, filepath.Join(sharedFHIR(t), "hl7-fhir-r4-examples"))

	dir := t.TempDir()
	patient := `{"resourceType":"Patient","id":"example","name":[{"family":"Chalmers","given":["Peter"]}]}`
	if err := os.WriteFile(filepath.Join(dir, "p.json"), []byte(patient), 0o600); err != nil {
		t.Fatal(err)
	}
	rep := importPaths(t, im, dir)
	for _, typ := range []string{"Goal", "Appointment", "CareTeam", "Communication"} {
		if rep.Count(typ, Created) != 1 {
			t.Errorf("%s not attached: %v", typ, rep.Counts[typ])
		}
	}
	id := queryString(t, db, `SELECT id FROM clients WHERE fhir_id = 'example'`)
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM appointments WHERE client_id = ? AND source = 'ecd'`, id); n != "1" {
		t.Errorf("%s appointments attached", n)
	}
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM ecd_pending WHERE patient_ref = 'Patient/example'`); n != "0" {
		t.Errorf("%s still pending for Patient/example", n)
	}
	if n := queryString(t, db, `SELECT CAST(COUNT(*) AS TEXT) FROM ecd_pending WHERE patient_ref = 'Patient/1'`); n != "1" {
		t.Errorf("CarePlan/integrate should still wait for Patient/1, %s pending", n)
	}
}

func hasWarning(rep *Report, typ, id, text string) bool {
	for _, w := range rep.Warnings {
		if w.Type == typ && w.ID == id && strings.Contains(w.Reason, text) {
			return true
		}
	}
	return false
}
