package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"kring/backend/api"
	"kring/backend/notify"
	"kring/backend/store"
)

// Stages of a challenge; each names what the user must do next.
const (
	stageNewPassword = "new_password"
	stageCode        = "sms_code"
)

// challenge is a sign-in under way.
type challenge struct {
	Hash         string
	UserID       string
	Stage        string
	Purpose      string
	NewPhone     string
	KioskID      string
	DeviceID     string
	NeedCode     bool
	CodeHash     string
	CodeExpires  time.Time
	CodeAttempts int
	Expires      time.Time
}

// SignIn checks user name and password and starts the steps that follow
// (AUTH-1…3). Until the password is right, an unknown user name is
// answered, timed and locked out exactly like a known one.
func (s *Service) SignIn(ctx context.Context, req api.SignInRequest, addr string) (api.SignInResponse, error) {
	if err := s.checkThrottle(ctx, "addr:"+addr, s.cfg.AddressFailures, api.CodeRateLimited); err != nil {
		return api.SignInResponse{}, err
	}
	subject := "user:" + UserNameKey(req.UserName)
	if err := s.checkThrottle(ctx, subject, s.cfg.LockoutFailures, api.CodeAccountLocked); err != nil {
		return api.SignInResponse{}, err
	}

	u, err := s.userByName(ctx, req.UserName)
	if errors.Is(err, store.ErrNotFound) {
		CheckPassword(dummyHash, req.Password)
		return api.SignInResponse{}, s.fail(ctx, subject, addr)
	}
	if err != nil {
		return api.SignInResponse{}, err
	}
	if !CheckPassword(u.PasswordHash, req.Password) {
		return api.SignInResponse{}, s.fail(ctx, subject, addr)
	}
	if err := s.clearFailures(ctx, subject); err != nil {
		return api.SignInResponse{}, err
	}

	if err := s.mayEnter(ctx, u); err != nil {
		return api.SignInResponse{}, err
	}
	return s.begin(ctx, u, req)
}

// mayEnter applies the rules that only a person with the right password
// may learn about: a locked account, an expired issued password, and
// withdrawn access (AUTH-6).
func (s *Service) mayEnter(ctx context.Context, u user) error {
	now := s.clock.Now()
	if u.Locked {
		return api.Errorf(api.CodeAccountLocked, "account locked by the organisation")
	}
	if u.Issued && !u.IssuedAt.IsZero() && now.Sub(u.IssuedAt) > s.cfg.IssuedPasswordTTL {
		return api.Errorf(api.CodePasswordExpired, "issued password older than 14 days")
	}

	var total, active int
	err := s.db.QueryRow(ctx, `
		SELECT COUNT(*), COUNT(CASE WHEN removed_at IS NULL THEN 1 END)
		FROM contacts WHERE user_id = ?`, u.ID).Scan(&total, &active)
	if err != nil {
		return fmt.Errorf("count contacts: %w", err)
	}
	if total > 0 && active == 0 {
		return api.Errorf(api.CodeAccessWithdrawn, "every contact of this user was removed")
	}
	return nil
}

// begin opens a challenge for the steps after the password, or a session
// when none are needed.
func (s *Service) begin(ctx context.Context, u user, req api.SignInRequest) (api.SignInResponse, error) {
	c := challenge{UserID: u.ID, Purpose: "sign_in"}
	c.KioskID = s.kioskByToken(ctx, req.KioskToken)
	c.DeviceID = s.trustedDevice(ctx, u.ID, req.DeviceToken)
	c.NeedCode = s.needsCode(u, c)

	switch {
	case u.Issued:
		c.Stage = stageNewPassword
	case c.NeedCode:
		c.Stage = stageCode
	default:
		return s.finish(ctx, u, c)
	}
	return s.openChallenge(ctx, u, c)
}

// needsCode applies AUTH-3: first sign-in, a new device (not on an enrolled
// kiosk), a visit more than 90 days ago, or a reset password.
func (s *Service) needsCode(u user, c challenge) bool {
	now := s.clock.Now()
	switch {
	case u.LastVisit.IsZero(), u.SMSAfterReset:
		return true
	case now.Sub(u.LastVisit) > s.cfg.DeviceTrust:
		return true
	case c.KioskID != "":
		return false
	default:
		return c.DeviceID == ""
	}
}

