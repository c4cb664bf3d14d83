package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kring/backend/store"
)

// runCmd runs kring-server with args and returns what it printed.
func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(context.Background(), args, &out)
	return out.String(), err
}

// TestOperatorHelp checks that every operator command explains every
// flag, --db among them.
func TestOperatorHelp(t *testing.T) {
	for _, tc := range []struct {
		cmd   string
		flags []string
	}{
		{"create-portal", []string{"db", "client", "admin-first-name", "admin-last-name", "admin-gender",
			"admin-email", "admin-mobile", "organisation", "base-url", "print-mail", "smtp-host",
			"smtp-port", "smtp-user", "smtp-from", "smtp-tls"}},
		{"lock", []string{"db", "user"}},
		{"unlock", []string{"db", "user"}},
		{"set-phone", []string{"db", "user", "mobile"}},
		{"enrol-kiosk", []string{"db", "name"}},
		{"helpdesk-reports", []string{"db"}},
		{"backup", []string{"db", "to"}},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			out, err := runCmd(t, tc.cmd, "--help")
			if !errors.Is(err, flag.ErrHelp) {
				t.Fatalf("--help: %v", err)
			}
			for _, f := range tc.flags {
				if !strings.Contains(out, "-"+f) {
					t.Fatalf("help of %s does not describe --%s:\n%s", tc.cmd, f, out)
				}
			}
		})
	}
}

// TestOperatorCommands runs the operator's day on one SQLite file.
func TestOperatorCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kring.db")

	out, err := runCmd(t, "create-portal", "--db", db, "--print-mail", "--base-url", "https://kring.example",
		"--client", "Gerrit Jansen", "--admin-first-name", "Els", "--admin-last-name", "Jansen",
		"--admin-email", "els+vader@example.nl", "--admin-mobile", "06-13572468")
	if err != nil {
		t.Fatalf("create-portal: %v\n%s", err, out)
	}
	for _, want := range []string{"mail to els+vader@example.nl", "Gebruikersnaam: els.jansen",
		"https://kring.example", "sent: account"} {
		if !strings.Contains(out, want) {
			t.Fatalf("create-portal output lacks %q:\n%s", want, out)
		}
	}
	_, err = runCmd(t, "create-portal", "--db", db, "--print-mail", "--client", "X",
		"--admin-first-name", "A", "--admin-last-name", "B", "--admin-email", "a@example.nl",
		"--admin-mobile", "030-1234567")
	if err == nil {
		t.Fatal("a landline must be refused")
	}

	for _, args := range [][]string{
		{"lock", "--db", db, "--user", "els.jansen"},
		{"set-phone", "--db", db, "--user", "els.jansen", "--mobile", "+31 (0)6 2468 1357"},
		{"unlock", "--db", db, "--user", "els.jansen"},
	} {
		if out, err := runCmd(t, args...); err != nil {
			t.Fatalf("%s: %v\n%s", args[0], err, out)
		}
	}
	if _, err := runCmd(t, "lock", "--db", db, "--user", "niemand"); err == nil {
		t.Fatal("locking an unknown account must fail")
	}
	if _, err := runCmd(t, "lock", "--db", db); err == nil {
		t.Fatal("lock without --user must fail")
	}

	out, err = runCmd(t, "enrol-kiosk", "--db", db, "--name", "Lindehof hal")
	if err != nil || !regexp.MustCompile(`[A-Z2-9]{5}-[A-Z2-9]{5}`).MatchString(out) {
		t.Fatalf("enrol-kiosk: %v\n%s", err, out)
	}
	out, err = runCmd(t, "helpdesk-reports", "--db", db)
	if err != nil || !strings.Contains(out, "no helpdesk reports") {
		t.Fatalf("helpdesk-reports: %v\n%s", err, out)
	}

	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if out, err := runCmd(t, "backup", "--db", db, "--to", copyPath); err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	copyDB, err := store.Open(context.Background(), copyPath)
	if err != nil {
		t.Fatalf("open backup: %v", err)
	}
	defer copyDB.Close()
	var phone string
	var locked bool
	if err := copyDB.QueryRow(context.Background(), `SELECT phone, locked FROM users
		WHERE user_name = 'els.jansen'`).Scan(&phone, &locked); err != nil || phone != "+31624681357" || locked {
		t.Fatalf("backup holds phone %q locked %v: %v", phone, locked, err)
	}
	if _, err := runCmd(t, "backup", "--db", db, "--to", copyPath); err == nil {
		t.Fatal("backup over an existing file must fail")
	}
	if _, err := os.Stat(copyPath); err != nil {
		t.Fatal(err)
	}
}
