package portal

import (
	"testing"

	"kring/backend/api"
)

// TestFoldName checks that case, accents and punctuation fall away.
func TestFoldName(t *testing.T) {
	for in, want := range map[string]string{
		"Aäldering":        "aaldering",
		"  AAGJE ":         "aagje",
		"A.":               "a",
		"Putten-van der G": "putten van der g",
		"Çelik":            "celik",
		"Ørsted":           "ørsted",
	} {
		if got := foldName(in); got != want {
			t.Errorf("foldName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMatchScore checks which typed names fit a known contact.
func TestMatchScore(t *testing.T) {
	known := ContactRecord{Contact: api.Contact{GivenName: "Aagje", FamilyName: "van der Aaldering",
		Email: "aagje@example.nl"}}
	for _, tc := range []struct {
		req   api.MatchRequest
		match bool
	}{
		{api.MatchRequest{FirstName: "aagje", LastName: "aaldering"}, true},
		{api.MatchRequest{FirstName: "A", LastName: "V.D. Aäldering"}, true},
		{api.MatchRequest{LastName: "Aaldering"}, true},
		{api.MatchRequest{FirstName: "Aagje van der Aaldering"}, true},
		{api.MatchRequest{Email: "AAGJE@example.nl"}, true},
		{api.MatchRequest{FirstName: "Bea", LastName: "Aaldering"}, false},
		{api.MatchRequest{FirstName: "Aagje", LastName: "Aalders"}, false},
		{api.MatchRequest{FirstName: "Aagje", LastName: "van der"}, false},
	} {
		if got := matchScore(tc.req, known) > 0; got != tc.match {
			t.Errorf("%+v: match %v, want %v", tc.req, got, tc.match)
		}
	}
}
