package app

import (
	"context"
	"errors"

	"kring/app/secrets"
	"kring/backend/api"
)

// SessionService signs the user in and out (AUTH-*).
type SessionService struct {
	core *core
}

// Status tells the UI whether someone is signed in.
func (s *SessionService) Status() (SessionStatus, error) {
	c := s.core
	st := SessionStatus{
		ServerURL:        c.cfg.ServerURL,
		Kiosk:            c.cfg.Kiosk,
		KioskIdleSeconds: c.cfg.KioskIdleSeconds,
		Language:         c.language(),
		KeyringOK:        c.secrets != nil && c.secrets.Available(),
		Online:           c.isOnline(),
	}
	if c.secrets != nil {
		tok, err := c.secrets.Get(keyKiosk)
		st.KioskEnrolled = err == nil && tok != ""
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	st.Notice = c.notice
	if !st.KeyringOK {
		st.Notice = noticeKeyring
	}
	if c.me != nil {
		st.SignedIn = true
		st.User = userFromAPI(c.me.User)
	}
	return st, nil
}

// SignIn sends user name and password and tells which step comes next.
func (s *SessionService) SignIn(in SignInInput) (SignInStep, error) {
	c := s.core
	req := api.SignInRequest{UserName: in.UserName, Password: in.Password}
	if c.secrets != nil {
		req.DeviceToken, _ = c.secrets.Get(keyDevice)
		req.KioskToken, _ = c.secrets.Get(keyKiosk)
	}

	resp, err := c.client.SignIn(c.context(), req)
	if err != nil {
		return SignInStep{}, toUI(err)
	}
	return s.advance(resp)
}

// ChooseNewPassword replaces the issued password (AUTH-2).
func (s *SessionService) ChooseNewPassword(in NewPasswordInput) (SignInStep, error) {
	c := s.core
	challenge, err := s.pending()
	if err != nil {
		return SignInStep{}, err
	}

	resp, err := c.client.NewPassword(c.context(), api.NewPasswordRequest{
		Challenge: challenge, NewPassword: in.NewPassword,
	})
	if err != nil {
		return SignInStep{}, toUI(err)
	}
	return s.advance(resp)
}

// VerifyCode checks the SMS code (AUTH-3).
func (s *SessionService) VerifyCode(in CodeInput) (SignInStep, error) {
	c := s.core
	challenge, err := s.pending()
	if err != nil {
		return SignInStep{}, err
	}

	resp, err := c.client.VerifyCode(c.context(), api.CodeRequest{
		Challenge: challenge, Code: in.Code,
	})
	if err != nil {
		return SignInStep{}, toUI(err)
	}
	return s.advance(resp)
}

// ResendCode asks the server for a new SMS code.
func (s *SessionService) ResendCode() (SignInStep, error) {
	c := s.core
	challenge, err := s.pending()
	if err != nil {
		return SignInStep{}, err
	}

	resp, err := c.client.ResendCode(c.context(), api.ResendRequest{Challenge: challenge})
	if err != nil {
		return SignInStep{}, toUI(err)
	}
	return s.advance(resp)
}

// ForgotPassword asks for a reset mail; the answer never tells whether the
// user name and address matched an account.
func (s *SessionService) ForgotPassword(in ForgotPasswordInput) error {
	c := s.core
	err := c.client.ForgotPassword(c.context(), api.ForgotPasswordRequest{
		UserName: in.UserName, Email: in.Email,
	})
	return toUI(err)
}

// SignOut ends the session; signing out twice is harmless. On a personal
// device the device stays trusted and the encrypted cache stays for a quick
// resync (DESKTOP-7). On a kiosk the user's cache, its key and the device
// token are wiped; the kiosk's enrolment stays (DESKTOP-6).
func (s *SessionService) SignOut() error {
	c := s.core
	if l := c.store(); l != nil && c.client.Session() != "" {
		// Send what waits while the session still works; on a kiosk what
		// cannot be sent now is lost with the wipe, so the UI should warn
		// when OutboxService.Status reports pending items.
		ctx, cancel := context.WithTimeout(c.context(), flushWait)
		_ = l.sync.Flush(ctx)
		cancel()
	}
	if c.client.Session() != "" {
		if err := c.client.SignOut(c.context()); err != nil {
			c.log.Info("sign out on server failed; forgetting locally", "err", err)
		}
	}
	c.dropSession()
	if c.cfg.Kiosk {
		if err := c.secrets.Delete(keyDevice); err != nil {
			c.log.Warn("forget device token", "err", err)
		}
		c.wipeLocal()
	}
	return nil
}

// EnrolKiosk enrols this device as a kiosk with the organisation's
// one-time code; the kiosk token is kept in the keyring (DESKTOP-6).
func (s *SessionService) EnrolKiosk(in EnrolKioskInput) (SessionStatus, error) {
	c := s.core
	token, err := c.client.EnrolKiosk(c.context(), in.Code)
	if err != nil {
		return SessionStatus{}, toUI(err)
	}
	if err := c.secrets.Set(keyKiosk, token); err != nil {
		return SessionStatus{}, toUI(err)
	}
	return s.Status()
}

// pending returns the challenge of the sign-in under way.
func (s *SessionService) pending() (string, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.challenge == "" {
		return "", &uiError{Code: codeNoSignIn}
	}
	return c.challenge, nil
}

// advance keeps the challenge of an unfinished sign-in, or stores the
// session and device token of a finished one.
func (s *SessionService) advance(resp api.SignInResponse) (SignInStep, error) {
	c := s.core
	step := SignInStep{Next: string(resp.Step), PhoneHint: resp.PhoneHint}
	if resp.Step != api.StepDone {
		c.mu.Lock()
		c.challenge = resp.Challenge
		c.mu.Unlock()
		return step, nil
	}

	c.client.SetSession(resp.Session)
	if err := c.secrets.Set(keySession, resp.Session); err != nil {
		c.log.Warn("keep session", "err", err)
	}
	if resp.DeviceToken != "" {
		if err := c.secrets.Set(keyDevice, resp.DeviceToken); err != nil &&
			!errors.Is(err, secrets.ErrNotFound) {
			c.log.Warn("keep device token", "err", err)
		}
	}
	if resp.User != nil {
		c.claimFor(resp.User.ID)
	}
	c.refreshMe()
	if me := c.currentMe(); me != nil {
		c.claimFor(me.User.ID)
		c.startSync()
	}

	c.mu.Lock()
	c.challenge = ""
	if c.me != nil {
		step.User = userFromAPI(c.me.User)
	}
	c.mu.Unlock()
	return step, nil
}

func userFromAPI(u api.User) User {
	return User{
		ID: u.ID, UserName: u.UserName, DisplayName: u.DisplayName,
		Email: u.Email, PhoneHint: u.PhoneHint,
	}
}
