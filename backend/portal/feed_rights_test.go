package portal_test

import (
	"testing"

	"kring/backend/api"
	"kring/backend/store/storetest"
)

func TestFeedFirstSyncAndDeltas(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newFeedEnv(t, d, api.SectionDossier, api.SectionAppointments)
			e.write(api.SectionDossier, "r1", "rapport een", false)
			e.write(api.SectionMessages, "m1", "bericht zonder recht", false)
			e.write(api.SectionDossier, "r2", "rapport twee", false)
			e.write(api.SectionDossier, "gone", "weg", false)
			e.write(api.SectionDossier, "gone", "", true)

			first := e.changes(0, 100)
			if !sameStrings(ids(first), "r1", "r2") {
				t.Fatalf("first sync = %v, want r1 r2 without the other section or tombstones", ids(first))
			}
			if !sameStrings(first.Full, api.SectionAppointments, api.SectionDossier) {
				t.Errorf("first sync full = %v", first.Full)
			}
			if first.More {
				t.Error("first sync says more")
			}

			e.write(api.SectionDossier, "r1", "rapport een, verbeterd", false)
			e.write(api.SectionDossier, "r2", "", true)
			delta := e.changes(first.Cursor, 100)
			if !sameStrings(ids(delta), "r1", "-r2") {
				t.Fatalf("delta = %v, want r1 and a tombstone for r2", ids(delta))
			}
			if len(delta.Full) != 0 || len(delta.Purge) != 0 {
				t.Errorf("delta full %v purge %v, want none", delta.Full, delta.Purge)
			}
			if string(delta.Changes[0].Data) == "" || delta.Changes[1].Data != nil {
				t.Errorf("data on change %q, on tombstone %q", delta.Changes[0].Data, delta.Changes[1].Data)
			}

			quiet := e.changes(delta.Cursor, 100)
			if len(quiet.Changes) != 0 || quiet.Cursor != delta.Cursor {
				t.Errorf("no-change sync = %v cursor %d, want nothing at %d", ids(quiet), quiet.Cursor, delta.Cursor)
			}
		})
	}
}

func TestFeedPurgeAndFullOnRightFlips(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := newFeedEnv(t, d, api.SectionDossier)
			e.write(api.SectionMessages, "m1", "oud bericht", false)
			e.write(api.SectionDossier, "r1", "rapport", false)
			cursor := e.changes(0, 100).Cursor

			e.setRight(api.SectionDossier, false)
			e.setRight(api.SectionMessages, true)
			e.write(api.SectionMessages, "m2", "nieuw bericht", false)
			set := e.changes(cursor, 100)
			if !sameStrings(set.Purge, api.SectionDossier) {
				t.Errorf("purge = %v, want dossier", set.Purge)
			}
			if !sameStrings(set.Full, api.SectionMessages) {
				t.Errorf("full = %v, want messages", set.Full)
			}
			if !sameStrings(ids(set), "m1", "m2") {
				t.Errorf("changes = %v, want the whole messages section m1 m2", ids(set))
			}

			again := e.changes(set.Cursor, 100)
			if len(again.Purge)+len(again.Full)+len(again.Changes) != 0 {
				t.Errorf("next sync repeats: purge %v full %v changes %v", again.Purge, again.Full, ids(again))
			}
		})
	}
}

func TestFeedHidesWhatTheViewerMayNotSee(t *testing.T) {
	e := newFeedEnv(t, storetest.Dialects()[0], api.SectionMessages)
	e.write(api.SectionMessages, "mine", "voor mij", false)
	e.write(api.SectionMessages, "theirs", "niet voor mij", false)
	e.hidden["theirs"] = true

	first := e.changes(0, 100)
	if !sameStrings(ids(first), "mine") {
		t.Fatalf("first sync = %v, want only mine", ids(first))
	}
	e.write(api.SectionMessages, "theirs", "nog steeds niet", false)
	delta := e.changes(first.Cursor, 100)
	if !sameStrings(ids(delta), "-theirs") {
		t.Fatalf("delta = %v, want a bare tombstone", ids(delta))
	}
}

func TestFeedPagesNeverLoseOrRepeat(t *testing.T) {
	e := newFeedEnv(t, storetest.Dialects()[0], api.SectionDossier)
	for i := range 25 {
		e.write(api.SectionDossier, "n"+string(rune('a'+i)), "tekst", false)
	}
	seen := map[string]int{}
	var since int64
	for pages := 0; ; pages++ {
		set := e.changes(since, 10)
		for _, c := range set.Changes {
			seen[c.ID]++
		}
		since = set.Cursor
		if !set.More {
			break
		}
		if pages > 5 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != 25 {
		t.Errorf("saw %d records, want 25", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s sent %d times", id, n)
		}
	}
}

func TestFeedRejectsBadArguments(t *testing.T) {
	e := newFeedEnv(t, storetest.Dialects()[0])
	for _, tc := range []struct {
		name  string
		since int64
		limit int
	}{{"negative since", -1, 10}, {"zero limit", 0, 0}, {"huge limit", 0, 1 << 20}} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.p.Changes(t.Context(), e.viewer, e.client, tc.since, tc.limit)
			if apiErr, ok := err.(*api.Error); !ok || apiErr.Code != api.CodeValidation {
				t.Errorf("err = %v, want validation", err)
			}
		})
	}
}

func TestFeedAuditsDossierDeliveries(t *testing.T) {
	e := newFeedEnv(t, storetest.Dialects()[0], api.SectionDossier, api.SectionMessages)
	deliveries := func() int {
		t.Helper()
		if err := e.p.FlushAudit(t.Context()); err != nil {
			t.Fatalf("flush audit: %v", err)
		}
		var n int
		err := e.db.QueryRow(t.Context(), `SELECT COUNT(*) FROM audit_log WHERE action = 'deliver'
			AND section = 'dossier' AND device_id = 'd1' AND user_id = ?`, e.viewer).Scan(&n)
		if err != nil {
			t.Fatalf("count deliveries: %v", err)
		}
		return n
	}

	e.write(api.SectionMessages, "m1", "bericht", false)
	cursor := e.changes(0, 100).Cursor
	if n := deliveries(); n != 0 {
		t.Fatalf("%d deliveries logged for a sync without dossier data", n)
	}
	e.write(api.SectionDossier, "r1", "rapport", false)
	e.changes(cursor, 100)
	if n := deliveries(); n != 1 {
		t.Errorf("%d deliveries logged for a sync with a report, want 1", n)
	}
}
