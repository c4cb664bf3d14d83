// Command kring-server runs the Kring portal server and its operator tools.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"kring/backend/store"
)

// command is one sub-command of kring-server.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, out io.Writer) error
}

var commands = []command{
	{"serve", "run the portal server", runServe},
	{"migrate", "bring the database schema to the newest version and exit", runMigrate},
	{"create-portal", "create a client portal and mail its first administrator", runCreatePortal},
	{"lock", "lock an account", runLock},
	{"unlock", "unlock an account or end a lockout", runUnlock},
	{"set-phone", "set the mobile number of an account", runSetPhone},
	{"enrol-kiosk", "register a kiosk and print its one-time enrolment code", runEnrolKiosk},
	{"helpdesk-reports", "list invitations reported as unknown", runHelpdeskReports},
	{"backup", "write a consistent copy of a SQLite database", runBackup},
	{"import", "import FHIR R4 JSON from the ECD (files or folders)", runImport},
	{"pending", "list imported resources waiting for their client", runPending},
	{"ecd-key", "print a new key for an ECD system (or revoke one)", runECDKey},
	{"close-portal", "close a client's portal: read-only, then deleted", runClosePortal},
	{"deleted-portals", "list the record of deleted portals", runDeletedPortals},
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	slog.SetDefault(log)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "kring-server:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(out)
		if len(args) == 0 {
			return errors.New("no command given")
		}
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], out)
		}
	}
	usage(out)
	return fmt.Errorf("unknown command %q", args[0])
}

func usage(out io.Writer) {
	fmt.Fprintln(out, "kring-server runs the Kring client portal server and its operator tools.")
	fmt.Fprintln(out, "\nUsage: kring-server COMMAND [flags]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(out, "  %-17s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(out, "\nRun 'kring-server COMMAND --help' for the flags of a command.")
}

// newFlags returns a flag set whose --help lists every flag.
func newFlags(name, summary string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: kring-server %s [flags]\n\n%s\n\nFlags:\n", name, summary)
		fs.PrintDefaults()
	}
	return fs
}

// dbFlag adds the --db flag that every command on the database shares.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "kring.db", "SQLite file, or a postgres:// URL")
}

// openDB opens and migrates the database a command was pointed at.
func openDB(ctx context.Context, dsn string) (*store.DB, error) {
	db, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	return db, nil
}
