package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"kring/backend/store"
)

func runEnrolKiosk(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("enrol-kiosk", "Registers a care-home kiosk and prints its one-time enrolment code.\n"+
		"Type the code on the kiosk within 24 hours; it works once.", out)
	dsn := addDBFlag(fs)
	name := fs.String("name", "", "where the kiosk stands, such as \"Lindehof huiskamer 2\" (required)")
	if err := parse(fs, args, "name"); err != nil {
		return err
	}
	env, err := openOperator(ctx, *dsn, nil, out)
	if err != nil {
		return err
	}
	defer env.close()
	code, err := env.auth.CreateKiosk(ctx, *name)
	if err != nil {
		return fmt.Errorf("enrol kiosk: %w", err)
	}
	fmt.Fprintf(out, "enrolment code for %s: %s (valid 24 hours, once)\n", *name, code)
	return nil
}

func runHelpdeskReports(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("helpdesk-reports", "Lists the invitations users reported as unknown, newest first.", out)
	dsn := addDBFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	env, err := openOperator(ctx, *dsn, nil, out)
	if err != nil {
		return err
	}
	defer env.close()
	reports, err := env.portal.HelpdeskReports(ctx)
	if err != nil {
		return err
	}
	if len(reports) == 0 {
		fmt.Fprintln(out, "no helpdesk reports")
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tUSER\tE-MAIL\tPORTAL OF\tINVITED BY\tMAILED TO")
	for _, r := range reports {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.CreatedAt, r.UserName, r.UserEmail,
			r.ClientName, r.InvitedBy, r.Helpdesk)
	}
	return tw.Flush()
}

func runBackup(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("backup", "Writes a consistent copy of a SQLite database while the server runs.\n"+
		"For PostgreSQL, use pg_dump.", out)
	dsn := addDBFlag(fs)
	to := fs.String("to", "", "file to write the copy to; it must not exist yet (required)")
	if err := parse(fs, args, "to"); err != nil {
		return err
	}
	if _, err := os.Stat(*to); err == nil {
		return fmt.Errorf("backup: %s exists already", *to)
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	if db.Dialect() == store.Postgres {
		fmt.Fprintln(out, "This is a PostgreSQL database: back it up with pg_dump, for example\n"+
			"  pg_dump --format=custom --file=kring.dump \"$DATABASE_URL\"")
		return errors.New("backup: no copy made; use pg_dump for PostgreSQL")
	}
	if _, err := db.Exec(ctx, `VACUUM INTO ?`, *to); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(out, "backup written to %s\n", *to)
	return nil
}
