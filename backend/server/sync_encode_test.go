package server

import (
	"bytes"
	"encoding/json"
	"testing"

	"kring/backend/api"
)

// TestEncodeChangeSetMatchesEncodingJSON keeps the hand-written encoder
// equal to what encoding/json makes of the same set.
func TestEncodeChangeSetMatchesEncodingJSON(t *testing.T) {
	for name, set := range map[string]api.ChangeSet{
		"empty": {ClientID: "c1", Cursor: 7, Changes: []api.Change{}},
		"full": {ClientID: `c"2`, Cursor: 12, More: true,
			Changes: []api.Change{
				{Seq: 3, Section: api.SectionDossier, Entity: "report", ID: "r1",
					Data: json.RawMessage(`{"id":"r1","text":"Goed geslapen \u00e9n gegeten"}`)},
				{Seq: 4, Section: api.SectionMessages, Entity: "message", ID: "m1", Deleted: true},
			},
			Purge: []api.Section{api.SectionDetails}, Full: []api.Section{}},
	} {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			if err := encodeChangeSet(&got, set); err != nil {
				t.Fatal(err)
			}
			want, _ := json.Marshal(set)
			var a, b any
			if err := json.Unmarshal(got.Bytes(), &a); err != nil {
				t.Fatalf("hand-written JSON is invalid: %v\n%s", err, got.Bytes())
			}
			_ = json.Unmarshal(want, &b)
			ga, _ := json.Marshal(a)
			gb, _ := json.Marshal(b)
			if !bytes.Equal(ga, gb) {
				t.Errorf("hand-written\n%s\nencoding/json\n%s", ga, gb)
			}
		})
	}
}
