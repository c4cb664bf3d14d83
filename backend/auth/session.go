package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// finish ends a sign-in: it trusts the device, records the visit and opens
// a session.
func (s *Service) finish(ctx context.Context, u user, c challenge) (api.SignInResponse, error) {
	now := s.clock.Now()
	resp := api.SignInResponse{Step: api.StepDone, User: apiUser(u)}
	session, sessionHash := newToken()

	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		deviceID, deviceToken, err := s.trustDevice(ctx, tx, u.ID, c)
		if err != nil {
			return err
		}
		resp.DeviceToken = deviceToken

		if _, err := tx.Exec(ctx, `UPDATE users SET last_visit_at = ?, sms_after_reset = FALSE
			WHERE id = ?`, store.Time(now), u.ID); err != nil {
			return fmt.Errorf("record visit: %w", err)
		}
		expires := now.Add(s.cfg.SessionTTL)
		resp.ExpiresAt = expires.Format(time.RFC3339)
		_, err = tx.Exec(ctx, `INSERT INTO sessions (token_hash, user_id, device_id, kiosk_id,
			created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			sessionHash, u.ID, deviceID, c.KioskID, store.Time(now), store.Time(expires))
		if err != nil {
			return fmt.Errorf("open session: %w", err)
		}
		return nil
	})
	if err != nil {
		return api.SignInResponse{}, err
	}

	s.log.Info("signed in", "user_id", u.ID, "kiosk", c.KioskID != "")
	resp.Session = session
	return resp, nil
}

// trustDevice refreshes a device the user already trusts, or trusts a new
// one after a passed code. A kiosk is trusted through its enrolment and
// gets no device token.
func (s *Service) trustDevice(ctx context.Context, tx *store.Tx, userID string, c challenge) (string, string, error) {
	now := store.Time(s.clock.Now())
	if c.KioskID != "" {
		return "", "", nil
	}
	if c.DeviceID != "" {
		_, err := tx.Exec(ctx, `UPDATE devices SET last_seen_at = ? WHERE id = ?`, now, c.DeviceID)
		if err != nil {
			return "", "", fmt.Errorf("refresh device: %w", err)
		}
		return c.DeviceID, "", nil
	}

	id := store.NewID()
	token, hash := newToken()
	_, err := tx.Exec(ctx, `INSERT INTO devices (id, user_id, token_hash, last_seen_at, created_at)
		VALUES (?, ?, ?, ?, ?)`, id, userID, hash, now, now)
	if err != nil {
		return "", "", fmt.Errorf("trust device: %w", err)
	}
	return id, token, nil
}

// trustedDevice returns the id of the user's device with this token, when
// it was seen within the trust period.
func (s *Service) trustedDevice(ctx context.Context, userID, token string) string {
	if token == "" {
		return ""
	}
	var id, seen string
	err := s.db.QueryRow(ctx, `SELECT id, last_seen_at FROM devices
		WHERE token_hash = ? AND user_id = ?`, hashToken(token), userID).Scan(&id, &seen)
	if err != nil {
		return ""
	}
	seenAt, err := store.ParseTime(seen)
	if err != nil || s.clock.Now().Sub(seenAt) > s.cfg.DeviceTrust {
		return ""
	}
	return id
}

// kioskByToken returns the id of the enrolled kiosk with this token.
func (s *Service) kioskByToken(ctx context.Context, token string) string {
	if token == "" {
		return ""
	}
	var id string
	err := s.db.QueryRow(ctx, `SELECT id FROM kiosks WHERE token_hash = ?
		AND enrolled_at IS NOT NULL`, hashToken(token)).Scan(&id)
	if err != nil {
		return ""
	}
	return id
}

// The session cache: Authenticate runs on every request, and its query
// was a fifth of a dossier page read. An entry lives two seconds at most
// and not past a write in this process (store.Cache), so a sign-out, a
// lock or a password change here refuses the session at once; a lock by
// the kring-server lock command, another process, within two seconds.
const (
	sessionCacheTTL = 2 * time.Second
	sessionCacheMax = 10000
)

// liveSession is a session as Authenticate found it.
type liveSession struct {
	principal Principal
	expires   time.Time
}

// Authenticate returns the principal of a live session.
func (s *Service) Authenticate(ctx context.Context, token string) (Principal, error) {
	if token == "" {
		return Principal{}, api.Errorf(api.CodeUnauthorized, "no session")
	}
	now := s.clock.Now()
	live, ok := s.sessions.Get(token, now)
	if !ok {
		gen := s.db.Generation()
		var err error
		if live, err = s.loadSession(ctx, token); err != nil {
			return Principal{}, err
		}
		s.sessions.Put(token, gen, live, now)
	}
	if !now.Before(live.expires) {
		return Principal{}, api.Errorf(api.CodeUnauthorized, "session expired")
	}
	return live.principal, nil
}

// loadSession reads a session that exists and whose user is not locked.
func (s *Service) loadSession(ctx context.Context, token string) (liveSession, error) {
	var p Principal
	var expires string
	var locked bool
	err := s.db.QueryRow(ctx, `SELECT s.user_id, s.device_id, s.kiosk_id, s.expires_at, u.locked
		FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
		hashToken(token)).Scan(&p.UserID, &p.DeviceID, &p.KioskID, &expires, &locked)
	if errors.Is(err, sql.ErrNoRows) {
		return liveSession{}, api.Errorf(api.CodeUnauthorized, "unknown session")
	}
	if err != nil {
		return liveSession{}, fmt.Errorf("load session: %w", err)
	}
	if locked {
		return liveSession{}, api.Errorf(api.CodeUnauthorized, "session expired")
	}
	exp, _ := store.ParseTime(expires)
	p.Session = token
	return liveSession{principal: p, expires: exp}, nil
}

// SignOut ends a session; an unknown session is not an error (AUTH-5).
func (s *Service) SignOut(ctx context.Context, token string) error {
	_, err := s.db.Exec(ctx, `DELETE FROM sessions WHERE token_hash = ?`, hashToken(token))
	if err != nil {
		return fmt.Errorf("end session: %w", err)
	}
	return nil
}

// checkThrottle refuses when subject failed limit times within the window.
func (s *Service) checkThrottle(ctx context.Context, subject string, limit int, code api.Code) error {
	since := s.clock.Now().Add(-s.cfg.LockoutWindow)
	var n int
	err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM sign_in_failures
		WHERE subject = ? AND at > ?`, subject, store.Time(since)).Scan(&n)
	if err != nil {
		return fmt.Errorf("count failures: %w", err)
	}
	if n >= limit {
		e := api.Errorf(code, "too many failed sign-ins")
		e.RetryAfter = int(s.cfg.LockoutWindow.Seconds())
		return e
	}
	return nil
}

// fail records a failed password for the user name and the address.
func (s *Service) fail(ctx context.Context, subject, addr string) error {
	now := store.Time(s.clock.Now())
	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		for _, sub := range []string{subject, "addr:" + addr} {
			if _, err := tx.Exec(ctx, `INSERT INTO sign_in_failures (subject, at) VALUES (?, ?)`,
				sub, now); err != nil {
				return fmt.Errorf("record failure: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return api.Errorf(api.CodeInvalidCredentials, "wrong user name or password")
}

func (s *Service) clearFailures(ctx context.Context, subject string) error {
	if _, err := s.db.Exec(ctx, `DELETE FROM sign_in_failures WHERE subject = ?`, subject); err != nil {
		return fmt.Errorf("clear failures: %w", err)
	}
	return nil
}
