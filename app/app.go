// Package app is the desktop side of Kring: the services bound to the UI,
// wired to the session, the local cache and sync with the portal server.
package app

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// Config is how the desktop app is set up.
type Config struct {
	ServerURL string
	Kiosk     bool
	DataDir   string
	// KioskIdleSeconds is the time without use after which a kiosk warns
	// and then signs out.
	KioskIdleSeconds int
}

// DefaultConfig points at the local demo server unless KRING_SERVER says
// otherwise.
func DefaultConfig() Config {
	cfg := Config{ServerURL: "http://127.0.0.1:8080", KioskIdleSeconds: 120}
	if v := os.Getenv("KRING_SERVER"); v != "" {
		cfg.ServerURL = v
	}
	if os.Getenv("KRING_KIOSK") == "1" {
		cfg.Kiosk = true
	}
	if dir, err := os.UserConfigDir(); err == nil {
		cfg.DataDir = filepath.Join(dir, "Kring")
	}
	return cfg
}

// App owns the bound services and their shared state.
type App struct {
	cfg      Config
	log      *slog.Logger
	ctx      context.Context
	Session  *SessionService
	Portal   *PortalService
	Agenda   *AgendaService
	Dossier  *DossierService
	Messages *MessagesService
	Details  *DetailsService
	Users    *UsersService
	Profile  *ProfileService
	Outbox   *OutboxService
	Search   *SearchService
	core     *core
}

// New builds the app; nothing touches the network or disk until Startup.
func New(cfg Config) (*App, error) {
	a := &App{cfg: cfg, log: slog.Default().With("component", "app")}
	core := newCore(cfg, a.log)
	a.core = core
	a.Session = &SessionService{core: core}
	a.Portal = &PortalService{core: core}
	a.Agenda = &AgendaService{core: core}
	a.Dossier = &DossierService{core: core}
	a.Messages = &MessagesService{core: core}
	a.Details = &DetailsService{core: core}
	a.Users = &UsersService{core: core}
	a.Profile = &ProfileService{core: core}
	a.Outbox = &OutboxService{core: core}
	a.Search = &SearchService{core: core}
	return a, nil
}

// Services lists the structs whose methods the UI may call.
func (a *App) Services() []any {
	return []any{a.Session, a.Portal, a.Agenda, a.Dossier, a.Messages, a.Details,
		a.Users, a.Profile, a.Outbox, a.Search}
}

// Startup runs when the window is ready.
func (a *App) Startup(ctx context.Context) {
	a.ctx = ctx
	a.core.emit = func(event string, data ...any) {
		runtime.EventsEmit(ctx, event, data...)
	}
	a.core.start(ctx)
}

// Shutdown runs when the window closes.
func (a *App) Shutdown(ctx context.Context) {
	a.core.stop()
}
