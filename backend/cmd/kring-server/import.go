package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"kring/backend/clock"
	"kring/backend/ecd"
)

// runImport reads FHIR R4 JSON files and folders into the portal (ECD-1).
func runImport(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("import", "Imports FHIR R4 JSON resources and Bundles from files and folders\n"+
		"(recursively) into the portal. XML files are left out with a note. Importing the\n"+
		"same data again changes nothing. Usage: kring-server import [flags] PATH...", out)
	dsn := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("give one or more files or folders to import")
	}

	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	entries, notes, err := ecd.ReadPaths(fs.Args())
	if err != nil {
		return err
	}
	im := ecd.NewImporter(db, clock.System{}, slog.Default())
	rep, err := im.Import(ctx, entries)
	if rep != nil {
		rep.Notes = notes
		rep.Print(out)
	}
	if err != nil {
		return fmt.Errorf("import stopped: %w", err)
	}
	if n := rep.Total(ecd.Failed); n > 0 {
		return fmt.Errorf("%d resources failed; the others were imported", n)
	}
	return nil
}

// runPending lists the resources waiting for their client.
func runPending(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("pending", "Lists imported resources that wait for their client (a patient\n"+
		"not imported yet, or no subject at all).", out)
	dsn := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	list, err := ecd.Pending(ctx, db)
	if err != nil {
		return err
	}
	for _, p := range list {
		fmt.Fprintf(out, "%s/%s since %s: %s\n", p.Type, p.ID, p.ReceivedAt, p.Reason)
	}
	fmt.Fprintf(out, "%d resources pending\n", len(list))
	return nil
}
