package app

import (
	"encoding/json"
	"errors"

	"kring/app/remote"
	"kring/backend/api"
)

// Codes the app adds to those of the API.
const (
	codeOffline   api.Code = "offline"
	codeNoSignIn  api.Code = "no_sign_in_pending"
	codeNoSession api.Code = "not_signed_in"
)

// uiError is what a bound method returns on failure: its message is a JSON
// object with the code, which the front end's wrapper turns into a sentence.
type uiError struct {
	Code       api.Code `json:"code"`
	RetryAfter int      `json:"retryAfter,omitempty"`
	Current    any      `json:"current,omitempty"`
}

func (e *uiError) Error() string {
	b, _ := json.Marshal(e)
	return string(b)
}

// toUI maps any error to a uiError with a stable code.
func toUI(err error) error {
	if err == nil {
		return nil
	}
	var apiErr *api.Error
	if errors.As(err, &apiErr) {
		return &uiError{Code: apiErr.Code, RetryAfter: apiErr.RetryAfter, Current: apiErr.Current}
	}
	if errors.Is(err, remote.ErrOffline) {
		return &uiError{Code: codeOffline}
	}
	var ui *uiError
	if errors.As(err, &ui) {
		return ui
	}
	return &uiError{Code: api.CodeInternal}
}

// code returns the API code of err, or "" when it has none.
func code(err error) api.Code {
	var apiErr *api.Error
	if errors.As(err, &apiErr) {
		return apiErr.Code
	}
	return ""
}

// isOffline reports whether err means the server could not be reached.
func isOffline(err error) bool {
	return errors.Is(err, remote.ErrOffline)
}
