package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportCommand imports the shared samples twice through the command
// line and reads the printed reports.
func TestImportCommand(t *testing.T) {
	samples := filepath.Join("..", "..", "..", "..", "shared", "fhir")
	if dir := os.Getenv("KRING_FHIR_SAMPLES"); dir != "" {
		samples = dir
	}
	if _, err := os.Stat(samples); err != nil {
		t.Fatalf("FHIR samples missing at %s (set KRING_FHIR_SAMPLES): %v", samples, err)
	}
	db := filepath.Join(t.TempDir(), "kring.db")
	ctx := context.Background()

	var first, second bytes.Buffer
	if err := run(ctx, []string{"import", "--db", db, samples}, &first); err != nil {
		t.Fatalf("import: %v\n%s", err, first.String())
	}
	for _, want := range []string{"Patient                     2", "FHIR XML is not read",
		"unresolved Composition/nl-core-SOAPReport-01"} {
		if !strings.Contains(first.String(), want) {
			t.Errorf("first report lacks %q:\n%s", want, first.String())
		}
	}
	if err := run(ctx, []string{"import", "--db", db, samples}, &second); err != nil {
		t.Fatalf("second import: %v", err)
	}
	if !strings.Contains(second.String(), "Patient                     0        0        2") {
		t.Errorf("second import did not skip the patients:\n%s", second.String())
	}

	var key, closed bytes.Buffer
	if err := run(ctx, []string{"ecd-key", "--db", db, "--name", "Test"}, &key); err != nil ||
		!strings.HasPrefix(key.String(), "kring-ecd-") {
		t.Errorf("ecd-key: %q %v", key.String(), err)
	}
	err := run(ctx, []string{"close-portal", "--db", db, "--client", "nl-core-Patient-01", "--read-only-days", "30"}, &closed)
	if err != nil || !strings.Contains(closed.String(), "then deleted") {
		t.Errorf("close-portal: %q %v", closed.String(), err)
	}
}
