package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// purposePhone marks a challenge that confirms a new mobile number.
const purposePhone = "phone_change"

// StartPhoneChange sends a code to a new mobile number of the signed-in
// user (AUTH-8); the number changes once ConfirmPhone gets that code.
// Asking again sends a new code, within the resend limits.
func (s *Service) StartPhoneChange(ctx context.Context, userID, phone string) (api.PhoneChangeResponse, error) {
	normal, err := NormalizeMobile(phone)
	if err != nil {
		return api.PhoneChangeResponse{}, err
	}
	u, err := s.userByID(ctx, userID)
	if err != nil {
		return api.PhoneChangeResponse{}, err
	}
	if err := s.checkResend(ctx, u.ID); err != nil {
		return api.PhoneChangeResponse{}, err
	}

	_, hash := newToken()
	now := s.clock.Now()
	c := challenge{Hash: hash, UserID: u.ID, Stage: stageCode, Purpose: purposePhone,
		NewPhone: normal, Expires: now.Add(s.cfg.ChallengeTTL)}
	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM challenges WHERE user_id = ? AND purpose = ?`,
			u.ID, purposePhone); err != nil {
			return fmt.Errorf("drop earlier phone change: %w", err)
		}
		_, err := tx.Exec(ctx, `INSERT INTO challenges (token_hash, user_id, stage, purpose,
			new_phone, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			c.Hash, c.UserID, c.Stage, c.Purpose, c.NewPhone, store.Time(now), store.Time(c.Expires))
		if err != nil {
			return fmt.Errorf("store phone change: %w", err)
		}
		return nil
	})
	if err != nil {
		return api.PhoneChangeResponse{}, err
	}

	if err := s.sendCode(ctx, u, &c, normal); err != nil {
		return api.PhoneChangeResponse{}, err
	}
	return api.PhoneChangeResponse{PhoneHint: api.PhoneHint(normal)}, nil
}

// ConfirmPhone checks the code sent to the new number and makes it the
// user's mobile number.
func (s *Service) ConfirmPhone(ctx context.Context, userID, code string) error {
	c, err := s.phoneChallenge(ctx, userID)
	if err != nil {
		return err
	}
	if err := s.checkCode(ctx, c, code); err != nil {
		return err
	}

	err = s.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE users SET phone = ? WHERE id = ?`, c.NewPhone, userID); err != nil {
			return fmt.Errorf("store new phone: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM challenges WHERE token_hash = ?`, c.Hash); err != nil {
			return fmt.Errorf("drop phone change: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.log.Info("phone changed", "user_id", userID)
	return nil
}

// phoneChallenge loads the user's live phone change.
func (s *Service) phoneChallenge(ctx context.Context, userID string) (challenge, error) {
	c := challenge{UserID: userID}
	var codeExp sql.NullString
	var expires string
	err := s.db.QueryRow(ctx, `SELECT token_hash, new_phone, code_hash, code_expires_at,
		code_attempts, expires_at FROM challenges WHERE user_id = ? AND purpose = ?`,
		userID, purposePhone).Scan(&c.Hash, &c.NewPhone, &c.CodeHash, &codeExp,
		&c.CodeAttempts, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return challenge{}, api.Errorf(api.CodeChallengeExpired, "no phone change under way")
	}
	if err != nil {
		return challenge{}, fmt.Errorf("load phone change: %w", err)
	}

	c.CodeExpires = store.ParseNullTime(codeExp)
	c.Expires, _ = store.ParseTime(expires)
	if !s.clock.Now().Before(c.Expires) {
		return challenge{}, api.Errorf(api.CodeChallengeExpired, "phone change expired")
	}
	return c, nil
}
