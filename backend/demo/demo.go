// Package demo fills an empty portal database with a care home, De
// Lindehof, so that a person can try Kring without an ECD. The home's
// clients, staff, care plans, reports and appointments are made as FHIR
// resources and go in through the ECD importer, together with the Nictiz
// example bundle embedded from fhir/; the people around the clients, their
// messages and board posts are written directly.
package demo

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"strings"
	"time"

	"kring/backend/clock"
	"kring/backend/ecd"
	"kring/backend/store"
)

// Account is a demo user's sign-in details, printed at start.
type Account struct {
	UserName string
	Password string
	Note     string
}

// Accounts are the demo users. Their passwords are public on purpose.
var Accounts = []Account{
	{UserName: "anna.devries", Password: "Kring-demo-2026",
		Note: "dochter, toegang tot twee cliënten, beheerder van het portaal van Maria de Vries"},
	{UserName: "pieter.bakker", Password: "Welkom-Kring-1",
		Note: "buurman, eerste keer inloggen: kiest een nieuw wachtwoord"},
}

// GeneratorSeed is the seed of the demo: the same seed and day give the same demo.
const GeneratorSeed = 2026

//go:embed fhir/*.json
var fhirFiles embed.FS

// Seed fills db when it holds no clients yet; a seeded database is left
// alone so that demo changes survive a restart.
func Seed(ctx context.Context, db *store.DB, now time.Time) error {
	var n int
	if err := db.QueryRow(ctx, `SELECT COUNT(*) FROM clients`).Scan(&n); err != nil {
		return fmt.Errorf("count clients: %w", err)
	}
	if n > 0 {
		return nil
	}
	if err := importECD(ctx, db, now); err != nil {
		return err
	}
	return db.InTx(ctx, func(tx *store.Tx) error {
		s := seeder{ctx: ctx, tx: tx, now: now, gen: newGenerator(GeneratorSeed+1, now)}
		s.run()
		return s.err
	})
}

// importECD sends the Nictiz examples and the generated home through the
// importer, as an ECD would.
func importECD(ctx context.Context, db *store.DB, now time.Time) error {
	sub, err := fs.Sub(fhirFiles, "fhir")
	if err != nil {
		return fmt.Errorf("demo FHIR files: %w", err)
	}
	entries, _, err := ecd.ReadFS(sub)
	if err != nil {
		return err
	}
	for i, r := range newGenerator(GeneratorSeed, now).resources() {
		data, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode demo resource: %w", err)
		}
		got, err := ecd.Decode(data, fmt.Sprintf("demo resource %d", i))
		if err != nil {
			return fmt.Errorf("decode demo resource %d: %w", i, err)
		}
		entries = append(entries, got...)
	}

	im := ecd.NewImporter(db, clock.NewFake(now), slog.New(slog.NewTextHandler(io.Discard, nil)))
	rep, err := im.Import(ctx, entries)
	if err != nil {
		return fmt.Errorf("import demo: %w", err)
	}
	if rep.Total(ecd.Failed) > 0 {
		var b strings.Builder
		rep.Print(&b)
		return errors.New("demo resources failed to import:\n" + b.String())
	}
	return nil
}