// openChallenge stores c and, at the code stage, sends the first code.
func (s *Service) openChallenge(ctx context.Context, u user, c challenge) (api.SignInResponse, error) {
	token, hash := newToken()
	c.Hash = hash
	c.Expires = s.clock.Now().Add(s.cfg.ChallengeTTL)

	_, err := s.db.Exec(ctx, `
		INSERT INTO challenges (token_hash, user_id, stage, purpose, new_phone,
			kiosk_id, device_id, need_code, created_at, expires_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.Hash, c.UserID, c.Stage, c.Purpose, c.NewPhone, c.KioskID, c.DeviceID,
		c.NeedCode, store.Time(s.clock.Now()), store.Time(c.Expires))
	if err != nil {
		return api.SignInResponse{}, fmt.Errorf("store challenge: %w", err)
	}

	if c.Stage == stageCode {
		if err := s.sendCode(ctx, u, &c, u.Phone); err != nil {
			return api.SignInResponse{}, err
		}
	}
	return api.SignInResponse{Step: api.Step(c.Stage), Challenge: token, PhoneHint: api.PhoneHint(u.Phone)}, nil
}

// NewPassword replaces an issued password (AUTH-2) and moves on.
func (s *Service) NewPassword(ctx context.Context, req api.NewPasswordRequest) (api.SignInResponse, error) {
	c, err := s.challenge(ctx, req.Challenge, stageNewPassword)
	if err != nil {
		return api.SignInResponse{}, err
	}
	u, err := s.userByID(ctx, c.UserID)
	if err != nil {
		return api.SignInResponse{}, err
	}
	if err := CheckNewPassword(req.NewPassword, u.PasswordHash); err != nil {
		return api.SignInResponse{}, err
	}

	_, err = s.db.Exec(ctx, `UPDATE users SET password_hash = ?, password_issued = FALSE,
		password_issued_at = NULL WHERE id = ?`, HashPassword(req.NewPassword), u.ID)
	if err != nil {
		return api.SignInResponse{}, fmt.Errorf("store new password: %w", err)
	}
	if err := s.dropChallenge(ctx, c.Hash); err != nil {
		return api.SignInResponse{}, err
	}

	if !c.NeedCode {
		return s.finish(ctx, u, c)
	}
	c.Stage = stageCode
	return s.openChallenge(ctx, u, c)
}

// VerifyCode checks an SMS code: six digits, five minutes, once, at most
// five tries (AUTH-3).
func (s *Service) VerifyCode(ctx context.Context, req api.CodeRequest) (api.SignInResponse, error) {
	c, err := s.challenge(ctx, req.Challenge, stageCode)
	if err != nil {
		return api.SignInResponse{}, err
	}
	if err := s.checkCode(ctx, c, req.Code); err != nil {
		return api.SignInResponse{}, err
	}

	u, err := s.userByID(ctx, c.UserID)
	if err != nil {
		return api.SignInResponse{}, err
	}
	if err := s.dropChallenge(ctx, c.Hash); err != nil {
		return api.SignInResponse{}, err
	}
	c.NeedCode = false
	return s.finish(ctx, u, c)
}

// checkCode compares a code with the challenge's, counting the try.
func (s *Service) checkCode(ctx context.Context, c challenge, code string) error {
	now := s.clock.Now()
	if c.CodeAttempts >= s.cfg.MaxCodeAttempts {
		return api.Errorf(api.CodeCodeAttemptsExceeded, "too many wrong codes")
	}
	if !now.Before(c.CodeExpires) {
		return api.Errorf(api.CodeCodeExpired, "code expired")
	}
	if equalHash(hashToken(code), c.CodeHash) {
		return nil
	}

	_, err := s.db.Exec(ctx, `UPDATE challenges SET code_attempts = code_attempts + 1
		WHERE token_hash = ?`, c.Hash)
	if err != nil {
		return fmt.Errorf("count code attempt: %w", err)
	}
	if c.CodeAttempts+1 >= s.cfg.MaxCodeAttempts {
		return api.Errorf(api.CodeCodeAttemptsExceeded, "too many wrong codes")
	}
	return api.Errorf(api.CodeCodeInvalid, "wrong code")
}

// Resend sends a new code, at most one per 30 seconds and five per hour.
func (s *Service) Resend(ctx context.Context, req api.ResendRequest) (api.SignInResponse, error) {
	c, err := s.challenge(ctx, req.Challenge, stageCode)
	if err != nil {
		return api.SignInResponse{}, err
	}
	u, err := s.userByID(ctx, c.UserID)
	if err != nil {
		return api.SignInResponse{}, err
	}
	phone := u.Phone
	if c.NewPhone != "" {
		phone = c.NewPhone
	}
	if err := s.sendCode(ctx, u, &c, phone); err != nil {
		return api.SignInResponse{}, err
	}
	return api.SignInResponse{Step: api.StepSMSCode, Challenge: req.Challenge, PhoneHint: api.PhoneHint(phone)}, nil
}

// sendCode makes a new code for c, within the resend limits, and texts it.
func (s *Service) sendCode(ctx context.Context, u user, c *challenge, phone string) error {
	if err := s.checkResend(ctx, u.ID); err != nil {
		return err
	}
	if _, err := NormalizeMobile(phone); err != nil {
		return err
	}

	now := s.clock.Now()
	code := newCode()
	c.CodeHash = hashToken(code)
	c.CodeExpires = now.Add(s.cfg.CodeTTL)
	c.CodeAttempts = 0

	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE challenges SET code_hash = ?, code_expires_at = ?,
			code_attempts = 0 WHERE token_hash = ?`,
			c.CodeHash, store.Time(c.CodeExpires), c.Hash); err != nil {
			return fmt.Errorf("store code: %w", err)
		}
		_, err := tx.Exec(ctx, `INSERT INTO code_sends (user_id, sent_at) VALUES (?, ?)`,
			u.ID, store.Time(now))
		return err
	})
	if err != nil {
		return err
	}

	text := fmt.Sprintf("Uw inlogcode voor Kring is %s. De code is 5 minuten geldig.", code)
	if err := s.notify.SendSMS(ctx, notify.SMS{To: phone, Text: text}); err != nil {
		if errors.Is(err, notify.ErrUndeliverable) {
			return api.Errorf(api.CodePhoneNotMobile, "number cannot receive sms")
		}
		return fmt.Errorf("send code: %w", err)
	}
	s.log.Info("sms code sent", "user_id", u.ID)
	return nil
}

