package app

import (
	"kring/app/remote"
	syncer "kring/app/sync"
	"kring/backend/api"
)

// ProfileService changes the user's own settings (PROFILE-*, AUTH-8). These
// need the server's answer, so they are sent at once, not queued.
type ProfileService struct {
	core *core
}

// Profile is the user's own settings.
type Profile struct {
	User     User   `json:"user"`
	Language string `json:"language"`
}

// PhotoInput is a new profile photo, base64 or a data: URL.
type PhotoInput struct {
	Photo     string `json:"photo"`
	PhotoType string `json:"photoType"`
}

// PasswordInput changes one's own password (PROFILE-2).
type PasswordInput struct {
	OldPassword string `json:"oldPassword"`
	NewPassword string `json:"newPassword"`
}

// PhoneInput starts a change of one's own mobile number (AUTH-8).
type PhoneInput struct {
	Phone string `json:"phone"`
}

// PhoneChange tells where the confirmation code went.
type PhoneChange struct {
	PhoneHint string `json:"phoneHint"`
}

// LanguageInput chooses the UI language, "nl" or "en".
type LanguageInput struct {
	Language string `json:"language"`
}

// Get returns the user's own settings.
func (s *ProfileService) Get() (Profile, error) {
	me := s.core.currentMe()
	if me == nil {
		return Profile{}, &uiError{Code: codeNoSession}
	}
	return Profile{User: userFromAPI(me.User), Language: s.core.language()}, nil
}

// SetPhoto replaces the user's photo (PROFILE-1).
func (s *ProfileService) SetPhoto(in PhotoInput) error {
	c := s.core
	w := remote.Write{Method: "PUT", Path: "/me/photo", Body: []byte(`{}`), Key: syncer.NewID()}
	if in.Photo == "" {
		return &uiError{Code: api.CodeValidation}
	}
	if err := attachPhoto(&w, in.Photo, in.PhotoType); err != nil {
		return err
	}
	_, err := c.client.Send(c.context(), w)
	return toUI(err)
}

// ChangePassword changes the user's own password with the old one.
func (s *ProfileService) ChangePassword(in PasswordInput) error {
	return sendNow(s.core, "POST", "/me/password", api.ChangePasswordRequest{
		OldPassword: in.OldPassword, NewPassword: in.NewPassword}, nil)
}

// ChangePhone sends a code to a new mobile number.
func (s *ProfileService) ChangePhone(in PhoneInput) (PhoneChange, error) {
	var out api.PhoneChangeResponse
	err := sendNow(s.core, "POST", "/me/phone", api.ChangePhoneRequest{Phone: in.Phone}, &out)
	return PhoneChange{PhoneHint: out.PhoneHint}, err
}

// ConfirmPhone confirms the new number with the code sent to it.
func (s *ProfileService) ConfirmPhone(in CodeInput) error {
	err := sendNow(s.core, "POST", "/me/phone/confirm", api.ConfirmPhoneRequest{Code: in.Code}, nil)
	if err == nil {
		s.core.refreshMe()
	}
	return err
}

// SetLanguage keeps the user's choice of language on this device.
func (s *ProfileService) SetLanguage(in LanguageInput) (Profile, error) {
	if in.Language != "nl" && in.Language != "en" {
		return Profile{}, &uiError{Code: api.CodeValidation}
	}
	l := s.core.store()
	if l == nil {
		return Profile{}, &uiError{Code: codeNoSession}
	}
	if err := l.cache.SetMeta(s.core.context(), "language", in.Language); err != nil {
		return Profile{}, toUI(err)
	}
	return s.Get()
}
