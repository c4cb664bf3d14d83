package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"kring/backend/ecd"
)

// runClosePortal closes a client's portal when care ends (ECD-5, ORG-1).
func runClosePortal(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("close-portal", "Closes a client's portal: it turns read-only now and its data is\n"+
		"deleted after the read-only period, keeping a record that it existed.", out)
	dsn := dbFlag(fs)
	client := fs.String("client", "", "Kring client id or the ECD's patient id (required)")
	days := fs.Int("read-only-days", 30, "days the portal stays readable before its data is deleted")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *client == "" {
		return errors.New("--client is required")
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	closed, err := ecd.ClosePortal(ctx, db, *client, *days, "operator", time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "portal %s closed at %s; read-only until %s, then deleted\n", closed.ClientID,
		closed.ClosedAt.Format(time.RFC3339), closed.DeleteAfter.Format(time.RFC3339))
	return nil
}

// runDeletedPortals lists the record of deleted portals.
func runDeletedPortals(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("deleted-portals", "Lists the portals that were closed and deleted.", out)
	dsn := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	list, err := ecd.DeletedPortals(ctx, db)
	if err != nil {
		return err
	}
	for _, d := range list {
		fmt.Fprintf(out, "client %s (ECD patient %q) closed %s by %s, deleted %s\n",
			d.ClientID, d.FHIRID, d.ClosedAt, d.ClosedBy, d.DeletedAt)
	}
	return nil
}
