// Package auth signs people in: passwords, SMS codes, trusted devices,
// sessions, password resets and kiosks. It knows nothing of HTTP.
package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/notify"
	"kring/backend/store"
)

// Config holds the limits of signing in; Defaults gives those of SPEC.md.
type Config struct {
	CodeTTL           time.Duration
	MaxCodeAttempts   int
	ResendInterval    time.Duration
	ResendPerHour     int
	ChallengeTTL      time.Duration
	DeviceTrust       time.Duration
	SessionTTL        time.Duration
	IssuedPasswordTTL time.Duration
	ResetTTL          time.Duration
	LockoutFailures   int
	LockoutWindow     time.Duration
	AddressFailures   int
	KioskCodeTTL      time.Duration
	// Helpdesk is the organisation's helpdesk address, which receives
	// reports of unknown invitations (AUTH-7).
	Helpdesk string
	// BaseURL is the server's public address, used in links in mails.
	BaseURL string
}

// Defaults returns the limits of SPEC.md and DESIGN.md.
func Defaults() Config {
	return Config{
		CodeTTL:           5 * time.Minute,
		MaxCodeAttempts:   5,
		ResendInterval:    30 * time.Second,
		ResendPerHour:     5,
		ChallengeTTL:      15 * time.Minute,
		DeviceTrust:       90 * 24 * time.Hour,
		SessionTTL:        30 * 24 * time.Hour,
		IssuedPasswordTTL: 14 * 24 * time.Hour,
		ResetTTL:          10 * time.Minute,
		LockoutFailures:   10,
		LockoutWindow:     15 * time.Minute,
		AddressFailures:   50,
		KioskCodeTTL:      24 * time.Hour,
		Helpdesk:          "helpdesk@zorgorganisatie.example",
		BaseURL:           "http://127.0.0.1:8080",
	}
}

// Service is the sign-in machinery.
type Service struct {
	db     *store.DB
	clock  clock.Clock
	notify notify.Notifier
	cfg    Config
	log    *slog.Logger
	// mailing tracks mails sent after the answer, such as reset mails.
	mailing sync.WaitGroup
	// sessions keeps live sessions for Authenticate (see session.go).
	sessions *store.Cache[liveSession]
}

// New returns a sign-in service.
func New(db *store.DB, clk clock.Clock, n notify.Notifier, cfg Config, log *slog.Logger) *Service {
	return &Service{db: db, clock: clk, notify: n, cfg: cfg, log: log.With("component", "auth"),
		sessions: store.NewCache[liveSession](db, sessionCacheTTL, sessionCacheMax)}
}

// Principal is who a request is made by.
type Principal struct {
	UserID   string
	DeviceID string
	KioskID  string
	Session  string
}

// user is the part of a users row that signing in needs.
type user struct {
	ID            string
	UserName      string
	DisplayName   string
	Email         string
	Phone         string
	PasswordHash  string
	Issued        bool
	IssuedAt      time.Time
	SMSAfterReset bool
	LastVisit     time.Time
	Locked        bool
}

const userColumns = `id, user_name, display_name, email, phone, password_hash,
	password_issued, password_issued_at, sms_after_reset, last_visit_at, locked`

type rowScanner interface {
	Scan(dest ...any) error
}

func scanUser(row rowScanner) (user, error) {
	var u user
	var issuedAt, lastVisit sql.NullString
	err := row.Scan(&u.ID, &u.UserName, &u.DisplayName, &u.Email, &u.Phone,
		&u.PasswordHash, &u.Issued, &issuedAt, &u.SMSAfterReset, &lastVisit, &u.Locked)
	if errors.Is(err, sql.ErrNoRows) {
		return user{}, store.ErrNotFound
	}
	if err != nil {
		return user{}, fmt.Errorf("scan user: %w", err)
	}
	u.IssuedAt = store.ParseNullTime(issuedAt)
	u.LastVisit = store.ParseNullTime(lastVisit)
	return u, nil
}

// UserNameKey is the form in which user names are compared: without case
// or surrounding space.
func UserNameKey(name string) string {
	return strings.ToLower(strings.TrimSpace(name))
}

func (s *Service) userByName(ctx context.Context, name string) (user, error) {
	return scanUser(s.db.QueryRow(ctx,
		`SELECT `+userColumns+` FROM users WHERE user_name_key = ?`, UserNameKey(name)))
}

func (s *Service) userByID(ctx context.Context, id string) (user, error) {
	return scanUser(s.db.QueryRow(ctx, `SELECT `+userColumns+` FROM users WHERE id = ?`, id))
}

// apiUser turns a user row into the API's view of it.
func apiUser(u user) *api.User {
	return &api.User{
		ID: u.ID, UserName: u.UserName, DisplayName: u.DisplayName,
		Email: u.Email, PhoneHint: api.PhoneHint(u.Phone),
	}
}
