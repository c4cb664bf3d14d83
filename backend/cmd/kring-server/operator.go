package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"kring/backend/auth"
	"kring/backend/clock"
	"kring/backend/notify"
	"kring/backend/portal"
	"kring/backend/store"
)

// The operator's commands (ORG-1). Each opens the database given by --db
// and does one thing.

// operatorEnv is what an operator command works with.
type operatorEnv struct {
	db     *store.DB
	auth   *auth.Service
	portal *portal.Portal
}

// mailFlags are the flags of commands that send mail.
type mailFlags struct {
	baseURL string
	print   bool
	smtp    notify.SMTPConfig
}

func addDBFlag(fs *flag.FlagSet) *string {
	return dbFlag(fs)
}

func addMailFlags(fs *flag.FlagSet) *mailFlags {
	m := &mailFlags{}
	fs.StringVar(&m.baseURL, "base-url", "http://127.0.0.1:8080", "public address of the portal server, named in mails")
	fs.BoolVar(&m.print, "print-mail", false,
		"print the mail here instead of sending it (testing only: it shows the one-time password)")
	fs.StringVar(&m.smtp.Host, "smtp-host", "", "SMTP server for mail (required unless --print-mail); password in KRING_SMTP_PASSWORD")
	fs.IntVar(&m.smtp.Port, "smtp-port", 587, "SMTP port")
	fs.StringVar(&m.smtp.User, "smtp-user", "", "SMTP user name")
	fs.StringVar(&m.smtp.From, "smtp-from", "Kring <noreply@zorgorganisatie.example>", "sender of mails")
	fs.StringVar(&m.smtp.TLS, "smtp-tls", "starttls", "SMTP security: starttls, tls or none")
	return m
}

// printer is a notifier that writes messages to the operator's terminal.
type printer struct{ out io.Writer }

func (p printer) SendMail(_ context.Context, m notify.Mail) error {
	fmt.Fprintf(p.out, "--- mail to %s: %s\n%s\n---\n", m.To, m.Subject, m.Text)
	return nil
}

func (p printer) SendSMS(_ context.Context, s notify.SMS) error {
	fmt.Fprintf(p.out, "--- sms to %s\n%s\n---\n", s.To, s.Text)
	return nil
}

// noSMS refuses texts: operator commands send mail only.
type noSMS struct{}

func (noSMS) SendSMS(context.Context, notify.SMS) error {
	return errors.New("operator commands send no sms")
}

// openOperator opens the database and the services on it.
func openOperator(ctx context.Context, dsn string, mail *mailFlags, out io.Writer) (*operatorEnv, error) {
	var n notify.Notifier = notify.Pair{Mailer: printer{out}, Texter: noSMS{}}
	cfg := auth.Defaults()
	if mail != nil {
		cfg.BaseURL = mail.baseURL
		if !mail.print {
			if mail.smtp.Host == "" {
				return nil, errors.New("--smtp-host is required unless --print-mail")
			}
			mail.smtp.Password = os.Getenv("KRING_SMTP_PASSWORD")
			n = notify.Pair{Mailer: notify.NewSMTP(mail.smtp), Texter: noSMS{}}
		}
	}
	db, err := openDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	log := slog.Default()
	return &operatorEnv{db: db, auth: auth.New(db, clock.System{}, n, cfg, log),
		portal: portal.New(db, clock.System{}, log)}, nil
}

func (e *operatorEnv) close() {
	e.portal.Close()
	e.db.Close()
}

// parse parses flags and checks that the required ones are given.
func parse(fs *flag.FlagSet, args []string, required ...string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, name := range required {
		if fs.Lookup(name).Value.String() == "" {
			fs.Usage()
			return fmt.Errorf("--%s is required", name)
		}
	}
	return nil
}
