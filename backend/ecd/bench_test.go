package ecd

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"kring/backend/store"
	"kring/backend/store/storetest"
)

// BenchmarkImportReports measures importing care reports into one client,
// one transaction each, and skipping them on a second run.
func BenchmarkImportReports(b *testing.B) {
	var doc strings.Builder
	doc.WriteString(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":` + jo + `}`)
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&doc, `,{"resource":{"resourceType":"Observation","id":"o%d","subject":{"reference":"Patient/p1"},`+
			`"effectiveDateTime":"2026-11-01T08:00:00+01:00","code":{"text":"ADL"},"valueString":"Geholpen met wassen, ging goed."}}`, i)
	}
	doc.WriteString(`]}`)
	entries, err := Decode([]byte(doc.String()), "bench")
	if err != nil {
		b.Fatal(err)
	}

	for _, run := range []string{"new", "unchanged"} {
		b.Run(run, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := storetest.Open(b, store.SQLite)
				im := newImporter(b, db)
				if run == "unchanged" {
					if _, err := im.Import(context.Background(), entries); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if _, err := im.Import(context.Background(), entries); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(entries)), "resources/op")
		})
	}
}