// checkResend applies the resend limits.
func (s *Service) checkResend(ctx context.Context, userID string) error {
	now := s.clock.Now()
	var count int
	var last sql.NullString
	err := s.db.QueryRow(ctx, `SELECT COUNT(*), MAX(sent_at) FROM code_sends
		WHERE user_id = ? AND sent_at > ?`, userID, store.Time(now.Add(-time.Hour))).Scan(&count, &last)
	if err != nil {
		return fmt.Errorf("count code sends: %w", err)
	}

	if lastAt := store.ParseNullTime(last); !lastAt.IsZero() && now.Sub(lastAt) < s.cfg.ResendInterval {
		e := api.Errorf(api.CodeResendThrottled, "a code was sent less than 30 seconds ago")
		e.RetryAfter = int((s.cfg.ResendInterval - now.Sub(lastAt)).Seconds()) + 1
		return e
	}
	if count >= s.cfg.ResendPerHour {
		e := api.Errorf(api.CodeResendThrottled, "five codes sent in the last hour")
		e.RetryAfter = 3600
		return e
	}
	return nil
}

// challenge loads a live challenge at the given stage.
func (s *Service) challenge(ctx context.Context, token, stage string) (challenge, error) {
	var c challenge
	var codeExp sql.NullString
	var expires string
	err := s.db.QueryRow(ctx, `
		SELECT token_hash, user_id, stage, purpose, new_phone, kiosk_id, device_id,
			need_code, code_hash, code_expires_at, code_attempts, expires_at
		FROM challenges WHERE token_hash = ?`, hashToken(token)).Scan(
		&c.Hash, &c.UserID, &c.Stage, &c.Purpose, &c.NewPhone, &c.KioskID, &c.DeviceID,
		&c.NeedCode, &c.CodeHash, &codeExp, &c.CodeAttempts, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return challenge{}, api.Errorf(api.CodeChallengeExpired, "no such sign-in under way")
	}
	if err != nil {
		return challenge{}, fmt.Errorf("load challenge: %w", err)
	}

	c.CodeExpires = store.ParseNullTime(codeExp)
	c.Expires, _ = store.ParseTime(expires)
	if !s.clock.Now().Before(c.Expires) || c.Stage != stage {
		return challenge{}, api.Errorf(api.CodeChallengeExpired, "sign-in expired or out of order")
	}
	return c, nil
}

func (s *Service) dropChallenge(ctx context.Context, hash string) error {
	if _, err := s.db.Exec(ctx, `DELETE FROM challenges WHERE token_hash = ?`, hash); err != nil {
		return fmt.Errorf("drop challenge: %w", err)
	}
	return nil
}
