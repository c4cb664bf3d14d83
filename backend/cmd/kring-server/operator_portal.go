package main

import (
	"context"
	"fmt"
	"io"

	"kring/backend/portal"
)

func runCreatePortal(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("create-portal", "Creates a client portal and names its first portal administrator.\n"+
		"The administrator gets every right and a mail: a user name and one-time password\n"+
		"for a new account, or an invitation when their e-mail address has an account.", out)
	dsn := addDBFlag(fs)
	mail := addMailFlags(fs)
	var in portal.NewPortal
	fs.StringVar(&in.ClientName, "client", "", "the client's full name (required)")
	fs.StringVar(&in.AdminGiven, "admin-first-name", "", "first name of the first administrator (required)")
	fs.StringVar(&in.AdminFamily, "admin-last-name", "", "last name of the first administrator, with prefixes (required)")
	fs.StringVar(&in.AdminGender, "admin-gender", "unknown", "gender of the administrator: male, female, other or unknown")
	fs.StringVar(&in.AdminEmail, "admin-email", "", "e-mail address of the administrator (required)")
	fs.StringVar(&in.AdminPhone, "admin-mobile", "", "mobile number of the administrator, for SMS codes (required)")
	fs.StringVar(&in.Organisation, "organisation", "de zorgorganisatie", "who invites, as named in an invitation mail")
	if err := parse(fs, args, "client", "admin-first-name", "admin-last-name", "admin-email", "admin-mobile"); err != nil {
		return err
	}

	env, err := openOperator(ctx, *dsn, mail, out)
	if err != nil {
		return err
	}
	defer env.close()
	created, err := env.portal.CreatePortal(ctx, in, env.auth)
	if err != nil {
		return fmt.Errorf("create portal: %w", err)
	}
	fmt.Fprintf(out, "portal %s created for %s; first administrator %s %s was sent: %s\n",
		created.ClientID, in.ClientName, in.AdminGiven, in.AdminFamily, created.Kind)
	return nil
}

func runLock(ctx context.Context, args []string, out io.Writer) error {
	return setLocked(ctx, "lock", "Locks an account: it can no longer sign in, and its sessions end.", true, args, out)
}

func runUnlock(ctx context.Context, args []string, out io.Writer) error {
	return setLocked(ctx, "unlock", "Unlocks an account, and ends a lockout after failed sign-ins.", false, args, out)
}

func setLocked(ctx context.Context, name, summary string, locked bool, args []string, out io.Writer) error {
	fs := newFlags(name, summary, out)
	dsn := addDBFlag(fs)
	user := fs.String("user", "", "user name of the account (required)")
	if err := parse(fs, args, "user"); err != nil {
		return err
	}
	env, err := openOperator(ctx, *dsn, nil, out)
	if err != nil {
		return err
	}
	defer env.close()
	if err := env.auth.SetLocked(ctx, *user, locked); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(out, "account %s %sed\n", *user, name)
	return nil
}

func runSetPhone(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("set-phone", "Sets the mobile number of an account, for a user who lost their phone.", out)
	dsn := addDBFlag(fs)
	user := fs.String("user", "", "user name of the account (required)")
	phone := fs.String("mobile", "", "the new Dutch mobile number, such as 06-12345678 (required)")
	if err := parse(fs, args, "user", "mobile"); err != nil {
		return err
	}
	env, err := openOperator(ctx, *dsn, nil, out)
	if err != nil {
		return err
	}
	defer env.close()
	if err := env.auth.SetPhoneByUserName(ctx, *user, *phone); err != nil {
		return fmt.Errorf("set phone: %w", err)
	}
	fmt.Fprintf(out, "mobile number of %s set\n", *user)
	return nil
}
