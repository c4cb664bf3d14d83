package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"kring/backend/auth"
	"kring/backend/clock"
	"kring/backend/demo"
	"kring/backend/ecd"
	"kring/backend/notify"
	"kring/backend/portal"
	"kring/backend/server"
)

// serveConfig is everything serve can be told.
type serveConfig struct {
	addr     string
	db       string
	demo     bool
	baseURL  string
	helpdesk string
	smtp     notify.SMTPConfig
	sms      notify.GatewayConfig
}

func serveFlags(out io.Writer) (*serveConfig, *flag.FlagSet) {
	cfg := &serveConfig{}
	fs := newFlags("serve", "Runs the portal server. Secrets can also be given in the environment:\n"+
		"KRING_SMTP_PASSWORD and KRING_SMS_API_KEY.", out)
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&cfg.db, "db", "kring.db", "SQLite file, or a postgres:// URL")
	fs.BoolVar(&cfg.demo, "demo", false,
		"demo mode: seed a demo care home, print its accounts, and deliver mail and SMS to a dev outbox at /dev/outbox")
	fs.StringVar(&cfg.baseURL, "base-url", "", "public address of this server, used in links in mails (default http://ADDR)")
	fs.StringVar(&cfg.helpdesk, "helpdesk", "helpdesk@zorgorganisatie.example", "e-mail address of the organisation's helpdesk")
	fs.StringVar(&cfg.smtp.Host, "smtp-host", "", "SMTP server for mail (required unless --demo)")
	fs.IntVar(&cfg.smtp.Port, "smtp-port", 587, "SMTP port")
	fs.StringVar(&cfg.smtp.User, "smtp-user", "", "SMTP user name")
	fs.StringVar(&cfg.smtp.From, "smtp-from", "Kring <noreply@zorgorganisatie.example>", "sender of mails")
	fs.StringVar(&cfg.smtp.TLS, "smtp-tls", "starttls", "SMTP security: starttls, tls or none")
	fs.StringVar(&cfg.sms.URL, "sms-url", "", "HTTP SMS gateway that receives POST {to, from, text} (required unless --demo)")
	fs.StringVar(&cfg.sms.Sender, "sms-sender", "Kring", "sender name shown on SMS")
	return cfg, fs
}

func runServe(ctx context.Context, args []string, out io.Writer) error {
	cfg, fs := serveFlags(out)
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg.smtp.Password = os.Getenv("KRING_SMTP_PASSWORD")
	cfg.sms.APIKey = os.Getenv("KRING_SMS_API_KEY")
	if cfg.baseURL == "" {
		cfg.baseURL = "http://" + cfg.addr
	}
	log := slog.Default()

	db, err := openDB(ctx, cfg.db)
	if err != nil {
		return err
	}
	defer db.Close()

	notifier, outbox, err := notifierFor(cfg, log)
	if err != nil {
		return err
	}
	if cfg.demo {
		if err := demo.Seed(ctx, db, time.Now()); err != nil {
			return fmt.Errorf("seed demo: %w", err)
		}
		printDemoAccounts(out, cfg.baseURL)
	}

	// Closed portals past their read-only period are deleted at start and daily.
	go ecd.RunSweeper(ctx, db, clock.System{}, ecd.SweepInterval, log)

	authCfg := auth.Defaults()
	authCfg.BaseURL = cfg.baseURL
	authCfg.Helpdesk = cfg.helpdesk
	signIn := auth.New(db, clock.System{}, notifier, authCfg, log)
	domain := portal.New(db, clock.System{}, log)
	// After the last request: finish mails under way and write the audit log.
	defer domain.Close()
	defer signIn.WaitMail()
	srv := server.New(server.Options{
		DB:     db,
		Auth:   signIn,
		Portal: domain,
		Outbox: outbox,
		Log:    log,
	})
	go srv.RunJanitor(ctx, time.Hour)
	return listen(ctx, cfg.addr, srv.Handler(), log)
}

// notifierFor picks real delivery, or the dev outbox in demo mode.
func notifierFor(cfg *serveConfig, log *slog.Logger) (notify.Notifier, *notify.Outbox, error) {
	if cfg.demo {
		o := notify.NewOutbox(log)
		return o, o, nil
	}
	if cfg.smtp.Host == "" || cfg.sms.URL == "" {
		return nil, nil, errors.New("--smtp-host and --sms-url are required outside --demo")
	}
	return notify.Pair{Mailer: notify.NewSMTP(cfg.smtp), Texter: notify.NewGateway(cfg.sms)}, nil, nil
}

func printDemoAccounts(out io.Writer, baseURL string) {
	fmt.Fprintln(out, "Kring demo: accounts you can sign in with")
	for _, a := range demo.Accounts {
		fmt.Fprintf(out, "  user name %-15s password %-17s (%s)\n", a.UserName, a.Password, a.Note)
	}
	fmt.Fprintf(out, "SMS codes and mails appear in this log and at %s/dev/outbox\n", strings.TrimSuffix(baseURL, "/"))
}

// listen serves until ctx ends, then shuts down gracefully.
func listen(ctx context.Context, addr string, h http.Handler, log *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	// Requests live in ctx, so open live streams end when the server stops
	// instead of holding the shutdown for its whole grace period.
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	log.Info("listening", "addr", ln.Addr().String())

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}

	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

func runMigrate(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("migrate", "Brings the database schema to the newest version.", out)
	dsn := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	db, err := openDB(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	v, _, err := db.Version()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "database at schema version %d\n", v)
	return nil
}
