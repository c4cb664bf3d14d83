package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"kring/backend/ecd"
)

// runECDKey makes (or revokes) the key with which an ECD system calls
// /api/v1/ecd. Only a hash is stored; the key is printed once.
func runECDKey(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("ecd-key", "Prints a new key for an ECD system, to be sent as\n"+
		"'Authorization: Bearer KEY' to /api/v1/ecd. Only its hash is stored.", out)
	dsn := dbFlag(fs)
	name := fs.String("name", "", "name of the ECD system (required)")
	revoke := fs.Bool("revoke", false, "revoke every key with this name instead")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *name == "" {
		return errors.New("--name is required")
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()

	if *revoke {
		n, err := ecd.RevokeKey(ctx, db, *name, time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "%d keys of %q revoked\n", n, *name)
		return nil
	}
	key, err := ecd.NewKey(ctx, db, *name, time.Now())
	if err != nil {
		return err
	}
	fmt.Fprintln(out, key)
	return nil
}
