package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// ForgotPassword mails a reset link when user name and e-mail address
// belong together (AUTH-4). It answers the same, at once, whether or not
// they do: the look-up and the mail happen after the answer, so neither
// the answer nor its timing tells whether an account exists.
func (s *Service) ForgotPassword(ctx context.Context, req api.ForgotPasswordRequest) {
	s.mailing.Add(1)
	go func() {
		defer s.mailing.Done()
		ctx := context.WithoutCancel(ctx)
		if err := s.sendReset(ctx, req); err != nil {
			s.log.Error("reset mail not sent", "err", err)
		}
	}()
}

// WaitMail waits for mails still being sent after their answer, for tests
// and a graceful shutdown.
func (s *Service) WaitMail() { s.mailing.Wait() }

func (s *Service) sendReset(ctx context.Context, req api.ForgotPasswordRequest) error {
	u, err := s.userByName(ctx, req.UserName)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if u.Email == "" || !strings.EqualFold(strings.TrimSpace(req.Email), u.Email) {
		return nil
	}

	if flooded, err := s.resetFlooded(ctx, u.ID); err != nil || flooded {
		return err
	}

	token, hash := newToken()
	expires := s.clock.Now().Add(s.cfg.ResetTTL)
	_, err = s.db.Exec(ctx, `INSERT INTO password_resets (token_hash, user_id, expires_at)
		VALUES (?, ?, ?)`, hash, u.ID, store.Time(expires))
	if err != nil {
		return fmt.Errorf("store reset: %w", err)
	}

	link := strings.TrimSuffix(s.cfg.BaseURL, "/") + "/reset?token=" + url.QueryEscape(token)
	if err := s.notify.SendMail(ctx, resetMail(u, link)); err != nil {
		return fmt.Errorf("send reset mail: %w", err)
	}
	s.log.Info("reset mail sent", "user_id", u.ID)
	return nil
}

// resetFlooded reports whether the user was sent as many reset mails in
// the last hour as codes may be sent, so that nobody can flood a mailbox
// by asking again and again.
func (s *Service) resetFlooded(ctx context.Context, userID string) (bool, error) {
	// A reset made at t expires at t + ResetTTL.
	since := s.clock.Now().Add(-time.Hour + s.cfg.ResetTTL)
	var n int
	err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM password_resets WHERE user_id = ?
		AND expires_at > ?`, userID, store.Time(since)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("count reset mails: %w", err)
	}
	return n >= s.cfg.ResendPerHour, nil
}

// ResetPassword sets a new password with the secret of a reset link: once,
// within 10 minutes. The next sign-in then needs an SMS code, and earlier
// sessions end, because whoever had the old password is shut out.
func (s *Service) ResetPassword(ctx context.Context, req api.ResetPasswordRequest) error {
	now := s.clock.Now()
	return s.db.InTx(ctx, func(tx *store.Tx) error {
		userID, err := s.liveReset(ctx, tx, req.Token)
		if err != nil {
			return err
		}
		var oldHash, userName string
		if err := tx.QueryRow(ctx, `SELECT password_hash, user_name FROM users WHERE id = ?`,
			userID).Scan(&oldHash, &userName); err != nil {
			return fmt.Errorf("load user: %w", err)
		}
		if err := CheckNewPassword(req.NewPassword, oldHash); err != nil {
			return err
		}

		steps := []struct {
			query string
			args  []any
		}{
			{`UPDATE password_resets SET used_at = ? WHERE token_hash = ?`,
				[]any{store.Time(now), hashToken(req.Token)}},
			{`UPDATE users SET password_hash = ?, password_issued = FALSE, password_issued_at = NULL,
				sms_after_reset = TRUE WHERE id = ?`, []any{HashPassword(req.NewPassword), userID}},
			{`DELETE FROM sessions WHERE user_id = ?`, []any{userID}},
			{`DELETE FROM sign_in_failures WHERE subject = ?`, []any{"user:" + UserNameKey(userName)}},
		}
		for _, st := range steps {
			if _, err := tx.Exec(ctx, st.query, st.args...); err != nil {
				return fmt.Errorf("reset password: %w", err)
			}
		}
		s.log.Info("password reset", "user_id", userID)
		return nil
	})
}

// liveReset returns the user of an unused, unexpired reset secret.
func (s *Service) liveReset(ctx context.Context, tx *store.Tx, token string) (string, error) {
	var userID, expires string
	var used sql.NullString
	err := tx.QueryRow(ctx, `SELECT user_id, expires_at, used_at FROM password_resets
		WHERE token_hash = ?`, hashToken(token)).Scan(&userID, &expires, &used)
	if errors.Is(err, sql.ErrNoRows) {
		return "", api.Errorf(api.CodeResetLinkInvalid, "unknown reset link")
	}
	if err != nil {
		return "", fmt.Errorf("load reset: %w", err)
	}
	exp, _ := store.ParseTime(expires)
	if used.Valid || !s.clock.Now().Before(exp) {
		return "", api.Errorf(api.CodeResetLinkInvalid, "reset link used or expired")
	}
	return userID, nil
}
