package search

import (
	"fmt"
	"strings"
	"testing"
)

func TestSearchIgnoresCaseAndAccents(t *testing.T) {
	ix := Build([]Doc{
		{ClientID: "c1", ID: "r1", SortKey: "2026-01-01", Text: "Gesprek met de cliënten over het eten."},
		{ClientID: "c1", ID: "r2", SortKey: "2026-02-01", Text: "Mevrouw had een goede nacht; ÉÉN keer wakker."},
		{ClientID: "c2", ID: "r3", SortKey: "2026-03-01", Text: "Cliënten van een ander portaal."},
		{ClientID: "c1", ID: "r4", SortKey: "2026-04-01", Text: "Zoon kwam op bezoek, mevrouw was blij."},
	})
	cases := []struct {
		query string
		want  []string
	}{
		{"clienten", []string{"r1"}},
		{"CLIËNTEN", []string{"r1"}},
		{"een", []string{"r2"}},
		{"mevr", []string{"r4", "r2"}},
		{"mevrouw blij", []string{"r4"}},
		{"nacht bezoek", nil},
		{"  ", nil},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			hits := ix.Search("c1", tc.query, 10)
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("search %q: %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

func TestSnippetShowsTheMatch(t *testing.T) {
	long := "Begin. Dit is een lange tekst met veel woorden die niet passen in een korte weergave " +
		"en daarom knippen we rond het woord fysiotherapie zodat het te zien is."
	ix := Build([]Doc{{ClientID: "c", ID: "r", Text: long}})
	hits := ix.Search("c", "fysio", 1)
	if len(hits) != 1 {
		t.Fatal("no hit")
	}
	if got := hits[0].Snippet; !strings.Contains(got, "fysiotherapie") {
		t.Fatalf("snippet %q lacks the match", got)
	}
}

// BenchmarkSearch searches 5,500 reports, a five-year dossier.
func BenchmarkSearch(b *testing.B) {
	words := []string{"mevrouw", "meneer", "cliënt", "goed", "geslapen", "gegeten",
		"fysiotherapie", "wond", "verzorgd", "bezoek", "dochter", "zoon", "wandeling",
		"medicatie", "pijn", "onrustig", "vrolijk", "douche", "ontbijt", "avondeten"}
	docs := make([]Doc, 5500)
	for i := range docs {
		text := ""
		for j := 0; j < 60; j++ {
			text += words[(i*7+j*13)%len(words)] + " "
		}
		docs[i] = Doc{ClientID: "c", ID: fmt.Sprint(i), SortKey: fmt.Sprintf("%08d", i), Text: text}
	}
	ix := Build(docs)
	b.ResetTimer()
	for b.Loop() {
		if len(ix.Search("c", "mevr pijn", 50)) == 0 {
			b.Fatal("no hits")
		}
	}
}
